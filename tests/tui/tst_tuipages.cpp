// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal mode's pages 4 to 9 on a pseudo-terminal against a real node, read back through
// libvterm: Memory opens and closes an allocator's instances; ETS ranks two tables the node
// made by memory, then by size (S), and filters on the node (/); Network shows the
// distribution links with Beamtop's own, and o opens a port owner's details; Mnesia says it
// is not running on a node without it; Applications opens kernel's supervision tree (Right)
// and closes it (Left); Alerts shows a rule that fired and acknowledges it (a).
#include "testnode.h"
#include "vtermscreen.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#define VERIFY_SCREEN(condition, tester)                                                                               \
    do {                                                                                                               \
        const bool ok_ = (condition);                                                                                  \
        if (!ok_)                                                                                                      \
            qInfo().noquote() << (tester).dump();                                                                      \
        QVERIFY2(ok_, #condition);                                                                                     \
    } while (false)

using beamtop::test::TestNode;
using beamtop::test::VTermScreenTester;

class TestTuiPages : public QObject
{
    Q_OBJECT
private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            env.insert(QLatin1String(var), m_dir.filePath(QLatin1String(var)));
        env.remove(QStringLiteral("NO_COLOR"));
        return env;
    }

    // beamtop-cli tui on the node, drawn and connected (the status line names the node). The
    // budget is lifted as other ranking tests do: on a host as loaded as a test run's the agent's
    // wall-time charging makes a 2 % ranking slow.
    std::unique_ptr<VTermScreenTester> startOnNode(const QStringList &more = {})
    {
        auto t = std::make_unique<VTermScreenTester>(QSize(100, 30));
        QString error;
        const QStringList args = QStringList{QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"),
                                             m_cookieFile, QStringLiteral("tui"), QStringLiteral("--budget"),
                                             QStringLiteral("0.5")}
            + more;
        if (!t->start(QStringLiteral(BEAMTOP_CLI_PATH), args, environment(), &error)) {
            qWarning("cannot start beamtop-cli: %s", qPrintable(error));
            return nullptr;
        }
        const QString node = m_node.nodeName();
        if (!t->waitFor([&] { return t->altScreen() && t->line(t->size().height() - 1).contains(node); }, 30000)) {
            qInfo().noquote() << t->dump();
            return nullptr;
        }
        return t;
    }

    static void quit(VTermScreenTester &t)
    {
        t.type(QStringLiteral("q"));
        QVERIFY(t.process().waitForFinished(15000));
        QCOMPARE(t.process().exitCode(), 0);
    }

    // The first row holding text below the table header that starts with header, -1 if none.
    static int rowBelow(const VTermScreenTester &t, const QString &header, const QString &text)
    {
        const int top = t.rowOf(header);
        if (top < 0)
            return -1;
        const QStringList rows = t.lines();
        for (int r = top + 1; r < rows.size(); ++r)
            if (rows.at(r).contains(text))
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_node.start());
        m_cookieFile = m_node.writeCookieFile(m_dir.path());
        QVERIFY(!m_cookieFile.isEmpty());
        // Two tables of a process that stays: bt_tui_rows has many small rows, bt_tui_mem few
        // big ones (more memory, fewer rows).
        const QString made = m_node.eval(QStringLiteral(
            "Self = self(), spawn(fun() -> "
            "R = ets:new(bt_tui_rows, [named_table, public]), [ets:insert(R, {I}) || I <- lists:seq(1, 5000)], "
            "M = ets:new(bt_tui_mem, [named_table, public]), "
            "[ets:insert(M, {I, lists:seq(1, 5000)}) || I <- lists:seq(1, 100)], "
            "Self ! made, receive stop -> ok end end), receive made -> ok after 20000 -> timeout end"));
        QCOMPARE(made, QStringLiteral("ok"));
        QVERIFY(m_node.evalInt(QStringLiteral("ets:info(bt_tui_mem, memory)"))
                > m_node.evalInt(QStringLiteral("ets:info(bt_tui_rows, memory)")));
    }

    void cleanupTestCase() { m_node.stop(); }

    // 4: the allocators; Right opens the first type's instances ("global" is instance 0),
    // Left closes them.
    void memoryInstances()
    {
        auto t = startOnNode();
        QVERIFY(t);
        t->type(QStringLiteral("4"));
        VERIFY_SCREEN(t->waitFor([&] {
            return t->contains(QStringLiteral("_alloc")) && t->contains(QStringLiteral("Allocators"));
        }), *t);
        VERIFY_SCREEN(!t->contains(QStringLiteral("global")), *t);
        t->key(VTermScreenTester::Home);
        t->key(VTermScreenTester::Right);
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("global")); }), *t);
        t->key(VTermScreenTester::Left);
        VERIFY_SCREEN(t->waitFor([&] { return !t->contains(QStringLiteral("global")); }), *t);
        quit(*t);
    }

    // 6: ranked by memory, then by rows (S); / keeps only what matches.
    void etsRankingAndFilter()
    {
        auto t = startOnNode();
        QVERIFY(t);
        t->type(QStringLiteral("6"));
        const QString header = QStringLiteral("Table");
        auto memFirst = [&] {
            const int mem = rowBelow(*t, header, QStringLiteral("bt_tui_mem"));
            const int rows = rowBelow(*t, header, QStringLiteral("bt_tui_rows"));
            return mem > 0 && rows > 0 && mem < rows;
        };
        auto rowsFirst = [&] {
            const int mem = rowBelow(*t, header, QStringLiteral("bt_tui_mem"));
            const int rows = rowBelow(*t, header, QStringLiteral("bt_tui_rows"));
            return mem > 0 && rows > 0 && rows < mem;
        };
        VERIFY_SCREEN(t->waitFor(memFirst, 30000), *t);
        t->type(QStringLiteral("S"));
        VERIFY_SCREEN(t->waitFor(rowsFirst, 30000), *t);
        t->type(QStringLiteral("/"));
        t->type(QStringLiteral("bt_tui_r"));
        t->key(VTermScreenTester::Enter);
        VERIFY_SCREEN(t->waitFor([&] {
            return t->contains(QStringLiteral("1 of ")) && rowBelow(*t, header, QStringLiteral("bt_tui_rows")) > 0
                && !t->contains(QStringLiteral("bt_tui_mem"));
        }, 30000), *t);
        quit(*t);
    }

    // 5: the ports and, below, the distribution links, Beamtop's own marked.
    void networkShowsDistribution()
    {
        auto t = startOnNode();
        QVERIFY(t);
        t->type(QStringLiteral("5"));
        VERIFY_SCREEN(t->waitFor([&] {
            return t->contains(QStringLiteral("ports and sockets")) && t->contains(QStringLiteral("Distribution"))
                && t->contains(QStringLiteral("this connection"));
        }, 30000), *t);
        // o: the first port's owner in the process details (the ports ranked by I/O: the
        // distribution's own socket first, owned by a process).
        t->key(VTermScreenTester::Home);
        t->type(QStringLiteral("o"));
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("Overview")); }), *t);
        t->key(VTermScreenTester::Escape);
        VERIFY_SCREEN(t->waitFor([&] {
            return !t->contains(QStringLiteral("Overview")) && t->contains(QStringLiteral("Distribution"));
        }), *t);
        quit(*t);
    }

    // 7: a node without Mnesia says so.
    void mnesiaNotRunning()
    {
        auto t = startOnNode();
        QVERIFY(t);
        t->type(QStringLiteral("7"));
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("Mnesia is not running on")); }, 30000), *t);
        quit(*t);
    }

    // 8: kernel's tree opens with Right (its top supervisor, kernel_sup, under it) and closes
    // with Left.
    void applicationsTree()
    {
        auto t = startOnNode();
        QVERIFY(t);
        t->type(QStringLiteral("8"));
        t->type(QStringLiteral("N")); // by name: kernel before stdlib
        const QString header = QStringLiteral("Application / process");
        VERIFY_SCREEN(t->waitFor([&] { return rowBelow(*t, header, QStringLiteral("kernel")) > 0; }, 30000), *t);
        VERIFY_SCREEN(!t->contains(QStringLiteral("kernel_sup")), *t);
        t->key(VTermScreenTester::Home);
        const int steps = rowBelow(*t, header, QStringLiteral("kernel")) - t->rowOf(header) - 1;
        for (int i = 0; i < steps; ++i)
            t->key(VTermScreenTester::Down);
        t->key(VTermScreenTester::Right);
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("kernel_sup")); }, 30000), *t);
        t->key(VTermScreenTester::Left);
        VERIFY_SCREEN(t->waitFor([&] { return !t->contains(QStringLiteral("kernel_sup")); }), *t);
        quit(*t);
    }

    // 9: a rule that fires at once is shown active and new; a acknowledges it.
    void alertsAcknowledge()
    {
        const QString rules = m_dir.filePath(QStringLiteral("rules.json"));
        QFile f(rules);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema": "beamtop.rules/1", "rules": [
            {"id": "tui_test_rule", "metric": "process_usage_ratio", "above": 0.000001, "for": "0s",
             "severity": "critical"}]})");
        f.close();
        auto t = startOnNode({QStringLiteral("--rules"), rules});
        QVERIFY(t);
        t->type(QStringLiteral("9"));
        auto stateOf = [&](const QString &state) {
            const int row = rowBelow(*t, QStringLiteral("Severity"), QStringLiteral("tui_test_rule"));
            return row > 0 && t->line(row).contains(state);
        };
        VERIFY_SCREEN(t->waitFor([&] { return stateOf(QStringLiteral("New")); }, 30000), *t);
        VERIFY_SCREEN(t->contains(QStringLiteral("1 not acknowledged")), *t);
        t->type(QStringLiteral("a"));
        VERIFY_SCREEN(t->waitFor([&] { return stateOf(QStringLiteral("Acknowledged")); }), *t);
        VERIFY_SCREEN(t->contains(QStringLiteral("0 not acknowledged")), *t);
        quit(*t);
    }

private:
    QTemporaryDir m_dir;
    TestNode m_node;
    QString m_cookieFile;
};

QTEST_GUILESS_MAIN(TestTuiPages)
#include "tst_tuipages.moc"
