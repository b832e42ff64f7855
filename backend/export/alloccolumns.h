// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/allocfindings.h"
#include "collect/allocsample.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class QTextStream;

namespace beamtop {

// How an allocator reading is written out, the same in `beamtop-cli alloc` and the snapshot's
// "allocators" section:
//  - the document: AllocSample::toJson plus "findings" (AllocFinding::toJson, worst first);
//  - the CSV rows: one per type (instance empty: summed over its instances), then its instance
//    rows when asked for, with the keys below;
//  - the text for people: the type table, the totals, the mseg cache and the findings with the
//    flags to look at.
class AllocColumns
{
    Q_DECLARE_TR_FUNCTIONS(AllocColumns)
public:
    // The CSV columns, in this order: type, instance, instances, carriers_size, blocks_size,
    // unused, usage, then mbcs_*, sbcs_* (carriers, carriers_size, blocks, blocks_size,
    // average_block_size), pool_carriers, pool_carriers_size, pool_blocks_size, sbcs_to_mbcs.
    static QStringList keys();
    // A CSV row: a type summed over its instances (instance null), or one of its instances.
    // The ratios (usage, sbcs_to_mbcs) are text with four decimals, sbcs_to_mbcs null when
    // there are single-block blocks and no multiblock ones.
    static QJsonObject typeRow(const AllocType &type);
    static QJsonObject instanceRow(const AllocType &type, const AllocInstance &instance);

    // {types: [...], mseg_cache: [...], fragments: [...], totals: {...}, findings: [...]}.
    static QJsonObject document(const AllocSample &sample, const QVector<AllocFinding> &findings, bool withInstances);

    // The type table (with each type's instance rows when withInstances and the sample has
    // them), the totals, the mseg cache (summed; per instance when withInstances) and the
    // findings.
    static void writeText(QTextStream &out, const AllocSample &sample, const QVector<AllocFinding> &findings,
                          bool withInstances);
    // Just the findings, with their flags and where each flag is documented.
    static void writeFindings(QTextStream &out, const QVector<AllocFinding> &findings);
};

} // namespace beamtop
