// SPDX-License-Identifier: GPL-3.0-or-later
// The system overview against what the node says about itself, in full and reduced mode, and
// beamtop-cli's snapshot/nodes commands with their JSON and exit codes; the text snapshot's
// scheduler utilisation; a profile's ports checked, and a keychain that cannot be read; the
// snapshot's allocators section and `beamtop-cli alloc` (table, CSV, JSON) on a node whose
// binary carriers are fragmented on purpose, and record's allocator columns.
#include "agent/agentclient.h"
#include "collect/snapshotjson.h"
#include "collect/systemcollector.h"
#include "node/nodeclient.h"
#include "profiles/profilestore.h"
#include "clirun.h"
#include "testnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace beamtop;
using beamtop::test::CliRun;
using beamtop::test::CliRunOptions;
using beamtop::test::TestNode;

class TestSnapshot : public QObject
{
    Q_OBJECT
private:
    CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        CliRunOptions options;
        options.env = env;
        return test::runCli(args, options);
    }

    QString cookieFile() { return m_node.writeCookieFile(m_dir.path()); }

    SystemSample sample(bool useAgent)
    {
        NodeClient node;
        AgentClient::Options o;
        o.useAgent = useAgent;
        AgentClient agent(&node, o);
        SystemCollector collector(&agent);
        QSignalSpy ready(&agent, &AgentClient::ready);
        QSignalSpy samples(&collector, &SystemCollector::sampleReady);
        QSignalSpy failed(&collector, &SystemCollector::failed);
        node.connectToNode(m_node.connectOptions());
        if (!ready.wait(15000))
            return {};
        collector.fetch();
        if (!QTest::qWaitFor([&] { return samples.count() + failed.count() > 0; }, 10000) || samples.isEmpty())
            return {};
        collector.fetch(); // the second sample has rates
        if (!QTest::qWaitFor([&] { return samples.count() + failed.count() > 1; }, 10000))
            return {};
        QSignalSpy detached(&agent, &AgentClient::detached);
        agent.detachAndDisconnect();
        detached.wait(5000);
        return samples.last().first().value<SystemSample>();
    }

    void compareWithNode(const SystemSample &s)
    {
        QCOMPARE(s.node, m_node.nodeName());
        QCOMPARE(s.otpRelease.toLongLong(), m_node.evalInt(QStringLiteral("list_to_integer(erlang:system_info(otp_release))")));
        QCOMPARE(s.ertsVersion, m_node.eval(QStringLiteral("list_to_atom(erlang:system_info(version))")).remove(QLatin1Char('\'')));
        QCOMPARE(s.processLimit, m_node.evalInt(QStringLiteral("erlang:system_info(process_limit)")));
        QCOMPARE(s.portLimit, m_node.evalInt(QStringLiteral("erlang:system_info(port_limit)")));
        QCOMPARE(s.atomLimit, m_node.evalInt(QStringLiteral("erlang:system_info(atom_limit)")));
        QCOMPARE(s.etsLimit, m_node.evalInt(QStringLiteral("erlang:system_info(ets_limit)")));
        QCOMPARE(s.schedulers, m_node.evalInt(QStringLiteral("erlang:system_info(schedulers)")));
        QCOMPARE(s.schedulersOnline, m_node.evalInt(QStringLiteral("erlang:system_info(schedulers_online)")));
        QCOMPARE(s.dirtyIoSchedulers, m_node.evalInt(QStringLiteral("erlang:system_info(dirty_io_schedulers)")));
        QCOMPARE(s.wordsize, m_node.evalInt(QStringLiteral("erlang:system_info(wordsize)")));
        QCOMPARE(s.logicalProcessors, m_node.evalInt(QStringLiteral("erlang:system_info(logical_processors)")));
        // Counts move a little between two reads; they stay close.
        const qint64 procs = m_node.evalInt(QStringLiteral("erlang:system_info(process_count)"));
        QVERIFY2(qAbs(s.processCount - procs) < 20, qPrintable(QStringLiteral("%1 vs %2").arg(s.processCount).arg(procs)));
        const qint64 total = m_node.evalInt(QStringLiteral("erlang:memory(total)"));
        QVERIFY(s.memory.total > total / 2 && s.memory.total < total * 2);
        QVERIFY(s.memory.processes > 0 && s.memory.code > 0 && s.memory.ets > 0 && s.memory.atom > 0);
        QVERIFY(s.memory.binary > 0 && s.memory.persistentTerm > 0);
        const qint64 uptime = m_node.evalInt(QStringLiteral("element(1, erlang:statistics(wall_clock))"));
        QVERIFY(s.uptimeMs > 0 && s.uptimeMs <= uptime);
        QVERIFY(s.reductions > 0 && s.gcCount > 0 && s.gcWordsReclaimed > 0 && s.ioInputBytes > 0);
        QVERIFY(!s.systemArchitecture.isEmpty() && !s.ertsVersion.isEmpty());
        QCOMPARE(s.osFamily, QStringLiteral("unix"));
        QVERIFY(s.elixirVersion.isEmpty()); // a plain Erlang node
        QVERIFY(s.hasRates);
        QVERIFY(s.reductionsPerS > 0);
    }

    // A node whose binary_alloc carriers hold ~48 MiB yet about a tenth of it in blocks: a
    // compiled process (an interpreted fun would keep the whole batch alive) allocates
    // mid-sized binaries, keeps every tenth and lets the rest go.
    bool startFragmentedNode()
    {
        return m_fragNode.start() && m_fragNode.loadModule(QStringLiteral(
            "-module(bt_frag). -export([start/0]).\n"
            "start() -> Self = self(), P = spawn(fun() -> init(Self) end), register(bt_frag, P),\n"
            "  receive {P, ready} -> ok after 30000 -> timeout end.\n"
            "init(From) -> Keep = keep(make(48 * 1048576, []), 0, []), true = erlang:garbage_collect(),\n"
            "  From ! {self(), ready}, loop(Keep).\n"
            "make(Left, Acc) when Left =< 0 -> Acc;\n"
            "make(Left, Acc) -> B = binary:copy(<<1>>, 2048 + rand:uniform(59000)), make(Left - byte_size(B), [B | Acc]).\n"
            "keep([], _, Acc) -> Acc;\n"
            "keep([B | T], I, Acc) when I rem 10 =:= 0 -> keep(T, I + 1, [B | Acc]);\n"
            "keep([_ | T], I, Acc) -> keep(T, I + 1, Acc).\n"
            "loop(Keep) -> receive stop -> length(Keep) end.\n"))
            && m_fragNode.eval(QStringLiteral("bt_frag:start()"), 40000) == QLatin1String("ok");
    }

    QStringList fragArgs(const QStringList &args) { return QStringList{QStringLiteral("--node"), m_fragNode.nodeName(), QStringLiteral("--cookie-file"), m_fragNode.writeCookieFile(m_dir.path())} + args; }

    // The shape the issue specifies, and figures that add up; binary_alloc fragmented.
    void checkAllocators(const QJsonObject &a, bool withInstances)
    {
        const qint64 schedulers = m_fragNode.evalInt(QStringLiteral("erlang:system_info(schedulers)"));
        const QJsonArray types = a.value(QStringLiteral("types")).toArray();
        QVERIFY(!types.isEmpty());
        qint64 allocated = 0, used = 0;
        bool sawBinary = false;
        for (const QJsonValue &v : types) {
            const QJsonObject t = v.toObject();
            const QString name = t.value(QStringLiteral("name")).toString();
            QVERIFY2(name.endsWith(QLatin1String("_alloc")), qPrintable(name));
            for (const char *k : {"instances", "carriers_size", "blocks_size", "usage"})
                QVERIFY2(t.value(QLatin1String(k)).isDouble(), k);
            qint64 carriers = 0, blocks = 0;
            for (const char *kind : {"mbcs", "sbcs"}) {
                const QJsonObject c = t.value(QLatin1String(kind)).toObject();
                for (const char *k : {"carriers", "carriers_size", "blocks", "blocks_size", "average_block_size"})
                    QVERIFY2(c.value(QLatin1String(k)).isDouble(), qPrintable(name + QLatin1Char('.') + QLatin1String(kind) + QLatin1Char('.') + QLatin1String(k)));
                carriers += qint64(c.value(QStringLiteral("carriers_size")).toDouble());
                blocks += qint64(c.value(QStringLiteral("blocks_size")).toDouble());
                const double n = c.value(QStringLiteral("blocks")).toDouble();
                if (n > 0)
                    QCOMPARE(c.value(QStringLiteral("average_block_size")).toDouble(), c.value(QStringLiteral("blocks_size")).toDouble() / n);
            }
            const QJsonObject pool = t.value(QStringLiteral("mbcs_pool")).toObject();
            carriers += qint64(pool.value(QStringLiteral("carriers_size")).toDouble());
            blocks += qint64(pool.value(QStringLiteral("blocks_size")).toDouble());
            QCOMPARE(qint64(t.value(QStringLiteral("carriers_size")).toDouble()), carriers);
            QCOMPARE(qint64(t.value(QStringLiteral("blocks_size")).toDouble()), blocks);
            if (carriers > 0)
                QVERIFY(qAbs(t.value(QStringLiteral("usage")).toDouble() - double(blocks) / double(carriers)) < 1e-9);
            allocated += carriers;
            used += blocks;
            if (name == QLatin1String("binary_alloc")) {
                sawBinary = true;
                // Instance 0 and one per scheduler.
                QCOMPARE(qint64(t.value(QStringLiteral("instances")).toDouble()), schedulers + 1);
                QVERIFY2(t.value(QStringLiteral("usage")).toDouble() < 0.5, qPrintable(QString::number(t.value(QStringLiteral("usage")).toDouble())));
                QCOMPARE(t.contains(QStringLiteral("instance_rows")), withInstances);
                if (withInstances)
                    QCOMPARE(t.value(QStringLiteral("instance_rows")).toArray().size(), schedulers + 1);
            }
        }
        QVERIFY(sawBinary);
        // mseg_alloc's cache belongs to its instances (one per scheduler and a global one),
        // shared by every type: its hit rate is listed there.
        const QJsonArray cache = a.value(QStringLiteral("mseg_cache")).toArray();
        QCOMPARE(cache.size(), schedulers + 1);
        for (const QJsonValue &c : cache) {
            const double rate = c.toObject().value(QStringLiteral("cache_hit_rate")).toDouble(-1);
            QVERIFY(rate >= 0 && rate <= 1);
        }
        const QJsonObject totals = a.value(QStringLiteral("totals")).toObject();
        QCOMPARE(qint64(totals.value(QStringLiteral("allocated")).toDouble()), allocated);
        QCOMPARE(qint64(totals.value(QStringLiteral("used")).toDouble()), used);
        QCOMPARE(qint64(totals.value(QStringLiteral("unused")).toDouble()), allocated - used);
        const qint64 total = m_fragNode.evalInt(QStringLiteral("erlang:memory(total)"));
        const qint64 erlangTotal = qint64(totals.value(QStringLiteral("erlang_total")).toDouble());
        QVERIFY2(erlangTotal > total / 2 && erlangTotal < total * 2, qPrintable(QStringLiteral("%1 vs %2").arg(erlangTotal).arg(total)));
        // Read from /proc on Linux, null elsewhere; never missing.
        QVERIFY(totals.contains(QStringLiteral("rss")));
#ifdef Q_OS_LINUX
        QVERIFY(totals.value(QStringLiteral("rss")).toDouble() > double(allocated) / 2);
#endif
        bool fragmentation = false;
        for (const QJsonValue &v : a.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            QVERIFY(!f.value(QStringLiteral("rule")).toString().isEmpty() && !f.value(QStringLiteral("text")).toString().isEmpty());
            QVERIFY(f.value(QStringLiteral("figures")).isObject());
            if (f.value(QStringLiteral("rule")).toString() == QLatin1String("fragmentation")
                && f.value(QStringLiteral("subject")).toString() == QLatin1String("binary_alloc")) {
                fragmentation = true;
                const QJsonObject fig = f.value(QStringLiteral("figures")).toObject();
                QVERIFY(fig.value(QStringLiteral("usage")).toDouble() < 0.5);
                QVERIFY(fig.value(QStringLiteral("carriers_size")).toDouble() >= 16 * 1024 * 1024);
                QVERIFY(f.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("+MBacul")));
            }
        }
        QVERIFY2(fragmentation, QJsonDocument(a.value(QStringLiteral("findings")).toArray()).toJson().constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_node.start());
        QVERIFY(startFragmentedNode());
    }

    void fullModeMatchesTheNode()
    {
        const SystemSample s = sample(true);
        compareWithNode(s);
    }

    void reducedModeMatchesTheNode()
    {
        const SystemSample s = sample(false);
        compareWithNode(s);
    }

    void snapshotJsonDocument()
    {
        const CliRun r = runCli({QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), cookieFile(),
                                 QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("beamtop.snapshot/1"));
        QCOMPARE(o.value(QStringLiteral("node")).toString(), m_node.nodeName());
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("taken_at")).toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject sys = o.value(QStringLiteral("system")).toObject();
        for (const char *k : {"otp_release", "erts_version", "elixir_version", "uptime_ms", "schedulers_online",
                              "process_count", "process_limit", "port_count", "port_limit", "atom_count", "atom_limit",
                              "ets_count", "ets_limit", "memory", "run_queue", "reductions", "io_input_bytes",
                              "io_output_bytes", "gc_count", "gc_words_reclaimed", "reductions_per_s"})
            QVERIFY2(sys.contains(QLatin1String(k)), k);
        for (const char *k : {"total", "processes", "atom", "binary", "code", "ets", "persistent_term"})
            QVERIFY2(sys.value(QStringLiteral("memory")).toObject().value(QLatin1String(k)).toDouble() > 0, k);
        QCOMPARE(qint64(sys.value(QStringLiteral("process_limit")).toDouble()),
                 m_node.evalInt(QStringLiteral("erlang:system_info(process_limit)")));
        QVERIFY(sys.value(QStringLiteral("elixir_version")).isNull());
        QVERIFY(!r.out.contains(m_node.cookie()) && !r.err.contains(m_node.cookie()));
        QCOMPARE(m_node.traceLeft(), QStringLiteral("clean"));
    }

    void repeatPrintsJsonLinesWithRates()
    {
        const CliRun r = runCli({QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), cookieFile(),
                                 QStringLiteral("snapshot"), QStringLiteral("--repeat"), QStringLiteral("3"),
                                 QStringLiteral("--interval"), QStringLiteral("100")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject sys = QJsonDocument::fromJson(lines[i]).object().value(QStringLiteral("system")).toObject();
            QCOMPARE(sys.value(QStringLiteral("reductions_per_s")).isNull(), i == 0);
        }
    }

    void cookieFromEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BEAMTOP_COOKIE"), QString::fromLatin1(m_node.cookie()));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // no ~/.erlang.cookie to fall back on
        const CliRun r = runCli({QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("snapshot"),
                                 QStringLiteral("--format"), QStringLiteral("text")}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(m_node.nodeName().toUtf8()));
    }

    void exitCodes()
    {
        // 2: usage (a node name without '@')
        QCOMPARE(runCli({QStringLiteral("--node"), QStringLiteral("nohost"), QStringLiteral("snapshot")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        // 3: could not connect, naming the class
        QTemporaryFile wrong;
        QVERIFY(wrong.open());
        wrong.write("wrong-cookie\n");
        wrong.flush();
        const CliRun r = runCli({QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"),
                                 wrong.fileName(), QStringLiteral("snapshot")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("wrong_cookie"), r.err.constData());
        QVERIFY(!r.err.contains("wrong-cookie"));
    }

    void elixirNodesGetElixirSyntax()
    {
        TestNode node;
        QVERIFY(node.start());
        // What an Elixir node looks like from outside: the elixir application is loaded.
        QCOMPARE(node.eval(QStringLiteral(
                     "application:load({application, elixir, [{vsn, \"1.14.0\"}, {modules, []}, {registered, []}, "
                     "{applications, [kernel, stdlib]}]})")),
                 QStringLiteral("ok"));
        QCOMPARE(node.eval(QStringLiteral("register('Elixir.MyApp.Worker', spawn(fun() -> receive stop -> ok end end)), ok")),
                 QStringLiteral("ok"));
        const QString cookie = node.writeCookieFile(m_dir.path());
        auto top = [&](const QString &syntax) {
            const CliRun r = runCli({QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookie,
                                     QStringLiteral("--syntax"), syntax, QStringLiteral("top"), QStringLiteral("--filter"),
                                     QStringLiteral("MyApp"), QStringLiteral("--format"), QStringLiteral("json")});
            return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("processes")).toArray().first().toObject();
        };
        const QJsonObject autoRow = top(QStringLiteral("auto"));
        QCOMPARE(autoRow.value(QStringLiteral("name")).toString(), QStringLiteral("MyApp.Worker"));
        // One call formatter everywhere: :m.f/a in Elixir syntax, m:f/a in Erlang syntax.
        const QString elixirCall = autoRow.value(QStringLiteral("current_function")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^:\\w+\\..+/\\d+$")).match(elixirCall).hasMatch(), qPrintable(elixirCall));
        const QJsonObject erlangRow = top(QStringLiteral("erlang"));
        QCOMPARE(erlangRow.value(QStringLiteral("name")).toString(), QStringLiteral("'Elixir.MyApp.Worker'"));
        const QString erlangCall = erlangRow.value(QStringLiteral("current_function")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\w+:.+/\\d+$")).match(erlangCall).hasMatch(), qPrintable(erlangCall));
        const CliRun snap = runCli({QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookie,
                                    QStringLiteral("snapshot")});
        QCOMPARE(QJsonDocument::fromJson(snap.out).object().value(QStringLiteral("system")).toObject()
                     .value(QStringLiteral("elixir_version")).toString(),
                 QStringLiteral("1.14.0"));

        // `process` finds it by the name an Elixir programmer writes, MyApp.Worker, and by the
        // atom in Erlang syntax; the text names it the same way.
        const QString pid = node.eval(QStringLiteral("list_to_atom(pid_to_list(whereis('Elixir.MyApp.Worker')))"))
                                .remove(QLatin1Char('\''));
        auto process = [&](const QStringList &args) {
            return runCli(QStringList{QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookie} + args);
        };
        CliRun r = process({QStringLiteral("process"), QStringLiteral("MyApp.Worker")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject details = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("pid_text")).toString(), pid);
        QCOMPARE(details.value(QStringLiteral("name")).toString(), QStringLiteral("MyApp.Worker"));
        r = process({QStringLiteral("--syntax"), QStringLiteral("erlang"), QStringLiteral("process"),
                     QStringLiteral("'Elixir.MyApp.Worker'")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        details = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("pid_text")).toString(), pid);
        r = process({QStringLiteral("process"), QStringLiteral("MyApp.Worker"), QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("^\\s*Registered name\\s+MyApp\\.Worker$"), QRegularExpression::MultilineOption)
                     .match(QString::fromUtf8(r.out)).hasMatch(),
                 r.out.constData());
        // A name nobody holds: said so, a remote error.
        r = process({QStringLiteral("process"), QStringLiteral("MyApp.Nobody")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("MyApp.Nobody"), r.err.constData());
    }

    // Help per command: top's own options, none of another command's; the connection options
    // with it, since top talks to a node. The general help lists the commands.
    void helpPerCommand()
    {
        const CliRun help = runCli({QStringLiteral("help"), QStringLiteral("top")});
        QCOMPARE(help.exitCode, 0);
        for (const char *own : {"--sort", "--count", "--window", "--filter", "--watch", "--budget", "--format", "--node"})
            QVERIFY2(help.out.contains(own), own);
        for (const char *other : {"--duration", "--out", "--messages", "--force", "--repeat", "--host", "--keep-cookie-file"})
            QVERIFY2(!help.out.contains(other), other);
        QVERIFY(help.out.contains("csv"));
        // The same from the command's own --help, wherever the connection options stand.
        QCOMPARE(runCli({QStringLiteral("top"), QStringLiteral("--help")}).out, help.out);
        QCOMPARE(runCli({QStringLiteral("--node"), QStringLiteral("a@b"), QStringLiteral("top"), QStringLiteral("-h")}).out, help.out);

        const CliRun record = runCli({QStringLiteral("record"), QStringLiteral("--help")});
        QCOMPARE(record.exitCode, 0);
        QVERIFY(record.out.contains("--duration") && record.out.contains("--out"));
        QVERIFY(!record.out.contains("--sort") && !record.out.contains("--window"));
        // nodes talks to EPMD only: no connection options.
        const CliRun nodes = runCli({QStringLiteral("help"), QStringLiteral("nodes")});
        QVERIFY(nodes.out.contains("--host") && !nodes.out.contains("--cookie-file") && !nodes.out.contains("--sort"));

        const CliRun all = runCli({QStringLiteral("--help")});
        QCOMPARE(all.exitCode, 0);
        for (const char *cmd : {"nodes", "snapshot", "top", "record", "process", "profiles"})
            QVERIFY2(all.out.contains(QByteArray(QByteArray("  ") + cmd + ' ')), cmd);
        QVERIFY(!all.out.contains("--sort") && !all.out.contains("--duration"));
        // An option of another command is a usage error that says where to look.
        const CliRun wrong = runCli({QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("snapshot"),
                                     QStringLiteral("--duration"), QStringLiteral("5s")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("help snapshot"), wrong.err.constData());
        QCOMPARE(runCli({QStringLiteral("help"), QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void textSnapshotHasSchedulerUtilisation()
    {
        const CliRun r = runCli({QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), cookieFile(),
                                 QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        auto percentOn = [&](const QString &label) {
            const QRegularExpression re(QStringLiteral("^%1\\s+(\\d+(?:\\.\\d+)?) %").arg(QRegularExpression::escape(label)),
                                        QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = re.match(out);
            return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
        };
        for (const char *label : {"Utilisation", "  normal", "  dirty CPU", "  dirty IO"}) {
            const double v = percentOn(QLatin1String(label));
            QVERIFY2(v >= 0 && v <= 100, qPrintable(QLatin1String(label) + QStringLiteral(" in:\n") + out));
        }
        // Every section of the snapshot, for people: the processes too, not JSON.
        QVERIFY2(out.contains(QLatin1String("Top processes")) && out.contains(QLatin1String("code_server")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1Char('{')));
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 5000);
    }

    void profilePortsAreChecked()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        ProfileStore store(config.filePath(QStringLiteral("Beamtop/profiles.ini")));
        Profile profile;
        profile.name = QStringLiteral("ported");
        profile.node = m_node.nodeName();
        profile.cookieSource = Profile::CookieSource::File;
        profile.cookieFile = cookieFile();
        QString error;
        QVERIFY2(store.save(&profile, &error), qPrintable(error));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        for (const auto &[option, value] : {std::pair{"--dist-port", "foo"}, std::pair{"--epmd-port", "70000"},
                                            std::pair{"--dist-port", "0"}}) {
            const CliRun r = runCli({QStringLiteral("--profile"), profile.name, QLatin1String(option), QLatin1String(value),
                                     QStringLiteral("snapshot")}, env);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QByteArray(QByteArray(option) + " takes a port number")), r.err.constData());
        }
        // A good one is taken: the node's EPMD port, given explicitly.
        const CliRun ok = runCli({QStringLiteral("--profile"), profile.name, QStringLiteral("--epmd-port"),
                                  qEnvironmentVariable("ERL_EPMD_PORT", QStringLiteral("4369")), QStringLiteral("snapshot")}, env);
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
    }

    void unreadableKeychainSaysWhatToDo()
    {
        // A profile whose cookie is in the keychain, and no keychain to ask: the session bus
        // points nowhere, so the Secret Service cannot answer.
        QTemporaryDir config;
        QVERIFY(config.isValid());
        ProfileStore store(config.filePath(QStringLiteral("Beamtop/profiles.ini")));
        Profile profile;
        profile.name = QStringLiteral("locked");
        profile.node = m_node.nodeName();
        profile.cookieSource = Profile::CookieSource::Keychain;
        QString error;
        QVERIFY2(store.save(&profile, &error), qPrintable(error));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("HOME"), config.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + config.filePath(QStringLiteral("no-bus")));
        env.remove(QStringLiteral("BEAMTOP_COOKIE"));
        const CliRun r = runCli({QStringLiteral("--profile"), profile.name, QStringLiteral("snapshot")}, env);
        QCOMPARE(r.exitCode, 3);
        const QByteArray err = r.err;
        QVERIFY2(err.contains("keychain"), err.constData());
        // The two ways on, in plain words: a cookie file for the profile, or one for this run.
        QVERIFY2(err.contains(QByteArray("beamtop-cli profiles add locked --node " + m_node.nodeName().toUtf8() + " --cookie-file FILE")),
                 err.constData());
        QVERIFY2(err.contains("--cookie-file FILE") && err.contains("--cookie-stdin"), err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(config.filePath(QStringLiteral("no-bus"))));
    }

    void nodesListsEpmdNames()
    {
        const CliRun r = runCli({QStringLiteral("nodes"), QStringLiteral("--host"), QStringLiteral("localhost")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray nodes = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("nodes")).toArray();
        bool found = false;
        for (const QJsonValue &n : nodes)
            found = found || n.toObject().value(QStringLiteral("name")).toString() == m_node.aliveName();
        QVERIFY2(found, r.out.constData());
        // For people: a table with the full node names.
        const CliRun text = runCli({QStringLiteral("nodes"), QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("NODE") && text.out.contains(QByteArray(m_node.aliveName().toUtf8() + "@localhost")),
                 text.out.constData());
    }

    void snapshotHasTheAllocatorsSection()
    {
        const CliRun r = runCli(fragArgs({QStringLiteral("snapshot")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject a = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("allocators")).toObject();
        checkAllocators(a, false);
        // For people: the totals and the finding.
        const CliRun text = runCli(fragArgs({QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("text")}));
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Allocators") && text.out.contains("binary_alloc uses") && text.out.contains("+MBacul"), text.out.constData());
        // Without the agent the section says why, and the snapshot is still made.
        const CliRun reduced = runCli(fragArgs({QStringLiteral("--no-agent"), QStringLiteral("snapshot")}));
        QVERIFY2(reduced.exitCode == 0, reduced.err.constData());
        const QJsonObject none = QJsonDocument::fromJson(reduced.out).object().value(QStringLiteral("allocators")).toObject();
        QCOMPARE(none.value(QStringLiteral("available")), QJsonValue(false));
        QVERIFY(!none.value(QStringLiteral("error")).toString().isEmpty());
    }

    void allocCommand()
    {
        const CliRun json = runCli(fragArgs({QStringLiteral("alloc"), QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), m_fragNode.nodeName());
        checkAllocators(doc.value(QStringLiteral("allocators")).toObject(), false);
        const CliRun all = runCli(fragArgs({QStringLiteral("alloc"), QStringLiteral("--instances"), QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(all.exitCode == 0, all.err.constData());
        checkAllocators(QJsonDocument::fromJson(all.out).object().value(QStringLiteral("allocators")).toObject(), true);

        // CSV: a row per type, and with --instances each type's instance rows after it.
        const qint64 schedulers = m_fragNode.evalInt(QStringLiteral("erlang:system_info(schedulers)"));
        for (const bool instances : {false, true}) {
            QStringList args = {QStringLiteral("alloc"), QStringLiteral("--format"), QStringLiteral("csv")};
            if (instances)
                args << QStringLiteral("--instances");
            const CliRun csv = runCli(fragArgs(args));
            QVERIFY2(csv.exitCode == 0, csv.err.constData());
            const QList<QByteArray> lines = csv.out.trimmed().split('\n');
            QVERIFY(lines.size() > 2);
            const QList<QByteArray> header = lines.first().trimmed().split(',');
            QCOMPARE(header.mid(0, 7), (QList<QByteArray>{"type", "instance", "instances", "carriers_size", "blocks_size", "unused", "usage"}));
            QVERIFY(header.contains("mbcs_average_block_size") && header.contains("sbcs_blocks_size"));
            int binaryRows = 0;
            for (const QByteArray &l : lines.mid(1)) {
                const QList<QByteArray> cells = l.trimmed().split(',');
                QCOMPARE(cells.size(), header.size());
                if (cells.at(0) != "binary_alloc")
                    continue;
                ++binaryRows;
                if (cells.at(1).isEmpty()) // the type's row
                    QVERIFY2(cells.at(6).toDouble() < 0.5 && cells.at(6).contains('.'), l.constData());
            }
            QCOMPARE(binaryRows, instances ? int(schedulers) + 2 : 1);
        }

        // For people, as "table" (the name) or "text" (every command's): the same.
        const CliRun table = runCli(fragArgs({QStringLiteral("alloc"), QStringLiteral("--format"), QStringLiteral("table")}));
        QVERIFY2(table.exitCode == 0, table.err.constData());
        for (const char *s : {"TYPE", "binary_alloc", "eheap_alloc", "erlang:memory(total)", "mseg_alloc cache", "Findings",
                              "fragmentation", "+MBacul", "erts_alloc.html"})
            QVERIFY2(table.out.contains(s), s);
        QVERIFY(!table.out.contains('{'));

        // Without the agent: a clear error, no output.
        const CliRun reduced = runCli(fragArgs({QStringLiteral("--no-agent"), QStringLiteral("alloc")}));
        QCOMPARE(reduced.exitCode, 4);
        QVERIFY(reduced.out.isEmpty());
        QVERIFY2(reduced.err.contains("allocators") && reduced.err.contains("agent"), reduced.err.constData());

        const CliRun help = runCli({QStringLiteral("help"), QStringLiteral("alloc")});
        QCOMPARE(help.exitCode, 0);
        for (const char *own : {"--instances", "--format", "csv", "--node"})
            QVERIFY2(help.out.contains(own), own);
        QVERIFY(runCli({QStringLiteral("--help")}).out.contains("  alloc "));
        QTRY_COMPARE_WITH_TIMEOUT(m_fragNode.traceLeft(), QStringLiteral("clean"), 5000);
    }

    // record gains the allocator columns: per type and the totals, with values.
    void recordHasAllocatorColumns()
    {
        const CliRun r = runCli(fragArgs({QStringLiteral("record"), QStringLiteral("--duration"), QStringLiteral("600ms"),
                                          QStringLiteral("--interval"), QStringLiteral("200"), QStringLiteral("--format"),
                                          QStringLiteral("json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray samples = doc.value(QStringLiteral("samples")).toArray();
        QVERIFY2(!samples.isEmpty(), r.out.constData());
        const QJsonObject last = samples.last().toObject();
        for (const char *k : {"alloc_binary_allocated_bytes", "alloc_binary_used_bytes", "alloc_eheap_allocated_bytes",
                              "alloc_allocated_bytes", "alloc_used_bytes", "alloc_unused_bytes", "memory_rss_bytes"})
            QVERIFY2(last.value(QLatin1String(k)).toDouble() > 0, k);
        QVERIFY(last.value(QStringLiteral("alloc_binary_used_bytes")).toDouble() < last.value(QStringLiteral("alloc_binary_allocated_bytes")).toDouble() / 2);
    }

private:
    QTemporaryDir m_dir;
    TestNode m_node;
    TestNode m_fragNode;
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
