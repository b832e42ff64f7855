// SPDX-License-Identifier: GPL-3.0-or-later
#include "distsample.h"

#include "termjson.h"

#include <QJsonArray>

namespace beamtop {

QString DistNode::typeName() const
{
    return hidden ? QStringLiteral("hidden") : QStringLiteral("normal");
}

bool DistNode::fromTerm(const Term &map, DistNode *out)
{
    if (!map.isMap())
        return false;
    const Term node = map.value("node");
    if (!node.isAtom())
        return false;
    DistNode n;
    n.node = node.atomName();
    n.hidden = map.value("type").isAtom("hidden");
    const Term address = map.value("address");
    if (!address.isAtom("undefined") && !address.isError())
        n.address = address.toText();
    n.recvOct = intOrUnknown(map.value("recv_oct"));
    n.sendOct = intOrUnknown(map.value("send_oct"));
    n.queueSize = intOrUnknown(map.value("queue_size"));
    n.inMsgs = intOrUnknown(map.value("in_msgs"));
    n.outMsgs = intOrUnknown(map.value("out_msgs"));
    *out = n;
    return true;
}

QJsonObject DistNode::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("node"), node);
    o.insert(QStringLiteral("type"), typeName());
    o.insert(QStringLiteral("own"), own);
    o.insert(QStringLiteral("address"), textOrNull(address));
    o.insert(QStringLiteral("recv_oct"), numberOrNull(recvOct));
    o.insert(QStringLiteral("send_oct"), numberOrNull(sendOct));
    o.insert(QStringLiteral("recv_per_s"), rateOrNull(recvPerS));
    o.insert(QStringLiteral("send_per_s"), rateOrNull(sendPerS));
    o.insert(QStringLiteral("in_msgs"), numberOrNull(inMsgs));
    o.insert(QStringLiteral("out_msgs"), numberOrNull(outMsgs));
    o.insert(QStringLiteral("queue_size"), numberOrNull(queueSize));
    o.insert(QStringLiteral("busy"), busy());
    o.insert(QStringLiteral("quiet_ms"), numberOrNull(quietMs));
    return o;
}

const DistNode *DistSample::find(const QString &node) const
{
    for (const DistNode &n : nodes)
        if (n.node == node)
            return &n;
    return nullptr;
}

bool DistSample::fromTerm(const Term &map, DistSample *out, QString *error)
{
    auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!map.isMap())
        return bad(QStringLiteral("dist: not a map"));
    const Term nodes = map.value("nodes");
    if (!nodes.isProperList())
        return bad(QStringLiteral("dist: no nodes list"));
    DistSample s;
    s.at = QDateTime::currentDateTimeUtc();
    s.thisNode = map.value("this_node").atomName();
    s.netTicktime = int(intOrUnknown(map.value("net_ticktime")));
    s.busyLimit = intOrUnknown(map.value("dist_buf_busy_limit"));
    s.sampledAtMs = map.value("sampled_at_ms").toInt(0);
    for (const Term &t : nodes.elements()) {
        DistNode n;
        if (!DistNode::fromTerm(t, &n))
            continue; // one odd entry does not hide the others
        n.busyLimit = s.busyLimit;
        s.nodes.append(n);
    }
    *out = s;
    return true;
}

void DistSample::computeRates(const DistSample &previous)
{
    if (sampledAtMs <= previous.sampledAtMs)
        return;
    const double seconds = double(sampledAtMs - previous.sampledAtMs) / 1000.0;
    for (DistNode &n : nodes) {
        const DistNode *p = previous.find(n.node);
        if (!p)
            continue;
        if (n.recvOct >= 0 && p->recvOct >= 0 && n.recvOct >= p->recvOct)
            n.recvPerS = double(n.recvOct - p->recvOct) / seconds;
        if (n.sendOct >= 0 && p->sendOct >= 0 && n.sendOct >= p->sendOct)
            n.sendPerS = double(n.sendOct - p->sendOct) / seconds;
    }
}

void DistSample::takeRatesOf(const DistSample &shown)
{
    for (DistNode &n : nodes) {
        if (const DistNode *p = shown.find(n.node)) {
            n.recvPerS = p->recvPerS;
            n.sendPerS = p->sendPerS;
        }
    }
}

void DistSample::markOwn(const QString &selfNode)
{
    for (DistNode &n : nodes)
        n.own = !selfNode.isEmpty() && n.node == selfNode;
}

void DistQuietTracker::apply(DistSample *sample)
{
    const qint64 now = sample->at.toMSecsSinceEpoch();
    QHash<QString, std::pair<qint64, qint64>> since;
    for (DistNode &n : sample->nodes) {
        if (n.recvOct < 0)
            continue;
        const auto it = m_since.constFind(n.node);
        const bool known = it != m_since.constEnd();
        if (known && it->first == n.recvOct) {
            since.insert(n.node, *it);
            n.quietMs = qMax<qint64>(0, now - it->second);
        } else {
            since.insert(n.node, {n.recvOct, now});
            n.quietMs = known ? 0 : -1;
        }
    }
    m_since = since; // links that went away are forgotten
}

QJsonObject DistSample::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("this_node"), thisNode);
    o.insert(QStringLiteral("net_ticktime"), netTicktime < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(netTicktime));
    o.insert(QStringLiteral("dist_buf_busy_limit"), numberOrNull(busyLimit));
    QJsonArray list;
    for (const DistNode &n : nodes)
        list.append(n.toJson());
    o.insert(QStringLiteral("nodes"), list);
    return o;
}

} // namespace beamtop
