// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuitable.h"

#include "rankedtablemodel.h"
#include "rowtablemodel.h"

#include <QAbstractItemModel>

namespace beamtop::tui {

namespace {
constexpr int Gap = 1;        // cells between columns
constexpr int MaxColumn = 48; // a column's natural width is capped so one long name leaves room

QVariant keyAt(const QAbstractItemModel *m, int row)
{
    if (!m || row < 0 || row >= m->rowCount())
        return {};
    const QModelIndex first = m->index(row, 0);
    // A ranking's entity as text (none for a row not fetched yet: nothing to follow there).
    if (qobject_cast<const RankedTableModelBase *>(m)) {
        const QString text = m->data(first, RankedTableModelBase::KeyTextRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    const QVariant key = m->data(first, RowTableModel::KeyRole);
    if (key.isValid() && key.canConvert<QString>() && !key.toString().isEmpty())
        return key.toString();
    return m->data(first, Qt::DisplayRole).toString();
}
} // namespace

void TuiTable::setModel(QAbstractItemModel *model)
{
    m_model = model;
    m_current = 0;
    m_first = 0;
    m_currentKey = {};
}

void TuiTable::setCurrentRow(int row)
{
    if (!m_model)
        return;
    const int rows = m_model->rowCount();
    m_current = rows > 0 ? qBound(0, row, rows - 1) : 0;
    m_currentKey = keyAt(m_model, m_current);
    if (m_visible > 0) {
        if (m_current < m_first)
            m_first = m_current;
        else if (m_current >= m_first + m_visible)
            m_first = m_current - m_visible + 1;
    }
}

void TuiTable::render(Terminal &t, const QRect &area)
{
    m_area = area;
    m_visible = qMax(0, area.height() - 1);
    if (!m_model || area.width() <= 0 || area.height() <= 0)
        return;
    const int rows = m_model->rowCount();

    // The selection follows its entity: look for its key where the rows are (a ranked model
    // holds only a page; the others are searched whole up to a bound).
    if (m_currentKey.isValid() && keyAt(m_model, m_current) != m_currentKey) {
        int found = -1;
        if (auto *ranked = qobject_cast<RankedTableModelBase *>(m_model)) {
            found = ranked->rowOfKey(m_currentKey.toString());
        } else {
            for (int r = 0; r < qMin(rows, 100000); ++r)
                if (keyAt(m_model, r) == m_currentKey) {
                    found = r;
                    break;
                }
        }
        if (found >= 0)
            m_current = found;
    }
    // Not found: the entity left, and the selection stays at its row, on what is there now
    // (a row not fetched yet keeps the key it is waiting for).
    m_current = rows > 0 ? qBound(0, m_current, rows - 1) : 0;
    if (const QVariant here = keyAt(m_model, m_current); here.isValid())
        m_currentKey = here;
    // Keep the selection in view, and no empty space below the last row.
    if (m_current < m_first)
        m_first = m_current;
    else if (m_visible > 0 && m_current >= m_first + m_visible)
        m_first = m_current - m_visible + 1;
    m_first = qBound(0, m_first, qMax(0, rows - m_visible));

    QVector<int> columns = m_columns;
    if (columns.isEmpty())
        for (int c = 0; c < m_model->columnCount(); ++c)
            columns << c;

    // Natural widths: the header and the rows on screen.
    const int last = qMin(rows, m_first + m_visible);
    QVector<int> widths;
    for (const int c : std::as_const(columns)) {
        int w = Terminal::width(m_model->headerData(c, Qt::Horizontal).toString()) + (c == m_sortColumn ? 2 : 0);
        int cells = 0;
        for (int r = m_first; r < last; ++r)
            cells = qMax(cells, Terminal::width(m_model->data(m_model->index(r, c)).toString()));
        widths << qMax(w, qMin(cells, MaxColumn));
    }
    // Columns that fit, from the left; the first always, cut to the area.
    QVector<int> shown;
    int used = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const int need = widths.at(i) + (shown.isEmpty() ? 0 : Gap);
        if (!shown.isEmpty() && used + need > area.width())
            break;
        shown << i;
        used += need;
    }
    if (!shown.isEmpty() && used > area.width())
        widths[shown.first()] = qMax(1, widths.at(shown.first()) - (used - area.width()));
    // Room left goes to the widest left-aligned column (a name, most likely cut), so the table
    // fills the width.
    else if (!shown.isEmpty() && used < area.width()) {
        int widest = -1;
        for (const int i : std::as_const(shown)) {
            const QVariant a = m_model->headerData(columns.at(i), Qt::Horizontal, Qt::TextAlignmentRole);
            if (!(Qt::Alignment(a.toInt()) & Qt::AlignRight) && (widest < 0 || widths.at(i) > widths.at(widest)))
                widest = i;
        }
        if (widest >= 0)
            widths[widest] += area.width() - used;
    }

    auto draw = [&](int x, int y, int w, const QString &s, bool right, Role role) {
        const QString cut = t.elide(s, w);
        const int sw = Terminal::width(cut);
        t.text(right ? x + w - sw : x, y, cut, role, w);
    };

    int x = area.left();
    for (const int i : std::as_const(shown)) {
        const int c = columns.at(i);
        QString head = m_model->headerData(c, Qt::Horizontal).toString();
        const bool right = Qt::Alignment(m_model->headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).toInt()) & Qt::AlignRight;
        if (c == m_sortColumn)
            head = right ? QStringLiteral("▼ ") + head : head + QStringLiteral(" ▼");
        t.fill(x, area.top(), widths.at(i) + Gap, 1, Role::Header);
        draw(x, area.top(), widths.at(i), head, right, c == m_sortColumn ? Role::Accent : Role::Header);
        x += widths.at(i) + Gap;
    }
    if (x < area.right() + 1)
        t.fill(x, area.top(), area.right() + 1 - x, 1, Role::Header);

