// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedtablepage.h"

#include "keyselection.h"
#include "noticebar.h"
#include "rankedtablemodel.h"
#include "rankedtableview.h"
#include "rankedtoolbar.h"
#include "rankingstatusline.h"

#include "session/nodesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QVBoxLayout>

namespace beamtop {

RankedTablePage::RankedTablePage(RankedTableModelBase *model, RankedToolbar *toolbar, const Names &names, QWidget *parent)
    : Page(parent), m_bar(toolbar), m_names(names)
{
    model->setParent(this);
    m_bar->setParent(this);
    m_notice = new NoticeBar(this);
    m_notice->setObjectName(names.notice);
    m_table = new RankedTableView(model, this);
    m_table->setObjectName(names.table);
    m_status = new RankingStatusLine(names.status, this);
}

void RankedTablePage::layOut(QWidget *body)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_notice);
    layout->addWidget(body, 1);
    layout->addWidget(m_status);

    addAction(m_bar->windowAction());
    auto *find = new QAction(tr("Filter"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_bar, &RankedToolbar::focusFilter);
    addAction(find);
    addAction(m_bar->exportAction());
    auto *copyKeys = new QAction(m_names.copyKeys, this);
    copyKeys->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyKeys, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedKeys().join(QLatin1Char('\n'))); });
    addAction(copyKeys);

    connect(m_bar, &RankedToolbar::filterChanged, this, [this](const QString &text) {
        if (text != m_filterText) {
            m_filterText = text;
            applyRanking();
        }
    });
    connect(m_bar, &RankedToolbar::windowModeChanged, this, &RankedTablePage::setWindowMode);
    connect(m_bar, &RankedToolbar::exportRequested, this, &RankedTablePage::exportAs);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        sortByColumn(column);
        updateSortIndicator(); // also after a click on a column the node cannot rank
    });
    connect(m_table, &RankedTableView::entityActivated, this, &RankedTablePage::openEntity);
    connect(m_table, &QTableView::customContextMenuRequested, this, &RankedTablePage::showContextMenu);
    connect(m_table, &RankedTableView::rowsWanted, this, [this] { updateQuery(); });
    connect(m_table->keySelection(), &KeySelection::changed, this, &RankedTablePage::updateStatus);
}

QTableView *RankedTablePage::table() const
{
    return m_table;
}

QLineEdit *RankedTablePage::filterEdit() const
{
    return m_bar->filterEdit();
}

QAction *RankedTablePage::windowAction() const
{
    return m_bar->windowAction();
}

QString RankedTablePage::statusText() const
{
    return m_status->text();
}

QMenu *RankedTablePage::contextMenu() const
{
    return m_menu;
}

void RankedTablePage::setFilterText(const QString &text)
{
    m_bar->setFilterText(text);
}

QString RankedTablePage::copyText() const
{
    // Exact values of the selected rows on screen (all rows held when none is selected).
    return m_table->copyText();
}

QStringList RankedTablePage::selectedKeys() const
{
    return m_table->keySelection()->keys();
}

void RankedTablePage::updateReadOnly()
{
    m_bar->setReadOnly(!m_session || m_session->isReadOnly());
}

void RankedTablePage::adoptSession(NodeSession *session, const std::function<void()> &clearShown)
{
    m_session = session;
    m_error.clear();
    if (!session || session->nodeName() != m_shownNode)
        clearShown(); // another node's rows must not stay
    m_shownNode = session ? session->nodeName() : QString();
    followSession(session);
}

void RankedTablePage::settleSession()
{
    if (m_session) {
        connect(m_session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
            if (s == NodeSession::State::Live && isVisible())
                updateQuery();
            updateStatus();
            updateReadOnly();
        });
        connect(m_session, &NodeSession::readOnlyChanged, this, &RankedTablePage::updateReadOnly);
        if (m_session->isLive() && isVisible())
            updateQuery();
    }
    updateReadOnly();
    updateStatus();
}

void RankedTablePage::clearFailure()
{
    if (!m_failureShown.isEmpty() && m_notice->text() == m_failureShown)
        m_notice->clear(); // the list is back (another notice since stays)
    m_failureShown.clear();
}

void RankedTablePage::showFailure(const QString &error, const char *kind, const QString &passing)
{
    m_error = error;
    AgentClient *agent = m_session ? m_session->agent() : nullptr;
    if (agent && (agent->mode() != AgentClient::Mode::Full || !agent->canRank(kind)))
        m_notice->showNotice(NoticeBar::Kind::Warning, error, agent->reducedReason());
    else
        m_notice->showNotice(NoticeBar::Kind::Warning, passing, error);
    m_failureShown = m_notice->text();
    updateStatus();
}

QStringList RankedTablePage::countParts(const RankingStatus &page, bool filtered, const QString &all, const QString &match) const
{
    if (m_table->model()->rowCount() == 0 && page.count == 0)
        return {};
    if (filtered)
        return {match.arg(qint64(m_table->model()->rowCount())).arg(page.count)};
    return {all.arg(page.count)};
}

void RankedTablePage::finishStatus(QStringList parts, const std::function<QString(const QString &key)> &selectedOne)
{
    if (!m_error.isEmpty())
        parts << tr("last refresh failed");
    // The selected entities stay fresh even when scrolled away (they are pinned in every request).
    const QStringList selected = selectedKeys();
    if (selected.size() == 1) {
        const QString one = selectedOne(selected.first());
        if (!one.isEmpty())
            parts << one;
    } else if (selected.size() > 1) {
        parts << tr("%Ln selected", nullptr, int(selected.size()));
    }
    m_status->setParts(parts);
}

QMenu *RankedTablePage::startMenu(const QString &objectName, const std::function<void()> &details)
{
    if (m_menu)
        m_menu->close();
    auto *menu = new QMenu(this);
    menu->setObjectName(objectName);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *d = menu->addAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Details"), this, details);
    d->setObjectName(QStringLiteral("action_details"));
    d->setShortcut(QKeySequence(Qt::Key_Return));
    return menu;
}

void RankedTablePage::popUpMenu(QMenu *menu, const QPoint &viewportPos)
{
    m_menu = menu;
    menu->popup(m_table->viewport()->mapToGlobal(viewportPos));
}

void RankedTablePage::exportAs()
{
    if (!m_session)
        return;
    const QString path = TableExport::askPath(this, m_names.exportCaption, m_names.exportStem, m_session->nodeName());
    if (!path.isEmpty())
        exportTable(path);
}

void RankedTablePage::staleChanged(bool)
{
    m_table->viewport()->update();
}

void RankedTablePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event); // subscribes to the kind's feeds
    updateQuery();          // and says which rows are on screen: a page opened after connecting fills
    m_table->scheduleFetch();
}

} // namespace beamtop
