// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/etsranking.h"
#include "rankedtablemodel.h"

namespace beamtop {

// The ETS table ranking as a table: RankedTableModel's rows (the ranking's total, the latest
// page held, "…" for the rest, refreshes by difference) with the ETS page's columns. A table
// deleted since it was ranked keeps the figures last read for it, its name marked "deleted"
// (GoneRole, which the page greys), or "—" where it was never read. The trend column shows
// which way the ranked figure (rows or memory) goes and by how much per second. The entity of a
// row is the table's id (KeyRole: an atom or a reference), its text under IdTextRole.
class EtsTableModel : public RankedTableModel<EtsRanking>
{
    Q_OBJECT
public:
    enum Column {
        Table,      // the name (a named table's is its id); the id on hover
        Type,
        Protection,
        Size,       // rows (objects)
        Memory,     // bytes
        Trend,      // ↑/↓/→ and the change per second of the ranked figure
        SizePerS,   // rows per second, between the last two refreshes
        MemoryPerS,
        Owner,
        Heir,
        Keypos,
        ReadConcurrency,
        WriteConcurrency,
        DecentralizedCounters,
        Compressed,
        Fixed,
        Named,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = RankedTableModelBase::RawValueRole,
        IdRole = RankedTableModelBase::KeyRole,         // the id as a Term (what the details take)
        IdTextRole = RankedTableModelBase::KeyTextRole, // the name, or #Ref<…>
        OwnerRole = RankedTableModelBase::FirstKindRole, // the owner's pid as a Term; invalid when none
        TrendRole,                                       // 1 growing, -1 shrinking, 0 steady or unknown
        LoadedRole = RankedTableModelBase::LoadedRole,
        DeletedRole = RankedTableModelBase::GoneRole,    // deleted since it was ranked: greyed
        RankRole = RankedTableModelBase::RankRole,
    };
    Q_ENUM(Role)

    explicit EtsTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The ranking shown. A different sort, mode, type, protection or filter resets the model
    // (no rows until the first page of the new ranking); the same one changes nothing.
    // (Only its sort, mode, type, protection and filter count.)
    void setRanking(const EtsQuery &ranking);
    EtsQuery::Sort sort() const { return ranking().sort; }
    EtsQuery::Mode mode() const { return ranking().mode; }
    QString type() const { return ranking().type; }
    QString protection() const { return ranking().protection; }
    QString filter() const { return ranking().filter; }

    // Which metric (and mode) a column ranks by on the node: Rows and Memory their totals, the
    // per-second columns their growth, Trend the growth of the metric ranked now (sort is left
    // as it was); false for columns the node cannot rank.
    static bool rankable(int column, EtsQuery::Sort *sort = nullptr, EtsQuery::Mode *mode = nullptr);
    // The column whose header shows the ranking.
    static int columnFor(EtsQuery::Sort sort, EtsQuery::Mode mode);
    bool ranksBy(int column) const override { return rankable(column); }

    int rowOfId(const QString &idText) const { return rowOfKey(idText); }
    const EtsRow *rowForId(const QString &idText) const { return rowForKey(idText); }
    // The table as dialogs name it: "bt_cache (set, public)"; "#Ref<…> (ac_tab, set, …)" for an
    // unnamed one.
    static QString describe(const EtsRow &row);
    // The name people know a table by: its name (an unnamed table's too), else its id.
    static QString shownName(const EtsRow &row) { return row.name.isEmpty() ? row.idText : row.name; }
    // The change per second as the trend column says it: "+1,204 rows/s", "−12.0 KiB/s".
    static QString rateText(EtsQuery::Sort sort, double perS);
    // true/false/auto (write_concurrency) and flags as people read them.
    static QString flagText(bool on);
    static QString writeConcurrencyText(const QString &value);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override { return column >= Size && column <= MemoryPerS; }
    QString keyOf(const EtsRow &row) const override { return row.idText; }
    QVariant entityOf(const EtsRow &row) const override { return QVariant::fromValue(row.id); }
    bool isGone(const EtsRow &row) const override { return row.gone; }
    QVector<Cell> present(const EtsRow &row) const override;

private:
    // A change per second: "+1,204 rows/s", the exact figure on hover; empty until known.
    static Cell rateCell(EtsQuery::Sort sort, bool known, double perS);
    void presentTrend(const EtsRow &row, QVector<Cell> &cells) const;
    void presentDeleted(const EtsRow &row, QVector<Cell> &cells) const;
};

} // namespace beamtop
