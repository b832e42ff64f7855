// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalwatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace beamtop {

namespace {

int s_fds[2] = {-1, -1};
// SIGHUP: the terminal went away (a closed window, a dropped ssh); the tui restores what it
// can and detaches like on SIGTERM.
constexpr int Watched[] = {SIGINT, SIGTERM, SIGHUP};
constexpr int WatchedCount = int(sizeof Watched / sizeof Watched[0]);
struct sigaction s_previous[WatchedCount];

extern "C" void onSignal(int number)
{
    // Async-signal-safe only: one write, errno kept for the code we interrupted.
    const int saved = errno;
    const char byte = char(number);
    [[maybe_unused]] const ssize_t n = ::write(s_fds[0], &byte, 1);
    errno = saved;
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    if (s_fds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_fds) != 0)
        return;
    // A full pipe must never block the handler: further signals are simply dropped then.
    ::fcntl(s_fds[0], F_SETFL, ::fcntl(s_fds[0], F_GETFL) | O_NONBLOCK);
    ::fcntl(s_fds[1], F_SETFL, ::fcntl(s_fds[1], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readSignal);
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int i = 0; i < WatchedCount; ++i) {
        ::sigaction(Watched[i], nullptr, &s_previous[i]);
        // Under nohup a hang-up stays ignored: a recording left running must outlive its terminal.
        if (Watched[i] == SIGHUP && s_previous[i].sa_handler == SIG_IGN)
            continue;
        ::sigaction(Watched[i], &sa, nullptr);
    }
}

SignalWatcher::~SignalWatcher()
{
    if (!m_notifier)
        return;
    for (int i = 0; i < WatchedCount; ++i)
        ::sigaction(Watched[i], &s_previous[i], nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(s_fds[0]);
    ::close(s_fds[1]);
    s_fds[0] = s_fds[1] = -1;
}

void SignalWatcher::readSignal()
{
    char bytes[16];
    const ssize_t n = ::read(s_fds[1], bytes, sizeof bytes);
    for (ssize_t i = 0; i < n; ++i)
        emit received(int(bytes[i]));
}

} // namespace beamtop
