#pragma once

#include "collect/processranking.h"
#include "term/termformatter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace beamtop {

// The process ranking as a table. The node ranks and sorts; this model shows the ranking's
// total as its row count but holds only the rows of the latest page (the viewport and a
// margin, at most ProcessQuery's 500), so a node with a million processes costs a million
// empty rows in the view and a few hundred real ones here. Rows not fetched yet answer "…".
//
// Rows are positions in the ranking. A refresh of the same ranking emits dataChanged for the
// positions whose contents changed and inserts/removes rows at the end when the total moves;
// only a new ranking (sort, mode or filter) resets. The entity of a row is its pid (PidRole),
// never its position: the view re-finds its selection by pid after every page.
class ProcessTableModel : public QAbstractTableModel
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

    enum Role {
        RawValueRole = Qt::UserRole, // number, or text for term columns: sorting, copy, export
        PidRole,                     // the pid as a Term (what drill-down and actions take)
        PidTextRole,                 // <0.123.0> as the node prints it
        LoadedRole,                  // false for a row not fetched yet (placeholder)
        ExitedRole,                  // the process died since it was ranked
        RankRole,                    // 0-based position in the ranking
    };
    Q_ENUM(Role)

    explicit ProcessTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The ranking shown. A different sort, mode or filter resets the model (no rows until the
    // first page of the new ranking); the same one changes nothing.
    void setRanking(ProcessQuery::Sort sort, ProcessQuery::Mode mode, const QString &filter);
    ProcessQuery::Sort sort() const { return m_sort; }
    ProcessQuery::Mode mode() const { return m_mode; }
    QString filter() const { return m_filter; }

    // Applies a page by difference. Pages of another ranking are ignored (returns false).
    bool applyPage(const ProcessRanking &page);
    // Terms are re-formatted (Erlang or Elixir syntax); every loaded row changes.
    void setFormatter(const TermFormatter &formatter);
    const TermFormatter &formatter() const { return m_formatter; }
    // The node's word size: heap sizes come in words and show in bytes.
    void setWordSize(int bytes);
    void clear();

    // Which metric a column ranks by on the node; false for columns the node cannot rank.
    static bool rankable(int column, ProcessQuery::Sort *sort = nullptr, ProcessQuery::Mode *mode = nullptr);
    // The column whose header shows the ranking (Reductions/s for reductions in window mode).
    static int columnFor(ProcessQuery::Sort sort, ProcessQuery::Mode mode);

    // The rows held: [firstLoaded, firstLoaded + loadedCount).
    int firstLoaded() const { return m_offset; }
    int loadedCount() const { return int(m_rows.size()); }
    bool isLoaded(int row) const { return row >= m_offset && row < m_offset + m_rows.size(); }
    // The position of a pid among the rows held, or -1.
    int rowOfPid(const QString &pidText) const;
    // The freshest row known for a pid: from the page, else from the pinned rows.
    const ProcessRow *rowForPid(const QString &pidText) const;
    const ProcessRow *rowAt(int row) const;
    // Name (registered name, label or initial call) and pid, for dialogs: "bt_queue <0.91.0>".
    QString describe(const ProcessRow &row) const;

    // From the latest page.
    const ProcessRanking &lastPage() const { return m_page; }

signals:
    // After each applied page (also when nothing changed): the view restores its selection.
    void pageApplied();

private:
    struct Shown
    {
        ProcessRow row;
        QString text[ColumnCount];
        QString tip[ColumnCount];
        QVariant raw[ColumnCount];
    };
    Shown present(const ProcessRow &row) const;
    static bool sameCell(const Shown &a, const Shown &b, int column);
    void reformat();
    void assertGuiThread() const;

    ProcessQuery::Sort m_sort = ProcessQuery::Sort::Memory;
    ProcessQuery::Mode m_mode = ProcessQuery::Mode::Absolute;
    QString m_filter;
    TermFormatter m_formatter;
    int m_wordSize = 8;
    int m_total = 0;
    int m_offset = 0;
    QVector<Shown> m_rows;
    QHash<QString, int> m_rowOfPid;     // pidText -> index into m_rows
    QHash<QString, ProcessRow> m_pinned; // pidText -> pinned row
    ProcessRanking m_page;                  // without rows: the ranking's status
};

} // namespace beamtop
