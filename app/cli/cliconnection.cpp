// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliconnection.h"

#include "demo/demonode.h"
#include "node/connecterror.h"
#include "node/cookie.h"
#include "node/nodeclient.h"
#include "node/nodename.h"
#include "profiles/profilecookie.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profilescommand.h"
#include "session/nodesession.h"

#include "collect/processcollector.h"
#include "collect/schedulercollector.h"
#include "collect/systemcollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

namespace beamtop {

CliConnection::CliConnection(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_out(out), m_err(err)
{
}

QList<QCommandLineOption> CliConnection::options()
{
    return {
        {{QStringLiteral("n"), QStringLiteral("node")}, tr("The node, name@host (else BEAMTOP_NODE)."), tr("NODE")},
        {QStringLiteral("profile"), tr("Connect through the saved profile NAME (node, ports, cookie from the system keychain)."), tr("NAME")},
        {QStringLiteral("cookie-file"), tr("Read the cookie from FILE (else BEAMTOP_COOKIE, else ~/.erlang.cookie)."), tr("FILE")},
        {QStringLiteral("cookie-stdin"), tr("Read the cookie from the first line of standard input.")},
        {QStringLiteral("timeout"), tr("Timeout for connecting and for each call, in ms (default 5000)."), tr("MS"), QStringLiteral("5000")},
        {QStringLiteral("no-agent"), tr("Do not load the agent; use plain calls (reduced mode).")},
        {QStringLiteral("long-names"), tr("Name Beamtop with a long name (default: mirror the node's name).")},
        {QStringLiteral("short-names"), tr("Name Beamtop with a short name.")},
        {QStringLiteral("epmd-port"), tr("EPMD port on the node's host (default %1).").arg(defaultEpmdPort()), tr("PORT"),
         QString::number(defaultEpmdPort())},
        {QStringLiteral("dist-port"), tr("Connect to this distribution port directly, without EPMD (for tunnels)."), tr("PORT")},
        {QStringLiteral("syntax"), tr("How terms are written: auto (Elixir syntax on Elixir nodes), erlang or elixir."),
         tr("SYNTAX"), QStringLiteral("auto")},
        {QStringLiteral("verbose"), tr("Print timings and progress to stderr.")},
    };
}

QString CliConnection::keychainFailureText(const QString &profileName, const QString &node, const QString &error)
{
    return tr("Could not read the cookie of the profile “%1” from the system keychain: %2\n"
              "Beamtop never falls back to keeping the cookie in plain text. You can:\n"
              "  - point the profile at a cookie file instead:\n"
              "      beamtop-cli profiles remove %1\n"
              "      beamtop-cli profiles add %1 --node %3 --cookie-file FILE --keep-cookie-file\n"
              "  - or give the cookie for this run only: --cookie-file FILE, or --cookie-stdin to pipe it in.")
        .arg(profileName, error, node);
}

int CliConnection::usage(const QString &message)
{
    m_err << message << '\n' << tr("Run beamtop-cli --help for the commands and connection options.") << Qt::endl;
    return Command::Usage;
}

bool CliConnection::parsePort(const QCommandLineParser &p, const QString &name, quint16 *port)
{
    bool ok = false;
    const uint value = p.value(name).toUInt(&ok);
    if (!ok || value == 0 || value > 65535) {
        usage(tr("--%1 takes a port number from 1 to 65535, not “%2”.").arg(name, p.value(name)));
        return false;
    }
    *port = quint16(value);
    return true;
}

int CliConnection::parse(const QCommandLineParser &p)
{
    bool ok = true;
    m_context.timeoutMs = p.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || m_context.timeoutMs < 1)
        return usage(tr("--timeout takes a positive number of milliseconds."));
    m_context.verbose = p.isSet(QStringLiteral("verbose"));
    const QString syn = p.value(QStringLiteral("syntax"));
    if (syn == QLatin1String("erlang"))
        m_syntax = AgentClient::SyntaxChoice::Erlang;
    else if (syn == QLatin1String("elixir"))
        m_syntax = AgentClient::SyntaxChoice::Elixir;
    else if (syn != QLatin1String("auto"))
        return usage(tr("--syntax is auto, erlang or elixir."));
    m_agentOptions.useAgent = !p.isSet(QStringLiteral("no-agent"));
    m_agentOptions.callTimeoutMs = m_context.timeoutMs;
    // --demo (a command's own option, `tui --demo`): the demo node names itself and has its
    // own cookie, so nothing else says which node.
    m_demo = p.optionNames().contains(QStringLiteral("demo"));
    if (m_demo) {
        for (const QString &o : {QStringLiteral("node"), QStringLiteral("profile"), QStringLiteral("cookie-file"),
                                 QStringLiteral("cookie-stdin"), QStringLiteral("dist-port")})
            if (p.isSet(o))
                return usage(tr("--demo starts its own node: --%1 does not go with it.").arg(o));
        return Command::Ok;
    }
    if (p.isSet(QStringLiteral("profile")))
        return parseProfile(p);

    QString why;
    NodeName name;
    const QString nodeText = p.isSet(QStringLiteral("node")) ? p.value(QStringLiteral("node")) : qEnvironmentVariable("BEAMTOP_NODE");
    if (nodeText.isEmpty())
        return usage(tr("Which node? Give --node name@host."));
    if (!NodeName::parse(nodeText, &name, &why))
        return usage(why);
    m_options.node = name.toString();
    m_options.connectTimeoutMs = m_context.timeoutMs;
    m_options.autoReconnect = false;
    m_options.nameMode = p.isSet(QStringLiteral("long-names"))    ? NodeName::Mode::Long
                         : p.isSet(QStringLiteral("short-names")) ? NodeName::Mode::Short
                                                                  : NodeName::Mode::Auto;
    if (!parsePort(p, QStringLiteral("epmd-port"), &m_options.epmdPort))
        return Command::Usage;
    if (p.isSet(QStringLiteral("dist-port")) && !parsePort(p, QStringLiteral("dist-port"), &m_options.distPort))
        return Command::Usage;
    QString source;
    if (p.isSet(QStringLiteral("cookie-stdin"))) {
        if (!ProfilesCommand::readCookieFromStdin(&m_options.cookie, &why)) {
            m_err << why << Qt::endl;
            return Command::ConnectFailed;
        }
    } else if (!CookieSource::load(p.value(QStringLiteral("cookie-file")), &m_options.cookie, &source, &why)) {
        m_err << why << Qt::endl;
        return Command::ConnectFailed;
    }
    m_haveCookie = true;
    return Command::Ok;
}

int CliConnection::parseProfile(const QCommandLineParser &p)
{
    const QString name = p.value(QStringLiteral("profile"));
    if (p.isSet(QStringLiteral("node")))
        return usage(tr("--profile and --node exclude each other: the profile names the node."));
    m_profile = ProfileStore().find(name);
    if (!m_profile)
        return usage(tr("No profile called “%1”. beamtop-cli profiles list shows them.").arg(name));
    m_options = m_profile->connectOptions({});
    m_options.autoReconnect = false;
    if (p.isSet(QStringLiteral("timeout")))
        m_options.connectTimeoutMs = m_context.timeoutMs;
    if (p.isSet(QStringLiteral("long-names")))
        m_options.nameMode = NodeName::Mode::Long;
    else if (p.isSet(QStringLiteral("short-names")))
        m_options.nameMode = NodeName::Mode::Short;
    // Given here, they win over the profile's; checked like `profiles add` checks them.
    for (const QString &key : {QStringLiteral("epmd-port"), QStringLiteral("dist-port")}) {
        if (p.isSet(key) && !parsePort(p, key, key == QLatin1String("epmd-port") ? &m_options.epmdPort : &m_options.distPort))
            return Command::Usage;
    }
    if (!p.isSet(QStringLiteral("syntax")))
        m_syntax = AgentClient::SyntaxChoice(int(m_profile->syntax)); // same order: auto, erlang, elixir
    // A cookie given here wins over the profile's.
    if (p.isSet(QStringLiteral("cookie-stdin")) || p.isSet(QStringLiteral("cookie-file"))) {
        QString why;
        const bool ok = p.isSet(QStringLiteral("cookie-stdin"))
            ? ProfilesCommand::readCookieFromStdin(&m_options.cookie, &why)
            : CookieSource::readFile(p.value(QStringLiteral("cookie-file")), &m_options.cookie, &why);
        if (!ok) {
            m_err << why << Qt::endl;
            return Command::ConnectFailed;
        }
        m_haveCookie = true;
    }
    return Command::Ok;
}

void CliConnection::open(Command *command)
{
    m_command = command;
    connect(command, &Command::finished, this, &CliConnection::close);
    if (m_demo) {
        QTimer::singleShot(0, this, &CliConnection::startDemo);
        return;
    }
    if (m_haveCookie) {
        // From the event loop, like every other outcome: exit() needs the loop running.
        QTimer::singleShot(0, this, &CliConnection::connectNow);
        return;
    }
    QTimer::singleShot(0, this, [this] {
        const Profile profile = *m_profile;
        ProfileCookie::fetch(profile, SecretStore::instance(), this, [this, profile](const ProfileCookie &c) {
            if (!c.ok()) {
                if (c.status == ProfileCookie::Status::MustAsk) {
                    m_err << c.error << Qt::endl
                          << tr("Pipe the cookie in with --cookie-stdin, or give --cookie-file FILE.") << Qt::endl;
                } else if (c.keychainStatus != SecretResult::Status::Ok) {
                    m_err << keychainFailureText(profile.name, profile.node, c.error) << Qt::endl;
                } else {
                    m_err << c.error << Qt::endl; // the profile's cookie file
                }
                exitNow(Command::ConnectFailed);
                return;
            }
            m_options.cookie = c.cookie;
            connectNow();
        });
    });
}

void CliConnection::startDemo()
{
    if (m_closing)
        return;
    m_demoNode = new DemoNode(this);
    connect(m_demoNode, &DemoNode::stageChanged, this, [this](DemoNode::Stage stage) {
        m_command->demoProgress(DemoNode::stageText(stage));
    });
    connect(m_demoNode, &DemoNode::ready, this, [this](const ConnectOptions &options) {
        m_options = options;
        m_options.autoReconnect = m_command->reconnects();
        m_options.connectTimeoutMs = m_context.timeoutMs;
        connectNow();
    });
    connect(m_demoNode, &DemoNode::failed, this, [this](const QString &error) {
        m_command->prepareToReport();
        m_err << tr("The demo node did not start: %1").arg(error) << Qt::endl;
        const QString tail = m_demoNode->outputTail();
        if (!tail.isEmpty())
            m_err << tail << Qt::endl;
        exitNow(Command::Failure);
    });
    // The demo is gone for good when its node exits: no reconnecting to it.
    connect(m_demoNode, &DemoNode::exited, this, [this](int exitCode) {
        if (m_closing)
            return;
        m_command->prepareToReport();
        m_err << tr("The demo node stopped (exit code %1).").arg(exitCode) << Qt::endl;
        if (m_started && !m_command->isFinished())
            m_command->linkLost();
        else
            close(Command::RemoteError);
    });
    m_demoNode->start();
}

void CliConnection::connectNow()
{
    if (m_closing)
        return;
    m_clock.start();
    m_options.autoReconnect = m_command->reconnects();
    auto *client = new NodeClient;
    connect(client, &NodeClient::connected, this, [this] {
        m_connectMs = m_clock.elapsed();
        if (m_profile)
            ProfileStore().markConnected(m_profile->id);
    });
    // Connect first so the session knows its node from the start; the outcome arrives as a
    // queued signal, after the session is listening.
    client->connectToNode(m_options);
    m_session = new NodeSession(client, m_agentOptions, this);
    m_session->setSyntaxChoice(m_syntax);
    // --timeout bounds every read, as it bounds the connect.
    m_session->system()->setTimeoutMs(m_context.timeoutMs);
    m_session->schedulers()->setTimeoutMs(m_context.timeoutMs);
    m_session->processes()->setTimeoutMs(m_context.timeoutMs);
    connect(m_session, &NodeSession::connectFailed, this, [this](const ConnectError &e) {
        m_command->prepareToReport();
        m_err << tr("Could not connect to %1 (%2): %3").arg(m_options.node, ConnectError::kindName(e.kind), e.message)
              << Qt::endl;
        exitNow(Command::ConnectFailed);
    });
    connect(m_session, &NodeSession::linkLost, this, [this](const QString &reason, bool willReconnect) {
        // A command that reconnects shows the drop itself and carries on.
        if (willReconnect && m_command->reconnects())
            return;
        m_command->prepareToReport();
        m_err << tr("Lost the connection to %1: %2").arg(m_options.node, reason) << Qt::endl;
        if (m_started)
            m_command->linkLost(); // a recording closes its document first
        else
            close(Command::RemoteError);
    });
    connect(m_session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
        if (s == NodeSession::State::Live && !m_started)
            onLive();
    });
    m_command->attach(m_session, m_context);
}

