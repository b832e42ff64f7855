// SPDX-License-Identifier: GPL-3.0-or-later
#include "etsranking.h"

#include "termjson.h"

#include <QJsonValue>

namespace beamtop {

namespace {
const char *const SortNames[] = {"memory", "size"};

// An atom's name, or nothing for undefined (a deleted table's attributes).
QString atomOrEmpty(const Term &t)
{
    return t.isAtom() && !t.isAtom("undefined") ? t.atomName() : QString();
}

bool isTableId(const Term &t)
{
    return (t.isAtom() && !t.isAtom("undefined")) || t.kind() == Term::Kind::Reference;
}
} // namespace

QString EtsQuery::sortName(Sort s)
{
    return QLatin1String(SortNames[int(s)]);
}

bool EtsQuery::parseSort(const QString &name, Sort *out)
{
    for (int i = 0; i < int(std::size(SortNames)); ++i) {
        if (name == QLatin1String(SortNames[i])) {
            *out = Sort(i);
            return true;
        }
    }
    return false;
}

QStringList EtsQuery::typeNames()
{
    return {QStringLiteral("set"), QStringLiteral("ordered_set"), QStringLiteral("bag"), QStringLiteral("duplicate_bag")};
}

QStringList EtsQuery::protectionNames()
{
    return {QStringLiteral("public"), QStringLiteral("protected"), QStringLiteral("private")};
}

RankedQuery EtsQuery::toRanked() const
{
    RankedQuery q;
    q.kind = QStringLiteral("ets");
    q.sort = sortName(sort);
    q.window = mode == Mode::Window;
    // The agent takes the type: and protection: words out of the text; a name it does not
    // know is not sent (it would be matched as text and find nothing).
    QStringList words;
    if (typeNames().contains(type))
        words << QStringLiteral("type:") + type;
    if (protectionNames().contains(protection))
        words << QStringLiteral("protection:") + protection;
    const QString text = filter.trimmed();
    if (!text.isEmpty())
        words << text;
    q.filter = words.join(QLatin1Char(' '));
    q.offset = offset;
    q.limit = limit;
    q.intervalMs = mode == Mode::Absolute ? qMax(intervalMs, AbsoluteRankMs) : intervalMs;
    q.pinned = pinned;
    return q;
}

int EtsRow::trend(EtsQuery::Sort sort) const
{
    const bool bySize = sort == EtsQuery::Sort::Size;
    const bool known = bySize ? hasSizeRate() : hasMemoryRate();
    const double rate = bySize ? sizePerS : memoryPerS;
    if (!known || rate == 0)
        return 0;
    return rate > 0 ? 1 : -1;
}

void EtsRow::takeValuesOf(const EtsRow &shown)
{
    name = shown.name;
    named = shown.named;
    type = shown.type;
    protection = shown.protection;
    size = shown.size;
    memory = shown.memory;
    owner = shown.owner;
    ownerName = shown.ownerName;
    heir = shown.heir;
    keypos = shown.keypos;
    readConcurrency = shown.readConcurrency;
    writeConcurrency = shown.writeConcurrency;
    decentralizedCounters = shown.decentralizedCounters;
    compressed = shown.compressed;
    fixed = shown.fixed;
    sizePerS = shown.sizePerS;
    memoryPerS = shown.memoryPerS;
}

QString EtsRow::ownerText(const TermFormatter &f) const
{
    const bool call = ownerName.isTuple(3);
    const QString named = f.processName(call ? Term::atom("undefined") : ownerName, call ? ownerName : Term());
    if (!named.isEmpty())
        return named;
    return owner.isPid() ? f.pid(owner.nodeId()) : QString();
}

QString EtsRow::heirText(const TermFormatter &f) const
{
    return heir.isPid() ? f.pid(heir.nodeId()) : QString();
}

QJsonObject EtsRow::toJson(const TermFormatter &f) const
{
    QJsonObject o;
    const QJsonValue null(QJsonValue::Null);
    const bool values = hasValues();
    auto number = [&](qint64 v) { return values ? numberOrNull(v) : null; };
    auto rate = [&](bool known, double v) { return values && known ? QJsonValue(v) : null; };
    auto flag = [&](bool v) { return values && !type.isEmpty() ? QJsonValue(v) : null; };
    o.insert(QStringLiteral("id"), idText);
    o.insert(QStringLiteral("name"), textOrNull(name));
    o.insert(QStringLiteral("named"), flag(named));
    o.insert(QStringLiteral("type"), textOrNull(type));
    o.insert(QStringLiteral("protection"), textOrNull(protection));
    o.insert(QStringLiteral("size"), number(size));
    o.insert(QStringLiteral("memory_bytes"), number(memory));
    o.insert(QStringLiteral("size_per_s"), rate(hasSizeRate(), sizePerS));
    o.insert(QStringLiteral("memory_per_s"), rate(hasMemoryRate(), memoryPerS));
    o.insert(QStringLiteral("owner"), owner.isPid() ? QJsonValue(f.pid(owner.nodeId())) : null);
    o.insert(QStringLiteral("owner_name"), textOrNull(ownerText(f)));
    o.insert(QStringLiteral("heir"), textOrNull(heirText(f)));
    o.insert(QStringLiteral("keypos"), keypos > 0 ? QJsonValue(keypos) : null);
    o.insert(QStringLiteral("read_concurrency"), flag(readConcurrency));
    o.insert(QStringLiteral("write_concurrency"), textOrNull(writeConcurrency));
    o.insert(QStringLiteral("decentralized_counters"), flag(decentralizedCounters));
    o.insert(QStringLiteral("compressed"), flag(compressed));
    o.insert(QStringLiteral("fixed"), flag(fixed));
    if (rankValue != -1)
        o.insert(QStringLiteral("rank_value"), double(rankValue));
    if (gone) {
        o.insert(QStringLiteral("deleted"), true);
        o.insert(QStringLiteral("last_seen"), seenAt.isValid() ? QJsonValue(seenAt.toUTC().toString(Qt::ISODateWithMs)) : null);
    }
    return o;
}

bool EtsRow::fromTerm(const Term &term, EtsRow *out)
{
    // {Id, IdText, Name, Named, Type, Protection, Size, MemoryBytes, Owner, OwnerName, Heir,
    //  Keypos, ReadConcurrency, WriteConcurrency, DecentralizedCounters, Compressed, Fixed,
    //  RankValue}
    const Term &t = term.isTaggedTuple("gone", 2) ? term.at(1) : term;
    if (!t.isTuple(18) || !isTableId(t.at(0)))
        return false;
    EtsRow r;
    r.id = t.at(0);
    r.idText = t.at(1).toText();
    r.name = atomOrEmpty(t.at(2));
    r.named = t.at(3).isAtom("true");
    r.type = atomOrEmpty(t.at(4));
    r.protection = atomOrEmpty(t.at(5));
    r.size = intOrUnknown(t.at(6));
    r.memory = intOrUnknown(t.at(7));
    r.owner = t.at(8);
    r.ownerName = t.at(9);
    r.heir = t.at(10);
    r.keypos = t.at(11).isInteger() ? int(qBound(qint64(0), t.at(11).toInt(), qint64(1) << 20)) : 0;
    r.readConcurrency = t.at(12).isAtom("true");
    r.writeConcurrency = atomOrEmpty(t.at(13));
    r.decentralizedCounters = t.at(14).isAtom("true");
    r.compressed = t.at(15).isAtom("true");
    r.fixed = t.at(16).isAtom("true");
    // A rank value may be negative in window mode (a shrinking table); undefined is -1.
    r.rankValue = t.at(17).isInteger() ? t.at(17).toInt() : -1;
    // The agent sends a deleted table with undefined attributes and zero figures.
    r.gone = term.isTaggedTuple("gone", 2) || t.at(4).isAtom("undefined");
    if (r.gone) {
        r.size = -1;
        r.memory = -1;
    }
    *out = r;
    return true;
}

double EtsRanking::shownValue(const EtsRow &r) const
{
    const bool bySize = query.sort == EtsQuery::Sort::Size;
    if (!r.hasValues())
        return double(r.rankValue);
    if (query.mode == EtsQuery::Mode::Window) {
        const bool known = bySize ? r.hasSizeRate() : r.hasMemoryRate();
        return known ? (bySize ? r.sizePerS : r.memoryPerS) : double(r.rankValue);
    }
    return double(bySize ? r.size : r.memory);
}

EtsRanking EtsRanking::fromReply(const EtsQuery &query, const RankingStatus &status, const QVector<Term> &rows,
                                 const QVector<Term> &extra)
{
    EtsRanking p;
    static_cast<RankingStatus &>(p) = status;
    p.query = query;
    for (const Term &r : rows) {
        EtsRow row;
        if (EtsRow::fromTerm(r, &row))
            p.rows.append(row);
    }
    for (const Term &r : extra) {
        EtsRow row;
        if (EtsRow::fromTerm(r, &row))
            p.pinned.append(row);
    }
    return p;
}

} // namespace beamtop
