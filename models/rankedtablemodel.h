// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnspec.h"

#include "rank/rankedquery.h"
#include "rowtablemodel.h"
#include "term/termformatter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <functional>
#include <limits>
#include <utility>

namespace beamtop {

// Base of the tables of a ranking the node keeps (processes today; ports, sockets and ETS
// tables next). The node ranks and sorts; the model shows the ranking's total as its row count
// but holds only the rows of the latest page (the viewport and a margin, at most
// RankedQuery::MaxRows), so a million entities cost a million empty rows in the view and a few
// hundred real ones here. Rows not fetched yet answer "…".
//
// Rows are positions in the ranking. A refresh of the same ranking emits dataChanged for the
// positions whose contents changed and inserts/removes rows at the end when the total moves;
// only a new ranking resets, so selection and scroll survive refreshes. The entity of a row is
// under KeyRole, never its position: the view re-finds its selection by key after every page.
// A page is shown as it comes, at its offset: its collector has put it in order of the values
// shown (orderByShown, rank/rankedrows.h). An entity that is gone answers GoneRole (the view
// greys it) until the node leaves it out.
//
// This half is not a template so that moc can give it the signals and the difference is
// compiled once; RankedTableModel<Page> below adds the typed rows.
class RankedTableModelBase : public QAbstractTableModel, protected ColumnSpec
{
    Q_OBJECT
public:
    // RowTableModel's raw value and key roles, so delegates, proxies and exports read every
    // table the same way; after its last role come the roles only rankings have.
    enum Role {
        RawValueRole = RowTableModel::RawValueRole, // number, or text for term columns: sorting, copy, export
        KeyRole = RowTableModel::KeyRole,           // the entity (what drill-down and actions take)
        // After RowTableModel's last role; a role added there must skip these.
        LoadedRole = RowTableModel::ChartPartRole + 1, // false for a row not fetched yet (placeholder)
        RankRole,                                      // 0-based position in the ranking
        GoneRole,      // the entity no longer exists: shown greyed with its last values until it leaves
        KeyTextRole,   // the entity as text, unique within a ranking (<0.123.0>, #Port<0.5>)
        FirstKindRole, // a kind's own roles start here
    };
    Q_ENUM(Role)

    struct Cell
    {
        QString text; // for people
        QString tip;  // the tooltip; empty: none
        QVariant raw; // under RawValueRole

        bool operator==(const Cell &o) const { return text == o.text && raw == o.raw && tip == o.tip; }
        bool operator!=(const Cell &o) const { return !(*this == o); }
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The rows held: [firstLoaded, firstLoaded + loadedCount).
    int firstLoaded() const { return m_offset; }
    int loadedCount() const { return int(m_held.size()); }
    bool isLoaded(int row) const { return row >= m_offset && row < m_offset + m_held.size(); }
    // The position of the entity with this key among the rows held, or -1.
    int rowOfKey(const QString &key) const;
    // Whether the node can rank by this column: a header click there asks it for a new ranking.
    virtual bool ranksBy(int column) const = 0;

signals:
    // After each applied page (also when nothing changed): the view restores its selection.
    void pageApplied();

protected:
    // A row as shown. The key is the entity's text, unique within a ranking: lookups and the
    // difference go by it; the entity itself is what KeyRole answers.
    struct Held
    {
        QString key;
        QVariant entity;
        QVector<Cell> cells; // one per column
        bool gone = false;   // GoneRole
    };

    RankedTableModelBase(int columns, QObject *parent);

    // Columns: ColumnSpec (header text, tooltip, alignment); which columns are metrics every
    // ranked kind says itself.
    bool isMetricColumn(int column) const override = 0;

    void assertGuiThread() const;
    // Adds a line to every cell's tooltip (what a gone entity's figures are).
    static void noteOnEveryCell(QVector<Cell> &cells, const QString &note);
    // The index of a key among the held rows (not its position in the ranking), or -1.
    int heldIndex(const QString &key) const;
    // Makes the model `total` rows with `fresh` held at `offset` (both within the total),
    // emitting inserts/removes at the end and dataChanged for what changed. commit() runs
    // when the held rows switch, before any dataChanged, so a subclass's typed rows switch
    // with them and never disagree with the cells a view reads.
    void applyHeld(int total, int offset, QVector<Held> fresh, const std::function<void()> &commit);
    // The same rows shown anew (formatting changed): one dataChanged over them.
    void replaceHeld(QVector<Held> held);
    // No rows at all; call inside a model reset.
    void forgetHeld();

private:
    int m_columns;
    int m_total = 0;
    int m_offset = 0;
    QVector<Held> m_held;
    QHash<QString, int> m_indexOfKey; // key -> index into m_held
};

// The typed half: Page is a RankedPage<Query, Row> (query, rows, pinned, status). A subclass
// says how a row becomes a key, an entity and cells; this keeps the rows behind the cells, the
// pinned rows and the latest page's status.
template <typename Page>
class RankedTableModel : public RankedTableModelBase
{
public:
    using Query = decltype(Page::query);
    using Row = typename decltype(Page::rows)::value_type;

