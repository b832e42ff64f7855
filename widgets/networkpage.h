#pragma once

#include "collect/distsample.h"
#include "collect/portranking.h"
#include "page.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QProgressDialog;
class QSplitter;
class QTableView;

namespace beamtop {

class DistModel;
class ItemTableView;
class KeySelection;
class NetworkToolbar;
class NoticeBar;
class PortActions;
class PortDetailsWindow;
class PortExport;
class PortTableModel;
class PortTypesModel;
class ProcessDetailsWindow;

// Every port and socket of the node — TCP, UDP and SCTP inet ports, sockets of the socket
// module, spawned OS processes, files, drivers — ranked by the node within the agent's budget
// like the processes: by I/O (the default), bytes, packets, queue or memory, absolute or over a
// sliding window; restricted to a type and filtered on the node; rows fetched as they come on
// screen. Below, the node's distribution links with their traffic and output queues against the
// busy limit. Selection follows port ids, not rows. Right-click: details, copy, close (behind
// read-only and a confirmation), open the owner's process details.
class NetworkPage : public Page
{
    Q_OBJECT
public:
    explicit NetworkPage(QWidget *parent = nullptr);
    ~NetworkPage() override;

    void setSession(NodeSession *session) override;
    QString copyText() const override;

    PortTableModel *model() const { return m_model; }
    PortTypesModel *typesModel() const { return m_types; }
    DistModel *distModel() const { return m_dist; }
    QTableView *table() const { return m_table; }
    ItemTableView *distTable() const { return m_distTable; }
    NetworkToolbar *toolbar() const { return m_toolbar; }
    QLineEdit *filterEdit() const;
    NoticeBar *notice() const { return m_notice; }
    PortActions *portActions() const { return m_actions; }
    QString statusText() const;
    QString distText() const; // the line with net_ticktime and the busy limit

    // Ranks by the metric of a column (I/O, received, recv/s, queue, ...); false for a column
    // the node cannot rank.
    bool sortByColumn(int column);
    void setWindowMode(bool on);
    // "" for every type, else one of PortQuery::typeNames().
    void setType(const QString &type);
    // Applied after the debounce, like typing.
    void setFilterText(const QString &text);

    // The ids (as text) selected, whether or not their rows are on screen.
    QStringList selectedIds() const;
    // Opens (or raises) the details window of a port or socket.
    PortDetailsWindow *openDetails(const Term &id, const QString &description = {});
    QList<PortDetailsWindow *> detailsWindows() const;
    // Opens (or raises) the process details window of a port's owner.
    ProcessDetailsWindow *openOwner(const Term &pid, const QString &description = {});
    QList<ProcessDetailsWindow *> ownerWindows() const;
    // The context menu for a row (as right-click shows it; it carries the row's id).
    QMenu *contextMenu() const;
    void showContextMenu(const QPoint &viewportPos);

    // Writes the whole ranking (every port the type and filter match) to path; CSV or JSON by suffix.
    void exportTable(const QString &path);

signals:
    void exportFinished(bool ok, const QString &message);

protected:
    void staleChanged(bool stale) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createTable();
    QWidget *createDistribution();
    void layOut();
    void createActions();
    void connectParts();
    void applyRanking();
    // Tells the session's port feed which rows of which ranking are on screen.
    void updateQuery(bool now = false);
    void scheduleViewportFetch();
    void onPage(const PortRanking &page);
    void onFailed(const QString &error);
    void onDist(const DistSample &sample);
    void updateStatus();
    void updateDistText();
    void updateSortIndicator();
    void updateColumns();
    void updateReadOnly();
    void exportAs();
    void clearShown();
    QString describeRow(int row) const;
    QString ownerDescription(int row) const;

    QPointer<NodeSession> m_session;
    QString m_shownNode;
    PortTableModel *m_model;
    PortTypesModel *m_types;
    DistModel *m_dist;
    NetworkToolbar *m_toolbar = nullptr;
    NoticeBar *m_notice = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    ItemTableView *m_distTable = nullptr;
    QLabel *m_distLabel = nullptr;
    KeySelection *m_selection = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_sweep = nullptr;
    PortActions *m_actions;
    QPointer<QMenu> m_menu;
    QTimer m_viewportTimer;

    PortQuery::Sort m_sort = PortQuery::Sort::Io;
    PortQuery::Mode m_mode = PortQuery::Mode::Absolute;
    QString m_type;
    QString m_filterText;
    QString m_error;
    QString m_failureShown; // the notice about the port list failing, which the next page clears
    QString m_distError;
    DistSample m_lastDist;
    bool m_hasDist = false;
    QHash<QString, QPointer<PortDetailsWindow>> m_details;    // by id text
    QHash<QString, QPointer<ProcessDetailsWindow>> m_owners; // by link identity
    QPointer<PortExport> m_export;
    QPointer<QProgressDialog> m_exportProgress;
};

} // namespace beamtop
