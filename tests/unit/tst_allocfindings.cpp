// SPDX-License-Identifier: GPL-3.0-or-later
// Every allocator finding rule on hand-made readings, at and around its edges; the reply
// decoder on good and malformed terms; sums of instance peaks kept apart from current values.
#include "collect/allocfindings.h"
#include "collect/allocsample.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace beamtop;

namespace {

constexpr qint64 MiB = 1024 * 1024;

AllocType type(const QString &name, qint64 mbcsCarriers, qint64 mbcsBlocks, qint64 sbcsCarriers = 0, qint64 sbcsBlocks = 0,
               qint64 sbcsCount = 0)
{
    AllocType t;
    t.name = name;
    t.instances = 3;
    t.mbcs.carriers = 4;
    t.mbcs.carriersSize = mbcsCarriers;
    t.mbcs.blocks = 100;
    t.mbcs.blocksSize = mbcsBlocks;
    t.sbcs.carriers = sbcsCount;
    t.sbcs.carriersSize = sbcsCarriers;
    t.sbcs.blocks = sbcsCount;
    t.sbcs.blocksSize = sbcsBlocks;
    return t;
}

QStringList rulesOf(const AllocSample &s, const QString &subject = {})
{
    QStringList out;
    for (const AllocFinding &f : AllocFindings::evaluate(s)) {
        if (subject.isEmpty() || f.subject == subject)
            out << f.rule;
    }
    return out;
}

const AllocFinding *find(const QVector<AllocFinding> &all, const QString &rule)
{
    for (const AllocFinding &f : all) {
        if (f.rule == rule)
            return &f;
    }
    return nullptr;
}

Term carriers(qint64 c, qint64 cs, qint64 b, qint64 bs)
{
    return Term::tuple({Term::integer(c), Term::integer(cs), Term::integer(b), Term::integer(bs), Term::integer(c + 1),
                        Term::integer(cs * 2), Term::integer(b + 1), Term::integer(bs * 2)});
}

Term zero()
{
    return carriers(0, 0, 0, 0);
}

Term reply(const QVector<std::pair<Term, Term>> &extra = {})
{
    QVector<std::pair<Term, Term>> m = {
        {Term::atom("sampled_at_ms"), Term::integer(1000)},
        {Term::atom("erlang_total"), Term::integer(50 * MiB)},
        {Term::atom("rss"), Term::integer(80 * MiB)},
        {Term::atom("types"),
         Term::list({Term::tuple({Term::atom("binary_alloc"), Term::integer(3), carriers(2, 4 * MiB, 10, MiB),
                                  carriers(1, MiB, 1, MiB), zero()}),
                     Term::tuple({Term::atom("eheap_alloc"), Term::integer(3), carriers(1, 2 * MiB, 5, MiB), zero(),
                                  carriers(1, MiB, 1, 1000)})})},
        {Term::atom("instances"),
         Term::list({Term::tuple({Term::atom("binary_alloc"), Term::integer(0), carriers(1, 3 * MiB, 5, MiB / 2),
                                  carriers(1, MiB, 1, MiB), zero()})})},
        {Term::atom("fragments"),
         Term::list({Term::tuple({Term::atom("binary_alloc"), Term::integer(0), Term::integer(3 * MiB),
                                  Term::integer(MiB / 2), Term::integer(MiB), Term::integer(MiB)})})},
        {Term::atom("mseg"), Term::list({Term::tuple({Term::integer(0), Term::integer(8), Term::integer(10),
                                                     Term::integer(1), Term::integer(MiB)})})},
        {Term::atom("settings"),
         Term::list({Term::tuple({Term::atom("binary_alloc"),
                                  Term::list({Term::tuple({Term::atom("sbct"), Term::integer(524288)}),
                                              Term::tuple({Term::atom("as"), Term::atom("aoffcbf")}),
                                              Term::tuple({Term::atom("e"), Term::boolean(true)})})}),
                     Term::tuple({Term::atom("erts_mmap"),
                                  Term::list({Term::tuple({Term::binary("literal_mmap.scs"), Term::integer(1024)})})})})},
    };
    for (const auto &kv : extra) {
        for (auto &existing : m) {
            if (existing.first == kv.first)
                existing.second = kv.second;
        }
    }
    return Term::map(m);
}

} // namespace

