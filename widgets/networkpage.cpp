// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpage.h"

#include "accents.h"
#include "distmodel.h"
#include "format.h"
#include "gonerowdelegate.h"
#include "itemtableview.h"
#include "keyselection.h"
#include "networktoolbar.h"
#include "noticebar.h"
#include "portactions.h"
#include "portdetailswindow.h"
#include "porttablemodel.h"
#include "porttypesmodel.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "rankedtableview.h"
#include "rankingstatusline.h"
#include "usagebardelegate.h"

#include "collect/distcollector.h"
#include "collect/portcollector.h"
#include "export/portcolumns.h"
#include "export/portexport.h"
#include "session/nodesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QVBoxLayout>

namespace beamtop {

namespace {
// Closed ports are greyed like every gone row (GoneRowDelegate); a cell whose level is a
// warning (a non-zero queue) takes the warning accent.
class PortRowDelegate : public GoneRowDelegate
{
public:
    using GoneRowDelegate::GoneRowDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        GoneRowDelegate::initStyleOption(option, index);
        if (index.data(PortTableModel::ClosedRole).toBool())
            return;
        const auto level = RowTableModel::Level(index.data(PortTableModel::LevelRole).toInt());
        if (level != RowTableModel::Level::Normal) {
            const QColor accent = level == RowTableModel::Level::Critical ? Accents::critical(option->palette)
                                                                          : Accents::warning(option->palette);
            option->palette.setColor(QPalette::Text, accent);
            option->palette.setColor(QPalette::HighlightedText, accent);
            option->font.setBold(true);
        }
    }
};

RankedTablePage::Names names()
{
    RankedTablePage::Names n;
    n.table = QStringLiteral("portTable");
    n.notice = QStringLiteral("networkNotice");
    n.status = QStringLiteral("networkStatus");
    n.exportCaption = NetworkPage::tr("Export ports");
    n.exportStem = QStringLiteral("ports");
    n.copyKeys = NetworkPage::tr("Copy Port Id");
    return n;
}
} // namespace

NetworkPage::NetworkPage(QWidget *parent) : NetworkPage(new PortTypesModel, parent) {}

NetworkPage::NetworkPage(PortTypesModel *types, QWidget *parent) : NetworkPage(new PortTableModel, types, new NetworkToolbar(types), parent) {}

NetworkPage::NetworkPage(PortTableModel *model, PortTypesModel *types, NetworkToolbar *toolbar, QWidget *parent)
    : RankedTablePage(model, toolbar, names(), parent), m_model(model), m_types(types), m_dist(new DistModel(this)),
      m_toolbar(toolbar), m_actions(new PortActions(this))
{
    m_types->setParent(this);
    setFeeds({NodeSession::Feed::Ports, NodeSession::Feed::Distribution});
    m_table->setItemDelegate(new PortRowDelegate(m_table));
    m_table->setColumnWidths({9, 6, 9, 14, 12, 12, 9, 8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 8, 6});
    createSplitter();
    layOut(m_splitter);
    connect(m_toolbar, &NetworkToolbar::typeChanged, this, [this](const QString &type) {
        if (type != m_type) {
            m_type = type;
            applyRanking();
        }
    });
    connect(m_actions, &PortActions::finished, this, [this](bool ok, const QString &message) {
        m_notice->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, message);
        updateQuery(true); // show what the action did now
    });
    updateSortIndicator();
    updateColumns();
    updateReadOnly();
    updateStatus();
    updateDistText();
}

NetworkPage::~NetworkPage()
{
    m_details.closeAll();
    m_owners.closeAll();
}

QWidget *NetworkPage::createDistribution()
{
    auto *box = new QWidget(this);
    auto *title = new QLabel(QStringLiteral("<b>") + tr("Distribution").toHtmlEscaped() + QStringLiteral("</b>"), box);
    m_distLabel = new QLabel(box);
    m_distLabel->setObjectName(QStringLiteral("distInfo"));
    m_distLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_distLabel->setWordWrap(true);
    m_distTable = new ItemTableView(box);
    m_distTable->setObjectName(QStringLiteral("distTable"));
    m_distTable->setSourceModel(m_dist, true);
    // In the splitter the table scrolls rather than growing with its rows.
    m_distTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_distTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_distTable->setItemDelegateForColumn(DistModel::Queue, new UsageBarDelegate(m_distTable));

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(12);
    head->addWidget(m_distLabel, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 4, 8, 0);
    layout->addLayout(head);
    layout->addWidget(m_distTable, 1);
    return box;
}

