// SPDX-License-Identifier: GPL-3.0-or-later
// The Network page's models on hand-built values, each under QAbstractItemModelTester from
// before its first fill: the port ranking (refreshes are differences, never resets, so a
// persistent index survives them; a non-zero queue carries the warning level; a closed port is
// greyed with its last figures and when they were read, or "—" when never read), the counts by
// type (fixed rows, labels with counts) and the distribution links (own connection marked,
// busy against the limit, visible before hidden, links coming and going by difference).
#include "distmodel.h"
#include "format.h"
#include "porttablemodel.h"
#include "porttypesmodel.h"

#include "collect/distsample.h"
#include "collect/portranking.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace beamtop;

namespace {

PortRow port(int n, qint64 recv, qint64 sent = 100)
{
    PortRow r;
    NodeId id;
    id.node = "app@host";
    id.id = quint64(n);
    id.creation = 1;
    r.id = Term::port(id);
    r.idText = QStringLiteral("#Port<0.%1>").arg(n);
    r.type = QStringLiteral("tcp");
    r.name = QStringLiteral("tcp_inet");
    NodeId owner;
    owner.node = "app@host";
    owner.id = quint64(100 + n);
    owner.creation = 1;
    r.owner = Term::pid(owner);
    r.ownerName = Term::atom("undefined");
    r.local = QStringLiteral("127.0.0.1:%1").arg(40000 + n);
    r.peer = QStringLiteral("127.0.0.1:4369");
    r.state = QStringLiteral("connected");
    r.recvOct = recv;
    r.sendOct = sent;
    r.recvCnt = 10;
    r.sendCnt = 5;
    r.queueSize = 0;
    r.memory = 4096;
    r.rankValue = recv + sent;
    return r;
}

// A page of the I/O ranking of `total` ports: position i holds #Port<0.(i+1)>, biggest first.
PortRanking page(int total, int offset, int count)
{
    return beamtop::test::rankedPage<PortRanking>(total, offset, count, [](int i) { return port(i + 1, qint64(1000000 - i) * 1024); });
}

DistNode link(const QString &node, bool hidden, qint64 queue = 0)
{
    DistNode n;
    n.node = node;
    n.hidden = hidden;
    n.address = QStringLiteral("127.0.0.1:40000");
    n.recvOct = 1000;
    n.sendOct = 2000;
    n.queueSize = queue;
    n.recvPerS = 10;
    n.sendPerS = 20;
    n.quietMs = 1500;
    n.busyLimit = 1024 * 1024;
    return n;
}

DistSample dist(const QVector<DistNode> &nodes)
{
    DistSample s;
    s.thisNode = QStringLiteral("app@host");
    s.netTicktime = 60;
    s.busyLimit = 1024 * 1024;
    s.nodes = nodes;
    s.at = QDateTime::currentDateTimeUtc();
    return s;
}

using Spies = beamtop::test::ModelSpies;

} // namespace

class TestPortModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void portContractThroughAFullLifecycle()
    {
        PortTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(beamtop::test::applyRankedLifecycle(m, page), QString());
        m.setRanking(PortQuery::Sort::QueueSize, PortQuery::Mode::Window, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"));
        PortRanking other = page(40, 0, 40);
        QVERIFY(!m.applyPage(other)); // a page of the previous ranking is ignored
        other.query.sort = PortQuery::Sort::QueueSize;
        other.query.mode = PortQuery::Mode::Window;
        other.query.type = QStringLiteral("tcp");
        other.query.filter = QStringLiteral("127.0.0.1");
        other.windowValid = true;
        QVERIFY(m.applyPage(other));
        QCOMPARE(m.rowCount(), 40);
        QCOMPARE(m.headerData(PortTableModel::WindowChange, Qt::Horizontal).toString(), QStringLiteral("Queue growth/s"));
        TermFormatter::Options o;
        o.syntax = TermSyntax::Elixir;
        m.setFormatter(TermFormatter(o));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void cellsAreFormattedWithExactValuesOnHover()
    {
        PortTableModel m;
        PortRanking p = page(3, 0, 3);
        p.rows[0].recvOct = 5 * 1024 * 1024;
        p.rows[0].recvPerS = 2048;
        p.rows[0].sendPerS = 1024;
        QVERIFY(m.applyPage(p));
        const QModelIndex recv = m.index(0, PortTableModel::RecvOct);
        QCOMPARE(recv.data().toString(), Format::bytes(5 * 1024 * 1024));
        QCOMPARE(recv.data(Qt::ToolTipRole).toString(), Format::exactBytes(5 * 1024 * 1024));
        QCOMPARE(recv.data(PortTableModel::RawValueRole).toLongLong(), 5 * 1024 * 1024);
        QCOMPARE(m.index(0, PortTableModel::IoPerS).data(PortTableModel::RawValueRole).toDouble(), 3072.0);
        QCOMPARE(m.index(0, PortTableModel::Type).data().toString(), QStringLiteral("TCP"));
        QCOMPARE(m.index(0, PortTableModel::Id).data(PortTableModel::IdTextRole).toString(), QStringLiteral("#Port<0.1>"));
        QCOMPARE(m.index(0, PortTableModel::Id).data(PortTableModel::IdRole).value<Term>(), p.rows[0].id);
        QVERIFY(m.index(0, PortTableModel::Owner).data(PortTableModel::OwnerRole).value<Term>().isPid());
        // Rates are unknown until the second refresh, not zero.
        QVERIFY(!m.index(1, PortTableModel::RecvPerS).data(PortTableModel::RawValueRole).isValid());
        // A socket has no queue nor memory: "—", never 0.
        PortRanking s = page(1, 0, 1);
        s.rows[0].queueSize = -1;
        s.rows[0].memory = -1;
        s.rows[0].recvCnt = -1;
        QVERIFY(m.applyPage(s));
        QCOMPARE(m.index(0, PortTableModel::QueueSize).data().toString(), QStringLiteral("—"));
        QCOMPARE(m.index(0, PortTableModel::Memory).data().toString(), QStringLiteral("—"));
        QCOMPARE(m.index(0, PortTableModel::RecvCnt).data().toString(), QStringLiteral("—"));
        QVERIFY(!m.index(0, PortTableModel::QueueSize).data(PortTableModel::RawValueRole).isValid());
    }

    void refreshIsADifferenceAndPersistentIndexesSurvive()
    {
        PortTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A port sends 4 KiB: I/O and Sent both move, the cells between them are the same.
        QCOMPARE(beamtop::test::checkRefreshIsADifference(m, page, [](PortRow &r) { r.sendOct += 4096; }, PortTableModel::Io,
                                                          PortTableModel::SendOct),
                 QString());
    }

    void nonZeroQueueCarriesTheWarningLevel()
    {
        PortTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PortRanking p = page(3, 0, 3);
        p.rows[1].queueSize = 65536;
        QVERIFY(m.applyPage(p));
        const int warning = int(RowTableModel::Level::Warning);
        const int normal = int(RowTableModel::Level::Normal);
        QCOMPARE(m.index(1, PortTableModel::QueueSize).data(PortTableModel::LevelRole).toInt(), warning);
        QCOMPARE(m.index(0, PortTableModel::QueueSize).data(PortTableModel::LevelRole).toInt(), normal);
        QCOMPARE(m.index(1, PortTableModel::Memory).data(PortTableModel::LevelRole).toInt(), normal);
        QVERIFY(m.index(1, PortTableModel::QueueSize).data(Qt::ToolTipRole).toString().contains(QLatin1String("waiting")));

        // The queue drains: the warning goes with a change of that cell only.
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        p.rows[1].queueSize = 0;
        QVERIFY(m.applyPage(p));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.index(1, PortTableModel::QueueSize).data(PortTableModel::LevelRole).toInt(), normal);
    }

    void closedPortIsGreyedWithItsLastFigures()
    {
        PortTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.applyPage(page(3, 0, 3)));
        QVERIFY(!m.index(1, 0).data(PortTableModel::ClosedRole).toBool());

        // As the collector delivers it: gone, with the figures last shown and when they were read.
        PortRanking p = page(3, 0, 3);
        const QDateTime seen = QDateTime::currentDateTime().addSecs(-5);
        p.rows[1].gone = true;
        p.rows[1].state = QStringLiteral("closed");
        p.rows[1].seenAt = seen;
        const QPersistentModelIndex kept(m.index(1, PortTableModel::State));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QVERIFY(m.applyPage(p));
        QCOMPARE(reset.count(), 0);
        QVERIFY(kept.isValid());
        QVERIFY(m.index(1, 0).data(PortTableModel::ClosedRole).toBool());
        QVERIFY(m.index(1, PortTableModel::Memory).data(PortTableModel::ClosedRole).toBool());
        const QString when = QLocale().toString(seen.time(), QStringLiteral("HH:mm:ss"));
        QCOMPARE(m.index(1, PortTableModel::State).data().toString(), QStringLiteral("closed, last seen %1").arg(when));
        QCOMPARE(m.index(1, PortTableModel::State).data(PortTableModel::RawValueRole).toString(), QStringLiteral("closed"));
        QCOMPARE(m.index(1, PortTableModel::RecvOct).data(PortTableModel::RawValueRole).toLongLong(), p.rows[1].recvOct);
        QVERIFY(!m.index(0, 0).data(PortTableModel::ClosedRole).toBool());

        // Closed before it was ever read open: unknown figures, not zeros.
        PortRanking q = page(3, 0, 3);
        q.rows[2].gone = true;
        q.rows[2].state = QStringLiteral("closed");
        q.rows[2].recvOct = 0;
        q.rows[2].seenAt = QDateTime();
        QVERIFY(m.applyPage(q));
        QVERIFY(m.index(2, 0).data(PortTableModel::ClosedRole).toBool());
        QCOMPARE(m.index(2, PortTableModel::RecvOct).data().toString(), QStringLiteral("—"));
        QCOMPARE(m.index(2, PortTableModel::State).data().toString(), QStringLiteral("closed"));
        QCOMPARE(m.index(2, PortTableModel::Id).data().toString(), QStringLiteral("#Port<0.3>"));
    }

    void headersSayWhatRanks()
    {
        PortQuery::Sort sort;
        PortQuery::Mode mode = PortQuery::Mode::Absolute;
        QVERIFY(PortTableModel::rankable(PortTableModel::RecvPerS, &sort, &mode));
        QCOMPARE(sort, PortQuery::Sort::RecvOct);
        QCOMPARE(mode, PortQuery::Mode::Window);
        QVERIFY(PortTableModel::rankable(PortTableModel::QueueSize, &sort, &mode));
        QCOMPARE(sort, PortQuery::Sort::QueueSize);
        QCOMPARE(mode, PortQuery::Mode::Window); // kept: the queue's growth in window mode
        QVERIFY(!PortTableModel::rankable(PortTableModel::Peer));
        QVERIFY(!PortTableModel::rankable(PortTableModel::OsPid));
        QCOMPARE(PortTableModel::columnFor(PortQuery::Sort::Io, PortQuery::Mode::Absolute), int(PortTableModel::Io));
        QCOMPARE(PortTableModel::columnFor(PortQuery::Sort::Io, PortQuery::Mode::Window), int(PortTableModel::IoPerS));
        QCOMPARE(PortTableModel::columnFor(PortQuery::Sort::Memory, PortQuery::Mode::Window), int(PortTableModel::WindowChange));
        PortTableModel m;
        QCOMPARE(m.headerData(PortTableModel::QueueSize, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(), int(Qt::DescendingOrder));
        QVERIFY(m.headerData(PortTableModel::QueueSize, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("Click")));
        QVERIFY(!m.headerData(PortTableModel::Peer, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("Click")));
    }

    void typeCountsByDifference()
    {
        PortTypesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 8); // all + seven types, before any reading
        QCOMPARE(m.count(QStringLiteral("tcp")), -1);
        QCOMPARE(m.label(QStringLiteral("tcp")), QStringLiteral("TCP"));
        QCOMPARE(m.index(0, PortTypesModel::Type).data(RowTableModel::KeyRole).toString(), QString());

        PortTypeCounts c;
        c.counts = {{QStringLiteral("tcp"), 1200}, {QStringLiteral("file"), 3}, {QStringLiteral("other"), 9}};
        c.ports = 1212;
        c.sockets = 0;
        m.setCounts(c);
        QCOMPARE(m.count(QStringLiteral("tcp")), 1200);
        QCOMPARE(m.count(QStringLiteral("udp")), 0);
        QCOMPARE(m.count(QString()), 1212);
        QCOMPARE(m.label(QStringLiteral("tcp")), QStringLiteral("TCP (1,200)"));
        QCOMPARE(m.label(QStringLiteral("spawn")), QStringLiteral("spawned (0)"));

        const QPersistentModelIndex udp(m.index(m.rowOf(QStringLiteral("udp")), 0));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        c.counts.append({QStringLiteral("socket"), 2});
        c.sockets = 2;
        m.setCounts(c);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() > 0);
        QVERIFY(udp.isValid());
        QCOMPARE(m.count(QStringLiteral("socket")), 2);
        m.forget();
        QCOMPARE(m.count(QStringLiteral("tcp")), -1);
    }

    void distributionLinks()
    {
        DistModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DistNode own = link(QStringLiteral("beamtop_1@host"), true);
        own.own = true;
        m.setSample(dist({own, link(QStringLiteral("b@host"), false), link(QStringLiteral("a@host"), false)}));
        QCOMPARE(m.rowCount(), 3);
        // Visible before hidden, by name.
        QCOMPARE(m.index(0, DistModel::Node).data().toString(), QStringLiteral("a@host"));
        QCOMPARE(m.index(1, DistModel::Node).data().toString(), QStringLiteral("b@host"));
        QCOMPARE(m.index(2, DistModel::Type).data().toString(), QStringLiteral("Beamtop (this connection)"));
        QCOMPARE(m.index(0, DistModel::Type).data().toString(), QStringLiteral("visible"));
        QCOMPARE(m.index(0, DistModel::InPerS).data(RowTableModel::RawValueRole).toDouble(), 10.0);
        QCOMPARE(m.index(0, DistModel::Queue).data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Normal));

        // b's output queue reaches the busy limit; a new hidden node connects; a leaves.
        const QPersistentModelIndex b(m.index(1, DistModel::Node));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.setSample(dist({own, link(QStringLiteral("b@host"), false, 2 * 1024 * 1024), link(QStringLiteral("c@host"), true)}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m.rowCount(), 3);
        QVERIFY(b.isValid());
        QCOMPARE(b.data().toString(), QStringLiteral("b@host"));
        const int row = m.rowOf(QStringLiteral("b@host"));
        QCOMPARE(m.index(row, DistModel::Queue).data(RowTableModel::LevelRole).toInt(), int(RowTableModel::Level::Critical));
        QVERIFY(m.index(row, DistModel::Queue).data().toString().contains(QLatin1String("busy")));
        QCOMPARE(m.index(row, DistModel::Queue).data(RowTableModel::UsageRole).toDouble(), 1.0);
        QCOMPARE(m.rowOf(QStringLiteral("a@host")), -1);
        QVERIFY(m.rowOf(QStringLiteral("c@host")) >= 0);
        QCOMPARE(m.index(m.rowOf(QStringLiteral("c@host")), DistModel::Type).data().toString(), QStringLiteral("hidden"));
    }
};

QTEST_GUILESS_MAIN(TestPortModels)
#include "tst_portmodels.moc"
