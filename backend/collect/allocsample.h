// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace beamtop {

// One kind of carrier of an allocator instance (or summed over a type's instances): multiblock
// carriers, single-block carriers, or the pool of abandoned multiblock carriers other instances
// of the type may take (the pool has no maxima).
//
// The *Max fields are maxima since the node started. Summed over instances they are a sum of
// peaks that did not happen at the same moment: an upper bound, never a figure the node held.
struct AllocCarriers
{
    qint64 carriers = 0, carriersSize = 0, blocks = 0, blocksSize = 0;
    qint64 carriersMax = 0, carriersSizeMax = 0, blocksMax = 0, blocksSizeMax = 0;

    // blocksSize / carriersSize: 1 when carriers are full; 1 also when there are no carriers.
    double usage() const;
    // blocksSize / blocks, 0 without blocks; the max variant uses the maxima.
    double averageBlockSize() const;
    double averageBlockSizeMax() const;
    AllocCarriers &operator+=(const AllocCarriers &o);
};

// The three kinds of carrier of an instance, or of a type summed over its instances, and what
// both derive from them.
struct AllocCarrierSet
{
    AllocCarriers mbcs, sbcs, pool;

    qint64 carriersSize() const { return mbcs.carriersSize + sbcs.carriersSize + pool.carriersSize; }
    qint64 blocksSize() const { return mbcs.blocksSize + sbcs.blocksSize + pool.blocksSize; }
    qint64 unused() const { return carriersSize() - blocksSize(); }
    // blocksSize / carriersSize; 1 without carriers.
    double usage() const;
    // Blocks in single-block carriers per block in multiblock ones (recon's sbcs_to_mbcs);
    // infinity when there are sbcs blocks and no mbcs blocks, 0 when neither.
    double sbcsToMbcs() const;
    // Share of the block bytes that sit in single-block carriers, 0..1.
    double sbcsShare() const;
};

// One instance of an allocator type: 0 is the global instance (threads that are not
// schedulers), 1..N one per scheduler (and more for dirty schedulers on some types).
struct AllocInstance : AllocCarrierSet
{
    int instance = 0;
};

// One allocator type (binary_alloc, eheap_alloc, ...) summed over its instances.
struct AllocType : AllocCarrierSet
{
    QString name;     // "binary_alloc"
    int instances = 0; // how many the node has
    // Only for the types whose instances were asked for (AllocCollector::setInstanceTypes, or
    // all of them); empty otherwise.
    QVector<AllocInstance> instanceRows;
    // The allocator's settings as the node reports them ("sbct" -> "524288", "as" -> "aoffcbf"),
    // from a scheduler instance when there is one. Filled by the collector on every sample
    // (the node sends them once per link).
    QVector<std::pair<QString, QString>> settings;

    QString setting(const QString &key) const;
    // The letter of the type in emulator flags: "B" for binary_alloc (+MBsbct), "" if unknown.
    static QString flagLetter(const QString &typeName);
};

// The mseg_alloc segment cache of one instance: how often a carrier came from the cache rather
// than from the OS. Cumulative since the node started.
struct MsegCache
{
    int instance = 0;
    qint64 hits = 0, calls = 0, cachedSegments = 0, segmentsSize = 0;
    // hits / calls; 1 with no calls (nothing missed).
    double hitRate() const;
};

// One allocator instance's unused carrier space, for the "worst first" fragmentation list.
struct AllocFragment
{
    QString type;
    int instance = 0;
    qint64 mbcsCarriersSize = 0, mbcsBlocksSize = 0; // multiblock carriers plus the pool's
    qint64 sbcsCarriersSize = 0, sbcsBlocksSize = 0;

    qint64 carriersSize() const { return mbcsCarriersSize + sbcsCarriersSize; }
    qint64 blocksSize() const { return mbcsBlocksSize + sbcsBlocksSize; }
    double usage() const;
    // (1 − usage) × carrier size, i.e. the unused bytes: recon's fragmentation weight.
    qint64 weight() const { return carriersSize() - blocksSize(); }
};

// One reading of the node's memory allocators: a single allocator dump summarised on the node,
// and erlang:memory() from the same moment. Immutable once built.
struct AllocSample
{
    QDateTime takenAt;    // when Beamtop received it (UTC)
    qint64 sampledAtMs = 0; // the node's clock

    QVector<AllocType> types; // every enabled alloc_util allocator, in the node's order
    QVector<MsegCache> mseg;  // one per mseg_alloc instance; empty when mseg_alloc is off
    QVector<AllocFragment> fragments; // worst first (by weight), at most the number asked for
    // Settings of the allocators that are not alloc_util ones: "sys_alloc", "mseg_alloc",
    // "erts_mmap" -> key/value lists (kept by the collector like AllocType::settings).
    QVector<std::pair<QString, QVector<std::pair<QString, QString>>>> otherSettings;

    struct Totals
    {
        qint64 allocated = 0; // Σ carriers_size over the alloc_util allocators
        qint64 used = 0;      // Σ blocks_size over the same
        qint64 erlangTotal = 0; // erlang:memory(total), same moment
        std::optional<qint64> rss; // the OS's resident size of the node's process (Linux only)
        qint64 unused() const { return allocated - used; }
        double usage() const;
    } totals;

    const AllocType *type(const QString &name) const;

    // Reads the agent's alloc reply. false with *error set when it is malformed.
    static bool fromTerm(const Term &map, AllocSample *out, QString *error);
    // The "allocators" section of beamtop.snapshot/1 (findings are added by the section).
    QJsonObject toJson(bool withInstances = false) const;
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::AllocSample)
