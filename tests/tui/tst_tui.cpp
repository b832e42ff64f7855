// SPDX-License-Identifier: GPL-3.0-or-later
// beamtop-cli tui on a pseudo-terminal against a real node, the screen read back through
// libvterm (VTermScreenTester): the home page shows the node's name and its process count; 2
// shows the processes, Q and M reorder them (a process with a long mailbox, one with a big
// heap), / filters on the node, Enter opens the details and Esc closes them; q, Ctrl+C,
// SIGTERM and SIGHUP restore the terminal (the alternate screen left, the primary screen's
// text back, the cursor shown, the mouse off) and leave nothing on the node, as does the
// terminal going away; a resize redraws at the new size; every page at 80x24; --no-color and
// NO_COLOR draw no colour; --ascii draws nothing outside ASCII; a click on a tab shows its
// page; kill only with --allow-actions and after a confirmation naming the process; space, +, -,
// Tab and the help; the applications' tree; a crash still restores the terminal; tiny sizes, an
// unknown TERM and no terminal at all are handled; a lost link shows a banner and comes back;
// and tui --demo shows the demo node and stops it on q.
#include "clirun.h"
#include "node/epmdclient.h"
#include "testnode.h"
#include "vtermscreen.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

// QVERIFY with the whole screen printed when it fails (a failure message would be cut).
#define VERIFY_SCREEN(condition, tester)                                                                               \
    do {                                                                                                               \
        const bool ok_ = (condition);                                                                                  \
        if (!ok_)                                                                                                      \
            qInfo().noquote() << (tester).dump();                                                                      \
        QVERIFY2(ok_, #condition);                                                                                     \
    } while (false)

using namespace beamtop;
using beamtop::test::TestNode;
using beamtop::test::VTermScreenTester;

namespace {

// A row of a process table: it shows a pid.
const char PidPattern[] = "<\\d+\\.\\d+\\.\\d+>";

// What a shell left on the primary screen before beamtop-cli started.
const char PrimaryMarker[] = "user@host:~$ beamtop-cli tui  # primary screen";

// How long a ranking's sweep of the node may take: the agent sweeps on a CPU budget, so on a
// machine busy with other work ~8,000 processes can take tens of seconds.
constexpr int SweepMs = 90000;

// About this many processes on the node, so the home page's count is a number to look for.
constexpr qint64 TargetProcesses = 7777;

// "<0.85.0>" as an Erlang expression for the control channel.
QString pidTerm(const QString &pid)
{
    return QStringLiteral("list_to_pid(\"%1\")").arg(pid);
}

// The numbers on a screen ("7,791", "262144", "1.5"), separators removed, whole numbers only.
QList<qint64> numbersIn(const QString &text)
{
    QList<qint64> out;
    static const QRegularExpression re(QStringLiteral("(?<![\\d.,])\\d{1,3}(?:[,\\x{202F}\\x{A0}]\\d{3})+(?![\\d.])"
                                                      "|(?<![\\d.,])\\d+(?![\\d.,]\\d)"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        QString n = it.next().captured();
        n.remove(QRegularExpression(QStringLiteral("[,\\x{202F}\\x{A0}]")));
        bool ok = false;
        const qint64 v = n.toLongLong(&ok);
        if (ok)
            out << v;
    }
    return out;
}

QStringList demoNamesInEpmd()
{
    QVector<EpmdNode> nodes;
    QStringList out;
    if (EpmdClient::names(QHostAddress::LocalHost, defaultEpmdPort(), 2000, &nodes, nullptr)) {
        for (const EpmdNode &n : nodes)
            out << n.name;
    }
    return out;
}

// OS processes whose command line mentions s (the demo's erl, under its alive name).
QStringList processesMentioning(const QString &s)
{
    QStringList out;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (pid.toLongLong() <= 0)
            continue;
        QFile f(proc.filePath(pid + QStringLiteral("/cmdline")));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(s.toUtf8()))
            out << pid;
    }
    return out;
}

} // namespace

class TestTui : public QObject
{
    Q_OBJECT
private:
    QStringList connection() const
    {
        return {QStringLiteral("--node"), m_node.nodeName(), QStringLiteral("--cookie-file"), m_cookieFile};
    }

