#include "rankedtablepage.h"

#include "keyselection.h"
#include "noticebar.h"
#include "rankedtablemodel.h"
#include "rankedtableview.h"
#include "rankedtoolbar.h"
#include "rankingstatusline.h"

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
