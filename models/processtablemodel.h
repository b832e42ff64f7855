// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/processranking.h"
#include "rankedtablemodel.h"

namespace beamtop {

// The process ranking as a table: RankedTableModel's rows (the ranking's total, the latest
// page held, "…" for the rest, refreshes by difference) with the processes' columns. A process
// that exited shows the figures last read for it, its status "exited, last seen HH:MM:SS", or
// "—" where it was never read alive (ExitedRole, which the page greys). The
// entity of a row is its pid (PidRole), never its position: the view re-finds its selection by
// pid after every page.
class ProcessTableModel : public RankedTableModel<ProcessRanking>
{
    Q_OBJECT
public:
    enum Column {
        Pid,
        Name,
        InitialCall,
        CurrentFunction,
        Memory,
        Reductions,
        ReductionsPerS,
        MessageQueueLen,
        BinaryMemory,
        TotalHeapSize,
        WindowChange, // window mode: change per second of the ranked metric (memory or queue growth)
        Status,
        Application,
        ColumnCount
    };
    Q_ENUM(Column)

    // The ranked table's roles under the names the process views have always read, plus the
    // two only processes have; PidRole is the key role.
    enum Role {
        RawValueRole = RankedTableModelBase::RawValueRole, // number, or text for term columns
        PidRole = RankedTableModelBase::KeyRole,           // the pid as a Term (what drill-down and actions take)
        PidTextRole = RankedTableModelBase::KeyTextRole,   // <0.123.0> as the node prints it
        LoadedRole = RankedTableModelBase::LoadedRole,     // false for a row not fetched yet (placeholder)
        ExitedRole = RankedTableModelBase::GoneRole,       // the process died since it was ranked: greyed
        RankRole = RankedTableModelBase::RankRole,         // 0-based position in the ranking
    };
    Q_ENUM(Role)

    explicit ProcessTableModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    // The ranking shown. A different sort, mode or filter resets the model (no rows until the
    // first page of the new ranking); the same one changes nothing.
    void setRanking(ProcessQuery::Sort sort, ProcessQuery::Mode mode, const QString &filter);
    ProcessQuery::Sort sort() const { return ranking().sort; }
    ProcessQuery::Mode mode() const { return ranking().mode; }
    QString filter() const { return ranking().filter; }

    // The node's word size: heap sizes come in words and show in bytes.
    void setWordSize(int bytes);

    // Which metric a column ranks by on the node; false for columns the node cannot rank.
    static bool rankable(int column, ProcessQuery::Sort *sort = nullptr, ProcessQuery::Mode *mode = nullptr);
    // The column whose header shows the ranking: the metric's; in window mode the change per second
    // (Reductions/s for reductions).
    static int columnFor(ProcessQuery::Sort sort, ProcessQuery::Mode mode);
    bool ranksBy(int column) const override { return rankable(column); }

    // The position of a pid among the rows held, or -1.
    int rowOfPid(const QString &pidText) const { return rowOfKey(pidText); }
    // The freshest row known for a pid: from the page, else from the pinned rows.
    const ProcessRow *rowForPid(const QString &pidText) const { return rowForKey(pidText); }
    // Name (registered name, label or initial call) and pid, for dialogs: "bt_queue <0.91.0>".
    QString describe(const ProcessRow &row) const;

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override { return column >= Memory && column <= WindowChange; }
    QString keyOf(const ProcessRow &row) const override { return row.pidText; }
    QVariant entityOf(const ProcessRow &row) const override;
    bool isGone(const ProcessRow &row) const override { return row.exited(); }
    QVector<Cell> present(const ProcessRow &row) const override;

private:
    void presentExited(const ProcessRow &row, QVector<Cell> &cells) const;

    int m_wordSize = 8;
};

} // namespace beamtop
