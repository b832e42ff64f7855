// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesiafactsmodel.h"

#include "format.h"

namespace beamtop {

MnesiaFactsModel::MnesiaFactsModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString MnesiaFactsModel::headerText(int column) const
{
    switch (Column(column)) {
    case Fact: return tr("Fact");
    case Value: return tr("Value");
    case ColumnCount: break;
    }
    return {};
}

QString MnesiaFactsModel::problemText(const MnesiaRead &read)
{
    // The same words as a table field that could not be read (MnesiaRead::problem).
    return read.ok() ? QString() : tr("could not read: %1").arg(read.problem());
}

void MnesiaFactsModel::setSample(const MnesiaSample &s)
{
    QVector<Row> rows;
    auto add = [&rows](const QString &key, const QString &label, const Cell &value, Level level = Level::Normal) {
        Row r;
        r.key = key;
        r.level = level;
        r.cells = {Cell{label, key, {}}, value};
        rows.append(r);
    };
    auto failed = [](const MnesiaRead &read) {
        return Cell{problemText(read), QVariant(), tr("Mnesia could not answer this read: %1").arg(read.problem())};
    };
    // A system item as the node gave it, or why it could not be read.
    auto item = [&](const QString &key, const QString &label, const QString &tip = {}) {
        const MnesiaRead read = s.system.value(key);
        if (!read.ok()) {
            add(key, label, failed(read), Level::Warning);
            return;
        }
        const QString text = s.systemText(key);
        add(key, label, Cell{text, text, tip});
    };
    auto nodes = [&](const QString &key, const QString &label, const QStringList &list, bool bad = false) {
        const MnesiaRead read = s.system.value(key);
        if (!read.ok())
            add(key, label, failed(read), Level::Warning);
        else if (list.isEmpty())
            add(key, label, Cell{tr("none"), QString(), {}});
        else
            add(key, label, Cell{list.join(QStringLiteral(", ")), list.join(QLatin1Char(',')), list.join(QLatin1Char('\n'))},
                bad ? Level::Warning : Level::Normal);
    };
    auto counter = [&](const QString &key, const QString &label, qint64 value, const QString &tip) {
        const MnesiaRead read = s.system.value(key);
        if (!read.ok() || value < 0)
            add(key, label, failed(read), Level::Warning);
        else
            add(key, label, Cell{Format::count(value), value, tip.arg(value)});
    };

    nodes(QStringLiteral("running_db_nodes"), tr("Running db nodes"), s.runningDbNodes);
    {
        // Stopped = db_nodes − running_db_nodes: both reads are needed.
        const MnesiaRead db = s.system.value(QStringLiteral("db_nodes"));
        const MnesiaRead running = s.system.value(QStringLiteral("running_db_nodes"));
        const QString key = QStringLiteral("stopped_db_nodes");
        if (!db.ok())
            add(key, tr("Stopped db nodes"), failed(db), Level::Warning);
        else if (!running.ok())
            add(key, tr("Stopped db nodes"), failed(running), Level::Warning);
        else if (s.stoppedDbNodes.isEmpty())
            add(key, tr("Stopped db nodes"), Cell{tr("none"), QString(), {}});
        else
            add(key, tr("Stopped db nodes"),
                Cell{s.stoppedDbNodes.join(QStringLiteral(", ")), s.stoppedDbNodes.join(QLatin1Char(',')),
                     tr("Part of the database but not running Mnesia now:\n%1").arg(s.stoppedDbNodes.join(QLatin1Char('\n')))},
                Level::Warning);
    }
    nodes(QStringLiteral("extra_db_nodes"), tr("Extra db nodes"), s.extraDbNodes);

    const QString roleKey = QStringLiteral("role");
    if (!s.schemaStorage.ok())
        add(roleKey, tr("This node"), failed(s.schemaStorage), Level::Warning);
    else if (s.role == MnesiaSample::Role::DiscNode)
        add(roleKey, tr("This node"), Cell{tr("disc node"), MnesiaSample::roleName(s.role), tr("The schema is on disc: disc_copies")});
    else if (s.role == MnesiaSample::Role::RamNode)
        add(roleKey, tr("This node"),
            Cell{tr("RAM node (diskless)"), MnesiaSample::roleName(s.role), tr("The schema is in RAM only: ram_copies")});
    else
        add(roleKey, tr("This node"), Cell{tr("unknown"), MnesiaSample::roleName(s.role), {}});

    item(QStringLiteral("schema_location"), tr("Schema location"));
    item(QStringLiteral("directory"), tr("Directory"));
    item(QStringLiteral("use_dir"), tr("Uses the directory"));
    item(QStringLiteral("version"), tr("Version"));
    item(QStringLiteral("checkpoints"), tr("Checkpoints"));
    item(QStringLiteral("dump_log_write_threshold"), tr("Log dump after writes"),
         tr("The transaction log is dumped to the table files after this many writes"));
    item(QStringLiteral("dump_log_time_threshold"), tr("Log dump interval (ms)"),
         tr("The transaction log is dumped at least this often, in milliseconds"));
    item(QStringLiteral("dump_log_update_in_place"), tr("Log dump updates in place"));
    counter(QStringLiteral("transaction_commits"), tr("Transactions committed"), s.commits, tr("%L1 since Mnesia started"));
    counter(QStringLiteral("transaction_failures"), tr("Transactions failed"), s.failures, tr("%L1 since Mnesia started"));
    counter(QStringLiteral("transaction_restarts"), tr("Transactions restarted"), s.restarts,
            tr("%L1 since Mnesia started: restarts come from lock contention or a lost node"));
    counter(QStringLiteral("transaction_log_writes"), tr("Log writes"), s.logWrites, tr("%L1 since Mnesia started"));
    if (s.tablesTotal >= 0)
        add(QStringLiteral("tables"), tr("Tables"), Cell{Format::count(s.tablesTotal), s.tablesTotal, {}});
    item(QStringLiteral("master_node_tables"), tr("Tables with master nodes"));
    item(QStringLiteral("subscribers"), tr("Subscribers"));
    item(QStringLiteral("backend_types"), tr("Backend types"));
    item(QStringLiteral("core_dir"), tr("Core dump directory"));
    applyRows(std::move(rows));
}

} // namespace beamtop
