// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/mnesiasample.h"
#include "command.h"

namespace beamtop {

// beamtop-cli mnesia: Mnesia on the node, read once: the database (db nodes running and
// stopped, this node's role, the system items, each read on its own with a timeout so a stuck
// Mnesia shows what it could read), the tables with their storage, size, memory and replicas,
// held locks, the lock queue and ongoing transactions, and the transaction counters. A node
// without Mnesia says so and exits 0. JSON is {node, taken_at, mnesia} with the snapshot's
// "mnesia" section.
class MnesiaCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("mnesia"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;

    // The text for people.
    static void writeText(QTextStream &out, const MnesiaSample &sample);

private:
    void print(const MnesiaSample &sample);
};

} // namespace beamtop
