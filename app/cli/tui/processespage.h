// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tuipage.h"

#include "collect/processranking.h"

namespace beamtop::tui {

class ProcessActionKeys;
class ProcessList;

// Every process of the node, ranked by the node (the desktop's Processes page in a terminal):
// sort keys for each metric the node ranks by, the sliding window, a filter evaluated on the
// node, Enter for the details overlay and, with --allow-actions, kill, suspend and GC of the
// selected process, each confirmed. Only the rows on screen are fetched.
class ProcessesPage : public TuiPage
{
    Q_OBJECT
public:
    explicit ProcessesPage(TuiScreen *screen);

    char key() const override { return '2'; }
    QString title() const override { return tr("Processes"); }
    void setSession(NodeSession *session) override;
    void render(Terminal &t, const QRect &area) override;
    bool handleKey(const Key &key) override;
    QVector<QPair<QString, QString>> keyHelp() const override;
    QString hint() const override;

    // What the keys do (refused with a notice without the agent, which ranks and filters).
    void sortBy(ProcessQuery::Sort sort);
    void setWindowMode(bool on);
    void setFilter(const QString &text);
    ProcessList *list() const { return m_list; }

protected:
    void shown() override;

private:
    bool canRank() const; // false, with a notice, in reduced mode
    void applyRanking();
    void updateColumns();
    void openDetails();
    QStringList statusParts() const;

    ProcessList *m_list;
    ProcessActionKeys *m_actions;
    ProcessQuery::Sort m_sort = ProcessQuery::Sort::Memory;
    ProcessQuery::Mode m_mode = ProcessQuery::Mode::Absolute;
    QString m_filter;
};

} // namespace beamtop::tui
