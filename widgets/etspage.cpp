// SPDX-License-Identifier: GPL-3.0-or-later
#include "etspage.h"

#include "etsdetailswindow.h"
#include "etstablemodel.h"
#include "etstoolbar.h"
#include "format.h"
#include "gonerowdelegate.h"
#include "noticebar.h"
#include "processdetailshtml.h"
#include "processdetailswindow.h"
#include "rankedtableview.h"
#include "rankingstatusline.h"

#include "collect/etscollector.h"
#include "export/etsexport.h"
#include "session/nodesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>

namespace beamtop {

EtsPage::EtsPage(QWidget *parent) : EtsPage(new EtsTableModel, new EtsToolbar, parent) {}

EtsPage::EtsPage(EtsTableModel *model, EtsToolbar *toolbar, QWidget *parent)
    : RankedTablePage(model, toolbar,
                      {QStringLiteral("etsTable"), QStringLiteral("etsNotice"), QStringLiteral("etsStatus"), tr("Export ETS tables"),
                       QStringLiteral("ets"), tr("Copy Table Id")},
                      parent),
      m_model(model), m_toolbar(toolbar)
{
    setFeeds({NodeSession::Feed::Ets});
    m_table->setItemDelegate(new GoneRowDelegate(m_table));
    m_table->setColumnWidths({21, 10, 8, 8, 8, 12, 9, 9, 15, 9, 6, 8, 8, 11, 9, 5, 6});
    layOut(m_table);
    // applyRanking does nothing when the choice leaves the ranking as it is.
    connect(m_toolbar, &EtsToolbar::typeChanged, this, [this](const QString &type) {
        m_type = type;
        applyRanking();
    });
    connect(m_toolbar, &EtsToolbar::protectionChanged, this, [this](const QString &protection) {
        m_protection = protection;
        applyRanking();
    });
    updateSortIndicator();
    updateReadOnly();
    updateStatus();
}

EtsPage::~EtsPage()
{
    m_details.closeAll();
    m_processes.closeAll();
}

void EtsPage::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->ets(), nullptr, this, nullptr);
    }
    adoptSession(session, [this] { m_table->clearRows([this] { m_model->clear(); }); });
    if (session) {
        m_model->setFormatter(session->formatter());
        connect(session->ets(), &EtsCollector::pageReady, this, &EtsPage::onPage);
        connect(session->ets(), &EtsCollector::failed, this, &EtsPage::onFailed);
        connect(session, &NodeSession::formatterChanged, this, [this] { m_model->setFormatter(m_session->formatter()); });
    }
    settleSession();
}

bool EtsPage::sortByColumn(int column)
{
    EtsQuery::Sort sort = m_sort;
    EtsQuery::Mode mode = m_mode;
    if (!EtsTableModel::rankable(column, &sort, &mode))
        return false;
    rankBy(sort, mode);
    return true;
}

void EtsPage::setWindowMode(bool on)
{
    rankBy(m_sort, on ? EtsQuery::Mode::Window : EtsQuery::Mode::Absolute);
}

void EtsPage::rankBy(EtsQuery::Sort sort, EtsQuery::Mode mode)
{
    m_sort = sort;
    m_mode = mode;
    m_toolbar->showWindowMode(mode == EtsQuery::Mode::Window);
    applyRanking(); // nothing when it is the ranking shown
}

void EtsPage::setType(const QString &type)
{
    m_toolbar->setType(type); // emits typeChanged when it changes
}

void EtsPage::setProtection(const QString &protection)
{
    m_toolbar->setProtection(protection);
}

EtsQuery EtsPage::query() const
{
    EtsQuery q;
    q.sort = m_sort;
    q.mode = m_mode;
    q.type = m_type;
    q.protection = m_protection;
    q.filter = m_filterText;
    if (m_session)
        q.intervalMs = m_session->refreshIntervalMs();
    return q;
}

void EtsPage::applyRanking()
{
    const EtsQuery ranking = query();
    if (ranking.sameRanking(m_model->ranking()))
        return;
    m_table->changeRanking([&] { m_model->setRanking(ranking); });
    updateSortIndicator();
    updateStatus();
    updateQuery();
}

void EtsPage::updateSortIndicator()
{
    m_table->horizontalHeader()->setSortIndicator(EtsTableModel::columnFor(m_sort, m_mode), Qt::DescendingOrder);
}

void EtsPage::updateQuery(bool now)
{
    if (!m_session || !m_session->isLive())
        return;
    const RankedTableView::Rows rows = m_table->wantedRows();
    EtsQuery q = query();
    q.offset = rows.offset;
    q.limit = rows.limit;
    q.pinned = m_table->pinned();
    // Other rows or another ranking are fetched at once; the tick refreshes them after.
    m_session->ets()->setQuery(q, now);
}

void EtsPage::onPage(const EtsRanking &page)
{
    showPage([&] { return m_model->applyPage(page); });
}

