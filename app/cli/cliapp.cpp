#include "cliapp.h"

#include "collect/snapshotjson.h"
#include "node/cookie.h"
#include "node/epmdclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace beamtop {

namespace {
} // namespace

CliApp::CliApp(QObject *parent) : QObject(parent), m_out(stdout), m_err(stderr) {}

int CliApp::usage(const QString &message)
{
    m_err << message << Qt::endl
          << tr("Usage: beamtop-cli [--node NODE] [--cookie-file FILE] [--timeout MS] [--no-agent] COMMAND\n"
                "Commands:\n"
                "  snapshot [--format json|text] [--pretty] [--repeat N --interval MS]\n"
                "  nodes [--host HOST]\n"
                "Run beamtop-cli --help for every option.")
          << Qt::endl;
    return Usage;
}

int CliApp::start(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Beamtop's command line: observe an Erlang or Elixir node headless."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), tr("snapshot | nodes"));
    const QCommandLineOption node({QStringLiteral("n"), QStringLiteral("node")}, tr("The node, name@host."), tr("NODE"));
    const QCommandLineOption cookieFile(QStringLiteral("cookie-file"), tr("Read the cookie from FILE (else BEAMTOP_COOKIE, else ~/.erlang.cookie)."), tr("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Timeout for connecting and for each call, in ms (default 5000)."), tr("MS"), QStringLiteral("5000"));
    const QCommandLineOption noAgent(QStringLiteral("no-agent"), tr("Do not load the agent; use plain calls (reduced mode)."));
    const QCommandLineOption longNames(QStringLiteral("long-names"), tr("Name Beamtop with a long name (default: mirror the node's name)."));
    const QCommandLineOption shortNames(QStringLiteral("short-names"), tr("Name Beamtop with a short name."));
    const QCommandLineOption epmdPort(QStringLiteral("epmd-port"), tr("EPMD port on the node's host (default 4369)."), tr("PORT"), QString::number(defaultEpmdPort()));
    const QCommandLineOption distPort(QStringLiteral("dist-port"), tr("Connect to this distribution port directly, without EPMD (for tunnels)."), tr("PORT"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or text."), tr("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption pretty(QStringLiteral("pretty"), tr("Indent JSON output."));
    const QCommandLineOption repeat(QStringLiteral("repeat"), tr("Take N snapshots on one connection (JSON Lines)."), tr("N"), QStringLiteral("1"));
    const QCommandLineOption interval(QStringLiteral("interval"), tr("Milliseconds between snapshots."), tr("MS"), QStringLiteral("1000"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Host whose EPMD to ask (nodes)."), tr("HOST"), QStringLiteral("localhost"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Print timings to stderr."));
    p.addOptions({node, cookieFile, timeout, noAgent, longNames, shortNames, epmdPort, distPort, format, pretty,
                  repeat, interval, host, verbose});
    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        m_out << p.helpText();
        return Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return usage(pos.isEmpty() ? tr("No command given.") : tr("Unexpected arguments: %1").arg(pos.mid(1).join(QLatin1Char(' '))));
    m_command = pos.first();
    bool ok = true;
    m_timeoutMs = p.value(timeout).toInt(&ok);
    if (!ok || m_timeoutMs < 1)
        return usage(tr("--timeout takes a positive number of milliseconds."));
    m_repeat = p.value(repeat).toInt(&ok);
    if (!ok || m_repeat < 1)
        return usage(tr("--repeat takes a positive number."));
    m_intervalMs = p.value(interval).toInt(&ok);
    if (!ok || m_intervalMs < 0)
        return usage(tr("--interval takes a number of milliseconds."));
    m_format = p.value(format);
    if (m_format != QLatin1String("json") && m_format != QLatin1String("text"))
        return usage(tr("--format is json or text."));
    m_pretty = p.isSet(pretty);
    m_verbose = p.isSet(verbose);
    m_host = p.value(host);

    if (m_command == QLatin1String("nodes")) {
        const uint port = p.value(epmdPort).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return usage(tr("--epmd-port takes a port number."));
        m_options.epmdPort = quint16(port);
        runNodes();
        return -1;
    }
    if (m_command != QLatin1String("snapshot"))
        return usage(tr("Unknown command '%1'.").arg(m_command));

    QString why;
    NodeName name;
    const QString nodeText = p.isSet(node) ? p.value(node) : qEnvironmentVariable("BEAMTOP_NODE");
    if (nodeText.isEmpty())
        return usage(tr("Which node? Give --node name@host."));
    if (!NodeName::parse(nodeText, &name, &why))
        return usage(why);
    m_options.node = name.toString();
    m_options.connectTimeoutMs = m_timeoutMs;
    m_options.autoReconnect = false;
    m_options.nameMode = p.isSet(longNames) ? NodeName::Mode::Long
                         : p.isSet(shortNames) ? NodeName::Mode::Short : NodeName::Mode::Auto;
    m_options.epmdPort = quint16(p.value(epmdPort).toUInt());
    if (p.isSet(distPort)) {
        const uint port = p.value(distPort).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return usage(tr("--dist-port takes a port number."));
        m_options.distPort = quint16(port);
    }
    QString source;
    if (!CookieSource::load(p.value(cookieFile), &m_options.cookie, &source, &why)) {
        m_err << why << Qt::endl;
        return ConnectFailed;
    }
    m_agentOptions.useAgent = !p.isSet(noAgent);
    m_agentOptions.callTimeoutMs = m_timeoutMs;
    connectAndRun();
    return -1;
}

void CliApp::runNodes()
{
    auto *epmd = new EpmdClient(this);
    connect(epmd, &EpmdClient::namesReady, this, [this](const QString &, const QVector<EpmdNode> &nodes) {
        if (m_format == QLatin1String("json")) {
            QJsonArray arr;
            for (const EpmdNode &n : nodes)
                arr.append(QJsonObject{{QStringLiteral("name"), n.name}, {QStringLiteral("port"), n.port}});
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("host"), m_host}, {QStringLiteral("nodes"), arr}})
                         .toJson(m_pretty ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed()
                  << Qt::endl;
        } else {
            for (const EpmdNode &n : nodes)
                m_out << n.name << '@' << m_host << '\t' << n.port << Qt::endl;
        }
        finish(Ok);
    });
    connect(epmd, &EpmdClient::namesFailed, this, [this](const QString &, const QString &error) {
        m_err << error << Qt::endl;
        finish(ConnectFailed);
    });
    epmd->requestNames(m_host, m_options.epmdPort, m_timeoutMs);
}

