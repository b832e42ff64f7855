// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace beamtop {

class ColumnFit;

// The table of Beamtop's overview cards: as tall as its rows (the page scrolls, not the
// table), sorted on the raw role when asked, and Ctrl+C copies exact values (the raw numbers
// behind "12.4 MiB"), tab-separated, ready for a spreadsheet. Its columns fit its width
// (ColumnFit): the widest are elided rather than the page scrolling sideways.
class ItemTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ItemTableView(QWidget *parent = nullptr);

    // Shows model; with sortable, through a proxy sorting on the raw role (unsorted at first:
    // the model's own order, back again on a third click).
    void setSourceModel(QAbstractItemModel *model, bool sortable);
    QAbstractItemModel *sourceModel() const { return m_source; }

    // Selected rows (all rows if none is selected), exact values, one line per row.
    QString selectionText() const;
    // Every row with the header line first.
    QString allText() const;
    // The text a cell copies as: the raw value when it is a number, else the display text.
    static QString exactText(const QModelIndex &index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void copy();
    void copyAll();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString rowsText(const QList<int> &rows, bool header) const;
    int fittedHeight() const;

    QAbstractItemModel *m_source = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ColumnFit *m_fit = nullptr;
};

} // namespace beamtop
