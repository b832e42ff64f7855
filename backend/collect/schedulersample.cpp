// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulersample.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace beamtop {

namespace {

// No node runs more than 1024 schedulers of a kind; anything bigger is not a scheduler list.
constexpr int MaxSchedulers = 3 * 1024 + 2;

QJsonValue fraction(double v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

} // namespace

qint64 SchedulerSample::totalRunQueue() const
{
    qint64 sum = dirtyCpuRunQueue + dirtyIoRunQueue;
    for (const Scheduler &s : items) {
        if (s.type == Type::Normal)
            sum += s.runQueue;
    }
    return sum;
}

const SchedulerSample::Scheduler *SchedulerSample::byId(int id) const
{
    // Items are by id, 1-based and dense in what the node sends; search in case they are not.
    if (id >= 1 && id <= items.size() && items.at(id - 1).id == id)
        return &items.at(id - 1);
    for (const Scheduler &s : items) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

int SchedulerSample::count(Type type) const
{
    int n = 0;
    for (const Scheduler &s : items)
        n += s.type == type ? 1 : 0;
    return n;
}

QString SchedulerSample::typeKey(Type type)
{
    switch (type) {
    case Type::Normal: return QStringLiteral("normal");
    case Type::DirtyCpu: return QStringLiteral("dirty_cpu");
    case Type::DirtyIo: return QStringLiteral("dirty_io");
    }
    return {};
}

QString SchedulerSample::typeName(Type type)
{
    switch (type) {
    case Type::Normal: return QCoreApplication::translate("SchedulerSample", "Normal");
    case Type::DirtyCpu: return QCoreApplication::translate("SchedulerSample", "Dirty CPU");
    case Type::DirtyIo: return QCoreApplication::translate("SchedulerSample", "Dirty I/O");
    }
    return {};
}

bool SchedulerSample::fromTerm(const Term &map, SchedulerSample *out, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!map.isMap())
        return fail(QCoreApplication::translate("SchedulerSample", "The scheduler reading is not a map."));
    SchedulerSample s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    const Term counts[] = {map.value("schedulers"), map.value("schedulers_online"), map.value("dirty_cpu_schedulers"),
                           map.value("dirty_cpu_schedulers_online"), map.value("dirty_io_schedulers")};
    for (const Term &c : counts) {
        if (!c.isInteger() || c.toInt() < 0 || c.toInt() > 1024)
            return fail(QCoreApplication::translate("SchedulerSample", "The scheduler reading lacks the scheduler counts."));
    }
    s.schedulers = int(counts[0].toInt());
    s.schedulersOnline = int(counts[1].toInt());
    s.dirtyCpuSchedulers = int(counts[2].toInt());
    s.dirtyCpuSchedulersOnline = int(counts[3].toInt());
    s.dirtyIoSchedulers = int(counts[4].toInt());
    s.sampledAtUs = map.value("sampled_at_us").toInt();
    const Term before = map.value("enabled_before");
    s.enabledBeforeKnown = before.isAtom("true") || before.isAtom("false");
    s.enabledBefore = before.toBool();

    const int total = s.schedulers + s.dirtyCpuSchedulers + s.dirtyIoSchedulers;
    auto typeOf = [&](int id, int *index) {
        if (id <= s.schedulers) {
            *index = id;
            return Type::Normal;
        }
        if (id <= s.schedulers + s.dirtyCpuSchedulers) {
            *index = id - s.schedulers;
            return Type::DirtyCpu;
        }
        *index = id - s.schedulers - s.dirtyCpuSchedulers;
        return Type::DirtyIo;
    };
    s.items.resize(total);
    for (int id = 1; id <= total; ++id) {
        Scheduler &item = s.items[id - 1];
        item.id = id;
        item.type = typeOf(id, &item.index);
        item.online = item.type == Type::Normal ? item.index <= s.schedulersOnline
                    : item.type == Type::DirtyCpu ? item.index <= s.dirtyCpuSchedulersOnline
                                                  : true;
    }

    const Term wall = map.value("wall_time");
    if (wall.isList()) {
        if (wall.size() > MaxSchedulers)
            return fail(QCoreApplication::translate("SchedulerSample", "The scheduler reading is too long."));
        for (const Term &t : wall.elements()) {
            if (!t.isTuple(3) || !t.at(0).isInteger() || !t.at(1).isInteger() || !t.at(2).isInteger())
                return fail(QCoreApplication::translate("SchedulerSample", "A scheduler wall time is not {Id, Active, Total}."));
            const int id = int(t.at(0).toInt());
            if (id < 1 || id > total)
                continue; // a scheduler the counts do not know: skip rather than guess its type
            s.items[id - 1].activeTime = t.at(1).toInt();
            s.items[id - 1].totalTime = t.at(2).toInt();
        }
        s.wallTimeAvailable = true;
    } else if (!wall.isAtom("undefined")) {
        return fail(QCoreApplication::translate("SchedulerSample", "The scheduler reading lacks wall times."));
    }

    const Term queues = map.value("run_queues");
    if (queues.isList() && queues.size() <= MaxSchedulers) {
        const QVector<Term> q = queues.elements();
        for (int i = 0; i < q.size() && i < s.schedulers; ++i)
            s.items[i].runQueue = q.at(i).toInt();
        if (q.size() > s.schedulers)
            s.dirtyCpuRunQueue = q.at(s.schedulers).toInt();
        if (q.size() > s.schedulers + 1)
            s.dirtyIoRunQueue = q.at(s.schedulers + 1).toInt();
        for (Scheduler &item : s.items) {
            if (item.type == Type::DirtyCpu)
                item.runQueue = s.dirtyCpuRunQueue;
            else if (item.type == Type::DirtyIo)
                item.runQueue = s.dirtyIoRunQueue;
        }
    }
    s.computeAggregates();

    const Term previous = map.value("previous");
    if (previous.isMap()) {
        SchedulerSample first;
        if (!fromTerm(previous, &first, error))
            return false;
        s.computeUtilization(first);
    }
    *out = s;
    return true;
}

void SchedulerSample::computeUtilization(const SchedulerSample &previous)
{
    if (!wallTimeAvailable || !previous.wallTimeAvailable || previous.items.size() != items.size())
        return;
    intervalS = double(sampledAtUs - previous.sampledAtUs) / 1e6;
    bool any = false;
    for (Scheduler &s : items) {
        const Scheduler *p = previous.byId(s.id);
        s.utilization = -1;
        if (!p)
            continue;
        const qint64 dActive = s.activeTime - p->activeTime;
        const qint64 dTotal = s.totalTime - p->totalTime;
        // Counters that went backwards were reset (the flag was off for a while): no honest figure.
        if (dTotal <= 0 || dActive < 0)
            continue;
        s.utilization = qBound(0.0, double(dActive) / double(dTotal), 1.0);
        any = true;
    }
    hasUtilization = any;

    // Sums of the deltas, so a total weighs each scheduler by the time it was measured.
    auto share = [&](auto pick) {
        double active = 0, elapsed = 0;
        for (const Scheduler &s : qAsConst(items)) {
            const Scheduler *p = previous.byId(s.id);
            if (!p || s.utilization < 0 || !pick(s))
                continue;
            active += double(s.activeTime - p->activeTime);
            elapsed += double(s.totalTime - p->totalTime);
        }
        return elapsed > 0 ? qBound(0.0, active / elapsed, 1.0) : -1.0;
    };
    total = share([](const Scheduler &s) { return s.type != Type::DirtyIo; });
    normal = share([](const Scheduler &s) { return s.type == Type::Normal; });
    dirtyCpu = share([](const Scheduler &s) { return s.type == Type::DirtyCpu; });
    dirtyIo = share([](const Scheduler &s) { return s.type == Type::DirtyIo; });
    computeAggregates();
}

void SchedulerSample::computeAggregates()
{
    spread = -1;
    busiestId = idlestId = 0;
    runQueueMaxId = runQueueMinId = 0;
    runQueueMax = runQueueMin = 0;
    double busiest = -1, idlest = 2;
    bool firstQueue = true;
    for (const Scheduler &s : qAsConst(items)) {
        if (s.type != Type::Normal || !s.online)
            continue;
        if (s.utilization >= 0) {
            if (s.utilization > busiest) {
                busiest = s.utilization;
                busiestId = s.id;
            }
            if (s.utilization < idlest) {
                idlest = s.utilization;
                idlestId = s.id;
            }
        }
        if (firstQueue || s.runQueue > runQueueMax) {
            runQueueMax = s.runQueue;
            runQueueMaxId = s.id;
        }
        if (firstQueue || s.runQueue < runQueueMin) {
            runQueueMin = s.runQueue;
            runQueueMinId = s.id;
        }
        firstQueue = false;
    }
    if (busiest >= 0)
        spread = busiest - idlest;
}

QJsonObject SchedulerSample::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("available"), wallTimeAvailable && hasUtilization);
    o.insert(QStringLiteral("interval_s"), hasUtilization ? QJsonValue(intervalS) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("schedulers"), schedulers);
    o.insert(QStringLiteral("schedulers_online"), schedulersOnline);
    o.insert(QStringLiteral("dirty_cpu_schedulers"), dirtyCpuSchedulers);
    o.insert(QStringLiteral("dirty_cpu_schedulers_online"), dirtyCpuSchedulersOnline);
    o.insert(QStringLiteral("dirty_io_schedulers"), dirtyIoSchedulers);
    o.insert(QStringLiteral("utilization_total"), fraction(total));
    o.insert(QStringLiteral("utilization_normal"), fraction(normal));
    o.insert(QStringLiteral("utilization_dirty_cpu"), fraction(dirtyCpu));
    o.insert(QStringLiteral("utilization_dirty_io"), fraction(dirtyIo));
    o.insert(QStringLiteral("utilization_spread"), fraction(spread));
    o.insert(QStringLiteral("busiest"), busiestId > 0 ? QJsonValue(busiestId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("idlest"), idlestId > 0 ? QJsonValue(idlestId) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("run_queue_total"), double(totalRunQueue()));
    o.insert(QStringLiteral("run_queue_imbalance"), double(runQueueImbalance()));
    o.insert(QStringLiteral("dirty_cpu_run_queue"), double(dirtyCpuRunQueue));
    o.insert(QStringLiteral("dirty_io_run_queue"), double(dirtyIoRunQueue));
    o.insert(QStringLiteral("enabled_before"), enabledBeforeKnown ? QJsonValue(enabledBefore) : QJsonValue(QJsonValue::Null));
    QJsonArray list;
    for (const Scheduler &s : items) {
        QJsonObject i;
        i.insert(QStringLiteral("id"), s.id);
        i.insert(QStringLiteral("type"), typeKey(s.type));
        i.insert(QStringLiteral("index"), s.index);
        i.insert(QStringLiteral("online"), s.online);
        i.insert(QStringLiteral("utilization"), fraction(s.utilization));
        i.insert(QStringLiteral("sleep"), fraction(s.sleep()));
        i.insert(QStringLiteral("run_queue"), double(s.runQueue));
        list.append(i);
    }
    o.insert(QStringLiteral("items"), list);
    return o;
}

} // namespace beamtop
