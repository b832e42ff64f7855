// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptreeview.h"

#include "accents.h"
#include "format.h"
#include "itemtableview.h"
#include "rowtablemodel.h"
#include "suptreemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace beamtop {

namespace {

// The order of children a header click asks for; false for a column the node cannot sort by.
bool sortForColumn(int column, AppTreeQuery::Sort *sort)
{
    switch (column) {
    case SupTreeModel::Name: *sort = AppTreeQuery::Sort::Start; return true;
    case SupTreeModel::Processes: *sort = AppTreeQuery::Sort::Processes; return true;
    case SupTreeModel::Memory: *sort = AppTreeQuery::Sort::Memory; return true;
    case SupTreeModel::ReductionsPerSec: *sort = AppTreeQuery::Sort::Reductions; return true;
    case SupTreeModel::MessageQueue: *sort = AppTreeQuery::Sort::MessageQueue; return true;
    default: return false;
    }
}

int columnForSort(AppTreeQuery::Sort sort)
{
    switch (sort) {
    case AppTreeQuery::Sort::Start: return -1; // the supervisor's own order: no indicator
    case AppTreeQuery::Sort::Processes: return SupTreeModel::Processes;
    case AppTreeQuery::Sort::Memory: return SupTreeModel::Memory;
    case AppTreeQuery::Sort::Reductions: return SupTreeModel::ReductionsPerSec;
    case AppTreeQuery::Sort::MessageQueue: return SupTreeModel::MessageQueue;
    }
    return -1;
}

bool isPaged(const SupNode *n)
{
    return n && !n->pidText.isEmpty() && n->childrenTotal >= 0
           && (n->childrenOffset > 0 || n->childrenTotal > n->children.size());
}

} // namespace

AppTreeView::AppTreeView(QWidget *parent) : QWidget(parent), m_model(new SupTreeModel(this))
{
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("supTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSortingEnabled(false); // the node sorts (and pages) children; the header asks it to
    m_tree->header()->setSectionsClickable(true);
    m_tree->header()->setSortIndicatorShown(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    // Names of nested children (beamtop_demo_session_sup_2 four levels down), module lists and
    // strategies with their restart intensity are the long cells: room for them at the start.
    m_tree->setColumnWidth(SupTreeModel::Name, 340);
    m_tree->setColumnWidth(SupTreeModel::Modules, 170);
    m_tree->setColumnWidth(SupTreeModel::Strategy, 190);
    connect(m_tree->header(), &QHeaderView::sectionClicked, this, [this](int column) {
        AppTreeQuery::Sort sort;
        if (sortForColumn(column, &sort))
            setSort(sort);
        else
            updateSortIndicator(); // the header flipped it; the order stays
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AppTreeView::updatePaging);

    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("supTreeState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_state);
    m_stack->addWidget(m_tree);

    m_info = new QLabel;
    m_info->setObjectName(QStringLiteral("supTreeInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_info, &QLabel::linkActivated, this, [this] {
        if (!m_app.isEmpty())
            emit showProcesses(QStringLiteral("app:") + m_app);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeBar());
    layout->addWidget(m_stack, 1);
    layout->addWidget(makePaging());
    layout->addWidget(m_info);

    // While the page is shown: Ctrl+F to the search, F3 to the next match.
    auto *find = new QAction(tr("Search the Tree"), this);
    find->setObjectName(QStringLiteral("action_treeSearch"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &AppTreeView::focusSearch);
    addAction(find);
    auto *next = new QAction(tr("Next Match"), this);
    next->setObjectName(QStringLiteral("action_nextMatch"));
    next->setShortcut(QKeySequence::FindNext);
    connect(next, &QAction::triggered, this, &AppTreeView::findNext);
    addAction(next);

    updateSortIndicator();
    applyAccents();
    clear();
}

void AppTreeView::applyAccents()
{
    const QPalette p = palette();
    m_model->setAccents(Accents::warning(p), p.color(QPalette::Disabled, QPalette::Text));
}

void AppTreeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyAccents(); // a theme switch: the accents follow
}

QWidget *AppTreeView::makeBar()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("treeSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by name, pid or module (Ctrl+F; Enter or F3: next match)"));
    m_search->setToolTip(tr("Finds the processes of the tree whose name, id, pid or module contains this text (any case), "
                            "among the children read. Enter and F3 go to the next one."));
    connect(m_search, &QLineEdit::returnPressed, this, &AppTreeView::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchStatus->clear(); });

    m_searchStatus = new QLabel;
    m_searchStatus->setObjectName(QStringLiteral("treeSearchStatus"));
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);

    m_sortBox = new QComboBox;
    m_sortBox->setObjectName(QStringLiteral("treeSort"));
    m_sortBox->setToolTip(tr("The order of each supervisor's children. The node sorts them by their subtree totals before "
                             "it pages them, so the heaviest children of a large supervisor come first."));
    m_sortBox->addItem(tr("Start order"), int(AppTreeQuery::Sort::Start));
    m_sortBox->addItem(tr("Processes"), int(AppTreeQuery::Sort::Processes));
    m_sortBox->addItem(tr("Memory"), int(AppTreeQuery::Sort::Memory));
    m_sortBox->addItem(tr("Reductions/s"), int(AppTreeQuery::Sort::Reductions));
    m_sortBox->addItem(tr("Message queue"), int(AppTreeQuery::Sort::MessageQueue));
    connect(m_sortBox, &QComboBox::activated, this,
            [this](int i) { setSort(AppTreeQuery::Sort(m_sortBox->itemData(i).toInt())); });
    auto *sortLabel = new QLabel(tr("&Children by:"));
    sortLabel->setBuddy(m_sortBox);

    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 4, 0, 4);
    row->addWidget(m_search, 1);
    row->addWidget(m_searchStatus);
    row->addSpacing(12);
    row->addWidget(sortLabel);
    row->addWidget(m_sortBox);
    return bar;
}

