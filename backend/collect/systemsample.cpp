// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemsample.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace beamtop {

namespace {

struct IntField
{
    const char *key;
    qint64 SystemSample::*member;
    bool required;
};

// One table drives both decoding and JSON, so the two can never disagree on a key.
const IntField IntFields[] = {
    {"uptime_ms", &SystemSample::uptimeMs, true},
    {"wordsize", &SystemSample::wordsize, true},
    {"logical_processors", &SystemSample::logicalProcessors, false},
    {"logical_processors_online", &SystemSample::logicalProcessorsOnline, false},
    {"logical_processors_available", &SystemSample::logicalProcessorsAvailable, false},
    {"schedulers", &SystemSample::schedulers, true},
    {"schedulers_online", &SystemSample::schedulersOnline, true},
    {"dirty_cpu_schedulers", &SystemSample::dirtyCpuSchedulers, false},
    {"dirty_cpu_schedulers_online", &SystemSample::dirtyCpuSchedulersOnline, false},
    {"dirty_io_schedulers", &SystemSample::dirtyIoSchedulers, false},
    {"async_threads", &SystemSample::asyncThreads, false},
    {"process_count", &SystemSample::processCount, true},
    {"process_limit", &SystemSample::processLimit, true},
    {"port_count", &SystemSample::portCount, true},
    {"port_limit", &SystemSample::portLimit, true},
    {"atom_count", &SystemSample::atomCount, true},
    {"atom_limit", &SystemSample::atomLimit, true},
    {"ets_count", &SystemSample::etsCount, true},
    {"ets_limit", &SystemSample::etsLimit, true},
    {"run_queue", &SystemSample::runQueue, true},
    {"reductions", &SystemSample::reductions, true},
    {"io_input_bytes", &SystemSample::ioInputBytes, true},
    {"io_output_bytes", &SystemSample::ioOutputBytes, true},
    {"gc_count", &SystemSample::gcCount, true},
    {"gc_words_reclaimed", &SystemSample::gcWordsReclaimed, true},
    {"context_switches", &SystemSample::contextSwitches, false},
    {"connected_nodes", &SystemSample::connectedNodes, false},
    {"sampled_at_ms", &SystemSample::sampledAtMs, false},
};

struct TextField
{
    const char *key;
    QString SystemSample::*member;
};

const TextField TextFields[] = {
    {"node", &SystemSample::node},
    {"otp_release", &SystemSample::otpRelease},
    {"erts_version", &SystemSample::ertsVersion},
    {"elixir_version", &SystemSample::elixirVersion},
    {"system_architecture", &SystemSample::systemArchitecture},
    {"os_family", &SystemSample::osFamily},
    {"os_name", &SystemSample::osName},
    {"os_version", &SystemSample::osVersion},
};

struct MemField
{
    const char *key;
    qint64 SystemSample::Memory::*member;
};

const MemField MemFields[] = {
    {"total", &SystemSample::Memory::total},
    {"processes", &SystemSample::Memory::processes},
    {"processes_used", &SystemSample::Memory::processesUsed},
    {"system", &SystemSample::Memory::system},
    {"atom", &SystemSample::Memory::atom},
    {"atom_used", &SystemSample::Memory::atomUsed},
    {"binary", &SystemSample::Memory::binary},
    {"code", &SystemSample::Memory::code},
    {"ets", &SystemSample::Memory::ets},
    {"persistent_term", &SystemSample::Memory::persistentTerm},
};

struct RateField
{
    const char *key;
    double SystemSample::*member;
};

const RateField RateFields[] = {
    {"reductions_per_s", &SystemSample::reductionsPerS},
    {"io_input_bytes_per_s", &SystemSample::ioInputBytesPerS},
    {"io_output_bytes_per_s", &SystemSample::ioOutputBytesPerS},
    {"gc_per_s", &SystemSample::gcPerS},
    {"gc_words_reclaimed_per_s", &SystemSample::gcWordsReclaimedPerS},
    {"context_switches_per_s", &SystemSample::contextSwitchesPerS},
};

} // namespace

