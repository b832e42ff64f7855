// SPDX-License-Identifier: GPL-3.0-or-later
// The Processes export (ProcessExport, the job the Processes page starts) on a real node with a
// few thousand processes: it walks several pages and writes every process once, the target is
// replaced only when the export is complete (ExportFile), a cancel leaves the old file (or none)
// and nothing beside it, and its keys are those of `beamtop-cli top`.
#include "agent/agentclient.h"
#include "collect/processcollector.h"
#include "export/processexport.h"
#include "node/nodeclient.h"
#include "testnode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace beamtop;
using beamtop::test::TestNode;

namespace {

// More than three pages of RankedQuery::MaxRows (500), not a multiple of it.
constexpr int Spawned = 1700;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// The first cell of each CSV line after the header (the pid: never quoted, no commas).
QStringList firstColumn(const QByteArray &csv)
{
    QStringList out;
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    for (int i = 1; i < lines.size(); ++i)
        out << QString::fromUtf8(lines.at(i).left(lines.at(i).indexOf(',')));
    return out;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestProcessExport : public QObject
{
    Q_OBJECT
private:
    // A fresh directory for one export, so that a file left beside the target shows.
    QString freshDir(const QString &name) const
    {
        const QString dir = m_dir.filePath(name);
        QDir(dir).removeRecursively();
        return QDir().mkpath(dir) ? dir : QString();
    }

    // Files in dir other than the target (a temporary file left over).
    static QStringList strayFiles(const QString &dir, const QString &target)
    {
        QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        names.removeAll(target);
        return names;
    }

    std::unique_ptr<ProcessExport> newExport()
    {
        return std::make_unique<ProcessExport>(&m_session->agent, ProcessQuery{}, TermFormatter(), m_node.nodeName());
    }

    // How many processes the node's complete ranking by memory holds; -1 none yet.
    qint64 rankedTotal()
    {
        ProcessCollector c(&m_session->agent);
        QSignalSpy page(&c, &ProcessCollector::pageReady);
        ProcessQuery q;
        q.limit = 1;
        c.fetch(q);
        if (!page.wait(10000))
            return -1;
        const auto p = page.first().at(0).value<ProcessRanking>();
        return p.rankingComplete ? p.total : -1;
    }

    // `beamtop-cli top` with the given format on the same node: its standard output.
    QByteArray cliTop(const QString &format)
    {
        QProcess p;
        p.start(QStringLiteral(BEAMTOP_CLI_PATH),
                {QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile,
                 QStringLiteral("top"), QStringLiteral("--format"), format, QStringLiteral("--count"), QStringLiteral("5"),
                 QStringLiteral("--budget"), QStringLiteral("0.5")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return p.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_node.start());
        m_cookieFile = m_node.writeCookieFile(m_dir.path());
        // Idle processes whose pids the node writes down, to find each in the export.
        const QString pidsFile = m_dir.filePath(QStringLiteral("pids.txt"));
        QCOMPARE(m_node.eval(QStringLiteral("begin Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, %1)], "
                                            "file:write_file(\"%2\", lists:join($\\n, [pid_to_list(P) || P <- Ps])) end")
                                 .arg(Spawned)
                                 .arg(pidsFile)),
                 QStringLiteral("ok"));
        const QList<QByteArray> pids = readFile(pidsFile).split('\n');
        for (const QByteArray &p : pids)
            m_spawned.insert(QString::fromLatin1(p));
        QCOMPARE(m_spawned.size(), Spawned);

        m_session = std::make_unique<Session>();
        QSignalSpy ready(&m_session->agent, &AgentClient::ready);
        m_session->node.connectToNode(m_node.connectOptions());
        QVERIFY(ready.wait(15000));
        QCOMPARE(m_session->agent.mode(), AgentClient::Mode::Full);
        m_session->agent.setBudget(0.5); // a test need not wait on the 2 % default
    }

    void cleanupTestCase() { m_session.reset(); }

    // CSV: page after page, every process once, and the target holds its old contents until
    // the last page is written.
    void csvOverSeveralPagesReplacesTheFileWhenComplete()
    {
        const QString dir = freshDir(QStringLiteral("csv"));
        QVERIFY(!dir.isEmpty());
        const QString target = QStringLiteral("processes.csv");
        const QString path = QDir(dir).filePath(target);
        const QByteArray old("old contents\n");
        QVERIFY(writeFile(path, old));
        auto job = newExport();
        QSignalSpy finished(job.get(), &RankedExport::finished);
        QVector<qint64> pages; // progress after each written page
        bool replacedEarly = false;
        qint64 writtenBeforeEnd = 0; // rows already written while the target was still the old one
        connect(job.get(), &RankedExport::progress, this, [&](qint64 done, qint64 total) {
            if (done == 0)
                return; // the node is still ranking
            pages << done;
            replacedEarly = replacedEarly || readFile(path) != old;
            if (done < total)
                writtenBeforeEnd = job->rowsWritten();
        });
        job->start(path, RankedExport::Format::Csv);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(finished.first().at(1).toString().contains(path), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!replacedEarly);
        QVERIFY(writtenBeforeEnd >= 500); // pages were written as they came, not held to the end
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size()))); // 1,700 and more at 500 a page
        QVERIFY(std::is_sorted(pages.cbegin(), pages.cend()));
        QVERIFY2(strayFiles(dir, target).isEmpty(), qPrintable(strayFiles(dir, target).join(QLatin1Char(' '))));

        const QByteArray csv = readFile(path);
        QVERIFY(csv != old);
        QCOMPARE(QString::fromUtf8(csv.left(csv.indexOf('\n')).trimmed()), ProcessExport::keys().join(QLatin1Char(',')));
        const QStringList pids = firstColumn(csv);
        QCOMPARE(qint64(pids.size()), job->rowsWritten());
        const QSet<QString> unique(pids.cbegin(), pids.cend());
        QCOMPARE(unique.size(), pids.size()); // no process twice, however the ranking moved
        QSet<QString> missing = m_spawned;
        missing.subtract(unique);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.cbegin(), missing.cend()).mid(0, 5).join(QLatin1Char(' '))));
    }

    // Processes exiting between two pages do not push live ones past a page's edge. The
    // ranking by memory is [the node's own][600 large][400 middling][the idle ones]; the
    // middling ones are killed once the first page is written, so the second page finds most
    // of them gone. Paged by offset, the node then left them out and the third page began
    // 350 places too late: 350 idle processes were never written.
    void processesExitingMidwaySkipNoOthers()
    {
        QCOMPARE(m_node.eval(QStringLiteral(
                     "begin Hold = fun(N) -> fun() -> L = lists:seq(1, N), receive stop -> length(L) end end end, "
                     "Large = [spawn(Hold(4000)) || _ <- lists:seq(1, 600)], "
                     "Mid = [spawn(Hold(400)) || _ <- lists:seq(1, 400)], "
                     "persistent_term:put(beamtop_test_mid, Mid), "
                     "persistent_term:put(beamtop_test_large, Large), ok end")),
                 QStringLiteral("ok"));
        // The export walks the node's latest complete ranking: wait for one with them.
        const qint64 count = m_node.eval(QStringLiteral("erlang:system_info(process_count)")).toLongLong();
        QVERIFY(count > 1000 + Spawned);
        QTRY_VERIFY_WITH_TIMEOUT(rankedTotal() >= count - 50, 30000); // a few come and go
        const QString dir = freshDir(QStringLiteral("exiting"));
        QVERIFY(!dir.isEmpty());
        const QString path = QDir(dir).filePath(QStringLiteral("processes.csv"));
        auto job = newExport();
        QSignalSpy finished(job.get(), &RankedExport::finished);
        bool killed = false;
        connect(job.get(), &RankedExport::progress, this, [&](qint64 done, qint64) {
            if (done == 0 || killed)
                return;
            killed = true; // before the next page is asked for
            m_node.eval(QStringLiteral("[exit(P, kill) || P <- persistent_term:get(beamtop_test_mid)], ok"));
        });
        job->start(path, RankedExport::Format::Csv);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(killed);
        const QStringList pids = firstColumn(readFile(path));
        const QSet<QString> unique(pids.cbegin(), pids.cend());
        QCOMPARE(unique.size(), pids.size());
        QSet<QString> missing = m_spawned;
        const QString largeFile = m_dir.filePath(QStringLiteral("large.txt"));
        QCOMPARE(m_node.eval(QStringLiteral("file:write_file(\"%1\", lists:join($\\n, [pid_to_list(P) || P <- "
                                            "persistent_term:get(beamtop_test_large)]))")
                                 .arg(largeFile)),
                 QStringLiteral("ok"));
        const QList<QByteArray> large = readFile(largeFile).split('\n');
        QCOMPARE(large.size(), 600);
        for (const QByteArray &p : large)
            missing.insert(QString::fromLatin1(p));
        missing.subtract(unique);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 missing, e.g. %2").arg(missing.size())
                                                   .arg(QStringList(missing.cbegin(), missing.cend()).mid(0, 5).join(QLatin1Char(' ')))));
        m_node.eval(QStringLiteral("[P ! stop || P <- persistent_term:get(beamtop_test_large)], ok"));
    }

    // JSON: one document, every row with the keys of `beamtop-cli top`'s rows, and its head.
    void jsonHasTheKeysOfCliTop()
    {
        const QString dir = freshDir(QStringLiteral("json"));
        QVERIFY(!dir.isEmpty());
        const QString path = QDir(dir).filePath(QStringLiteral("processes.json"));
        auto job = newExport();
        QSignalSpy finished(job.get(), &RankedExport::finished);
        job->start(path, RankedExport::formatFor(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QJsonParseError pe;
        const QJsonObject doc = QJsonDocument::fromJson(readFile(path), &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonArray rows = doc.value(QStringLiteral("processes")).toArray();
        QCOMPARE(qint64(rows.size()), job->rowsWritten());
        QVERIFY(rows.size() >= Spawned);
        QCOMPARE(doc.value(QStringLiteral("total")).toDouble(), double(rows.size()));
        QCOMPARE(doc.value(QStringLiteral("node")).toString(), m_node.nodeName());

        const QJsonObject top = QJsonDocument::fromJson(cliTop(QStringLiteral("json"))).object();
        const QJsonArray topRows = top.value(QStringLiteral("processes")).toArray();
        QVERIFY(!topRows.isEmpty());
        const QStringList rowKeys = sortedKeys(topRows.first().toObject());
        QVERIFY(topRows.first().toObject().value(QStringLiteral("status")).toString() != QLatin1String("exited"));
        // A process that exited while the export ran also says when it was last seen, in both.
        QStringList exitedKeys = rowKeys;
        exitedKeys << QStringLiteral("last_seen");
        exitedKeys.sort();
        int live = 0;
        for (const QJsonValue &r : rows) {
            const bool exited = r.toObject().value(QStringLiteral("status")).toString() == QLatin1String("exited");
            live += exited ? 0 : 1;
            QCOMPARE(sortedKeys(r.toObject()).join(QLatin1Char(' ')), (exited ? exitedKeys : rowKeys).join(QLatin1Char(' ')));
        }
        QVERIFY(live >= Spawned);
        // The head of the document: what ranking it is and where from, the same words.
        for (const char *key : {"node", "taken_at", "sort", "mode", "filter"}) {
            QVERIFY2(top.contains(QLatin1String(key)), key);
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        }
        QCOMPARE(doc.value(QStringLiteral("sort")), top.value(QStringLiteral("sort")));

        // And the CSV columns are top's CSV columns.
        const QByteArray topCsv = cliTop(QStringLiteral("csv"));
        QVERIFY(!topCsv.isEmpty());
        QCOMPARE(QString::fromUtf8(topCsv.left(topCsv.indexOf('\n')).trimmed()), ProcessExport::keys().join(QLatin1Char(',')));
        for (const QString &k : ProcessExport::keys())
            QVERIFY2(rowKeys.contains(k), qPrintable(k)); // a JSON row has every CSV column
    }

    // Cancelled after a page: the old file stays as it was, no temporary file is left, and the
    // job writes nothing more. Without an old file, none appears.
    void cancelKeepsTheOldFile_data()
    {
        QTest::addColumn<bool>("hadFile");
        QTest::newRow("over an old file") << true;
        QTest::newRow("no file before") << false;
    }
    void cancelKeepsTheOldFile()
    {
        QFETCH(bool, hadFile);
        const QString dir = freshDir(QStringLiteral("cancel"));
        QVERIFY(!dir.isEmpty());
        const QString name = QStringLiteral("cancelled.csv");
        const QString path = QDir(dir).filePath(name);
        const QByteArray old("old contents\n");
        if (hadFile)
            QVERIFY(writeFile(path, old));
        auto job = newExport();
        QSignalSpy finished(job.get(), &RankedExport::finished);
        QSignalSpy progress(job.get(), &RankedExport::progress);
        qint64 writtenAtCancel = 0;
        // Cancelled from the first written page's progress, before the next page is asked for.
        connect(job.get(), &RankedExport::progress, this, [&](qint64 done, qint64 total) {
            if (done == 0 || !job->isRunning())
                return;
            QVERIFY(done < total);
            writtenAtCancel = job->rowsWritten();
            QCOMPARE(readFile(path), hadFile ? old : QByteArray()); // the page is not in the target
            job->cancel();
        });
        job->start(path, RankedExport::Format::Csv);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(writtenAtCancel > 0);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("cancelled")),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(!job->isRunning());
        QCOMPARE(QFile::exists(path), hadFile);
        if (hadFile)
            QCOMPARE(readFile(path), old);
        QVERIFY2(strayFiles(dir, name).isEmpty(), qPrintable(strayFiles(dir, name).join(QLatin1Char(' '))));
        // Nothing more comes: no page is asked for after the cancel.
        const int progressSoFar = progress.count();
        QVERIFY(!finished.wait(1000));
        QCOMPARE(progress.count(), progressSoFar);
        QCOMPARE(finished.count(), 1);
    }

private:
    struct Session
    {
        NodeClient node;
        AgentClient agent{&node};
    };
    QTemporaryDir m_dir;
    QString m_cookieFile;
    QSet<QString> m_spawned;
    TestNode m_node;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestProcessExport)
#include "tst_processexport.moc"
