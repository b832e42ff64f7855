// SPDX-License-Identifier: GPL-3.0-or-later
// The port ranking's value types on hand-made agent terms (PortRow::fromTerm for an open port,
// a closed one, a socket and one with undefined figures; PortTypeCounts::fromTerm), the
// filter PortQuery::toRanked composes, the order shownValue gives, and how rows are written
// out (PortColumns: keys, CSV, JSON nulls, the table's dashes).
#include "collect/portranking.h"
#include "export/portcolumns.h"
#include "export/rowwriter.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>
#include <QTextStream>

using namespace beamtop;

namespace {

const QByteArray Node = "app@host";

Term bin(const char *s)
{
    return Term::binary(QByteArray(s));
}

Term undefined()
{
    return Term::atom("undefined");
}

Term port(quint64 n)
{
    NodeId id;
    id.node = Node;
    id.id = n;
    return Term::port(id);
}

Term pid(quint64 n)
{
    NodeId id;
    id.node = Node;
    id.id = n;
    return Term::pid(id);
}

Term socketId()
{
    NodeId ref;
    ref.node = Node;
    ref.refWords = {1, 2, 3};
    return Term::tuple({Term::atom("$socket"), Term::reference(ref)});
}

// {Id, IdText, Type, Name, Owner, OwnerName, Local, Peer, State, RecvOct, SendOct, RecvCnt,
//  SendCnt, QueueSize, Memory, OsPid, RankValue}
Term tcpRow(quint64 n, qint64 recv, qint64 send, const Term &rankValue = Term::integer(0))
{
    return Term::tuple({port(n), Term::binary(QStringLiteral("#Port<0.%1>").arg(n).toUtf8()), Term::atom("tcp"),
                        bin("tcp_inet"), pid(80), Term::atom("my_server"), bin("127.0.0.1:4000"),
                        bin("127.0.0.1:51000"), bin("connected"), Term::integer(recv), Term::integer(send),
                        Term::integer(3), Term::integer(4), Term::integer(0), Term::integer(1200), undefined(), rankValue});
}

Term goneRow(quint64 n)
{
    return Term::tuple({port(n), Term::binary(QStringLiteral("#Port<0.%1>").arg(n).toUtf8()), undefined(), undefined(),
                        undefined(), undefined(), undefined(), undefined(), bin("closed"), Term::integer(0),
                        Term::integer(0), Term::integer(0), Term::integer(0), Term::integer(0), Term::integer(0),
                        undefined(), Term::integer(77)});
}

Term socketRow()
{
    return Term::tuple({socketId(), bin("#Socket<0.1.2.3>"), Term::atom("socket"), bin("inet/stream/tcp"), pid(81),
                        Term::tuple({Term::atom("label"), bin("conn 7")}), bin("[::1]:80"), undefined(),
                        bin("connected, busy"), Term::integer(10), Term::integer(20), Term::integer(1), Term::integer(2),
                        undefined(), undefined(), undefined(), undefined()});
}

PortRow row(const Term &t)
{
    PortRow r;
    if (!PortRow::fromTerm(t, &r))
        qFatal("row not read");
    return r;
}

TermFormatter formatter()
{
    TermFormatter::Options o;
    o.localNode = Node;
    return TermFormatter(o);
}

} // namespace

