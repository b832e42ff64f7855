// SPDX-License-Identifier: GPL-3.0-or-later
#include "etstablemodel.h"

#include "format.h"

#include <QLocale>

#include <cmath>
#include <optional>

namespace beamtop {

EtsTableModel::EtsTableModel(QObject *parent) : RankedTableModel(ColumnCount, parent) {}

bool EtsTableModel::rankable(int column, EtsQuery::Sort *sort, EtsQuery::Mode *mode)
{
    using S = EtsQuery::Sort;
    using M = EtsQuery::Mode;
    auto set = [&](std::optional<S> s, M m) {
        if (sort && s)
            *sort = *s;
        if (mode)
            *mode = m;
        return true;
    };
    switch (column) {
    case Size: return set(S::Size, M::Absolute);
    case Memory: return set(S::Memory, M::Absolute);
    case SizePerS: return set(S::Size, M::Window);
    case MemoryPerS: return set(S::Memory, M::Window);
    case Trend: return set(std::nullopt, M::Window); // the growth of what is ranked now
    default: return false;
    }
}

int EtsTableModel::columnFor(EtsQuery::Sort sort, EtsQuery::Mode mode)
{
    const bool bySize = sort == EtsQuery::Sort::Size;
    if (mode == EtsQuery::Mode::Window)
        return bySize ? SizePerS : MemoryPerS;
    return bySize ? Size : Memory;
}

QString EtsTableModel::flagText(bool on)
{
    return on ? tr("yes") : tr("no");
}

QString EtsTableModel::writeConcurrencyText(const QString &value)
{
    if (value == QLatin1String("true"))
        return flagText(true);
    if (value == QLatin1String("false"))
        return flagText(false);
    return value; // auto
}

QString EtsTableModel::rateText(EtsQuery::Sort sort, double perS)
{
    // A minus sign, not a hyphen: it lines up with the plus.
    const QString sign = perS > 0 ? QStringLiteral("+") : perS < 0 ? QStringLiteral("\u2212") : QString();
    const double v = std::fabs(perS);
    if (sort == EtsQuery::Sort::Memory)
        return sign + Format::bytesPerSecond(v);
    const QLocale loc;
    const QString n = v >= 100 || v == std::floor(v) ? loc.toString(std::llround(v)) : loc.toString(v, 'f', v >= 10 ? 1 : 2);
    return tr("%1%2 rows/s").arg(sign, n);
}

QString EtsTableModel::describe(const EtsRow &r)
{
    QStringList parts;
    if (!r.named && !r.name.isEmpty())
        parts << r.name;
    if (!r.type.isEmpty())
        parts << r.type;
    if (!r.protection.isEmpty())
        parts << r.protection;
    return parts.isEmpty() ? r.idText : r.idText + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QVector<EtsTableModel::Cell> EtsTableModel::present(const EtsRow &r) const
{
    QVector<Cell> s(ColumnCount);
    const QString none = QStringLiteral("—");
    auto text = [&](int c, const QString &t, const QString &tip = {}) { s[c] = {t, tip.isEmpty() ? t : tip, t}; };
    auto flag = [&](int c, bool on) { s[c] = {flagText(on), {}, on}; };

    text(Table, shownName(r),
         r.named ? tr("Named table %1").arg(r.idText) : tr("%1, not named: reached by its id %2").arg(shownName(r), r.idText));
    text(Type, r.type);
    text(Protection, r.protection);
    if (r.protection == QLatin1String("private"))
        s[Protection].tip = tr("Only the owner process can read or write its rows; anyone can read this metadata");
    if (r.size >= 0)
        s[Size] = {Format::count(r.size), tr("%1 rows").arg(QLocale().toString(r.size)), r.size};
    else
        s[Size] = {none, tr("Unknown"), QVariant()};
    if (r.memory >= 0)
        s[Memory] = {Format::bytes(r.memory), Format::exactBytes(r.memory), r.memory};
    else
        s[Memory] = {none, tr("Unknown"), QVariant()};
    s[SizePerS] = rateCell(EtsQuery::Sort::Size, r.hasSizeRate(), r.sizePerS);
    s[MemoryPerS] = rateCell(EtsQuery::Sort::Memory, r.hasMemoryRate(), r.memoryPerS);
    presentTrend(r, s);

    const QString owner = r.ownerText(formatter());
    const QString ownerPid = r.owner.isPid() ? formatter().format(r.owner) : QString();
    s[Owner] = {owner, owner == ownerPid || ownerPid.isEmpty() ? owner : owner + QLatin1Char(' ') + ownerPid, owner};
    const QString heir = r.heirText(formatter());
    s[Heir] = {heir.isEmpty() ? tr("none") : heir,
               heir.isEmpty() ? tr("No heir: the table is deleted when its owner exits")
                              : tr("%1 inherits the table when its owner exits").arg(heir),
               heir};
    if (r.keypos > 0)
        s[Keypos] = {QString::number(r.keypos), tr("The key is element %1 of each row").arg(r.keypos), r.keypos};
    flag(ReadConcurrency, r.readConcurrency);
    s[WriteConcurrency] = {writeConcurrencyText(r.writeConcurrency), {}, r.writeConcurrency};
    flag(DecentralizedCounters, r.decentralizedCounters);
    flag(Compressed, r.compressed);
    flag(Fixed, r.fixed);
    if (r.fixed)
        s[Fixed].tip = tr("Fixed by safe_fixtable (or a traversal in progress): deleted rows stay until it is released");
    flag(Named, r.named);
    if (r.gone)
        presentDeleted(r, s);
    return s;
}

EtsTableModel::Cell EtsTableModel::rateCell(EtsQuery::Sort sort, bool known, double perS)
{
    if (!known)
        return {QString(), tr("Known from the second refresh that shows this table"), QVariant()};
    const QString exact = sort == EtsQuery::Sort::Size
        ? tr("%1 rows per second between the last two refreshes").arg(QLocale().toString(perS, 'f', 3))
        : tr("%1 bytes per second between the last two refreshes").arg(QLocale().toString(perS, 'f', 1));
    return {rateText(sort, perS), exact, perS};
}

void EtsTableModel::presentTrend(const EtsRow &r, QVector<Cell> &s) const
{
    const EtsQuery::Sort by = sort();
    const bool bySize = by == EtsQuery::Sort::Size;
    Cell c = rateCell(by, bySize ? r.hasSizeRate() : r.hasMemoryRate(), bySize ? r.sizePerS : r.memoryPerS);
    if (c.raw.isValid()) {
        const int trend = r.trend(by);
        const QString arrow = trend > 0 ? QStringLiteral("↑") : trend < 0 ? QStringLiteral("↓") : QStringLiteral("→");
        // Steady says it with the arrow alone: a column of "0 rows/s" would hide the tables that move.
        c.text = trend == 0 ? arrow : arrow + QLatin1Char(' ') + c.text;
        if (trend == 0)
            c.tip = bySize ? tr("Steady: the row count did not change between the last two refreshes")
                           : tr("Steady: the memory did not change between the last two refreshes");
    }
    s[Trend] = c;
}

void EtsTableModel::presentDeleted(const EtsRow &r, QVector<Cell> &s) const
{
    if (!r.hasValues()) {
        // Deleted before Beamtop read it: its figures are unknown, not zero.
        const QString never = tr("The table was deleted before Beamtop could read it; it leaves the ranking at the next refresh");
        for (int c = Type; c < ColumnCount; ++c)
            s[c] = {QStringLiteral("—"), never, QVariant()};
        s[Table] = {tr("%1 (deleted)").arg(r.idText), never, r.idText};
        return;
    }
    const QString seen = QLocale().toString(r.seenAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    const QString note =
        tr("The table has been deleted; these are its figures last seen at %1. It leaves the ranking at the next refresh.").arg(seen);
    noteOnEveryCell(s, note);
    s[Table].text = tr("%1 (deleted, last seen %2)").arg(s[Table].text, seen);
}

QVariant EtsTableModel::data(const QModelIndex &index, int role) const
{
    if (role != OwnerRole && role != TrendRole)
        return RankedTableModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EtsRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == OwnerRole)
        return r->owner.isPid() ? QVariant::fromValue(r->owner) : QVariant();
    return r->trend(sort());
}

QString EtsTableModel::headerText(int section) const
{
    switch (section) {
    case Table: return tr("Table");
    case Type: return tr("Type");
    case Protection: return tr("Protection");
    case Size: return tr("Rows");
    case Memory: return tr("Memory");
    case Trend: return tr("Trend");
    case SizePerS: return tr("Rows/s");
    case MemoryPerS: return tr("Memory/s");
    case Owner: return tr("Owner");
    case Heir: return tr("Heir");
    case Keypos: return tr("Keypos");
    case ReadConcurrency: return tr("Read conc.");
    case WriteConcurrency: return tr("Write conc.");
    case DecentralizedCounters: return tr("Decentr. counters");
    case Compressed: return tr("Compressed");
    case Fixed: return tr("Fixed");
    case Named: return tr("Named");
    }
    return {};
}

QString EtsTableModel::headerToolTip(int section) const
{
    QString what;
    switch (section) {
    case Table:
        what = tr("The table's name; an unnamed table is reached by its id (on hover). \"deleted\" (greyed, with its last "
                  "figures) for a table deleted since it was ranked, until it leaves the ranking at the next refresh");
        break;
    case Type: what = tr("set, ordered_set, bag or duplicate_bag"); break;
    case Protection: what = tr("public (any process reads and writes), protected (any reads, the owner writes) or private (the owner only)"); break;
    case Size: what = tr("Rows (objects) in the table"); break;
    case Memory: what = tr("Memory the table takes, in bytes"); break;
    case Trend: what = tr("Which way the ranked figure (rows or memory) goes, and its change per second between the last two refreshes"); break;
    case SizePerS: what = tr("Rows added (or, negative, removed) per second between the last two refreshes"); break;
    case MemoryPerS: what = tr("Memory grown (or, negative, freed) per second between the last two refreshes"); break;
    case Owner: what = tr("The process that owns the table, by name when it has one"); break;
    case Heir: what = tr("The process that inherits the table when its owner exits"); break;
    case Keypos: what = tr("Which element of a row is its key"); break;
    case ReadConcurrency: what = tr("read_concurrency: tuned for many concurrent readers"); break;
    case WriteConcurrency: what = tr("write_concurrency: true, false or auto"); break;
    case DecentralizedCounters: what = tr("decentralized_counters: size and memory counted per scheduler"); break;
    case Compressed: what = tr("compressed: rows stored in a compact form"); break;
    case Fixed: what = tr("Fixed by safe_fixtable or a running traversal"); break;
    case Named: what = tr("named_table: reachable by its name"); break;
    }
    if (section == Trend)
        return tr("%1.\nClick to rank every table by its growth on the node (the sliding window).").arg(what);
    if (rankable(section))
        return tr("%1.\nClick to rank every table by this on the node, biggest first.").arg(what);
    return tr("%1.\nThe node ranks only by rows, memory and their growth: this column does not sort.").arg(what);
}

QHash<int, QByteArray> EtsTableModel::roleNames() const
{
    QHash<int, QByteArray> names = RankedTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(IdTextRole, "idText");
    names.insert(OwnerRole, "owner");
    names.insert(TrendRole, "trend");
    names.insert(DeletedRole, "deleted");
    return names;
}

void EtsTableModel::setRanking(const EtsQuery &ranking)
{
    resetRanking(ranking, Trend); // the trend follows the ranked metric
}

} // namespace beamtop
