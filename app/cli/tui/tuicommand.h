// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include "alerts/alertrule.h"

#include <memory>

namespace beamtop::tui {

class Terminal;
class TuiScreen;

// `beamtop-cli tui`: the terminal mode, a full-screen live view of one node in the spirit of
// htop, with the desktop's pages (Home, Processes, Load, Memory, Network, ETS, Mnesia,
// Applications, Alerts) over the same session and models. It reconnects after a lost link
// (a banner says so) and puts the terminal back however it ends.
class TuiCommand : public Command
{
    Q_OBJECT
public:
    TuiCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~TuiCommand() override;

    QString name() const override { return QStringLiteral("tui"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override { return {}; }
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;
    void interrupt(int signalNumber) override;
    void linkLost() override;
    bool reconnects() const override { return true; }
    void demoProgress(const QString &text) override;
    void prepareToReport() override;

private:
    bool openTerminal();
    void end(int exitCode);

    bool m_color = true;
    bool m_ascii = false;
    bool m_allowActions = false;
    int m_intervalMs = 1000;
    double m_budget = 0; // --budget; 0: the agent's default
    RuleSet m_rules;
    Terminal *m_terminal = nullptr;
    TuiScreen *m_screen = nullptr;
};

} // namespace beamtop::tui
