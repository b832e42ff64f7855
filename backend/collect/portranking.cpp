// SPDX-License-Identifier: GPL-3.0-or-later
#include "portranking.h"

#include "termjson.h"

#include <QJsonValue>

namespace beamtop {

namespace {
const char *const SortNames[] = {"io", "recv_oct", "send_oct", "recv_cnt", "send_cnt", "queue_size", "memory"};

// A binary, or nothing for undefined (which toText would spell out).
QString textOrEmpty(const Term &t)
{
    return t.isAtom() ? QString() : t.toText();
}

// The owner's registered name or label, or its initial call through proc_lib; empty if none.
QString ownerNameText(const TermFormatter &f, const Term &ownerName)
{
    const bool call = ownerName.isTuple(3);
    return f.processName(call ? Term::atom("undefined") : ownerName, call ? ownerName : Term());
}

bool isPortId(const Term &t)
{
    return t.kind() == Term::Kind::Port || (t.isTaggedTuple("$socket", 2) && t.at(1).kind() == Term::Kind::Reference);
}
} // namespace

QString PortQuery::sortName(Sort s)
{
    return QLatin1String(SortNames[int(s)]);
}

bool PortQuery::parseSort(const QString &name, Sort *out)
{
    for (int i = 0; i < int(std::size(SortNames)); ++i) {
        if (name == QLatin1String(SortNames[i])) {
            *out = Sort(i);
            return true;
        }
    }
    return false;
}

QStringList PortQuery::typeNames()
{
    return {QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("sctp"), QStringLiteral("socket"),
            QStringLiteral("spawn"), QStringLiteral("file"), QStringLiteral("other")};
}

RankedQuery PortQuery::toRanked() const
{
    RankedQuery q;
    q.kind = QStringLiteral("port");
    q.sort = sortName(sort);
    q.window = mode == Mode::Window;
    // The agent takes type:T words out of the text; a type it does not know is not sent (it
    // would be matched as text and find nothing).
    const QString text = filter.trimmed();
    q.filter = text;
    if (isTypeName(type))
        q.filter = text.isEmpty() ? QString(QStringLiteral("type:") + type) : QString(QStringLiteral("type:") + type + QLatin1Char(' ') + text);
    q.offset = offset;
    q.limit = limit;
    q.intervalMs = intervalMs;
    q.pinned = pinned;
    return q;
}

void PortRow::takeValuesOf(const PortRow &shown)
{
    type = shown.type;
    name = shown.name;
    owner = shown.owner;
    ownerName = shown.ownerName;
    local = shown.local;
    peer = shown.peer;
    recvOct = shown.recvOct;
    sendOct = shown.sendOct;
    recvCnt = shown.recvCnt;
    sendCnt = shown.sendCnt;
    queueSize = shown.queueSize;
    memory = shown.memory;
    osPid = shown.osPid;
    recvPerS = shown.recvPerS;
    sendPerS = shown.sendPerS;
}

QString PortRow::ownerText(const TermFormatter &f) const
{
    const QString named = ownerNameText(f, ownerName);
    if (!named.isEmpty())
        return named;
    return owner.isPid() ? f.pid(owner.nodeId()) : QString();
}

QJsonObject PortRow::toJson(const TermFormatter &f) const
{
    QJsonObject o;
    const QJsonValue null(QJsonValue::Null);
    // A closed port never read open has no figures: null, not zeros. Unknown figures (-1) too.
    const bool values = hasValues();
    auto number = [&](qint64 v) { return values ? numberOrNull(v) : null; };
    auto rate = [&](double v) { return values ? rateOrNull(v) : null; };
    o.insert(QStringLiteral("id"), idText);
    o.insert(QStringLiteral("type"), textOrNull(type));
    o.insert(QStringLiteral("name"), textOrNull(name));
    o.insert(QStringLiteral("owner"), owner.isPid() ? QJsonValue(f.pid(owner.nodeId())) : null);
    o.insert(QStringLiteral("owner_name"), textOrNull(ownerNameText(f, ownerName)));
    o.insert(QStringLiteral("local"), textOrNull(local));
    o.insert(QStringLiteral("peer"), textOrNull(peer));
    o.insert(QStringLiteral("state"), gone ? QStringLiteral("closed") : state);
    o.insert(QStringLiteral("recv_oct"), number(recvOct));
    o.insert(QStringLiteral("send_oct"), number(sendOct));
    o.insert(QStringLiteral("recv_per_s"), rate(recvPerS));
    o.insert(QStringLiteral("send_per_s"), rate(sendPerS));
    o.insert(QStringLiteral("recv_cnt"), number(recvCnt));
    o.insert(QStringLiteral("send_cnt"), number(sendCnt));
    o.insert(QStringLiteral("queue_size"), number(queueSize));
    o.insert(QStringLiteral("memory"), number(memory));
    o.insert(QStringLiteral("os_pid"), number(osPid));
    if (rankValue >= 0)
        o.insert(QStringLiteral("rank_value"), double(rankValue));
    // A closed port: when the figures shown were read (null: never).
    if (gone)
        o.insert(QStringLiteral("last_seen"), seenAt.isValid() ? QJsonValue(seenAt.toUTC().toString(Qt::ISODateWithMs)) : null);
    return o;
}

bool PortRow::fromTerm(const Term &t, PortRow *out)
{
    // {Id, IdText, Type, Name, Owner, OwnerName, Local, Peer, State, RecvOct, SendOct, RecvCnt,
    //  SendCnt, QueueSize, Memory, OsPid, RankValue}
    if (!t.isTuple(17) || !isPortId(t.at(0)))
        return false;
    PortRow r;
    r.id = t.at(0);
    r.idText = t.at(1).toText();
    r.type = t.at(2).isAtom("undefined") ? QString() : t.at(2).atomName();
    r.name = textOrEmpty(t.at(3));
    r.owner = t.at(4);
    r.ownerName = t.at(5);
    r.local = textOrEmpty(t.at(6));
    r.peer = textOrEmpty(t.at(7));
    r.state = textOrEmpty(t.at(8));
    r.recvOct = qMax<qint64>(0, t.at(9).toInt());
    r.sendOct = qMax<qint64>(0, t.at(10).toInt());
    r.recvCnt = intOrUnknown(t.at(11));
    r.sendCnt = intOrUnknown(t.at(12));
    r.queueSize = intOrUnknown(t.at(13));
    r.memory = intOrUnknown(t.at(14));
    r.osPid = intOrUnknown(t.at(15));
    r.rankValue = intOrUnknown(t.at(16));
    // The agent sends a closed entity with type undefined, state closed and zero figures.
    r.gone = t.at(2).isAtom("undefined");
    if (r.gone)
        r.state = QStringLiteral("closed");
    *out = r;
    return true;
}

double PortRanking::shownValue(const PortRow &r) const
{
    using S = PortQuery::Sort;
    if (!r.hasValues())
        return double(r.rankValue);
    if (query.mode == PortQuery::Mode::Window) {
        switch (query.sort) {
        case S::Io:
            return r.recvPerS >= 0 && r.sendPerS >= 0 ? r.recvPerS + r.sendPerS : double(r.rankValue);
        case S::RecvOct: return r.recvPerS >= 0 ? r.recvPerS : double(r.rankValue);
        case S::SendOct: return r.sendPerS >= 0 ? r.sendPerS : double(r.rankValue);
        default: return double(r.rankValue);
        }
    }
    switch (query.sort) {
    case S::Io: return double(r.recvOct + r.sendOct);
    case S::RecvOct: return double(r.recvOct);
    case S::SendOct: return double(r.sendOct);
    case S::RecvCnt: return double(r.recvCnt);
    case S::SendCnt: return double(r.sendCnt);
    case S::QueueSize: return double(r.queueSize);
    case S::Memory: return double(r.memory);
    }
    return double(r.rankValue);
}

PortRanking PortRanking::fromReply(const PortQuery &query, const RankingStatus &status, const QVector<Term> &rows,
                                   const QVector<Term> &extra)
{
    PortRanking p;
    static_cast<RankingStatus &>(p) = status;
    p.query = query;
    for (const Term &r : rows) {
        PortRow row;
        if (PortRow::fromTerm(r, &row))
            p.rows.append(row);
    }
    for (const Term &r : extra) {
        PortRow row;
        if (PortRow::fromTerm(r, &row))
            p.pinned.append(row);
    }
    return p;
}

qint64 PortTypeCounts::count(const QString &type) const
{
    for (const auto &c : counts) {
        if (c.first == type)
            return c.second;
    }
    return 0;
}

QJsonObject PortTypeCounts::toJson() const
{
    QJsonObject byType;
    for (const auto &c : counts)
        byType.insert(c.first, double(c.second));
    QJsonObject o;
    o.insert(QStringLiteral("counts"), byType);
    o.insert(QStringLiteral("ports"), double(ports));
    o.insert(QStringLiteral("sockets"), double(sockets));
    o.insert(QStringLiteral("port_limit"), portLimit >= 0 ? QJsonValue(double(portLimit)) : QJsonValue(QJsonValue::Null));
    return o;
}

bool PortTypeCounts::fromTerm(const Term &t, PortTypeCounts *out)
{
    // #{counts => [{Type, N}], ports => N, sockets => N, port_limit => N}
    if (!t.isMap() || !t.value("counts").isList())
        return false;
    PortTypeCounts c;
    for (const Term &e : t.value("counts").elements()) {
        if (e.isTuple(2) && e.at(0).isAtom() && e.at(1).isInteger())
            c.counts.append({e.at(0).atomName(), e.at(1).toInt()});
    }
    c.ports = qMax<qint64>(0, t.value("ports").toInt());
    c.sockets = qMax<qint64>(0, t.value("sockets").toInt());
    c.portLimit = t.value("port_limit").isInteger() ? t.value("port_limit").toInt(-1) : -1;
    *out = c;
    return true;
}

} // namespace beamtop
