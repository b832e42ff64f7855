// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablerowsmodel.h"

#include <QCoreApplication>
#include <QThread>

namespace beamtop {

TableRowsModel::TableRowsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TableRowsModel::assertGuiThread() const
{
    Q_ASSERT_X(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread(),
               "TableRowsModel", "models change only in the GUI thread");
}

void TableRowsModel::setKeyPos(int pos)
{
    if (pos < 1 || pos == m_keyPos)
        return;
    m_keyPos = pos;
    if (m_arity > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_arity - 1);
}

QString TableRowsModel::cut(const QString &text, int max)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (flat.size() <= max)
        return flat;
    return flat.left(max - 1) + QStringLiteral("…");
}

int TableRowsModel::commonArity(const QVector<Term> &rows, int current, bool haveRows)
{
    int arity = haveRows ? current : -1;
    for (const Term &r : rows) {
        const int a = r.isTuple() && r.size() > 0 ? r.size() : 0;
        if (arity < 0)
            arity = a;
        else if (a != arity)
            return 0;
    }
    return qMax(0, arity);
}

QStringList TableRowsModel::cellsOf(const Term &row) const
{
    QStringList cells;
    if (m_arity == 0)
        return cells;
    cells.reserve(m_arity);
    for (int i = 0; i < m_arity; ++i)
        cells << cut(m_formatter.format(row.at(i)));
    return cells;
}

void TableRowsModel::clear()
{
    assertGuiThread();
    if (m_rows.isEmpty() && m_arity == 0)
        return;
    beginResetModel();
    m_rows.clear();
    m_texts.clear();
    m_cells.clear();
    m_arity = 0;
    endResetModel();
}

void TableRowsModel::applyPage(const TablePage &page, bool append)
{
    assertGuiThread();
    const bool keep = append && !m_rows.isEmpty();
    const int arity = commonArity(page.rows, m_arity, keep);
    if (!keep || arity != m_arity) {
        // A first page, or rows of another shape: the columns change, so the model resets.
        QVector<Term> rows = keep ? m_rows + page.rows : page.rows;
        QStringList texts = keep ? m_texts + page.texts : page.texts;
        beginResetModel();
        m_arity = arity;
        m_rows = std::move(rows);
        m_texts = std::move(texts);
        m_cells.clear();
        m_cells.reserve(m_rows.size());
        for (const Term &r : std::as_const(m_rows))
            m_cells << cellsOf(r);
        endResetModel();
        return;
    }
    if (page.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows += page.rows;
    m_texts += page.texts;
    for (const Term &r : page.rows)
        m_cells << cellsOf(r);
    endInsertRows();
}

QString TableRowsModel::rowText(int row) const
{
    return row >= 0 && row < m_texts.size() ? m_texts.at(row) : QString();
}

Term TableRowsModel::rowTerm(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Term();
}

int TableRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : qMax(1, m_arity);
}

QVariant TableRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_arity > 0 ? m_cells.at(r).value(c) : cut(m_texts.value(r));
    case Qt::ToolTipRole:
        return m_texts.value(r);
    case RawValueRole:
        return QVariant::fromValue(m_arity > 0 ? m_rows.at(r).at(c) : m_rows.at(r));
    case RowTextRole:
        return m_texts.value(r);
    case KeyRole:
        return m_arity >= m_keyPos ? m_cells.at(r).value(m_keyPos - 1) : QString();
    default:
        break;
    }
    return {};
}

QVariant TableRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1; // the row's place in what was read
        return {};
    }
    if (m_arity == 0) {
        if (role == Qt::DisplayRole)
            return tr("Row");
        if (role == Qt::ToolTipRole)
            return tr("The whole row: the rows read are not all tuples of one size");
        return {};
    }
    const bool key = section + 1 == m_keyPos;
    switch (role) {
    case Qt::DisplayRole:
        return key ? tr("%1 · key").arg(section + 1) : QString::number(section + 1);
    case Qt::ToolTipRole:
        return key ? tr("Element %1 of each row: the key").arg(section + 1) : tr("Element %1 of each row").arg(section + 1);
    default:
        return {};
    }
}

} // namespace beamtop
