// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcommand.h"

#include "collect/systemcollector.h"
#include "export/snapshotassembler.h"
#include "session/nodesession.h"

#include <QCommandLineParser>

namespace beamtop {

QString SnapshotCommand::summary() const
{
    return tr("The node at a glance: system, schedulers and the top processes by memory.");
}

QString SnapshotCommand::description() const
{
    return tr("Prints the node's system overview, its schedulers' utilisation and the 50 processes using the most "
              "memory, as the beamtop.snapshot/1 JSON document or as text. With --repeat, one snapshot per interval "
              "on one connection (JSON Lines); rates are null in the first. On a node too large to rank within "
              "about a second, the processes are those ranked so far, marked partial with the share ranked.");
}

QList<QCommandLineOption> SnapshotCommand::options() const
{
    return {formatOption(), prettyOption(),
            {QStringLiteral("repeat"), tr("Take N snapshots on one connection."), tr("N"), QStringLiteral("1")},
            {QStringLiteral("interval"), tr("Milliseconds between snapshots (default 1000)."), tr("MS"), QStringLiteral("1000")},
            {QStringLiteral("budget"), tr("Share of one scheduler the agent may spend on the node, ranking included (default 0.02)."),
             tr("F")}};
}

QStringList SnapshotCommand::formats() const
{
    return {QStringLiteral("json"), QStringLiteral("text")};
}

int SnapshotCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    if (const int rc = parseFormat(p))
        return rc;
    bool ok = true;
    m_repeat = p.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || m_repeat < 1)
        return usageError(tr("--repeat takes a positive number."));
    m_intervalMs = p.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || m_intervalMs < 0)
        return usageError(tr("--interval takes a number of milliseconds."));
    if (p.isSet(QStringLiteral("budget"))) {
        m_budget = p.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || m_budget <= 0 || m_budget > 1)
            return usageError(tr("--budget takes a fraction between 0 and 1, e.g. 0.02 for 2 %."));
    }
    return Ok;
}

void SnapshotCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    // One snapshot per tick; a single one is the tick the session takes as it goes live.
    session->setRefreshIntervalMs(qMax(1, m_intervalMs));
    session->setPaused(m_repeat == 1);
    m_assembler = new SnapshotAssembler(session, this);
    m_assembler->setTimeoutMs(context.timeoutMs);
    connect(m_assembler, &SnapshotAssembler::snapshotReady, this, &SnapshotCommand::print);
    connect(m_assembler, &SnapshotAssembler::failed, this, [this](const QString &error) {
        m_err << error << Qt::endl;
        finish(RemoteError);
    });
}

void SnapshotCommand::start()
{
    if (m_budget > 0)
        session()->agent()->setBudget(m_budget);
    m_assembler->start();
}

void SnapshotCommand::print()
{
    if (isFinished())
        return;
    if (context().verbose)
        m_err << tr("snapshot in %1 ms, %2 bytes from the node for the system overview")
                     .arg(m_assembler->elapsedMs()).arg(session()->system()->lastReplyBytes())
              << Qt::endl;
    if (isJson()) {
        printJson(m_assembler->document(), m_repeat == 1); // JSON Lines when repeated
    } else {
        m_assembler->writeText(m_out);
        m_out << Qt::endl;
    }
    if (++m_done >= m_repeat)
        finish(Ok);
}

} // namespace beamtop
