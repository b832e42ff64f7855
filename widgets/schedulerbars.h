// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace beamtop {

// How busy each scheduler is, at a glance, drawn from a SchedulerModel: a line per scheduler
// type (normal, dirty CPU, dirty I/O). While a type's schedulers fit as bars at least 16 px wide
// they are bars with their number and share; more, and the line becomes a heat strip of small
// cells that wraps onto further lines, so 1 or 128+ schedulers both stay readable. Hovering a
// bar or cell gives the exact figures.
class SchedulerBars : public QWidget
{
    Q_OBJECT
public:
    enum class Style { Bars, HeatStrip };

    explicit SchedulerBars(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setStale(bool stale);

    // As laid out at the current width: how a type (int(SchedulerSample::Type)) is drawn, and
    // the tooltip at a point (for tests).
    Style styleFor(int type) const;
    QString toolTipAt(const QPoint &pos) const;
    int cellCount() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Cell
    {
        int row = 0;
        int type = 0;
        int index = 0;
        double utilization = -1;
        bool online = true;
    };
    struct Group
    {
        int type = 0;
        Style style = Style::Bars;
        QRect label;
        QVector<int> cells; // into m_cells
        QVector<QRect> rects;
    };
    void reload();
    QVector<Group> layoutFor(int width, int *height) const;
    int labelWidth() const;

    QPointer<QAbstractItemModel> m_model;
    QVector<Cell> m_cells;
    bool m_stale = false;
};

} // namespace beamtop