void CliApp::connectAndRun()
{
    m_clock.start();
    m_node = new NodeClient(this);
    // Before the agent client exists, so the connect time is taken before the agent starts.
    connect(m_node, &NodeClient::connected, this, [this] { m_connectMs = m_clock.elapsed(); });
    m_agent = new AgentClient(m_node, m_agentOptions, this);
    m_system = new SystemCollector(m_agent, this);
    m_system->setTimeoutMs(m_timeoutMs);
    connect(m_node, &NodeClient::connectFailed, this, [this](const ConnectError &e) {
        m_err << tr("Could not connect to %1 (%2): %3").arg(m_options.node, ConnectError::kindName(e.kind), e.message)
              << Qt::endl;
        finish(ConnectFailed);
    });
    connect(m_node, &NodeClient::connectionLost, this, [this](const QString &reason) {
        m_err << tr("Lost the connection to %1: %2").arg(m_options.node, reason) << Qt::endl;
        finish(RemoteError);
    });
    connect(m_agent, &AgentClient::ready, this, &CliApp::onAgentReady);
    connect(m_system, &SystemCollector::sampleReady, this, &CliApp::onSample);
    connect(m_system, &SystemCollector::failed, this, [this](const QString &error) {
        m_err << tr("Could not read the system overview: %1").arg(error) << Qt::endl;
        m_agent->detachAndDisconnect();
        connect(m_agent, &AgentClient::detached, this, [this] { finish(RemoteError); });
    });
    m_node->connectToNode(m_options);
}

