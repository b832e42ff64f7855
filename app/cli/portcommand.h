// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/portdetails.h"
#include "command.h"

namespace beamtop {

// beamtop-cli port ID: one port or socket in detail (the agent's port_details), found by its id
// as the node prints it: #Port<0.5>, 5 (the same port), or #Socket<0.1.2.3>. Text shows every
// section (overview, addresses, statistics, options with the unsupported ones marked, links and
// monitors); JSON is {node, port: PortDetails::toJson}.
class PortCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("port"); }
    QString arguments() const override { return tr("ID"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;

    // Whether text names a port or socket the way the node prints one (or a bare port number).
    static bool looksLikePortId(const QString &text);
    // The text form for people (every section), as printed by `port --format text`.
    static void writeText(QTextStream &out, const PortDetails &d, const TermFormatter &f);

private:
    void print(const PortDetails &d);

    QString m_target;
};

} // namespace beamtop
