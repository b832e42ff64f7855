// SPDX-License-Identifier: GPL-3.0-or-later
#include "alloccolumns.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace beamtop {

namespace {

// A ratio as text with four decimals: the CSV dialect writes numbers with one, which would
// turn a usage of 0.046 into 0.0.
QJsonValue ratio(double v)
{
    return std::isfinite(v) ? QJsonValue(QString::number(v, 'f', 4)) : QJsonValue();
}

void addCarriers(QJsonObject *row, const QString &prefix, const AllocCarriers &c, bool withAverage)
{
    row->insert(prefix + QStringLiteral("carriers"), double(c.carriers));
    row->insert(prefix + QStringLiteral("carriers_size"), double(c.carriersSize));
    if (!withAverage) {
        row->insert(prefix + QStringLiteral("blocks_size"), double(c.blocksSize));
        return;
    }
    row->insert(prefix + QStringLiteral("blocks"), double(c.blocks));
    row->insert(prefix + QStringLiteral("blocks_size"), double(c.blocksSize));
    row->insert(prefix + QStringLiteral("average_block_size"), c.averageBlockSize());
}

QJsonObject row(const QString &type, const QJsonValue &instance, int instances, const AllocCarrierSet &x)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("instance"), instance);
    o.insert(QStringLiteral("instances"), instances);
    o.insert(QStringLiteral("carriers_size"), double(x.carriersSize()));
    o.insert(QStringLiteral("blocks_size"), double(x.blocksSize()));
    o.insert(QStringLiteral("unused"), double(x.unused()));
    o.insert(QStringLiteral("usage"), ratio(x.usage()));
    addCarriers(&o, QStringLiteral("mbcs_"), x.mbcs, true);
    addCarriers(&o, QStringLiteral("sbcs_"), x.sbcs, true);
    addCarriers(&o, QStringLiteral("pool_"), x.pool, false);
    o.insert(QStringLiteral("sbcs_to_mbcs"), ratio(x.sbcsToMbcs()));
    return o;
}

QString percent(double fraction)
{
    return AllocColumns::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n);
}

QString instanceLabel(int instance)
{
    return instance == 0 ? AllocColumns::tr("global") : AllocColumns::tr("scheduler %1").arg(instance);
}

// The type table's columns: title and width (the first left-aligned). IN SBCS: the share of the
// block bytes in single-block carriers; MBC AVG, SBC AVG: the average block size in each kind.
struct TextColumn
{
    const char *title;
    int width;
};
const TextColumn TableColumns[] = {
    {QT_TRANSLATE_NOOP("beamtop::AllocColumns", "TYPE"), 16},
    {QT_TRANSLATE_NOOP("beamtop::AllocColumns", "INST"), 4},
    {QT_TRANSLATE_NOOP("beamtop::AllocColumns", "CARRIERS"), 10},
    {QT_TRANSLATE_NOOP("beamtop::AllocColumns", "USED"), 10},
    {QT_TRANSLATE_NOOP("beamtop::AllocColumns", "UNUSED"), 10},
    {QT_TRANSLATE_NOOP("beamtop::AllocColumns", "USAGE"), 7},
    {QT_TRANSLATE_NOOP("beamtop::AllocColumns", "IN SBCS"), 8},
    {QT_TRANSLATE_NOOP("beamtop::AllocColumns", "MBC AVG"), 9},
    {QT_TRANSLATE_NOOP("beamtop::AllocColumns", "SBC AVG"), 9},
};

void tableLine(QTextStream &out, const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size() && i < int(std::size(TableColumns)); ++i) {
        const int w = TableColumns[i].width;
        line += i == 0 ? cells.at(i).leftJustified(w) : QLatin1Char(' ') + cells.at(i).rightJustified(w);
    }
    out << line << '\n';
}

QStringList cells(const QString &name, const QString &instances, const AllocCarrierSet &x)
{
    const QLocale loc;
    auto avg = [&](const AllocCarriers &c) { return c.blocks > 0 ? bytes(qint64(std::llround(c.averageBlockSize()))) : QStringLiteral("-"); };
    const qint64 blocks = x.blocksSize();
    return {name,
            instances,
            bytes(x.carriersSize()),
            bytes(blocks),
            bytes(x.unused()),
            percent(x.usage()),
            blocks > 0 ? percent(x.sbcsShare()) : QStringLiteral("-"),
            avg(x.mbcs),
            avg(x.sbcs)};
}

} // namespace

QStringList AllocColumns::keys()
{
    QStringList k = {QStringLiteral("type"),         QStringLiteral("instance"), QStringLiteral("instances"),
                     QStringLiteral("carriers_size"), QStringLiteral("blocks_size"), QStringLiteral("unused"),
                     QStringLiteral("usage")};
    for (const QString &p : {QStringLiteral("mbcs_"), QStringLiteral("sbcs_")})
        for (const char *f : {"carriers", "carriers_size", "blocks", "blocks_size", "average_block_size"})
            k << p + QLatin1String(f);
    k << QStringLiteral("pool_carriers") << QStringLiteral("pool_carriers_size") << QStringLiteral("pool_blocks_size")
      << QStringLiteral("sbcs_to_mbcs");
    return k;
}

