// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/portranking.h"
#include "rankedtablemodel.h"

namespace beamtop {

// The port ranking (ports and `socket` sockets) as a table: RankedTableModel's rows (the
// ranking's total, the latest page held, "…" for the rest, refreshes by difference) with the
// Network page's columns. A port that closed shows the figures last read for it and its state
// "closed, last seen HH:MM:SS" (GoneRole, which the page greys), or "—" where it was never read
// open. The entity of a row is its id (KeyRole: a port or {'$socket', Ref} term), its text under
// IdTextRole: the view re-finds its selection by id after every page.
class PortTableModel : public RankedTableModel<PortRanking>
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Type,
        Name,
        Owner,
        Local,
        Peer,
        State,
        Io,           // received + sent bytes
        RecvOct,
        SendOct,
        IoPerS,       // received + sent bytes per second
        RecvPerS,
        SendPerS,
        RecvCnt,
        SendCnt,
        QueueSize,    // warning level when non-zero
        Memory,
        WindowChange, // window mode: change per second of the ranked figure (packets, queue, memory)
        OsPid,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = RankedTableModelBase::RawValueRole,
        IdRole = RankedTableModelBase::KeyRole,            // the id as a Term (what details and close take)
        IdTextRole = RankedTableModelBase::KeyTextRole,    // #Port<0.5>, #Socket<0.1.2.3>
        OwnerRole = RankedTableModelBase::FirstKindRole,   // the owner's pid as a Term; invalid when none
        LoadedRole = RankedTableModelBase::LoadedRole,
        ClosedRole = RankedTableModelBase::GoneRole,       // closed since it was ranked: greyed
        RankRole = RankedTableModelBase::RankRole,
        // RowTableModel's: int(RowTableModel::Level) of a cell; Warning on a non-zero queue.
        LevelRole = RowTableModel::LevelRole,
    };
    Q_ENUM(Role)

    explicit PortTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The ranking shown. A different sort, mode, type or filter resets the model (no rows until
    // the first page of the new ranking); the same one changes nothing.
    void setRanking(PortQuery::Sort sort, PortQuery::Mode mode, const QString &type, const QString &filter);
    PortQuery::Sort sort() const { return ranking().sort; }
    PortQuery::Mode mode() const { return ranking().mode; }
    QString type() const { return ranking().type; }
    QString filter() const { return ranking().filter; }

    // Which metric (and mode, for the per-second columns) a column ranks by on the node; false
    // for columns the node cannot rank.
    static bool rankable(int column, PortQuery::Sort *sort = nullptr, PortQuery::Mode *mode = nullptr);
    // The column whose header shows the ranking.
    static int columnFor(PortQuery::Sort sort, PortQuery::Mode mode);
    bool ranksBy(int column) const override { return rankable(column); }

    int rowOfId(const QString &idText) const { return rowOfKey(idText); }
    const PortRow *rowForId(const QString &idText) const { return rowForKey(idText); }
    // The port as dialogs name it: "#Port<0.5> (tcp 127.0.0.1:4369 → 127.0.0.1:50000)".
    QString describe(const PortRow &row) const;
    // A type name as people read it: TCP, UDP, SCTP, socket, spawned, file, other.
    static QString typeText(const QString &type);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override { return column >= Io && column <= OsPid; }
    QString keyOf(const PortRow &row) const override { return row.idText; }
    QVariant entityOf(const PortRow &row) const override { return QVariant::fromValue(row.id); }
    bool isGone(const PortRow &row) const override { return row.closed(); }
    QVector<Cell> present(const PortRow &row) const override;

private:
    void presentClosed(const PortRow &row, QVector<Cell> &cells) const;
};

} // namespace beamtop
