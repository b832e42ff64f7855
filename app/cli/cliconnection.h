// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentclient.h"
#include "command.h"
#include "node/nodeconnection.h"
#include "profiles/profile.h"

#include <QCommandLineOption>
#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace beamtop {

class DemoNode;
class NodeSession;

// The connection options every command that talks to a node takes (--node or --profile, the
// cookie, ports, names, timeout, agent, syntax), and the NodeSession they open: the same
// session the desktop's windows use. Once it is live the command starts; when the command
// finishes the session detaches from the node and the program exits with its code.
class CliConnection : public QObject
{
    Q_OBJECT
public:
    static QList<QCommandLineOption> options();
    // When a profile's cookie cannot be read from the keychain (no Secret Service, refused,
    // timed out): what happened, and the user's two ways on, in plain words. Never a fallback
    // to a cookie in plain text.
    static QString keychainFailureText(const QString &profileName, const QString &node, const QString &error);

    CliConnection(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // Reads the connection options: Ok, or an exit code with the reason printed.
    int parse(const QCommandLineParser &p);
    // Connects (reading the profile's cookie first where it has to), then runs command on the
    // session. The program exits when the command has finished and the session is closed.
    void open(Command *command);
    // Ctrl+C or SIGTERM: the command's to handle once it runs; before, the connection ends.
    void interrupt(int signalNumber);

private:
    int usage(const QString &message);
    bool parsePort(const QCommandLineParser &p, const QString &name, quint16 *port);
    int parseProfile(const QCommandLineParser &p);
    void connectNow();
    void onLive();
    void startDemo();
    void close(int exitCode);
    void exitNow(int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
    ConnectOptions m_options;
    AgentClient::Options m_agentOptions;
    AgentClient::SyntaxChoice m_syntax = AgentClient::SyntaxChoice::Auto;
    Command::Context m_context;
    std::optional<Profile> m_profile;
    bool m_haveCookie = false;
    bool m_demo = false;          // --demo: the node is the bundled demo, started here
    DemoNode *m_demoNode = nullptr;
    Command *m_command = nullptr;
    NodeSession *m_session = nullptr;
    bool m_started = false;
    bool m_closing = false;
    int m_interrupts = 0;
    QElapsedTimer m_clock;
    qint64 m_connectMs = 0;
};

} // namespace beamtop
