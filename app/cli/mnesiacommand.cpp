// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesiacommand.h"

#include "collect/mnesiacollector.h"
#include "session/nodesession.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QLocale>

namespace beamtop {

namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString nodes(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("-") : list.join(QLatin1Char(','));
}

QString age(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : MnesiaCommand::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

// "Held locks (3 of 120)" or "Held locks: timed out".
template <typename T>
bool listHeading(QTextStream &out, const QString &title, const MnesiaList<T> &list)
{
    out << '\n';
    if (!list.isRead()) {
        out << MnesiaCommand::tr("%1: could not read (%2)").arg(title, list.problem) << '\n';
        return false;
    }
    if (list.items.isEmpty()) {
        out << MnesiaCommand::tr("%1: none").arg(title) << '\n';
        return false;
    }
    out << (list.isCapped() ? MnesiaCommand::tr("%1 (the first %2 of %3)")
                                  .arg(title, QLocale().toString(list.items.size()), QLocale().toString(list.total))
                            : MnesiaCommand::tr("%1 (%2)").arg(title, QLocale().toString(list.total)))
        << '\n';
    return true;
}

} // namespace

QString MnesiaCommand::summary() const
{
    return tr("Mnesia on the node: db nodes, tables and replicas, locks and transactions.");
}

QString MnesiaCommand::description() const
{
    return tr("Reads Mnesia on the node once, without a lock or a transaction: the db nodes running and stopped, "
              "this node's role (disc or ram node), the system items (directory, schema location, version, "
              "checkpoints, log dump thresholds, ...), every table with its storage type here, type, size, memory "
              "in bytes and replicas by storage type, the held locks, the lock queue and the ongoing transactions "
              "(capped), and the transaction counters since Mnesia started. Each read has a timeout of its own: "
              "what a stuck Mnesia does not answer is named, the rest is shown. A node without Mnesia says so "
              "(exit code 0). --format text for people, json for the snapshot's mnesia section.");
}

QList<QCommandLineOption> MnesiaCommand::options() const
{
    return {formatOption(), prettyOption()};
}

int MnesiaCommand::parse(const QCommandLineParser &p, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("Unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
    return parseFormat(p);
}

void MnesiaCommand::attach(NodeSession *session, const Context &context)
{
    Command::attach(session, context);
    session->setPaused(true); // one reading: the tick the session takes as it goes live
    session->subscribe(NodeSession::Feed::Mnesia, this);
    connect(session->mnesia(), &MnesiaCollector::sampleReady, this, [this](const MnesiaSample &s) {
        if (isFinished())
            return;
        print(s);
        finish(Ok);
    });
    connect(session->mnesia(), &MnesiaCollector::failed, this, [this](const QString &error) {
        if (isFinished())
            return;
        m_err << tr("Could not read Mnesia: %1").arg(error) << Qt::endl;
        finish(RemoteError);
    });
}

void MnesiaCommand::print(const MnesiaSample &sample)
{
    if (isJson()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("node"), session()->nodeName());
        doc.insert(QStringLiteral("taken_at"), sample.at.toUTC().toString(Qt::ISODateWithMs));
        doc.insert(QStringLiteral("mnesia"), sample.toJson());
        printJson(doc);
        return;
    }
    if (!sample.running) {
        m_out << tr("Mnesia is not running on %1 (%2).")
                     .arg(session()->nodeName(),
                          sample.loaded ? tr("loaded, status: %1").arg(orDash(sample.status)) : tr("not loaded"))
              << '\n';
        return;
    }
    m_out << tr("Mnesia on %1").arg(session()->nodeName()) << "\n\n";
    writeText(m_out, sample);
}

void MnesiaCommand::writeText(QTextStream &out, const MnesiaSample &s)
{
    const QLocale loc;
    auto count = [&](qint64 v) { return v < 0 ? QStringLiteral("-") : loc.toString(v); };
    auto line = [&](const QString &label, const QString &value) { out << label.leftJustified(26) << value << '\n'; };
    const QString role = s.role == MnesiaSample::Role::DiscNode ? tr("disc node (schema on disc)")
                         : s.role == MnesiaSample::Role::RamNode ? tr("ram node (diskless)")
                                                                 : tr("unknown (%1)").arg(s.schemaStorage.problem());
    line(tr("role"), role);
    line(tr("db nodes running"), nodes(s.runningDbNodes));
    line(tr("db nodes stopped"), s.system.value(QStringLiteral("db_nodes")).ok() ? nodes(s.stoppedDbNodes)
                                                                                : tr("unknown"));
    for (const QString &key : MnesiaSample::systemKeys())
        if (key != QLatin1String("db_nodes") && key != QLatin1String("running_db_nodes")
            && !key.startsWith(QLatin1String("transaction_")))
            line(key, s.systemText(key));
    line(tr("transactions"), tr("%1 commits, %2 failures, %3 restarts, %4 log writes")
                                 .arg(count(s.commits), count(s.failures), count(s.restarts), count(s.logWrites)));

    out << '\n'
        << (s.tablesTotal > s.tables.size() ? tr("Tables (the first %1 of %2)").arg(loc.toString(s.tables.size()), count(s.tablesTotal))
                                            : tr("Tables (%1)").arg(loc.toString(s.tables.size())))
        << '\n';
    QVector<QStringList> rows = {{tr("NAME"), tr("STORAGE"), tr("TYPE"), tr("READ FROM"), tr("RAM"), tr("DISC"),
                                  tr("DISC_ONLY"), tr("SIZE"), tr("MEMORY")}};
    QStringList unread;
    for (const MnesiaTable &t : s.tables) {
        rows.append({t.name, MnesiaTable::storageName(t.storage), orDash(t.type), orDash(t.whereToRead), nodes(t.ramCopies),
                     nodes(t.discCopies), nodes(t.discOnlyCopies), count(t.size),
                     t.memoryBytes < 0 ? QStringLiteral("-") : loc.formattedDataSize(t.memoryBytes)});
        for (auto it = t.problems.constBegin(); it != t.problems.constEnd(); ++it)
            unread << tr("%1.%2: %3").arg(t.name, it.key(), it.value());
    }
    writeTextTable(out, rows, 7);
    if (!unread.isEmpty()) {
        unread.sort();
        out << tr("Could not read: %1").arg(unread.join(QStringLiteral("; "))) << '\n';
    }

    if (listHeading(out, tr("Held locks"), s.heldLocks)) {
        QVector<QStringList> locks = {{tr("TABLE"), tr("KEY"), tr("LOCK"), tr("TRANSACTION")}};
        for (const MnesiaLock &l : s.heldLocks.items)
            locks.append({orDash(l.table), l.table.isEmpty() ? l.text : l.key, orDash(l.kind), l.tid.text});
        writeTextTable(out, locks, 4);
    }
    if (listHeading(out, tr("Lock queue"), s.lockQueue)) {
        QVector<QStringList> queue = {{tr("TABLE"), tr("KEY"), tr("OP"), tr("PID"), tr("TRANSACTION"), tr("WAITING FOR")}};
        for (const MnesiaQueuedLock &l : s.lockQueue.items)
            queue.append({orDash(l.table), l.table.isEmpty() ? l.text : l.key, orDash(l.op), orDash(l.pid), l.tid.text,
                          l.waitingFor.text});
        writeTextTable(out, queue, 6);
    }
    if (listHeading(out, tr("Ongoing transactions"), s.transactions)) {
        QVector<QStringList> trans = {{tr("TID"), tr("PID"), tr("STATUS"), tr("SEEN FOR")}};
        for (const MnesiaTransaction &t : s.transactions.items)
            trans.append({t.tid.isValid() ? loc.toString(t.tid.counter) : t.tid.text, orDash(t.pid), orDash(t.status), age(t.ageMs)});
        writeTextTable(out, trans, 3);
    }
}

} // namespace beamtop
