// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationspage.h"

#include "tuiparts.h"
#include "tuiscreen.h"
#include "tuitreerows.h"

#include "appstablemodel.h"
#include "format.h"
#include "rowtablemodel.h"
#include "suptreemodel.h"

#include "collect/appscollector.h"
#include "session/nodesession.h"

#include <algorithm>

namespace beamtop::tui {

namespace {
// The applications with the open one's tree under it, as one list: the columns both share
// (the totals), then the process, the kind, the status and the version.
class AppRows : public RowTableModel
{
public:
    enum Column { Name, Processes, Memory, ReductionsPerSec, MessageQueue, Pid, Type, Status, Version, ColumnCount };

    AppRows(AppsTableModel *apps, SupTreeModel *tree, QObject *parent)
        : RowTableModel(ColumnCount, parent), m_apps(apps), m_tree(tree)
    {
    }
    void setRows(QVector<Row> rows) { applyRows(std::move(rows)); }

protected:
    QString headerText(int column) const override
    {
        switch (column) {
        case Name: return ApplicationsPage::tr("Application / process");
        case Processes: return m_apps->headerData(AppsTableModel::Processes, Qt::Horizontal).toString();
        case Memory: return m_apps->headerData(AppsTableModel::Memory, Qt::Horizontal).toString();
        case ReductionsPerSec: return m_apps->headerData(AppsTableModel::ReductionsPerSec, Qt::Horizontal).toString();
        case MessageQueue: return m_apps->headerData(AppsTableModel::MessageQueue, Qt::Horizontal).toString();
        case Pid: return m_tree->headerData(SupTreeModel::Pid, Qt::Horizontal).toString();
        case Type: return m_tree->headerData(SupTreeModel::Type, Qt::Horizontal).toString();
        case Status: return m_apps->headerData(AppsTableModel::Status, Qt::Horizontal).toString();
        case Version: return m_apps->headerData(AppsTableModel::Version, Qt::Horizontal).toString();
        default: return {};
        }
    }
    bool isMetricColumn(int column) const override { return column >= Processes && column <= MessageQueue; }

private:
    AppsTableModel *m_apps;
    SupTreeModel *m_tree;
};

// The tree's columns as AppRows has them.
const QVector<int> &treeColumns()
{
    static const QVector<int> columns{SupTreeModel::Name,         SupTreeModel::Processes, SupTreeModel::Memory,
                                      SupTreeModel::ReductionsPerSec, SupTreeModel::MessageQueue, SupTreeModel::Pid,
                                      SupTreeModel::Type,         SupTreeModel::Status,    -1};
    return columns;
}

// The applications' column a sort orders by; -1: by name.
int appsColumnFor(AppTreeQuery::Sort sort)
{
    switch (sort) {
    case AppTreeQuery::Sort::Processes: return AppsTableModel::Processes;
    case AppTreeQuery::Sort::Memory: return AppsTableModel::Memory;
    case AppTreeQuery::Sort::Reductions: return AppsTableModel::ReductionsPerSec;
    case AppTreeQuery::Sort::MessageQueue: return AppsTableModel::MessageQueue;
    case AppTreeQuery::Sort::Start: break;
    }
    return -1;
}

int rowsColumnFor(AppTreeQuery::Sort sort)
{
    switch (sort) {
    case AppTreeQuery::Sort::Processes: return AppRows::Processes;
    case AppTreeQuery::Sort::Memory: return AppRows::Memory;
    case AppTreeQuery::Sort::Reductions: return AppRows::ReductionsPerSec;
    case AppTreeQuery::Sort::MessageQueue: return AppRows::MessageQueue;
    case AppTreeQuery::Sort::Start: break;
    }
    return -1;
}

RowTableModel::Cell cellOf(const QModelIndex &i)
{
    RowTableModel::Cell c;
    c.text = i.data(Qt::DisplayRole).toString();
    c.raw = i.data(RowTableModel::RawValueRole);
    const QString tip = i.data(Qt::ToolTipRole).toString();
    c.exact = tip == c.text ? QString() : tip;
    return c;
}
} // namespace

ApplicationsPage::ApplicationsPage(TuiScreen *screen)
    : TuiPage(screen), m_apps(new AppsTableModel(this)), m_tree(new SupTreeModel(this)),
      m_rows(new AppRows(m_apps, m_tree, this))
{
    setFeeds({int(NodeSession::Feed::Applications), int(NodeSession::Feed::AppTree)});
    m_table.setModel(m_rows);
    m_table.setSortColumn(rowsColumnFor(m_sort));
}

RowTableModel *ApplicationsPage::rows() const
{
    return m_rows;
}

void ApplicationsPage::clear()
{
    m_apps->clear();
    m_tree->clear();
    m_open.clear();
    m_expanded.clear();
    m_offsets.clear();
    m_error.clear();
    m_treeError.clear();
    rebuild();
}

void ApplicationsPage::setSession(NodeSession *s)
{
    if (NodeSession *old = session()) {
        disconnect(old, nullptr, this, nullptr);
        disconnect(old->applications(), nullptr, this, nullptr);
        disconnect(old->appTree(), nullptr, this, nullptr);
    }
    TuiPage::setSession(s);
    const QString node = s ? s->nodeName() : QString();
    if (!s || node != m_shownNode)
        clear(); // another node's applications must not stay
    m_shownNode = node;
    if (s) {
        m_apps->setFormatter(s->formatter());
        m_tree->setFormatter(s->formatter());
        connect(s->applications(), &AppsCollector::sampleReady, this, &ApplicationsPage::onApps);
        connect(s->applications(), &AppsCollector::failed, this, [this](const QString &error) {
            m_error = error;
            emit changed();
        });
        connect(s->appTree(), &AppTreeCollector::treeReady, this, &ApplicationsPage::onTree);
        connect(s->appTree(), &AppTreeCollector::failed, this, [this](const QString &error) {
            m_treeError = error;
            rebuild();
        });
        connect(s, &NodeSession::formatterChanged, this, [this] {
            m_apps->setFormatter(session()->formatter());
            m_tree->setFormatter(session()->formatter());
            rebuild();
        });
        connect(s, &NodeSession::stateChanged, this, [this] { emit changed(); });
        if (s->applications()->hasSample())
            onApps(s->applications()->last());
        updateTreeQuery();
    }
    emit changed();
}

void ApplicationsPage::onApps(const AppsSample &sample)
{
    m_error.clear();
    m_apps->setSample(sample);
    rebuild();
}

void ApplicationsPage::onTree(const AppTree &tree)
{
    if (tree.app != m_open)
        return; // a walk asked for before another application was opened
    m_treeError.clear();
    m_tree->setTree(tree);
    if (m_openTop && tree.found) {
        // The top supervisor opens with its application: its children are what people look for.
        m_openTop = false;
        const QModelIndex top = m_tree->index(0, 0);
        if (top.isValid() && m_tree->rowCount(top) > 0) {
            const QString topKey = m_tree->index(0, 0, top).data(RowTableModel::KeyRole).toString();
            m_expanded.insert(m_open + TuiTreeRows::PathSeparator + topKey);
        }
    }
    rebuild();
}

void ApplicationsPage::updateTreeQuery()
{
    NodeSession *s = session();
    if (!s)
        return;
    AppTreeQuery q = s->appTree()->query();
    q.app = m_open;
    q.sort = m_sort;
    q.offsets = m_offsets;
    s->appTree()->setQuery(q); // a changed query is walked at once
}

void ApplicationsPage::openTree(const QString &app)
{
    if (app == m_open)
        return;
    m_open = app;
    m_expanded.clear();
    m_offsets.clear();
    m_treeError.clear();
    m_openTop = !app.isEmpty();
    m_tree->clear();
    updateTreeQuery();
    rebuild();
}

void ApplicationsPage::setSort(AppTreeQuery::Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    m_offsets.clear(); // the first page of the new order: its heaviest children
    m_table.setSortColumn(rowsColumnFor(sort));
    updateTreeQuery();
    rebuild();
}

void ApplicationsPage::rebuild()
{
    // The applications in the order asked for (the node's totals, biggest first; unknown
    // ones last), "(no application)" last whatever the order.
    QVector<int> order;
    const int n = m_apps->rowCount();
    for (int r = 0; r < n; ++r)
        if (m_apps->index(r, 0).data(RowTableModel::KeyRole).toString() != AppsTableModel::outsideKey())
            order << r;
    const int sortColumn = appsColumnFor(m_sort);
    if (sortColumn >= 0) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return m_apps->index(a, sortColumn).data(RowTableModel::RawValueRole).toDouble()
                > m_apps->index(b, sortColumn).data(RowTableModel::RawValueRole).toDouble();
        });
    }
    for (int r = 0; r < n; ++r)
        if (m_apps->index(r, 0).data(RowTableModel::KeyRole).toString() == AppsTableModel::outsideKey())
            order << r;

    QVector<RowTableModel::Row> rows;
    rows.reserve(n);
    for (const int r : std::as_const(order)) {
        const QString key = m_apps->index(r, 0).data(RowTableModel::KeyRole).toString();
        const AppRow *app = m_apps->app(key);
        const bool canOpen = app && app->status == AppRow::Status::Running;
        const bool open = canOpen && key == m_open;
        RowTableModel::Row row;
        row.key = key;
        row.cells.resize(AppRows::ColumnCount);
        const QVector<QPair<int, int>> map{{AppRows::Name, AppsTableModel::Name},
                                           {AppRows::Processes, AppsTableModel::Processes},
                                           {AppRows::Memory, AppsTableModel::Memory},
                                           {AppRows::ReductionsPerSec, AppsTableModel::ReductionsPerSec},
                                           {AppRows::MessageQueue, AppsTableModel::MessageQueue},
                                           {AppRows::Status, AppsTableModel::Status},
                                           {AppRows::Version, AppsTableModel::Version}};
        for (const auto &[to, from] : map)
            row.cells[to] = cellOf(m_apps->index(r, from));
        QString mark = QStringLiteral("  ");
        if (canOpen)
            mark = m_ascii ? (open ? QStringLiteral("- ") : QStringLiteral("+ "))
                           : (open ? QStringLiteral("▾ ") : QStringLiteral("▸ "));
        row.cells[AppRows::Name].text = mark + row.cells[AppRows::Name].text;
        rows.append(row);
        if (!open)
            continue;
        const QModelIndex top = m_tree->index(0, 0);
        if (m_tree->tree().app == key && m_tree->tree().found && top.isValid()) {
            const int from = int(rows.size());
            TuiTreeRows::appendRows(m_tree, top, key, 1, m_expanded, m_ascii, treeColumns(), &rows);
            // A large supervisor's note says which page is listed, and how to turn it.
            const QString more = TuiTreeRows::PathSeparator + QStringLiteral("$more");
            for (int i = from; i < rows.size(); ++i) {
                RowTableModel::Row &r = rows[i];
                if (!r.key.endsWith(more))
                    continue;
                const QString parent = TuiTreeRows::parentPath(r.key);
                const QModelIndex at = TuiTreeRows::indexAtPath(m_tree, {}, parent.split(TuiTreeRows::PathSeparator));
                const SupNode *n = at.isValid() ? m_tree->nodeAt(at) : nullptr;
                if (!n || n->children.isEmpty())
                    continue;
                const int depth = int(parent.count(TuiTreeRows::PathSeparator)) + 1;
                r.cells[AppRows::Name].text = QString(2 * depth + 2, QLatin1Char(' '))
                    + tr("children %1–%2 of %3 (< > page)")
                          .arg(Format::count(n->childrenOffset + 1),
                               Format::count(n->childrenOffset + qint64(n->children.size())), Format::count(n->childrenTotal));
            }
        } else {
            // One row saying why the tree is not there (yet).
            RowTableModel::Row note;
            note.key = key + TuiTreeRows::PathSeparator + QStringLiteral("$note");
            note.cells.resize(AppRows::ColumnCount);
            QString text;
            if (!m_treeError.isEmpty())
                text = tr("the supervision tree could not be read: %1").arg(m_treeError);
            else if (m_tree->tree().app == key && !m_tree->tree().found)
                text = m_tree->tree().error.isEmpty() ? tr("not running") : m_tree->tree().error;
            else if (session() && !session()->appTree()->isAvailable())
                text = tr("supervision trees need the agent");
            else
                text = tr("reading the supervision tree…");
            note.cells[AppRows::Name].text = QStringLiteral("    ") + text;
            note.level = m_treeError.isEmpty() ? RowTableModel::Level::Normal : RowTableModel::Level::Warning;
            rows.append(note);
        }
    }
    static_cast<AppRows *>(m_rows)->setRows(std::move(rows));
    emit changed();
}

