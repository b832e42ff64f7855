// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct AllocSample;

// The allocator instances whose carriers hold the most unused bytes: one row per instance the
// sample lists (AllocSample::fragments), with the weight — (1 − usage) × carrier size, i.e.
// the unused bytes — and the usage as a bar. The rows keep their place from one sample to the
// next (keyed "binary_alloc/3") so the selection survives; a view sorts them worst first on
// the Unused column (the page does, as sortedWorstFirst() says).
class AllocFragmentModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Allocator, Instance, Unused, CarriersSize, BlocksSize, Usage, SbcsCarriersSize, ColumnCount };
    Q_ENUM(Column)

    explicit AllocFragmentModel(QObject *parent = nullptr);
    void setSample(const AllocSample &sample);

    // The keys of the rows, heaviest first (what a view sorted on Unused shows).
    QStringList sortedWorstFirst() const;
    static QString keyFor(const QString &type, int instance);
    static QString columnKey(int column);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
    bool isMetricColumn(int column) const override;
};

} // namespace beamtop
