// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "allocsample.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QVector>

namespace beamtop {

// What an allocator reading says in plain words: each finding is one rule that fired, the
// figures that made it fire and the emulator flag to look at. Beamtop never applies a flag; it
// names it and links to its line in the erts_alloc documentation.
struct AllocFinding
{
    enum class Severity { Info, Warning };

    QString rule;  // stable id: "fragmentation", "large_blocks", "mseg_cache", "outside_allocators", ...
    Severity severity = Severity::Warning;
    QString subject; // what it is about: "binary_alloc", "mseg_alloc instance 3", "node"
    QString text;    // one sentence for people, translated, figures formatted
    QStringList flags; // "+MBas aobf", "+MBacul"
    QVector<std::pair<QString, double>> figures; // raw figures behind the text, snake_case keys

    QJsonObject toJson() const; // {rule, subject, text, flags, figures: {...}}
    // The erts_alloc documentation line for a flag like "+MBsbct" or "+MMmcs".
    static QUrl docUrl(const QString &flag);
};

// The rules, applied to one sample. Thresholds are public so the tests and the documentation
// name the same edges: a Max* edge is exclusive (usage < FragmentationMaxUsage fires, equal
// does not), a Min* edge inclusive (carriers >= FragmentationMinCarriers fires), except the
// hit rate, which fires strictly below MsegMinHitRate.
struct AllocFindings
{
    // fragmentation: a type's carriers are less than this full ...
    static constexpr double FragmentationMaxUsage = 0.50;
    // ... and hold at least this much (smaller allocators are not worth a flag).
    static constexpr qint64 FragmentationMinCarriers = 16 * 1024 * 1024;
    // large_blocks: at least this share of a type's block bytes in single-block carriers ...
    static constexpr double LargeBlocksMinShare = 0.40;
    // ... and at least this much in them.
    static constexpr qint64 LargeBlocksMinBytes = 8 * 1024 * 1024;
    // mseg_cache: an instance's hit rate below this ...
    static constexpr double MsegMinHitRate = 0.80;
    // ... over at least this many calls.
    static constexpr qint64 MsegMinCalls = 1000;
    // outside_allocators: RSS exceeds what the allocators hold (their carriers, or
    // erlang:memory(total) when that is more) by this share ...
    static constexpr double OutsideMinShare = 0.50;
    // ... and by at least this much: an idle node's code, libraries and thread stacks are
    // resident too (about 70 MiB on an idle RabbitMQ), which is not worth a note.
    static constexpr qint64 OutsideMinBytes = 256 * 1024 * 1024;

    // Worst first: warnings before information, then by the bytes concerned.
    static QVector<AllocFinding> evaluate(const AllocSample &sample);
};

} // namespace beamtop
