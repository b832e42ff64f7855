// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocsample.h"

#include "term/termformatter.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace beamtop {

namespace {

double ratio(qint64 part, qint64 whole, double whenEmpty)
{
    return whole > 0 ? double(part) / double(whole) : whenEmpty;
}

// {Carriers, CarriersSize, Blocks, BlocksSize, CarriersMax, CarriersSizeMax, BlocksMax,
// BlocksSizeMax}, as the agent sends it.
bool carriersFrom(const Term &t, AllocCarriers *out)
{
    if (!t.isTuple(8))
        return false;
    qint64 v[8];
    for (int i = 0; i < 8; ++i) {
        const Term e = t.at(i);
        if (!e.isInteger())
            return false;
        // A bignum (beyond 2^63) is not a size any machine has; treat it as malformed.
        if (e.kind() == Term::Kind::BigInteger)
            return false;
        v[i] = e.toInt();
        if (v[i] < 0)
            return false;
    }
    *out = AllocCarriers{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]};
    return true;
}

QVector<std::pair<QString, QString>> settingsFrom(const Term &list)
{
    QVector<std::pair<QString, QString>> out;
    if (!list.isProperList())
        return out;
    TermFormatter formatter;
    for (const Term &kv : list.elements()) {
        if (!kv.isTuple(2))
            continue;
        const Term k = kv.at(0), v = kv.at(1);
        const QString key = k.toText();
        if (key.isEmpty())
            continue;
        QString value;
        if (v.isAtom())
            value = v.atomName();
        else if (v.isBinary())
            value = v.toText();
        else
            value = formatter.format(v);
        out.append({key, value});
    }
    return out;
}

// The {Name, N, Mbcs, Sbcs, Pool} tuple the agent sends per type and per instance: the name and
// N (instances of the type, or the instance's number) and the three carrier kinds.
bool carrierSetFrom(const Term &t, QString *name, int *n, AllocCarrierSet *out)
{
    if (!t.isTuple(5) || !t.at(0).isAtom() || !t.at(1).isInteger())
        return false;
    *name = t.at(0).atomName();
    *n = int(qBound(qint64(0), t.at(1).toInt(), qint64(1) << 20));
    return carriersFrom(t.at(2), &out->mbcs) && carriersFrom(t.at(3), &out->sbcs) && carriersFrom(t.at(4), &out->pool);
}

QJsonObject carriersJson(const AllocCarriers &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("carriers"), c.carriers);
    o.insert(QStringLiteral("carriers_size"), c.carriersSize);
    o.insert(QStringLiteral("blocks"), c.blocks);
    o.insert(QStringLiteral("blocks_size"), c.blocksSize);
    o.insert(QStringLiteral("average_block_size"), c.averageBlockSize());
    return o;
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

// What a type and an instance write alike.
void insertCarrierSet(QJsonObject *o, const AllocCarrierSet &c)
{
    o->insert(QStringLiteral("carriers_size"), c.carriersSize());
    o->insert(QStringLiteral("blocks_size"), c.blocksSize());
    o->insert(QStringLiteral("usage"), c.usage());
    o->insert(QStringLiteral("mbcs"), carriersJson(c.mbcs));
    o->insert(QStringLiteral("sbcs"), carriersJson(c.sbcs));
    o->insert(QStringLiteral("mbcs_pool"), carriersJson(c.pool));
    o->insert(QStringLiteral("sbcs_to_mbcs"), finiteOrNull(c.sbcsToMbcs()));
}

} // namespace

double AllocCarriers::usage() const
{
    return ratio(blocksSize, carriersSize, 1.0);
}

double AllocCarriers::averageBlockSize() const
{
    return ratio(blocksSize, blocks, 0.0);
}

double AllocCarriers::averageBlockSizeMax() const
{
    return ratio(blocksSizeMax, blocksMax, 0.0);
}

AllocCarriers &AllocCarriers::operator+=(const AllocCarriers &o)
{
    carriers += o.carriers;
    carriersSize += o.carriersSize;
    blocks += o.blocks;
    blocksSize += o.blocksSize;
    carriersMax += o.carriersMax;
    carriersSizeMax += o.carriersSizeMax;
    blocksMax += o.blocksMax;
    blocksSizeMax += o.blocksSizeMax;
    return *this;
}

