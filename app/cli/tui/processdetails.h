// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"

#include "collect/processsampler.h"
#include "term/term.h"

#include <QPointer>

namespace beamtop::tui {

class ProcessActionKeys;

// One process in detail, over the page it was opened from until Esc (the desktop's process
// details window in a terminal): the live figures on top, sampled every tick by the session's
// ProcessSampler while the overlay lives, and tabs: overview, messages (the first 100, a queue
// over 10,000 only after a confirmation, as the desktop caps them), dictionary, stack trace
// and state, read through the session's ProcessInspector. When the process exits the overlay
// says so and keeps the last data. K, S and G act on the process as on the Processes page.
class ProcessDetails : public TuiPage
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, MessagesTab, DictionaryTab, StackTab, StateTab, TabCount };

    ProcessDetails(TuiScreen *screen, NodeSession *session, const Term &pid, const QString &description);
    ~ProcessDetails() override;

    char key() const override { return 0; } // an overlay: no key of its own in the top bar
    QString title() const override;
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;
    bool handleKey(const Key &key) override;
    QVector<QPair<QString, QString>> keyHelp() const override;
    QString hint() const override;

    Term pid() const { return m_pid; }
    Tab currentTab() const { return m_tab; }
    void setTab(Tab tab);
    bool isDead() const { return m_dead; }
    // A tab as plain lines (label and value joined), for tests and copying.
    QStringList tabText(Tab tab) const;

    void refreshDetails();
    // force: copy even a queue over 10,000 messages (only the first 100 are sent).
    void fetchMessages(bool force);

private:
    struct Line
    {
        QString label; // empty: the value runs the whole width
        QString value;
        Role role = Role::Normal;
    };

    void onDetails(const Term &details);
    void onMessages(const Term &messages);
    void onSample(const ProcessSample &s);
    void setDead();
    void confirmReadQueue();
    QString liveText() const;
    QVector<Line> lines(Tab tab) const;
    QVector<Line> overviewLines() const;
    QVector<Line> messageLines() const;
    QVector<Line> dictionaryLines() const;
    QVector<Line> stackLines() const;
    QVector<Line> stateLines() const;
    QString function(const Term &mfa) const;
    void cappedList(QVector<Line> &out, const QString &title, const Term &capped, bool monitors) const;
    static QString tabName(Tab tab);

    QPointer<NodeSession> m_sessionGuard;
    Term m_pid;
    QString m_pidText;
    QString m_name;
    Term m_details;
    Term m_messages;
    bool m_messagesAsked = false;
    bool m_dead = false;
    QString m_deadAt;
    QString m_problem; // the last read that failed
    QPointer<ProcessSampler> m_sampler; // the session's, for as long as this overlay lives
    double m_reductionsPerS = -1;
    qint64 m_memory = -1, m_queue = -1;
    QString m_status;
    Tab m_tab = OverviewTab;
    int m_scroll[TabCount] = {};
    int m_pageRows = 1;  // content rows at the last render, for PgUp / PgDn
    int m_maxScroll = 0; // of the current tab at the last render
    int m_tabsY = -1;    // where the tab bar was drawn, and each tab's cells (mouse clicks)
    QVector<QPair<int, int>> m_tabCells;
    ProcessActionKeys *m_actions;
};

} // namespace beamtop::tui
