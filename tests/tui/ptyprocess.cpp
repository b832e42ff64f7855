// SPDX-License-Identifier: GPL-3.0-or-later
#include "ptyprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <vector>

#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace beamtop::test {

namespace {

winsize toWinsize(QSize size)
{
    winsize ws{};
    ws.ws_col = static_cast<unsigned short>(size.width());
    ws.ws_row = static_cast<unsigned short>(size.height());
    return ws;
}

} // namespace

PtyProcess::PtyProcess(QObject *parent) : QObject(parent) {}

PtyProcess::~PtyProcess()
{
    kill();
    if (m_master >= 0)
        ::close(m_master);
}

bool PtyProcess::start(const QString &program, const QStringList &args, const QProcessEnvironment &env, QSize size,
                       QString *error)
{
    if (m_pid > 0) {
        if (error)
            *error = QStringLiteral("already started");
        return false;
    }
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.remove(QStringLiteral("COLUMNS"));
    e.remove(QStringLiteral("LINES"));

    // Everything the child needs is made before fork: between fork and exec it only calls
    // async-signal-safe functions (this process has threads).
    std::vector<QByteArray> store;
    store.push_back(program.toLocal8Bit());
    for (const QString &a : args)
        store.push_back(a.toLocal8Bit());
    const size_t argc = store.size();
    for (const QString &kv : e.toStringList())
        store.push_back(kv.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (size_t i = 0; i < store.size(); ++i)
        (i < argc ? argv : envp).push_back(store[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    // The child reports a failed exec (its errno) through this pipe, closed by a successful exec.
    int execPipe[2];
    if (::pipe2(execPipe, O_CLOEXEC) != 0) {
        if (error)
            *error = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    winsize ws = toWinsize(size);
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, &ws);
    if (pid < 0) {
        if (error)
            *error = QStringLiteral("forkpty: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(execPipe[0]);
        ::close(execPipe[1]);
        return false;
    }
    if (pid == 0) {
        // What a shell would give it: default signal dispositions, nothing blocked.
        for (int s : {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH})
            ::signal(s, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::execve(argv[0], argv.data(), envp.data());
        const int e = errno;
        (void)!::write(execPipe[1], &e, sizeof e);
        _exit(127);
    }
    ::close(execPipe[1]);
    int execErrno = 0;
    ssize_t got;
    while ((got = ::read(execPipe[0], &execErrno, sizeof execErrno)) < 0 && errno == EINTR) {
    }
    ::close(execPipe[0]);
    if (got == ssize_t(sizeof execErrno)) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        ::close(master);
        if (error)
            *error = QStringLiteral("cannot run %1: %2").arg(program, QString::fromLocal8Bit(strerror(execErrno)));
        return false;
    }
    m_pid = pid;
    m_master = master;
    m_size = size;
    m_running = true;
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    // Other children of this process (test nodes) must not hold the terminal open.
    ::fcntl(m_master, F_SETFD, FD_CLOEXEC);
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { readAvailable(); });
    return true;
}

void PtyProcess::readAvailable()
{
    if (m_master < 0 || !m_notifier || !m_notifier->isEnabled())
        return;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(m_master, buf, sizeof buf);
        if (n > 0) {
            m_bytesRead += n;
            emit dataRead(QByteArray(buf, int(n)));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        // EIO (or 0): every holder of the terminal's other side has closed it.
        m_notifier->setEnabled(false);
        return;
    }
}

bool PtyProcess::write(const QByteArray &bytes)
{
    if (m_master < 0)
        return false;
    qsizetype done = 0;
    QDeadlineTimer deadline(5000);
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && !deadline.hasExpired()) {
            readAvailable(); // a program that writes while we write: keep both moving
            QEventLoop loop;
            QTimer::singleShot(5, &loop, &QEventLoop::quit);
            loop.exec();
        } else {
            return false;
        }
    }
    return true;
}

void PtyProcess::resize(QSize size)
{
    if (m_master < 0)
        return;
    m_size = size;
    winsize ws = toWinsize(size);
    // The kernel sends SIGWINCH to the terminal's foreground process group.
    ::ioctl(m_master, TIOCSWINSZ, &ws);
}

void PtyProcess::signal(int signalNumber)
{
    if (m_running && m_pid > 0)
        ::kill(m_pid, signalNumber);
}

void PtyProcess::hangup()
{
    if (m_master < 0)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    ::close(m_master);
    m_master = -1;
}

void PtyProcess::reap(int status)
{
    m_running = false;
    if (WIFEXITED(status)) {
        m_exited = true;
        m_exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        m_exitSignal = WTERMSIG(status);
    }
    readAvailable(); // what it wrote last (restoring the terminal) is still in the buffer
}

bool PtyProcess::isRunning()
{
    if (!m_running)
        return false;
    int status = 0;
    const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
    if (r == m_pid)
        reap(status);
    return m_running;
}

bool PtyProcess::waitForFinished(int timeoutMs)
{
    if (!isRunning())
        return true;
    QEventLoop loop;
    QTimer poll;
    // No SIGCHLD handler here (it would be process-wide): the child's state is polled.
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!isRunning())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !isRunning();
}

QString PtyProcess::endText() const
{
    if (m_running)
        return QStringLiteral("running");
    if (m_exited)
        return QStringLiteral("exit code %1").arg(m_exitCode);
    if (m_exitSignal)
        return QStringLiteral("killed by signal %1").arg(m_exitSignal);
    return QStringLiteral("not started");
}

void PtyProcess::kill()
{
    if (!m_running)
        return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    reap(status);
}

} // namespace beamtop::test
