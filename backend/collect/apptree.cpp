// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptree.h"

#include <QJsonArray>

#include <algorithm>

namespace beamtop {

namespace {

QString wordOf(const Term &t)
{
    if (t.isAtom())
        return t.isAtom("undefined") ? QString() : t.atomName();
    if (t.isInteger())
        return QString::number(t.toInt());
    return t.toText();
}

SupNode::Kind kindFrom(const Term &t)
{
    if (t.isAtom("supervisor"))
        return SupNode::Kind::Supervisor;
    if (t.isAtom("linked"))
        return SupNode::Kind::Linked;
    if (t.isAtom("linked_group"))
        return SupNode::Kind::LinkedGroup;
    return SupNode::Kind::Worker;
}

SupNode::Status statusFrom(const Term &t)
{
    if (t.isAtom("not_answering"))
        return SupNode::Status::NotAnswering;
    if (t.isAtom("restarting"))
        return SupNode::Status::Restarting;
    if (t.isAtom("not_running"))
        return SupNode::Status::NotRunning;
    if (t.isAtom("gone"))
        return SupNode::Status::Gone;
    if (t.isAtom("not_read"))
        return SupNode::Status::NotRead;
    return SupNode::Status::Running;
}

// Depth-limited: the decoder bounds the reply's nesting already; this keeps a malformed reply
// from building more than the agent's own depth cap would send.
SupNode nodeFrom(const Term &t, int depth)
{
    SupNode n;
    if (!t.isMap())
        return n;
    n.key = t.value("key").toText();
    n.kind = kindFrom(t.value("kind"));
    n.status = statusFrom(t.value("status"));
    n.id = t.value("id");
    n.pid = t.value("pid");
    if (n.pid.isPid())
        n.pidText = t.value("pid_text").toText(); // as the node prints its own: <0.123.0>
    n.name = t.value("name");
    n.restart = wordOf(t.value("restart"));
    n.shutdown = wordOf(t.value("shutdown"));
    n.modules = t.value("modules");
    const Term flags = t.value("flags");
    if (flags.isMap()) {
        n.strategy = wordOf(flags.value("strategy"));
        n.intensity = flags.value("intensity").isInteger() ? int(flags.value("intensity").toInt()) : -1;
        n.periodS = flags.value("period").isInteger() ? int(flags.value("period").toInt()) : -1;
    }
    const Term error = t.value("error");
    if (!error.isAtom())
        n.error = error.toText();
    AppTotals::fromTerm(t.value("own"), &n.own);
    AppTotals::fromTerm(t.value("totals"), &n.totals);
    const Term total = t.value("children_total");
    n.childrenTotal = total.isInteger() ? int(total.toInt()) : -1;
    n.childrenOffset = int(t.value("children_offset").toInt());
    if (depth > 0)
        for (const Term &c : t.value("children").elements())
            n.children.append(nodeFrom(c, depth - 1));
    return n;
}

const SupNode *childByKey(const SupNode &n, const QString &key)
{
    for (const SupNode &c : n.children)
        if (c.key == key)
            return &c;
    return nullptr;
}

} // namespace

bool AppTreeQuery::operator==(const AppTreeQuery &o) const
{
    return app == o.app && sort == o.sort && depth == o.depth && pageLimit == o.pageLimit
        && offsets == o.offsets && callTimeoutMs == o.callTimeoutMs && maxReads == o.maxReads;
}

QString AppTreeQuery::sortWord(Sort s)
{
    switch (s) {
    case Sort::Processes: return QStringLiteral("processes");
    case Sort::Memory: return QStringLiteral("memory");
    case Sort::Reductions: return QStringLiteral("reductions");
    case Sort::MessageQueue: return QStringLiteral("message_queue_len");
    case Sort::Start: break;
    }
    return QStringLiteral("start");
}

bool AppTreeQuery::sortFromWord(const QString &word, Sort *out)
{
    for (Sort s : {Sort::Start, Sort::Processes, Sort::Memory, Sort::Reductions, Sort::MessageQueue}) {
        if (sortWord(s) == word || (s == Sort::MessageQueue && word == QLatin1String("message_queue"))) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString SupNode::kindText(Kind k)
{
    switch (k) {
    case Kind::Supervisor: return QStringLiteral("supervisor");
    case Kind::Linked: return QStringLiteral("linked");
    case Kind::LinkedGroup: return QStringLiteral("linked_group");
    case Kind::Worker: break;
    }
    return QStringLiteral("worker");
}

QString SupNode::statusText(Status s)
{
    switch (s) {
    case Status::NotAnswering: return QStringLiteral("not_answering");
    case Status::Restarting: return QStringLiteral("restarting");
    case Status::NotRunning: return QStringLiteral("not_running");
    case Status::Gone: return QStringLiteral("gone");
    case Status::NotRead: return QStringLiteral("not_read");
    case Status::Running: break;
    }
    return QStringLiteral("running");
}

QString SupNode::modulesText(const TermFormatter &f) const
{
    if (modules.isAtom("dynamic"))
        return QStringLiteral("dynamic");
    if (!modules.isList() && modules.kind() != Term::Kind::Nil)
        return {};
    QStringList names;
    for (const Term &m : modules.elements())
        names << (m.isAtom() ? f.atom(m.atomName()) : f.format(m));
    return names.join(QStringLiteral(", "));
}

QString SupNode::label(const TermFormatter &f) const
{
    if (name.isAtom() && !name.isAtom("undefined") && !name.atomName().isEmpty())
        return f.atom(name.atomName());
    if (kind == Kind::LinkedGroup)
        return {};
    if (id.kind() != Term::Kind::Error && !id.isAtom("undefined"))
        return id.isAtom() ? f.atom(id.atomName()) : f.format(id);
    return pidText;
}

QJsonObject SupNode::toJson(const TermFormatter &f, int depth) const
{
    QJsonObject o{{QStringLiteral("key"), key},
                  {QStringLiteral("kind"), kindText(kind)},
                  {QStringLiteral("status"), statusText(status)},
                  {QStringLiteral("label"), label(f)},
                  {QStringLiteral("pid"), pidText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pidText)}};
    if (id.kind() != Term::Kind::Error && !id.isAtom("undefined"))
        o.insert(QStringLiteral("id"), f.format(id));
    if (name.isAtom() && !name.isAtom("undefined"))
        o.insert(QStringLiteral("name"), f.atom(name.atomName()));
    if (!restart.isEmpty())
        o.insert(QStringLiteral("restart"), restart);
    if (!shutdown.isEmpty())
        o.insert(QStringLiteral("shutdown"), shutdown);
    if (modules.isAtom("dynamic")) {
        o.insert(QStringLiteral("modules"), QStringLiteral("dynamic"));
    } else if (modules.isList()) {
        QJsonArray mods;
        for (const Term &m : modules.elements())
            mods.append(m.isAtom() ? f.atom(m.atomName()) : f.format(m));
        o.insert(QStringLiteral("modules"), mods);
    }
    if (!strategy.isEmpty())
        o.insert(QStringLiteral("flags"), QJsonObject{{QStringLiteral("strategy"), strategy},
                                                      {QStringLiteral("intensity"), intensity},
                                                      {QStringLiteral("period"), periodS}});
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("totals"), totals.toJson());
    if (childrenTotal >= 0)
        o.insert(QStringLiteral("children_total"), childrenTotal);
    if (childrenOffset > 0)
        o.insert(QStringLiteral("children_offset"), childrenOffset);
    if (depth > 0 && !children.isEmpty()) {
        QJsonArray kids;
        for (const SupNode &c : children)
            kids.append(c.toJson(f, depth - 1));
        o.insert(QStringLiteral("children"), kids);
    }
    return o;
}

const SupNode *AppTree::find(const QStringList &path) const
{
    const SupNode *n = &root;
    for (const QString &k : path) {
        n = childByKey(*n, k);
        if (!n)
            return nullptr;
    }
    return n;
}

AppTree AppTree::fromTerm(const QString &app, const Term &value)
{
    AppTree t;
    t.app = app;
    if (!value.isMap()) {
        t.error = QStringLiteral("malformed reply");
        return t;
    }
    t.found = value.value("found").toBool();
    const Term error = value.value("error");
    if (!error.isAtom())
        t.error = error.toText();
    t.root = nodeFrom(value.value("root"), 256);
    t.walkUs = value.value("walk_us").toInt();
    const Term procs = value.value("app_processes");
    t.appProcesses = procs.isInteger() ? procs.toInt() : -1;
    t.truncated = value.value("truncated").toBool();
    const Term capped = value.value("reads_capped");
    t.readsCapped = capped.isInteger() ? capped.toInt() : -1;
    t.sampledAtMs = value.value("sampled_at_ms").toInt();
    return t;
}

QJsonObject AppTree::toJson(const TermFormatter &f, int depth) const
{
    QJsonObject o{{QStringLiteral("application"), app},
                  {QStringLiteral("found"), found},
                  {QStringLiteral("truncated"), truncated}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (appProcesses >= 0)
        o.insert(QStringLiteral("app_process_count"), appProcesses);
    if (readsCapped >= 0)
        o.insert(QStringLiteral("reads_capped"), readsCapped);
    if (found)
        o.insert(QStringLiteral("tree"), root.toJson(f, depth));
    return o;
}

} // namespace beamtop