    // Configuration and data of its own, so no developer's profiles, rules or logs are read.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            env.insert(QLatin1String(var), m_dir.filePath(QLatin1String(var)));
        env.remove(QStringLiteral("NO_COLOR"));
        return env;
    }

    // beamtop-cli tui ARGS on a terminal of size whose primary screen shows a shell's line.
    std::unique_ptr<VTermScreenTester> startTui(const QStringList &args, QSize size = QSize(100, 30),
                                                QProcessEnvironment env = {})
    {
        auto t = std::make_unique<VTermScreenTester>(size);
        t->feed(QByteArray(PrimaryMarker) + "\r\n");
        QString error;
        if (!t->start(QStringLiteral(BEAMTOP_CLI_PATH), QStringList{QStringLiteral("tui")} + args,
                      env.isEmpty() ? environment() : env, &error)) {
            qWarning("cannot start beamtop-cli: %s", qPrintable(error));
            return nullptr;
        }
        return t;
    }

    // The budget is lifted as other ranking tests do: the agent charges a sweep its wall time, so on
    // a host as loaded as a test run's a page ranked at 2 % can take minutes to show a new process.
    std::unique_ptr<VTermScreenTester> startOnNode(const QStringList &more = {}, QSize size = QSize(100, 30),
                                                   QProcessEnvironment env = {})
    {
        return startTui(connection() + QStringList{QStringLiteral("--budget"), QStringLiteral("0.5")} + more, size, env);
    }

    // The status line (the last row) names the node: the screen is drawn and connected.
    static bool statusShowsNode(const VTermScreenTester &t, const QString &node)
    {
        return t.altScreen() && t.line(t.size().height() - 1).contains(node);
    }

    // Drawn, and the status line says Connected: the agent is loaded (it can take a while when
    // the test before has just detached and the node is still purging its module).
    bool waitLive(VTermScreenTester &t, int timeoutMs = 60000) const
    {
        const QString node = m_node.nodeName();
        return t.waitFor([&] {
            return statusShowsNode(t, node) && t.line(t.size().height() - 1).contains(QLatin1String("Connected"));
        }, timeoutMs);
    }

    // The rows between the top bar and the status line.
    static QString body(const VTermScreenTester &t)
    {
        QStringList rows = t.lines();
        return rows.mid(1, rows.size() - 2).join(QLatin1Char('\n'));
    }

    // The Processes page is shown (its title line), not Home with its table of the top processes.
    static bool onProcessesPage(VTermScreenTester &t) { return t.line(1).startsWith(QLatin1String("Processes")); }

    // The first row that shows a pid, or "".
    static QString firstPidRow(const VTermScreenTester &t)
    {
        const int row = t.rowMatching(QLatin1String(PidPattern));
        return row < 0 ? QString() : t.line(row);
    }

    // The terminal as it was: the alternate screen left and the shell's line back on top, the
    // cursor shown, no mouse reporting.
    // (primaryText false: the emulator itself cut the primary screen, shrunk below its width.)
    static void verifyRestored(VTermScreenTester &t, bool primaryText = true)
    {
        VERIFY_SCREEN(t.waitFor([&] { return !t.altScreen(); }, 5000), t);
        QCOMPARE(t.altScreenEntered(), 1);
        if (primaryText)
            VERIFY_SCREEN(t.line(0).startsWith(QLatin1String(PrimaryMarker)), t);
        QVERIFY(t.cursorVisible());
        QCOMPARE(t.mouseMode(), 0);
    }

    // Connected and the agent running while it runs (so that the checks after it ends can fail).
    void verifyAttached()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_node.eval(QStringLiteral("nodes(hidden)")) != QLatin1String("[]"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_node.eval(QStringLiteral("whereis(beamtop_agent_v2) =/= undefined")),
                                  QStringLiteral("true"), 15000);
    }

    // Nothing of Beamtop left on the node: no agent code or process, no hidden connection.
    void verifyNoTrace()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_node.traceLeft(), QStringLiteral("clean"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_node.eval(QStringLiteral("nodes(hidden)")), QStringLiteral("[]"), 15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_node.start());
        m_cookieFile = m_node.writeCookieFile(m_dir.path());
        QVERIFY(!m_cookieFile.isEmpty());
        // bt_big: the biggest heap on the node (a list of 1.5 million integers, ~24 MB), an
        // empty mailbox. bt_queue: 50,000 unread messages (a few MB).
        m_bigPid = m_node.eval(QStringLiteral(
            "Self = self(), P = spawn(fun() -> register(bt_big, self()), L = lists:seq(1, 1500000), Self ! ready, "
            "receive stop -> length(L) end end), receive ready -> P after 20000 -> timeout end"));
        QVERIFY2(m_bigPid.startsWith(QLatin1String("<0.")), qPrintable(m_bigPid));
        m_queuePid = m_node.eval(QStringLiteral(
            "Self = self(), P = spawn(fun() -> register(bt_queue, self()), Self ! ready, receive stop -> ok end end), "
            "receive ready -> ok end, [P ! {msg, I} || I <- lists:seq(1, 50000)], P"));
        QVERIFY2(m_queuePid.startsWith(QLatin1String("<0.")), qPrintable(m_queuePid));
        QCOMPARE(m_node.eval(QStringLiteral("element(2, process_info(whereis(bt_queue), message_queue_len))")),
                 QStringLiteral("50000"));
        const qint64 now = m_node.evalInt(QStringLiteral("erlang:system_info(process_count)"));
        QVERIFY(now > 0 && now < TargetProcesses);
        QCOMPARE(m_node.eval(QStringLiteral("[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, %1)], ok")
                                 .arg(TargetProcesses - now)),
                 QStringLiteral("ok"));
    }

    void cleanupTestCase() { m_node.stop(); }

    // The home page: the node's name, and its process count as the node counts it.
    void homeShowsNodeAndProcessCount()
    {
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        QVERIFY(t->process().isRunning());
        VERIFY_SCREEN(body(*t).contains(m_node.nodeName()), *t);
        auto countShown = [&] {
            const qint64 n = m_node.evalInt(QStringLiteral("erlang:system_info(process_count)"));
            for (const qint64 v : numbersIn(body(*t))) {
                if (qAbs(v - n) <= 30)
                    return true;
            }
            return false;
        };
        VERIFY_SCREEN(t->waitFor(countShown, 20000), *t);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
    }

    // 2 shows the processes; Q puts the long mailbox first, M the big heap; / filters on the
    // node; Enter opens the first row's details, Esc closes them.
    void processesSortFilterAndDetails()
    {
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        t->type(QStringLiteral("2"));
        VERIFY_SCREEN(t->waitFor([&] { return onProcessesPage(*t) && !firstPidRow(*t).isEmpty(); }, 20000), *t);

        t->type(QStringLiteral("Q"));
        VERIFY_SCREEN(t->waitFor([&] { return firstPidRow(*t).contains(QLatin1String("bt_queue")); }, SweepMs), *t);
        t->type(QStringLiteral("M"));
        VERIFY_SCREEN(t->waitFor([&] { return firstPidRow(*t).contains(QLatin1String("bt_big")); }, SweepMs), *t);
        // The mailbox of 50,000 shows in bt_queue's row (wherever it is ranked by memory now).
        VERIFY_SCREEN(t->waitFor([&] {
            const int row = t->rowOf(QStringLiteral("bt_queue"));
            return row >= 0 && numbersIn(t->line(row)).contains(50000);
        }, 20000), *t);

        // Enter on the first row: bt_big's details.
        t->key(VTermScreenTester::Home);
        t->key(VTermScreenTester::Enter);
        VERIFY_SCREEN(t->waitFor([&] {
            return t->contains(m_bigPid) && t->contains(QStringLiteral("Dictionary"), Qt::CaseInsensitive)
                && t->contains(QStringLiteral("Stack"), Qt::CaseInsensitive);
        }, 20000), *t);
        VERIFY_SCREEN(t->rowOf(QStringLiteral("bt_queue")) < 0, *t); // drawn over the table
        t->key(VTermScreenTester::Escape);
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("bt_queue")); }, 10000), *t);

        // The filter, on the node: only bt_queue's row is left.
        t->type(QStringLiteral("/"));
        t->type(QStringLiteral("bt_queue"));
        t->key(VTermScreenTester::Enter);
        auto onlyQueue = [&] {
            const QStringList rows = t->lines();
            int pidRows = 0;
            bool queue = false;
            const QRegularExpression pid{QLatin1String(PidPattern)};
            for (const QString &r : rows.mid(1, rows.size() - 2)) {
                if (pid.match(r).hasMatch()) {
                    ++pidRows;
                    queue = queue || r.contains(QLatin1String("bt_queue"));
                }
            }
            return pidRows == 1 && queue;
        };
        VERIFY_SCREEN(t->waitFor(onlyQueue, SweepMs), *t);

        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
        verifyRestored(*t);
    }

    // However it ends, the terminal is restored and nothing is left on the node.
    void endRestoresTerminal_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("exitCode"); // -1: 0 or 130
        QTest::newRow("q") << QStringLiteral("q") << 0;
        QTest::newRow("Ctrl+C") << QStringLiteral("ctrl-c") << -1;
        QTest::newRow("SIGTERM") << QStringLiteral("term") << 128 + SIGTERM;
        QTest::newRow("SIGHUP") << QStringLiteral("hup") << 128 + SIGHUP;
    }

    void endRestoresTerminal()
    {
        QFETCH(QString, how);
        QFETCH(int, exitCode);
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        VERIFY_SCREEN(t->altScreen(), *t);
        QVERIFY(t->mouseMode() != 0);
        verifyAttached();
        if (how == QLatin1String("q"))
            t->type(QStringLiteral("q"));
        else if (how == QLatin1String("ctrl-c"))
            t->ctrl('c');
        else if (how == QLatin1String("term"))
            t->process().signal(SIGTERM);
        else
            t->process().signal(SIGHUP);
        VERIFY_SCREEN(t->process().waitForFinished(15000), *t);
        QVERIFY2(t->process().exitedNormally(), qPrintable(t->process().endText()));
        if (exitCode >= 0)
            QCOMPARE(t->process().exitCode(), exitCode);
        else
            QVERIFY2(t->process().exitCode() == 0 || t->process().exitCode() == 130, qPrintable(t->process().endText()));
        verifyRestored(*t);
        verifyNoTrace();
    }

    // The terminal itself goes away (an SSH session closing): beamtop-cli ends, detached.
    void terminalGoneEnds()
    {
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        verifyAttached();
        t->process().hangup();
        QVERIFY2(t->process().waitForFinished(15000), qPrintable(t->process().endText()));
        QVERIFY2(t->process().exitedNormally(), qPrintable(t->process().endText()));
        verifyNoTrace();
    }

    // A new size: the next frame fills it (the status line on the new last row).
    void resizeRedraws()
    {
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        const QString node = m_node.nodeName();
        for (const QSize size : {QSize(130, 40), QSize(80, 24), QSize(100, 30)}) {
            t->resize(size);
            VERIFY_SCREEN(t->waitFor([&] { return statusShowsNode(*t, node); }, 10000), *t);
            VERIFY_SCREEN(!t->line(0).isEmpty(), *t);
        }
        // Processes at the small size after a resize from bigger: rows fill it, no row is lost.
        t->type(QStringLiteral("2"));
        t->resize(QSize(80, 24));
        VERIFY_SCREEN(t->waitFor([&] { return statusShowsNode(*t, node) && t->rowOf(QStringLiteral("bt_big")) > 0; }, 20000), *t);
        QVERIFY(t->process().isRunning());
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
        verifyRestored(*t);
    }

    // Every page at 80x24: each key shows another page, the top bar and the status line stay.
    void everyPageAt80x24()
    {
        auto t = startOnNode({}, QSize(80, 24));
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        const QString node = m_node.nodeName();
        QString last = body(*t);
        for (const QString &key : {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                                  QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                                  QStringLiteral("1")}) {
            t->type(key);
            VERIFY_SCREEN(t->waitFor([&] { return body(*t) != last && statusShowsNode(*t, node); }, 15000), *t);
            VERIFY_SCREEN(t->process().isRunning(), *t);
            VERIFY_SCREEN(!t->line(0).isEmpty(), *t);
            // Let the page's first data arrive before the next key, so a page that draws
            // garbage or crashes with data is seen here.
            t->waitForFrame(3000);
            VERIFY_SCREEN(t->process().isRunning(), *t);
            VERIFY_SCREEN(statusShowsNode(*t, node), *t);
            last = body(*t);
        }
        // The help lists the global keys over the page; Esc closes it.
        t->type(QStringLiteral("?"));
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("quit"), Qt::CaseInsensitive); }, 10000), *t);
        t->key(VTermScreenTester::Escape);
        VERIFY_SCREEN(t->waitFor([&] { return !t->contains(QStringLiteral("quit"), Qt::CaseInsensitive); }, 10000), *t);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
        verifyRestored(*t);
    }

    // Colours by default on a 256-colour terminal; none with --no-color or NO_COLOR (the
    // selection and the top bar then in reverse or bold).
    void colours_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("noColorEnv");
        QTest::addColumn<int>("colours"); // 256, 8, or 0 for none
        QTest::newRow("default") << QStringLiteral("xterm-256color") << QStringList() << false << 256;
        QTest::newRow("8 colours") << QStringLiteral("xterm") << QStringList() << false << 8;
        QTest::newRow("--no-color") << QStringLiteral("xterm-256color") << QStringList{QStringLiteral("--no-color")} << false << 0;
        QTest::newRow("NO_COLOR") << QStringLiteral("xterm-256color") << QStringList() << true << 0;
    }

    void colours()
    {
        QFETCH(QString, term);
        QFETCH(QStringList, args);
        QFETCH(bool, noColorEnv);
        QFETCH(int, colours);
        QProcessEnvironment env = environment();
        if (noColorEnv)
            env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        auto t = std::make_unique<VTermScreenTester>(QSize(100, 30));
        t->setTermType(term);
        QVERIFY(t->start(QStringLiteral(BEAMTOP_CLI_PATH), QStringList{QStringLiteral("tui")} + connection() + args, env));
        VERIFY_SCREEN(waitLive(*t), *t);
        for (const QString &key : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
            t->type(key);
            VERIFY_SCREEN(t->waitFor([&] { return t->rowMatching(QLatin1String(PidPattern)) > 0 || key == QLatin1String("3"); },
                                     15000),
                          *t);
            t->waitForFrame(3000);
            if (colours == 256) {
                VERIFY_SCREEN(t->highestColourIndex() >= 16, *t); // the 256-colour palette is used
            } else if (colours == 8) {
                VERIFY_SCREEN(!t->colouredCells().isEmpty(), *t);
                QVERIFY2(t->highestColourIndex() < 8, qPrintable(QString::number(t->highestColourIndex())));
            } else {
                QVERIFY2(t->colouredCells().isEmpty(),
                         qPrintable(QStringLiteral("page %1: ").arg(key) + t->colouredCells().join(QLatin1String("; "))));
                VERIFY_SCREEN(t->anyReverseOrBold(), *t); // what shows the selection and the bars
            }
        }
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
    }

    // --ascii: nothing outside ASCII on any page (lines, bars, sparklines, "..." for cut text).
    void asciiOnly()
    {
        auto t = startOnNode({QStringLiteral("--ascii")});
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        for (const QString &key : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                  QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                                  QStringLiteral("9")}) {
            t->type(key);
            t->waitForFrame(5000);
            t->waitForFrame(3000); // the page's data, after its first frame
            if (!t->nonAsciiCells().isEmpty())
                qInfo().noquote() << "page" << key << t->nonAsciiCells().join(QLatin1String("; "));
            VERIFY_SCREEN(t->nonAsciiCells().isEmpty(), *t);
        }
        t->type(QStringLiteral("?"));
        t->waitForFrame(5000);
        VERIFY_SCREEN(t->contains(QStringLiteral("quit"), Qt::CaseInsensitive), *t); // the help is shown
        QVERIFY2(t->nonAsciiCells().isEmpty(), qPrintable(QStringLiteral("help: ") + t->nonAsciiCells().join(QLatin1String("; "))));
        t->key(VTermScreenTester::Escape);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
    }

    // The mouse: a click on a tab in the top bar shows that page.
    void clickOnTab()
    {
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        QVERIFY(t->mouseMode() != 0);
        const int col = t->line(0).indexOf(QStringLiteral("Processes"));
        VERIFY_SCREEN(col >= 0, *t);
        const QString home = body(*t);
        // The Processes page: a table of pids under a header that names the message queue.
        const auto processesShown = [&] {
            return body(*t) != home && t->rowMatching(QLatin1String(PidPattern)) > 0
                && t->contains(QStringLiteral("bt_queue"));
        };
        t->click(col + 2, 0);
        // Once in the sanitizer run, under load, the page stayed on Home for 20 s after the
        // click (the closing note of issue 18 has it): a second click, as a user would, and
        // the page must then show. A click that never works still fails.
        if (!t->waitFor(processesShown, 5000) && body(*t) == home) {
            qInfo("the first click on the tab did not show the page in 5 s; clicking again");
            t->click(col + 2, 0);
        }
        VERIFY_SCREEN(t->waitFor(processesShown, 20000), *t);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
    }

    // A process with the longest mailbox on the node (messages, more than any before it), its pid.
    QString spawnVictim(const QString &name, int messages)
    {
        return m_node.eval(QStringLiteral(
            "Self = self(), P = spawn(fun() -> register(%1, self()), Self ! ready, receive stop -> ok end end), "
            "receive ready -> ok end, [P ! {msg, I} || I <- lists:seq(1, %2)], P").arg(name).arg(messages));
    }

    // beamtop-cli tui on the Processes page with pid selected, the first row by message queue.
    // (A filter would wait for the ranking's sweep to reach this newest process.)
    std::unique_ptr<VTermScreenTester> processSelected(const QString &pid, const QStringList &args)
    {
        auto t = startOnNode(args);
        if (!t || !waitLive(*t))
            return t;
        t->type(QStringLiteral("2"));
        t->type(QStringLiteral("Q"));
        if (t->waitFor([&] { return firstPidRow(*t).contains(pid); }, SweepMs))
            t->key(VTermScreenTester::Home);
        return t;
    }

    // Without --allow-actions, K is refused with a notice saying how to allow it.
    void actionsRefusedWithoutFlag()
    {
        const QString victim = spawnVictim(QStringLiteral("bt_victim1"), 60000);
        QVERIFY2(victim.startsWith(QLatin1String("<0.")), qPrintable(victim));
        auto t = processSelected(victim, {});
        QVERIFY(t);
        VERIFY_SCREEN(firstPidRow(*t).contains(victim), *t);
        t->type(QStringLiteral("K"));
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("--allow-actions")); }, 10000), *t);
        QCOMPARE(m_node.eval(QStringLiteral("is_process_alive(%1)").arg(pidTerm(victim))), QStringLiteral("true"));
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
    }

    // With --allow-actions, K asks first, naming the pid and the name: n keeps it, y kills it.
    void actionsConfirmedWithFlag()
    {
        const QString victim = spawnVictim(QStringLiteral("bt_victim2"), 70000);
        QVERIFY2(victim.startsWith(QLatin1String("<0.")), qPrintable(victim));
        const QString alive = QStringLiteral("is_process_alive(%1)").arg(pidTerm(victim));
        auto t = processSelected(victim, {QStringLiteral("--allow-actions")});
        QVERIFY(t);
        VERIFY_SCREEN(firstPidRow(*t).contains(victim), *t);
        auto asked = [&] {
            for (const QString &row : t->lines()) {
                if (row.contains(victim) && row.contains(QLatin1String("bt_victim2")) && row.contains(QLatin1Char('?')))
                    return true;
            }
            return false;
        };
        t->type(QStringLiteral("K"));
        VERIFY_SCREEN(t->waitFor(asked, 10000), *t);
        t->type(QStringLiteral("n"));
        VERIFY_SCREEN(t->waitFor([&] { return !asked(); }, 10000), *t);
        QCOMPARE(m_node.eval(alive), QStringLiteral("true"));
        t->type(QStringLiteral("K"));
        VERIFY_SCREEN(t->waitFor(asked, 10000), *t);
        t->type(QStringLiteral("y"));
        QTRY_COMPARE_WITH_TIMEOUT(m_node.eval(alive), QStringLiteral("false"), 10000);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
    }

    // Scrolling a ranked table asks the node for the rows on screen: PageDown fills the screen
    // with rows further down the ranking, the wheel and Home come back to the top.
    void scrollingFetchesRows()
    {
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        t->type(QStringLiteral("2"));
        t->type(QStringLiteral("M"));
        // (Home's table has bt_big first too: the Processes page's title says which is shown.)
        VERIFY_SCREEN(t->waitFor([&] { return onProcessesPage(*t) && firstPidRow(*t).contains(QLatin1String("bt_big")); },
                                 SweepMs),
                      *t);
        const QRegularExpression pid{QLatin1String(PidPattern)};
        auto pidRows = [&] {
            QStringList out;
            const QStringList rows = t->lines();
            for (const QString &r : rows.mid(1, rows.size() - 2)) {
                if (pid.match(r).hasMatch())
                    out << pid.match(r).captured();
            }
            return out;
        };
        const QStringList top = pidRows();
        QVERIFY(top.size() >= 20);
        for (int i = 0; i < 3; ++i)
            t->key(VTermScreenTester::PageDown);
        // A full screen of other processes (the node has thousands), none of the first page's.
        VERIFY_SCREEN(t->waitFor([&] {
            const QStringList now = pidRows();
            if (now.size() < top.size())
                return false;
            for (const QString &p : now) {
                if (top.contains(p))
                    return false;
            }
            return true;
        }, 30000), *t);
        t->key(VTermScreenTester::Home);
        VERIFY_SCREEN(t->waitFor([&] { return firstPidRow(*t).contains(QLatin1String("bt_big")); }, 30000), *t);
        // The wheel: down moves the rows up, up brings bt_big back.
        const int tableRow = t->rowOf(QStringLiteral("bt_big"));
        for (int i = 0; i < 3; ++i)
            t->click(20, tableRow + 2, 5);
        VERIFY_SCREEN(t->waitFor([&] { return !firstPidRow(*t).contains(QLatin1String("bt_big")); }, 30000), *t);
        for (int i = 0; i < 6; ++i)
            t->click(20, tableRow + 2, 4);
        VERIFY_SCREEN(t->waitFor([&] { return firstPidRow(*t).contains(QLatin1String("bt_big")); }, 30000), *t);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
    }

    // Space pauses (the status line says so) and resumes; + and - change the interval; Tab shows
    // the next page; the help lists the page's own keys.
    void globalKeys()
    {
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        auto status = [&] { return t->line(t->size().height() - 1); };
        VERIFY_SCREEN(t->waitFor([&] { return status().contains(QLatin1String("every 1 s")); }, 10000), *t);
        t->type(QStringLiteral(" "));
        VERIFY_SCREEN(t->waitFor([&] { return status().contains(QLatin1String("paused")); }, 10000), *t);
        t->type(QStringLiteral(" "));
        VERIFY_SCREEN(t->waitFor([&] { return status().contains(QLatin1String("every 1 s")); }, 10000), *t);
        t->type(QStringLiteral("+"));
        VERIFY_SCREEN(t->waitFor([&] { return status().contains(QLatin1String("every ")) && !status().contains(QLatin1String("every 1 s")); },
                                 10000),
                      *t);
        t->type(QStringLiteral("-"));
        VERIFY_SCREEN(t->waitFor([&] { return status().contains(QLatin1String("every 1 s")); }, 10000), *t);
        // Tab: from Home to Processes, whose title line says so.
        t->key(VTermScreenTester::Tab);
        VERIFY_SCREEN(t->waitFor([&] { return t->line(1).startsWith(QLatin1String("Processes")); }, 10000), *t);
        t->type(QStringLiteral("?"));
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("sort by memory"), Qt::CaseInsensitive)
                                              || t->rowMatching(QStringLiteral("\\bM\\b.*memory")) >= 0; }, 10000),
                      *t);
        t->key(VTermScreenTester::Escape);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
    }

    // Applications: Enter opens kernel's supervision tree (kernel_sup under it), Left closes it.
    void applicationsTree()
    {
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        t->type(QStringLiteral("8"));
        VERIFY_SCREEN(t->waitFor([&] { return t->rowMatching(QStringLiteral("^\\W*kernel\\s")) > 0; }, 30000), *t);
        // kernel is the first row (the most memory of the applications; stdlib has no processes).
        const int kernel = t->rowMatching(QStringLiteral("^\\W*kernel\\s"));
        VERIFY_SCREEN(t->rowMatching(QStringLiteral("^\\W*(kernel|stdlib|\\(no application\\))\\s")) == kernel, *t);
        t->key(VTermScreenTester::Home);
        t->key(VTermScreenTester::Enter);
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("kernel_sup")); }, 30000), *t);
        t->key(VTermScreenTester::Left);
        VERIFY_SCREEN(t->waitFor([&] { return !t->contains(QStringLiteral("kernel_sup")); }, 15000), *t);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
    }

    // A crash still gives the terminal back (the handlers write the restoring sequences); the
    // agent leaves the node once its client is gone.
    void crashRestoresTerminal_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGSEGV") << int(SIGSEGV);
        QTest::newRow("SIGABRT") << int(SIGABRT);
    }

    void crashRestoresTerminal()
    {
        QFETCH(int, signalNumber);
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        verifyAttached();
        t->process().signal(signalNumber);
        VERIFY_SCREEN(t->process().waitForFinished(15000), *t);
        verifyRestored(*t);
        verifyNoTrace();
    }

    // Sizes down to a single cell, on every page and with the help open: it never crashes, and
    // draws the whole screen again when the terminal grows back.
    void tinyTerminals()
    {
        auto t = startOnNode();
        QVERIFY(t);
        VERIFY_SCREEN(waitLive(*t), *t);
        for (const QSize size : {QSize(20, 5), QSize(1, 1), QSize(5, 2), QSize(40, 3), QSize(2, 10), QSize(79, 23)}) {
            t->resize(size);
            for (const char page : QByteArray("123456789")) {
                t->type(QString(QLatin1Char(page)));
                t->type(QStringLiteral("?"));
                t->key(VTermScreenTester::Escape);
                t->key(VTermScreenTester::Down);
                t->key(VTermScreenTester::PageDown);
                t->key(VTermScreenTester::End);
            }
            t->waitForFrame(5000);
            VERIFY_SCREEN(t->process().isRunning(), *t);
        }
        t->resize(QSize(100, 30));
        t->type(QStringLiteral("1"));
        VERIFY_SCREEN(t->waitFor([&] { return statusShowsNode(*t, m_node.nodeName()) && body(*t).contains(m_node.nodeName()); },
                                 15000),
                      *t);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
        verifyRestored(*t, false);
    }

    // A terminal curses does not know: said in words, nothing drawn, not a crash.
    void unknownTerminal()
    {
        VTermScreenTester t;
        t.setTermType(QStringLiteral("no-such-terminal"));
        QVERIFY(t.start(QStringLiteral(BEAMTOP_CLI_PATH), QStringList{QStringLiteral("tui")} + connection(), environment()));
        VERIFY_SCREEN(t.process().waitForFinished(15000), t);
        QVERIFY2(t.process().exitedNormally() && t.process().exitCode() != 0, qPrintable(t.process().endText()));
        VERIFY_SCREEN(t.contains(QStringLiteral("TERM=no-such-terminal")), t);
        QCOMPARE(t.altScreenEntered(), 0);
        verifyNoTrace();
    }

    // Not on a terminal (output to a pipe): refused in words.
    void notATerminal()
    {
        test::CliRunOptions o(30000);
        o.env = environment();
        o.input = QByteArray();
        const test::CliRun r = test::runCli(QStringList{QStringLiteral("tui")} + connection(), o);
        QVERIFY2(r.exitCode > 0, r.err.constData());
        QVERIFY2(r.err.contains("terminal"), r.err.constData());
        QVERIFY2(!r.out.contains("\x1b[?1049h"), r.out.constData());
        verifyNoTrace();
    }

    // The node goes away: a banner says the link is lost and that it reconnects; the node
    // back under the same name, the pages fill again.
    void linkLostAndBack()
    {
        TestNode::Options o;
        o.name = QStringLiteral("bt_tui_") + TestNode::randomToken(8);
        o.cookie = TestNode::randomToken(20).toLatin1();
        TestNode node(o);
        QVERIFY(node.start());
        const QString cookieFile = node.writeCookieFile(m_dir.path());
        auto t = startTui({QStringLiteral("--node"), node.nodeName(), QStringLiteral("--cookie-file"), cookieFile});
        QVERIFY(t);
        VERIFY_SCREEN(t->waitFor([&] { return statusShowsNode(*t, node.nodeName()); }, 30000), *t);
        QTRY_COMPARE_WITH_TIMEOUT(node.eval(QStringLiteral("whereis(beamtop_agent_v2) =/= undefined")), QStringLiteral("true"),
                                  15000);
        node.kill();
        const QString lost = QStringLiteral("Link to %1 lost").arg(node.nodeName());
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(lost); }, 30000), *t);
        VERIFY_SCREEN(t->waitFor([&] { return t->contains(QStringLiteral("reconnecting"), Qt::CaseInsensitive); }, 30000), *t);
        QVERIFY(t->process().isRunning());
        VERIFY_SCREEN(t->altScreen(), *t);
        QVERIFY(node.start());
        // Back: the agent on the new node, the banner gone, the home page's data again.
        QTRY_COMPARE_WITH_TIMEOUT(node.eval(QStringLiteral("whereis(beamtop_agent_v2) =/= undefined")), QStringLiteral("true"),
                                  90000);
        VERIFY_SCREEN(t->waitFor([&] { return !t->contains(lost) && t->rowMatching(QLatin1String(PidPattern)) > 0; }, 30000),
                      *t);
        t->type(QStringLiteral("q"));
        QVERIFY(t->process().waitForFinished(15000));
        QCOMPARE(t->process().exitCode(), 0);
        verifyRestored(*t);
        QTRY_COMPARE_WITH_TIMEOUT(node.traceLeft(), QStringLiteral("clean"), 15000);
        node.stop();
    }

    // tui --demo: starts the bundled demo node, shows it, and stops it on q.
    void demo()
    {
        auto t = startTui({QStringLiteral("--demo")});
        QVERIFY(t);
        static const QRegularExpression demoName(QStringLiteral("beamtop_demo_[a-z0-9]+"));
        QString alive;
        VERIFY_SCREEN(t->waitFor([&] {
            const QString status = t->line(t->size().height() - 1);
            alive = demoName.match(status).captured();
            return t->altScreen() && !alive.isEmpty();
        }, 120000), *t);
        QVERIFY2(demoNamesInEpmd().contains(alive), qPrintable(alive));
        QVERIFY(!processesMentioning(alive).isEmpty());
        // The home page shows the demo's processes.
        VERIFY_SCREEN(t->waitFor([&] { return t->rowMatching(QLatin1String(PidPattern)) > 0; }, 30000), *t);
        t->type(QStringLiteral("q"));
        VERIFY_SCREEN(t->process().waitForFinished(20000), *t);
        QCOMPARE(t->process().exitCode(), 0);
        verifyRestored(*t);
        QTRY_VERIFY2_WITH_TIMEOUT(!demoNamesInEpmd().contains(alive), qPrintable(alive), 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(processesMentioning(alive).isEmpty(), qPrintable(processesMentioning(alive).join(QLatin1Char(' '))),
                                  15000);
    }

private:
    QTemporaryDir m_dir;
    TestNode m_node;
    QString m_cookieFile;
    QString m_bigPid, m_queuePid;
};

QTEST_GUILESS_MAIN(TestTui)
#include "tst_tui.moc"