QJsonObject AllocColumns::typeRow(const AllocType &type)
{
    return row(type.name, QJsonValue(), type.instances, type);
}

QJsonObject AllocColumns::instanceRow(const AllocType &type, const AllocInstance &instance)
{
    return row(type.name, instance.instance, type.instances, instance);
}

QJsonObject AllocColumns::document(const AllocSample &sample, const QVector<AllocFinding> &findings, bool withInstances)
{
    QJsonObject o = sample.toJson(withInstances);
    QJsonArray list;
    for (const AllocFinding &f : findings)
        list.append(f.toJson());
    o.insert(QStringLiteral("findings"), list);
    return o;
}

void AllocColumns::writeText(QTextStream &out, const AllocSample &sample, const QVector<AllocFinding> &findings,
                             bool withInstances)
{
    const QLocale loc;
    QStringList head;
    for (const TextColumn &c : TableColumns)
        head << QCoreApplication::translate("beamtop::AllocColumns", c.title);
    tableLine(out, head);
    for (const AllocType &t : sample.types) {
        tableLine(out, cells(t.name, loc.toString(t.instances), t));
        if (!withInstances)
            continue;
        for (const AllocInstance &in : t.instanceRows)
            tableLine(out, cells(QStringLiteral("  ") + instanceLabel(in.instance), QString(), in));
    }

    const AllocSample::Totals &s = sample.totals;
    out << '\n';
    out << tr("Allocated (all carriers)").leftJustified(26) << bytes(s.allocated) << '\n';
    out << tr("Used (all blocks)").leftJustified(26) << tr("%1 (%2)").arg(bytes(s.used), percent(s.usage())) << '\n';
    out << tr("Unused").leftJustified(26) << bytes(s.unused()) << '\n';
    out << tr("erlang:memory(total)").leftJustified(26) << bytes(s.erlangTotal) << '\n';
    out << tr("Resident (RSS)").leftJustified(26)
        << (s.rss ? bytes(*s.rss) : tr("not available (read from /proc on Linux only)")) << '\n';

    // The cache belongs to mseg_alloc's instances, which every type of the same scheduler uses.
    out << '\n';
    if (sample.mseg.isEmpty()) {
        out << tr("mseg_alloc cache").leftJustified(26) << tr("none (mseg_alloc is off)") << '\n';
    } else {
        qint64 hits = 0, calls = 0;
        const MsegCache *worst = nullptr;
        for (const MsegCache &c : sample.mseg) {
            hits += c.hits;
            calls += c.calls;
            if (!worst || c.hitRate() < worst->hitRate())
                worst = &c;
        }
        const double rate = calls > 0 ? double(hits) / double(calls) : 1.0;
        QString summary = tr("hit rate %1 (%2 hits in %3 calls, %Ln instances)", nullptr, int(sample.mseg.size()))
                              .arg(loc.toString(rate, 'f', 2), loc.toString(hits), loc.toString(calls));
        if (!withInstances && sample.mseg.size() > 1)
            summary += tr("; lowest %1 on instance %2").arg(loc.toString(worst->hitRate(), 'f', 2)).arg(worst->instance);
        out << tr("mseg_alloc cache").leftJustified(26) << summary << '\n';
        if (withInstances) {
            for (const MsegCache &c : sample.mseg)
                out << QStringLiteral("  ") << instanceLabel(c.instance).leftJustified(24)
                    << tr("hit rate %1 (%2 hits in %3 calls), %4 cached segments")
                           .arg(loc.toString(c.hitRate(), 'f', 2), loc.toString(c.hits), loc.toString(c.calls),
                                loc.toString(c.cachedSegments))
                    << '\n';
        }
    }
    out << '\n';
    writeFindings(out, findings);
}

void AllocColumns::writeFindings(QTextStream &out, const QVector<AllocFinding> &findings)
{
    if (findings.isEmpty()) {
        out << tr("Findings: none") << '\n';
        return;
    }
    out << tr("Findings") << '\n';
    for (const AllocFinding &f : findings) {
        const QString level = f.severity == AllocFinding::Severity::Warning ? tr("warning") : tr("note");
        out << QStringLiteral("  ") << tr("%1 (%2): %3").arg(level, f.rule, f.text) << '\n';
        for (const QString &flag : f.flags)
            out << QStringLiteral("    ") << tr("see %1: %2").arg(flag, AllocFinding::docUrl(flag).toString()) << '\n';
    }
}

} // namespace beamtop
