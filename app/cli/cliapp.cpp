#include "cliapp.h"

#include "collect/snapshotjson.h"
#include "recordcommand.h"
#include "node/cookie.h"
#include "node/epmdclient.h"
#include "profiles/profilecookie.h"
#include "profiles/profilestore.h"
#include "profilescommand.h"
#include "signalwatcher.h"
#include "collect/termjson.h"
#include "term/termformatter.h"

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
          << tr("Usage: beamtop-cli [--node NODE | --profile NAME] [--cookie-file FILE | --cookie-stdin] [--timeout MS] [--no-agent] COMMAND\n"
                "Commands:\n"
                "  snapshot [--format json|text] [--pretty] [--repeat N --interval MS]\n"
                "  record [--duration 60s|15m|2h] [--interval MS] [--format csv|json] [--out FILE]\n"
                "  top [--sort memory|reductions|message_queue_len|binary_memory|total_heap_size] [--count N]\n"
                "      [--window MS] [--filter TEXT] [--format table|csv|json] [--watch] [--interval MS] [--budget F]\n"
                "  process PID [--messages N] [--force]\n"
                "  nodes [--host HOST]\n"
                "  profiles list | show NAME | remove NAME\n"
                "  profiles add NAME --node NODE [--cookie-file FILE [--keep-cookie-file] | --cookie-stdin | --ask-cookie]\n"
                "      [--long-names] [--epmd-port PORT] [--dist-port PORT]\n"
                "Run beamtop-cli --help for every option.")
          << Qt::endl;
    return Usage;
}

bool CliApp::parsePort(const QCommandLineParser &p, const QString &name, quint16 *port)
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

QString CliApp::keychainFailureText(const QString &profileName, const QString &node, const QString &error)
{
    return tr("Could not read the cookie of the profile “%1” from the system keychain: %2\n"
              "Beamtop never falls back to keeping the cookie in plain text. You can:\n"
              "  - point the profile at a cookie file instead:\n"
              "      beamtop-cli profiles remove %1\n"
              "      beamtop-cli profiles add %1 --node %3 --cookie-file FILE --keep-cookie-file\n"
              "  - or give the cookie for this run only: --cookie-file FILE, or --cookie-stdin to pipe it in.")
        .arg(profileName, error, node);
}