void NetworkPage::createSplitter()
{
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("networkSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(createDistribution());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
}

QStringList NetworkPage::selectedIds() const
{
    return selectedKeys();
}

void NetworkPage::clearShown()
{
    m_table->clearRows([this] { m_model->clear(); });
    m_types->forget();
    m_dist->setSample(DistSample());
    m_lastDist = DistSample();
    m_hasDist = false;
}

void NetworkPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->ports(), nullptr, this, nullptr);
        disconnect(m_session->distribution(), nullptr, this, nullptr);
    }
    m_actions->setSession(session);
    m_distError.clear();
    adoptSession(session, [this] { clearShown(); });
    if (session) {
        m_model->setFormatter(session->formatter());
        connect(session->ports(), &PortCollector::pageReady, this, &NetworkPage::onPage);
        connect(session->ports(), &PortCollector::failed, this, &NetworkPage::onFailed);
        connect(session->ports(), &PortCollector::typesReady, this, [this](const PortTypeCounts &c) {
            m_types->setCounts(c);
            updateStatus();
        });
        connect(session->distribution(), &DistCollector::sampleReady, this, &NetworkPage::onDist);
        connect(session->distribution(), &DistCollector::failed, this, [this](const QString &error) {
            m_distError = error;
            updateDistText();
        });
        connect(session, &NodeSession::formatterChanged, this, [this] { m_model->setFormatter(m_session->formatter()); });
        if (session->ports()->types().receivedAt.isValid())
            m_types->setCounts(session->ports()->types());
    }
    settleSession();
    updateDistText();
}

bool NetworkPage::sortByColumn(int column)
{
    PortQuery::Sort sort;
    PortQuery::Mode mode = m_mode;
    if (!PortTableModel::rankable(column, &sort, &mode))
        return false;
    m_sort = sort;
    m_mode = mode;
    m_toolbar->showWindowMode(m_mode == PortQuery::Mode::Window);
    applyRanking();
    return true;
}

void NetworkPage::setWindowMode(bool on)
{
    const PortQuery::Mode mode = on ? PortQuery::Mode::Window : PortQuery::Mode::Absolute;
    m_toolbar->showWindowMode(on);
    if (mode == m_mode)
        return;
    m_mode = mode;
    applyRanking();
}

void NetworkPage::setType(const QString &type)
{
    m_toolbar->setType(type); // emits typeChanged when it changes
}

void NetworkPage::applyRanking()
{
    if (m_sort == m_model->sort() && m_mode == m_model->mode() && m_type == m_model->type() && m_filterText == m_model->filter())
        return;
    m_table->changeRanking([this] { m_model->setRanking(m_sort, m_mode, m_type, m_filterText); });
    updateSortIndicator();
    updateColumns();
    updateStatus();
    updateQuery();
}

void NetworkPage::updateSortIndicator()
{
    m_table->horizontalHeader()->setSortIndicator(PortTableModel::columnFor(m_sort, m_mode), Qt::DescendingOrder);
}

void NetworkPage::updateColumns()
{
    // The window's change column says something the rate columns do not only for packets,
    // queue and memory.
    const bool change = m_mode == PortQuery::Mode::Window && PortTableModel::columnFor(m_sort, m_mode) == PortTableModel::WindowChange;
    m_table->setColumnHidden(PortTableModel::WindowChange, !change);
}

