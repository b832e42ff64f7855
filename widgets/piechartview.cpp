// SPDX-License-Identifier: GPL-3.0-or-later
#include "piechartview.h"

#include "accents.h"
#include "chartwidget.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

namespace beamtop {

PieChartView::PieChartView(QChart *chart, QChartView *view) : m_view(view)
{
    chart->legend()->setAlignment(Qt::AlignRight);
    m_pie = new QPieSeries;
    m_pie->setPieSize(0.85);
    chart->addSeries(m_pie);
}

void PieChartView::setModel(QAbstractItemModel *model, int labelColumn, int valueColumn, int valueRole, int includeRole)
{
    m_model = model;
    m_labelColumn = labelColumn;
    m_valueColumn = valueColumn;
    m_valueRole = valueRole;
    m_includeRole = includeRole;
}

QVector<PieChartView::Part> PieChartView::parts() const
{
    QVector<Part> out;
    if (!m_model)
        return out;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_includeRole >= 0 && !m_model->index(r, 0).data(m_includeRole).toBool())
            continue;
        const QModelIndex v = m_model->index(r, m_valueColumn);
        const QString label = m_model->index(r, m_labelColumn).data(Qt::DisplayRole).toString();
        const QString text = v.data(Qt::DisplayRole).toString();
        out.append({label, qMax(0.0, v.data(m_valueRole).toDouble()), ChartWidget::tr("%1: %2").arg(label, text)});
    }
    return out;
}

bool PieChartView::rebuild()
{
    const QVector<Part> parts = this->parts();
    const QList<QPieSlice *> slices = m_pie->slices();
    // Same slices as before: update in place, so colours and hover state stay put.
    bool same = slices.size() == parts.size();
    for (int i = 0; same && i < parts.size(); ++i)
        same = slices.at(i)->property("beamtopKey").toString() == parts.at(i).label;
    if (!same) {
        m_pie->clear();
        for (const Part &p : parts) {
            auto *slice = m_pie->append(p.label, p.value);
            slice->setProperty("beamtopKey", p.label);
            QChartView *view = m_view;
            QObject::connect(slice, &QPieSlice::hovered, slice, [slice, view](bool on) {
                slice->setExploded(on);
                slice->setExplodeDistanceFactor(0.04);
                if (on)
                    QToolTip::showText(QCursor::pos(), slice->property("beamtopTip").toString(), view);
                else
                    QToolTip::hideText();
            });
        }
    }
    const QList<QPieSlice *> now = m_pie->slices();
    for (int i = 0; i < parts.size(); ++i) {
        QPieSlice *slice = now.at(i);
        slice->setValue(parts.at(i).value);
        slice->setProperty("beamtopTip", parts.at(i).tooltip);
    }
    // Legend labels carry the share, which the model does not know for the parts alone.
    const double sum = m_pie->sum();
    for (int i = 0; i < parts.size(); ++i) {
        const double share = sum > 0 ? parts.at(i).value / sum : 0.0;
        now.at(i)->setLabel(ChartWidget::tr("%1 (%2 %)").arg(parts.at(i).label, QLocale().toString(share * 100.0, 'f', 1)));
    }
    return !same;
}

void PieChartView::applyTheme(const QPalette &palette)
{
    const QList<QPieSlice *> slices = m_pie->slices();
    for (int i = 0; i < slices.size(); ++i) {
        QPieSlice *slice = slices.at(i);
        const QColor fill = Accents::series(i, palette);
        slice->setBrush(fill);
        slice->setBorderColor(palette.color(QPalette::Window));
        slice->setBorderWidth(1);
        slice->setLabelColor(palette.color(QPalette::WindowText));
    }
}

int PieChartView::count() const
{
    return int(m_pie->count());
}

QString PieChartView::label(int i) const
{
    const QList<QPieSlice *> s = m_pie->slices();
    return i >= 0 && i < s.size() ? s.at(i)->property("beamtopKey").toString() : QString();
}

double PieChartView::value(int i) const
{
    const QList<QPieSlice *> s = m_pie->slices();
    return i >= 0 && i < s.size() ? s.at(i)->value() : 0.0;
}

} // namespace beamtop