class TestAllocFindings : public QObject
{
    Q_OBJECT
private slots:
    void decodesTheAgentsReply();
    void refusesMalformedReplies_data();
    void refusesMalformedReplies();
    void ratiosHaveSaneEdges();
    void fragmentationAtItsEdges_data();
    void fragmentationAtItsEdges();
    void fragmentationDoesNotSuggestWhatIsSet();
    void largeBlocksAtItsEdges_data();
    void largeBlocksAtItsEdges();
    void msegCacheAtItsEdges_data();
    void msegCacheAtItsEdges();
    void outsideAllocatorsAtItsEdges_data();
    void outsideAllocatorsAtItsEdges();
    void worstFirstWarningsBeforeInformation();
    void flagsLinkToTheirLine();
    void jsonCarriesFiguresAndPeaksApart();
};

void TestAllocFindings::decodesTheAgentsReply()
{
    AllocSample s;
    QString error;
    QVERIFY2(AllocSample::fromTerm(reply(), &s, &error), qPrintable(error));
    QCOMPARE(s.types.size(), 2);
    const AllocType *b = s.type(QStringLiteral("binary_alloc"));
    QVERIFY(b);
    QCOMPARE(b->instances, 3);
    QCOMPARE(b->carriersSize(), 5 * MiB);
    QCOMPARE(b->blocksSize(), 2 * MiB);
    QCOMPARE(b->mbcs.carriersSizeMax, 8 * MiB);
    QCOMPARE(b->instanceRows.size(), 1);
    QCOMPARE(b->setting(QStringLiteral("sbct")), QStringLiteral("524288"));
    QCOMPARE(b->setting(QStringLiteral("as")), QStringLiteral("aoffcbf"));
    QCOMPARE(b->setting(QStringLiteral("e")), QStringLiteral("true"));
    QVERIFY(s.type(QStringLiteral("eheap_alloc"))->instanceRows.isEmpty());
    // The pool counts with the carriers.
    QCOMPARE(s.type(QStringLiteral("eheap_alloc"))->carriersSize(), 3 * MiB);
    QCOMPARE(s.totals.allocated, 8 * MiB);
    QCOMPARE(s.totals.used, 2 * MiB + MiB + 1000);
    QCOMPARE(s.totals.erlangTotal, 50 * MiB);
    QCOMPARE(s.totals.rss.value_or(-1), 80 * MiB);
    QCOMPARE(s.mseg.size(), 1);
    QCOMPARE(s.mseg.first().hitRate(), 0.8);
    QCOMPARE(s.fragments.first().weight(), 3 * MiB - MiB / 2);
    QCOMPARE(s.otherSettings.size(), 1);
    QCOMPARE(s.otherSettings.first().second.first().first, QStringLiteral("literal_mmap.scs"));

    // No RSS (another OS): absent, not zero.
    AllocSample noRss;
    QVERIFY(AllocSample::fromTerm(reply({{Term::atom("rss"), Term::atom("undefined")}}), &noRss, &error));
    QVERIFY(!noRss.totals.rss.has_value());
}

void TestAllocFindings::refusesMalformedReplies_data()
{
    QTest::addColumn<Term>("term");
    QTest::newRow("not a map") << Term::list({Term::integer(1)});
    QTest::newRow("no total") << Term::map({{Term::atom("types"), Term::nil()}});
    QTest::newRow("types not a list")
        << Term::map({{Term::atom("erlang_total"), Term::integer(1)}, {Term::atom("types"), Term::integer(3)}});
    QTest::newRow("short carriers tuple")
        << Term::map({{Term::atom("erlang_total"), Term::integer(1)},
                      {Term::atom("types"), Term::list({Term::tuple({Term::atom("binary_alloc"), Term::integer(1),
                                                                     Term::tuple({Term::integer(1)}), zero(), zero()})})}});
    QTest::newRow("negative size")
        << Term::map({{Term::atom("erlang_total"), Term::integer(1)},
                      {Term::atom("types"), Term::list({Term::tuple({Term::atom("binary_alloc"), Term::integer(1),
                                                                     carriers(1, -5, 1, 1), zero(), zero()})})}});
    QTest::newRow("bignum size")
        << Term::map({{Term::atom("erlang_total"), Term::integer(1)},
                      {Term::atom("types"),
                       Term::list({Term::tuple({Term::atom("binary_alloc"), Term::integer(1),
                                                Term::tuple({Term::integer(1), Term::bigInteger(false, QByteArray(12, '\x7f')),
                                                             Term::integer(1), Term::integer(1), Term::integer(1),
                                                             Term::integer(1), Term::integer(1), Term::integer(1)}),
                                                zero(), zero()})})}});
    QTest::newRow("type name not an atom")
        << Term::map({{Term::atom("erlang_total"), Term::integer(1)},
                      {Term::atom("types"), Term::list({Term::tuple({Term::binary("binary_alloc"), Term::integer(1),
                                                                     zero(), zero(), zero()})})}});
}

