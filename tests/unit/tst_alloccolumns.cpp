// SPDX-License-Identifier: GPL-3.0-or-later
// How an allocator reading is written out for beamtop-cli alloc and the snapshot
// (AllocColumns), on hand-made samples: the CSV keys and rows (ratios that keep their digits,
// type rows without an instance, an infinite ratio as an empty cell), the document with its
// findings, and the text for people with and without instances.
#include "collect/allocfindings.h"
#include "collect/allocsample.h"
#include "export/alloccolumns.h"
#include "export/rowwriter.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>
#include <QTextStream>

using namespace beamtop;

namespace {

AllocCarriers carriers(qint64 count, qint64 size, qint64 blocks, qint64 blocksSize)
{
    AllocCarriers c;
    c.carriers = count;
    c.carriersSize = size;
    c.blocks = blocks;
    c.blocksSize = blocksSize;
    return c;
}

// binary_alloc: 40 MiB of multiblock carriers holding 4 MiB, 1 MiB in one single-block carrier;
// two instances, the second holding it all. eheap_alloc: sbcs blocks only.
AllocSample sample()
{
    AllocSample s;
    AllocType bin;
    bin.name = QStringLiteral("binary_alloc");
    bin.instances = 2;
    bin.mbcs = carriers(8, 40 << 20, 100, 4 << 20);
    bin.sbcs = carriers(1, 1 << 20, 1, 1 << 20);
    AllocInstance global;
    global.instance = 0;
    AllocInstance first;
    first.instance = 1;
    first.mbcs = bin.mbcs;
    first.sbcs = bin.sbcs;
    bin.instanceRows = {global, first};
    AllocType heap;
    heap.name = QStringLiteral("eheap_alloc");
    heap.instances = 2;
    heap.sbcs = carriers(1, 2 << 20, 1, 2 << 20);
    s.types = {bin, heap};
    MsegCache a, b;
    a.instance = 0;
    a.hits = 90;
    a.calls = 100;
    b.instance = 1;
    b.hits = 10;
    b.calls = 100;
    s.mseg = {a, b};
    s.totals.allocated = bin.carriersSize() + heap.carriersSize();
    s.totals.used = bin.blocksSize() + heap.blocksSize();
    s.totals.erlangTotal = 30 << 20;
    return s;
}

} // namespace

class TestAllocColumns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void csvRows()
    {
        const AllocSample s = sample();
        const QStringList keys = AllocColumns::keys();
        QCOMPARE(keys.mid(0, 7), (QStringList{QStringLiteral("type"), QStringLiteral("instance"), QStringLiteral("instances"),
                                              QStringLiteral("carriers_size"), QStringLiteral("blocks_size"),
                                              QStringLiteral("unused"), QStringLiteral("usage")}));
        const QJsonObject type = AllocColumns::typeRow(s.types.at(0));
        const QJsonObject inst = AllocColumns::instanceRow(s.types.at(0), s.types.at(0).instanceRows.at(1));
        // Every key in every row, nothing else.
        QCOMPARE(QStringList(type.keys()).size(), keys.size());
        for (const QString &k : keys)
            QVERIFY2(type.contains(k) && inst.contains(k), qPrintable(k));
        QVERIFY(type.value(QStringLiteral("instance")).isNull());
        QCOMPARE(inst.value(QStringLiteral("instance")).toInt(), 1);
        QCOMPARE(type.value(QStringLiteral("carriers_size")).toDouble(), double(41 << 20));
        QCOMPARE(type.value(QStringLiteral("unused")).toDouble(), double(36 << 20));
        QCOMPARE(type.value(QStringLiteral("mbcs_average_block_size")).toDouble(), double(4 << 20) / 100);

        RowWriter csv(RowWriter::Format::Csv, keys);
        const QList<QByteArray> cells = csv.row(type).trimmed().split(',');
        QCOMPARE(cells.size(), keys.size());
        QCOMPARE(cells.at(1), QByteArray()); // summed over the instances
        // 5/41 = 0.12195...: four decimals, where the CSV dialect would keep one.
        QCOMPARE(cells.at(keys.indexOf(QStringLiteral("usage"))), QByteArray("0.1220"));
        QCOMPARE(cells.at(keys.indexOf(QStringLiteral("sbcs_to_mbcs"))), QByteArray("0.0100"));
        // Single-block blocks and no multiblock ones: no ratio, an empty cell.
        const QList<QByteArray> heap = csv.row(AllocColumns::typeRow(s.types.at(1))).trimmed().split(',');
        QCOMPARE(heap.at(keys.indexOf(QStringLiteral("sbcs_to_mbcs"))), QByteArray());
        QCOMPARE(heap.at(keys.indexOf(QStringLiteral("usage"))), QByteArray("1.0000"));
    }

    void documentHasFindings()
    {
        const AllocSample s = sample();
        const QVector<AllocFinding> findings = AllocFindings::evaluate(s);
        const QJsonObject doc = AllocColumns::document(s, findings, false);
        for (const char *k : {"types", "mseg_cache", "totals", "findings"})
            QVERIFY2(doc.contains(QLatin1String(k)), k);
        const QJsonArray f = doc.value(QStringLiteral("findings")).toArray();
        QCOMPARE(f.size(), findings.size());
        bool fragmentation = false;
        for (const QJsonValue &v : f)
            fragmentation = fragmentation || v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("fragmentation");
        QVERIFY(fragmentation); // 12 % of 41 MiB
        QVERIFY(!doc.value(QStringLiteral("types")).toArray().at(0).toObject().contains(QStringLiteral("instance_rows")));
        QCOMPARE(AllocColumns::document(s, findings, true).value(QStringLiteral("types")).toArray().at(0).toObject()
                     .value(QStringLiteral("instance_rows")).toArray().size(), 2);
    }

    void textForPeople()
    {
        const AllocSample s = sample();
        const QVector<AllocFinding> findings = AllocFindings::evaluate(s);
        QString text;
        QTextStream out(&text);
        AllocColumns::writeText(out, s, findings, false);
        out.flush();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QLatin1String("TYPE")));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("binary_alloc")) && lines.at(1).contains(QLatin1String("12.2 %")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("scheduler 1"))); // no instance rows
        // The mseg cache summed, with the worst instance named; no RSS on this node.
        QVERIFY2(text.contains(QLatin1String("hit rate 0.50 (100 hits in 200 calls, 2 instances); lowest 0.10 on instance 1")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("not available")));
        QVERIFY(text.contains(QLatin1String("warning (fragmentation): binary_alloc uses")));
        QVERIFY(text.contains(QLatin1String("see +MBacul: https://www.erlang.org/")));

        QString all;
        QTextStream allOut(&all);
        AllocColumns::writeText(allOut, s, {}, true);
        allOut.flush();
        QVERIFY2(all.contains(QLatin1String("\n  global ")) && all.contains(QLatin1String("\n  scheduler 1 ")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("Findings: none")));
        QVERIFY(!all.contains(QLatin1String("lowest"))); // each instance has its line instead
    }
};

QTEST_GUILESS_MAIN(TestAllocColumns)
#include "tst_alloccolumns.moc"
