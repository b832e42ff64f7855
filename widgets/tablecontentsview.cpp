// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecontentsview.h"

#include "format.h"
#include "noticebar.h"
#include "tableexport.h"
#include "tablerowsmodel.h"

#include "export/tablerowsexport.h"
#include "session/nodesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace beamtop {

namespace {
// Rows from the end at which the next page is asked for while scrolling.
constexpr int FetchAheadRows = 20;
} // namespace

TableContentsView::TableContentsView(NodeSession *session, TableBrowser::Source source, const Term &table, QWidget *parent)
    : QWidget(parent), m_session(session), m_browser(new TableBrowser(session, source, table, this)),
      m_model(new TableRowsModel(this))
{
    setObjectName(QStringLiteral("tableContents"));
    m_model->setFormatter(session->formatter());
    // A Mnesia row is a record: {RecordName, Key, ...}.
    m_model->setKeyPos(source == TableBrowser::Source::Mnesia ? 2 : 1);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("searchMode"));
    m_mode->addItem(tr("Key"), int(SearchMode::Key));
    m_mode->addItem(tr("Match pattern"), int(SearchMode::Pattern));
    m_mode->setToolTip(tr("Key: the rows under one key (one lookup on the node). Match pattern: the rows a pattern "
                          "matches, '_' for any part (a scan on the node, capped)."));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, &TableContentsView::search);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TableContentsView::updatePlaceholder);
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    connect(searchButton, &QPushButton::clicked, this, &TableContentsView::search);

    m_message = new NoticeBar(this);
    m_message->setObjectName(QStringLiteral("contentsMessage"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rowsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &TableContentsView::maybeFetchMore);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &TableContentsView::maybeFetchMore);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = createMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 360));
    });

    m_copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Row"), this);
    m_copy->setObjectName(QStringLiteral("action_copyrow"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as terms, one a line"));
    connect(m_copy, &QAction::triggered, this, &TableContentsView::copySelection);
    m_view->addAction(m_copy);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("contentsStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_more = new QPushButton(tr("Load More"), this);
    m_more->setObjectName(QStringLiteral("loadMore"));
    m_more->setToolTip(tr("Read the next page of rows on the node"));
    connect(m_more, &QPushButton::clicked, this, &TableContentsView::loadMore);

    m_exportRead = new QAction(tr("&Rows Read…"), this);
    m_exportRead->setObjectName(QStringLiteral("action_exportread"));
    m_exportRead->setToolTip(tr("Save the rows read so far as CSV or JSON"));
    connect(m_exportRead, &QAction::triggered, this, &TableContentsView::exportRowsRead);
    m_exportAll = new QAction(tr("&All Rows…"), this);
    m_exportAll->setObjectName(QStringLiteral("action_exportall"));
    m_exportAll->setToolTip(tr("Read every row of the table on the node, page by page, and save them as CSV or JSON"));
    connect(m_exportAll, &QAction::triggered, this, &TableContentsView::exportAllRows);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportRead);
    exportMenu->addAction(m_exportAll);
    m_exportButton->setMenu(exportMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addWidget(m_search, 1);
    top->addWidget(searchButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_browser, &TableBrowser::pageReady, this, &TableContentsView::onPage);
    connect(m_browser, &TableBrowser::failed, this, &TableContentsView::onFailed);
    connect(session, &NodeSession::formatterChanged, this, [this] {
        if (m_session)
            m_model->setFormatter(m_session->formatter()); // pages from now on
        updatePlaceholder();
    });
    updatePlaceholder();
    updateStatus();
}

TableContentsView::~TableContentsView() = default;

void TableContentsView::setKeyPos(int pos)
{
    m_model->setKeyPos(pos);
}

void TableContentsView::start()
{
    m_started = true;
    m_error.clear();
    m_browser->first();
    updateStatus();
}

void TableContentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Nothing is read until someone looks: opening costs one page at most.
    if (!m_started)
        start();
}

bool TableContentsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        clearSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TableContentsView::setSearchMode(SearchMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void TableContentsView::updatePlaceholder()
{
    const bool key = SearchMode(m_mode->currentData().toInt()) == SearchMode::Key;
    const QString syntax = m_browser->syntaxName();
    m_search->setPlaceholderText(key ? tr("Key in %1 syntax, e.g. %2 — Enter searches, Esc shows all rows")
                                           .arg(syntax, m_browser->keyExample())
                                     : tr("Match pattern in %1 syntax, e.g. %2 — Enter searches, Esc shows all rows")
                                           .arg(syntax, m_browser->patternExample()));
    m_search->setToolTip(m_search->placeholderText());
}

void TableContentsView::search()
{
    const QString text = m_search->text().trimmed();
    m_started = true;
    m_error.clear();
    m_message->clear();
    m_ended = false;
    m_hasPage = false;
    if (text.isEmpty())
        m_browser->clearSearch();
    else if (SearchMode(m_mode->currentData().toInt()) == SearchMode::Key)
        m_browser->searchKey(text);
    else
        m_browser->searchPattern(text);
    updateStatus();
}

void TableContentsView::clearSearch()
{
    m_search->clear();
    search();
}

void TableContentsView::loadMore()
{
    if (!m_started)
        return start();
    m_browser->next();
    updateStatus();
}

void TableContentsView::maybeFetchMore()
{
    if (!m_hasPage || m_browser->isDone() || m_browser->isBusy())
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    const int rowHeight = qMax(1, m_view->verticalHeader()->defaultSectionSize());
    // The scroll bar counts rows or pixels depending on the scroll mode.
    const int ahead = m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem ? FetchAheadRows : FetchAheadRows * rowHeight;
    if (bar->maximum() > 0 && bar->value() >= bar->maximum() - ahead)
        loadMore();
}

void TableContentsView::onPage(const TablePage &page, bool append)
{
    const qint64 scanned = append && m_hasPage && m_last.scanned >= 0 && page.scanned >= 0 ? m_last.scanned + page.scanned
                                                                                           : page.scanned;
    m_last = page;
    m_last.rows.clear();
    m_last.texts.clear();
    m_last.scanned = scanned;
    m_hasPage = true;
    m_error.clear();
    const QString notice = m_browser->noticeFor(page);
    if (!page.alive) {
        // Deleted: what was read stays, marked.
        m_ended = true;
        m_message->showNotice(NoticeBar::Kind::Warning, notice);
    } else {
        m_ended = page.isPrivate;
        m_model->applyPage(page, append);
        if (!notice.isEmpty())
            m_message->showNotice(page.isPrivate ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, notice);
        else if (page.rowsCut > 0)
            m_message->showNotice(NoticeBar::Kind::Warning,
                                  tr("%Ln rows of the last page were too large to send within the page's byte cap and "
                                     "are not shown.",
                                     nullptr, int(page.rowsCut)));
        else
            m_message->clear();
    }
    updateStatus();
}

void TableContentsView::onFailed(const QString &error)
{
    m_error = error;
    m_message->showNotice(NoticeBar::Kind::Error, error);
    updateStatus();
}

void TableContentsView::updateStatus()
{
    const int rows = m_model->rowCount();
    QString text;
    if (!m_hasPage) {
        text = m_browser->isBusy() ? tr("Reading…") : QString();
    } else if (m_last.isPrivate) {
        text = tr("Private table of %1 rows").arg(Format::count(m_last.size));
    } else {
        const QString size = m_last.size >= 0 ? Format::count(m_last.size) : tr("unknown");
        if (m_last.isSearch())
            text = tr("%1 rows found in %2", nullptr, rows).arg(Format::count(rows), size);
        else
            text = tr("%1 rows read of %2", nullptr, rows).arg(Format::count(rows), size);
        if (m_last.scanned >= 0 && m_last.search == TablePage::Search::Pattern)
            text += QStringLiteral(" · ")
                + (m_last.scanCapped ? tr("scanned %1 rows, the scan cap was reached").arg(Format::count(m_last.scanned))
                                     : tr("scanned %1 rows").arg(Format::count(m_last.scanned)));
        if (m_browser->isBusy())
            text += QStringLiteral(" · ") + tr("reading…");
        else if (m_last.done && m_last.alive)
            text += QStringLiteral(" · ") + (m_last.isSearch() ? tr("search complete") : tr("all rows read"));
    }
    m_status->setText(text);
    const bool canMore = m_hasPage && !m_ended && !m_browser->isDone();
    m_more->setEnabled(canMore && !m_browser->isBusy());
    m_more->setVisible(canMore);
    m_exportRead->setEnabled(rows > 0);
    m_exportAll->setEnabled(m_hasPage && m_last.alive && !m_last.isPrivate);
    m_copy->setEnabled(rows > 0);
}

QString TableContentsView::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int r : std::as_const(rows))
        lines << m_model->rowText(r);
    return lines.join(QLatin1Char('\n'));
}

