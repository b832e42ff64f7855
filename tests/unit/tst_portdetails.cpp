// SPDX-License-Identifier: GPL-3.0-or-later
// The Network page's value types read from hand-built agent replies: PortDetails::fromTerm
// (every section, options marked ok/unsupported/error, a gone port, bad input never fatal) and
// its JSON; DistSample::fromTerm, rates on the node clock, Beamtop's own link, busy against
// the limit, and quiet times by the client's readings.
#include "collect/distsample.h"
#include "collect/portdetails.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace beamtop;

namespace {
Term a(const char *name) { return Term::atom(name); }
Term i(qint64 v) { return Term::integer(v); }
Term bin(const char *text) { return Term::binary(QByteArray(text)); }
Term kv(const Term &k, const Term &v) { return Term::tuple({k, v}); }

Term pidTerm(quint64 num)
{
    NodeId id;
    id.node = "n@host";
    id.id = num;
    id.creation = 1;
    return Term::pid(id);
}

Term portTerm(quint64 num)
{
    NodeId id;
    id.node = "n@host";
    id.id = num;
    id.creation = 1;
    return Term::port(id);
}

Term tcpDetails()
{
    return Term::map({
        {a("alive"), a("true")},
        {a("id"), portTerm(11)},
        {a("id_text"), bin("#Port<0.11>")},
        {a("type"), a("tcp")},
        {a("name"), bin("tcp_inet")},
        {a("owner"), pidTerm(87)},
        {a("owner_name"), Term::tuple({a("inet_tcp_dist"), a("do_setup"), i(7)})},
        {a("local"), bin("127.0.0.1:45214")},
        {a("peer"), bin("127.0.0.1:42359")},
        {a("state"), bin("connected, busy")},
        {a("info"), Term::list({kv(a("name"), Term::string("tcp_inet")), kv(a("queue_size"), i(12)),
                                kv(a("locking"), a("port_level"))})},
        {a("links"), Term::list({pidTerm(87), pidTerm(61)})},
        {a("links_total"), i(2)},
        {a("monitors"), Term::nil()},
        {a("monitors_total"), i(0)},
        {a("monitored_by"), Term::list({pidTerm(90)})},
        {a("monitored_by_total"), i(150)},
        {a("stats"), Term::list({kv(a("recv_oct"), i(1247)), kv(a("send_oct"), i(1015)), kv(a("recv_cnt"), i(16))})},
        {a("options"), Term::list({kv(bin("nodelay"), Term::tuple({a("ok"), a("true")})),
                                   kv(bin("reuseport"), a("unsupported")),
                                   kv(bin("tos"), Term::tuple({a("error"), a("eperm")}))})},
        {a("sampled_at_ms"), i(-5760000123)},
    });
}

Term distNode(const char *node, const char *type, qint64 recv, qint64 send, const Term &queue)
{
    return Term::map({{a("node"), a(node)}, {a("type"), a(type)}, {a("controller"), portTerm(3)},
                      {a("address"), bin("127.0.0.1:40000")}, {a("recv_oct"), i(recv)}, {a("send_oct"), i(send)},
                      {a("queue_size"), queue}, {a("in_msgs"), i(4)}, {a("out_msgs"), a("undefined")}});
}

Term distReply(qint64 atMs, const QVector<Term> &nodes)
{
    return Term::map({{a("this_node"), a("a@host")}, {a("net_ticktime"), i(60)},
                      {a("dist_buf_busy_limit"), i(1048576)}, {a("nodes"), Term::list(nodes)},
                      {a("sampled_at_ms"), i(atMs)}});
}
} // namespace

class TestPortDetails : public QObject
{
    Q_OBJECT
private slots:
    void readsEverySection()
    {
        PortDetails d;
        QString error;
        QVERIFY2(PortDetails::fromTerm(tcpDetails(), &d, &error), qPrintable(error));
        QVERIFY(d.alive);
        QCOMPARE(d.id, portTerm(11));
        QVERIFY(!d.isSocket());
        QCOMPARE(d.idText, QStringLiteral("#Port<0.11>"));
        QCOMPARE(d.type, QStringLiteral("tcp"));
        QCOMPARE(d.name, QStringLiteral("tcp_inet"));
        QCOMPARE(d.local, QStringLiteral("127.0.0.1:45214"));
        QCOMPARE(d.peer, QStringLiteral("127.0.0.1:42359"));
        QCOMPARE(d.state, QStringLiteral("connected, busy"));
        QCOMPARE(d.info.size(), 3);
        QCOMPARE(d.infoValue(QStringLiteral("queue_size")).toInt(), 12);
        QVERIFY(d.infoValue(QStringLiteral("nothing")).isError());
        QCOMPARE(d.links.size(), 2);
        QCOMPARE(d.linksTotal, 2);
        QCOMPARE(d.monitors.size(), 0);
        QCOMPARE(d.monitoredBy.size(), 1);
        QCOMPARE(d.monitoredByTotal, 150); // capped list, whole count
        QCOMPARE(d.stats.size(), 3);
        QCOMPARE(d.stats.at(0).first, QStringLiteral("recv_oct"));
        QCOMPARE(d.stats.at(0).second, 1247);
        QCOMPARE(d.sampledAtMs, -5760000123);
        QVERIFY(d.receivedAt.isValid());
    }

