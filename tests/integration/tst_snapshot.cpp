// The system overview against what the node says about itself, in full and reduced mode, and
// beamtop-cli's snapshot/nodes commands with their JSON and exit codes; the text snapshot's
// scheduler utilisation; a profile's ports checked, and a keychain that cannot be read.
#include "agent/agentclient.h"
#include "collect/snapshotjson.h"
#include "collect/systemcollector.h"
#include "node/nodeclient.h"
#include "profiles/profilestore.h"
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
using beamtop::test::TestNode;

class TestSnapshot : public QObject
{
    Q_OBJECT
private:
    struct CliRun
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BEAMTOP_CLI_PATH), args);
        CliRun r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_node.start());
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

private:
    QTemporaryDir m_dir;
    TestNode m_node;
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