void EtsPage::onFailed(const QString &error)
{
    showFailure(error, "ets", tr("The ETS table list could not be read from %1; showing the last rows read.").arg(m_shownNode));
}

void EtsPage::updateStatus()
{
    if (!m_session) {
        m_status->showNotConnected();
        return;
    }
    const EtsRanking &p = m_model->lastPage();
    QStringList parts = countParts(p, !m_filterText.isEmpty() || !m_type.isEmpty() || !m_protection.isEmpty(), tr("%L1 tables"),
                                   tr("%L1 of %L2 tables match"));
    parts << m_status->rankingParts(p, m_mode == EtsQuery::Mode::Window, tr("The node has looked at %L1 of %L2 tables"), false);
    finishStatus(parts, [this](const QString &id) {
        const EtsRow *r = m_model->rowForId(id);
        if (!r)
            return QString();
        const QString name = EtsTableModel::shownName(*r);
        return r->gone ? tr("selected: %1 has been deleted").arg(name)
                       : tr("selected: %1, %2 rows, %3").arg(name, Format::count(r->size), Format::bytes(r->memory));
    });
}

EtsDetailsWindow *EtsPage::openDetails(const Term &id, const EtsRow *row)
{
    if (!m_session || id.isError())
        return nullptr;
    const QString key = TermFormatter().format(id);
    if (EtsDetailsWindow *w = m_details.raise(key))
        return w;
    EtsRow known;
    if (row)
        known = *row;
    known.id = id;
    auto *w = new EtsDetailsWindow(m_session, known, window());
    connect(w, &EtsDetailsWindow::openProcess, this, &EtsPage::openProcess);
    m_details.insert(key, w);
    w->show();
    return w;
}

QList<EtsDetailsWindow *> EtsPage::detailsWindows() const
{
    return m_details.windows();
}

QList<ProcessDetailsWindow *> EtsPage::processWindows() const
{
    return m_processes.windows();
}

void EtsPage::openEntity(const Term &id, int row)
{
    openDetails(id, m_model->rowAt(row));
}

ProcessDetailsWindow *EtsPage::openProcess(const Term &pid)
{
    if (!m_session || !pid.isPid())
        return nullptr;
    // The same window the Processes page opens, one per process here too.
    const QString key = ProcessDetailsHtml::href(pid);
    if (ProcessDetailsWindow *w = m_processes.raise(key))
        return w;
    auto *w = new ProcessDetailsWindow(m_session, pid, m_session->formatter().format(pid), window());
    connect(w, &ProcessDetailsWindow::openProcess, this, &EtsPage::openProcess);
    m_processes.insert(key, w);
    w->show();
    return w;
}

void EtsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->rowForMenu(pos);
    if (!index.isValid())
        return;
    // The menu holds the id and what was read, not the row: a refresh that re-sorts under it
    // changes nothing.
    const Term id = index.data(EtsTableModel::IdRole).value<Term>();
    const QString idText = index.data(EtsTableModel::IdTextRole).toString();
    const Term owner = index.data(EtsTableModel::OwnerRole).value<Term>();
    const EtsRow *r = m_model->rowAt(index.row());
    const EtsRow known = r ? *r : EtsRow();
    QMenu *menu = startMenu(QStringLiteral("etsMenu"), [this, id, known] { openDetails(id, &known); });
    QAction *contents = menu->addAction(QIcon::fromTheme(QStringLiteral("view-list-text")), tr("Show &Contents"), this,
                                        [this, id, known] {
                                            if (EtsDetailsWindow *w = openDetails(id, &known))
                                                w->tabs()->setCurrentIndex(EtsDetailsWindow::ContentsTab);
                                        });
    contents->setObjectName(QStringLiteral("action_contents"));
    QAction *copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this,
                                    [this] { QApplication::clipboard()->setText(copyText()); });
    copy->setObjectName(QStringLiteral("action_copy"));
    copy->setToolTip(tr("The selected rows, exact values, tab-separated"));
    QAction *copyId = menu->addAction(tr("Copy Table &Id"), this, [idText] { QApplication::clipboard()->setText(idText); });
    copyId->setObjectName(QStringLiteral("action_copyid"));
    QAction *ownerAction = menu->addAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("Open &Owner"), this,
                                           [this, owner] { openProcess(owner); });
    ownerAction->setObjectName(QStringLiteral("action_owner"));
    ownerAction->setEnabled(owner.isPid());
    popUpMenu(menu, pos);
}

void EtsPage::exportTable(const QString &path)
{
    if (!m_session || exportRunning())
        return;
    auto *job = new EtsExport(m_session->agent(), query(), m_session->formatter(), m_session->nodeName(), this);
    runExport(job, tr("Exporting the ETS tables of %1…").arg(m_session->nodeName()), path);
}

} // namespace beamtop