void TestAllocFindings::refusesMalformedReplies()
{
    QFETCH(Term, term);
    AllocSample s;
    QString error;
    QVERIFY(!AllocSample::fromTerm(term, &s, &error));
    QVERIFY(!error.isEmpty());
}

void TestAllocFindings::ratiosHaveSaneEdges()
{
    AllocCarriers empty;
    QCOMPARE(empty.usage(), 1.0); // no carriers: nothing wasted
    QCOMPARE(empty.averageBlockSize(), 0.0);
    AllocInstance in;
    QCOMPARE(in.sbcsToMbcs(), 0.0);
    in.sbcs.blocks = 3;
    QVERIFY(std::isinf(in.sbcsToMbcs()));
    in.mbcs.blocks = 6;
    QCOMPARE(in.sbcsToMbcs(), 0.5);
    MsegCache c;
    QCOMPARE(c.hitRate(), 1.0);
    QCOMPARE(AllocType::flagLetter(QStringLiteral("binary_alloc")), QStringLiteral("B"));
    QCOMPARE(AllocType::flagLetter(QStringLiteral("eheap_alloc")), QStringLiteral("H"));
    QCOMPARE(AllocType::flagLetter(QStringLiteral("driver_alloc")), QStringLiteral("R"));
    QCOMPARE(AllocType::flagLetter(QStringLiteral("nonsense_alloc")), QString());
}

void TestAllocFindings::fragmentationAtItsEdges_data()
{
    QTest::addColumn<qint64>("carriers");
    QTest::addColumn<qint64>("blocks");
    QTest::addColumn<bool>("fires");
    const qint64 min = AllocFindings::FragmentationMinCarriers;
    QTest::newRow("half used: the edge, not below") << min << min / 2 << false;
    QTest::newRow("just below half") << min << min / 2 - 1 << true;
    QTest::newRow("a third used") << 3 * min << min << true;
    QTest::newRow("sparse but small") << min - 1 << qint64(0) << false;
    QTest::newRow("full") << 4 * min << 4 * min << false;
}

void TestAllocFindings::fragmentationAtItsEdges()
{
    QFETCH(qint64, carriers);
    QFETCH(qint64, blocks);
    QFETCH(bool, fires);
    AllocSample s;
    s.types = {type(QStringLiteral("binary_alloc"), carriers, blocks)};
    const QVector<AllocFinding> all = AllocFindings::evaluate(s);
    const AllocFinding *f = find(all, QStringLiteral("fragmentation"));
    QCOMPARE(f != nullptr, fires);
    if (f) {
        QCOMPARE(f->subject, QStringLiteral("binary_alloc"));
        QCOMPARE(f->flags, QStringList({QStringLiteral("+MBas aobf"), QStringLiteral("+MBacul")}));
        QVERIFY(f->text.contains(QLatin1String("binary_alloc")));
        QVERIFY(f->text.contains(QLatin1String("%")));
        QCOMPARE(f->severity, AllocFinding::Severity::Warning);
    }
}

void TestAllocFindings::fragmentationDoesNotSuggestWhatIsSet()
{
    AllocSample s;
    AllocType t = type(QStringLiteral("ets_alloc"), 64 * MiB, 8 * MiB);
    t.settings = {{QStringLiteral("as"), QStringLiteral("aobf")}};
    s.types = {t};
    const QVector<AllocFinding> all = AllocFindings::evaluate(s);
    const AllocFinding *f = find(all, QStringLiteral("fragmentation"));
    QVERIFY(f);
    QCOMPARE(f->flags, QStringList({QStringLiteral("+MEacul")}));

    // RabbitMQ's +MBas ageffcbf: an age-ordered strategy chosen on purpose.
    s.types.first().settings = {{QStringLiteral("as"), QStringLiteral("ageffcbf")}};
    QCOMPARE(find(AllocFindings::evaluate(s), QStringLiteral("fragmentation"))->flags,
             QStringList({QStringLiteral("+MEacul")}));
    // The default strategy gets the suggestion.
    s.types.first().settings = {{QStringLiteral("as"), QStringLiteral("aoffcbf")}};
    QCOMPARE(find(AllocFindings::evaluate(s), QStringLiteral("fragmentation"))->flags,
             QStringList({QStringLiteral("+MEas aobf"), QStringLiteral("+MEacul")}));
}

