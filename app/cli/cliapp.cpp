// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "alloccommand.h"
#include "appscommand.h"
#include "cliconnection.h"
#include "command.h"
#include "distcommand.h"
#include "etscommand.h"
#include "mnesiacommand.h"
#include "nodescommand.h"
#include "portcommand.h"
#include "portscommand.h"
#include "processcommand.h"
#include "profilescommand.h"
#include "recordcommand.h"
#include "rulescommand.h"
#include "signalwatcher.h"
#include "snapshotcommand.h"
#include "tablerowscommand.h"
#include "topcommand.h"
#include "treecommand.h"
#include "tui/tuicommand.h"
#include "watchcommand.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdio>

namespace beamtop {

namespace {
template<typename T>
Command *make(QTextStream &out, QTextStream &err, QObject *parent)
{
    return new T(out, err, parent);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, CliApp::tr("Show the help, of a command when one is given."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, CliApp::tr("Show the version."));
}
} // namespace

const std::vector<CliApp::CommandInfo> &CliApp::commands()
{
    static const std::vector<CommandInfo> all = {
        {"nodes", &make<NodesCommand>},
        {"snapshot", &make<SnapshotCommand>},
        {"top", &make<TopCommand>},
        {"ports", &make<PortsCommand>},
        {"record", &make<RecordCommand>},
        {"process", &make<ProcessCommand>},
        {"port", &make<PortCommand>},
        {"dist", &make<DistCommand>},
        {"ets", &make<EtsCommand>},
        {"mnesia", &make<MnesiaCommand>},
        {"alloc", &make<AllocCommand>},
        {"apps", &make<AppsCommand>},
        {"tree", &make<TreeCommand>},
        {"watch", &make<WatchCommand>},
        {"tui", &make<tui::TuiCommand>},
        {"rules", &make<RulesCommand>},
        {"profiles", &make<ProfilesCommand>},
    };
    return all;
}

CliApp::CliApp(QObject *parent) : QObject(parent), m_out(stdout), m_err(stderr) {}

CliApp::~CliApp() = default;

Command *CliApp::create(const QString &name)
{
    for (const CommandInfo &c : commands())
        if (name == QLatin1String(c.name))
            return c.create(m_out, m_err, this);
    return nullptr;
}

int CliApp::commandIndex(const QStringList &arguments)
{
    // Which options take a value, over every command: their values are not the command.
    static const QSet<QString> valued = [] {
        QSet<QString> names;
        QList<QCommandLineOption> all = CliConnection::options();
        QTextStream none;
        for (const CommandInfo &c : commands()) {
            std::unique_ptr<Command> cmd(c.create(none, none, nullptr));
            all += cmd->options();
        }
        all += TableRowsCommand(TableBrowser::Source::Ets, none, none).options();
        for (const QCommandLineOption &o : std::as_const(all))
            if (!o.valueName().isEmpty())
                for (const QString &n : o.names())
                    names.insert(n);
        return names;
    }();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (a.size() > 1 && a.startsWith(QLatin1Char('-'))) {
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && valued.contains(name))
                ++i; // its value
            continue;
        }
        return i;
    }
    return -1;
}

QString CliApp::generalHelp()
{
    QString text = tr("Usage: beamtop-cli [connection options] COMMAND [options]") + QStringLiteral("\n\n")
        + tr("Beamtop's command line: observe an Erlang or Elixir node headless.") + QStringLiteral("\n\n")
        + tr("Commands:") + QLatin1Char('\n');
    QStringList talking;
    for (const CommandInfo &c : commands()) {
        std::unique_ptr<Command> cmd(c.create(m_out, m_err, nullptr));
        text += QStringLiteral("  ") + cmd->name().leftJustified(10) + cmd->summary() + QLatin1Char('\n');
        if (cmd->needsNode())
            talking << cmd->name();
    }
    text += QLatin1Char('\n') + tr("Connection options (%1):").arg(talking.join(QStringLiteral(", "))) + QLatin1Char('\n')
        + Command::optionHelp(CliConnection::options()) + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n')
        + Command::optionHelp({helpOption(), versionOption()}) + QLatin1Char('\n')
        + tr("Run beamtop-cli help COMMAND, or beamtop-cli COMMAND --help, for a command's own options.") + QLatin1Char('\n');
    return text;
}