void ApplicationsPage::render(Terminal &t, const QRect &area)
{
    if (t.ascii() != m_ascii) {
        m_ascii = t.ascii();
        rebuild(); // the expand marks
    }
    QStringList parts;
    NodeSession *s = session();
    const AppsSample &sample = m_apps->sample();
    if (m_apps->rowCount() > 0) { // also while the link is down: the rows shown stay
        int running = 0;
        for (const AppRow &a : sample.apps)
            running += a.status == AppRow::Status::Running ? 1 : 0;
        parts << tr("%1 of %2 applications running").arg(running).arg(sample.apps.size());
        if (sample.partial && sample.sweepTotal > 0)
            parts << tr("counting processes: %1").arg(Format::percent(double(sample.sweepDone) / double(sample.sweepTotal), 0));
        else if (sample.agedMs >= 0)
            parts << tr("totals %1 old").arg(Format::duration(sample.agedMs));
        if (!sample.infoOk)
            parts << tr("the application controller did not answer: %1").arg(sample.infoError);
    }
    if (!m_open.isEmpty() && m_tree->tree().app == m_open && m_tree->tree().found) {
        const AppTree &tree = m_tree->tree();
        QString walk = tr("tree walked in %1").arg(Format::duration(qMax<qint64>(1, tree.walkUs / 1000)));
        if (tree.truncated)
            walk += QStringLiteral(", ") + tr("cut at the walk's caps");
        parts << walk;
    }
    if (!m_error.isEmpty() && m_rows->rowCount() > 0) // without rows the page says it
        parts << tr("last read failed: %1").arg(m_error);
    TuiParts::titleLine(t, area.left(), area.top(), area.width(), tr("Applications"), parts);
    const QRect body(area.left(), area.top() + 1, area.width(), area.height() - 1);
    if (m_rows->rowCount() == 0) {
        QString text;
        if (s && s->isLive() && !s->applications()->isAvailable())
            text = tr("The applications need the agent, which is not loaded on %1.").arg(m_shownNode);
        else if (!m_error.isEmpty())
            text = tr("The applications could not be read: %1").arg(m_error);
        else
            text = TuiParts::waitingText(s, tr("Reading the applications…"));
        TuiParts::paragraph(t, body, text);
        return;
    }
    m_table.render(t, body);
}

