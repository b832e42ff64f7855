// SPDX-License-Identifier: GPL-3.0-or-later
// beamtop-cli watch and rules. watch on a real node: --exit-on warning ends with exit code 5
// and a firing event (one JSON object per line) naming the process whose mailbox grew; with
// --duration and nothing past its threshold it ends with 0 and prints nothing; text lines for
// people; a rules file with a fault is said with its line and key, and the other rules are
// watched. rules, without a node: the defaults where no file is kept, a profile's own file, and
// a bad file's faults with line and key.
#include "alerts/alertrule.h"
#include "alerts/rulestore.h"
#include "clirun.h"
#include "profiles/profilestore.h"
#include "testnode.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;
using beamtop::test::CliRun;
using beamtop::test::CliRunOptions;
using beamtop::test::runCli;
using beamtop::test::TestNode;

namespace {

// bt_mbox: a process that never reads its mailbox; its pid.
const char MailboxExpr[] = "Self = self(), "
                           "P = spawn(fun() -> register(bt_mbox, self()), Self ! ready, receive stop -> ok end end), "
                           "receive ready -> P after 10000 -> timeout end";

// The rule the watch tests use: a warning past 1,000 queued messages, at once.
const char MailboxRules[] = R"({
  "schema": "beamtop.rules/1",
  "rules": [
    {"id": "mailbox", "metric": "process_message_queue_max", "above": 1000, "clear": 100,
     "severity": "warning", "note": "a mailbox grows"}
  ]
})";

// Line 7 holds rules[1].threshold, which is not a number; the rules around it are fine.
const char BadRules[] = "{\n"
                        "  \"schema\": \"beamtop.rules/1\",\n"
                        "  \"rules\": [\n"
                        "    {\"id\": \"mailbox\", \"metric\": \"process_message_queue_max\", \"above\": 1000},\n"
                        "    {\"id\": \"procs\",\n"
                        "     \"metric\": \"process_count\",\n"
                        "     \"above\": \"lots\"},\n"
                        "    {\"id\": \"atoms\", \"metric\": \"atom_usage_ratio\", \"above\": \"85%\"}\n"
                        "  ]\n"
                        "}\n";

QJsonObject parse(const QByteArray &line)
{
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(line, &e).object();
    return e.error == QJsonParseError::NoError ? o : QJsonObject();
}

} // namespace

class TestAlertsCli : public QObject
{
    Q_OBJECT
private:
    QStringList connection() const
    {
        return {QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile};
    }

    // A configuration directory of its own, so no developer's rules or profiles are read.
    CliRunOptions isolated(const QString &configDir, int timeoutMs = 60000) const
    {
        CliRunOptions o(timeoutMs);
        o.env = QProcessEnvironment::systemEnvironment();
        o.env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
        return o;
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return QString();
        return path;
    }