QString CliApp::helpFor(const QString &name, Command *cmd)
{
    const QString own = cmd->helpText(CliConnection::options());
    const bool ets = name == QLatin1String("ets"), mnesia = name == QLatin1String("mnesia");
    if (!ets && !mnesia)
        return own;
    const QString rows = TableRowsCommand(ets ? TableBrowser::Source::Ets : TableBrowser::Source::Mnesia, m_out, m_err)
                             .helpText(CliConnection::options());
    return own.left(own.indexOf(Command::tr("Connection options:"))) + rows;
}

int CliApp::usage(const QString &message)
{
    m_err << message << '\n' << tr("Commands: %1.").arg([] {
        QStringList names;
        for (const CommandInfo &c : commands())
            names << QLatin1String(c.name);
        return names.join(QStringLiteral(", "));
    }()) << '\n'
          << tr("Run beamtop-cli --help for more.") << Qt::endl;
    return Command::Usage;
}

int CliApp::start(const QStringList &arguments)
{
    const int at = commandIndex(arguments);
    const QStringList before = arguments.mid(1, at < 0 ? -1 : at - 1);
    auto asked = [&](const QStringList &args, const QStringList &names) {
        for (const QString &n : names)
            if (args.contains(n))
                return true;
        return false;
    };
    if (at < 0) {
        if (asked(before, {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?")})) {
            m_out << generalHelp();
            return Command::Ok;
        }
        if (asked(before, {QStringLiteral("-v"), QStringLiteral("--version")})) {
            m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
            return Command::Ok;
        }
        return usage(tr("No command given."));
    }
    QString name = arguments.at(at);
    if (name == QLatin1String("help")) {
        // beamtop-cli help [COMMAND]
        const int next = commandIndex(QStringList{QString()} + arguments.mid(at + 1));
        if (next < 0) {
            m_out << generalHelp();
            return Command::Ok;
        }
        name = arguments.at(at + next);
        std::unique_ptr<Command> cmd(create(name));
        if (!cmd)
            return usage(tr("Unknown command '%1'.").arg(name));
        m_out << helpFor(name, cmd.get());
        return Command::Ok;
    }
    Command *cmd = create(name);
    // `ets TABLE` and `mnesia TABLE` read a table's rows: with a table it is another command.
    const bool ets = name == QLatin1String("ets"), mnesia = name == QLatin1String("mnesia");
    if ((ets || mnesia) && commandIndex(QStringList{QString()} + arguments.mid(at + 1)) >= 0) {
        delete cmd;
        cmd = new TableRowsCommand(ets ? TableBrowser::Source::Ets : TableBrowser::Source::Mnesia, m_out, m_err, this);
    }
    if (!cmd)
        return usage(tr("Unknown command '%1'.").arg(name));

    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser &p = *m_parser;
    QList<QCommandLineOption> options = cmd->options();
    if (cmd->needsNode())
        options += CliConnection::options();
    options << helpOption() << versionOption();
    p.addOptions(options);
    p.addPositionalArgument(QStringLiteral("command"), cmd->summary());
    if (!p.parse(arguments)) {
        m_err << p.errorText() << '\n'
              << tr("Usage: %1").arg(cmd->usageLine()) << '\n'
              << tr("Run beamtop-cli help %1 for its options.").arg(name) << Qt::endl;
        return Command::Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        // `ets TABLE --help` is about the rows; `ets --help` about both forms, as `help ets`.
        m_out << (dynamic_cast<TableRowsCommand *>(cmd) ? cmd->helpText(CliConnection::options()) : helpFor(name, cmd));
        return Command::Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Command::Ok;
    }
    if (const int rc = cmd->parse(p, p.positionalArguments().mid(1)))
        return rc;
    // Ends the program from the event loop, never from inside start().
    connect(cmd, &Command::finished, this, [this](int code) {
        m_out.flush();
        m_err.flush();
        QCoreApplication::exit(code);
    }, Qt::QueuedConnection);
    if (!cmd->needsNode())
        return cmd->run();

    m_connection = new CliConnection(m_out, m_err, this);
    if (const int rc = m_connection->parse(p))
        return rc;
    // The session's command finishes through the connection, which detaches first.
    disconnect(cmd, &Command::finished, this, nullptr);
    // Ctrl+C or SIGTERM: the command ends cleanly (a recording closes its document) and
    // Beamtop detaches from the node.
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::received, m_connection, &CliConnection::interrupt);
    m_connection->open(cmd);
    return -1;
}

} // namespace beamtop
