// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesiasample.h"

#include "term/termformatter.h"
#include "termjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace beamtop {

namespace {

// lupdate files the strings under the context named here (a free tr() would be filed under
// the namespace or the calling class instead, and never be found at run time).
struct MnesiaSampleText
{
    Q_DECLARE_TR_FUNCTIONS(MnesiaSample)
};

QString formatted(const Term &t)
{
    static const TermFormatter formatter;
    return formatter.format(t);
}

// Atoms, binaries and char lists as their text; anything else as Erlang writes it.
QString plain(const Term &t)
{
    if (t.isAtom() || t.isBinary() || t.kind() == Term::Kind::String)
        return t.toText();
    if (t.isProperList() && t.size() > 0) {
        const QString text = t.toText();
        if (!text.isEmpty())
            return text;
    }
    return formatted(t);
}

// A list of atoms (nodes, tables): their names; anything else in it formatted.
QStringList names(const Term &t)
{
    QStringList out;
    if (!t.isProperList())
        return out;
    for (const Term &e : t.elements())
        out.append(plain(e));
    return out;
}

int tri(const Term &t)
{
    if (t.isAtom("true"))
        return 1;
    if (t.isAtom("false"))
        return 0;
    return -1;
}

QJsonValue triJson(int v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v == 1);
}

QJsonArray jsonList(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

template <typename T>
MnesiaList<T> readList(const Term &t)
{
    MnesiaList<T> list;
    const MnesiaRead r = MnesiaRead::fromTerm(t);
    if (!r.ok()) {
        list.problem = r.problem();
        return list;
    }
    const Term items = r.value.value("items");
    if (!r.value.isMap() || !items.isProperList()) {
        list.problem = MnesiaSampleText::tr("not understood");
        return list;
    }
    for (const Term &e : items.elements())
        list.items.append(T::fromTerm(e));
    list.total = qMax<qint64>(intOrUnknown(r.value.value("total")), list.items.size());
    return list;
}

template <typename T>
QJsonValue listJson(const MnesiaList<T> &list)
{
    QJsonObject o;
    o.insert(QStringLiteral("total"), numberOrNull(list.total));
    QJsonArray items;
    for (const T &each : list.items)
        items.append(each.toJson());
    o.insert(QStringLiteral("items"), items);
    if (!list.problem.isEmpty())
        o.insert(QStringLiteral("error"), list.problem);
    return o;
}

} // namespace

QString MnesiaRead::problem() const
{
    switch (state) {
    case State::Ok: return {};
    case State::Timeout: return MnesiaSampleText::tr("timed out");
    case State::Error: return MnesiaSampleText::tr("error: %1").arg(error);
    case State::Missing: break;
    }
    return MnesiaSampleText::tr("not read");
}

MnesiaRead MnesiaRead::fromTerm(const Term &t)
{
    MnesiaRead r;
    if (t.isTaggedTuple("ok", 2)) {
        r.state = State::Ok;
        r.value = t.at(1);
    } else if (t.isAtom("timeout")) {
        r.state = State::Timeout;
    } else if (t.isTaggedTuple("error", 2)) {
        r.state = State::Error;
        r.error = plain(t.at(1));
    } else if (!t.isError()) {
        r.state = State::Error;
        r.error = formatted(t);
    }
    return r;
}

MnesiaRead MnesiaRead::fromBare(const Term &t)
{
    MnesiaRead r;
    if (t.isError())
        return r; // the key was not in the map
    if (t.isAtom("timeout")) {
        r.state = State::Timeout;
    } else if (t.isTaggedTuple("error", 2)) {
        r.state = State::Error;
        r.error = plain(t.at(1));
    } else {
        r.state = State::Ok;
        r.value = t;
    }
    return r;
}

MnesiaTid MnesiaTid::fromTerm(const Term &t)
{
    MnesiaTid tid;
    tid.text = formatted(t);
    if (t.isTaggedTuple("tid", 3) && t.at(1).isInteger()) {
        tid.counter = t.at(1).toInt(-1);
        tid.pid = formatted(t.at(2));
    } else if (t.isInteger()) {
        tid.counter = t.toInt(-1); // system_info(transactions) gives the counter alone
    }
    return tid;
}

QJsonObject MnesiaTid::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("counter"), numberOrNull(counter));
    o.insert(QStringLiteral("pid"), textOrNull(pid));
    o.insert(QStringLiteral("text"), text);
    return o;
}

bool MnesiaLockItem::readItem(const Term &t, int arity, int tidAt)
{
    text = formatted(t);
    if (!t.isTuple(arity))
        return false;
    const Term oid = t.at(0);
    if (oid.isTuple(2)) {
        table = plain(oid.at(0));
        key = formatted(oid.at(1));
    } else {
        key = formatted(oid);
    }
    tid = MnesiaTid::fromTerm(t.at(tidAt));
    return true;
}

