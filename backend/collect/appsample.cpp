// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsample.h"

#include <QJsonArray>

#include <algorithm>

namespace beamtop {

namespace {

QString textOf(const Term &t)
{
    if (t.isBinary() || t.kind() == Term::Kind::String || t.isList())
        return t.toText();
    if (t.isAtom())
        return t.atomName();
    return {};
}

} // namespace

bool AppTotals::fromTerm(const Term &t, AppTotals *out)
{
    if (!t.isTuple(5))
        return false;
    for (int i = 0; i < 4; ++i)
        if (!t.at(i).isInteger())
            return false;
    out->processes = t.at(0).toInt();
    out->memory = t.at(1).toInt();
    out->messageQueue = t.at(2).toInt();
    out->reductions = t.at(3).toInt();
    out->reductionsPerSec = t.at(4).isNumber() ? std::max(0.0, t.at(4).toDouble()) : -1;
    return true;
}

bool AppTotals::operator==(const AppTotals &o) const
{
    return processes == o.processes && memory == o.memory && messageQueue == o.messageQueue
        && reductions == o.reductions && reductionsPerSec == o.reductionsPerSec;
}

QJsonObject AppTotals::toJson() const
{
    QJsonObject o{{QStringLiteral("process_count"), processes},
                  {QStringLiteral("memory"), memory},
                  {QStringLiteral("message_queue_len"), messageQueue}};
    o.insert(QStringLiteral("reductions_per_sec"),
             reductionsPerSec < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qint64(reductionsPerSec)));
    return o;
}

QString AppRow::statusText(Status s)
{
    switch (s) {
    case Status::Running: return QStringLiteral("running");
    case Status::Starting: return QStringLiteral("starting");
    case Status::Loaded: break;
    }
    return QStringLiteral("loaded");
}

QString AppRow::statusText() const
{
    return statusText(status);
}

const AppRow *AppsSample::find(const QString &nameText) const
{
    for (const AppRow &a : apps)
        if (a.nameText == nameText)
            return &a;
    return nullptr;
}

AppsSample AppsSample::fromTerm(const Term &value)
{
    AppsSample s;
    if (!value.isMap())
        return s;
    for (const Term &t : value.value("apps").elements()) {
        if (!t.isTuple(6) || !t.at(0).isAtom())
            continue;
        AppRow a;
        a.name = t.at(0);
        a.nameText = t.at(0).atomName();
        a.description = textOf(t.at(1));
        a.version = textOf(t.at(2));
        const Term st = t.at(3);
        a.status = st.isAtom("running") ? AppRow::Status::Running
                   : st.isAtom("starting") ? AppRow::Status::Starting
                                           : AppRow::Status::Loaded;
        if (t.at(4).isAtom() && !t.at(4).isAtom("undefined"))
            a.startType = t.at(4).atomName();
        a.hasTotals = AppTotals::fromTerm(t.at(5), &a.totals);
        s.apps.append(a);
    }
    std::sort(s.apps.begin(), s.apps.end(), [](const AppRow &x, const AppRow &y) { return x.nameText < y.nameText; });
    AppTotals::fromTerm(value.value("outside"), &s.outside);
    const Term info = value.value("info");
    if (info.isTaggedTuple("error", 2)) {
        s.infoOk = false;
        s.infoError = textOf(info.at(1));
    }
    const Term sweep = value.value("sweep");
    if (sweep.isMap()) {
        s.partial = true;
        s.sweepDone = sweep.value("done").toInt();
        s.sweepTotal = sweep.value("total").toInt();
    }
    const Term aged = value.value("aged_ms");
    s.agedMs = aged.isInteger() ? aged.toInt() : -1;
    const Term last = value.value("last_sweep_ms");
    s.lastSweepMs = last.isInteger() ? last.toInt() : -1;
    s.processCount = value.value("process_count").toInt();
    s.sampledAtMs = value.value("sampled_at_ms").toInt();
    return s;
}

QJsonObject AppsSample::toJson() const
{
    QJsonArray rows;
    for (const AppRow &a : apps) {
        QJsonObject o{{QStringLiteral("name"), a.nameText},
                      {QStringLiteral("version"), a.version},
                      {QStringLiteral("description"), a.description},
                      {QStringLiteral("status"), a.statusText()},
                      {QStringLiteral("start_type"), a.startType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.startType)}};
        if (a.hasTotals) {
            const QJsonObject t = a.totals.toJson();
            for (auto it = t.begin(); it != t.end(); ++it)
                o.insert(it.key(), it.value());
        } else {
            for (const char *k : {"process_count", "memory", "message_queue_len", "reductions_per_sec"})
                o.insert(QLatin1String(k), QJsonValue(QJsonValue::Null));
        }
        rows.append(o);
    }
    return QJsonObject{{QStringLiteral("applications"), rows},
                       {QStringLiteral("outside"), outside.toJson()},
                       {QStringLiteral("partial"), partial},
                       {QStringLiteral("aged_ms"), agedMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(agedMs)},
                       {QStringLiteral("process_count"), processCount}};
}

} // namespace beamtop
