// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace beamtop {

struct AllocSample;

// beamtop-cli alloc: the node's memory allocators once, from the allocator reading the
// session takes in its first tick (after the system sample and the schedulers): one row per
// allocator type (and per instance with --instances), the totals against erlang:memory(total)
// and the resident size, the mseg_alloc cache and the findings with the emulator flags to look
// at. JSON is {node, taken_at, allocators} with the snapshot's "allocators" section.
class AllocCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("alloc"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;

private:
    void print(const AllocSample &sample);

    bool m_instances = false;
};

} // namespace beamtop
