// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "term/term.h"

#include <QJsonObject>

namespace beamtop {

class TermFormatter;

// beamtop-cli process PID|NAME: one process in detail (the agent's details, and with
// --messages the first messages of its queue), found by pid or by registered name written as
// the node's syntax has it: code_server, or MyApp.Cache on an Elixir node. Text for people,
// JSON for scripts.
class ProcessCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("process"); }
    QString arguments() const override { return tr("PID|NAME"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;

    // Whether text names a pid (<0.123.0>, #PID<0.123.0>, 0.123.0) rather than a name.
    static bool looksLikePid(const QString &text);
    // The atom a registered name stands for: code_server, 'quoted', :code_server and
    // :"quoted" as written; an alias like MyApp.Cache is Elixir's 'Elixir.MyApp.Cache' (an
    // Erlang atom starting with a capital needs quotes, so there is no doubt).
    static QString atomForName(const QString &text);
    // The agent's details as JSON: terms as termToJson gives them, functions as TermFormatter::
    // call writes them, the stack trace as [{"function", "file", "line"}].
    static QJsonObject detailsJson(const Term &details, const TermFormatter &f);

private:
    void fetch(const Term &pid);
    void print();
    void printText(const TermFormatter &f);

    QString m_target;
    static constexpr int MaxMessages = 100; // the agent's cap on a queue preview
    int m_messages = 0;
    bool m_force = false;
    // Error terms (the default) until known.
    Term m_name; // the atom looked up, when given a name
    Term m_pid;
    Term m_details;
    Term m_messageReply;
};

} // namespace beamtop
