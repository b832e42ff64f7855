// SPDX-License-Identifier: GPL-3.0-or-later
#include "testnode.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace beamtop::test {

namespace {
// The control loop: reads one expression per line, evaluates it, prints the result with a
// marker. Runs as the node's -eval, so it needs no module of its own. A line may come as a
// binary: starting Elixir on the node switches standard_io to binary mode.
const char ControlLoop[] =
    "Loop = fun Loop() -> "
    "  case io:get_line('') of "
    "    eof -> erlang:halt(0); "
    "    Line -> "
    "      [Id, Expr] = string:split(string:trim(unicode:characters_to_list(Line)), \" \"), "
    "      Out = try "
    "          {ok, T, _} = erl_scan:string(Expr ++ \".\"), "
    "          {ok, E} = erl_parse:parse_exprs(T), "
    "          {value, V, _} = erl_eval:exprs(E, []), "
    "          io_lib:format(\"~w\", [V]) "
    "        catch C:R -> io_lib:format(\"ERROR: ~w:~w\", [C, R]) end, "
    "      io:put_chars([\"@@R \", Id, \" \", Out, \"\\n\"]), "
    "      Loop() "
    "  end "
    "end, io:put_chars(\"@@READY\\n\"), Loop().";

// Every thread of the process is in the stopped state (/proc/PID/task/TID/stat, the state
// letter after the command name in parentheses).
bool allThreadsStopped(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    const QStringList tids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (tids.isEmpty())
        return false;
    for (const QString &tid : tids) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // the thread is gone
        const QByteArray line = stat.readAll();
        const int at = line.lastIndexOf(')');
        if (at < 0 || at + 2 >= line.size())
            return false;
        const char state = line.at(at + 2);
        if (state != 'T' && state != 't')
            return false;
    }
    return true;
}

} // namespace

QString TestNode::writeCookieFile(const QString &dir) const
{
    const QString path = dir + QLatin1Char('/') + m_alive + QStringLiteral(".cookie");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(m_cookie + '\n');
    return path;
}

bool TestNode::elixirOptions(Options *out)
{
    const QString ebin = QStringLiteral("/usr/lib/elixir/lib/elixir/ebin");
    if (!QFile::exists(ebin + QStringLiteral("/elixir.app")))
        return false;
    out->extraArgs << QStringLiteral("-pa") << ebin;
    return true;
}

QString TestNode::randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]));
    return s;
}

TestNode::TestNode() : TestNode(Options{}) {}

TestNode::TestNode(Options options) : m_opts(std::move(options))
{
    m_alive = m_opts.name.isEmpty() ? QStringLiteral("bt_test_") + randomToken(8) : m_opts.name;
    m_cookie = m_opts.cookie.isEmpty() ? randomToken(20).toLatin1() : m_opts.cookie;
    m_host = m_opts.longName ? QStringLiteral("127.0.0.1") : NodeName::localShortHost();
    m_proc.setProcessChannelMode(QProcess::SeparateChannels);
}

TestNode::~TestNode()
{
    kill();
}

QString TestNode::nodeName() const
{
    return m_alive + QLatin1Char('@') + m_host;
}

qint64 TestNode::osPid() const
{
    return m_proc.processId();
}

bool TestNode::isRunning() const
{
    return m_proc.state() == QProcess::Running;
}

bool TestNode::start(int timeoutMs)
{
    QStringList args;
    args << (m_opts.longName ? QStringLiteral("-name") : QStringLiteral("-sname")) << nodeName()
         << QStringLiteral("-setcookie") << QString::fromLatin1(m_cookie) << QStringLiteral("-noshell");
    if (m_opts.tickTime > 0)
        args << QStringLiteral("-kernel") << QStringLiteral("net_ticktime") << QString::number(m_opts.tickTime);
    if (m_opts.distPort > 0)
        args << QStringLiteral("-kernel") << QStringLiteral("inet_dist_listen_min") << QString::number(m_opts.distPort)
             << QStringLiteral("-kernel") << QStringLiteral("inet_dist_listen_max") << QString::number(m_opts.distPort);
    args << m_opts.extraArgs << QStringLiteral("-eval") << QString::fromLatin1(ControlLoop);
    m_buffer.clear();
    m_proc.start(QStringLiteral(BEAMTOP_ERL), args);
    if (!m_proc.waitForStarted(timeoutMs))
        return false;
    QDeadlineTimer dl(timeoutMs);
    while (!m_buffer.contains("@@READY\n")) {
        if (dl.hasExpired() || m_proc.state() != QProcess::Running)
            return false;
        m_proc.waitForReadyRead(int(qMax<qint64>(1, dl.remainingTime())));
        m_buffer += m_proc.readAllStandardOutput();
    }
    m_buffer.clear();
    return true;
}

void TestNode::kill()
{
    if (m_proc.state() == QProcess::NotRunning)
        return;
    resume(); // a stopped process cannot die until it runs again
    m_proc.kill();
    m_proc.waitForFinished(10000);
}

void TestNode::stop()
{
    if (m_proc.state() == QProcess::NotRunning)
        return;
    m_proc.closeWriteChannel(); // the control loop halts on EOF
    if (!m_proc.waitForFinished(5000))
        kill();
}

void TestNode::suspend()
{
    if (m_proc.processId() <= 0)
        return;
    ::kill(pid_t(m_proc.processId()), SIGSTOP);
    // A thread stops only when it next runs: on a busy machine the node's schedulers may go on
    // answering for a moment. Return once every thread is stopped (bounded).
    QDeadlineTimer dl(5000);
    while (!allThreadsStopped(m_proc.processId()) && !dl.hasExpired())
        QThread::msleep(2);
}

