// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerbars.h"

#include "accents.h"
#include "schedulermodel.h"

#include "collect/schedulersample.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace beamtop {

namespace {
constexpr int MinBarWidth = 16;
constexpr int BarHeight = 44;
constexpr int MinCellWidth = 6;
constexpr int CellHeight = 14;
constexpr int GroupGap = 8;
} // namespace

SchedulerBars::SchedulerBars(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
}

void SchedulerBars::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &SchedulerBars::reload);
        connect(model, &QAbstractItemModel::rowsInserted, this, &SchedulerBars::reload);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SchedulerBars::reload);
        connect(model, &QAbstractItemModel::modelReset, this, &SchedulerBars::reload);
        connect(model, &QAbstractItemModel::layoutChanged, this, &SchedulerBars::reload);
    }
    reload();
}

void SchedulerBars::setStale(bool stale)
{
    m_stale = stale;
    update();
}

void SchedulerBars::reload()
{
    const int before = int(m_cells.size());
    m_cells.clear();
    if (m_model) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            Cell c;
            c.row = r;
            c.type = m_model->index(r, SchedulerModel::Type).data(RowTableModel::RawValueRole).toInt();
            c.index = m_model->index(r, SchedulerModel::Scheduler).data(RowTableModel::KeyRole).toString()
                          .section(QLatin1Char('.'), 1).toInt();
            const QVariant u = m_model->index(r, SchedulerModel::Utilization).data(RowTableModel::RawValueRole);
            c.utilization = u.isValid() ? u.toDouble() : -1;
            c.online = m_model->index(r, 0).data(SchedulerModel::OnlineRole).toBool();
            m_cells.append(c);
        }
    }
    if (before != m_cells.size())
        updateGeometry();
    update();
}

int SchedulerBars::cellCount() const
{
    return int(m_cells.size());
}

int SchedulerBars::labelWidth() const
{
    int w = 0;
    for (auto t : {SchedulerSample::Type::Normal, SchedulerSample::Type::DirtyCpu, SchedulerSample::Type::DirtyIo})
        w = qMax(w, fontMetrics().horizontalAdvance(SchedulerSample::typeName(t)));
    return w + 12;
}

QVector<SchedulerBars::Group> SchedulerBars::layoutFor(int width, int *height) const
{
    QVector<Group> groups;
    for (int i = 0; i < m_cells.size(); ++i) {
        if (groups.isEmpty() || groups.last().type != m_cells.at(i).type)
            groups.append(Group{m_cells.at(i).type, Style::Bars, {}, {}, {}});
        groups.last().cells.append(i);
    }
    const int labelW = labelWidth();
    const int avail = qMax(40, width - labelW);
    const int text = fontMetrics().height();
    int y = 0;
    for (Group &g : groups) {
        const int n = int(g.cells.size());
        const double w = double(avail) / n;
        int h = 0;
        if (w >= MinBarWidth) {
            g.style = Style::Bars;
            for (int i = 0; i < n; ++i) {
                const int x0 = labelW + int(std::round(i * w)), x1 = labelW + int(std::round((i + 1) * w));
                g.rects.append(QRect(x0 + 1, y, qMax(2, x1 - x0 - 2), BarHeight));
            }
            h = BarHeight + text + 2;
        } else {
            g.style = Style::HeatStrip;
            const int perLine = qMax(1, qMin(n, avail / MinCellWidth));
            const double cw = double(avail) / perLine;
            const int lines = (n + perLine - 1) / perLine;
            for (int i = 0; i < n; ++i) {
                const int line = i / perLine, col = i % perLine;
                const int x0 = labelW + int(std::round(col * cw)), x1 = labelW + int(std::round((col + 1) * cw));
                g.rects.append(QRect(x0, y + line * (CellHeight + 1), qMax(1, x1 - x0 - 1), CellHeight));
            }
            h = lines * (CellHeight + 1);
        }
        g.label = QRect(0, y, labelW - 6, g.style == Style::Bars ? BarHeight : qMax(text, CellHeight));
        y += h + GroupGap;
    }
    if (height)
        *height = qMax(0, y - GroupGap);
    return groups;
}

int SchedulerBars::heightForWidth(int width) const
{
    int h = 0;
    layoutFor(width, &h);
    return qMax(h, fontMetrics().height());
}

QSize SchedulerBars::sizeHint() const
{
    return {600, heightForWidth(600)};
}

QSize SchedulerBars::minimumSizeHint() const
{
    return {200, fontMetrics().height()};
}

SchedulerBars::Style SchedulerBars::styleFor(int type) const
{
    const QVector<Group> groups = layoutFor(width(), nullptr);
    for (const Group &g : groups) {
        if (g.type == type)
            return g.style;
    }
    return Style::Bars;
}

