// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

class QItemSelection;
class QItemSelectionModel;

namespace beamtop {

class RankedTableModelBase;

// A ranked table's selection, kept by entity (the row's KeyTextRole and its KeyRole term) rather
// than by row, for any ranked kind (processes by pid, ports by id): the node re-sorts the
// ranking on every refresh, so the rows a user picked move, leave the page and come back. This
// remembers which keys are selected (in the order they were picked) and which one is current,
// and after every page the model applies it selects their rows again; they stay selected while
// scrolled away, so the page can keep them fresh (pinned()).
class KeySelection : public QObject
{
    Q_OBJECT
public:
    KeySelection(RankedTableModelBase *model, QItemSelectionModel *selection, QObject *parent = nullptr);

    // The keys selected, whether or not their rows are held, in selection order.
    QStringList keys() const { return m_keys; }
    Term entity(const QString &key) const { return m_terms.value(key); }
    // The entities of the first max selected keys, for a query to refresh beside its page.
    QVector<Term> pinned(int max) const;
    void clear();

    // Runs change (a model update) without letting the rows it removes or resets drop their
    // keys from the selection.
    template<typename Change>
    void keepDuring(Change &&change)
    {
        m_restoring = true;
        change();
        m_restoring = false;
    }
    // Selects the rows of the selected keys among the rows held, and makes the current key's
    // row current again; done on every page the model applies.
    void restore();

signals:
    // The user selected or deselected rows (not restore(), nor a model change).
    void changed();

private:
    void onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    QString keyAt(int row) const;

    RankedTableModelBase *m_model;
    QItemSelectionModel *m_selection;
    QStringList m_keys;           // in selection order
    QHash<QString, Term> m_terms; // key -> entity
    QString m_current;
    bool m_restoring = false;
};

} // namespace beamtop