void TestNode::resume()
{
    if (m_proc.processId() > 0)
        ::kill(pid_t(m_proc.processId()), SIGCONT);
}

ConnectOptions TestNode::connectOptions() const
{
    ConnectOptions o;
    o.node = nodeName();
    o.cookie = m_cookie;
    o.connectTimeoutMs = 5000;
    o.autoReconnect = false;
    return o;
}

QString TestNode::eval(const QString &expression, int timeoutMs)
{
    if (m_proc.state() != QProcess::Running)
        return QStringLiteral("ERROR: node not running");
    const QByteArray id = QByteArray::number(++m_evalCounter);
    QString flat = expression;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_proc.write(id + ' ' + flat.toUtf8() + '\n');
    const QByteArray marker = "@@R " + id + ' ';
    QDeadlineTimer dl(timeoutMs);
    while (true) {
        const int at = m_buffer.indexOf(marker);
        if (at >= 0) {
            const int end = m_buffer.indexOf('\n', at);
            if (end >= 0) {
                const QByteArray out = m_buffer.mid(at + marker.size(), end - at - marker.size());
                m_buffer.remove(0, end + 1);
                return QString::fromUtf8(out);
            }
        }
        if (dl.hasExpired() || m_proc.state() != QProcess::Running)
            return QStringLiteral("ERROR: no answer from the test node");
        m_proc.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(100, dl.remainingTime()))));
        m_buffer += m_proc.readAllStandardOutput();
    }
}

QString TestNode::startMnesia(const QString &dir, const QString &tables)
{
    return eval(QStringLiteral("application:load(mnesia), application:set_env(mnesia, dir, \"%1\"), "
                               "ok = mnesia:create_schema([node()]), ok = mnesia:start(), %2ok")
                    .arg(dir, tables.isEmpty() ? QString() : tables + QStringLiteral(", ")),
                30000);
}

bool TestNode::loadModule(const QString &source)
{
    QString quoted = source;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    const QString expr = QStringLiteral(
        "{ok, Toks, _} = erl_scan:string(\"%1\"), "
        "Forms = [begin {ok, F} = erl_parse:parse_form(Ts), F end || Ts <- "
        "  lists:foldr(fun({dot, _} = D, Acc) -> [[D] | Acc]; (T, [Cur | Rest]) -> [[T | Cur] | Rest] end, [[]], Toks), Ts =/= []], "
        "{ok, M, B} = compile:forms(Forms, [binary]), "
        "code:load_binary(M, atom_to_list(M) ++ \".erl\", B)").arg(quoted);
    return eval(expr).startsWith(QLatin1String("{module,"));
}

bool TestNode::loadHelper()
{
    return loadModule(QStringLiteral("-module(bt_test_helper). -export([echo_after/2, big_binary/1]). "
                                     "echo_after(Ms, X) -> timer:sleep(Ms), X. "
                                     "big_binary(N) -> binary:copy(<<7>>, N)."));
}

bool TestNode::loadSchedulerHog()
{
    return loadModule(QStringLiteral(
        "-module(bt_hog). -export([stall/1]). "
        "stall(Ms) -> spawn_opt(fun() -> control(Ms) end, [{priority, max}]), ok. "
        "control(Ms) -> receive after 200 -> ok end, "
        "  N = erlang:system_info(schedulers_online), "
        "  Spinners = [spawn_opt(fun spin/0, [{priority, high}, {scheduler, I}]) || I <- lists:seq(1, N)], "
        "  receive after Ms -> ok end, "
        "  [exit(P, kill) || P <- Spinners], ok. "
        "spin() -> spin()."));
}

QString TestNode::traceLeft()
{
    const QString r = eval(QStringLiteral(
        "Mods = [M || M <- erlang:loaded(), lists:prefix(\"beamtop\", atom_to_list(M))], "
        "Procs = [P || P <- processes(), case process_info(P, current_function) of "
        "  {current_function, {M, _, _}} -> lists:prefix(\"beamtop\", atom_to_list(M)); _ -> false end], "
        "case {Mods, Procs, whereis(beamtop_agent_v2)} of {[], [], undefined} -> clean; Left -> Left end"));
    return r;
}

qint64 TestNode::evalInt(const QString &expression, int timeoutMs)
{
    bool ok = false;
    const qint64 v = eval(expression, timeoutMs).toLongLong(&ok);
    return ok ? v : -1;
}

} // namespace beamtop::test

#if defined(__SANITIZE_THREAD__)
// Under ThreadSanitizer only. QProcess (Qt 6.4) starts children with clone(CLONE_VM | CLONE_VFORK),
// and the runtime's clone interceptor then runs its after-fork code in the child, in the
// parent's memory: it marks the parent as forked (its next thread dies: "starting new threads
// after multi-threaded fork") and makes the parent's calling thread ignore every access from
// then on, so races on it go unseen. Without those two flags the child is an ordinary fork,
// which the runtime handles (Qt uses the same path when it cannot vfork); erl and beamtop-cli
// start as before. Every process that starts nodes links this file.
#include <dlfcn.h>
#include <sched.h>

#include <cstdarg>

extern "C" int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
    va_list ap;
    va_start(ap, arg);
    pid_t *parentTid = va_arg(ap, pid_t *);
    void *tls = va_arg(ap, void *);
    pid_t *childTid = va_arg(ap, pid_t *);
    va_end(ap);
    using Clone = int (*)(int (*)(void *), void *, int, void *, ...);
    static const auto next = reinterpret_cast<Clone>(dlsym(RTLD_NEXT, "clone")); // the runtime's
    if ((flags & CLONE_VM) && (flags & CLONE_VFORK))
        flags &= ~(CLONE_VM | CLONE_VFORK);
    return next(fn, stack, flags, arg, parentTid, tls, childTid);
}
#endif