void TableContentsView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QMenu *TableContentsView::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("contentsMenu"));
    menu->addAction(m_copy);
    const QModelIndex current = m_view->currentIndex();
    QAction *copyKey = menu->addAction(tr("Copy &Key"), this, [this, current] {
        QApplication::clipboard()->setText(current.data(TableRowsModel::KeyRole).toString());
    });
    copyKey->setObjectName(QStringLiteral("action_copykey"));
    copyKey->setEnabled(current.isValid() && !current.data(TableRowsModel::KeyRole).toString().isEmpty());
    QAction *searchKey = menu->addAction(tr("&Search This Key"), this, [this, current] {
        setSearchMode(SearchMode::Key);
        m_search->setText(current.data(TableRowsModel::KeyRole).toString());
        search();
    });
    searchKey->setObjectName(QStringLiteral("action_searchkey"));
    searchKey->setEnabled(copyKey->isEnabled() && !m_model->data(current, TableRowsModel::KeyRole).toString().contains(QStringLiteral("…")));
    menu->addSeparator();
    QAction *more = menu->addAction(tr("Load &More"), this, &TableContentsView::loadMore);
    more->setEnabled(m_more->isVisible() && m_more->isEnabled());
    QMenu *exportMenu = menu->addMenu(tr("&Export"));
    exportMenu->addAction(m_exportRead);
    exportMenu->addAction(m_exportAll);
    return menu;
}

