// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuitreerows.h"

#include "treemodel.h"

namespace beamtop::tui {

namespace {
QString childPath(const QString &parentPath, const QString &key)
{
    return parentPath.isEmpty() ? key : parentPath + TuiTreeRows::PathSeparator + key;
}

Qt::Alignment alignmentOf(const QVariant &v)
{
    return v.isValid() ? v.value<Qt::Alignment>() : Qt::Alignment(Qt::AlignLeft);
}
} // namespace

TuiTreeRows::TuiTreeRows(QAbstractItemModel *source, QObject *parent)
    : RowTableModel(source->columnCount(), parent), m_source(source)
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &TuiTreeRows::rebuild);
    // However the source changes, one rebuild per event-loop turn: a tree's refresh is many
    // signals (one per level that changed).
    connect(source, &QAbstractItemModel::modelReset, this, &TuiTreeRows::schedule);
    connect(source, &QAbstractItemModel::rowsInserted, this, &TuiTreeRows::schedule);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &TuiTreeRows::schedule);
    connect(source, &QAbstractItemModel::rowsMoved, this, &TuiTreeRows::schedule);
    connect(source, &QAbstractItemModel::layoutChanged, this, &TuiTreeRows::schedule);
    connect(source, &QAbstractItemModel::dataChanged, this, &TuiTreeRows::schedule);
    rebuild();
}

void TuiTreeRows::setAscii(bool ascii)
{
    if (ascii == m_ascii)
        return;
    m_ascii = ascii;
    rebuild();
}

void TuiTreeRows::schedule()
{
    m_rebuild.start();
}

void TuiTreeRows::rebuild()
{
    m_rebuild.stop();
    QVector<Row> rows;
    if (m_source) {
        QVector<int> columns;
        for (int c = 0; c < columnCount(); ++c)
            columns << c;
        // Paths of nodes that are gone stay expanded: a node that comes back opens again.
        appendRows(m_source, {}, {}, 0, m_expanded, m_ascii, columns, &rows);
    }
    applyRows(std::move(rows));
    emit rebuilt();
}

QString TuiTreeRows::pathAt(int row) const
{
    return index(row, 0).data(KeyRole).toString();
}

QString TuiTreeRows::parentPath(const QString &path)
{
    const int at = path.lastIndexOf(PathSeparator);
    return at < 0 ? QString() : path.left(at);
}

QModelIndex TuiTreeRows::sourceIndex(int row) const
{
    if (!m_source || row < 0 || row >= rowCount())
        return {};
    return indexAtPath(m_source, {}, pathAt(row).split(PathSeparator));
}

QModelIndex TuiTreeRows::indexAtPath(const QAbstractItemModel *source, const QModelIndex &top, const QStringList &keys)
{
    QModelIndex at = top;
    for (const QString &key : keys) {
        const int n = source->rowCount(at);
        QModelIndex found;
        for (int r = 0; r < n && !found.isValid(); ++r) {
            const QModelIndex child = source->index(r, 0, at);
            if (child.data(KeyRole).toString() == key)
                found = child;
        }
        if (!found.isValid())
            return {};
        at = found;
    }
    return at;
}

bool TuiTreeRows::isExpandable(int row) const
{
    const QModelIndex i = sourceIndex(row);
    return i.isValid() && m_source->hasChildren(i);
}

bool TuiTreeRows::isExpanded(int row) const
{
    return m_expanded.contains(pathAt(row));
}

void TuiTreeRows::setExpanded(const QString &path, bool expanded)
{
    if (path.isEmpty() || m_expanded.contains(path) == expanded)
        return;
    if (expanded) {
        m_expanded.insert(path);
    } else {
        m_expanded.remove(path);
        // What was open below closes with it, as a tree view does not.
        const QString below = path + PathSeparator;
        for (auto it = m_expanded.begin(); it != m_expanded.end();) {
            if (it->startsWith(below))
                it = m_expanded.erase(it);
            else
                ++it;
        }
    }
    rebuild();
}

void TuiTreeRows::appendRows(const QAbstractItemModel *source, const QModelIndex &parent, const QString &parentPath,
                             int depth, const QSet<QString> &expanded, bool ascii, const QVector<int> &columns,
                             QVector<Row> *out)
{
    const int n = source->rowCount(parent);
    for (int r = 0; r < n; ++r) {
        const QModelIndex first = source->index(r, 0, parent);
        const QString path = childPath(parentPath, first.data(KeyRole).toString());
        const bool canExpand = source->hasChildren(first);
        const bool open = canExpand && expanded.contains(path);
        Row row;
        row.key = path;
        row.level = Level(source->data(first, LevelRole).toInt());
        row.cells.reserve(columns.size());
        for (int c = 0; c < columns.size(); ++c) {
            Cell cell;
            const int sc = columns.at(c);
            if (sc >= 0 && sc < source->columnCount(parent)) {
                const QModelIndex i = source->index(r, sc, parent);
                cell.text = i.data(Qt::DisplayRole).toString();
                cell.raw = i.data(RawValueRole);
                const QString tip = i.data(Qt::ToolTipRole).toString();
                cell.exact = tip == cell.text ? QString() : tip;
                const QVariant usage = i.data(UsageRole);
                cell.usage = usage.isValid() ? usage.toDouble() : -1;
            }
            if (c == 0) {
                QString mark;
                if (!canExpand)
                    mark = QStringLiteral("  ");
                else if (ascii)
                    mark = open ? QStringLiteral("- ") : QStringLiteral("+ ");
                else
                    mark = open ? QStringLiteral("▾ ") : QStringLiteral("▸ ");
                cell.text = QString(2 * depth, QLatin1Char(' ')) + mark + cell.text;
            }
            row.cells.append(cell);
        }
        out->append(row);
        if (open)
            appendRows(source, first, path, depth + 1, expanded, ascii, columns, out);
    }
    // A supervisor with more children than a page: say how many are listed.
    const QVariant total = parent.isValid() ? source->data(parent, TreeRowModel::TotalChildrenRole) : QVariant();
    if (total.isValid() && total.toInt() > n && !columns.isEmpty()) {
        Row more;
        more.key = childPath(parentPath, QStringLiteral("$more"));
        more.cells.resize(columns.size());
        more.cells[0].text = QString(2 * depth + 2, QLatin1Char(' '))
            + tr("… %L1 of %L2 listed").arg(n).arg(total.toInt());
        out->append(more);
    }
}

QString TuiTreeRows::headerText(int column) const
{
    return m_source ? m_source->headerData(column, Qt::Horizontal).toString() : QString();
}

QString TuiTreeRows::headerToolTip(int column) const
{
    return m_source ? m_source->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString() : QString();
}

bool TuiTreeRows::isMetricColumn(int column) const
{
    if (!m_source)
        return column > 0;
    return alignmentOf(m_source->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole)) & Qt::AlignRight;
}

} // namespace beamtop::tui