bool ApplicationsPage::openProcessAt(int row)
{
    if (row < 0 || row >= m_rows->rowCount())
        return false;
    const QString path = m_rows->index(row, 0).data(RowTableModel::KeyRole).toString();
    if (!path.contains(TuiTreeRows::PathSeparator))
        return false; // an application
    const QModelIndex at = TuiTreeRows::indexAtPath(m_tree, {}, path.split(TuiTreeRows::PathSeparator));
    const SupNode *n = at.isValid() ? m_tree->nodeAt(at) : nullptr;
    if (!n || !session())
        return false;
    const QString label = n->label(session()->formatter());
    const QString description = label.isEmpty() || label == n->pidText ? n->pidText : label + QLatin1Char(' ') + n->pidText;
    return TuiParts::openProcess(screen(), session(), n->pid, description);
}

void ApplicationsPage::pageBy(int direction)
{
    const int row = m_table.currentRow();
    if (m_open.isEmpty() || row < 0 || row >= m_rows->rowCount())
        return;
    QString path = m_rows->index(row, 0).data(RowTableModel::KeyRole).toString();
    const SupNode *n = nullptr;
    // The row's own children when it has pages, else its supervisor's.
    for (int up = 0; up < 2 && !path.isEmpty() && !n; ++up, path = TuiTreeRows::parentPath(path)) {
        const QModelIndex at = TuiTreeRows::indexAtPath(m_tree, {}, path.split(TuiTreeRows::PathSeparator));
        const SupNode *candidate = at.isValid() ? m_tree->nodeAt(at) : nullptr;
        if (candidate && candidate->childrenTotal > candidate->children.size() && !candidate->pidText.isEmpty())
            n = candidate;
    }
    if (!n) {
        screen()->notice(tr("Select a supervisor with more children than one page (or one of them)."));
        return;
    }
    const int limit = session() ? session()->appTree()->query().pageLimit : AppTreeQuery().pageLimit;
    const int offset = qBound(0, n->childrenOffset + direction * limit, qMax(0, n->childrenTotal - 1));
    if (offset == n->childrenOffset)
        return;
    if (offset == 0)
        m_offsets.remove(n->pidText);
    else
        m_offsets.insert(n->pidText, offset);
    screen()->notice(tr("Reading children %1–%2 of %3…")
                         .arg(Format::count(offset + 1), Format::count(qMin(offset + limit, n->childrenTotal)),
                              Format::count(n->childrenTotal)));
    updateTreeQuery();
}