QString TableContentsView::fileStem() const
{
    // "#Ref<0.1.2.3>" or 'Elixir.Foo' make poor file names on some systems.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]+"));
    QString name = tableText();
    name.replace(unsafe, QStringLiteral("-"));
    return QStringLiteral("table-") + name;
}

void TableContentsView::exportRowsRead()
{
    if (!m_session || m_model->rowCount() == 0)
        return;
    const QString path = TableExport::askPath(this, tr("Export Rows Read"), fileStem(), m_session->nodeName());
    if (path.isEmpty())
        return;
    QVector<Term> rows;
    QStringList texts;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        rows << m_model->rowTerm(r);
        texts << m_model->rowText(r);
    }
    QString error;
    if (TableRowsExport::writeRows(path, m_session->nodeName(), tableText(), m_last.size, rows, texts, m_model->keyPos(),
                                   m_session->formatter(), &error))
        m_message->showNotice(NoticeBar::Kind::Info, tr("Exported %Ln rows to %1.", nullptr, int(rows.size())).arg(path));
    else
        m_message->showNotice(NoticeBar::Kind::Error, error);
}

void TableContentsView::exportAllRows()
{
    if (!m_session || !m_hasPage)
        return;
    const QString size = m_last.size >= 0 ? Format::count(m_last.size) : tr("an unknown number of");
    QMessageBox ask(QMessageBox::Question, tr("Export All Rows"),
                    tr("Read all %1 rows of %2 on %3?").arg(size, tableText(), m_session->nodeName()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("exportAllConfirm"));
    ask.setInformativeText(tr("Beamtop reads the table on the node in pages of %1 rows, each bounded in time, and writes "
                              "them to the file as they come. A big table takes a while and adds work on the node; you "
                              "can cancel while it reads.")
                               .arg(TableBrowser::MaxLimit));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    const QString path = TableExport::askPath(this, tr("Export All Rows"), fileStem(), m_session->nodeName());
    if (path.isEmpty())
        return;
    auto *job = new TableRowsExport(m_session, m_browser->source(), m_browser->table(), m_model->keyPos(), this);
    TableExport::watch(job, tr("Reading %1 on the node…").arg(tableText()), m_message, this, [](bool, const QString &) {});
    job->start(path);
}

} // namespace beamtop