int CliApp::start(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Beamtop's command line: observe an Erlang or Elixir node headless."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), tr("snapshot | record | top | process PID | nodes"));
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
    const QCommandLineOption sort(QStringLiteral("sort"), tr("top: rank by memory, reductions, message_queue_len, binary_memory or total_heap_size."), tr("KEY"), QStringLiteral("memory"));
    const QCommandLineOption count(QStringLiteral("count"), tr("top: how many processes (default 10, at most 500)."), tr("N"), QStringLiteral("10"));
    const QCommandLineOption window(QStringLiteral("window"), tr("top: rank by the change over MS milliseconds (per second), like recon:proc_window."), tr("MS"));
    const QCommandLineOption filter(QStringLiteral("filter"), tr("top: only processes whose pid, name, initial call, current function or application contains TEXT."), tr("TEXT"));
    const QCommandLineOption watch(QStringLiteral("watch"), tr("top: keep printing, one table or document per interval."));
    const QCommandLineOption messages(QStringLiteral("messages"), tr("process: include the first N messages (at most 100)."), tr("N"), QStringLiteral("0"));
    const QCommandLineOption force(QStringLiteral("force"), tr("process: copy the message queue even when it holds over 10,000 messages."));
    const QCommandLineOption syntax(QStringLiteral("syntax"), tr("How terms are written: auto (Elixir syntax on Elixir nodes), erlang or elixir."), tr("SYNTAX"), QStringLiteral("auto"));
    const QCommandLineOption budget(QStringLiteral("budget"), tr("Share of one scheduler the agent may spend ranking (default 0.02)."), tr("F"), QStringLiteral("0.02"));
    p.addOptions({node, cookieFile, timeout, noAgent, longNames, shortNames, epmdPort, distPort, format, pretty,
                  repeat, interval, host, verbose, sort, count, window, filter, watch, budget, messages, force, syntax});
    // Saved profiles (shared with the desktop app): connect through one, or manage them.
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("Connect through the saved profile NAME (node, ports, cookie from the system keychain)."), tr("NAME"));
    const QCommandLineOption cookieStdin(QStringLiteral("cookie-stdin"), tr("Read the cookie from the first line of standard input."));
    const QCommandLineOption keepCookieFile(QStringLiteral("keep-cookie-file"), tr("profiles add: read the cookie from --cookie-file at each connect instead of keeping it in the keychain."));
    const QCommandLineOption askCookie(QStringLiteral("ask-cookie"), tr("profiles add: keep no cookie; give it at each connect (--cookie-stdin)."));
    p.addOptions({profileOpt, cookieStdin, keepCookieFile, askCookie});
    // record: the load metrics over time, the columns the desktop's history exports.
    const QCommandLineOption duration(QStringLiteral("duration"), tr("record: for how long, like 90s, 15m or 2h (default 60s)."), tr("TIME"), QStringLiteral("60s"));
    const QCommandLineOption out(QStringLiteral("out"), tr("record: write to FILE instead of standard output."), tr("FILE"));
    p.addOptions({duration, out});
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
    if (pos.isEmpty())
        return usage(tr("No command given."));
    m_command = pos.first();
    if (m_command == QLatin1String("profiles"))
        return (new ProfilesCommand(m_out, m_err, this))->run(pos.mid(1), p);
    const int wanted = m_command == QLatin1String("process") ? 2 : 1;
    if (pos.size() != wanted)
        return usage(pos.size() < wanted ? tr("'process' needs a pid, like <0.123.0>.")
                                         : tr("Unexpected arguments: %1").arg(pos.mid(wanted).join(QLatin1Char(' '))));
    if (wanted == 2)
        m_pidText = pos.at(1);
    bool ok = true;
    m_messages = p.value(messages).toInt(&ok);
    if (!ok || m_messages < 0 || m_messages > 100)
        return usage(tr("--messages takes a number from 0 to 100."));
    m_force = p.isSet(force);
    const QString syn = p.value(syntax);
    if (syn == QLatin1String("erlang"))
        m_syntax = AgentClient::SyntaxChoice::Erlang;
    else if (syn == QLatin1String("elixir"))
        m_syntax = AgentClient::SyntaxChoice::Elixir;
    else if (syn != QLatin1String("auto"))
        return usage(tr("--syntax is auto, erlang or elixir."));
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
    if (m_command == QLatin1String("top") && !p.isSet(format))
        m_format = QStringLiteral("table");
    if (m_command == QLatin1String("record") && !p.isSet(format))
        m_format = QStringLiteral("csv");
    const QStringList formats = m_command == QLatin1String("top")
        ? QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}
        : m_command == QLatin1String("record") ? QStringList{QStringLiteral("csv"), QStringLiteral("json")}
        : QStringList{QStringLiteral("json"), QStringLiteral("text")};
    if (!formats.contains(m_format))
        return usage(tr("--format is one of: %1.").arg(formats.join(QStringLiteral(", "))));
    if (!ProcessQuery::parseSort(p.value(sort), &m_query.sort))
        return usage(tr("--sort is one of memory, reductions, message_queue_len, binary_memory, total_heap_size."));
    m_query.limit = p.value(count).toInt(&ok);
    if (!ok || m_query.limit < 1 || m_query.limit > 500)
        return usage(tr("--count takes a number from 1 to 500."));
    m_query.intervalMs = qMax(250, m_intervalMs);
    if (p.isSet(window)) {
        const int w = p.value(window).toInt(&ok);
        if (!ok || w < 250)
            return usage(tr("--window takes milliseconds, at least 250."));
        m_query.mode = ProcessQuery::Mode::Window;
        m_query.intervalMs = w;
    }
    m_query.filter = p.value(filter);
    m_watch = p.isSet(watch);
    m_budget = p.value(budget).toDouble(&ok);
    if (!ok || m_budget <= 0 || m_budget > 1)
        return usage(tr("--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %."));
    m_pretty = p.isSet(pretty);
    m_verbose = p.isSet(verbose);
    m_host = p.value(host);
    if (m_command == QLatin1String("record")) {
        if (!RecordCommand::parseDuration(p.value(duration), &m_durationMs))
            return usage(tr("--duration takes a time like 90s, 15m or 2h."));
        if (m_intervalMs < 100)
            return usage(tr("record: --interval takes at least 100 ms."));
        m_outPath = p.value(out);
    }

    if (m_command == QLatin1String("nodes")) {
        if (!parsePort(p, QStringLiteral("epmd-port"), &m_options.epmdPort))
            return Usage;
        runNodes();
        return -1;
    }
    if (m_command != QLatin1String("snapshot") && m_command != QLatin1String("top") && m_command != QLatin1String("process")
        && m_command != QLatin1String("record"))
        return usage(tr("Unknown command '%1'.").arg(m_command));

    if (m_command == QLatin1String("record")) {
        // Ctrl+C or SIGTERM ends a recording cleanly: the document closed, the agent detached.
        m_signals = new SignalWatcher(this);
        connect(m_signals, &SignalWatcher::received, this, &CliApp::onInterrupt);
    }
    if (p.isSet(profileOpt))
        return startWithProfile(p);
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
    if (!parsePort(p, QStringLiteral("epmd-port"), &m_options.epmdPort))
        return Usage;
    if (p.isSet(distPort) && !parsePort(p, QStringLiteral("dist-port"), &m_options.distPort))
        return Usage;
    QString source;
    if (p.isSet(cookieStdin)) {
        if (!ProfilesCommand::readCookieFromStdin(&m_options.cookie, &why)) {
            m_err << why << Qt::endl;
            return ConnectFailed;
        }
    } else if (!CookieSource::load(p.value(cookieFile), &m_options.cookie, &source, &why)) {
        m_err << why << Qt::endl;
        return ConnectFailed;
    }
    m_agentOptions.useAgent = !p.isSet(noAgent);
    m_agentOptions.callTimeoutMs = m_timeoutMs;
    connectAndRun();
    return -1;
}

