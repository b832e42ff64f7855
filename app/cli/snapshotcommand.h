// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace beamtop {

class SnapshotAssembler;

// beamtop-cli snapshot: the beamtop.snapshot/1 document (every view's section, put together by
// the backend's SnapshotAssembler) once, or --repeat times on one connection, one per tick of
// the session at --interval (JSON Lines).
class SnapshotCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString name() const override { return QStringLiteral("snapshot"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override;
    int parse(const QCommandLineParser &p, const QStringList &args) override;
    void attach(NodeSession *session, const Context &context) override;
    void start() override;

private:
    void print();

    SnapshotAssembler *m_assembler = nullptr;
    int m_repeat = 1;
    int m_intervalMs = 1000;
    double m_budget = -1;
    int m_done = 0;
};

} // namespace beamtop
