// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace beamtop {

// One sample of a node's system overview: what observer's System tab and observer_cli's
// header show. Immutable once built; rates are derived from the previous sample.
struct SystemSample
{
    QDateTime takenAt; // when Beamtop received it (UTC)

    QString node, otpRelease, ertsVersion, elixirVersion, systemArchitecture;
    QString osFamily, osName, osVersion;
    bool kernelPoll = false;
    // The enabled alloc_util allocators ("binary_alloc", ...), in the node's order; empty when
    // the node did not say (an older agent, the reduced mode).
    QStringList allocators;

    qint64 uptimeMs = 0;
    qint64 wordsize = 0;
    qint64 logicalProcessors = 0, logicalProcessorsOnline = 0, logicalProcessorsAvailable = -1;
    qint64 schedulers = 0, schedulersOnline = 0;
    qint64 dirtyCpuSchedulers = 0, dirtyCpuSchedulersOnline = 0, dirtyIoSchedulers = 0;
    qint64 asyncThreads = 0;
    qint64 processCount = 0, processLimit = 0, portCount = 0, portLimit = 0;
    qint64 atomCount = 0, atomLimit = 0, etsCount = 0, etsLimit = 0;
    qint64 runQueue = 0, reductions = 0, ioInputBytes = 0, ioOutputBytes = 0;
    qint64 gcCount = 0, gcWordsReclaimed = 0, contextSwitches = 0, connectedNodes = 0;
    qint64 sampledAtMs = 0; // the node's clock
    // The memory the node's machine has (its cgroup's limit when lower), bytes; 0 when the node
    // did not say (not Linux, an older agent, the reduced mode).
    qint64 machineMemory = 0;

    struct Memory
    {
        qint64 total = 0, processes = 0, processesUsed = 0, system = 0, atom = 0, atomUsed = 0;
        qint64 binary = 0, code = 0, ets = 0, persistentTerm = 0;
    } memory;

    // Mnesia's cumulative transaction counters; hasMnesia false when Mnesia does not run (or
    // the agent does not send them).
    bool hasMnesia = false;
    struct Mnesia
    {
        qint64 commits = 0, failures = 0, restarts = 0, logWrites = 0;
    } mnesia;

    // Per-second rates over the interval since the previous sample (node time).
    bool hasRates = false;
    double intervalS = 0;
    double reductionsPerS = 0, ioInputBytesPerS = 0, ioOutputBytesPerS = 0;
    double gcPerS = 0, gcWordsReclaimedPerS = 0, contextSwitchesPerS = 0;
    // Only when both samples have Mnesia's counters (and they did not go back: a restarted Mnesia).
    bool hasMnesiaRates = false;
    double mnesiaCommitsPerS = 0, mnesiaFailuresPerS = 0, mnesiaRestartsPerS = 0, mnesiaLogWritesPerS = 0;

    // Reads the agent's system map (the same shape the reduced mode assembles). Returns false
    // with *error set when required keys are missing or of the wrong type.
    static bool fromTerm(const Term &map, SystemSample *out, QString *error);
    // Fills the rate fields from an earlier sample of the same node.
    void computeRates(const SystemSample &previous);
    // snake_case keys, stable: the "system" section of beamtop.snapshot/1.
    QJsonObject toJson() const;
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::SystemSample)