void NetworkPage::updateQuery(bool now)
{
    if (!m_session || !m_session->isLive())
        return;
    const RankedTableView::Rows rows = m_table->wantedRows();
    PortQuery q;
    q.sort = m_sort;
    q.mode = m_mode;
    q.type = m_type;
    q.filter = m_filterText;
    q.offset = rows.offset;
    q.limit = rows.limit;
    q.intervalMs = m_session->refreshIntervalMs();
    q.pinned = m_table->pinned();
    // Other rows or another ranking are fetched at once; the tick refreshes them after.
    m_session->ports()->setQuery(q, now);
}

void NetworkPage::onPage(const PortRanking &page)
{
    showPage([&] { return m_model->applyPage(page); });
}

void NetworkPage::onFailed(const QString &error)
{
    showFailure(error, "port", tr("The port list could not be read from %1; showing the last rows read.").arg(m_shownNode));
}

void NetworkPage::onDist(const DistSample &sample)
{
    m_distError.clear();
    m_lastDist = sample;
    m_hasDist = true;
    m_dist->setSample(sample);
    updateDistText();
}

QString NetworkPage::distText() const
{
    return m_distLabel->text();
}

void NetworkPage::updateStatus()
{
    if (!m_session) {
        m_status->showNotConnected();
        return;
    }
    const PortRanking &p = m_model->lastPage();
    QStringList parts = countParts(p, !m_filterText.isEmpty() || !m_type.isEmpty(), tr("%L1 ports and sockets"),
                                   tr("%L1 of %L2 ports and sockets match"));
    const PortTypeCounts &types = m_session->ports()->types();
    if (types.receivedAt.isValid() && types.portLimit > 0)
        parts << tr("%1 of the port limit %2").arg(Format::percent(double(types.ports) / double(types.portLimit)),
                                                  Format::count(types.portLimit));
    parts << m_status->rankingParts(p, m_mode == PortQuery::Mode::Window, tr("The node has looked at %L1 of %L2 ports"), false);
    finishStatus(parts, [this](const QString &id) {
        const PortRow *r = m_model->rowForId(id);
        if (!r)
            return QString();
        return r->closed() ? tr("selected: %1 has closed").arg(m_model->describe(*r))
                           : tr("selected: %1, %2 received, %3 sent").arg(m_model->describe(*r), Format::bytes(r->recvOct),
                                                                           Format::bytes(r->sendOct));
    });
}

void NetworkPage::updateDistText()
{
    if (!m_session) {
        m_distLabel->setText(QString());
        return;
    }
    QStringList parts;
    if (m_hasDist) {
        if (m_lastDist.netTicktime >= 0)
            parts << tr("net_ticktime %1 s").arg(m_lastDist.netTicktime);
        if (m_lastDist.busyLimit > 0)
            parts << tr("busy limit %1").arg(Format::bytes(m_lastDist.busyLimit));
        parts << tr("%Ln connected nodes", nullptr, int(m_lastDist.nodes.size()));
        m_distLabel->setToolTip(tr("A link silent for net_ticktime seconds is taken down. Once a link's output queue reaches "
                                   "dist_buf_busy_limit (%1), processes sending to that node are suspended until it drains.")
                                    .arg(m_lastDist.busyLimit > 0 ? Format::exactBytes(m_lastDist.busyLimit) : tr("unknown")));
    } else if (m_distError.isEmpty()) {
        parts << tr("reading…");
    }
    if (!m_distError.isEmpty())
        parts << tr("could not be read: %1").arg(m_distError);
    m_distLabel->setText(parts.join(QStringLiteral(" · ")));
}

QString NetworkPage::describeRow(int row) const
{
    const PortRow *r = m_model->rowAt(row);
    return r ? m_model->describe(*r) : QString();
}

QString NetworkPage::ownerDescription(int row) const
{
    const PortRow *r = m_model->rowAt(row);
    if (!r || !r->owner.isPid() || !m_session)
        return {};
    const QString pid = m_session->formatter().format(r->owner);
    const QString name = r->ownerText(m_session->formatter());
    return name.isEmpty() || name == pid ? pid : name + QLatin1Char(' ') + pid;
}