bool ApplicationsPage::handleKey(const Key &key)
{
    struct SortKey
    {
        char32_t ch;
        AppTreeQuery::Sort sort;
    };
    static const SortKey sorts[] = {{U'P', AppTreeQuery::Sort::Processes},
                                    {U'M', AppTreeQuery::Sort::Memory},
                                    {U'R', AppTreeQuery::Sort::Reductions},
                                    {U'Q', AppTreeQuery::Sort::MessageQueue},
                                    {U'N', AppTreeQuery::Sort::Start}};
    for (const SortKey &s : sorts) {
        if (key.isChar(s.ch)) {
            setSort(s.sort);
            return true;
        }
    }
    if (key.isChar(U'o')) {
        if (!openProcessAt(m_table.currentRow()))
            screen()->notice(tr("Select a process of the tree to see its details."));
        return true;
    }
    if (key.isChar(U'>') || key.isChar(U'<')) {
        pageBy(key.isChar(U'>') ? 1 : -1);
        return true;
    }
    const int row = m_table.currentRow();
    if (row >= 0 && row < m_rows->rowCount()
        && (key.type == Key::Right || key.type == Key::Enter || key.type == Key::Left)) {
        const QString path = m_rows->index(row, 0).data(RowTableModel::KeyRole).toString();
        const bool isApp = !path.contains(TuiTreeRows::PathSeparator);
        if (isApp) {
            const AppRow *app = m_apps->app(path);
            const bool canOpen = app && app->status == AppRow::Status::Running;
            if (key.type == Key::Left || (key.type == Key::Enter && path == m_open))
                openTree(path == m_open ? QString() : m_open);
            else if (canOpen)
                openTree(path);
            return true;
        }
        const QModelIndex at = TuiTreeRows::indexAtPath(m_tree, {}, path.split(TuiTreeRows::PathSeparator));
        const bool canExpand = at.isValid() && m_tree->hasChildren(at);
        const bool expanded = m_expanded.contains(path);
        if (key.type == Key::Left && !expanded) {
            // Up to the parent row (the application, or a supervisor).
            const int parent = m_rows->rowOf(TuiTreeRows::parentPath(path));
            if (parent >= 0)
                m_table.setCurrentRow(parent);
            emit changed();
            return true;
        }
        if (!canExpand && key.type == Key::Enter) {
            openProcessAt(row); // a worker: its details
            return true;
        }
        if (canExpand) {
            if (key.type == Key::Left || (key.type == Key::Enter && expanded)) {
                m_expanded.remove(path);
                const QString below = path + TuiTreeRows::PathSeparator;
                for (auto it = m_expanded.begin(); it != m_expanded.end();)
                    it = it->startsWith(below) ? m_expanded.erase(it) : std::next(it);
            } else {
                m_expanded.insert(path);
            }
            rebuild();
        }
        return true;
    }
    if (m_table.handleKey(key)) {
        emit changed();
        return true;
    }
    return false;
}

QVector<QPair<QString, QString>> ApplicationsPage::keyHelp() const
{
    return {{tr("Enter, Right"), tr("open an application's supervision tree, or a supervisor")},
            {tr("Left"), tr("close it, or go up to its parent")},
            {QStringLiteral("P"), tr("order by processes")},
            {QStringLiteral("M"), tr("order by memory")},
            {QStringLiteral("R"), tr("order by reductions per second")},
            {QStringLiteral("Q"), tr("order by message queue")},
            {QStringLiteral("N"), tr("order by name (the tree in start order)")},
            {QStringLiteral("< >"), tr("previous, next page of a large supervisor's children")},
            {QStringLiteral("o"), tr("the selected process's details (Enter on a worker too)")}};
}

QString ApplicationsPage::hint() const
{
    return tr("Enter/Right open · Left close · P M R Q N order · < > page");
}

} // namespace beamtop::tui
