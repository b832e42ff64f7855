// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QVector>

class QAbstractItemModel;
class QChart;
class QChartView;
class QPalette;
class QPieSeries;

namespace beamtop {

// ChartWidget's pie: one slice per included row of a model, each slice's share in the legend.
// Only ChartWidget uses it; it owns the chart and watches the model, and calls rebuild().
class PieChartView
{
public:
    PieChartView(QChart *chart, QChartView *view);

    // See ChartWidget::setModel.
    void setModel(QAbstractItemModel *model, int labelColumn, int valueColumn, int valueRole, int includeRole);
    // Brings the slices in line with the model. Returns true when they were made anew, so
    // they still need the theme.
    bool rebuild();
    void applyTheme(const QPalette &palette);

    int count() const;
    QString label(int i) const;
    double value(int i) const;

private:
    struct Part
    {
        QString label;
        double value = 0;
        QString tooltip;
    };
    QVector<Part> parts() const;

    QChartView *m_view = nullptr;
    QPieSeries *m_pie = nullptr;
    QPointer<QAbstractItemModel> m_model;
    int m_labelColumn = 0;
    int m_valueColumn = 1;
    int m_valueRole = Qt::DisplayRole;
    int m_includeRole = -1;
};

} // namespace beamtop
