// SPDX-License-Identifier: GPL-3.0-or-later
// What alerts keep on disk: the log (JSON Lines, rotated at its size, read back past torn and
// garbage lines, an error rather than a crash where it cannot be written) and the rule store
// (defaults when there is no file, a file per profile, faults said with file and line).
#include "alerts/alertlog.h"
#include "alerts/rulestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace beamtop;

namespace {

constexpr qint64 T0 = 1'750'000'000'000; // some time in 2025, ms

// Events of the same length whatever i (< 100), so sizes can be reckoned.
AlertEvent logEvent(int i)
{
    AlertEvent e;
    e.ruleId = QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
    e.metric = QStringLiteral("run_queue");
    e.value = 12;
    e.threshold = 10;
    e.atMs = T0 + 1000;
    e.sinceMs = T0;
    return e;
}

qint64 lineSize(const AlertEvent &e)
{
    return QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact).size() + 1;
}

QStringList ruleIds(const QVector<AlertEvent> &events)
{
    QStringList out;
    for (const AlertEvent &e : events)
        out.append(e.ruleId);
    return out;
}

QStringList range(int from, int to)
{
    QStringList out;
    for (int i = from; i <= to; ++i)
        out.append(logEvent(i).ruleId);
    return out;
}

bool appendRaw(const QString &fileName, const QByteArray &bytes)
{
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(bytes) == bytes.size();
}

AlertRule rule(const QString &id, const QString &metric, double threshold)
{
    AlertRule r;
    r.id = id;
    r.metric = metric;
    r.threshold = threshold;
    return r;
}

} // namespace

class TestAlertLog : public QObject
{
    Q_OBJECT

private slots:
    void appendAndReadBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The directory is made on the first append.
        AlertLog log(dir.filePath(QStringLiteral("alerts/node@host.jsonl")));
        QVERIFY(log.readRecent().isEmpty());
        AlertEvent first = logEvent(0);
        first.entity.kind = QStringLiteral("process");
        first.entity.id = QStringLiteral("<0.10.0>");
        first.entity.name = QStringLiteral("worker");
        first.note = QStringLiteral("multi\nline note");
        QString error;
        QVERIFY2(log.append(first, &error), qPrintable(error));
        AlertEvent second = logEvent(1);
        second.type = AlertEvent::Type::Resolved;
        QVERIFY2(log.append(second, &error), qPrintable(error));
        QVERIFY2(log.append(logEvent(2), &error), qPrintable(error));

        // One line per event.
        QFile f(log.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 3);

        int skipped = -1;
        const QVector<AlertEvent> events = log.readRecent(1000, &skipped);
        QCOMPARE(skipped, 0);
        QCOMPARE(ruleIds(events), range(0, 2));
        QCOMPARE(events.at(0).entity, first.entity);
        QCOMPARE(events.at(0).entity.name, QStringLiteral("worker"));
        QCOMPARE(events.at(0).note, first.note);
        QCOMPARE(events.at(1).type, AlertEvent::Type::Resolved);
        QCOMPARE(events.at(2).atMs, T0 + 1000);

        // The newest few.
        QCOMPARE(ruleIds(log.readRecent(2)), range(1, 2));
        QVERIFY(log.readRecent(0).isEmpty());

