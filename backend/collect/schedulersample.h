// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace beamtop {

// One reading of a node's schedulers: per scheduler the scheduler_wall_time counters (busy
// time and elapsed time, in the runtime's own unit) and run-queue lengths. Utilisation is the
// share of the elapsed time a scheduler was busy between two readings, so it is known once a
// reading has a previous one (computeUtilization), or when the agent took both in one call.
struct SchedulerSample
{
    enum class Type { Normal, DirtyCpu, DirtyIo };

    struct Scheduler
    {
        int id = 0;    // the node's id: normal schedulers first, then dirty CPU, then dirty IO
        Type type = Type::Normal;
        int index = 0; // 1-based within its type
        bool online = true;
        qint64 activeTime = 0, totalTime = 0; // raw counters, since the flag went on
        double utilization = -1;              // 0..1 over the interval; -1: not known
        qint64 runQueue = 0; // normal: its own queue; dirty: the queue its type shares

        // Share of the interval the scheduler had nothing to run (asleep or spinning for work).
        double sleep() const { return utilization < 0 ? -1 : 1.0 - utilization; }
    };

    QDateTime takenAt; // when Beamtop received it (UTC)
    qint64 sampledAtUs = 0; // the node's monotonic clock

    int schedulers = 0, schedulersOnline = 0;
    int dirtyCpuSchedulers = 0, dirtyCpuSchedulersOnline = 0, dirtyIoSchedulers = 0;
    // False when the node answered without wall times: the flag is off (reduced mode, where
    // Beamtop has no process on the node to hold it). Run queues are known either way.
    bool wallTimeAvailable = false;
    // Whether scheduler_wall_time was on before Beamtop turned it on; unknown in reduced mode.
    bool enabledBeforeKnown = false, enabledBefore = false;
    QVector<Scheduler> items; // by id
    qint64 dirtyCpuRunQueue = 0, dirtyIoRunQueue = 0;

    // Known after computeUtilization (or from a windowed agent reading).
    bool hasUtilization = false;
    double intervalS = 0;
    // Busy share of all normal and dirty CPU schedulers together, as scheduler:utilization/1's
    // "total"; and per type. -1: not known.
    double total = -1, normal = -1, dirtyCpu = -1, dirtyIo = -1;

    // Balance among the online normal schedulers (the ones that share the Erlang work): the
    // spread between the busiest and the idlest, and how uneven their run queues are.
    double spread = -1;
    int busiestId = 0, idlestId = 0;
    qint64 runQueueMax = 0, runQueueMin = 0;
    int runQueueMaxId = 0, runQueueMinId = 0;

    qint64 totalRunQueue() const;
    qint64 runQueueImbalance() const { return runQueueMax - runQueueMin; }
    // The scheduler with this id, or nullptr.
    const Scheduler *byId(int id) const;
    int count(Type type) const;

    static QString typeKey(Type type); // "normal", "dirty_cpu", "dirty_io"
    static QString typeName(Type type); // for people

    // Reads the agent's scheduler map (the reduced mode assembles the same shape). A map with
    // a "previous" reading gives utilisation right away. Returns false with *error set when the
    // shape is wrong.
    static bool fromTerm(const Term &map, SchedulerSample *out, QString *error);
    // Utilisation over the interval since an earlier reading of the same node. Schedulers whose
    // counters went backwards (the flag was off in between) stay unknown.
    void computeUtilization(const SchedulerSample &previous);
    // The "schedulers" section of beamtop.snapshot/1: snake_case keys, utilisation 0..1.
    QJsonObject toJson() const;

private:
    void computeAggregates();
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::SchedulerSample)