void CliConnection::onLive()
{
    m_started = true;
    AgentClient *agent = m_session->agent();
    if (m_context.verbose) {
        m_err << tr("connected in %1 ms; agent: %2 (%3) in %4 ms")
                     .arg(m_connectMs).arg(agent->modeText(), agent->loadPath()).arg(agent->loadTimeMs())
              << Qt::endl;
        if (agent->mode() == AgentClient::Mode::Reduced)
            m_err << agent->reducedReason() << Qt::endl;
    }
    // The session ticks as it goes live, right after this: the command's first data.
    m_command->start();
}

void CliConnection::interrupt(int signalNumber)
{
    // A second Ctrl+C while the first is being handled (a node that does not answer the
    // detach): out at once.
    if (m_interrupts++ > 0 || !m_session) {
        exitNow(128 + signalNumber);
        return;
    }
    if (m_started && !m_command->isFinished())
        m_command->interrupt(signalNumber);
    else
        close(128 + signalNumber);
}

void CliConnection::close(int exitCode)
{
    if (m_closing)
        return;
    m_closing = true;
    if (!m_session) {
        exitNow(exitCode);
        return;
    }
    connect(m_session, &NodeSession::closed, this, [this, exitCode] { exitNow(exitCode); });
    m_session->close();
}

void CliConnection::exitNow(int exitCode)
{
    if (m_command)
        m_command->prepareToReport(); // the terminal back before anything more is said
    // The demo node goes with the program (it would also halt on its own when its stdin closes).
    if (m_demoNode)
        m_demoNode->stop();
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(exitCode);
}

} // namespace beamtop
