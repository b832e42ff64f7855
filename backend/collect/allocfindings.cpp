// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocfindings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace beamtop {

namespace {

// lupdate files the strings under the context named here (a free tr() would be filed under
// the namespace or the calling class instead, and never be found at run time).
struct AllocFindingsText
{
    Q_DECLARE_TR_FUNCTIONS(AllocFindings)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 0) + QStringLiteral(" %");
}

// The bytes a finding is about, for ordering.
double weightOf(const AllocFinding &f)
{
    for (const auto &fig : f.figures) {
        if (fig.first == QLatin1String("weight_bytes"))
            return fig.second;
    }
    return 0;
}

void fragmentation(const AllocType &t, QVector<AllocFinding> *out)
{
    const qint64 carriers = t.carriersSize();
    const double usage = t.usage();
    if (carriers < AllocFindings::FragmentationMinCarriers || !(usage < AllocFindings::FragmentationMaxUsage))
        return;
    AllocFinding f;
    f.rule = QStringLiteral("fragmentation");
    f.subject = t.name;
    const QString letter = AllocType::flagLetter(t.name);
    if (!letter.isEmpty()) {
        // Address-order best fit packs blocks into fewer carriers; abandoning carriers below a
        // utilisation lets other instances fill them. A node already set to aobf or to an
        // age-ordered strategy (RabbitMQ ships +MBas ageffcbf) chose its strategy on purpose.
        const QString strategy = t.setting(QStringLiteral("as"));
        if (strategy != QLatin1String("aobf") && !strategy.startsWith(QLatin1String("agef")))
            f.flags << QStringLiteral("+M%1as aobf").arg(letter);
        f.flags << QStringLiteral("+M%1acul").arg(letter);
    }
    f.text = AllocFindingsText::tr("%1 uses %2 of %3 of carriers (%4 unused): fragmentation.")
                 .arg(t.name, percent(usage), size(carriers), size(t.unused()));
    f.figures = {{QStringLiteral("usage"), usage},
                 {QStringLiteral("carriers_size"), double(carriers)},
                 {QStringLiteral("blocks_size"), double(t.blocksSize())},
                 {QStringLiteral("weight_bytes"), double(t.unused())}};
    out->append(f);
}

void largeBlocks(const AllocType &t, QVector<AllocFinding> *out)
{
    const double share = t.sbcsShare();
    if (t.sbcs.blocksSize < AllocFindings::LargeBlocksMinBytes || share < AllocFindings::LargeBlocksMinShare)
        return;
    AllocFinding f;
    f.rule = QStringLiteral("large_blocks");
    f.subject = t.name;
    const QString letter = AllocType::flagLetter(t.name);
    if (!letter.isEmpty())
        f.flags << QStringLiteral("+M%1sbct").arg(letter) << QStringLiteral("+M%1lmbcs").arg(letter);
    const QString sbct = t.setting(QStringLiteral("sbct"));
    f.text = AllocFindingsText::tr("%1 of %2's block bytes (%3 in %4 blocks) are in single-block carriers: large blocks, each in "
                "a carrier of its own.")
                 .arg(percent(share), t.name, size(t.sbcs.blocksSize), QLocale().toString(t.sbcs.blocks));
    if (!sbct.isEmpty() && sbct.toLongLong() > 0)
        f.text += QLatin1Char(' ') + AllocFindingsText::tr("Blocks from %1 up go there (sbct).").arg(size(sbct.toLongLong()));
    f.figures = {{QStringLiteral("sbcs_share"), share},
                 {QStringLiteral("sbcs_blocks_size"), double(t.sbcs.blocksSize)},
                 {QStringLiteral("sbcs_blocks"), double(t.sbcs.blocks)},
                 {QStringLiteral("weight_bytes"), double(t.sbcs.carriersSize)}};
    out->append(f);
}

