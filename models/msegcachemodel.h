// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

namespace beamtop {

struct AllocSample;

// The mseg_alloc segment cache, one row per instance: how many carriers the allocators asked
// mseg_alloc for (calls), how many came from its cache rather than the operating system
// (hits), and the hit rate as a bar — in the warning accent below MinGoodHitRate, the edge of
// the mseg_cache finding. Counts are since the node started.
class MsegCacheModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column { Instance, HitRate, Hits, Calls, CachedSegments, ColumnCount };
    Q_ENUM(Column)

    static constexpr double MinGoodHitRate = 0.80;

    explicit MsegCacheModel(QObject *parent = nullptr);
    void setSample(const AllocSample &sample);
    static QString columnKey(int column);

protected:
    QString headerText(int column) const override;
    QString headerToolTip(int column) const override;
};

} // namespace beamtop
