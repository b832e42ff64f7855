#pragma once

#include "term/term.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

class QItemSelection;
class QItemSelectionModel;

namespace beamtop {

class ProcessTableModel;

// The processes table's selection, kept by pid. Rows are positions in a ranking that the node
// re-sorts on every refresh, so the rows a user picked move, leave the page and come back; this
// remembers which pids are selected (in the order they were picked) and which one is current,
// and after every page the model applies it selects their rows again. The pids stay selected
// while scrolled away, so the page can keep them fresh (pinned()).
class PidSelection : public QObject
{
    Q_OBJECT
public:
    PidSelection(ProcessTableModel *model, QItemSelectionModel *selection, QObject *parent = nullptr);

    // The pids selected, whether or not their rows are held, in selection order.
    QStringList pids() const { return m_pids; }
    // The first max selected pids, for a query to refresh beside its page.
    QVector<NodeId> pinned(int max) const;
    void clear();

    // Runs change (a model update) without letting the rows it removes or resets drop their
    // pids from the selection.
    template<typename Change>
    void keepDuring(Change &&change)
    {
        m_restoring = true;
        change();
        m_restoring = false;
    }
    // Selects the rows of the selected pids among the rows held, and makes the current pid's
    // row current again; done on every page the model applies.
    void restore();

signals:
    // The user selected or deselected rows (not restore(), nor a model change).
    void changed();

private:
    void onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);

    ProcessTableModel *m_model;
    QItemSelectionModel *m_selection;
    QStringList m_pids;            // in selection order
    QHash<QString, Term> m_terms;  // pidText -> pid, for the pinned rows
    QString m_currentPid;
    bool m_restoring = false;
};

} // namespace beamtop