void TestAllocFindings::largeBlocksAtItsEdges_data()
{
    QTest::addColumn<qint64>("mbcsBlocks");
    QTest::addColumn<qint64>("sbcsBlocks");
    QTest::addColumn<bool>("fires");
    const qint64 min = AllocFindings::LargeBlocksMinBytes;
    // share = sbcs / (mbcs + sbcs); 0.40 exactly is the edge and fires.
    QTest::newRow("share 0.40, enough bytes") << 3 * min << 2 * min << true;
    QTest::newRow("share just under 0.40") << 3 * min + 1000 << 2 * min << false;
    QTest::newRow("share 0.90 but too few bytes") << (min - 1) / 9 << min - 1 << false;
    QTest::newRow("all in sbcs") << qint64(0) << 10 * min << true;
}

void TestAllocFindings::largeBlocksAtItsEdges()
{
    QFETCH(qint64, mbcsBlocks);
    QFETCH(qint64, sbcsBlocks);
    QFETCH(bool, fires);
    AllocSample s;
    AllocType t = type(QStringLiteral("binary_alloc"), mbcsBlocks, mbcsBlocks, sbcsBlocks, sbcsBlocks, 10);
    t.settings = {{QStringLiteral("sbct"), QStringLiteral("524288")}};
    s.types = {t};
    const QVector<AllocFinding> all = AllocFindings::evaluate(s);
    const AllocFinding *f = find(all, QStringLiteral("large_blocks"));
    QCOMPARE(f != nullptr, fires);
    QVERIFY(!find(all, QStringLiteral("fragmentation"))); // carriers are full
    if (f) {
        QVERIFY(f->flags.contains(QStringLiteral("+MBsbct")));
        QVERIFY(f->text.contains(QLatin1String("single-block")));
        QVERIFY(f->text.contains(QLatin1String("sbct")));
    }
}

void TestAllocFindings::msegCacheAtItsEdges_data()
{
    QTest::addColumn<qint64>("hits");
    QTest::addColumn<qint64>("calls");
    QTest::addColumn<bool>("fires");
    const qint64 min = AllocFindings::MsegMinCalls;
    QTest::newRow("0.80 exactly: not below") << min * 8 / 10 << min << false;
    QTest::newRow("just below 0.80") << min * 8 / 10 - 1 << min << true;
    QTest::newRow("0.41") << qint64(41) * min / 100 * 10 << min * 10 << true;
    QTest::newRow("poor but too few calls") << qint64(0) << min - 1 << false;
    QTest::newRow("no calls") << qint64(0) << qint64(0) << false;
}

void TestAllocFindings::msegCacheAtItsEdges()
{
    QFETCH(qint64, hits);
    QFETCH(qint64, calls);
    QFETCH(bool, fires);
    AllocSample s;
    MsegCache c;
    c.instance = 3;
    c.hits = hits;
    c.calls = calls;
    s.mseg = {c};
    const QVector<AllocFinding> all = AllocFindings::evaluate(s);
    const AllocFinding *f = find(all, QStringLiteral("mseg_cache"));
    QCOMPARE(f != nullptr, fires);
    if (f) {
        QVERIFY(f->flags.contains(QStringLiteral("+MMmcs")));
        QVERIFY(f->text.contains(QLatin1String("instance 3")));
    }
}

void TestAllocFindings::outsideAllocatorsAtItsEdges_data()
{
    QTest::addColumn<qint64>("allocated");
    QTest::addColumn<qint64>("rss");
    QTest::addColumn<bool>("fires");
    const qint64 min = AllocFindings::OutsideMinBytes;
    QTest::newRow("half more, at both edges") << 2 * min << 3 * min << true;
    QTest::newRow("just under the byte edge") << 2 * min << 3 * min - 1 << false;
    QTest::newRow("just under the share edge") << 2 * min + 2 << 3 * min + 2 << false;
    QTest::newRow("many bytes, small share") << 100 * min << 110 * min << false;
    QTest::newRow("RSS below the carriers") << 4 * min << 2 * min << false;
}

