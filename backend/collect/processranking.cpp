// SPDX-License-Identifier: GPL-3.0-or-later
#include "processranking.h"

#include <QJsonValue>

namespace beamtop {

namespace {
const char *const SortNames[] = {"memory", "reductions", "message_queue_len", "total_heap_size", "binary_memory"};
}

QString ProcessQuery::sortName(Sort s)
{
    return QLatin1String(SortNames[int(s)]);
}

bool ProcessQuery::parseSort(const QString &name, Sort *out)
{
    for (int i = 0; i < int(std::size(SortNames)); ++i) {
        if (name == QLatin1String(SortNames[i])) {
            *out = Sort(i);
            return true;
        }
    }
    return false;
}

RankedQuery ProcessQuery::toRanked() const
{
    RankedQuery q;
    q.kind = QStringLiteral("process");
    q.sort = sortName(sort);
    q.window = mode == Mode::Window;
    q.filter = filter;
    q.offset = offset;
    q.limit = limit;
    q.intervalMs = intervalMs;
    for (const NodeId &id : pinned)
        q.pinned.append(Term::pid(id));
    return q;
}

QString ProcessRow::displayName(const TermFormatter &f) const
{
    return f.processName(name, initialCall);
}

void ProcessRow::takeValuesOf(const ProcessRow &shown)
{
    name = shown.name;
    initialCall = shown.initialCall;
    currentFunction = shown.currentFunction;
    memory = shown.memory;
    reductions = shown.reductions;
    messageQueueLen = shown.messageQueueLen;
    binaryMemory = shown.binaryMemory;
    totalHeapSize = shown.totalHeapSize;
    application = shown.application;
    reductionsPerS = shown.reductionsPerS;
}

QJsonObject ProcessRow::toJson(const TermFormatter &f) const
{
    QJsonObject o;
    auto callOrNull = [&](const Term &t) {
        return t.isAtom("undefined") || t.isError() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.call(t));
    };
    // An exited process never read alive has no figures: null, not zeros.
    const bool values = hasValues();
    auto number = [&](qint64 v) { return values ? QJsonValue(double(v)) : QJsonValue(QJsonValue::Null); };
    o.insert(QStringLiteral("pid"), pidText);
    o.insert(QStringLiteral("name"), name.isAtom("undefined") || name.isError() ? QJsonValue(QJsonValue::Null)
                                                                                : QJsonValue(displayName(f)));
    o.insert(QStringLiteral("initial_call"), callOrNull(initialCall));
    o.insert(QStringLiteral("current_function"), callOrNull(currentFunction));
    o.insert(QStringLiteral("memory"), number(memory));
    o.insert(QStringLiteral("reductions"), number(reductions));
    o.insert(QStringLiteral("reductions_per_s"), reductionsPerS < 0 || !values ? QJsonValue(QJsonValue::Null) : QJsonValue(reductionsPerS));
    o.insert(QStringLiteral("message_queue_len"), number(messageQueueLen));
    o.insert(QStringLiteral("binary_memory"), number(binaryMemory));
    o.insert(QStringLiteral("total_heap_size"), number(totalHeapSize));
    o.insert(QStringLiteral("status"), exited() ? QStringLiteral("exited") : status);
    o.insert(QStringLiteral("application"), application.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(application));
    if (rankValue >= 0)
        o.insert(QStringLiteral("rank_value"), double(rankValue));
    // An exited process: when the figures shown were read (null: never).
    if (exited())
        o.insert(QStringLiteral("last_seen"), seenAt.isValid() ? QJsonValue(seenAt.toUTC().toString(Qt::ISODateWithMs))
                                                               : QJsonValue(QJsonValue::Null));
    return o;
}

bool ProcessRow::fromTerm(const Term &t, ProcessRow *out)
{
    // {Pid, PidText, Name, InitialCall, CurrentFunction, Memory, Reductions, MQL, BinaryMemory,
    //  TotalHeapSize, Status, Application, RankValue, AgentReads}; AgentReads only from the agent
    if (!(t.isTuple(13) || t.isTuple(14)) || !t.at(0).isPid())
        return false;
    ProcessRow r;
    r.pid = t.at(0).nodeId();
    r.pidText = t.at(1).toText();
    r.name = t.at(2);
    r.initialCall = t.at(3);
    r.currentFunction = t.at(4);
    r.memory = t.at(5).toInt();
    r.reductions = t.at(6).toInt();
    r.messageQueueLen = t.at(7).toInt();
    r.binaryMemory = t.at(8).toInt();
    r.totalHeapSize = t.at(9).toInt();
    r.status = t.at(10).atomName();
    r.application = t.at(11).isAtom("undefined") ? QString() : t.at(11).atomName();
    r.rankValue = t.at(12).isInteger() ? t.at(12).toInt() : -1;
    r.agentReads = t.isTuple(14) && t.at(13).isInteger() ? t.at(13).toInt() : -1;
    // Every v2 agent sends an exited process as status exited with zero figures.
    r.gone = r.status == QLatin1String("exited");
    *out = r;
    return true;
}

double ProcessRanking::shownValue(const ProcessRow &r) const
{
    using S = ProcessQuery::Sort;
    if (!r.hasValues())
        return double(r.rankValue);
    if (query.mode == ProcessQuery::Mode::Window)
        return query.sort == S::Reductions ? r.reductionsPerS : double(r.rankValue);
    switch (query.sort) {
    case S::Memory: return double(r.memory);
    case S::Reductions: return double(r.reductions);
    case S::MessageQueueLen: return double(r.messageQueueLen);
    case S::TotalHeapSize: return double(r.totalHeapSize);
    case S::BinaryMemory: return double(r.binaryMemory);
    }
    return double(r.rankValue);
}

ProcessRanking ProcessRanking::fromReply(const ProcessQuery &query, const RankingStatus &status,
                                         const QVector<Term> &rows, const QVector<Term> &extra)
{
    ProcessRanking p;
    static_cast<RankingStatus &>(p) = status;
    p.query = query;
    for (const Term &r : rows) {
        ProcessRow row;
        if (ProcessRow::fromTerm(r, &row))
            p.rows.append(row);
    }
    for (const Term &r : extra) {
        ProcessRow row;
        if (ProcessRow::fromTerm(r, &row))
            p.pinned.append(row);
    }
    return p;
}

} // namespace beamtop