QJsonObject MnesiaLockItem::itemJson() const
{
    return QJsonObject{{QStringLiteral("table"), textOrNull(table)},
                       {QStringLiteral("key"), textOrNull(key)},
                       {QStringLiteral("tid"), tid.toJson()},
                       {QStringLiteral("text"), text}};
}

MnesiaLock MnesiaLock::fromTerm(const Term &t)
{
    MnesiaLock l;
    if (l.readItem(t, 3, 2))
        l.kind = plain(t.at(1));
    return l;
}

QJsonObject MnesiaLock::toJson() const
{
    QJsonObject o = itemJson();
    o.insert(QStringLiteral("kind"), textOrNull(kind));
    return o;
}

MnesiaQueuedLock MnesiaQueuedLock::fromTerm(const Term &t)
{
    MnesiaQueuedLock l;
    if (l.readItem(t, 5, 3)) {
        l.op = plain(t.at(1));
        l.pid = formatted(t.at(2));
        l.waitingFor = MnesiaTid::fromTerm(t.at(4));
    }
    return l;
}

QJsonObject MnesiaQueuedLock::toJson() const
{
    QJsonObject o = itemJson();
    o.insert(QStringLiteral("op"), textOrNull(op));
    o.insert(QStringLiteral("pid"), textOrNull(pid));
    o.insert(QStringLiteral("waiting_for"), waitingFor.toJson());
    return o;
}

MnesiaTransaction MnesiaTransaction::fromTerm(const Term &t)
{
    MnesiaTransaction x;
    x.text = formatted(t);
    if (t.isTuple(3)) {
        x.tid = MnesiaTid::fromTerm(t.at(0));
        x.pid = formatted(t.at(1));
        x.status = plain(t.at(2));
        if (x.tid.pid.isEmpty())
            x.tid.pid = x.pid;
    }
    return x;
}

QJsonObject MnesiaTransaction::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("tid"), tid.toJson());
    o.insert(QStringLiteral("pid"), textOrNull(pid));
    o.insert(QStringLiteral("status"), textOrNull(status));
    o.insert(QStringLiteral("age_ms"), numberOrNull(ageMs));
    return o;
}

QString MnesiaTable::storageName(Storage s)
{
    switch (s) {
    case Storage::Ram: return QStringLiteral("ram");
    case Storage::Disc: return QStringLiteral("disc");
    case Storage::DiscOnly: return QStringLiteral("disc_only");
    case Storage::External: return QStringLiteral("external");
    case Storage::Remote: return QStringLiteral("remote");
    case Storage::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool MnesiaTable::fromTerm(const Term &map, MnesiaTable *out)
{
    if (!map.isMap() || !map.value("name").isAtom())
        return false;
    MnesiaTable t;
    t.name = map.value("name").atomName();
    t.system = map.value("system").toBool(t.name == QLatin1String("schema"));
    // Each field: its value when read, else why not (and the field stays unknown).
    auto read = [&](const char *key) -> Term {
        const MnesiaRead r = MnesiaRead::fromBare(map.value(key));
        if (r.ok())
            return r.value;
        if (r.state != MnesiaRead::State::Missing)
            t.problems.insert(QString::fromLatin1(key), r.problem());
        return Term::error(QString());
    };
    const Term storage = read("storage_type");
    if (storage.isAtom("ram_copies"))
        t.storage = Storage::Ram;
    else if (storage.isAtom("disc_copies"))
        t.storage = Storage::Disc;
    else if (storage.isAtom("disc_only_copies"))
        t.storage = Storage::DiscOnly;
    else if (storage.isAtom("unknown"))
        t.storage = Storage::Remote; // Mnesia's word for "no copy here"
    else if (storage.isTuple() && storage.size() > 0 && storage.at(0).isAtom("ext"))
        t.storage = Storage::External;
    if (!storage.isError())
        t.storageText = plain(storage);
    // A field as text: empty when not read.
    auto text = [&read](const char *key) {
        const Term v = read(key);
        return v.isError() ? QString() : plain(v);
    };
    t.type = text("type");
    t.size = intOrUnknown(read("size"));
    t.memoryBytes = intOrUnknown(read("memory_bytes"));
    t.ramCopies = names(read("ram_copies"));
    t.discCopies = names(read("disc_copies"));
    t.discOnlyCopies = names(read("disc_only_copies"));
    t.externalCopies = names(read("external_copies"));
    t.whereToRead = text("where_to_read");
    t.majority = tri(read("majority"));
    const Term index = read("index");
    if (index.isProperList())
        for (const Term &e : index.elements())
            if (e.isInteger())
                t.index.append(int(e.toInt()));
    t.attributes = names(read("attributes"));
    t.loadReason = text("load_reason");
    t.localContent = tri(read("local_content"));
    t.recordName = text("record_name");
    *out = t;
    return true;
}

QJsonObject MnesiaTable::toJson() const
{
    QJsonArray idx;
    for (int i : index)
        idx.append(i);
    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("system"), system},
        {QStringLiteral("storage_type"), storageName(storage)},
        {QStringLiteral("type"), textOrNull(type)},
        {QStringLiteral("size"), numberOrNull(size)},
        {QStringLiteral("memory_bytes"), numberOrNull(memoryBytes)},
        {QStringLiteral("replicas"), QJsonObject{{QStringLiteral("ram"), jsonList(ramCopies)},
                                                 {QStringLiteral("disc"), jsonList(discCopies)},
                                                 {QStringLiteral("disc_only"), jsonList(discOnlyCopies)},
                                                 {QStringLiteral("external"), jsonList(externalCopies)}}},
        {QStringLiteral("where_to_read"), textOrNull(whereToRead)},
        {QStringLiteral("majority"), triJson(majority)},
        {QStringLiteral("index"), idx},
        {QStringLiteral("attributes"), jsonList(attributes)},
        {QStringLiteral("load_reason"), textOrNull(loadReason)},
        {QStringLiteral("local_content"), triJson(localContent)},
    };
    if (!problems.isEmpty()) {
        QJsonObject p;
        for (auto it = problems.constBegin(); it != problems.constEnd(); ++it)
            p.insert(it.key(), it.value());
        o.insert(QStringLiteral("unread"), p);
    }
    return o;
}

