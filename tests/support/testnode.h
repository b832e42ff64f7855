// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/nodeconnection.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace beamtop::test {

// A real `erl` node for a test: random name and cookie, a control channel on stdin/stdout
// that evaluates Erlang expressions on the node (an independent view, not through Beamtop),
// and always stopped (SIGKILL at the latest in the destructor).
class TestNode
{
public:
    struct Options
    {
        bool longName = false;
        int tickTime = 0;          // net_ticktime in seconds; 0: the default (60)
        quint16 distPort = 0;      // pin the distribution port (inet_dist_listen_min/max)
        QStringList extraArgs;     // more erl arguments
        QString name;              // alive name; empty: random
        QByteArray cookie;         // empty: random
    };

    TestNode();
    explicit TestNode(Options options);
    ~TestNode();
    TestNode(const TestNode &) = delete;
    TestNode &operator=(const TestNode &) = delete;

    // Starts the node and waits until it answers on the control channel.
    bool start(int timeoutMs = 30000);
    void kill();                     // SIGKILL, waits for the process to go
    void stop();                     // halt() through the control channel, then kill
    void suspend();                  // SIGSTOP; returns once the node is stopped
    void resume();                   // SIGCONT
    bool isRunning() const;

    QString nodeName() const;        // alive@host
    QString aliveName() const { return m_alive; }
    QByteArray cookie() const { return m_cookie; }
    qint64 osPid() const;
    ConnectOptions connectOptions() const;

    // Evaluates one Erlang expression (no trailing dot needed) on the node and returns the
    // result printed with ~w. On failure returns "ERROR: ..." text.
    QString eval(const QString &expression, int timeoutMs = 15000);
    qint64 evalInt(const QString &expression, int timeoutMs = 15000);
    // Makes the node a Mnesia disc node (its schema on disc in dir) and starts Mnesia, then
    // evaluates tables (expressions creating and filling tables; "" for none). "ok" or the error.
    QString startMnesia(const QString &dir, const QString &tables = QString());

    // Compiles and loads bt_test_helper on the node: echo_after(Ms, X) sleeps then returns X;
    // big_binary(Bytes) returns a binary of that size. For driving the connection in tests.
    bool loadHelper();
    // Compiles and loads bt_hog: bt_hog:stall(Ms) returns at once; 200 ms later one
    // high-priority process that never waits runs bound to each scheduler (spawn_opt's
    // undocumented {scheduler, N}, as OTP's own tests use it: left free, the balancer lets
    // normal work through every second or so), starving every normal process (rex, the agent)
    // for Ms, then a max-priority process kills them. Ask for it over a link the test does not
    // wait on: its answer may be held up by the stall itself.
    bool loadSchedulerHog();
    // Compiles Erlang source (no preprocessor) on the node and loads it.
    bool loadModule(const QString &source);
    // No module named beamtop*, no process running such code, no agent registered.
    // Returns "clean" or what is left.
    QString traceLeft();

    // Writes the cookie to <dir>/<alive>.cookie (owner-only) and returns the path, for
    // --cookie-file.
    QString writeCookieFile(const QString &dir) const;

    static QString randomToken(int length = 12);
    // Options for a node that can start Elixir (Debian's Elixir on its code path); false when
    // Elixir is not installed (scripts/deps.sh installs it).
    static bool elixirOptions(Options *out);

private:
    Options m_opts;
    QString m_alive;
    QString m_host;
    QByteArray m_cookie;
    QProcess m_proc;
    QByteArray m_buffer;
    int m_evalCounter = 0;
};

} // namespace beamtop::test
