// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/distsample.h"
#include "command.h"

namespace beamtop {

// beamtop-cli dist: the node's distribution links once: every connected node (visible and
// hidden, Beamtop's own connection marked), its address, bytes in and out and per second, the
// output queue against dist_buf_busy_limit, and how long it has been quiet. Rates need two
// readings: the one the session takes as it goes live, and a second one a tick later, which is
// printed. JSON is {node, taken_at, distribution} with the snapshot's "distribution" section.
class DistCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("dist"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;

    // The text table for people.
    static void writeText(QTextStream &out, const DistSample &sample);

private:
    void onSample(const DistSample &sample);
    void print(const DistSample &sample);

    int m_readings = 0;
};

} // namespace beamtop