void CliApp::onAgentReady()
{
    if (m_verbose)
        m_err << tr("connected in %1 ms; agent: %2 (%3) in %4 ms")
                     .arg(m_connectMs).arg(m_agent->modeText(), m_agent->loadPath()).arg(m_agent->loadTimeMs())
              << Qt::endl;
    if (m_agent->mode() == AgentClient::Mode::Reduced && m_verbose)
        m_err << m_agent->reducedReason() << Qt::endl;
    takeSnapshot();
}

void CliApp::takeSnapshot()
{
    m_clock.restart();
    m_system->fetch();
}

void CliApp::onSample(const SystemSample &sample)
{
    if (m_verbose)
        m_err << tr("snapshot in %1 ms, %2 bytes from the node").arg(m_clock.elapsed()).arg(m_system->lastReplyBytes())
              << Qt::endl;
    const QString mode = m_agent->mode() == AgentClient::Mode::Full ? QStringLiteral("full") : QStringLiteral("reduced");
    if (m_format == QLatin1String("json")) {
        const bool indent = m_pretty && m_repeat == 1;
        m_out << QJsonDocument(makeSnapshot(sample, mode)).toJson(indent ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed()
              << Qt::endl;
    } else {
        printText(sample);
    }
    if (++m_done < m_repeat) {
        QTimer::singleShot(m_intervalMs, this, &CliApp::takeSnapshot);
        return;
    }
    disconnect(m_node, &NodeClient::connectionLost, this, nullptr);
    connect(m_agent, &AgentClient::detached, this, [this] { finish(Ok); });
    m_agent->detachAndDisconnect(m_timeoutMs);
}

void CliApp::printText(const SystemSample &s)
{
    const QLocale loc;
    auto line = [&](const QString &k, const QString &v) { m_out << k.leftJustified(22) << v << '\n'; };
    auto of = [&](qint64 a, qint64 b) { return tr("%1 of %2").arg(loc.toString(a), loc.toString(b)); };
    line(tr("Node"), s.node);
    line(tr("OTP / ERTS"), s.otpRelease + QStringLiteral(" / ") + s.ertsVersion);
    if (!s.elixirVersion.isEmpty())
        line(tr("Elixir"), s.elixirVersion);
    line(tr("Uptime"), tr("%1 s").arg(loc.toString(s.uptimeMs / 1000)));
    line(tr("System"), s.systemArchitecture);
    line(tr("Schedulers"), tr("%1/%2 online, %3 dirty CPU, %4 dirty IO").arg(s.schedulersOnline).arg(s.schedulers)
                               .arg(s.dirtyCpuSchedulers).arg(s.dirtyIoSchedulers));
    line(tr("Processes"), of(s.processCount, s.processLimit));
    line(tr("Ports"), of(s.portCount, s.portLimit));
    line(tr("Atoms"), of(s.atomCount, s.atomLimit));
    line(tr("ETS tables"), of(s.etsCount, s.etsLimit));
    line(tr("Memory total"), loc.formattedDataSize(s.memory.total));
    line(tr("  processes"), loc.formattedDataSize(s.memory.processes));
    line(tr("  binary"), loc.formattedDataSize(s.memory.binary));
    line(tr("  ets"), loc.formattedDataSize(s.memory.ets));
    line(tr("  code"), loc.formattedDataSize(s.memory.code));
    line(tr("  atom"), loc.formattedDataSize(s.memory.atom));
    line(tr("Run queue"), loc.toString(s.runQueue));
    line(tr("Reductions"), loc.toString(s.reductions));
    line(tr("IO in / out"), loc.formattedDataSize(s.ioInputBytes) + QStringLiteral(" / ") + loc.formattedDataSize(s.ioOutputBytes));
    line(tr("GCs / words reclaimed"), loc.toString(s.gcCount) + QStringLiteral(" / ") + loc.toString(s.gcWordsReclaimed));
    if (s.hasRates)
        line(tr("Reductions/s"), loc.toString(s.reductionsPerS, 'f', 0));
    m_out << Qt::endl;
}

void CliApp::finish(int code)
{
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

} // namespace beamtop
