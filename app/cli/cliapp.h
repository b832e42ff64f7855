// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace beamtop {

class CliConnection;
class Command;
class SignalWatcher;

// beamtop-cli: the dispatcher. Finds the command in the arguments, gives it a parser with only
// its own options (and the connection options when it talks to a node), prints help per
// command, and runs it: on a NodeSession (CliConnection) or on its own. Adding a command is
// one line in cliapp.cpp.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Parses the arguments and starts; returns -1 when running (the event loop decides the exit
    // code through QCoreApplication::exit), or an exit code when done already.
    int start(const QStringList &arguments);

    struct CommandInfo
    {
        const char *name;
        Command *(*create)(QTextStream &out, QTextStream &err, QObject *parent);
    };
    // Every command, in the order of the help.
    static const std::vector<CommandInfo> &commands();

private:
    Command *create(const QString &name);
    // The command's name in the arguments (skipping options and their values), or empty.
    static int commandIndex(const QStringList &arguments);
    QString generalHelp();
    // A command's own help with the connection options; ets and mnesia have a second form (with
    // a TABLE: its rows), whose help follows theirs, the connection options once at the end.
    QString helpFor(const QString &name, Command *cmd);
    int usage(const QString &message);

    QTextStream m_out;
    QTextStream m_err;
    // Lives as long as the program: a command may read it while it runs.
    std::unique_ptr<QCommandLineParser> m_parser;
    CliConnection *m_connection = nullptr;
    SignalWatcher *m_signals = nullptr;
};

} // namespace beamtop
