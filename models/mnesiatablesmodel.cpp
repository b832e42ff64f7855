// SPDX-License-Identifier: GPL-3.0-or-later
#include "mnesiatablesmodel.h"

#include "format.h"

#include <algorithm>

namespace beamtop {

namespace {

QString storageText(const MnesiaTable &t)
{
    switch (t.storage) {
    case MnesiaTable::Storage::Ram: return MnesiaTablesModel::tr("ram");
    case MnesiaTable::Storage::Disc: return MnesiaTablesModel::tr("disc");
    case MnesiaTable::Storage::DiscOnly: return MnesiaTablesModel::tr("disc only");
    case MnesiaTable::Storage::External: return MnesiaTablesModel::tr("external");
    case MnesiaTable::Storage::Remote: return MnesiaTablesModel::tr("no local copy");
    case MnesiaTable::Storage::Unknown: break;
    }
    return {};
}

QString yesNo(int flag)
{
    return flag < 0 ? QString() : flag ? MnesiaTablesModel::tr("yes") : MnesiaTablesModel::tr("no");
}

} // namespace

MnesiaTablesModel::MnesiaTablesModel(QObject *parent) : RowTableModel(ColumnCount, parent) {}

QString MnesiaTablesModel::headerText(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Table");
    case Storage: return tr("Storage here");
    case Type: return tr("Type");
    case Size: return tr("Rows");
    case Memory: return tr("Memory");
    case RamCopies: return tr("RAM copies");
    case DiscCopies: return tr("Disc copies");
    case DiscOnlyCopies: return tr("Disc-only copies");
    case ExternalCopies: return tr("External copies");
    case WhereToRead: return tr("Read from");
    case Majority: return tr("Majority");
    case Indexes: return tr("Indexes");
    case Attributes: return tr("Attributes");
    case LoadReason: return tr("Load reason");
    case LocalContent: return tr("Local content");
    case ColumnCount: break;
    }
    return {};
}

QString MnesiaTablesModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Storage: return tr("How this node holds the table: in RAM, on disc with a RAM copy, on disc only, in an external "
                            "backend, or not at all (reads then go to another node).");
    case Size: return tr("Rows in this node's copy; unknown without a local copy.");
    case Memory: return tr("What this node's copy takes, in bytes (words converted for RAM and disc copies); unknown "
                           "without a local copy.");
    case RamCopies:
    case DiscCopies:
    case DiscOnlyCopies:
    case ExternalCopies: return tr("The nodes holding a replica of this kind.");
    case WhereToRead: return tr("The node this node reads the table from (where_to_read); \"nowhere\" means no copy is "
                                "reachable.");
    case Majority: return tr("Whether a write needs a majority of the replicas to succeed.");
    case Indexes: return tr("The attribute positions with a secondary index.");
    case LoadReason: return tr("How this node's copy was loaded (from disc, from another node, created, ...).");
    case LocalContent: return tr("A table whose content is local to each node (local_content): never replicated.");
    default: break;
    }
    return {};
}

bool MnesiaTablesModel::isMetricColumn(int column) const
{
    return column == Size || column == Memory;
}

QString MnesiaTablesModel::fieldOf(int column)
{
    switch (Column(column)) {
    case Name: return QStringLiteral("name");
    case Storage: return QStringLiteral("storage_type");
    case Type: return QStringLiteral("type");
    case Size: return QStringLiteral("size");
    case Memory: return QStringLiteral("memory_bytes");
    case RamCopies: return QStringLiteral("ram_copies");
    case DiscCopies: return QStringLiteral("disc_copies");
    case DiscOnlyCopies: return QStringLiteral("disc_only_copies");
    case ExternalCopies: return QStringLiteral("external_copies");
    case WhereToRead: return QStringLiteral("where_to_read");
    case Majority: return QStringLiteral("majority");
    case Indexes: return QStringLiteral("index");
    case Attributes: return QStringLiteral("attributes");
    case LoadReason: return QStringLiteral("load_reason");
    case LocalContent: return QStringLiteral("local_content");
    case ColumnCount: break;
    }
    return {};
}

void MnesiaTablesModel::setSample(const MnesiaSample &sample)
{
    m_tables = sample.tables;
    // Name order, whatever order the node listed them in: rows never move, so a refresh is
    // always a difference.
    std::sort(m_tables.begin(), m_tables.end(), [](const MnesiaTable &a, const MnesiaTable &b) { return a.name < b.name; });
    apply();
}

void MnesiaTablesModel::setHideSystem(bool hide)
{
    if (hide == m_hideSystem)
        return;
    m_hideSystem = hide;
    apply();
}