    void marksOptionsOkUnsupportedOrFailed()
    {
        PortDetails d;
        QVERIFY(PortDetails::fromTerm(tcpDetails(), &d));
        QCOMPARE(d.options.size(), 3);
        QCOMPARE(d.options.at(0).name, QStringLiteral("nodelay"));
        QCOMPARE(d.options.at(0).status, PortDetails::Option::Status::Ok);
        QCOMPARE(d.options.at(0).value, a("true"));
        QCOMPARE(d.options.at(1).name, QStringLiteral("reuseport"));
        QCOMPARE(d.options.at(1).status, PortDetails::Option::Status::Unsupported);
        QCOMPARE(d.options.at(2).status, PortDetails::Option::Status::Error);
        QCOMPARE(d.options.at(2).value, a("eperm"));
    }

    void ownerReadsAsItsInitialCallOrPid()
    {
        PortDetails d;
        QVERIFY(PortDetails::fromTerm(tcpDetails(), &d));
        TermFormatter::Options o;
        o.localNode = "n@host";
        const TermFormatter f(o);
        QCOMPARE(d.ownerText(f), QStringLiteral("inet_tcp_dist:do_setup/7"));
        d.ownerName = a("undefined");
        QCOMPARE(d.ownerText(f), QStringLiteral("<0.87.0>"));
        d.ownerName = a("net_kernel");
        QCOMPARE(d.ownerText(f), QStringLiteral("net_kernel"));
        d.owner = a("undefined");
        QCOMPARE(d.ownerText(f), QString());
    }

