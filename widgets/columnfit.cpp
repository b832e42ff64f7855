// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnfit.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QScopedValueRollback>

#include <algorithm>

namespace beamtop {

ColumnFit *ColumnFit::install(QAbstractItemView *view, QHeaderView *header, Mode mode)
{
    return new ColumnFit(view, header, mode);
}

ColumnFit::ColumnFit(QAbstractItemView *view, QHeaderView *header, Mode mode)
    : QObject(view), m_view(view), m_header(header), m_mode(mode)
{
    setObjectName(QStringLiteral("columnFit"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(0); // coalesces a tick's many changes into one fit
    connect(&m_timer, &QTimer::timeout, this, &ColumnFit::fit);
    // The viewport, not the view: a vertical scroll bar coming narrows it.
    view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionCountChanged, &m_timer, qOverload<>(&QTimer::start));
    if (view->model())
        watch(view->model());
}

void ColumnFit::watch(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_timer.start();
    if (!model || m_mode != Mode::Contents)
        return;
    auto later = [this] { m_timer.start(); };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
}

QByteArray ColumnFit::headerState() const
{
    if (!m_narrowed)
        return m_header->saveState();
    QVector<QHeaderView::ResizeMode> narrowed;
    for (int c = 0; c < m_header->count(); ++c)
        narrowed << m_header->sectionResizeMode(c);
    QVector<int> widths;
    for (int c = 0; c < m_header->count(); ++c)
        widths << m_header->sectionSize(c);
    for (int c = 0; c < m_modes.size() && c < m_header->count(); ++c)
        m_header->setSectionResizeMode(c, m_modes.at(c));
    const QByteArray state = m_header->saveState();
    for (int c = 0; c < narrowed.size(); ++c) {
        m_header->setSectionResizeMode(c, narrowed.at(c));
        if (narrowed.at(c) == QHeaderView::Fixed)
            m_header->resizeSection(c, widths.at(c));
    }
    return state;
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show) && !m_fitting)
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::fit()
{
    // Hidden, its width is not what it will be: it fits when shown.
    if (m_fitting || !m_view->isVisible() || !m_header->model() || m_header->count() == 0)
        return;
    const QScopedValueRollback<bool> guard(m_fitting, true);
    if (m_mode == Mode::Contents)
        fitContents();
    else
        scale();
}

void ColumnFit::fitContents()
{
    const int available = m_view->viewport()->width();
    if (available <= 0)
        return;
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QVector<int> columns, wanted, labels;
    int total = 0, contentsTotal = 0;
    for (int v = 0; v < m_header->count(); ++v) {
        const int c = m_header->logicalIndex(v);
        if (m_header->isSectionHidden(c))
            continue;
        columns << c;
        const int contents = qMax(m_view->sizeHintForColumn(c), qMin(m_header->sectionSizeHint(c), 4 * em));
        wanted << contents;
        labels << qMax(contents, m_header->sectionSizeHint(c));
        total += labels.last();
        contentsTotal += contents;
    }
    if (total <= available) {
        if (m_narrowed) {
            for (int c = 0; c < m_modes.size() && c < m_header->count(); ++c)
                m_header->setSectionResizeMode(c, m_modes.at(c));
            m_narrowed = false;
        }
        return;
    }
    if (!m_narrowed) {
        m_modes.clear();
        for (int c = 0; c < m_header->count(); ++c)
            m_modes << m_header->sectionResizeMode(c);
        m_narrowed = true;
    }
    if (contentsTotal <= available) {
        // The values fit, their labels do not all: the room left goes to the labels, in
        // proportion to what each lacks; the rest are elided.
        const int lacking = total - contentsTotal;
        const int room = available - contentsTotal;
        for (int i = 0; i < columns.size(); ++i) {
            const int extra = lacking > 0 ? int(qint64(labels.at(i) - wanted.at(i)) * room / lacking) : 0;
            m_header->setSectionResizeMode(columns.at(i), QHeaderView::Fixed);
            m_header->resizeSection(columns.at(i), wanted.at(i) + extra);
        }
        return;
    }
    // Not even the values fit. One cap for the widest columns: every column keeps its width up
    // to it, and the cap is the largest for which they all fit.
    QVector<int> sorted = wanted;
    std::sort(sorted.begin(), sorted.end());
    int rest = available;
    int cap = sorted.last();
    for (int i = 0; i < sorted.size(); ++i) {
        const int share = rest / int(sorted.size() - i);
        if (sorted.at(i) > share) {
            cap = share;
            break;
        }
        rest -= sorted.at(i);
    }
    const int floor = qMax(m_header->minimumSectionSize(), 4 * em);
    for (int i = 0; i < columns.size(); ++i) {
        m_header->setSectionResizeMode(columns.at(i), QHeaderView::Fixed);
        m_header->resizeSection(columns.at(i), qMin(wanted.at(i), qMax(cap, floor)));
    }
}

void ColumnFit::scale()
{
    const int available = m_view->viewport()->width();
    const int total = m_header->length();
    if (available <= 0 || total <= available)
        return;
    const int floor = qMax(m_header->minimumSectionSize(), 3 * m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    const double factor = double(available) / total;
    int used = 0;
    int last = -1;
    for (int v = 0; v < m_header->count(); ++v) {
        const int c = m_header->logicalIndex(v);
        if (m_header->isSectionHidden(c))
            continue;
        last = c;
        const int w = qMax(floor, int(m_header->sectionSize(c) * factor));
        m_header->resizeSection(c, w);
        used += w;
    }
    // Rounding and floors: take what is still over from the last column.
    if (last >= 0 && used > available)
        m_header->resizeSection(last, qMax(floor, m_header->sectionSize(last) - (used - available)));
}

} // namespace beamtop