        // Another log object on the same file (a restart) reads the same.
        QCOMPARE(ruleIds(AlertLog(log.fileName()).readRecent()), range(0, 2));
    }

    void rotatesAtMaxBytes()
    {
        QTemporaryDir dir;
        const qint64 line = lineSize(logEvent(0));
        QCOMPARE(lineSize(logEvent(99)), line);
        // Room for three lines and a half: every fourth append rotates.
        AlertLog log(dir.filePath(QStringLiteral("n.jsonl")), 3 * line + line / 2);
        for (int i = 0; i < 10; ++i) {
            QString error;
            QVERIFY2(log.append(logEvent(i), &error), qPrintable(error));
            QVERIFY(QFileInfo(log.fileName()).size() <= 3 * line + line / 2);
        }
        // Never more than two files.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{QStringLiteral("n.jsonl"), QStringLiteral("n.jsonl.1")}));
        QVERIFY(QFileInfo(log.fileName() + QStringLiteral(".1")).size() <= 3 * line + line / 2);
        // 0-2 then 3-5 went; 6-8 are in the rotated file, 9 in the new one.
        QCOMPARE(ruleIds(log.readRecent()), range(6, 9));
        QCOMPARE(ruleIds(log.readRecent(3)), range(7, 9));
    }

    void readsAtMostMaxBytesOfEachFile()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("n.jsonl"));
        // Written by a log with more room than the reader's (a file from before a smaller limit).
        AlertLog big(fileName, 1024 * 1024);
        for (int i = 0; i < 20; ++i)
            QVERIFY(big.append(logEvent(i)));
        const qint64 line = lineSize(logEvent(0));
        int skipped = -1;
        const QVector<AlertEvent> events = AlertLog(fileName, 5 * line + line / 2).readRecent(1000, &skipped);
        // The tail only, starting at a whole line: the cut line is not counted as garbage.
        QCOMPARE(ruleIds(events), range(15, 19));
        QCOMPARE(skipped, 0);
        // A cut exactly at a line's start keeps that line.
        QCOMPARE(ruleIds(AlertLog(fileName, 5 * line).readRecent()), range(15, 19));
    }

    void skipsTornAndGarbageLines()
    {
        QTemporaryDir dir;
        AlertLog log(dir.filePath(QStringLiteral("n.jsonl")));
        QVERIFY(log.append(logEvent(0)));
        QVERIFY(appendRaw(log.fileName(), "hello\n\n[1, 2]\n{}\n{\"event\": \"exploded\"}\n\xff\xfe garbage\n"));
        QVERIFY(log.append(logEvent(1)));
        // A crash in the middle of a line.
        const QByteArray full = QJsonDocument(logEvent(2).toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(appendRaw(log.fileName(), full.left(full.size() / 2)));

        int skipped = -1;
        QCOMPARE(ruleIds(log.readRecent(1000, &skipped)), range(0, 1));
        QCOMPARE(skipped, 6); // the blank line is not counted

        // The next event is a line of its own, not glued to the torn one.
        QVERIFY(log.append(logEvent(3)));
        QCOMPARE(ruleIds(log.readRecent(1000, &skipped)), (QStringList{logEvent(0).ruleId, logEvent(1).ruleId, logEvent(3).ruleId}));
        QCOMPARE(skipped, 6); // the torn line, as before
    }

    void unwritableGivesAnError()
    {
        QTemporaryDir dir;
        // A file where the directory should be: works the same when the tests run as root.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(appendRaw(blocker, "not a directory"));
        AlertLog log(blocker + QStringLiteral("/alerts/n.jsonl"));
        QString error;
        QVERIFY(!log.append(logEvent(0), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("n.jsonl")), qPrintable(error));
        QVERIFY(!log.append(logEvent(0))); // no error wanted: still no crash
        QVERIFY(log.readRecent().isEmpty());

        // The log file's name taken by a directory.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.jsonl")));
        AlertLog taken(dir.filePath(QStringLiteral("taken.jsonl")));
        error.clear();
        QVERIFY(!taken.append(logEvent(0), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(taken.readRecent().isEmpty());

        AlertLog nameless{QString()};
        QVERIFY(!nameless.append(logEvent(0), &error));
        QVERIFY(nameless.readRecent().isEmpty());
    }

    void defaultFileName()
    {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString plain = AlertLog::defaultFileName(QStringLiteral("billing@app1.example.com"));
        QCOMPARE(plain, base + QStringLiteral("/beamtop/alerts/billing@app1.example.com.jsonl"));
        // Whatever the name holds, the file stays in the directory.
        for (const QString &name : {QStringLiteral("../../etc/passwd"), QStringLiteral("a/b@c"), QStringLiteral(".."),
                                    QStringLiteral("'quoted' name@host"), QString()}) {
            const QString fileName = AlertLog::defaultFileName(name);
            QCOMPARE(QFileInfo(fileName).absolutePath(), base + QStringLiteral("/beamtop/alerts"));
            QVERIFY2(fileName.endsWith(QLatin1String(".jsonl")), qPrintable(fileName));
            QVERIFY2(!QFileInfo(fileName).fileName().startsWith(u'.'), qPrintable(fileName));
        }
        QVERIFY(AlertLog::defaultFileName(QStringLiteral("a@b")) != AlertLog::defaultFileName(QStringLiteral("a@c")));
    }

    void storeMissingFileIsDefaults()
    {
        QTemporaryDir dir;
        const RuleStore store(dir.filePath(QStringLiteral("rules")));
        const RuleStore::Loaded loaded = store.load(QStringLiteral("p1"));
        QVERIFY(!loaded.fromFile);
        QVERIFY(loaded.problems.isEmpty());
        QCOMPARE(loaded.fileName, store.fileFor(QStringLiteral("p1")));
        const RuleSet defaults = RuleSet::defaults();
        QCOMPARE(loaded.rules.rules.size(), defaults.rules.size());
        for (int i = 0; i < defaults.rules.size(); ++i)
            QVERIFY(loaded.rules.rules.at(i) == defaults.rules.at(i));
        // Loading writes nothing.
        QVERIFY(!QFileInfo::exists(store.fileFor(QStringLiteral("p1"))));
    }

    void storeRoundTripPerProfile()
    {
        QTemporaryDir dir;
        // The directory is made on the first save.
        const RuleStore store(dir.filePath(QStringLiteral("config/rules")));
        RuleSet one;
        one.rules = {rule(QStringLiteral("pc"), QStringLiteral("process_count"), 1000)};
        RuleSet two;
        AlertRule r = rule(QStringLiteral("mailbox"), QStringLiteral("process_message_queue_max"), 100);
        r.clear = 50;
        r.forMs = 5000;
        r.severity = AlertSeverity::Critical;
        r.note = QStringLiteral("page someone");
        two.rules = {r, rule(QStringLiteral("rq"), QStringLiteral("run_queue"), 3)};
        const RuleSet adhoc; // no rules at all is a choice, not "the defaults"

        QString error;
        QVERIFY2(store.save(QStringLiteral("p1"), one, &error), qPrintable(error));
        QVERIFY2(store.save(QStringLiteral("p2"), two, &error), qPrintable(error));
        QVERIFY2(store.save(QString(), adhoc, &error), qPrintable(error));
        QCOMPARE(QDir(store.directory()).entryList(QDir::Files).size(), 3);
        QVERIFY(store.fileFor(QString()).endsWith(QLatin1String("/default.json")));

        const auto check = [&](const QString &id, const RuleSet &expected) {
            const RuleStore::Loaded loaded = store.load(id);
            QVERIFY(loaded.fromFile);
            QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.value(0)));
            QCOMPARE(loaded.fileName, store.fileFor(id));
            QCOMPARE(loaded.rules.rules.size(), expected.rules.size());
            for (int i = 0; i < expected.rules.size(); ++i)
                QVERIFY2(loaded.rules.rules.at(i) == expected.rules.at(i), qPrintable(expected.rules.at(i).id));
        };
        check(QStringLiteral("p1"), one);
        check(QStringLiteral("p2"), two);
        check(QString(), adhoc);

        // Saving again replaces.
        QVERIFY(store.save(QStringLiteral("p1"), two, &error));
        check(QStringLiteral("p1"), two);
        check(QStringLiteral("p2"), two);

        // The file named by the user reads the same.
        const RuleStore::Loaded byName = RuleStore::loadFile(store.fileFor(QStringLiteral("p2")));
        QVERIFY(byName.fromFile);
        QCOMPARE(byName.rules.rules.size(), 2);
    }

    void storeFileNamesStayInTheDirectory()
    {
        const RuleStore store(QStringLiteral("/somewhere/rules"));
        for (const QString &id : {QStringLiteral("../escape"), QStringLiteral("a/b"), QStringLiteral(".hidden"),
                                  QStringLiteral("default")}) {
            const QString fileName = store.fileFor(id);
            QCOMPARE(QFileInfo(fileName).absolutePath(), QStringLiteral("/somewhere/rules"));
            QVERIFY2(fileName != store.fileFor(QString()), qPrintable(id));
        }
        QVERIFY(store.fileFor(QStringLiteral("a")) != store.fileFor(QStringLiteral("b")));
        // The default store sits beside the profiles.
        QCOMPARE(QFileInfo(RuleStore().directory()).fileName(), QStringLiteral("rules"));
    }

    void storeBadFileSaysFileAndLine()
    {
        QTemporaryDir dir;
        const RuleStore store(dir.path());
        const QString fileName = store.fileFor(QStringLiteral("p1"));
        QVERIFY(appendRaw(fileName, "{\n"
                                    "  \"schema\": \"beamtop.rules/1\",\n"
                                    "  \"rules\": [\n"
                                    "    {\"id\": \"pc\", \"metric\": \"process_count\", \"above\": 1000},\n"
                                    "    {\"id\": \"bad\", \"metric\": \"run_queue\", \"above\": 1, \"severity\": \"urgent\"}\n"
                                    "  ]\n"
                                    "}\n"));
        const RuleStore::Loaded loaded = store.load(QStringLiteral("p1"));
        QVERIFY(loaded.fromFile);
        QCOMPARE(loaded.rules.rules.size(), 1);
        QCOMPARE(loaded.rules.rules.at(0).id, QStringLiteral("pc"));
        QCOMPARE(loaded.problems.size(), 1);
        const QString said = loaded.problems.at(0);
        QVERIFY2(said.contains(QFileInfo(fileName).fileName()), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("5")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("severity")), qPrintable(said));
        // The file is left as it was.
        QFile f(fileName);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("urgent"));

        // Not JSON at all: no rules, and the line.
        const QString broken = store.fileFor(QStringLiteral("p2"));
        QVERIFY(appendRaw(broken, "{\n  \"schema\": \"beamtop.rules/1\"\n  \"rules\": []\n}\n"));
        const RuleStore::Loaded none = store.load(QStringLiteral("p2"));
        QVERIFY(none.rules.rules.isEmpty());
        QCOMPARE(none.problems.size(), 1);
        QVERIFY2(none.problems.at(0).contains(QFileInfo(broken).fileName()) && none.problems.at(0).contains(QLatin1String("3")),
                 qPrintable(none.problems.at(0)));
    }

    void storeUnreadableAndUnwritable()
    {
        QTemporaryDir dir;
        // A file named by the user that is not there: said, and no rules guessed.
        const RuleStore::Loaded missing = RuleStore::loadFile(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.fromFile);
        QVERIFY(missing.rules.rules.isEmpty());
        QCOMPARE(missing.problems.size(), 1);
        QVERIFY(missing.problems.at(0).contains(QLatin1String("nope.json")));

        // A device that never ends, and a directory.
        for (const QString &odd : {QStringLiteral("/dev/zero"), dir.path()}) {
            const RuleStore::Loaded loaded = RuleStore::loadFile(odd);
            QVERIFY(loaded.rules.rules.isEmpty());
            QCOMPARE(loaded.problems.size(), 1);
            QVERIFY2(loaded.problems.at(0).contains(odd), qPrintable(loaded.problems.at(0)));
        }

        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(appendRaw(blocker, "x"));
        const RuleStore store(blocker + QStringLiteral("/rules"));
        QString error;
        QVERIFY(!store.save(QStringLiteral("p1"), RuleSet::defaults(), &error));
        QVERIFY(!error.isEmpty());
        const RuleStore::Loaded loaded = store.load(QStringLiteral("p1"));
        QVERIFY(!loaded.fromFile); // nothing there: the defaults
        QCOMPARE(loaded.rules.rules.size(), RuleSet::defaults().rules.size());
    }
};

QTEST_GUILESS_MAIN(TestAlertLog)
#include "tst_alertlog.moc"
