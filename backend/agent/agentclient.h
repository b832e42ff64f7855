// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/nodeclient.h"
#include "term/termformatter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

#include <functional>

namespace beamtop {

// The answer to one agent request: the agent's {ok, Value} or {error, Reason}, or the reason
// the request never got one (timeout, link lost, reply too large...).
struct AgentReply
{
    enum class Status {
        Ok,        // value holds V of {ok, V}
        Refused,   // the agent answered {error, Reason}: reason holds it
        Failed,    // no answer from the agent: see call
        NoAgent,   // the agent is not loaded (reduced mode, or not yet)
    };
    Status status = Status::NoAgent;
    Term value;
    Term reason;
    CallResult::Status callStatus = CallResult::Status::Ok;
    QString message;     // for anything but Ok: a plain sentence for people
    qint64 replyBytes = 0; // the reply's size as the node encoded it

    bool ok() const { return status == Status::Ok; }
    // The agent timed out on the node, or the call timed out on the way.
    bool timedOut() const;
};

// Loads Beamtop's agent into the node on connect, attaches to it, and detaches on a clean
// disconnect. When the node refuses the bundled beam (another OTP release) the bundled source
// is compiled on the node; when no code can be loaded at all, Beamtop runs in a reduced mode on
// plain BIF calls and says so.
class AgentClient : public QObject
{
    Q_OBJECT
public:
    enum class Mode { None, Loading, Full, Reduced };
    Q_ENUM(Mode)

    struct Options
    {
        bool useAgent = true;       // false: reduced mode on purpose (--no-agent)
        int callTimeoutMs = 5000;
        // Test hook: send a broken beam first so the node refuses it (exercises compile-on-node).
        bool corruptBinaryForTest = false;
    };

    using ReplyHandler = std::function<void(const AgentReply &)>;

    static constexpr const char *ModuleName = "beamtop_agent_v2";
    static constexpr int ProtocolVersion = 2;

    explicit AgentClient(NodeClient *node, QObject *parent = nullptr);
    AgentClient(NodeClient *node, Options options, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString modeText() const;
    QString reducedReason() const { return m_reducedReason; }
    // The agent was not loaded because the node's atom table is nearly full: the reduced mode
    // then also avoids calls that make the emulator add atoms (see SystemCollector).
    bool atomTableNearlyFull() const { return m_atomTableNearlyFull; }
    // How the agent got onto the node this time: "already loaded", "loaded", "compiled on node".
    QString loadPath() const { return m_loadPath; }
    qint64 loadTimeMs() const { return m_loadTimeMs; }
    NodeClient *node() const { return m_node; }

    // The one way to ask the agent anything: beamtop_agent_v2:request(Type, Args). args is a
    // map (timeout_ms and max_bytes bound the work on the node; the call's own timeout adds a
    // margin for the round trip). The handler runs once, in this object's thread, unless
    // context is gone by then.
    RequestId request(const char *type, const Term &args, int timeoutMs, QObject *context, ReplyHandler handler);
    // What the attached agent can do (request types), and which kinds it can rank. Another
    // Beamtop build may have loaded the agent first; features follow what it reports.
    bool can(const char *type) const { return m_capabilities.contains(QLatin1String(type)); }
    bool canRank(const char *kind) const { return m_rankKinds.contains(QLatin1String(kind)); }
    int agentVersion() const { return m_agentVersion; }
    // A plain sentence for an agent's {error, Reason}.
    static QString reasonText(const Term &reason);
    // The node could not start the process a call needs: rex answered {badrpc, {'EXIT',
    // system_limit}} (it spawns one per call), or the agent answered {error, system_limit}.
    static bool atProcessLimit(const CallResult &r);
    static QString processLimitText();
    // How many atoms the bundled beam names (its atom chunk); loading it adds at most these.
    static qint64 bundledAtomCount();

    // Known once ready(): the node's Elixir version, empty for a plain Erlang node.
    QString elixirVersion() const { return m_elixirVersion; }
    bool runsElixir() const { return !m_elixirVersion.isEmpty(); }
    // Terms print in Elixir syntax on Elixir nodes unless the user chose otherwise.
    enum class SyntaxChoice { Auto, Erlang, Elixir };
    TermSyntax preferredSyntax(SyntaxChoice choice = SyntaxChoice::Auto) const;

    // Detaches from the agent (it unloads itself when no Beamtop is left) and then
    // disconnects. Emits detached() when done, also if the node does not answer in time.
    void detachAndDisconnect(int timeoutMs = 3000);
    // Asks the agent what its own work has cost the node since it started.
    void requestCost();
    // The share of one scheduler the agent may spend on everything it does (0.02 = 2 %, the
    // agent's default). Kept for this connection: applied again when the agent is reloaded.
    void setBudget(double fraction);
    double budget() const { return m_budget; }

    static QByteArray bundledBeam();
    static QByteArray bundledSource();
    static QByteArray bundledMd5(); // beam_lib:md5 of the bundled beam (16 bytes)

signals:
    void ready(beamtop::AgentClient::Mode mode);
    void detached();
    // busyFraction: share of one scheduler the agent's own work took since the last report.
    void costUpdated(double busyFraction, qint64 busyUs, qint64 sinceUs);

private:
    void onConnected();
    void checkLoaded();
    void loadWhenAtomRoom(bool compile);
    void loadBinary();
    void compileOnNode();
    void attach(bool loadedByUs);
    void waitForSlowLoad(const QString &timeoutText);
    // How long Beamtop waits, after a load call timed out, for the node's code server to get to
    // the load (once per connection).
    static constexpr int SlowLoadWaitMs = 30000;
    void removeUnstartedAgent(const QString &why);
    // A plain call, sent again (up to attempts in all) while the node is at its process limit.
    void callRetrying(const QString &module, const QString &function, const QVector<Term> &args, int attempts,
                      std::function<void(const CallResult &)> handler);
    void becomeReduced(const QString &why);
    void setMode(Mode m);

    NodeClient *m_node;
    Options m_options;
    Mode m_mode = Mode::None;
    QString m_reducedReason;
    QString m_loadPath;
    QString m_elixirVersion;
    QElapsedTimer m_loadClock;
    qint64 m_loadTimeMs = 0;
    int m_generation = 0;
    bool m_waitedForSlowLoad = false; // this connection waited once for a slow load already
    qint64 m_lastBusyUs = -1;
    qint64 m_lastSinceUs = 0;
    QSet<QString> m_capabilities;
    QSet<QString> m_rankKinds;
    int m_agentVersion = 0;
    double m_budget = -1; // -1: the agent's default
    bool m_atomTableNearlyFull = false;
};

} // namespace beamtop