    void jsonKeepsEverySectionAndMarksUnsupported()
    {
        PortDetails d;
        QVERIFY(PortDetails::fromTerm(tcpDetails(), &d));
        TermFormatter::Options o;
        o.localNode = "n@host";
        const QJsonObject j = d.toJson(TermFormatter(o));
        QCOMPARE(j.value(QStringLiteral("id")).toString(), QStringLiteral("#Port<0.11>"));
        QCOMPARE(j.value(QStringLiteral("alive")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("owner")).toString(), QStringLiteral("<0.87.0>"));
        QCOMPARE(j.value(QStringLiteral("owner_name")).toString(), QStringLiteral("inet_tcp_dist:do_setup/7"));
        // A charlist reads as its text, not as a quoted term.
        QCOMPARE(j.value(QStringLiteral("info")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("tcp_inet"));
        QCOMPARE(j.value(QStringLiteral("info")).toObject().value(QStringLiteral("queue_size")).toInt(), 12);
        QCOMPARE(j.value(QStringLiteral("stats")).toObject().value(QStringLiteral("send_oct")).toInt(), 1015);
        const QJsonArray options = j.value(QStringLiteral("options")).toArray();
        QCOMPARE(options.size(), 3);
        QCOMPARE(options.at(0).toObject().value(QStringLiteral("value")).toBool(), true);
        QCOMPARE(options.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unsupported"));
        QVERIFY(!options.at(1).toObject().contains(QStringLiteral("value")));
        QCOMPARE(options.at(2).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("eperm"));
        QCOMPARE(j.value(QStringLiteral("links")).toArray().size(), 2);
        QCOMPARE(j.value(QStringLiteral("monitored_by_total")).toInt(), 150);
        QVERIFY(j.value(QStringLiteral("monitors")).toArray().isEmpty());
    }

    void goneIsOnlyItsId()
    {
        const Term socketId = Term::tuple({a("$socket"), Term::reference(NodeId{"n@host", 0, 0, 1, {1, 2, 3}})});
        PortDetails d;
        QVERIFY(PortDetails::fromTerm(Term::map({{a("alive"), a("false")}, {a("id"), socketId},
                                                  {a("id_text"), bin("#Socket<0.3.2.1>")}}),
                                      &d));
        QVERIFY(!d.alive);
        QVERIFY(d.isSocket());
        QCOMPARE(d.idText, QStringLiteral("#Socket<0.3.2.1>"));
        const QJsonObject j = d.toJson(TermFormatter());
        QCOMPARE(j.value(QStringLiteral("alive")).toBool(), false);
        QVERIFY(!j.contains(QStringLiteral("options")));
    }

    void badInputFailsWithoutCrashing_data()
    {
        QTest::addColumn<Term>("term");
        QTest::addColumn<bool>("ok");
        QTest::newRow("not a map") << Term::list({a("alive")}) << false;
        QTest::newRow("error term") << Term::error(QStringLiteral("x")) << false;
        QTest::newRow("no alive") << Term::map({{a("id"), portTerm(1)}}) << false;
        QTest::newRow("no id") << Term::map({{a("alive"), a("true")}}) << false;
        // Ill-typed optional entries are left empty.
        QTest::newRow("odd sections")
            << Term::map({{a("alive"), a("true")}, {a("id"), portTerm(1)}, {a("info"), i(3)}, {a("stats"), Term::list({i(1), kv(a("x"), a("y"))})},
                          {a("options"), Term::list({a("junk"), kv(bin("o"), a("weird"))})}, {a("links"), a("undefined")},
                          {a("owner"), i(5)}, {a("name"), a("undefined")}})
            << true;
    }
    void badInputFailsWithoutCrashing()
    {
        QFETCH(Term, term);
        QFETCH(bool, ok);
        PortDetails d;
        QString error;
        QCOMPARE(PortDetails::fromTerm(term, &d, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (ok) {
            QVERIFY(d.info.isEmpty());
            QVERIFY(d.stats.isEmpty());
            QCOMPARE(d.options.size(), 1); // a value it does not know is an error, not dropped
            QCOMPARE(d.options.at(0).status, PortDetails::Option::Status::Error);
            QVERIFY(d.links.isEmpty());
            QVERIFY(!d.owner.isPid());
            QVERIFY(d.name.isEmpty());
            d.toJson(TermFormatter()); // writes without crashing
        }
    }

    void distReadsNodesAndMarksBusy()
    {
        DistSample s;
        QString error;
        QVERIFY2(DistSample::fromTerm(distReply(1000, {distNode("b@host", "normal", 100, 200, i(0)),
                                                       distNode("beamtop_1@host", "hidden", 10, 20, i(1048576)),
                                                       distNode("c@host", "normal", 1, 2, a("undefined")),
                                                       Term::map({{a("node"), i(3)}})}),
                                      &s, &error),
                 qPrintable(error));
        QCOMPARE(s.thisNode, QStringLiteral("a@host"));
        QCOMPARE(s.netTicktime, 60);
        QCOMPARE(s.busyLimit, 1048576);
        QCOMPARE(s.nodes.size(), 3); // the odd entry left out, the others kept
        QCOMPARE(s.nodes.at(0).node, QStringLiteral("b@host"));
        QVERIFY(!s.nodes.at(0).hidden);
        QVERIFY(s.nodes.at(1).hidden);
        QCOMPARE(s.nodes.at(0).address, QStringLiteral("127.0.0.1:40000"));
        QCOMPARE(s.nodes.at(0).inMsgs, 4);
        QCOMPARE(s.nodes.at(0).outMsgs, -1);
        QVERIFY(!s.nodes.at(0).busy());
        QVERIFY(s.nodes.at(1).busy()); // at the limit
        QCOMPARE(s.nodes.at(2).queueSize, -1);
        QVERIFY(!s.nodes.at(2).busy());
        QCOMPARE(s.nodes.at(0).recvPerS, -1.0); // one reading: no rate
        QCOMPARE(s.nodes.at(0).quietMs, -1);

        s.markOwn(QStringLiteral("beamtop_1@host"));
        QVERIFY(!s.nodes.at(0).own);
        QVERIFY(s.nodes.at(1).own);
        s.markOwn(QString());
        QVERIFY(!s.nodes.at(1).own);

        QVERIFY(!DistSample::fromTerm(Term::map({{a("this_node"), a("a@host")}}), &s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DistSample::fromTerm(i(1), &s));
    }

    void distRatesOnTheNodeClock()
    {
        DistSample first, second;
        QVERIFY(DistSample::fromTerm(distReply(1000, {distNode("b@host", "normal", 100, 200, i(0)),
                                                      distNode("gone@host", "normal", 5, 5, i(0))}),
                                     &first));
        // Two seconds later on the node, whatever the client's clock says; b's link was
        // re-established (counters back to small values) for c.
        QVERIFY(DistSample::fromTerm(distReply(3000, {distNode("b@host", "normal", 4100, 1200, i(0)),
                                                      distNode("c@host", "normal", 10, 10, i(0))}),
                                     &second));
        second.computeRates(first);
        QCOMPARE(second.nodes.at(0).recvPerS, 2000.0);
        QCOMPARE(second.nodes.at(0).sendPerS, 500.0);
        QCOMPARE(second.nodes.at(1).recvPerS, -1.0); // new link: no rate yet

        DistSample reset;
        QVERIFY(DistSample::fromTerm(distReply(4000, {distNode("b@host", "normal", 50, 60, i(0))}), &reset));
        reset.computeRates(second);
        QCOMPARE(reset.nodes.at(0).recvPerS, -1.0); // counters went back: a new connection

        DistSample same;
        QVERIFY(DistSample::fromTerm(distReply(4000, {distNode("b@host", "normal", 60, 70, i(0))}), &same));
        same.computeRates(reset); // no time passed on the node
        QCOMPARE(same.nodes.at(0).recvPerS, -1.0);
    }

    void distQuietSinceRecvLastChanged()
    {
        const QDateTime t0(QDate(2026, 12, 6), QTime(9, 0, 0), Qt::UTC);
        auto reading = [&](int secs, qint64 recv) {
            DistSample s;
            [&] { QVERIFY(DistSample::fromTerm(distReply(secs * 1000, {distNode("b@host", "normal", recv, 0, i(0))}), &s)); }();
            s.at = t0.addSecs(secs);
            return s;
        };
        DistQuietTracker tracker;
        DistSample s = reading(0, 100);
        tracker.apply(&s);
        QCOMPARE(s.nodes.at(0).quietMs, -1); // first sight: unknown
        s = reading(1, 100);
        tracker.apply(&s);
        QCOMPARE(s.nodes.at(0).quietMs, 1000); // unchanged since the first reading
        s = reading(3, 100);
        tracker.apply(&s);
        QCOMPARE(s.nodes.at(0).quietMs, 3000);
        s = reading(4, 150);
        tracker.apply(&s);
        QCOMPARE(s.nodes.at(0).quietMs, 0); // heard from since the previous reading
        s = reading(6, 150);
        tracker.apply(&s);
        QCOMPARE(s.nodes.at(0).quietMs, 2000);
        tracker.clear();
        s = reading(7, 150);
        tracker.apply(&s);
        QCOMPARE(s.nodes.at(0).quietMs, -1);
    }

    void distJsonHasTheSectionKeys()
    {
        DistSample s;
        QVERIFY(DistSample::fromTerm(distReply(1000, {distNode("b@host", "hidden", 100, 200, i(2000000)),
                                                      distNode("c@host", "normal", 1, 2, a("undefined"))}),
                                     &s));
        s.markOwn(QStringLiteral("b@host"));
        const QJsonObject j = s.toJson();
        QCOMPARE(j.value(QStringLiteral("net_ticktime")).toInt(), 60);
        QCOMPARE(j.value(QStringLiteral("dist_buf_busy_limit")).toInt(), 1048576);
        const QJsonArray nodes = j.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 2);
        const QJsonObject b = nodes.at(0).toObject();
        for (const char *key : {"node", "type", "own", "address", "recv_oct", "send_oct", "recv_per_s", "send_per_s",
                                "queue_size", "busy", "quiet_ms"})
            QVERIFY2(b.contains(QLatin1String(key)), key);
        QCOMPARE(b.value(QStringLiteral("type")).toString(), QStringLiteral("hidden"));
        QCOMPARE(b.value(QStringLiteral("own")).toBool(), true);
        QCOMPARE(b.value(QStringLiteral("busy")).toBool(), true);
        QVERIFY(b.value(QStringLiteral("recv_per_s")).isNull());
        QVERIFY(b.value(QStringLiteral("quiet_ms")).isNull());
        QVERIFY(nodes.at(1).toObject().value(QStringLiteral("queue_size")).isNull());
        QCOMPARE(nodes.at(1).toObject().value(QStringLiteral("busy")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestPortDetails)
#include "tst_portdetails.moc"