PortDetailsWindow *NetworkPage::openDetails(const Term &id, const QString &description)
{
    if (!m_session || id.isError())
        return nullptr;
    const QString key = TermFormatter().format(id);
    if (PortDetailsWindow *w = m_details.raise(key))
        return w;
    auto *w = new PortDetailsWindow(m_session, id, description, window());
    connect(w, &PortDetailsWindow::openProcess, this, [this](const Term &pid) { openOwner(pid); });
    connect(w, &PortDetailsWindow::openPort, this, [this](const Term &port) { openDetails(port); });
    connect(w, &PortDetailsWindow::portClosed, this, [this] { updateQuery(true); });
    m_details.insert(key, w);
    w->show();
    return w;
}

void NetworkPage::openEntity(const Term &id, int row)
{
    openDetails(id, describeRow(row));
}

QList<PortDetailsWindow *> NetworkPage::detailsWindows() const
{
    return m_details.windows();
}

ProcessDetailsWindow *NetworkPage::openOwner(const Term &pid, const QString &description)
{
    if (!m_session || !pid.isPid())
        return nullptr;
    // The same window the Processes page opens, one per process here too.
    const QString key = ProcessDetailsHtml::href(pid);
    if (ProcessDetailsWindow *w = m_owners.raise(key))
        return w;
    const QString what = description.isEmpty() ? m_session->formatter().format(pid) : description;
    auto *w = new ProcessDetailsWindow(m_session, pid, what, window());
    connect(w, &ProcessDetailsWindow::openProcess, this, [this](const Term &p) { openOwner(p); });
    m_owners.insert(key, w);
    w->show();
    return w;
}

QList<ProcessDetailsWindow *> NetworkPage::ownerWindows() const
{
    return m_owners.windows();
}

void NetworkPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->rowForMenu(pos);
    if (!index.isValid())
        return;
    // The menu holds the id, not the row: a refresh that re-sorts under it changes nothing.
    const Term id = index.data(PortTableModel::IdRole).value<Term>();
    const QString idText = index.data(PortTableModel::IdTextRole).toString();
    const Term owner = index.data(PortTableModel::OwnerRole).value<Term>();
    const bool closed = index.data(PortTableModel::ClosedRole).toBool();
    const QString what = describeRow(index.row());
    const QString ownerWhat = ownerDescription(index.row());
    QMenu *menu = startMenu(QStringLiteral("portMenu"), [this, id, what] { openDetails(id, what); });
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this,
                                    [this] { QApplication::clipboard()->setText(copyText()); });
    copy->setObjectName(QStringLiteral("action_copy"));
    copy->setToolTip(tr("The selected rows, exact values, tab-separated"));
    QAction *copyId = menu->addAction(tr("Copy Port &Id"), this, [idText] { QApplication::clipboard()->setText(idText); });
    copyId->setObjectName(QStringLiteral("action_copyid"));
    QAction *ownerAction = menu->addAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("Open &Owner"), this,
                                           [this, owner, ownerWhat] { openOwner(owner, ownerWhat); });
    ownerAction->setObjectName(QStringLiteral("action_owner"));
    ownerAction->setEnabled(owner.isPid());
    if (!owner.isPid())
        ownerAction->setToolTip(tr("This port has no owner process"));
    menu->addSeparator();
    QAction *close = m_actions->addTo(menu, id, what);
    if (closed) {
        close->setEnabled(false);
        close->setToolTip(tr("The port is already closed"));
    }
    popUpMenu(menu, pos);
}

void NetworkPage::exportTable(const QString &path)
{
    if (!m_session || exportRunning())
        return;
    PortQuery ranking;
    ranking.sort = m_sort;
    ranking.mode = m_mode;
    ranking.type = m_type;
    ranking.filter = m_filterText;
    ranking.intervalMs = m_session->refreshIntervalMs();
    auto *job = new PortExport(m_session->agent(), ranking, m_session->formatter(), m_session->nodeName(), this);
    runExport(job, tr("Exporting the ports of %1…").arg(m_session->nodeName()), path);
}

void NetworkPage::staleChanged(bool stale)
{
    RankedTablePage::staleChanged(stale);
    m_distTable->viewport()->update();
}

} // namespace beamtop
