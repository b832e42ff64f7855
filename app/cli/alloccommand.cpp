// SPDX-License-Identifier: GPL-3.0-or-later
#include "alloccommand.h"

#include "collect/alloccollector.h"
#include "export/alloccolumns.h"
#include "export/rowwriter.h"
#include "session/nodesession.h"

#include <QCommandLineParser>

namespace beamtop {

QString AllocCommand::summary() const
{
    return tr("The memory allocators: carriers, usage, the mseg cache, and what to change.");
}

QString AllocCommand::description() const
{
    return tr("Reads the node's memory allocators in one dump and prints, per allocator type, the carriers it "
              "holds, the blocks in them and their usage, then the totals against erlang:memory(total) and the "
              "node's resident size, the mseg_alloc cache, and the findings in plain words with the emulator flag to "
              "look at (never applied). --instances adds a row per instance (0 is the global one, the others one per "
              "scheduler). --format table (or text) for people, csv for the rows, json for the snapshot's "
              "allocators section.");
}

QList<QCommandLineOption> AllocCommand::options() const
{
    return {{QStringLiteral("instances"), tr("Add each allocator instance under its type, and the mseg cache per instance.")},
            formatOption(), prettyOption()};
}

QStringList AllocCommand::formats() const
{
    // "table" is taken for text (Command::parseFormat), as with top.
    return {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")};
}

int AllocCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    if (const int rc = parseFormat(p))
        return rc;
    m_instances = p.isSet(QStringLiteral("instances"));
    return Ok;
}

void AllocCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setPaused(true); // one look: the tick the session takes as it goes live
    AllocCollector *allocators = session->allocators();
    // Before the first tick, so its reading carries the instances.
    allocators->setAllInstances(m_instances);
    connect(allocators, &AllocCollector::sampleReady, this, &AllocCommand::print);
    connect(allocators, &AllocCollector::failed, this, [this](const QString &error) {
        if (isFinished())
            return;
        m_err << tr("Could not read the allocators: %1").arg(error) << Qt::endl;
        finish(RemoteError);
    });
    // The allocators are read after the tick's system sample: without it, none come.
    connect(session, &NodeSession::fetchFailed, this, [this](const QString &error) {
        if (isFinished())
            return;
        m_err << tr("Could not read the node: %1").arg(error) << Qt::endl;
        finish(RemoteError);
    });
}

void AllocCommand::start()
{
    // The session reads the allocators only where the agent can: elsewhere, ask once to be
    // told why (the collector says it in a sentence, through failed()).
    if (!session()->allocators()->isAvailable())
        session()->allocators()->fetch();
}

void AllocCommand::print(const AllocSample &sample)
{
    if (isFinished())
        return;
    const QVector<AllocFinding> findings = AllocFindings::evaluate(sample);
    if (isJson()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("node"), session()->nodeName());
        doc.insert(QStringLiteral("taken_at"), sample.takenAt.toUTC().toString(Qt::ISODateWithMs));
        doc.insert(QStringLiteral("allocators"), AllocColumns::document(sample, findings, m_instances));
        printJson(doc);
    } else if (format() == QLatin1String("csv")) {
        RowWriter csv(RowWriter::Format::Csv, AllocColumns::keys());
        QByteArray text = csv.begin();
        for (const AllocType &t : sample.types) {
            text += csv.row(AllocColumns::typeRow(t));
            if (m_instances)
                for (const AllocInstance &in : t.instanceRows)
                    text += csv.row(AllocColumns::instanceRow(t, in));
        }
        m_out << text;
    } else {
        m_out << tr("Memory allocators of %1").arg(session()->nodeName()) << "\n\n";
        AllocColumns::writeText(m_out, sample, findings, m_instances);
    }
    finish(Ok);
}

} // namespace beamtop