const QStringList &MnesiaSample::systemKeys()
{
    static const QStringList keys = {
        QStringLiteral("db_nodes"), QStringLiteral("running_db_nodes"), QStringLiteral("extra_db_nodes"),
        QStringLiteral("version"), QStringLiteral("schema_location"), QStringLiteral("use_dir"),
        QStringLiteral("directory"), QStringLiteral("local_tables"), QStringLiteral("master_node_tables"),
        QStringLiteral("checkpoints"), QStringLiteral("backend_types"), QStringLiteral("subscribers"),
        QStringLiteral("dump_log_write_threshold"), QStringLiteral("dump_log_time_threshold"),
        QStringLiteral("dump_log_update_in_place"), QStringLiteral("core_dir"),
        QStringLiteral("transaction_commits"), QStringLiteral("transaction_failures"),
        QStringLiteral("transaction_restarts"), QStringLiteral("transaction_log_writes"),
    };
    return keys;
}

QString MnesiaSample::systemText(const QString &key) const
{
    const auto it = system.constFind(key);
    if (it == system.constEnd())
        return MnesiaRead().problem();
    if (!it->ok())
        return it->problem();
    const Term &v = it->value;
    if (v.kind() == Term::Kind::Nil)
        return MnesiaSampleText::tr("none");
    if (v.isProperList() && v.toText().isEmpty())
        return names(v).join(QStringLiteral(", "));
    return plain(v);
}

QString MnesiaSample::roleName(Role r)
{
    switch (r) {
    case Role::DiscNode: return QStringLiteral("disc");
    case Role::RamNode: return QStringLiteral("ram");
    case Role::Unknown: break;
    }
    return QStringLiteral("unknown");
}