void msegCache(const MsegCache &c, QVector<AllocFinding> *out)
{
    const double rate = c.hitRate();
    if (c.calls < AllocFindings::MsegMinCalls || !(rate < AllocFindings::MsegMinHitRate))
        return;
    AllocFinding f;
    f.rule = QStringLiteral("mseg_cache");
    f.subject = QStringLiteral("mseg_alloc instance %1").arg(c.instance);
    f.flags << QStringLiteral("+MMmcs") << QStringLiteral("+MMrmcbf") << QStringLiteral("+MMamcbf");
    f.text = AllocFindingsText::tr("The mseg_alloc cache hit rate is %1 on instance %2 (%3 hits in %4 calls): carriers are often "
                "created and destroyed rather than reused.")
                 .arg(QLocale().toString(rate, 'f', 2))
                 .arg(c.instance)
                 .arg(QLocale().toString(c.hits), QLocale().toString(c.calls));
    f.figures = {{QStringLiteral("hit_rate"), rate},
                 {QStringLiteral("hits"), double(c.hits)},
                 {QStringLiteral("calls"), double(c.calls)},
                 {QStringLiteral("instance"), double(c.instance)},
                 {QStringLiteral("weight_bytes"), double(c.segmentsSize)}};
    out->append(f);
}

void outsideAllocators(const AllocSample &s, QVector<AllocFinding> *out)
{
    if (!s.totals.rss)
        return;
    const qint64 rss = *s.totals.rss;
    const qint64 held = qMax(s.totals.allocated, s.totals.erlangTotal);
    const qint64 outside = rss - held;
    if (outside < AllocFindings::OutsideMinBytes || double(outside) < AllocFindings::OutsideMinShare * double(held))
        return;
    AllocFinding f;
    f.rule = QStringLiteral("outside_allocators");
    f.severity = AllocFinding::Severity::Info;
    f.subject = QStringLiteral("node");
    f.text = AllocFindingsText::tr("The OS counts %1 resident for the node, the allocators %2: %3 is outside them "
                "(NIFs or drivers calling malloc directly, thread stacks, the mseg cache, shared libraries).")
                 .arg(size(rss), size(held), size(outside));
    f.figures = {{QStringLiteral("rss"), double(rss)},
                 {QStringLiteral("allocated"), double(held)},
                 {QStringLiteral("outside"), double(outside)},
                 {QStringLiteral("weight_bytes"), double(outside)}};
    out->append(f);
}

} // namespace

QJsonObject AllocFinding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), rule);
    o.insert(QStringLiteral("severity"),
             severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("info"));
    o.insert(QStringLiteral("subject"), subject);
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    QJsonObject figs;
    for (const auto &fig : figures) {
        if (fig.first != QLatin1String("weight_bytes"))
            figs.insert(fig.first, fig.second);
    }
    o.insert(QStringLiteral("figures"), figs);
    return o;
}

QUrl AllocFinding::docUrl(const QString &flag)
{
    // "+MBas aobf" -> the erts_alloc page's anchor for the flag's name ("M_as"); +MM flags are
    // mseg_alloc's ("MMmcs").
    QString name = flag.section(QLatin1Char(' '), 0, 0);
    if (!name.startsWith(QLatin1String("+M")) || name.size() < 4)
        return QUrl(QStringLiteral("https://www.erlang.org/docs/25/man/erts_alloc.html"));
    const QChar letter = name.at(2);
    const QString option = name.mid(3);
    const QString anchor = letter == QLatin1Char('M') ? QStringLiteral("MM") + option : QStringLiteral("M_") + option;
    return QUrl(QStringLiteral("https://www.erlang.org/docs/25/man/erts_alloc.html#") + anchor);
}

QVector<AllocFinding> AllocFindings::evaluate(const AllocSample &sample)
{
    QVector<AllocFinding> out;
    for (const AllocType &t : sample.types) {
        fragmentation(t, &out);
        largeBlocks(t, &out);
    }
    for (const MsegCache &c : sample.mseg)
        msegCache(c, &out);
    outsideAllocators(sample, &out);
    std::stable_sort(out.begin(), out.end(), [](const AllocFinding &a, const AllocFinding &b) {
        if (a.severity != b.severity)
            return a.severity == AllocFinding::Severity::Warning;
        return weightOf(a) > weightOf(b);
    });
    return out;
}

} // namespace beamtop
