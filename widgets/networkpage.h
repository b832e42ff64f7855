// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/distsample.h"
#include "collect/portranking.h"
#include "rankedtablepage.h"
#include "windowset.h"

class QLabel;
class QSplitter;

namespace beamtop {

class DistModel;
class ItemTableView;
class NetworkToolbar;
class PortActions;
class PortDetailsWindow;
class PortTableModel;
class PortTypesModel;
class ProcessDetailsWindow;

// Every port and socket of the node — TCP, UDP and SCTP inet ports, sockets of the socket
// module, spawned OS processes, files, drivers — ranked by the node within the agent's budget
// like the processes: by I/O (the default), bytes, packets, queue or memory, absolute or over a
// sliding window; restricted to a type and filtered on the node; rows fetched as they come on
// screen. Below, the node's distribution links with their traffic and output queues against the
// busy limit. Selection follows port ids, not rows. Right-click: details, copy, close (behind
// read-only and a confirmation), open the owner's process details. (RankedTablePage: what it
// shares with the Processes page.)
class NetworkPage : public RankedTablePage
{
    Q_OBJECT
public:
    explicit NetworkPage(QWidget *parent = nullptr);
    ~NetworkPage() override;

    void setSession(NodeSession *session) override;

    PortTableModel *model() const { return m_model; }
    PortTypesModel *typesModel() const { return m_types; }
    DistModel *distModel() const { return m_dist; }
    ItemTableView *distTable() const { return m_distTable; }
    NetworkToolbar *toolbar() const { return m_toolbar; }
    PortActions *portActions() const { return m_actions; }
    QString distText() const; // the line with net_ticktime and the busy limit

    // Ranks by the metric of a column (I/O, received, recv/s, queue, ...); false for a column
    // the node cannot rank.
    bool sortByColumn(int column) override;
    void setWindowMode(bool on) override;
    // "" for every type, else one of PortQuery::typeNames().
    void setType(const QString &type);

    // The ids (as text) selected, whether or not their rows are on screen.
    QStringList selectedIds() const;
    // Opens (or raises) the details window of a port or socket.
    PortDetailsWindow *openDetails(const Term &id, const QString &description = {});
    QList<PortDetailsWindow *> detailsWindows() const;
    // Opens (or raises) the process details window of a port's owner.
    ProcessDetailsWindow *openOwner(const Term &pid, const QString &description = {});
    QList<ProcessDetailsWindow *> ownerWindows() const;
    void showContextMenu(const QPoint &viewportPos) override;

    // Writes the whole ranking (every port the type and filter match) to path; CSV or JSON by suffix.
    void exportTable(const QString &path) override;

protected:
    void staleChanged(bool stale) override;
    void applyRanking() override;
    // Tells the session's port feed which rows of which ranking are on screen.
    void updateQuery(bool now = false) override;
    void updateStatus() override;
    void updateSortIndicator() override;
    void openEntity(const Term &id, int row) override;

private:
    NetworkPage(PortTypesModel *types, QWidget *parent);
    NetworkPage(PortTableModel *model, PortTypesModel *types, NetworkToolbar *toolbar, QWidget *parent);
    void createSplitter();
    QWidget *createDistribution();
    void onPage(const PortRanking &page);
    void onFailed(const QString &error);
    void onDist(const DistSample &sample);
    void updateDistText();
    void updateColumns();
    void clearShown();
    QString describeRow(int row) const;
    QString ownerDescription(int row) const;

    PortTableModel *m_model;
    PortTypesModel *m_types;
    DistModel *m_dist;
    NetworkToolbar *m_toolbar;
    QSplitter *m_splitter = nullptr;
    ItemTableView *m_distTable = nullptr;
    QLabel *m_distLabel = nullptr;
    PortActions *m_actions;

    PortQuery::Sort m_sort = PortQuery::Sort::Io;
    PortQuery::Mode m_mode = PortQuery::Mode::Absolute;
    QString m_type;
    QString m_distError;
    DistSample m_lastDist;
    bool m_hasDist = false;
    WindowSet<PortDetailsWindow> m_details;    // by id text
    WindowSet<ProcessDetailsWindow> m_owners; // by link identity
};

} // namespace beamtop