int CliApp::startWithProfile(const QCommandLineParser &p)
{
    const QString name = p.value(QStringLiteral("profile"));
    if (p.isSet(QStringLiteral("node")))
        return usage(tr("--profile and --node exclude each other: the profile names the node."));
    const auto profile = ProfileStore().find(name);
    if (!profile)
        return usage(tr("No profile called “%1”. beamtop-cli profiles list shows them.").arg(name));
    m_options = profile->connectOptions({});
    m_options.autoReconnect = false;
    if (p.isSet(QStringLiteral("timeout")))
        m_options.connectTimeoutMs = m_timeoutMs;
    if (p.isSet(QStringLiteral("long-names")))
        m_options.nameMode = NodeName::Mode::Long;
    else if (p.isSet(QStringLiteral("short-names")))
        m_options.nameMode = NodeName::Mode::Short;
    // Given here, they win over the profile's; checked like `profiles add` checks them.
    for (const QString &key : {QStringLiteral("epmd-port"), QStringLiteral("dist-port")}) {
        if (p.isSet(key) && !parsePort(p, key, key == QLatin1String("epmd-port") ? &m_options.epmdPort : &m_options.distPort))
            return Usage;
    }
    if (!p.isSet(QStringLiteral("syntax")))
        m_syntax = AgentClient::SyntaxChoice(int(profile->syntax)); // same order: auto, erlang, elixir
    m_agentOptions.useAgent = !p.isSet(QStringLiteral("no-agent"));
    m_agentOptions.callTimeoutMs = m_timeoutMs;
    // A cookie given here wins over the profile's.
    QString why;
    if (p.isSet(QStringLiteral("cookie-stdin")) || p.isSet(QStringLiteral("cookie-file"))) {
        const bool ok = p.isSet(QStringLiteral("cookie-stdin"))
            ? ProfilesCommand::readCookieFromStdin(&m_options.cookie, &why)
            : CookieSource::readFile(p.value(QStringLiteral("cookie-file")), &m_options.cookie, &why);
        if (!ok) {
            m_err << why << Qt::endl;
            return ConnectFailed;
        }
        connectAndRun();
        return -1;
    }
    // From the event loop: the answer may come at once (a file) and finish() needs the loop.
    QTimer::singleShot(0, this, [this, profile = *profile] {
        ProfileCookie::fetch(profile, SecretStore::instance(), this,
                             [this, id = profile.id, name = profile.name, node = profile.node](const ProfileCookie &c) {
            if (!c.ok()) {
                if (c.status == ProfileCookie::Status::MustAsk) {
                    m_err << c.error << Qt::endl
                          << tr("Pipe the cookie in with --cookie-stdin, or give --cookie-file FILE.") << Qt::endl;
                } else if (c.keychainStatus != SecretResult::Status::Ok) {
                    m_err << keychainFailureText(name, node, c.error) << Qt::endl;
                } else {
                    m_err << c.error << Qt::endl; // the profile's cookie file
                }
                finish(ConnectFailed);
                return;
            }
            m_options.cookie = c.cookie;
            connectAndRun();
            connect(m_node, &NodeClient::connected, this, [id] { ProfileStore().markConnected(id); });
        });
    });
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
    m_procs = new ProcessCollector(m_agent, this);
    m_procs->setTimeoutMs(m_timeoutMs);
    connect(m_procs, &ProcessCollector::pageReady, this, &CliApp::onPage);
    connect(m_procs, &ProcessCollector::failed, this, [this](const QString &error) {
        m_err << tr("Could not read the processes: %1").arg(error) << Qt::endl;
        done(RemoteError);
    });
    connect(m_node, &NodeClient::connectFailed, this, [this](const ConnectError &e) {
        m_err << tr("Could not connect to %1 (%2): %3").arg(m_options.node, ConnectError::kindName(e.kind), e.message)
              << Qt::endl;
        finish(ConnectFailed);
    });
    connect(m_node, &NodeClient::connectionLost, this, [this](const QString &reason) {
        m_err << tr("Lost the connection to %1: %2").arg(m_options.node, reason) << Qt::endl;
        if (m_record && !m_record->isFinished()) {
            // The document is closed with the samples it has; then done() ends.
            m_record->stop(RemoteError);
            return;
        }
        finish(RemoteError);
    });
    connect(m_agent, &AgentClient::ready, this, &CliApp::onAgentReady);
    connect(m_system, &SystemCollector::sampleReady, this, &CliApp::onSample);
    connect(m_system, &SystemCollector::failed, this, [this](const QString &error) {
        if (m_command == QLatin1String("record"))
            return; // RecordCommand skips the row, or ends the recording cleanly
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
    if (m_budget != 0.02)
        m_agent->setBudget(m_budget);
    m_rankClock.start();
    if (m_command == QLatin1String("top"))
        fetchTop();
    else if (m_command == QLatin1String("process"))
        runProcess();
    else if (m_command == QLatin1String("record"))
        runRecord();
    else
        takeSnapshot();
}

void CliApp::runProcess()
{
    auto *inspector = new ProcessInspector(m_agent, this);
    auto doc = std::make_shared<QJsonObject>();
    auto f = std::make_shared<TermFormatter>(formatter());
    connect(inspector, &ProcessInspector::failed, this, [this](const Term &, const QString &error) {
        m_err << error << Qt::endl;
        done(RemoteError);
    });
    auto print = [this, doc] {
        m_out << QJsonDocument(*doc).toJson(m_pretty ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed() << Qt::endl;
    };
    connect(inspector, &ProcessInspector::messagesReady, this, [this, doc, f, print](const Term &, const Term &m) {
        doc->insert(QStringLiteral("messages"), termToJson(m, *f));
        print();
        done(m.value("refused").toBool() ? RemoteError : Ok);
        if (m.value("refused").toBool())
            m_err << tr("The queue holds %L1 messages; copying it costs the node memory. Add --force to copy it anyway (only %2 are sent).")
                         .arg(m.value("length").toInt()).arg(m_messages)
                  << Qt::endl;
    });
    connect(inspector, &ProcessInspector::detailsReady, this, [this, inspector, doc, f, print](const Term &pid, const Term &d) {
        doc->insert(QStringLiteral("node"), m_options.node);
        doc->insert(QStringLiteral("pid"), m_pidText);
        doc->insert(QStringLiteral("details"), termToJson(d, *f));
        if (!d.value("alive").toBool()) {
            print();
            m_err << tr("No process %1 is alive on %2.").arg(m_pidText, m_options.node) << Qt::endl;
            return done(RemoteError);
        }
        if (m_messages > 0)
            return inspector->fetchMessages(pid, m_messages, m_force);
        print();
        done(Ok);
    });
    inspector->resolvePid(m_pidText, [this, inspector](const Term &pid) {
        if (pid.isError()) {
            m_err << pid.errorString() << Qt::endl;
            return done(Usage);
        }
        inspector->fetchDetails(pid);
    });
}

void CliApp::fetchTop()
{
    m_procs->fetch(m_query);
}

void CliApp::onPage(const ProcessRanking &page)
{
    const bool ready = page.rankingComplete
        && (page.query.mode == ProcessQuery::Mode::Absolute || page.windowValid || page.reducedMode);
    // A one-shot answer waits for a complete ranking (bounded by the timeout for snapshots);
    // progress goes to stderr so stdout stays machine-readable.
    if (!ready) {
        const bool snapshotGivesUp = m_pendingSnapshot && m_rankClock.elapsed() > m_timeoutMs;
        if (!snapshotGivesUp) {
            if (m_verbose && page.sweepTotal > 0)
                m_err << tr("ranking %L1 of %L2 processes...").arg(page.sweepDone).arg(page.sweepTotal) << Qt::endl;
            QTimer::singleShot(200, this, [this, q = page.query] { m_procs->fetch(q); });
            return;
        }
    }
    if (m_pendingSnapshot && m_schedPending) {
        m_waitingPage = page; // the schedulers section is still on its way
        return;
    }
    if (m_pendingSnapshot) {
        QJsonObject doc = makeSnapshot(*m_pendingSnapshot, m_agent->mode() == AgentClient::Mode::Full
                                                               ? QStringLiteral("full") : QStringLiteral("reduced"));
        const TermFormatter f = formatter();
        QJsonArray rows;
        for (const ProcessRow &r : page.rows)
            rows.append(r.toJson(f));
        QJsonObject procs;
        procs.insert(QStringLiteral("sort"), QStringLiteral("memory"));
        procs.insert(QStringLiteral("ranking_complete"), page.rankingComplete);
        procs.insert(QStringLiteral("top"), rows);
        doc.insert(QStringLiteral("processes"), procs);
        doc.insert(QStringLiteral("schedulers"), m_lastSched ? m_lastSched->toJson()
                                                             : QJsonObject{{QStringLiteral("available"), false},
                                                                           {QStringLiteral("error"), m_schedError}});
        m_pendingSnapshot.reset();
        const bool indent = m_pretty && m_repeat == 1;
        m_out << QJsonDocument(doc).toJson(indent ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed() << Qt::endl;
        if (++m_done < m_repeat) {
            QTimer::singleShot(m_intervalMs, this, &CliApp::takeSnapshot);
            return;
        }
        done(Ok);
        return;
    }
    printTop(page);
    if (m_watch) {
        QTimer::singleShot(m_intervalMs, this, &CliApp::fetchTop);
        return;
    }
    done(Ok);
}

void CliApp::printTop(const ProcessRanking &page)
{
    const TermFormatter f = formatter();
    if (m_format == QLatin1String("json")) {
        QJsonArray rows;
        for (const ProcessRow &r : page.rows)
            rows.append(r.toJson(f));
        QJsonObject doc;
        doc.insert(QStringLiteral("node"), m_options.node);
        doc.insert(QStringLiteral("taken_at"), page.receivedAt.toString(Qt::ISODateWithMs));
        doc.insert(QStringLiteral("sort"), ProcessQuery::sortName(page.query.sort));
        doc.insert(QStringLiteral("mode"), page.query.mode == ProcessQuery::Mode::Window ? QStringLiteral("window")
                                                                                       : QStringLiteral("absolute"));
        doc.insert(QStringLiteral("total"), double(page.total));
        doc.insert(QStringLiteral("processes"), rows);
        m_out << QJsonDocument(doc).toJson(m_pretty && !m_watch ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed()
              << Qt::endl;
        return;
    }
    static const char *const keys[] = {"pid", "name", "memory", "reductions", "reductions_per_s", "message_queue_len",
                                       "binary_memory", "total_heap_size", "status", "application", "current_function",
                                       "initial_call"};
    auto cell = [](const QJsonValue &v) {
        if (v.isNull() || v.isUndefined())
            return QString();
        if (v.isDouble())
            return QString::number(qint64(v.toDouble()));
        return v.toString();
    };
    if (m_format == QLatin1String("csv")) {
        auto quote = [](QString s) {
            if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
                s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            return s;
        };
        QStringList header;
        for (const char *k : keys)
            header << QLatin1String(k);
        m_out << header.join(QLatin1Char(',')) << '\n';
        for (const ProcessRow &r : page.rows) {
            const QJsonObject o = r.toJson(f);
            QStringList cells;
            for (const char *k : keys)
                cells << quote(cell(o.value(QLatin1String(k))));
            m_out << cells.join(QLatin1Char(',')) << '\n';
        }
        m_out.flush();
        return;
    }
    // Table: for people.
    const QLocale loc;
    m_out << tr("%1 processes on %2, ranked by %3%4").arg(loc.toString(page.total), m_options.node,
                                                         ProcessQuery::sortName(page.query.sort),
                                                         page.query.mode == ProcessQuery::Mode::Window ? tr(" change per second") : QString())
          << '\n';
    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                 .arg(tr("PID"), -14).arg(tr("NAME"), -34).arg(tr("MEMORY"), 11).arg(tr("REDS/S"), 11)
                 .arg(tr("MSGQ"), 8).arg(tr("BIN"), 11).arg(tr("STATUS"), -9).arg(tr("CURRENT FUNCTION"))
          << '\n';
    for (const ProcessRow &r : page.rows) {
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                     .arg(r.pidText, -14).arg(r.displayName(f).left(34), -34)
                     .arg(loc.formattedDataSize(r.memory), 11)
                     .arg(r.reductionsPerS < 0 ? QStringLiteral("-") : loc.toString(qint64(r.reductionsPerS)), 11)
                     .arg(loc.toString(r.messageQueueLen), 8).arg(loc.formattedDataSize(r.binaryMemory), 11)
                     .arg(r.status, -9).arg(f.format(r.currentFunction))
              << '\n';
    }
    m_out << Qt::endl;
}

void CliApp::done(int code)
{
    disconnect(m_node, &NodeClient::connectionLost, this, nullptr);
    connect(m_agent, &AgentClient::detached, this, [this, code] { finish(code); });
    m_agent->detachAndDisconnect(m_timeoutMs);
}

void CliApp::takeSnapshot()
{
    m_clock.restart();
    m_system->fetch();
    fetchSchedulers(); // both formats show the schedulers' utilisation
}

void CliApp::fetchSchedulers()
{
    if (!m_scheds) {
        m_scheds = new SchedulerCollector(m_agent, this);
        m_scheds->setTimeoutMs(m_timeoutMs);
        // The first reading spans 250 ms, so even a single snapshot has utilisation.
        m_scheds->setFirstWindowMs(250);
        connect(m_scheds, &SchedulerCollector::sampleReady, this, [this](const SchedulerSample &s) {
            m_lastSched = s;
            schedulersLanded();
        });
        connect(m_scheds, &SchedulerCollector::failed, this, [this](const QString &error) {
            m_schedError = error;
            schedulersLanded();
        });
    }
    m_lastSched.reset();
    m_schedError.clear();
    m_schedPending = true;
    m_scheds->fetch();
}

void CliApp::schedulersLanded()
{
    m_schedPending = false;
    if (m_waitingPage) {
        const ProcessRanking page = *m_waitingPage;
        m_waitingPage.reset();
        onPage(page);
    } else if (m_pendingText) {
        printTextSnapshot();
    }
}

void CliApp::runRecord()
{
    RecordCommand::Options o;
    o.durationMs = m_durationMs;
    o.intervalMs = m_intervalMs;
    HistoryWriter::parseFormat(m_format, &o.format);
    o.outPath = m_outPath;
    o.node = m_options.node;
    m_record = new RecordCommand(m_agent, m_system, o, m_err, this);
    connect(m_record, &RecordCommand::finished, this, &CliApp::done);
    m_record->start();
}

void CliApp::onInterrupt(int signalNumber)
{
    // A second Ctrl+C while the first is being handled (a node that does not answer the
    // detach): out at once.
    if (m_interrupts++ > 0) {
        finish(128 + signalNumber);
        return;
    }
    if (m_record && !m_record->isFinished()) {
        m_record->stop(Ok, tr("Interrupted: the recording ends with %n samples.", nullptr, int(m_record->rowsWritten())));
        return;
    }
    // Not recording yet (still connecting), or already finishing.
    if (m_agent && !m_record)
        done(128 + signalNumber);
    else if (!m_agent)
        finish(128 + signalNumber);
}

void CliApp::onSample(const SystemSample &sample)
{
    if (m_command == QLatin1String("record"))
        return; // RecordCommand takes these
    if (m_verbose)
        m_err << tr("snapshot in %1 ms, %2 bytes from the node").arg(m_clock.elapsed()).arg(m_system->lastReplyBytes())
              << Qt::endl;
    if (m_format == QLatin1String("json")) {
        // The processes section: the top 50 by memory, from the ranking.
        m_pendingSnapshot = sample;
        ProcessQuery q;
        q.limit = 50;
        q.intervalMs = qMax(250, m_intervalMs);
        m_rankClock.restart();
        m_procs->fetch(q);
        return;
    }
    m_pendingText = sample;
    if (!m_schedPending)
        printTextSnapshot();
}

void CliApp::printTextSnapshot()
{
    const SystemSample sample = *m_pendingText;
    m_pendingText.reset();
    printText(sample);
    if (++m_done < m_repeat) {
        QTimer::singleShot(m_intervalMs, this, &CliApp::takeSnapshot);
        return;
    }
    done(Ok);
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
    // Scheduler utilisation over the last interval, in total and per type.
    auto percent = [&](double v) { return v < 0 ? tr("unknown") : tr("%1 %").arg(loc.toString(v * 100.0, 'f', 1)); };
    if (!m_lastSched) {
        line(tr("Utilisation"), tr("unavailable: %1").arg(m_schedError));
    } else if (!m_lastSched->wallTimeAvailable) {
        line(tr("Utilisation"), tr("unavailable: the node's scheduler_wall_time is off (reduced mode, no agent)"));
    } else if (!m_lastSched->hasUtilization) {
        line(tr("Utilisation"), tr("not measured yet"));
    } else {
        const SchedulerSample &u = *m_lastSched;
        line(tr("Utilisation"), tr("%1 over %2 s").arg(percent(u.total), loc.toString(u.intervalS, 'f', 2)));
        line(tr("  normal"), percent(u.normal));
        if (u.count(SchedulerSample::Type::DirtyCpu) > 0)
            line(tr("  dirty CPU"), percent(u.dirtyCpu));
        if (u.count(SchedulerSample::Type::DirtyIo) > 0)
            line(tr("  dirty IO"), percent(u.dirtyIo));
    }
    m_out << Qt::endl;
}

TermFormatter CliApp::formatter() const
{
    TermFormatter::Options o;
    o.syntax = m_agent->preferredSyntax(m_syntax);
    o.localNode = m_options.node.toUtf8();
    return TermFormatter(o);
}

void CliApp::finish(int code)
{
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

} // namespace beamtop
