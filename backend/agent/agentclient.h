#pragma once

#include "node/nodeclient.h"
#include "term/termformatter.h"

#include <QElapsedTimer>
#include <QObject>

namespace beamtop {

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

    static constexpr const char *ModuleName = "beamtop_agent_v1";

    explicit AgentClient(NodeClient *node, QObject *parent = nullptr);
    AgentClient(NodeClient *node, Options options, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString modeText() const;
    QString reducedReason() const { return m_reducedReason; }
    // How the agent got onto the node this time: "already loaded", "loaded", "compiled on node".
    QString loadPath() const { return m_loadPath; }
    qint64 loadTimeMs() const { return m_loadTimeMs; }
    NodeClient *node() const { return m_node; }

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
    void loadBinary();
    void compileOnNode();
    void attach();
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
    qint64 m_lastBusyUs = -1;
    qint64 m_lastSinceUs = 0;
};

} // namespace beamtop
