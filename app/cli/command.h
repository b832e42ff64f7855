// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace beamtop {

class NodeSession;

// One subcommand of beamtop-cli: its name, its own options and its help, what it does with
// them, and its output in each --format. Commands that observe a node get a NodeSession from
// the dispatcher (CliConnection) and follow its tick like the desktop's pages: attach() before
// the session is live (how often to tick, or not at all for a one-shot), start() once it is.
// Every command ends with finished(exitCode), once.
class Command : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2, ConnectFailed = 3, RemoteError = 4 };
    // What the connection options decided, for the commands that talk to a node.
    struct Context
    {
        int timeoutMs = 5000;
        bool verbose = false;
    };

    Command(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    virtual QString name() const = 0;
    // What follows the options in the usage line: "PID|NAME"; empty for none.
    virtual QString arguments() const { return {}; }
    // One line for the list of commands.
    virtual QString summary() const = 0;
    // The help's paragraph; the summary unless more needs saying.
    virtual QString description() const { return summary(); }
    // This command's own options (not the connection options, nor --help).
    virtual QList<QCommandLineOption> options() const = 0;
    // Whether it talks to a node (then it takes the connection options and gets a session).
    virtual bool needsNode() const { return true; }
    // The --format values it writes, the default first; empty when it has no --format.
    virtual QStringList formats() const { return {QStringLiteral("text"), QStringLiteral("json")}; }

    // Reads this command's options and arguments (what follows the command's name). Ok to go
    // on, else the exit code (the reason printed).
    virtual int parse(const QCommandLineParser &p, const QStringList &args) = 0;
    // A command that needs no node: does its work. An exit code, or -1 while it runs on
    // (finished() then ends it).
    virtual int run() { return Ok; }
    // A command that talks to a node: the session exists, not live yet.
    virtual void attach(NodeSession *session, const Context &context);
    // The session is live: its first tick comes right after this returns.
    virtual void start() {}
    // Ctrl+C or SIGTERM: by default the command ends (exit code 128 + the signal).
    virtual void interrupt(int signalNumber);
    // The node went away (said on stderr already): by default the command ends with RemoteError.
    // For a command that reconnects(), only when the link is lost for good.
    virtual void linkLost();
    // Whether the connection should come back by itself after a lost link (the session says
    // Reconnecting meanwhile), as the desktop's does; false: a lost link ends the command.
    virtual bool reconnects() const { return false; }
    // A command with a --demo option runs on the bundled demo node, which the connection
    // starts, reports the progress of here, connects to, and stops at the end.
    virtual void demoProgress(const QString &text) { Q_UNUSED(text) }
    // Something is about to be said on stderr before the program ends (a connect failure, a
    // link lost for good): a command holding the terminal gives it back first.
    virtual void prepareToReport() {}

    bool isFinished() const { return m_finished; }

    // The help of this command: usage, description, its options, and the connection options
    // when it takes them.
    QString helpText(const QList<QCommandLineOption> &connectionOptions) const;
    QString usageLine() const;
    // Options as help lines: "  -n, --node <NODE>   The node, name@host.", wrapped.
    static QString optionHelp(const QList<QCommandLineOption> &options);

signals:
    void finished(int exitCode);

protected:
    // Prints the reason and where to read the options; returns Usage.
    int usageError(const QString &message);
    // The --format option of this command (its formats(), the first the default).
    QCommandLineOption formatOption() const;
    QCommandLineOption prettyOption() const;
    // Reads --format (and --pretty): Ok, or Usage with the reason printed.
    int parseFormat(const QCommandLineParser &p);
    QString format() const { return m_format; }
    bool isText() const { return m_format == QLatin1String("text"); }
    bool isJson() const { return m_format == QLatin1String("json"); }
    bool pretty() const { return m_pretty; }
    // A JSON document on one line (indented when --pretty and indent).
    void printJson(const QJsonObject &doc, bool indent = true);
    // Ends the command, once: flushes the output and emits finished().
    void finish(int exitCode);

    NodeSession *session() const { return m_session; }
    const Context &context() const { return m_context; }

    QTextStream &m_out;
    QTextStream &m_err;

private:
    NodeSession *m_session = nullptr;
    Context m_context;
    QString m_format;
    bool m_pretty = false;
    bool m_finished = false;
};

} // namespace beamtop