class TestPortRanking : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void liveRow()
    {
        const PortRow r = row(tcpRow(5, 1000, 2000, Term::integer(3000)));
        QCOMPARE(r.id, port(5));
        QCOMPARE(r.idText, QStringLiteral("#Port<0.5>"));
        QCOMPARE(r.type, QStringLiteral("tcp"));
        QCOMPARE(r.name, QStringLiteral("tcp_inet"));
        QVERIFY(r.owner.isPid());
        QCOMPARE(r.local, QStringLiteral("127.0.0.1:4000"));
        QCOMPARE(r.peer, QStringLiteral("127.0.0.1:51000"));
        QCOMPARE(r.state, QStringLiteral("connected"));
        QCOMPARE(r.recvOct, 1000);
        QCOMPARE(r.sendOct, 2000);
        QCOMPARE(r.recvCnt, 3);
        QCOMPARE(r.sendCnt, 4);
        QCOMPARE(r.queueSize, 0);
        QCOMPARE(r.memory, 1200);
        QCOMPARE(r.osPid, -1);
        QCOMPARE(r.rankValue, 3000);
        QVERIFY(!r.gone);
        QVERIFY(!r.closed());
        QVERIFY(r.hasValues());
        QCOMPARE(r.ownerText(formatter()), QStringLiteral("my_server"));
    }

    void goneRowIsClosedWithoutValues()
    {
        PortRow r = row(goneRow(9));
        QVERIFY(r.gone);
        QVERIFY(r.closed());
        QVERIFY(r.type.isEmpty());
        QVERIFY(r.name.isEmpty());
        QVERIFY(r.local.isEmpty());
        QCOMPARE(r.state, QStringLiteral("closed"));
        QVERIFY(!r.hasValues()); // never read open: unknown, not zeros
        const QJsonObject o = r.toJson(formatter());
        QVERIFY(o.value(QStringLiteral("recv_oct")).isNull());
        QVERIFY(o.value(QStringLiteral("memory")).isNull());
        QVERIFY(o.value(QStringLiteral("last_seen")).isNull());
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));

        // With the figures last shown for it: those, and when they were read.
        PortRow shown = row(tcpRow(9, 500, 600));
        shown.seenAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        shown.recvPerS = 12;
        r.takeValuesOf(shown);
        r.seenAt = shown.seenAt;
        QVERIFY(r.hasValues());
        QVERIFY(r.gone);
        QCOMPARE(r.recvOct, 500);
        QCOMPARE(r.recvPerS, 12.0);
        QCOMPARE(r.rankValue, 77); // its own
        const QJsonObject again = r.toJson(formatter());
        QCOMPARE(again.value(QStringLiteral("recv_oct")).toDouble(), 500.0);
        QCOMPARE(again.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(again.value(QStringLiteral("last_seen")).toString(), QStringLiteral("2026-01-02T03:04:05.000Z"));
    }

    void socketRowWithUndefinedFields()
    {
        const PortRow r = row(socketRow());
        QVERIFY(r.id.isTaggedTuple("$socket", 2));
        QCOMPARE(r.id, socketId()); // sent back as-is
        QCOMPARE(r.idText, QStringLiteral("#Socket<0.1.2.3>"));
        QCOMPARE(r.type, QStringLiteral("socket"));
        QCOMPARE(r.name, QStringLiteral("inet/stream/tcp"));
        QVERIFY(r.peer.isEmpty());
        QCOMPARE(r.state, QStringLiteral("connected, busy"));
        QCOMPARE(r.queueSize, -1);
        QCOMPARE(r.memory, -1);
        QCOMPARE(r.rankValue, -1);
        QVERIFY(!r.gone);
        QCOMPARE(r.ownerText(formatter()), QStringLiteral("conn 7"));
        const QJsonObject o = r.toJson(formatter());
        QVERIFY(o.value(QStringLiteral("peer")).isNull());
        QVERIFY(o.value(QStringLiteral("queue_size")).isNull());
        QVERIFY(o.value(QStringLiteral("memory")).isNull());
        QVERIFY(o.value(QStringLiteral("os_pid")).isNull());
        QVERIFY(o.value(QStringLiteral("recv_per_s")).isNull());
        QCOMPARE(o.value(QStringLiteral("recv_cnt")).toDouble(), 1.0);
        QCOMPARE(o.value(QStringLiteral("owner_name")).toString(), QStringLiteral("conn 7"));
        QVERIFY(!o.contains(QStringLiteral("rank_value")));
    }

    void ownerByInitialCallOrPid()
    {
        const TermFormatter f = formatter();
        PortRow r = row(tcpRow(1, 0, 0));
        r.ownerName = Term::tuple({Term::atom("ranch_conns"), Term::atom("init"), Term::integer(4)});
        QCOMPARE(r.ownerText(f), QStringLiteral("ranch_conns:init/4"));
        r.ownerName = undefined();
        QCOMPARE(r.ownerText(f), f.pid(pid(80).nodeId()));
        QVERIFY(r.toJson(f).value(QStringLiteral("owner_name")).isNull());
        QCOMPARE(r.toJson(f).value(QStringLiteral("owner")).toString(), f.pid(pid(80).nodeId()));
        r.owner = undefined();
        QVERIFY(r.ownerText(f).isEmpty());
    }

    void badRowsAreRefused_data()
    {
        QTest::addColumn<Term>("term");
        QTest::newRow("not a tuple") << Term::integer(1);
        QTest::newRow("short") << Term::tuple({port(1), bin("#Port<0.1>")});
        QTest::newRow("process row") << Term::tuple(QVector<Term>(17, Term::integer(0)));
        QVector<Term> els = tcpRow(1, 0, 0).elements();
        els[0] = Term::tuple({Term::atom("$socket"), Term::integer(3)});
        QTest::newRow("socket without ref") << Term::tuple(els);
    }

    void badRowsAreRefused()
    {
        QFETCH(Term, term);
        PortRow r;
        QVERIFY(!PortRow::fromTerm(term, &r));
    }

    void filterComposition_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sent");
        QTest::newRow("none") << QString() << QString() << QString();
        QTest::newRow("text") << QString() << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("type") << QStringLiteral("tcp") << QString() << QStringLiteral("type:tcp");
        QTest::newRow("both") << QStringLiteral("udp") << QStringLiteral(" :53 ") << QStringLiteral("type:udp :53");
        QTest::newRow("unknown type") << QStringLiteral("pipe") << QStringLiteral("x") << QStringLiteral("x");
    }

    void filterComposition()
    {
        QFETCH(QString, type);
        QFETCH(QString, filter);
        QFETCH(QString, sent);
        PortQuery q;
        q.type = type;
        q.filter = filter;
        q.sort = PortQuery::Sort::SendCnt;
        q.mode = PortQuery::Mode::Window;
        q.offset = 10;
        q.limit = 20;
        q.pinned = {port(3), socketId()};
        const RankedQuery r = q.toRanked();
        QCOMPARE(r.kind, QStringLiteral("port"));
        QCOMPARE(r.filter, sent);
        QCOMPARE(r.sort, QStringLiteral("send_cnt"));
        QVERIFY(r.window);
        QCOMPARE(r.offset, 10);
        QCOMPARE(r.limit, 20);
        QCOMPARE(r.pinned, q.pinned);
    }

    void sortNames()
    {
        for (int i = 0; i <= int(PortQuery::Sort::Memory); ++i) {
            PortQuery::Sort s = PortQuery::Sort::Io;
            QVERIFY(PortQuery::parseSort(PortQuery::sortName(PortQuery::Sort(i)), &s));
            QCOMPARE(int(s), i);
        }
        PortQuery::Sort s = PortQuery::Sort::Memory;
        QVERIFY(!PortQuery::parseSort(QStringLiteral("bytes"), &s));
        QCOMPARE(PortQuery::sortName(PortQuery::Sort::Io), QStringLiteral("io"));
        QCOMPARE(PortQuery::sortName(PortQuery::Sort::QueueSize), QStringLiteral("queue_size"));
        QVERIFY(PortQuery::isTypeName(QStringLiteral("sctp")));
        QVERIFY(!PortQuery::isTypeName(QString()));
        PortQuery a, b;
        b.type = QStringLiteral("tcp");
        QVERIFY(!a.sameRanking(b));
        b.type.clear();
        b.offset = 40;
        QVERIFY(a.sameRanking(b));
    }

    void shownValue()
    {
        PortRanking page;
        page.query.sort = PortQuery::Sort::Io;
        PortRow quiet = row(tcpRow(1, 10, 10, Term::integer(5000)));
        PortRow busy = row(tcpRow(2, 3000, 4000, Term::integer(10)));
        QCOMPARE(page.shownValue(busy), 7000.0); // fresh values, not what it was ranked by
        QCOMPARE(page.shownValue(quiet), 20.0);
        page.query.mode = PortQuery::Mode::Window;
        QCOMPARE(page.shownValue(quiet), 5000.0); // no rates of our own yet: the node's
        quiet.recvPerS = 1.5;
        quiet.sendPerS = 2;
        QCOMPARE(page.shownValue(quiet), 3.5);
        page.query.sort = PortQuery::Sort::QueueSize;
        QCOMPARE(page.shownValue(quiet), 5000.0);
        page.query.mode = PortQuery::Mode::Absolute;
        const PortRow sock = row(socketRow());
        QCOMPARE(page.shownValue(sock), -1.0); // unknown: last
        const PortRow closed = row(goneRow(4));
        QCOMPARE(page.shownValue(closed), 77.0); // never read open: what it was ranked by
    }

    void fromReply()
    {
        PortQuery q;
        q.type = QStringLiteral("tcp");
        RankingStatus status;
        status.total = 3;
        status.count = 40;
        status.rankingComplete = true;
        const PortRanking p = PortRanking::fromReply(q, status, {tcpRow(1, 1, 1), Term::atom("junk"), goneRow(2)},
                                                     {socketRow()});
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.pinned.size(), 1);
        QCOMPARE(p.count, 40);
        QCOMPARE(p.query.type, QStringLiteral("tcp"));
        QVERIFY(p.isFinal());
        PortRanking w = p;
        w.query.mode = PortQuery::Mode::Window;
        QVERIFY(!w.isFinal());
        w.windowValid = true;
        QVERIFY(w.isFinal());
    }

    void typeCounts()
    {
        const Term t = Term::map({{Term::atom("counts"),
                                   Term::list({Term::tuple({Term::atom("tcp"), Term::integer(5)}),
                                               Term::tuple({Term::atom("file"), Term::integer(2)}),
                                               Term::tuple({Term::atom("udp"), Term::integer(0)}), Term::atom("junk")})},
                                  {Term::atom("ports"), Term::integer(6)},
                                  {Term::atom("sockets"), Term::integer(1)},
                                  {Term::atom("port_limit"), Term::integer(65536)}});
        PortTypeCounts c;
        QVERIFY(PortTypeCounts::fromTerm(t, &c));
        QCOMPARE(c.counts.size(), 3);
        QCOMPARE(c.count(QStringLiteral("tcp")), 5);
        QCOMPARE(c.count(QStringLiteral("sctp")), 0);
        QCOMPARE(c.total(), 7);
        QCOMPARE(c.portLimit, 65536);
        const QJsonObject o = c.toJson();
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("file")).toDouble(), 2.0);
        QCOMPARE(o.value(QStringLiteral("sockets")).toDouble(), 1.0);
        QCOMPARE(PortColumns::countsText(c), QStringLiteral("5 tcp, 2 file"));

        PortTypeCounts none;
        QVERIFY(!PortTypeCounts::fromTerm(Term::atom("ok"), &none));
        QVERIFY(!PortTypeCounts::fromTerm(Term::map({{Term::atom("ports"), Term::integer(1)}}), &none));
        QVERIFY(PortTypeCounts::fromTerm(Term::map({{Term::atom("counts"), Term::nil()}}), &none));
        QCOMPARE(none.portLimit, -1);
        QVERIFY(none.toJson().value(QStringLiteral("port_limit")).isNull());
        QCOMPARE(PortColumns::countsText(none), QStringLiteral("none"));
    }

    void columns()
    {
        const QStringList keys = PortColumns::keys();
        QCOMPARE(keys.size(), 16);
        QCOMPARE(keys.first(), QStringLiteral("id"));
        QCOMPARE(keys.last(), QStringLiteral("os_pid"));
        // Every key is in a row's JSON, so CSV and JSON say the same.
        const QJsonObject o = row(socketRow()).toJson(formatter());
        for (const QString &k : keys)
            QVERIFY2(o.contains(k), qPrintable(k));

        PortRow r = row(tcpRow(5, 1000, 2000));
        r.recvPerS = 250;
        RowWriter csv(RowWriter::Format::Csv, keys);
        QCOMPARE(QString::fromUtf8(csv.begin()).trimmed(), keys.join(QLatin1Char(',')));
        const QString line = QString::fromUtf8(csv.row(r.toJson(formatter()))).trimmed();
        QCOMPARE(line, QStringLiteral("#Port<0.5>,tcp,tcp_inet,%1,127.0.0.1:4000,127.0.0.1:51000,connected,1000,2000,250,,3,4,0,1200,")
                           .arg(formatter().pid(pid(80).nodeId())));

        PortQuery q;
        q.type = QStringLiteral("udp");
        const QJsonObject head = PortColumns::head(QStringLiteral("a@b"), q, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(head.value(QStringLiteral("sort")).toString(), QStringLiteral("io"));
        QCOMPARE(head.value(QStringLiteral("type")).toString(), QStringLiteral("udp"));
        QVERIFY(head.value(QStringLiteral("filter")).isNull());
        QCOMPARE(head.value(QStringLiteral("mode")).toString(), QStringLiteral("absolute"));
    }

    void table()
    {
        PortRow busy = row(tcpRow(5, 3 << 20, 1000));
        busy.recvPerS = 2048;
        const PortRow sock = row(socketRow());
        const PortRow closed = row(goneRow(6));
        QString text;
        QTextStream out(&text);
        PortColumns::writeTable(out, {busy, sock, closed}, formatter());
        out.flush();
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ID")));
        QVERIFY(lines.at(1).contains(QStringLiteral("3.00 MiB")));
        QVERIFY(lines.at(1).contains(QStringLiteral("2.00 KiB/s")));
        QVERIFY(lines.at(1).contains(QStringLiteral("my_server")));
        // The socket: no queue, no peer: dashes.
        QVERIFY(lines.at(2).contains(QStringLiteral(" - ")));
        QVERIFY(!lines.at(2).contains(QStringLiteral(" 0 B")));
        // Closed and never read open: no figures at all, not zeros.
        QVERIFY(lines.at(3).contains(QStringLiteral("closed")));
        QVERIFY(!lines.at(3).contains(QStringLiteral("0 B")));
        PortColumns::writeTable(out, {busy, sock, closed}, formatter(), 1);
        out.flush();
        QCOMPARE(text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestPortRanking)
#include "tst_portranking.moc"