QWidget *AppTreeView::makePaging()
{
    m_pagingLabel = new QLabel;
    m_pagingLabel->setObjectName(QStringLiteral("treePaging"));
    m_previous = new QToolButton;
    m_previous->setObjectName(QStringLiteral("treePrevious"));
    m_previous->setText(tr("&Previous"));
    m_previous->setToolTip(tr("The previous page of this supervisor's children"));
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_previous, &QToolButton::clicked, this, [this] { pageBy(-1); });
    m_next = new QToolButton;
    m_next->setObjectName(QStringLiteral("treeNext"));
    m_next->setText(tr("&Next"));
    m_next->setToolTip(tr("The next page of this supervisor's children"));
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_next, &QToolButton::clicked, this, [this] { pageBy(1); });

    m_paging = new QWidget;
    auto *row = new QHBoxLayout(m_paging);
    row->setContentsMargins(0, 2, 0, 2);
    row->addWidget(m_pagingLabel, 1);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    m_paging->hide();
    return m_paging;
}

void AppTreeView::setFormatter(const TermFormatter &formatter)
{
    m_model->setFormatter(formatter);
}

void AppTreeView::setApp(const QString &app, const QString &title)
{
    if (app == m_app && !app.isEmpty()) {
        m_title = title;
        return;
    }
    m_app = app;
    m_title = title;
    m_offsets.clear();
    m_last = AppTree();
    m_hasTree = false;
    m_expanded = false;
    m_model->clear();
    m_searchStatus->clear();
    showState(app.isEmpty() ? tr("Double-click an application, or select it and press Enter, to see its supervision tree.")
                            : tr("Reading the supervision tree of %1…").arg(title));
    updatePaging();
    updateInfo();
}

void AppTreeView::clear()
{
    setApp({}, {});
}

AppTreeQuery AppTreeView::query() const
{
    AppTreeQuery q;
    q.app = m_app;
    q.sort = m_sort;
    q.offsets = m_offsets;
    return q;
}

void AppTreeView::setSort(AppTreeQuery::Sort sort)
{
    const int i = m_sortBox->findData(int(sort));
    if (i >= 0)
        m_sortBox->setCurrentIndex(i);
    if (sort != m_sort) {
        m_sort = sort;
        m_offsets.clear(); // the first page of the new order: its heaviest children
        emit queryChanged();
    }
    updateSortIndicator();
}

