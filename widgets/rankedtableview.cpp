// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankedtableview.h"

#include "columnfit.h"
#include "keyselection.h"
#include "rankedtablemodel.h"

#include "rank/rankedquery.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>

#include <algorithm>

namespace beamtop {

namespace {
constexpr int ViewportSettleMs = 40; // scrolling fetches at most this often
} // namespace

RankedTableView::RankedTableView(RankedTableModelBase *model, QWidget *parent)
    : QTableView(parent), m_model(model)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setTextElideMode(Qt::ElideMiddle);
    // A million rows: every row the same height, nothing measured per row.
    QHeaderView *vh = verticalHeader();
    vh->hide();
    vh->setSectionResizeMode(QHeaderView::Fixed);
    vh->setMinimumSectionSize(fontMetrics().height() + 4);
    vh->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *hh = horizontalHeader();
    hh->setSectionsClickable(true);
    hh->setSortIndicatorShown(true);
    hh->setHighlightSections(false);
    hh->setStretchLastSection(true);
    hh->setSectionsMovable(true);
    // The columns' em widths scale down to a narrower window rather than scrolling sideways.
    ColumnFit::install(this, hh, ColumnFit::Mode::Scale);

    m_selection = new KeySelection(model, selectionModel(), this);

    connect(this, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(RankedTableModelBase::LoadedRole).toBool())
            emit entityActivated(index.data(RankedTableModelBase::KeyRole).value<Term>(), index.row());
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &RankedTableView::scheduleFetch);
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(ViewportSettleMs);
    connect(&m_fetchTimer, &QTimer::timeout, this, [this] {
        const int rows = m_model->rowCount();
        if (rows == 0)
            return;
        const int first = qMax(0, rowAt(0));
        int last = rowAt(viewport()->height() - 1);
        if (last < 0)
            last = rows - 1;
        if (!m_model->isLoaded(first) || !m_model->isLoaded(last))
            emit rowsWanted();
    });
}

void RankedTableView::setColumnWidths(const QVector<int> &ems)
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < ems.size(); ++c)
        horizontalHeader()->resizeSection(c, ems.at(c) * em);
}

RankedTableView::Rows RankedTableView::wantedRows() const
{
    constexpr int maxRows = RankedQuery::MaxRows;
    const int rowHeight = qMax(1, verticalHeader()->defaultSectionSize());
    const int onScreen = qMax(1, viewport()->height() / rowHeight + 1);
    const int first = qMax(0, rowAt(0));
    const int margin = qMin(onScreen, (maxRows - onScreen) / 2);
    Rows rows;
    rows.offset = qMax(0, first - qMax(0, margin));
    rows.limit = qBound(1, onScreen + 2 * qMax(0, margin), maxRows);
    return rows;
}

QVector<Term> RankedTableView::pinned() const
{
    return m_selection->pinned(MaxPinned);
}

void RankedTableView::keepSelectionDuring(const std::function<void()> &change)
{
    m_selection->keepDuring(change);
}

void RankedTableView::restoreSelection()
{
    m_selection->restore();
}

void RankedTableView::forgetSelection()
{
    m_selection->clear();
}

void RankedTableView::scheduleFetch()
{
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start();
}

QModelIndex RankedTableView::rowForMenu(const QPoint &viewportPos)
{
    const QModelIndex index = indexAt(viewportPos);
    if (!index.isValid() || !index.data(RankedTableModelBase::LoadedRole).toBool())
        return {};
    QItemSelectionModel *sm = selectionModel();
    if (!sm->isRowSelected(index.row()))
        sm->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return index;
}

QString RankedTableView::copyText() const
{
    // From the selection's ranges, not selectedRows(): "select all" on a million rows is one
    // range, and only the rows held have anything to copy.
    QList<int> rows;
    const int first = m_model->firstLoaded();
    const int end = first + m_model->loadedCount();
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        for (int r = qMax(range.top(), first); r <= qMin(range.bottom(), end - 1); ++r) {
            if (!rows.contains(r))
                rows << r;
        }
    }
    if (rows.isEmpty()) {
        for (int r = first; r < end; ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    const int columns = m_model->columnCount();
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columns; ++c) {
        if (!isColumnHidden(c))
            header << m_model->headerData(c, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            if (isColumnHidden(c))
                continue;
            const QVariant raw = m_model->index(r, c).data(RankedTableModelBase::RawValueRole);
            cells << (raw.typeId() == QMetaType::Double ? QString::number(raw.toDouble(), 'f', 1) : raw.toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool RankedTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize)
        scheduleFetch(); // a taller table shows rows not fetched yet
    return QTableView::viewportEvent(event);
}

} // namespace beamtop
