// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/etsranking.h"
#include "rankedtablepage.h"
#include "windowset.h"

namespace beamtop {

class EtsDetailsWindow;
class EtsTableModel;
class EtsToolbar;
class ProcessDetailsWindow;

// Every ETS table of the node, private and protected ones included (their metadata is anyone's
// to read), ranked by the node within the agent's budget: by memory (the default) or rows,
// absolute or by growth (the sliding window: the change per second); restricted to a type and a
// protection and filtered on the node; rows fetched as they come on screen. The trend column
// shows at a glance which tables grow. A table deleted while listed stays, greyed with its last
// figures, until the next refresh leaves it out. Enter or a double click opens its details
// (info, contents, charts). Selection follows table ids, not rows. (RankedTablePage: what it
// shares with the Processes and Network pages.)
class EtsPage : public RankedTablePage
{
    Q_OBJECT
public:
    explicit EtsPage(QWidget *parent = nullptr);
    ~EtsPage() override;

    EtsTableModel *model() const { return m_model; }
    EtsToolbar *toolbar() const { return m_toolbar; }
    void setSession(NodeSession *session) override;

    // Ranks by the metric of a column (rows, memory, their growth); false for a column the node
    // cannot rank.
    bool sortByColumn(int column) override;
    void setWindowMode(bool on) override;
    // "" for every type (protection), else one of EtsQuery::typeNames() (protectionNames()).
    void setType(const QString &type);
    void setProtection(const QString &protection);

    // The ids (as text) selected, whether or not their rows are on screen.
    QStringList selectedIds() const { return selectedKeys(); }
    // Opens (or raises) the details window of a table; row: what the page last read of it, if
    // anything (the Info tab shows it until the first sample).
    EtsDetailsWindow *openDetails(const Term &id, const EtsRow *row = nullptr);
    QList<EtsDetailsWindow *> detailsWindows() const;
    // Opens (or raises) the process details window of a table's owner or heir.
    ProcessDetailsWindow *openProcess(const Term &pid);
    QList<ProcessDetailsWindow *> processWindows() const;
    void showContextMenu(const QPoint &viewportPos) override;

    // Writes the whole ranking (every table the type, protection and filter match) to path; CSV
    // or JSON by suffix.
    void exportTable(const QString &path) override;

protected:
    // Tells the session's ETS feed which rows of which ranking are on screen.
    void updateQuery(bool now = false) override;
    void applyRanking() override;
    void updateSortIndicator() override;
    void updateStatus() override;
    void openEntity(const Term &id, int row) override; // its details

private:
    EtsPage(EtsTableModel *model, EtsToolbar *toolbar, QWidget *parent);
    EtsQuery query() const; // the ranking the settings say, without rows
    void rankBy(EtsQuery::Sort sort, EtsQuery::Mode mode);
    void onPage(const EtsRanking &page);
    void onFailed(const QString &error);

    EtsTableModel *m_model;
    EtsToolbar *m_toolbar;
    EtsQuery::Sort m_sort = EtsQuery::Sort::Memory;
    EtsQuery::Mode m_mode = EtsQuery::Mode::Absolute;
    QString m_type, m_protection;
    WindowSet<EtsDetailsWindow> m_details;        // by id text
    WindowSet<ProcessDetailsWindow> m_processes; // by link identity
};

} // namespace beamtop