void AppTreeView::updateSortIndicator()
{
    const int column = columnForSort(m_sort);
    m_tree->header()->setSortIndicator(column, column < 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void AppTreeView::showState(const QString &text)
{
    m_state->setText(text);
    m_stack->setCurrentWidget(m_state);
}

QString AppTreeView::stateText() const
{
    return m_stack->currentWidget() == m_state ? m_state->text() : QString();
}

void AppTreeView::showTree(const AppTree &tree, qint64 minIntervalMs, int intervalMs)
{
    if (tree.app != m_app || m_app.isEmpty())
        return; // a walk asked for before another application was chosen
    m_minIntervalMs = minIntervalMs;
    m_intervalMs = intervalMs;
    // A library application (stdlib) runs without an application master or processes: the
    // node finds no tree, or an empty one, though the table lists it as running.
    const bool library = (!tree.found && m_listedRunning) || (tree.found && tree.root.children.isEmpty());
    if (!tree.found || library) {
        m_last = tree;
        m_hasTree = false;
        m_model->clear();
        m_expanded = false;
        if (library)
            showState(tr("%1 has no supervision tree: it starts no processes of its own (a library application).").arg(m_title));
        else if (m_listedLoaded)
            showState(tr("%1 is loaded but not started: it has no supervision tree.").arg(m_title));
        else if (tree.error.isEmpty())
            showState(tr("%1 is not running: it has no supervision tree to show.").arg(m_title));
        else
            showState(tr("The supervision tree of %1 cannot be read: %2").arg(m_title, tree.error));
        updatePaging();
        updateInfo();
        return;
    }
    m_last = tree;
    m_hasTree = true;
    m_model->setTree(tree);
    m_stack->setCurrentWidget(m_tree);
    if (!m_expanded) {
        // The application and its top supervisor open, so the first look shows the branches.
        m_expanded = true;
        m_tree->expandToDepth(1);
    }
    updatePaging();
    updateInfo();
}

void AppTreeView::showFailure(const QString &error)
{
    if (m_app.isEmpty())
        return;
    if (!m_hasTree) {
        showState(tr("The supervision tree of %1 could not be read: %2\nBeamtop tries again at every refresh.").arg(m_title, error));
        return;
    }
    // The tree read before stays; the line says it is not the latest.
    m_info->setText(tr("The last walk failed (%1): showing the tree read before.").arg(error.toHtmlEscaped()));
}

void AppTreeView::updateInfo()
{
    if (!m_hasTree) {
        m_info->clear();
        m_info->hide();
        return;
    }
    QStringList lines;
    if (m_intervalMs > 0 && m_minIntervalMs > m_intervalMs)
        lines << tr("Walks are spaced out to stay within the agent's budget: this tree is read every %1 (the last walk "
                    "took %2 on the node).")
                     .arg(Format::duration(m_minIntervalMs), Format::duration(m_last.walkUs / 1000))
                     .toHtmlEscaped();
    if (m_last.readsCapped >= 0)
        lines << tr("This tree has more processes than one walk reads: the totals count the %1 read, the others are marked "
                    "not read.")
                     .arg(Format::count(m_last.readsCapped))
                     .toHtmlEscaped();
    else if (m_last.truncated)
        lines << tr("The node stopped reading at its limit: some subtrees are missing (their supervisors say so).").toHtmlEscaped();
    const QString link = QStringLiteral("<a href=\"processes\">%1</a>").arg(tr("Show in Processes").toHtmlEscaped());
    const qint64 outside = m_last.appProcesses - m_last.root.totals.processes;
    // With processes left unread the count outside the tree would be wrong: only the link then.
    const bool countKnown = m_last.appProcesses >= 0 && m_last.readsCapped < 0;
    if (countKnown && outside > 0)
        lines << tr("%1 of the %2 processes of %3 are outside its supervision tree.")
                         .arg(Format::count(outside), Format::count(m_last.appProcesses), m_title)
                         .toHtmlEscaped()
                     + QLatin1Char(' ') + link;
    else if (countKnown)
        lines << tr("All %1 processes of %2 are in its supervision tree.").arg(Format::count(m_last.appProcesses), m_title).toHtmlEscaped()
                     + QLatin1Char(' ') + link;
    else
        lines << link;
    m_info->setText(lines.join(QStringLiteral("<br>")));
    m_info->show();
}

QString AppTreeView::infoText() const
{
    return m_info->isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_info->text()).toPlainText();
}

QModelIndex AppTreeView::pagedSupervisor() const
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return {};
    if (isPaged(m_model->nodeAt(current)))
        return current;
    const QModelIndex parent = current.parent();
    if (parent.isValid() && isPaged(m_model->nodeAt(parent)))
        return parent;
    return {};
}