double AllocCarrierSet::usage() const
{
    return ratio(blocksSize(), carriersSize(), 1.0);
}

double AllocCarrierSet::sbcsToMbcs() const
{
    const qint64 mbcsBlocks = mbcs.blocks + pool.blocks;
    if (mbcsBlocks > 0)
        return double(sbcs.blocks) / double(mbcsBlocks);
    return sbcs.blocks > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

double AllocCarrierSet::sbcsShare() const
{
    return ratio(sbcs.blocksSize, blocksSize(), 0.0);
}

QString AllocType::setting(const QString &key) const
{
    for (const auto &kv : settings) {
        if (kv.first == key)
            return kv.second;
    }
    return {};
}

QString AllocType::flagLetter(const QString &typeName)
{
    // The erts_alloc documentation's letters for +M<S><flag>.
    static const std::pair<const char *, const char *> Letters[] = {
        {"binary_alloc", "B"}, {"std_alloc", "D"},     {"ets_alloc", "E"},  {"fix_alloc", "F"},
        {"eheap_alloc", "H"},  {"literal_alloc", "I"}, {"ll_alloc", "L"},   {"mseg_alloc", "M"},
        {"driver_alloc", "R"}, {"sl_alloc", "S"},      {"temp_alloc", "T"}, {"exec_alloc", "X"},
        {"sys_alloc", "Y"},    {"test_alloc", "Z"},
    };
    for (const auto &l : Letters) {
        if (typeName == QLatin1String(l.first))
            return QLatin1String(l.second);
    }
    return {};
}

double MsegCache::hitRate() const
{
    return ratio(hits, calls, 1.0);
}

double AllocFragment::usage() const
{
    return ratio(blocksSize(), carriersSize(), 1.0);
}

double AllocSample::Totals::usage() const
{
    return ratio(used, allocated, 1.0);
}

const AllocType *AllocSample::type(const QString &name) const
{
    for (const AllocType &t : types) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

bool AllocSample::fromTerm(const Term &map, AllocSample *out, QString *error)
{
    auto fail = [error](const QString &what) {
        if (error)
            *error = QCoreApplication::translate("AllocSample", "The allocator reading is malformed: %1.").arg(what);
        return false;
    };
    if (!map.isMap())
        return fail(QStringLiteral("not a map"));
    AllocSample s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.sampledAtMs = map.value("sampled_at_ms").toInt();
    const Term total = map.value("erlang_total");
    if (!total.isInteger())
        return fail(QStringLiteral("erlang_total"));
    s.totals.erlangTotal = total.toInt();
    const Term rss = map.value("rss");
    if (rss.isInteger() && rss.toInt() > 0)
        s.totals.rss = rss.toInt();

    const Term types = map.value("types");
    if (!types.isProperList())
        return fail(QStringLiteral("types"));
    for (const Term &t : types.elements()) {
        AllocType type;
        if (!carrierSetFrom(t, &type.name, &type.instances, &type))
            return fail(type.name.isEmpty() ? QStringLiteral("a type") : type.name);
        s.totals.allocated += type.carriersSize();
        s.totals.used += type.blocksSize();
        s.types.append(type);
    }

    const Term instances = map.value("instances");
    if (instances.isProperList()) {
        for (const Term &t : instances.elements()) {
            AllocInstance in;
            QString name;
            if (!carrierSetFrom(t, &name, &in.instance, &in))
                return fail(QStringLiteral("an instance"));
            for (AllocType &type : s.types) {
                if (type.name == name) {
                    type.instanceRows.append(in);
                    break;
                }
            }
        }
    }

    const Term fragments = map.value("fragments");
    if (fragments.isProperList()) {
        for (const Term &f : fragments.elements()) {
            if (!f.isTuple(6) || !f.at(0).isAtom())
                return fail(QStringLiteral("a fragment"));
            AllocFragment fr;
            fr.type = f.at(0).atomName();
            fr.instance = int(f.at(1).toInt());
            fr.mbcsCarriersSize = f.at(2).toInt();
            fr.mbcsBlocksSize = f.at(3).toInt();
            fr.sbcsCarriersSize = f.at(4).toInt();
            fr.sbcsBlocksSize = f.at(5).toInt();
            s.fragments.append(fr);
        }
    }

    const Term mseg = map.value("mseg");
    if (mseg.isProperList()) {
        for (const Term &m : mseg.elements()) {
            if (!m.isTuple(5))
                return fail(QStringLiteral("an mseg_alloc instance"));
            MsegCache c;
            c.instance = int(m.at(0).toInt());
            c.hits = m.at(1).toInt();
            c.calls = m.at(2).toInt();
            c.cachedSegments = m.at(3).toInt();
            c.segmentsSize = m.at(4).toInt();
            s.mseg.append(c);
        }
    }

    const Term settings = map.value("settings");
    if (settings.isProperList()) {
        for (const Term &entry : settings.elements()) {
            if (!entry.isTuple(2) || !entry.at(0).isAtom())
                continue;
            const QString name = entry.at(0).atomName();
            const auto values = settingsFrom(entry.at(1));
            bool isType = false;
            for (AllocType &type : s.types) {
                if (type.name == name) {
                    type.settings = values;
                    isType = true;
                    break;
                }
            }
            if (!isType)
                s.otherSettings.append({name, values});
        }
    }
    *out = s;
    return true;
}

QJsonObject AllocSample::toJson(bool withInstances) const
{
    QJsonArray typesJson;
    for (const AllocType &t : types) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), t.name);
        o.insert(QStringLiteral("instances"), t.instances);
        insertCarrierSet(&o, t);
        // Sums of per-instance peaks: never held at one moment, only an upper bound.
        QJsonObject peaks;
        peaks.insert(QStringLiteral("carriers_size"), t.mbcs.carriersSizeMax + t.sbcs.carriersSizeMax);
        peaks.insert(QStringLiteral("blocks_size"), t.mbcs.blocksSizeMax + t.sbcs.blocksSizeMax);
        o.insert(QStringLiteral("sum_of_instance_peaks"), peaks);
        if (!t.settings.isEmpty()) {
            QJsonObject set;
            for (const auto &kv : t.settings)
                set.insert(kv.first, kv.second);
            o.insert(QStringLiteral("settings"), set);
        }
        if (withInstances) {
            QJsonArray rows;
            for (const AllocInstance &in : t.instanceRows) {
                QJsonObject r;
                r.insert(QStringLiteral("instance"), in.instance);
                insertCarrierSet(&r, in);
                rows.append(r);
            }
            o.insert(QStringLiteral("instance_rows"), rows);
        }
        typesJson.append(o);
    }
    QJsonArray cache;
    for (const MsegCache &c : mseg) {
        QJsonObject o;
        o.insert(QStringLiteral("instance"), c.instance);
        o.insert(QStringLiteral("hits"), c.hits);
        o.insert(QStringLiteral("calls"), c.calls);
        o.insert(QStringLiteral("cache_hit_rate"), c.hitRate());
        o.insert(QStringLiteral("cached_segments"), c.cachedSegments);
        cache.append(o);
    }
    QJsonArray frags;
    for (const AllocFragment &f : fragments) {
        QJsonObject o;
        o.insert(QStringLiteral("type"), f.type);
        o.insert(QStringLiteral("instance"), f.instance);
        o.insert(QStringLiteral("carriers_size"), f.carriersSize());
        o.insert(QStringLiteral("blocks_size"), f.blocksSize());
        o.insert(QStringLiteral("usage"), f.usage());
        o.insert(QStringLiteral("unused"), f.weight());
        frags.append(o);
    }
    QJsonObject tot;
    tot.insert(QStringLiteral("allocated"), totals.allocated);
    tot.insert(QStringLiteral("used"), totals.used);
    tot.insert(QStringLiteral("unused"), totals.unused());
    tot.insert(QStringLiteral("usage"), totals.usage());
    tot.insert(QStringLiteral("erlang_total"), totals.erlangTotal);
    tot.insert(QStringLiteral("rss"), totals.rss ? QJsonValue(double(*totals.rss)) : QJsonValue());

    QJsonObject o;
    o.insert(QStringLiteral("types"), typesJson);
    o.insert(QStringLiteral("mseg_cache"), cache);
    o.insert(QStringLiteral("fragments"), frags);
    o.insert(QStringLiteral("totals"), tot);
    return o;
}

} // namespace beamtop