    for (int r = m_first; r < last; ++r) {
        const int y = area.top() + 1 + (r - m_first);
        const bool selected = r == m_current;
        const QModelIndex first = m_model->index(r, 0);
        const bool placeholder = m_model->data(first, RankedTableModelBase::LoadedRole).isValid()
            && !m_model->data(first, RankedTableModelBase::LoadedRole).toBool();
        const bool gone = m_model->data(first, RankedTableModelBase::GoneRole).toBool();
        const Role role = selected ? Role::Selected : (placeholder || gone) ? Role::Dim : Role::Normal;
        if (selected)
            t.fill(area.left(), y, area.width(), 1, Role::Selected);
        x = area.left();
        for (const int i : std::as_const(shown)) {
            const QModelIndex idx = m_model->index(r, columns.at(i));
            const bool right = Qt::Alignment(m_model->data(idx, Qt::TextAlignmentRole).toInt()) & Qt::AlignRight;
            draw(x, y, widths.at(i), m_model->data(idx).toString(), right, role);
            x += widths.at(i) + Gap;
        }
    }
}

bool TuiTable::handleKey(const Key &key)
{
    if (!m_model)
        return false;
    const int rows = m_model->rowCount();
    const int page = qMax(1, m_visible - 1);
    switch (key.type) {
    case Key::Up: setCurrentRow(m_current - 1); return true;
    case Key::Down: setCurrentRow(m_current + 1); return true;
    case Key::PageUp:
        m_first = qMax(0, m_first - page);
        setCurrentRow(m_current - page);
        return true;
    case Key::PageDown:
        m_first = qMax(0, qMin(m_first + page, rows - m_visible));
        setCurrentRow(m_current + page);
        return true;
    case Key::Home: setCurrentRow(0); return true;
    case Key::End: setCurrentRow(rows - 1); return true;
    case Key::Mouse:
        if (!m_area.contains(key.x, key.y))
            return false;
        if (key.button == 4 || key.button == 5) {
            const int step = 3 * (key.button == 4 ? -1 : 1);
            m_first = qBound(0, m_first + step, qMax(0, rows - m_visible));
            // The selection stays on screen, as it does with the keys.
            if (m_current < m_first)
                setCurrentRow(m_first);
            else if (m_current >= m_first + m_visible)
                setCurrentRow(m_first + m_visible - 1);
            return true;
        }
        if (key.button == 1 && key.y > m_area.top()) {
            const int row = m_first + (key.y - m_area.top() - 1);
            if (row < rows)
                setCurrentRow(row);
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace beamtop::tui