int MnesiaTablesModel::systemCount() const
{
    return int(std::count_if(m_tables.cbegin(), m_tables.cend(), [](const MnesiaTable &t) { return t.system; }));
}

const MnesiaTable *MnesiaTablesModel::table(const QString &name) const
{
    for (const MnesiaTable &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

void MnesiaTablesModel::clear()
{
    m_tables.clear();
    apply();
}

void MnesiaTablesModel::apply()
{
    QVector<Row> rows;
    rows.reserve(m_tables.size());
    for (const MnesiaTable &t : std::as_const(m_tables)) {
        if (!(m_hideSystem && t.system))
            rows.append(makeRow(t));
    }
    applyRows(std::move(rows));
}

RowTableModel::Row MnesiaTablesModel::makeRow(const MnesiaTable &t) const
{
    Row row;
    row.key = t.name;
    row.cells.resize(ColumnCount);
    auto nodes = [](const QStringList &list) {
        return Cell{list.join(QStringLiteral(", ")), list.join(QLatin1Char(',')), list.join(QLatin1Char('\n'))};
    };

    QString nameTip = t.name;
    if (!t.recordName.isEmpty() && t.recordName != t.name)
        nameTip = tr("%1 (records: %2)").arg(t.name, t.recordName);
    if (t.system)
        nameTip += QLatin1Char('\n') + tr("Mnesia's own schema table.");
    row.cells[Name] = Cell{t.name, t.name, nameTip};
    row.cells[Storage] = Cell{storageText(t), t.storageText, t.storageText};
    row.cells[Type] = Cell{t.type, t.type, {}};
    if (t.size >= 0)
        row.cells[Size] = Cell{Format::count(t.size), t.size, tr("%L1 rows").arg(t.size)};
    else if (!t.hasLocalCopy())
        row.cells[Size] = Cell{tr("—"), QVariant(), tr("No copy on this node: its size would be a remote call.")};
    if (t.memoryBytes >= 0)
        row.cells[Memory] = Cell{Format::bytes(t.memoryBytes), t.memoryBytes, Format::exactBytes(t.memoryBytes)};
    else if (!t.hasLocalCopy())
        row.cells[Memory] = Cell{tr("—"), QVariant(), tr("No copy on this node.")};
    row.cells[RamCopies] = nodes(t.ramCopies);
    row.cells[DiscCopies] = nodes(t.discCopies);
    row.cells[DiscOnlyCopies] = nodes(t.discOnlyCopies);
    row.cells[ExternalCopies] = nodes(t.externalCopies);
    row.cells[WhereToRead] = Cell{t.whereToRead, t.whereToRead, {}};
    row.cells[Majority] = Cell{yesNo(t.majority), t.majority < 0 ? QVariant() : QVariant(t.majority == 1), {}};
    QStringList indexes;
    for (int pos : t.index) {
        // Position 2 is the first attribute after the record name: name it when we can.
        const int attr = pos - 2;
        indexes << (attr >= 0 && attr < t.attributes.size() ? tr("%1 (%2)").arg(t.attributes.at(attr)).arg(pos)
                                                             : QString::number(pos));
    }
    row.cells[Indexes] = Cell{indexes.join(QStringLiteral(", ")), indexes.join(QLatin1Char(',')), {}};
    row.cells[Attributes] = Cell{t.attributes.join(QStringLiteral(", ")), t.attributes.join(QLatin1Char(',')), {}};
    row.cells[LoadReason] = Cell{t.loadReason, t.loadReason, {}};
    row.cells[LocalContent] = Cell{yesNo(t.localContent), t.localContent < 0 ? QVariant() : QVariant(t.localContent == 1), {}};

    // What could not be read says so in its own cell; a field with no column (record_name, ...)
    // goes in the name's tooltip.
    QStringList elsewhere;
    for (auto it = t.problems.cbegin(); it != t.problems.cend(); ++it) {
        const QString text = tr("could not read: %1").arg(it.value());
        int column = -1;
        for (int c = 0; c < ColumnCount && column < 0; ++c) {
            if (fieldOf(c) == it.key())
                column = c;
        }
        if (column > Name)
            row.cells[column] = Cell{text, QVariant(), tr("Mnesia could not answer this read: %1").arg(it.value())};
        else
            elsewhere << tr("%1: %2").arg(it.key(), text);
    }
    if (!elsewhere.isEmpty()) {
        elsewhere.sort();
        row.cells[Name].exact += QLatin1Char('\n') + elsewhere.join(QLatin1Char('\n'));
    }
    if (!t.problems.isEmpty() || t.whereToRead == QLatin1String("nowhere"))
        row.level = Level::Warning;
    return row;
}

} // namespace beamtop
