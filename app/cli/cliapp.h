#pragma once

#include "agent/agentclient.h"
#include "collect/processcollector.h"
#include "collect/processinspector.h"
#include "collect/schedulercollector.h"
#include "collect/systemcollector.h"
#include "node/nodeclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace beamtop {

class RecordCommand;
class SignalWatcher;

// beamtop-cli: the same collection as the desktop app, headless.
class CliApp : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2, ConnectFailed = 3, RemoteError = 4 };

    // When a profile's cookie cannot be read from the keychain (no Secret Service, refused,
    // timed out): what happened, and the user's two ways on, in plain words. Never a fallback
    // to a cookie in plain text.
    static QString keychainFailureText(const QString &profileName, const QString &node, const QString &error);

    explicit CliApp(QObject *parent = nullptr);
    // Parses the arguments and starts; returns -1 when running (the event loop decides the exit
    // code through QCoreApplication::exit), or an exit code when done already.
    int start(const QStringList &arguments);

private:
    int usage(const QString &message);
    int startWithProfile(const QCommandLineParser &parser);
    // --epmd-port / --dist-port: false (after printing the usage) unless a port number 1..65535.
    bool parsePort(const QCommandLineParser &parser, const QString &name, quint16 *port);
    void runNodes();
    void connectAndRun();
    void onAgentReady();
    void takeSnapshot();
    void onSample(const SystemSample &sample);
    void finish(int code);
    void printText(const SystemSample &s);
    void fetchTop();
    void onPage(const ProcessRanking &page);
    void printTop(const ProcessRanking &page);
    void done(int code);
    void runProcess();
    void runRecord();
    void fetchSchedulers();
    void schedulersLanded();
    void printTextSnapshot();
    void onInterrupt(int signalNumber);

    QTextStream m_out;
    QTextStream m_err;
    QString m_command;
    QString m_format = QStringLiteral("json");
    QString m_host;
    int m_timeoutMs = 5000;
    int m_repeat = 1;
    int m_intervalMs = 1000;
    int m_done = 0;
    bool m_pretty = false;
    bool m_verbose = false;
    ConnectOptions m_options;
    AgentClient::Options m_agentOptions;
    NodeClient *m_node = nullptr;
    AgentClient *m_agent = nullptr;
    SystemCollector *m_system = nullptr;
    ProcessCollector *m_procs = nullptr;
    ProcessQuery m_query;
    bool m_watch = false;
    AgentClient::SyntaxChoice m_syntax = AgentClient::SyntaxChoice::Auto;
    TermFormatter formatter() const;
    QString m_pidText;
    int m_messages = 0;
    bool m_force = false;
    double m_budget = 0.02;
    std::optional<SystemSample> m_pendingSnapshot; // waits for its processes section
    // The snapshot's schedulers section: read beside the processes, printed with them.
    SchedulerCollector *m_scheds = nullptr;
    std::optional<SchedulerSample> m_lastSched;
    QString m_schedError;
    bool m_schedPending = false;
    std::optional<ProcessRanking> m_waitingPage;
    std::optional<SystemSample> m_pendingText; // a text snapshot waiting for its schedulers
    // record
    qint64 m_durationMs = 60000;
    QString m_outPath;
    RecordCommand *m_record = nullptr;
    SignalWatcher *m_signals = nullptr; // record: Ctrl+C and SIGTERM end it cleanly
    int m_interrupts = 0;
    QElapsedTimer m_rankClock;
    QElapsedTimer m_clock;
    qint64 m_connectMs = 0;
};

} // namespace beamtop