    void waitForAgentGone() { QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 15000); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_config.isValid());
        QVERIFY(m_node.start());
        m_cookieFile = m_node.writeCookieFile(m_dir.path());
        m_pid = m_node.eval(QLatin1String(MailboxExpr));
        QVERIFY2(m_pid.startsWith(QLatin1String("<0.")), qPrintable(m_pid));
    }

    void cleanupTestCase() { m_node.stop(); }

    // rules where no file is kept: the default set, as a document that parses back to it.
    void rulesPrintsTheDefaults()
    {
        const CliRun r = runCli({QStringLiteral("rules")}, isolated(m_config.path(), 30000));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(parse(r.out).value(QStringLiteral("schema")).toString(), QStringLiteral("beamtop.rules/1"));
        const RuleSet::Parsed parsed = RuleSet::parse(r.out);
        QVERIFY(parsed.readable);
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.set.rules, RuleSet::defaults().rules);
        for (const char *id : {"process_limit", "port_limit", "atom_limit", "ets_limit", "message_queue", "run_queue",
                               "scheduler_utilization", "machine_memory"})
            QVERIFY2(parsed.set.find(QLatin1String(id)), id);

        // --verbose says where the rules would be kept.
        const CliRun v = runCli({QStringLiteral("rules"), QStringLiteral("--verbose")}, isolated(m_config.path(), 30000));
        QCOMPARE(v.exitCode, 0);
        QVERIFY2(v.err.contains("default.json"), v.err.constData());
        QCOMPARE(v.out, r.out);
    }

    // A profile's own rules file, kept beside the profiles.
    void rulesOfAProfile()
    {
        const QString dir = m_config.filePath(QStringLiteral("Beamtop"));
        ProfileStore store(dir + QStringLiteral("/profiles.ini"));
        Profile profile;
        profile.name = QStringLiteral("watched");
        profile.node = m_node.nodeName();
        profile.cookieSource = Profile::CookieSource::File;
        profile.cookieFile = m_cookieFile;
        QString error;
        QVERIFY2(store.save(&profile, &error), qPrintable(error));
        RuleSet mine;
        mine.rules = RuleSet::parse(MailboxRules).set.rules;
        QCOMPARE(mine.rules.size(), 1);
        QVERIFY2(RuleStore(dir + QStringLiteral("/rules")).save(profile.id, mine, &error), qPrintable(error));

        const CliRun r = runCli({QStringLiteral("rules"), QStringLiteral("--profile"), profile.name}, isolated(m_config.path(), 30000));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(RuleSet::parse(r.out).set.rules, mine.rules);
        // Not the ad-hoc connections' file: that one still gives the defaults.
        const CliRun adhoc = runCli({QStringLiteral("rules")}, isolated(m_config.path(), 30000));
        QCOMPARE(RuleSet::parse(adhoc.out).set.rules, RuleSet::defaults().rules);

        const CliRun unknown = runCli({QStringLiteral("rules"), QStringLiteral("--profile"), QStringLiteral("nobody")},
                                      isolated(m_config.path(), 30000));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("nobody"), unknown.err.constData());
        QVERIFY(unknown.out.isEmpty());
    }

    // A bad file: the fault with its line and key, the other rules printed, exit code 1.
    void rulesSaysTheLineAndKeyOfAFault()
    {
        const QString bad = writeFile(QStringLiteral("bad.json"), BadRules);
        QVERIFY(!bad.isEmpty());
        const CliRun r = runCli({QStringLiteral("rules"), QStringLiteral("--rules"), bad}, isolated(m_config.path(), 30000));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad.json line 7, rules[1].above"), r.err.constData());
        QVERIFY2(r.err.contains("not a number"), r.err.constData());
        const RuleSet kept = RuleSet::parse(r.out).set;
        QCOMPARE(kept.rules.size(), 2);
        QVERIFY(kept.find(QStringLiteral("mailbox")));
        QVERIFY(kept.find(QStringLiteral("atoms")));
        QVERIFY(!kept.find(QStringLiteral("procs")));

        // Not JSON at all: said with its line, nothing printed.
        const QString garbage = writeFile(QStringLiteral("garbage.json"), "{\n  \"schema\": \"beamtop.rules/1\",\n  oops\n}\n");
        const CliRun g = runCli({QStringLiteral("rules"), QStringLiteral("--rules"), garbage}, isolated(m_config.path(), 30000));
        QCOMPARE(g.exitCode, 1);
        QVERIFY2(g.err.contains("garbage.json line 3"), g.err.constData());
        QVERIFY(g.out.isEmpty());

        // No such file: said, never the defaults instead.
        const CliRun missing = runCli({QStringLiteral("rules"), QStringLiteral("--rules"), m_dir.filePath(QStringLiteral("none.json"))},
                                      isolated(m_config.path(), 30000));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("none.json"), missing.err.constData());
        QVERIFY(missing.out.isEmpty());
    }

    // watch --exit-on warning: the mailbox passes 1,000, the firing event is printed (JSON, one
    // object per line) naming the pid, and the command ends with exit code 5.
    void watchExitsOnAWarning()
    {
        const QString rules = writeFile(QStringLiteral("mailbox.json"), MailboxRules);
        QCOMPARE(m_node.eval(QStringLiteral("[bt_mbox ! {junk, I} || I <- lists:seq(1, 1500)], ok")), QStringLiteral("ok"));
        // --duration only bounds a failing test: without the alert it ends with 0, not 5.
        const CliRun r = runCli(connection()
                                    + QStringList{QStringLiteral("watch"), QStringLiteral("--rules"), rules, QStringLiteral("--format"),
                                                  QStringLiteral("json"), QStringLiteral("--exit-on"), QStringLiteral("warning"),
                                                  QStringLiteral("--interval"), QStringLiteral("300"), QStringLiteral("--duration"),
                                                  QStringLiteral("45s")},
                                isolated(m_config.path()));
        QVERIFY2(r.exitCode == 5, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject event = parse(lines.first());
        QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("firing"));
        QCOMPARE(event.value(QStringLiteral("rule")).toString(), QStringLiteral("mailbox"));
        QCOMPARE(event.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(event.value(QStringLiteral("metric")).toString(), QStringLiteral("process_message_queue_max"));
        QCOMPARE(event.value(QStringLiteral("value")).toDouble(), 1500.0);
        QCOMPARE(event.value(QStringLiteral("threshold")).toDouble(), 1000.0);
        QCOMPARE(event.value(QStringLiteral("note")).toString(), QStringLiteral("a mailbox grows"));
        QVERIFY(event.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject entity = event.value(QStringLiteral("entity")).toObject();
        QCOMPARE(entity.value(QStringLiteral("kind")).toString(), QStringLiteral("process"));
        QCOMPARE(entity.value(QStringLiteral("id")).toString(), m_pid);
        QVERIFY(entity.value(QStringLiteral("name")).toString().contains(QLatin1String("bt_mbox")));
        waitForAgentGone();

        // --exit-on critical: a warning is printed, the watch goes on to its end, exit code 0.
        const CliRun c = runCli(connection()
                                    + QStringList{QStringLiteral("watch"), QStringLiteral("--rules"), rules, QStringLiteral("--format"),
                                                  QStringLiteral("json"), QStringLiteral("--exit-on"), QStringLiteral("critical"),
                                                  QStringLiteral("--interval"), QStringLiteral("300"), QStringLiteral("--duration"),
                                                  QStringLiteral("3s")},
                                isolated(m_config.path()));
        QVERIFY2(c.exitCode == 0, c.err.constData());
        QCOMPARE(parse(c.out.trimmed().split('\n').first()).value(QStringLiteral("event")).toString(), QStringLiteral("firing"));
        waitForAgentGone();

        // For people: one line naming the rule and the process.
        const CliRun t = runCli(connection()
                                    + QStringList{QStringLiteral("watch"), QStringLiteral("--rules"), rules, QStringLiteral("--exit-on"),
                                                  QStringLiteral("warning"), QStringLiteral("--interval"), QStringLiteral("300"),
                                                  QStringLiteral("--duration"), QStringLiteral("45s")},
                                isolated(m_config.path()));
        QCOMPARE(t.exitCode, 5);
        const QString text = QString::fromUtf8(t.out).trimmed();
        QVERIFY2(!text.contains(QLatin1Char('\n')) && text.contains(QLatin1String("WARNING firing mailbox"))
                     && text.contains(m_pid) && text.contains(QLatin1String("bt_mbox")),
                 qPrintable(text));
        QVERIFY2(t.err.contains("Watching"), t.err.constData());

        QCOMPARE(m_node.eval(QStringLiteral("bt_mbox ! stop, ok")), QStringLiteral("ok"));
        waitForAgentGone();
        m_pid = m_node.eval(QLatin1String(MailboxExpr));
        QVERIFY2(m_pid.startsWith(QLatin1String("<0.")), qPrintable(m_pid));
    }

    // Nothing past a threshold: --duration ends it with 0 and nothing printed; Ctrl+C too.
    void watchEndsQuietly()
    {
        const QString rules = writeFile(QStringLiteral("mailbox.json"), MailboxRules);
        const CliRun r = runCli(connection()
                                    + QStringList{QStringLiteral("watch"), QStringLiteral("--rules"), rules, QStringLiteral("--format"),
                                                  QStringLiteral("json"), QStringLiteral("--exit-on"), QStringLiteral("warning"),
                                                  QStringLiteral("--interval"), QStringLiteral("300"), QStringLiteral("--duration"),
                                                  QStringLiteral("2s")},
                                isolated(m_config.path()));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, QByteArray());
        waitForAgentGone();

        // SIGTERM once it watches: a clean end, the agent gone from the node.
        QProcess p;
        p.setProcessEnvironment(isolated(m_config.path()).env);
        p.start(QStringLiteral(BEAMTOP_CLI_PATH), connection() + QStringList{QStringLiteral("watch"), QStringLiteral("--rules"), rules});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY2_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Watching"), err.constData(), 30000);
        p.terminate();
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        waitForAgentGone();
    }

    // A rules file with a fault: said before connecting, with line and key; the other rules
    // are watched (the mailbox one fires). A profile's rules. A file with nothing to watch ends it
    // at once.
    void watchSaysFaultsAndWatchesTheRest()
    {
        const QString bad = writeFile(QStringLiteral("bad.json"), BadRules);
        QCOMPARE(m_node.eval(QStringLiteral("[bt_mbox ! {junk, I} || I <- lists:seq(1, 1200)], ok")), QStringLiteral("ok"));
        const CliRun r = runCli(connection()
                                    + QStringList{QStringLiteral("watch"), QStringLiteral("--rules"), bad, QStringLiteral("--format"),
                                                  QStringLiteral("json"), QStringLiteral("--exit-on"), QStringLiteral("warning"),
                                                  QStringLiteral("--interval"), QStringLiteral("300"), QStringLiteral("--duration"),
                                                  QStringLiteral("45s")},
                                isolated(m_config.path()));
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("bad.json line 7, rules[1].above"), r.err.constData());
        const QJsonObject event = parse(r.out.trimmed().split('\n').first());
        QCOMPARE(event.value(QStringLiteral("rule")).toString(), QStringLiteral("mailbox"));
        QCOMPARE(event.value(QStringLiteral("entity")).toObject().value(QStringLiteral("id")).toString(), m_pid);
        waitForAgentGone();

        // Through a profile: the profile's own rules (rulesOfAProfile's mailbox rule; the default
        // rules would not fire on 1,200 messages).
        const CliRun viaProfile = runCli({QStringLiteral("--profile"), QStringLiteral("watched"), QStringLiteral("watch"),
                                          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--exit-on"),
                                          QStringLiteral("warning"), QStringLiteral("--interval"), QStringLiteral("300"),
                                          QStringLiteral("--duration"), QStringLiteral("45s")},
                                         isolated(m_config.path()));
        QVERIFY2(viaProfile.exitCode == 5, qPrintable(QStringLiteral("exit %1: %2").arg(viaProfile.exitCode).arg(QString::fromUtf8(viaProfile.err))));
        QCOMPARE(parse(viaProfile.out.trimmed().split('\n').first()).value(QStringLiteral("rule")).toString(), QStringLiteral("mailbox"));
        waitForAgentGone();
        const CliRun noProfile = runCli({QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("watch")},
                                        isolated(m_config.path(), 30000));
        QCOMPARE(noProfile.exitCode, 2);
        QVERIFY2(noProfile.err.contains("nobody"), noProfile.err.constData());

        // Nothing to watch: exit code 1 before connecting (a node that is not there is not asked).
        const QString garbage = writeFile(QStringLiteral("garbage.json"), "not json\n");
        const CliRun g = runCli({QStringLiteral("--node"), QStringLiteral("nobody@nowhere"), QStringLiteral("watch"),
                                 QStringLiteral("--rules"), garbage},
                                isolated(m_config.path(), 30000));
        QCOMPARE(g.exitCode, 1);
        QVERIFY2(g.err.contains("garbage.json line 1"), g.err.constData());
        QVERIFY2(!g.err.contains("connect"), g.err.constData());

        // Bad options: usage errors.
        for (const QStringList &args : {QStringList{QStringLiteral("--exit-on"), QStringLiteral("fatal")},
                                        QStringList{QStringLiteral("--duration"), QStringLiteral("soon")},
                                        QStringList{QStringLiteral("--format"), QStringLiteral("csv")}}) {
            const CliRun u = runCli(QStringList{QStringLiteral("--node"), QStringLiteral("nobody@nowhere"), QStringLiteral("watch")} + args,
                                    isolated(m_config.path(), 30000));
            QVERIFY2(u.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(u.err)));
        }
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    TestNode m_node;
    QString m_cookieFile;
    QString m_pid;
};

QTEST_GUILESS_MAIN(TestAlertsCli)
#include "tst_alertscli.moc"
