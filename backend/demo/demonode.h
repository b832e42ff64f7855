// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/nodeconnection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

class QTemporaryDir;

namespace beamtop {

class EpmdClient;

// The demo node behind `beamtop --demo`: a local `erl` running the bundled demo workload under
// a random short name and a random cookie. Its stdin is a pipe this object holds open; the
// demo halts when it reads EOF, so it goes away with Beamtop even if Beamtop is killed. The
// destructor also stops it.
//
// The cookie never appears on a command line (where `ps` would show it to other users, who
// could then run code as this user on the node): it is written to a private HOME directory
// as .erlang.cookie, which is where erl reads it from.
class DemoNode : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        Preparing,   // extracting the beams
        Starting,    // erl is starting
        Registering, // waiting for the name to appear in EPMD
        Running,     // registered: connectOptions() are good
        Failed,
        Stopped,
    };
    Q_ENUM(Stage)

    explicit DemoNode(QObject *parent = nullptr);
    ~DemoNode() override;

    // Whether this build carries the demo's beams.
    static bool hasBundledBeams();
    // Use the beams in this directory instead of the bundled ones (development, tests). When
    // unset, the BEAMTOP_DEMO_EBIN environment variable is honoured if it holds the demo.
    void setEbinDir(const QString &dir) { m_ebinOverride = dir; }
    void setErlExecutable(const QString &path) { m_erl = path; }

    // Asynchronous: emits ready() or failed() once.
    void start(int timeoutMs = 60000);
    // Closes stdin (the demo halts on EOF) and waits briefly, then kills. Blocks for at most
    // about two seconds.
    void stop();

    Stage stage() const { return m_stage; }
    static QString stageText(Stage stage);
    QString nodeName() const;
    ConnectOptions connectOptions() const;
    qint64 processId() const { return m_proc.processId(); }
    // The last lines the node printed, for error messages.
    QString outputTail() const;

signals:
    void stageChanged(beamtop::DemoNode::Stage stage);
    void ready(const beamtop::ConnectOptions &options);
    void failed(const QString &error);
    // The node went away on its own after it was ready.
    void exited(int exitCode);

private:
    bool prepareEbin(QString *ebin, QString *error);
    void pollEpmd();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &error);
    void setStage(Stage s);
    static void removeStaleDirs();

    Stage m_stage = Stage::Idle;
    QString m_ebinOverride;
    QString m_erl;
    QString m_alive;
    QString m_host;
    QByteArray m_cookie;
    QProcess m_proc;
    QByteArray m_output;
    std::unique_ptr<QTemporaryDir> m_dir;
    EpmdClient *m_epmd = nullptr;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    int m_timeoutMs = 60000;
};

} // namespace beamtop
