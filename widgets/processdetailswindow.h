// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detailswindow.h"

#include "collect/processsampler.h"

#include "term/term.h"

class QMessageBox;
class QPushButton;

namespace beamtop {

class ProcessActions;
class ProcessDetailsHtml;
class ProcessHistoryModel;

// One process in detail, in a window of its own (several may be open; none is modal). Titled
// "<name> <pid> — <node>". Tabs: Overview, Messages, Dictionary, Stack trace, State, and live
// charts of memory, reductions/s and queue length sampled every refresh tick for as long as
// the window is open. When the process exits the window says so in its title and a banner
// and keeps the last data. Pids, ports and names in the tabs are links. (DetailsWindow: what
// it shares with the port details window.)
class ProcessDetailsWindow : public DetailsWindow
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, MessagesTab, DictionaryTab, StackTab, StateTab, ChartsTab };

    ProcessDetailsWindow(NodeSession *session, const Term &pid, const QString &description, QWidget *parent = nullptr);
    ~ProcessDetailsWindow() override;

    Term pid() const { return m_pid; }
    bool isDead() const { return isEnded(); }
    bool hasDetails() const { return m_details.isMap(); }
    const Term &details() const { return m_details; }
    const Term &messages() const { return m_messages; }
    QString tabText(Tab tab) const; // plain text of a tab, for tests and copying
    ProcessHistoryModel *history() const { return m_history; } // charts(): memory, reductions/s, queue
    ProcessActions *processActions() const { return m_actions; }
    // The button that asks to read a long queue (visible while the node refused it).
    QPushButton *readQueueButton() const { return m_readQueue; }
    QMessageBox *queueConfirmation() const;

public slots:
    void refreshDetails() override;
    void fetchMessages(bool force = false);
    // Asks before reading a queue over 10,000 messages (it costs the node a copy).
    void confirmReadQueue();

signals:
    void openProcess(const beamtop::Term &pid); // a pid link was clicked
    void dead();

protected:
    QString idText() const override { return m_pidText; }
    void render() override;
    void updateTitle() override;
    // The details (and the messages read, if any).
    void writeJson(QJsonObject &o) const override;
    void openLink(const QUrl &url) override;

private:
    void onDetails(const Term &details);
    void onMessages(const Term &messages);
    void onFailed(const QString &error);
    void onSample(const ProcessSample &s);
    static Texts texts();
    ProcessDetailsHtml html() const;
    void setDead();
    void renderOverview();
    void updateLive();
    void showPort(const Term &port, const Term &info);

    Term m_pid;
    QString m_pidText;
    QString m_name;
    Term m_details;
    Term m_messages;
    bool m_messagesAsked = false;
    QVector<Term> m_asked; // names and ports this window looked up, whose answers it waits for
    QPointer<ProcessSampler> m_sampler; // the session's, for as long as this window lives
    double m_reductionsPerS = -1;
    qint64 m_memory = -1, m_queue = -1;
    QString m_status;

    QTextBrowser *m_overview, *m_messagesView, *m_dictionary, *m_stack, *m_state;
    QPushButton *m_readQueue;
    QPointer<QMessageBox> m_queueConfirm;
    ProcessHistoryModel *m_history;
    ProcessActions *m_actions;
};

} // namespace beamtop
