// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemtableview.h"

#include "columnfit.h"
#include "rowtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace beamtop {

ItemTableView::ItemTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setEditTriggers(NoEditTriggers);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // ColumnFit keeps the columns within the width (cutting the widest with "…", exact values
    // on hover). A scroll bar as needed made the height (fittedHeight) depend on the width,
    // and in a scrolling page the two chased each other until the stack ran out (German and
    // French at 1280×800).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(AdjustToContents);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_fit = ColumnFit::install(this, horizontalHeader(), ColumnFit::Mode::Contents);
}

void ItemTableView::setSourceModel(QAbstractItemModel *model, bool sortable)
{
    m_source = model;
    if (sortable) {
        if (!m_proxy) {
            m_proxy = new QSortFilterProxyModel(this);
            m_proxy->setSortRole(RowTableModel::RawValueRole);
            m_proxy->setDynamicSortFilter(true);
        }
        m_proxy->setSourceModel(model);
        setModel(m_proxy);
        horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        horizontalHeader()->setSortIndicatorClearable(true);
        setSortingEnabled(true);
    } else {
        setModel(model);
    }
    m_fit->watch(this->model());
    // Rows come and go with the data; the height follows.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, [this] { updateGeometry(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { updateGeometry(); });
}

int ItemTableView::fittedHeight() const
{
    int h = 2 * frameWidth();
    if (horizontalHeader()->isVisible())
        h += horizontalHeader()->sizeHint().height();
    const int rows = model() ? model()->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        const int rh = rowHeight(r);
        h += rh > 0 ? rh : sizeHintForRow(r);
    }
    if (rows == 0)
        h += verticalHeader()->defaultSectionSize();
    if (horizontalScrollBar()->isVisible())
        h += horizontalScrollBar()->sizeHint().height();
    return h;
}

QSize ItemTableView::sizeHint() const
{
    QSize s = QTableView::sizeHint();
    s.setHeight(fittedHeight());
    return s;
}

QSize ItemTableView::minimumSizeHint() const
{
    QSize s = QTableView::minimumSizeHint();
    s.setHeight(fittedHeight());
    return s;
}

QString ItemTableView::exactText(const QModelIndex &index)
{
    const QVariant raw = index.data(RowTableModel::RawValueRole);
    switch (raw.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return raw.toString();
    case QMetaType::Double:
        return QLocale::c().toString(raw.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return index.data(Qt::DisplayRole).toString();
    }
}

QString ItemTableView::rowsText(const QList<int> &rows, bool header) const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return {};
    QStringList lines;
    const int columns = m->columnCount();
    if (header) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << m->headerData(c, Qt::Horizontal).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    for (const int r : rows) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << exactText(m->index(r, c));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ItemTableView::selectionText() const
{
    QList<int> rows;
    if (selectionModel()) {
        const QModelIndexList selected = selectionModel()->selectedRows();
        for (const QModelIndex &i : selected)
            rows << i.row();
    }
    if (rows.isEmpty())
        return allText();
    std::sort(rows.begin(), rows.end());
    return rowsText(rows, false);
}

QString ItemTableView::allText() const
{
    QList<int> rows;
    for (int r = 0; model() && r < model()->rowCount(); ++r)
        rows << r;
    return rowsText(rows, true);
}

void ItemTableView::copy()
{
    QApplication::clipboard()->setText(selectionText());
}

void ItemTableView::copyAll()
{
    QApplication::clipboard()->setText(allText());
}

bool ItemTableView::event(QEvent *event)
{
    // Our copy, not the window's nor QAbstractItemView's single-cell one.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void ItemTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ItemTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copySel = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this, &ItemTableView::copy);
    copySel->setShortcut(QKeySequence::Copy);
    menu.addAction(tr("Copy &all rows"), this, &ItemTableView::copyAll);
    menu.exec(event->globalPos());
}

} // namespace beamtop