void AppTreeView::updatePaging()
{
    const QModelIndex at = pagedSupervisor();
    const SupNode *n = at.isValid() ? m_model->nodeAt(at) : nullptr;
    if (!n) {
        m_paging->hide();
        return;
    }
    const int from = n->childrenOffset + 1;
    const int to = n->childrenOffset + int(n->children.size());
    m_pagingLabel->setText(tr("Children %1–%2 of %3 under %4")
                               .arg(Format::count(from), Format::count(to), Format::count(n->childrenTotal),
                                    at.data(Qt::DisplayRole).toString()));
    m_previous->setEnabled(n->childrenOffset > 0);
    m_next->setEnabled(to < n->childrenTotal);
    m_paging->show();
}

QString AppTreeView::pagingText() const
{
    return m_paging->isHidden() ? QString() : m_pagingLabel->text();
}

bool AppTreeView::isPagingShown() const
{
    return !m_paging->isHidden();
}

void AppTreeView::pageBy(int direction)
{
    const QModelIndex at = pagedSupervisor();
    const SupNode *n = at.isValid() ? m_model->nodeAt(at) : nullptr;
    if (!n)
        return;
    const int limit = query().pageLimit;
    int offset = n->childrenOffset + direction * limit;
    offset = qBound(0, offset, qMax(0, n->childrenTotal - 1));
    if (offset == n->childrenOffset)
        return;
    if (offset == 0)
        m_offsets.remove(n->pidText);
    else
        m_offsets.insert(n->pidText, offset);
    m_pagingLabel->setText(tr("Reading children %1–%2…").arg(Format::count(offset + 1),
                                                            Format::count(qMin(offset + limit, n->childrenTotal))));
    emit queryChanged();
}

bool AppTreeView::findNext()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_hasTree) {
        m_searchStatus->clear();
        return false;
    }
    const QModelIndexList hits = m_model->search(text);
    if (hits.isEmpty()) {
        m_lastSearch.clear();
        m_searchStatus->setText(tr("No match"));
        return false;
    }
    // A new text starts from the first match; the same one steps on from the current row.
    int next = 0;
    if (text == m_lastSearch) {
        const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
        for (int i = 0; i < hits.size(); ++i) {
            if (hits[i].siblingAtColumn(0) == current) {
                next = (i + 1) % int(hits.size());
                break;
            }
        }
    }
    m_lastSearch = text;
    const QModelIndex hit = hits[next].siblingAtColumn(0);
    for (QModelIndex p = hit.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->selectionModel()->setCurrentIndex(hit, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(hit);
    m_searchStatus->setText(tr("%1 of %2").arg(Format::count(next + 1), Format::count(hits.size())));
    return true;
}

QString AppTreeView::searchStatus() const
{
    return m_searchStatus->text();
}

void AppTreeView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

const SupNode *AppTreeView::currentNode() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? m_model->nodeAt(current.siblingAtColumn(0)) : nullptr;
}

QString AppTreeView::copyText() const
{
    if (!m_hasTree)
        return stateText();
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    // Rows as they are shown: the children of expanded rows, indented by depth.
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            QStringList cells;
            for (int c = 0; c < m_model->columnCount(parent); ++c)
                cells << ItemTableView::exactText(m_model->index(r, c, parent));
            cells[0] = QString(depth * 2, QLatin1Char(' ')) + cells[0];
            lines << cells.join(QLatin1Char('\t'));
            const QModelIndex row = m_model->index(r, 0, parent);
            if (m_tree->isExpanded(row))
                walk(row, depth + 1);
        }
    };
    walk({}, 0);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace beamtop