bool SystemSample::fromTerm(const Term &map, SystemSample *out, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!map.isMap())
        return fail(QCoreApplication::translate("SystemSample", "The system overview is not a map."));
    SystemSample s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    for (const IntField &f : IntFields) {
        const Term v = map.value(f.key);
        if (v.isInteger())
            s.*f.member = v.toInt();
        else if (f.required)
            return fail(QCoreApplication::translate("SystemSample", "The system overview lacks '%1'.")
                            .arg(QLatin1String(f.key)));
    }
    for (const TextField &f : TextFields) {
        const Term v = map.value(f.key);
        if (!v.isAtom("undefined"))
            s.*f.member = v.toText();
    }
    s.kernelPoll = map.value("kernel_poll").toBool();
    const Term allocators = map.value("alloc_util_allocators");
    if (allocators.isProperList()) {
        for (const Term &a : allocators.elements()) {
            if (a.isAtom())
                s.allocators.append(a.atomName());
        }
    }
    if (map.value("machine_memory").isInteger())
        s.machineMemory = qMax<qint64>(0, map.value("machine_memory").toInt());
    const Term mnesia = map.value("mnesia");
    if (mnesia.isMap() && mnesia.value("commits").isInteger()) {
        s.hasMnesia = true;
        s.mnesia.commits = mnesia.value("commits").toInt();
        s.mnesia.failures = mnesia.value("failures").toInt();
        s.mnesia.restarts = mnesia.value("restarts").toInt();
        s.mnesia.logWrites = mnesia.value("log_writes").toInt();
    }
    const Term mem = map.value("memory");
    if (!mem.isMap())
        return fail(QCoreApplication::translate("SystemSample", "The system overview lacks 'memory'."));
    for (const MemField &f : MemFields)
        s.memory.*f.member = mem.value(f.key).toInt();
    *out = s;
    return true;
}

void SystemSample::computeRates(const SystemSample &previous)
{
    const qint64 dtMs = uptimeMs - previous.uptimeMs;
    if (dtMs <= 0 || previous.node != node)
        return; // a restarted node or a stale sample: no honest rate
    intervalS = double(dtMs) / 1000.0;
    auto rate = [&](qint64 now, qint64 before) { return now >= before ? double(now - before) / intervalS : 0.0; };
    reductionsPerS = rate(reductions, previous.reductions);
    ioInputBytesPerS = rate(ioInputBytes, previous.ioInputBytes);
    ioOutputBytesPerS = rate(ioOutputBytes, previous.ioOutputBytes);
    gcPerS = rate(gcCount, previous.gcCount);
    gcWordsReclaimedPerS = rate(gcWordsReclaimed, previous.gcWordsReclaimed);
    contextSwitchesPerS = rate(contextSwitches, previous.contextSwitches);
    hasRates = true;
    if (hasMnesia && previous.hasMnesia && mnesia.commits >= previous.mnesia.commits) {
        mnesiaCommitsPerS = rate(mnesia.commits, previous.mnesia.commits);
        mnesiaFailuresPerS = rate(mnesia.failures, previous.mnesia.failures);
        mnesiaRestartsPerS = rate(mnesia.restarts, previous.mnesia.restarts);
        mnesiaLogWritesPerS = rate(mnesia.logWrites, previous.mnesia.logWrites);
        hasMnesiaRates = true;
    }
}

QJsonObject SystemSample::toJson() const
{
    QJsonObject o;
    for (const TextField &f : TextFields) {
        const QString &v = this->*f.member;
        o.insert(QLatin1String(f.key), v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
    }
    o.insert(QStringLiteral("kernel_poll"), kernelPoll);
    for (const IntField &f : IntFields)
        o.insert(QLatin1String(f.key), double(this->*f.member));
    QJsonObject mem;
    for (const MemField &f : MemFields)
        mem.insert(QLatin1String(f.key), double(memory.*f.member));
    o.insert(QStringLiteral("memory"), mem);
    o.insert(QStringLiteral("machine_memory_bytes"),
             machineMemory > 0 ? QJsonValue(double(machineMemory)) : QJsonValue(QJsonValue::Null));
    for (const RateField &f : RateFields)
        o.insert(QLatin1String(f.key), hasRates ? QJsonValue(this->*f.member) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("interval_s"), hasRates ? QJsonValue(intervalS) : QJsonValue(QJsonValue::Null));
    return o;
}

} // namespace beamtop