void TestAllocFindings::outsideAllocatorsAtItsEdges()
{
    QFETCH(qint64, allocated);
    QFETCH(qint64, rss);
    QFETCH(bool, fires);
    AllocSample s;
    s.types = {type(QStringLiteral("ll_alloc"), allocated, allocated)};
    s.totals.allocated = allocated;
    s.totals.used = allocated;
    s.totals.rss = rss;
    QCOMPARE(rulesOf(s).contains(QStringLiteral("outside_allocators")), fires);
    // Without an RSS (another OS) the rule stays silent.
    s.totals.rss.reset();
    QVERIFY(!rulesOf(s).contains(QStringLiteral("outside_allocators")));
}

void TestAllocFindings::worstFirstWarningsBeforeInformation()
{
    AllocSample s;
    s.types = {type(QStringLiteral("ets_alloc"), 20 * MiB, MiB), type(QStringLiteral("binary_alloc"), 900 * MiB, 100 * MiB)};
    s.totals.allocated = 920 * MiB;
    s.totals.rss = 4000 * MiB;
    s.totals.erlangTotal = 1000 * MiB; // the larger of the two is what the allocators hold
    const QVector<AllocFinding> all = AllocFindings::evaluate(s);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].subject, QStringLiteral("binary_alloc")); // 800 MiB unused
    QCOMPARE(all[1].subject, QStringLiteral("ets_alloc"));    // 19 MiB unused
    QCOMPARE(all[2].rule, QStringLiteral("outside_allocators"));
    QCOMPARE(all[2].severity, AllocFinding::Severity::Info);
}

void TestAllocFindings::flagsLinkToTheirLine()
{
    QCOMPARE(AllocFinding::docUrl(QStringLiteral("+MBsbct")).fragment(), QStringLiteral("M_sbct"));
    QCOMPARE(AllocFinding::docUrl(QStringLiteral("+MBas aobf")).fragment(), QStringLiteral("M_as"));
    QCOMPARE(AllocFinding::docUrl(QStringLiteral("+MHacul")).fragment(), QStringLiteral("M_acul"));
    QCOMPARE(AllocFinding::docUrl(QStringLiteral("+MMmcs")).fragment(), QStringLiteral("MMmcs"));
    QVERIFY(AllocFinding::docUrl(QStringLiteral("nonsense")).path().endsWith(QLatin1String("erts_alloc.html")));
}

void TestAllocFindings::jsonCarriesFiguresAndPeaksApart()
{
    AllocSample s;
    QString error;
    QVERIFY(AllocSample::fromTerm(reply(), &s, &error));
    const QJsonObject o = s.toJson(true);
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("allocated")).toDouble(), double(8 * MiB));
    QCOMPARE(totals.value(QStringLiteral("rss")).toDouble(), double(80 * MiB));
    const QJsonObject binary = o.value(QStringLiteral("types")).toArray().first().toObject();
    QCOMPARE(binary.value(QStringLiteral("name")).toString(), QStringLiteral("binary_alloc"));
    QCOMPARE(binary.value(QStringLiteral("mbcs")).toObject().value(QStringLiteral("average_block_size")).toDouble(),
             double(MiB) / 10);
    // Peaks are a separate, labelled object, never mixed into the current figures.
    QCOMPARE(binary.value(QStringLiteral("sum_of_instance_peaks")).toObject().value(QStringLiteral("carriers_size")).toDouble(),
             double(10 * MiB));
    QCOMPARE(binary.value(QStringLiteral("instance_rows")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("mseg_cache")).toArray().first().toObject().value(QStringLiteral("cache_hit_rate")).toDouble(),
             0.8);

    AllocSample noRss = s;
    noRss.totals.rss.reset();
    QVERIFY(noRss.toJson().value(QStringLiteral("totals")).toObject().value(QStringLiteral("rss")).isNull());

    AllocFinding f;
    f.rule = QStringLiteral("fragmentation");
    f.figures = {{QStringLiteral("usage"), 0.31}, {QStringLiteral("weight_bytes"), 5}};
    const QJsonObject fj = f.toJson();
    QCOMPARE(fj.value(QStringLiteral("figures")).toObject().value(QStringLiteral("usage")).toDouble(), 0.31);
    QVERIFY(!fj.value(QStringLiteral("figures")).toObject().contains(QStringLiteral("weight_bytes")));
}

QTEST_GUILESS_MAIN(TestAllocFindings)
#include "tst_allocfindings.moc"