QString SchedulerBars::toolTipAt(const QPoint &pos) const
{
    if (!m_model)
        return {};
    const QVector<Group> groups = layoutFor(width(), nullptr);
    for (const Group &g : groups) {
        for (int i = 0; i < g.rects.size(); ++i) {
            if (!g.rects.at(i).adjusted(-1, 0, 1, g.style == Style::Bars ? fontMetrics().height() : 1).contains(pos))
                continue;
            const Cell &c = m_cells.at(g.cells.at(i));
            auto at = [&](int column, int role) { return m_model->index(c.row, column).data(role).toString(); };
            //: A scheduler's tooltip, first line: the scheduler and its type, e.g. "3 (dirty CPU)"
            QStringList lines{tr("%1 (%2)").arg(at(SchedulerModel::Scheduler, Qt::DisplayRole),
                                                at(SchedulerModel::Type, Qt::DisplayRole)),
                              at(SchedulerModel::Utilization, Qt::ToolTipRole)};
            if (c.utilization >= 0)
                lines << at(SchedulerModel::Sleep, Qt::ToolTipRole);
            lines << tr("Run queue: %1").arg(at(SchedulerModel::RunQueue, Qt::DisplayRole));
            return lines.join(QLatin1Char('\n'));
        }
    }
    return {};
}

bool SchedulerBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void SchedulerBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QColor text = pal.color(m_stale ? QPalette::Disabled : QPalette::Normal, QPalette::WindowText);
    const QColor track = pal.color(QPalette::Base);
    const QColor border = pal.color(QPalette::Mid);
    QColor fill = pal.color(m_stale ? QPalette::Disabled : QPalette::Normal, QPalette::Highlight);
    if (m_cells.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, tr("No scheduler readings yet."));
        return;
    }
    const QVector<Group> groups = layoutFor(width(), nullptr);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (const Group &g : groups) {
        p.setFont(font());
        p.setPen(text);
        p.drawText(g.label, Qt::AlignRight | Qt::AlignTop, SchedulerSample::typeName(SchedulerSample::Type(g.type)));
        p.setFont(small);
        for (int i = 0; i < g.rects.size(); ++i) {
            const Cell &c = m_cells.at(g.cells.at(i));
            const QRect r = g.rects.at(i);
            const double u = qBound(0.0, c.utilization, 1.0);
            if (g.style == Style::Bars) {
                p.setPen(border);
                p.setBrush(c.online ? track : pal.color(QPalette::Window));
                p.drawRect(r.adjusted(0, 0, -1, -1));
                if (c.utilization >= 0 && c.online) {
                    const int h = int(std::round((r.height() - 2) * u));
                    p.fillRect(QRect(r.left() + 1, r.bottom() - h, r.width() - 2, h), fill);
                }
                const QRect below(r.left() - 4, r.bottom() + 1, r.width() + 8, fontMetrics().height());
                p.setPen(text);
                p.drawText(below, Qt::AlignHCenter | Qt::AlignTop, QString::number(c.index));
                if (r.width() >= 40 && c.utilization >= 0 && c.online) {
                    const QString pct = tr("%1 %").arg(int(std::round(u * 100)));
                    const bool onBar = u > 0.5;
                    // Where the text crosses the fill's edge each part takes its own colour:
                    // black or white on the fill, the text colour on the empty track.
                    const int h = int(std::round((r.height() - 2) * u));
                    const QRect filled(r.left() + 1, r.bottom() - h, r.width() - 2, h);
                    const QRect textRect = r.adjusted(0, 2, 0, -2);
                    const int align = Qt::AlignHCenter | (onBar ? Qt::AlignBottom : Qt::AlignTop);
                    p.save();
                    p.setClipRect(filled);
                    p.setPen(Accents::textOn(fill));
                    p.drawText(textRect, align, pct);
                    p.setClipRect(QRect(r.left(), r.top(), r.width(), r.height() - 1 - h));
                    p.setPen(pal.color(m_stale ? QPalette::Disabled : QPalette::Normal, QPalette::Text));
                    p.drawText(textRect, align, pct);
                    p.restore();
                }
            } else {
                QColor c0 = c.online ? track : pal.color(QPalette::Window);
                if (c.utilization >= 0 && c.online) {
                    // From the base colour to the highlight colour by how busy.
                    c0 = QColor::fromRgbF(track.redF() + (fill.redF() - track.redF()) * u,
                                          track.greenF() + (fill.greenF() - track.greenF()) * u,
                                          track.blueF() + (fill.blueF() - track.blueF()) * u);
                }
                p.fillRect(r, c0);
                if (r.width() >= 4) {
                    p.setPen(border);
                    p.setBrush(Qt::NoBrush);
                    p.drawRect(r.adjusted(0, 0, -1, -1));
                }
            }
        }
    }
}

} // namespace beamtop