    // The ranking shown (Query::sameRanking decides what is the same ranking).
    const Query &ranking() const { return m_ranking; }
    // From the latest page, without its rows.
    const Page &lastPage() const { return m_page; }

    // Applies a page by difference. Pages of another ranking are ignored (returns false).
    bool applyPage(const Page &page)
    {
        assertGuiThread();
        if (!page.query.sameRanking(m_ranking))
            return false;
        m_page = page;
        m_page.rows.clear();
        m_page.pinned.clear();
        m_pinned.clear();
        for (const Row &r : page.pinned)
            m_pinned.insert(keyOf(r), r);

        const int total = int(qBound(qint64(0), qint64(page.total), qint64(std::numeric_limits<int>::max())));
        const int offset = qBound(0, page.query.offset, total);
        const int count = qMin(int(page.rows.size()), qMax(0, total - offset));
        QVector<Held> fresh;
        fresh.reserve(count);
        for (int i = 0; i < count; ++i)
            fresh.append(hold(page.rows.at(i)));
        applyHeld(total, offset, std::move(fresh), [&] { m_rows = page.rows.mid(0, count); });
        emit pageApplied();
        return true;
    }

    // No rows and no pinned rows; the ranking stays.
    void clear()
    {
        assertGuiThread();
        if (rowCount() == 0 && loadedCount() == 0)
            return;
        beginResetModel();
        forgetHeld();
        m_rows.clear();
        m_pinned.clear();
        m_page = {};
        endResetModel();
        emit pageApplied();
    }

    const Row *rowAt(int row) const { return isLoaded(row) ? &m_rows.at(row - firstLoaded()) : nullptr; }
    // The freshest row known for a key: from the page, else from the pinned rows.
    const Row *rowForKey(const QString &key) const
    {
        const int i = heldIndex(key);
        if (i >= 0)
            return &m_rows.at(i);
        const auto p = m_pinned.constFind(key);
        return p == m_pinned.constEnd() ? nullptr : &*p;
    }

    // Terms are re-formatted (Erlang or Elixir syntax); every loaded row changes.
    void setFormatter(const TermFormatter &formatter)
    {
        assertGuiThread();
        if (formatter.options().syntax == m_formatter.options().syntax
            && formatter.options().localNode == m_formatter.options().localNode)
            return;
        m_formatter = formatter;
        representRows();
    }
    const TermFormatter &formatter() const { return m_formatter; }

protected:
    // ranking: the one shown before any setting (a kind's RankedQuery names its kind).
    RankedTableModel(int columns, QObject *parent, const Query &ranking = Query())
        : RankedTableModelBase(columns, parent), m_ranking(ranking)
    {
    }

    virtual QString keyOf(const Row &row) const = 0;
    virtual QVariant entityOf(const Row &row) const = 0;
    // Whether the row's entity is gone (GoneRole).
    virtual bool isGone(const Row &) const { return false; }
    // One cell per column.
    virtual QVector<Cell> present(const Row &row) const = 0;

    // A different ranking resets the model (no rows until its first page) and returns true;
    // the same one changes nothing. Pinned rows stay: they are the user's, not the ranking's.
    bool resetRanking(const Query &ranking)
    {
        assertGuiThread();
        if (ranking.sameRanking(m_ranking))
            return false;
        beginResetModel();
        m_ranking = ranking;
        forgetHeld();
        m_rows.clear();
        m_page = {};
        endResetModel();
        return true;
    }
    // The same, and the header of sortColumn (which names the ranked metric) changes with
    // the metric.
    void resetRanking(const Query &ranking, int sortColumn)
    {
        const bool headerChanged = ranking.sort != m_ranking.sort;
        if (resetRanking(ranking) && headerChanged)
            emit headerDataChanged(Qt::Horizontal, sortColumn, sortColumn);
    }

    // Presents the held rows again after something present() reads changed (the formatter).
    void representRows()
    {
        QVector<Held> held;
        held.reserve(m_rows.size());
        for (const Row &r : std::as_const(m_rows))
            held.append(hold(r));
        replaceHeld(std::move(held));
    }

private:
    Held hold(const Row &row) const { return {keyOf(row), entityOf(row), present(row), isGone(row)}; }

    Query m_ranking;
    TermFormatter m_formatter;
    Page m_page;                 // without rows: the ranking's status
    QVector<Row> m_rows;         // behind the held cells, index for index
    QHash<QString, Row> m_pinned; // key -> pinned row
};

} // namespace beamtop
