// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace beamtop {

// beamtop-cli nodes: the nodes registered with EPMD on a host (what `epmd -names` shows), to
// find the name to connect to. Talks to EPMD only, not to a node.
class NodesCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("nodes"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override;
    bool needsNode() const override { return false; }
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    int run() override;

private:
    QString m_host;
    quint16 m_epmdPort = 0;
    int m_timeoutMs = 5000;
};

} // namespace beamtop
