// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyselection.h"

#include "rankedtablemodel.h"

#include <QItemSelectionModel>
#include <QSet>

namespace beamtop {

KeySelection::KeySelection(RankedTableModelBase *model, QItemSelectionModel *selection, QObject *parent)
    : QObject(parent), m_model(model), m_selection(selection)
{
    connect(selection, &QItemSelectionModel::selectionChanged, this, &KeySelection::onSelectionChanged);
    connect(selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_restoring && current.data(RankedTableModelBase::LoadedRole).toBool())
            m_current = current.data(RankedTableModelBase::KeyTextRole).toString();
    });
    connect(model, &RankedTableModelBase::pageApplied, this, &KeySelection::restore);
}

QString KeySelection::keyAt(int row) const
{
    return m_model->index(row, 0).data(RankedTableModelBase::KeyTextRole).toString();
}

QVector<Term> KeySelection::pinned(int max) const
{
    QVector<Term> out;
    for (const QString &key : m_keys) {
        if (out.size() >= max)
            break;
        const auto it = m_terms.constFind(key);
        if (it != m_terms.constEnd())
            out.append(*it);
    }
    return out;
}

void KeySelection::clear()
{
    m_keys.clear();
    m_terms.clear();
    m_current.clear();
}

void KeySelection::onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    if (m_restoring)
        return;
    const int first = m_model->firstLoaded();
    const int end = first + m_model->loadedCount();
    for (const QItemSelectionRange &range : deselected) {
        for (int row = qMax(range.top(), first); row <= qMin(range.bottom(), end - 1); ++row) {
            const QString key = keyAt(row);
            m_keys.removeAll(key);
            m_terms.remove(key);
        }
    }
    for (const QItemSelectionRange &range : selected) {
        for (int row = qMax(range.top(), first); row <= qMin(range.bottom(), end - 1); ++row) {
            const QString key = keyAt(row);
            if (key.isEmpty())
                continue;
            if (!m_keys.contains(key))
                m_keys.append(key);
            m_terms.insert(key, m_model->index(row, 0).data(RankedTableModelBase::KeyRole).value<Term>());
        }
    }
    emit changed();
}

void KeySelection::restore()
{
    const int first = m_model->firstLoaded();
    const int end = first + m_model->loadedCount();
    const QSet<QString> selected(m_keys.cbegin(), m_keys.cend());
    QItemSelection want;
    const int lastColumn = m_model->columnCount() - 1;
    for (int row = first; row < end;) {
        if (!selected.contains(keyAt(row))) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < end && selected.contains(keyAt(last + 1)))
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
    if (!m_current.isEmpty()) {
        const int row = m_model->rowOfKey(m_current);
        if (row >= 0 && m_selection->currentIndex().row() != row)
            m_selection->setCurrentIndex(m_model->index(row, qMax(0, m_selection->currentIndex().column())),
                                         QItemSelectionModel::NoUpdate);
    }
    m_restoring = false;
}

} // namespace beamtop
