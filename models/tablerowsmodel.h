// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/tablecontents.h"
#include "term/termformatter.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace beamtop {

// The rows of a table read so far (TableBrowser's pages), one model row per table row. When
// every row is a tuple of the same size the columns are its elements, the key's marked;
// otherwise one "Row" column. Cells show the formatted term cut at MaxCellChars with a visible
// marker; the tooltip has the row's whole formatted text. A page appended inserts rows
// (selection and scroll stay); only a first page or a change of shape resets.
class TableRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole, // the row's (or the element's) Term
        RowTextRole,                 // the whole row formatted, as copied
        KeyRole,                     // the key element formatted ("" for the Row column)
    };
    Q_ENUM(Role)

    static constexpr int MaxCellChars = 160;

    explicit TableRowsModel(QObject *parent = nullptr);

    // How each element of a tuple row is written (the session's formatter).
    void setFormatter(const TermFormatter &formatter) { m_formatter = formatter; }

    // 1-based position of the key in a tuple row (ETS keypos; Mnesia records: 2).
    void setKeyPos(int pos);
    int keyPos() const { return m_keyPos; }

    // append false: the page replaces what is shown.
    void applyPage(const TablePage &page, bool append);
    void clear();

    // Rows as tuples of one size: their arity; 0 for the single "Row" column.
    int arity() const { return m_arity; }
    QString rowText(int row) const;
    Term rowTerm(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Text cut to max characters with the marker when longer.
    static QString cut(const QString &text, int max = MaxCellChars);

private:
    void assertGuiThread() const;
    // The arity the rows share with rows, or 0.
    static int commonArity(const QVector<Term> &rows, int current, bool haveRows);
    QStringList cellsOf(const Term &row) const;

    TermFormatter m_formatter;
    int m_keyPos = 1;
    int m_arity = 0;
    QVector<Term> m_rows;
    QStringList m_texts;
    QVector<QStringList> m_cells; // per row, per column (tuple mode)
};

} // namespace beamtop
