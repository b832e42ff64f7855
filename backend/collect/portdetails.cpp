// SPDX-License-Identifier: GPL-3.0-or-later
#include "portdetails.h"

#include "termjson.h"

#include <QJsonArray>

#include <algorithm>

namespace beamtop {

namespace {
// Text of a binary/atom field; empty for undefined or anything absent.
QString textOf(const Term &t)
{
    if (t.isError() || t.isAtom("undefined"))
        return {};
    return t.toText();
}

QString keyText(const Term &k)
{
    return k.isAtom() ? k.atomName() : k.toText();
}

QVector<Term> listOf(const Term &t)
{
    return t.isProperList() ? t.elements() : QVector<Term>();
}

// A value as JSON; a printable charlist (a spawned port's name, a file's path) as its text
// rather than the quoted term termToJson would give.
QJsonValue valueJson(const Term &t, const TermFormatter &f)
{
    if (t.kind() == Term::Kind::String) {
        const QByteArray b = t.bytes();
        if (std::all_of(b.begin(), b.end(), [](char c) { return uchar(c) >= 0x20 && uchar(c) < 0x7f; }))
            return QString::fromLatin1(b);
    }
    return termToJson(t, f);
}

QJsonArray formatted(const QVector<Term> &terms, const TermFormatter &f)
{
    QJsonArray a;
    for (const Term &t : terms)
        a.append(f.format(t));
    return a;
}
} // namespace

QString PortDetails::Option::statusName(Status s)
{
    switch (s) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Unsupported: return QStringLiteral("unsupported");
    case Status::Error: return QStringLiteral("error");
    }
    return {};
}

Term PortDetails::infoValue(const QString &key) const
{
    for (const auto &kv : info)
        if (kv.first == key)
            return kv.second;
    return Term::error(QStringLiteral("no such key"));
}

QString PortDetails::ownerText(const TermFormatter &f) const
{
    if (!owner.isPid())
        return {};
    // owner_name is a registered name, a label or a proc_lib initial call.
    const QString name = ownerName.isTuple(3) ? f.call(ownerName) : f.processName(ownerName, Term());
    return name.isEmpty() ? f.pid(owner.nodeId()) : name;
}

bool PortDetails::fromTerm(const Term &map, PortDetails *out, QString *error)
{
    auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!map.isMap())
        return bad(QStringLiteral("port details: not a map"));
    const Term alive = map.value("alive");
    if (!alive.isAtom("true") && !alive.isAtom("false"))
        return bad(QStringLiteral("port details: no alive flag"));
    PortDetails d;
    d.receivedAt = QDateTime::currentDateTimeUtc();
    d.alive = alive.toBool();
    d.id = map.value("id");
    d.idText = textOf(map.value("id_text"));
    if (d.id.isError() && d.idText.isEmpty())
        return bad(QStringLiteral("port details: no id"));
    if (!d.alive) {
        *out = d;
        return true;
    }
    d.type = textOf(map.value("type"));
    d.name = textOf(map.value("name"));
    d.owner = map.value("owner");
    if (!d.owner.isPid())
        d.owner = Term::atom("undefined");
    d.ownerName = map.value("owner_name");
    if (d.ownerName.isError())
        d.ownerName = Term::atom("undefined");
    d.local = textOf(map.value("local"));
    d.peer = textOf(map.value("peer"));
    d.state = textOf(map.value("state"));
    for (const Term &kv : listOf(map.value("info")))
        if (kv.isTuple(2))
            d.info.append({keyText(kv.at(0)), kv.at(1)});
    d.links = listOf(map.value("links"));
    d.monitors = listOf(map.value("monitors"));
    d.monitoredBy = listOf(map.value("monitored_by"));
    // Totals say how many there are beyond the capped lists; never fewer than listed.
    d.linksTotal = qMax<qint64>(d.links.size(), map.value("links_total").toInt(0));
    d.monitorsTotal = qMax<qint64>(d.monitors.size(), map.value("monitors_total").toInt(0));
    d.monitoredByTotal = qMax<qint64>(d.monitoredBy.size(), map.value("monitored_by_total").toInt(0));
    for (const Term &kv : listOf(map.value("stats")))
        if (kv.isTuple(2) && kv.at(1).isInteger())
            d.stats.append({keyText(kv.at(0)), kv.at(1).toInt()});
    for (const Term &kv : listOf(map.value("options"))) {
        if (!kv.isTuple(2))
            continue;
        Option o;
        o.name = keyText(kv.at(0));
        const Term v = kv.at(1);
        if (v.isTaggedTuple("ok", 2)) {
            o.status = Option::Status::Ok;
            o.value = v.at(1);
        } else if (v.isAtom("unsupported")) {
            o.status = Option::Status::Unsupported;
        } else if (v.isTaggedTuple("error", 2)) {
            o.status = Option::Status::Error;
            o.value = v.at(1);
        } else {
            o.status = Option::Status::Error;
            o.value = v;
        }
        d.options.append(o);
    }
    d.sampledAtMs = map.value("sampled_at_ms").toInt(0);
    *out = d;
    return true;
}

QJsonObject PortDetails::toJson(const TermFormatter &f) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idText);
    o.insert(QStringLiteral("alive"), alive);
    if (!alive)
        return o;
    o.insert(QStringLiteral("type"), textOrNull(type));
    o.insert(QStringLiteral("name"), textOrNull(name));
    o.insert(QStringLiteral("owner"), owner.isPid() ? QJsonValue(f.pid(owner.nodeId())) : QJsonValue(QJsonValue::Null));
    const QString ownerName = ownerText(f);
    o.insert(QStringLiteral("owner_name"), owner.isPid() && ownerName != f.pid(owner.nodeId()) ? QJsonValue(ownerName)
                                                                                                : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("local"), textOrNull(local));
    o.insert(QStringLiteral("peer"), textOrNull(peer));
    o.insert(QStringLiteral("state"), textOrNull(state));
    QJsonObject infoObject;
    for (const auto &kv : info)
        infoObject.insert(kv.first, valueJson(kv.second, f));
    o.insert(QStringLiteral("info"), infoObject);
    QJsonObject statsObject;
    for (const auto &kv : stats)
        statsObject.insert(kv.first, double(kv.second));
    o.insert(QStringLiteral("stats"), statsObject);
    QJsonArray optionsArray;
    for (const Option &opt : options) {
        QJsonObject oo;
        oo.insert(QStringLiteral("name"), opt.name);
        oo.insert(QStringLiteral("status"), Option::statusName(opt.status));
        if (opt.status != Option::Status::Unsupported)
            oo.insert(opt.status == Option::Status::Ok ? QStringLiteral("value") : QStringLiteral("error"),
                      valueJson(opt.value, f));
        optionsArray.append(oo);
    }
    o.insert(QStringLiteral("options"), optionsArray);
    o.insert(QStringLiteral("links"), formatted(links, f));
    o.insert(QStringLiteral("links_total"), double(linksTotal));
    o.insert(QStringLiteral("monitors"), formatted(monitors, f));
    o.insert(QStringLiteral("monitors_total"), double(monitorsTotal));
    o.insert(QStringLiteral("monitored_by"), formatted(monitoredBy, f));
    o.insert(QStringLiteral("monitored_by_total"), double(monitoredByTotal));
    return o;
}

} // namespace beamtop