const MnesiaTable *MnesiaSample::table(const QString &name) const
{
    for (const MnesiaTable &t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

bool MnesiaSample::fromTerm(const Term &map, MnesiaSample *out, QString *error)
{
    auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!map.isMap())
        return bad(QStringLiteral("mnesia: not a map"));
    const Term running = map.value("running");
    if (!running.isAtom("true") && !running.isAtom("false"))
        return bad(QStringLiteral("mnesia: no running flag"));
    MnesiaSample s;
    s.at = QDateTime::currentDateTimeUtc();
    s.running = running.toBool();
    if (!s.running) {
        s.loaded = map.value("loaded").toBool();
        const MnesiaRead status = MnesiaRead::fromTerm(map.value("status"));
        s.status = status.ok() ? plain(status.value) : status.problem();
        *out = s;
        return true;
    }
    s.loaded = true;
    const Term system = map.value("system");
    if (system.isMap())
        for (const auto &[k, v] : system.mapPairs())
            if (k.isAtom())
                s.system.insert(k.atomName(), MnesiaRead::fromTerm(v));
    auto item = [&s](const char *key) -> Term {
        const MnesiaRead r = s.system.value(QString::fromLatin1(key));
        return r.ok() ? r.value : Term::error(QString());
    };
    s.dbNodes = names(item("db_nodes"));
    s.runningDbNodes = names(item("running_db_nodes"));
    s.extraDbNodes = names(item("extra_db_nodes"));
    // Stopped ones are only known when both lists were read.
    if (item("db_nodes").isProperList() && item("running_db_nodes").isProperList())
        for (const QString &n : std::as_const(s.dbNodes))
            if (!s.runningDbNodes.contains(n))
                s.stoppedDbNodes.append(n);
    if (!item("directory").isError())
        s.directory = plain(item("directory"));
    if (!item("schema_location").isError())
        s.schemaLocation = plain(item("schema_location"));
    if (!item("version").isError())
        s.version = plain(item("version"));
    s.useDir = tri(item("use_dir"));
    const Term checkpoints = item("checkpoints");
    if (checkpoints.isProperList())
        s.checkpoints = names(checkpoints);
    s.commits = intOrUnknown(item("transaction_commits"));
    s.failures = intOrUnknown(item("transaction_failures"));
    s.restarts = intOrUnknown(item("transaction_restarts"));
    s.logWrites = intOrUnknown(item("transaction_log_writes"));

    s.schemaStorage = MnesiaRead::fromTerm(map.value("schema_storage"));
    if (s.schemaStorage.ok()) {
        if (s.schemaStorage.value.isAtom("disc_copies"))
            s.role = Role::DiscNode;
        else if (s.schemaStorage.value.isAtom("ram_copies"))
            s.role = Role::RamNode;
    }
    s.heldLocks = readList<MnesiaLock>(map.value("held_locks"));
    s.lockQueue = readList<MnesiaQueuedLock>(map.value("lock_queue"));
    s.transactions = readList<MnesiaTransaction>(map.value("transactions"));

    const Term tables = map.value("tables");
    if (tables.isProperList())
        for (const Term &t : tables.elements()) {
            MnesiaTable table;
            if (MnesiaTable::fromTerm(t, &table))
                s.tables.append(table); // one odd entry does not hide the others
        }
    s.tablesTotal = int(qMax<qint64>(intOrUnknown(map.value("tables_total")), s.tables.size()));
    s.sampledAtMs = map.value("sampled_at_ms").toInt(0);
    *out = s;
    return true;
}

QJsonObject MnesiaSample::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("running"), running);
    if (!running) {
        o.insert(QStringLiteral("loaded"), loaded);
        o.insert(QStringLiteral("status"), textOrNull(status));
        return o;
    }
    const std::pair<const char *, const QStringList *> lists[] = {
        {"db_nodes", &dbNodes}, {"running_db_nodes", &runningDbNodes}, {"stopped_db_nodes", &stoppedDbNodes},
        {"extra_db_nodes", &extraDbNodes}, {"checkpoints", &checkpoints}};
    for (const auto &[key, list] : lists)
        o.insert(QLatin1String(key), jsonList(*list));
    const std::pair<const char *, const QString *> texts[] = {
        {"directory", &directory}, {"schema_location", &schemaLocation}, {"version", &version}};
    for (const auto &[key, text] : texts)
        o.insert(QLatin1String(key), textOrNull(*text));
    o.insert(QStringLiteral("role"), roleName(role));
    o.insert(QStringLiteral("use_dir"), triJson(useDir));
    o.insert(QStringLiteral("transactions"), QJsonObject{{QStringLiteral("commits"), numberOrNull(commits)},
                                                         {QStringLiteral("failures"), numberOrNull(failures)},
                                                         {QStringLiteral("restarts"), numberOrNull(restarts)},
                                                         {QStringLiteral("log_writes"), numberOrNull(logWrites)}});
    QJsonObject unread;
    for (const QString &key : systemKeys()) {
        const MnesiaRead r = system.value(key);
        if (!r.ok() && r.state != MnesiaRead::State::Missing) // an item the agent does not send is no failure
            unread.insert(key, r.problem());
    }
    if (!schemaStorage.ok())
        unread.insert(QStringLiteral("schema_storage"), schemaStorage.problem());
    if (!unread.isEmpty())
        o.insert(QStringLiteral("unread"), unread);
    QJsonArray list;
    for (const MnesiaTable &t : tables)
        list.append(t.toJson());
    o.insert(QStringLiteral("tables"), list);
    o.insert(QStringLiteral("tables_total"), tablesTotal < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(tablesTotal));
    o.insert(QStringLiteral("held_locks"), listJson(heldLocks));
    o.insert(QStringLiteral("lock_queue"), listJson(lockQueue));
    o.insert(QStringLiteral("ongoing_transactions"), listJson(transactions));
    return o;
}

} // namespace beamtop
