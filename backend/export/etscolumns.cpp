// SPDX-License-Identifier: GPL-3.0-or-later
#include "etscolumns.h"

#include "rankingfields.h"

#include <QLocale>
#include <QTextStream>

namespace beamtop {

QStringList EtsColumns::keys()
{
    return {QStringLiteral("id"),         QStringLiteral("name"),         QStringLiteral("type"),
            QStringLiteral("protection"), QStringLiteral("size"),         QStringLiteral("memory_bytes"),
            QStringLiteral("size_per_s"), QStringLiteral("memory_per_s"), QStringLiteral("owner"),
            QStringLiteral("owner_name"), QStringLiteral("heir"),         QStringLiteral("keypos"),
            QStringLiteral("named"),      QStringLiteral("read_concurrency"), QStringLiteral("write_concurrency"),
            QStringLiteral("decentralized_counters"), QStringLiteral("compressed"), QStringLiteral("fixed")};
}

QJsonObject EtsColumns::head(const QString &node, const EtsQuery &query, const QDateTime &takenAt)
{
    const QJsonValue null(QJsonValue::Null);
    auto orNull = [&](const QString &s) { return s.isEmpty() ? null : QJsonValue(s); };
    QJsonObject head;
    head.insert(QStringLiteral("node"), node);
    head.insert(QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODateWithMs));
    head.insert(QStringLiteral("sort"), EtsQuery::sortName(query.sort));
    head.insert(QStringLiteral("mode"), query.mode == EtsQuery::Mode::Window ? QStringLiteral("window") : QStringLiteral("absolute"));
    head.insert(QStringLiteral("type"), orNull(query.type));
    head.insert(QStringLiteral("protection"), orNull(query.protection));
    head.insert(QStringLiteral("filter"), orNull(query.filter));
    return head;
}

void EtsColumns::addRanking(QJsonObject *doc, const EtsRanking &page)
{
    RankingFields::addTo(doc, page, !page.isFinal());
}

QString EtsColumns::rankingLine(const EtsRanking &page)
{
    return RankingFields::line(page, !page.isFinal(), tr("%1 tables").arg(QLocale().toString(page.count)));
}

QString EtsColumns::sortText(const EtsQuery &query)
{
    const bool window = query.mode == EtsQuery::Mode::Window;
    if (query.sort == EtsQuery::Sort::Size)
        return window ? tr("growth in rows per second") : tr("rows");
    return window ? tr("growth in memory per second") : tr("memory");
}

void EtsColumns::writeTable(QTextStream &out, const QVector<EtsRow> &rows, const TermFormatter &f, int maxRows)
{
    const QLocale loc;
    const QString none = QStringLiteral("-");
    auto cut = [](const QString &s, int width) {
        return s.size() <= width ? s : QString(s.left(width - 1) + QChar(0x2026));
    };
    auto text = [&](const QString &s, int width) { return s.isEmpty() ? none : cut(s, width); };
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
               .arg(tr("TABLE"), -32).arg(tr("TYPE"), -13).arg(tr("PROT"), -9).arg(tr("ROWS"), 12).arg(tr("MEMORY"), 10)
               .arg(tr("ROWS/S"), 9).arg(tr("MEMORY/S"), 10).arg(tr("OWNER"))
        << '\n';
    const int n = maxRows < 0 ? int(rows.size()) : qMin(maxRows, int(rows.size()));
    for (int i = 0; i < n; ++i) {
        const EtsRow &r = rows.at(i);
        // A table deleted since it was ranked: its last figures if this run saw it, else
        // dashes, never zeros.
        const bool values = r.hasValues();
        // An unnamed table by its name first: many share it, the id tells them apart.
        const QString shown = r.named || r.name.isEmpty() ? r.idText : QString(r.name + QLatin1Char(' ') + r.idText);
        const QString table = r.gone ? tr("%1 (deleted)").arg(shown) : shown;
        auto signedRate = [&](bool known, double v, bool bytes) -> QString {
            if (!values || !known)
                return none;
            const QString sign = v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("-") : QString();
            const qint64 a = qint64(qAbs(v) + 0.5);
            return QString(sign + (bytes ? loc.formattedDataSize(a) : loc.toString(a)));
        };
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                   .arg(cut(table, 32), -32).arg(text(values ? r.type : QString(), 13), -13)
                   .arg(text(values ? r.protection : QString(), 9), -9)
                   .arg(values && r.size >= 0 ? loc.toString(r.size) : none, 12)
                   .arg(values && r.memory >= 0 ? loc.formattedDataSize(r.memory) : none, 10)
                   .arg(signedRate(r.hasSizeRate(), r.sizePerS, false), 9)
                   .arg(signedRate(r.hasMemoryRate(), r.memoryPerS, true), 10)
                   .arg(values ? text(r.ownerText(f), 40) : none)
            << '\n';
    }
}

} // namespace beamtop
