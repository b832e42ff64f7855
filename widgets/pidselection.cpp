#include "pidselection.h"

#include "processtablemodel.h"

#include <QItemSelectionModel>
#include <QSet>

namespace beamtop {

PidSelection::PidSelection(ProcessTableModel *model, QItemSelectionModel *selection, QObject *parent)
    : QObject(parent), m_model(model), m_selection(selection)
{
    connect(selection, &QItemSelectionModel::selectionChanged, this, &PidSelection::onSelectionChanged);
    connect(selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_restoring && current.data(ProcessTableModel::LoadedRole).toBool())
            m_currentPid = current.data(ProcessTableModel::PidTextRole).toString();
    });
    connect(model, &ProcessTableModel::pageApplied, this, &PidSelection::restore);
}

QVector<NodeId> PidSelection::pinned(int max) const
{
    QVector<NodeId> out;
    for (const QString &pid : qAsConst(m_pids)) {
        if (out.size() >= max)
            break;
        const auto it = m_terms.constFind(pid);
        if (it != m_terms.constEnd())
            out.append(it->nodeId());
    }
    return out;
}

void PidSelection::clear()
{
    m_pids.clear();
    m_terms.clear();
    m_currentPid.clear();
}

void PidSelection::onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (m_restoring)
        return;
    const int first = m_model->firstLoaded();
    const int end = first + m_model->loadedCount();
    for (const QItemSelectionRange &range : deselected) {
        for (int row = qMax(range.top(), first); row <= qMin(range.bottom(), end - 1); ++row) {
            if (const ProcessRow *r = m_model->rowAt(row)) {
                m_pids.removeAll(r->pidText);
                m_terms.remove(r->pidText);
            }
        }
    }
    for (const QItemSelectionRange &range : selected) {
        for (int row = qMax(range.top(), first); row <= qMin(range.bottom(), end - 1); ++row) {
            if (const ProcessRow *r = m_model->rowAt(row)) {
                if (!m_pids.contains(r->pidText))
                    m_pids.append(r->pidText);
                m_terms.insert(r->pidText, Term::pid(r->pid));
            }
        }
    }
    emit changed();
}

void PidSelection::restore()
{
    const int first = m_model->firstLoaded();
    const int end = first + m_model->loadedCount();
    const QSet<QString> selected(m_pids.cbegin(), m_pids.cend());
    QItemSelection want;
    const int lastColumn = ProcessTableModel::ColumnCount - 1;
    for (int row = first; row < end;) {
        if (!selected.contains(m_model->rowAt(row)->pidText)) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < end && selected.contains(m_model->rowAt(last + 1)->pidText))
            ++last;
        want.select(m_model->index(row, 0), m_model->index(last, lastColumn));
        row = last + 1;
    }
    bool same = true;
    for (const QItemSelectionRange &range : m_selection->selection()) {
        if (range.top() < first || range.bottom() >= end)
            same = false;
    }
    for (int row = first; same && row < end; ++row)
        same = m_selection->isRowSelected(row) == want.contains(m_model->index(row, 0));
    m_restoring = true;
    if (!same)
        m_selection->select(want, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!m_currentPid.isEmpty()) {
        const int row = m_model->rowOfPid(m_currentPid);
        if (row >= 0 && m_selection->currentIndex().row() != row)
            m_selection->setCurrentIndex(m_model->index(row, qMax(0, m_selection->currentIndex().column())),
                                         QItemSelectionModel::NoUpdate);
    }
    m_restoring = false;
}

} // namespace beamtop
