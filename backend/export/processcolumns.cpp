// SPDX-License-Identifier: GPL-3.0-or-later
#include "processcolumns.h"

#include "rankingfields.h"

#include <QLocale>
#include <QTextStream>

namespace beamtop {

QStringList ProcessColumns::keys()
{
    return {QStringLiteral("pid"), QStringLiteral("name"), QStringLiteral("memory"), QStringLiteral("reductions"),
            QStringLiteral("reductions_per_s"), QStringLiteral("message_queue_len"), QStringLiteral("binary_memory"),
            QStringLiteral("total_heap_size"), QStringLiteral("status"), QStringLiteral("application"),
            QStringLiteral("current_function"), QStringLiteral("initial_call")};
}

QJsonObject ProcessColumns::head(const QString &node, const ProcessQuery &query, const QDateTime &takenAt)
{
    QJsonObject head;
    head.insert(QStringLiteral("node"), node);
    head.insert(QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODateWithMs));
    head.insert(QStringLiteral("sort"), ProcessQuery::sortName(query.sort));
    head.insert(QStringLiteral("mode"), query.mode == ProcessQuery::Mode::Window ? QStringLiteral("window")
                                                                                : QStringLiteral("absolute"));
    head.insert(QStringLiteral("filter"), query.filter.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(query.filter));
    return head;
}

void ProcessColumns::addRanking(QJsonObject *doc, const ProcessRanking &page)
{
    RankingFields::addTo(doc, page, !page.isFinal());
}

QString ProcessColumns::rankingLine(const ProcessRanking &page)
{
    return RankingFields::line(page, !page.isFinal(), tr("%1 processes").arg(QLocale().toString(page.count)));
}

void ProcessColumns::writeTable(QTextStream &out, const QVector<ProcessRow> &rows, const TermFormatter &f, int maxRows)
{
    const QLocale loc;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
               .arg(tr("PID"), -14).arg(tr("NAME"), -34).arg(tr("MEMORY"), 11).arg(tr("REDS/S"), 11)
               .arg(tr("MSGQ"), 8).arg(tr("BIN"), 11).arg(tr("STATUS"), -9).arg(tr("CURRENT FUNCTION"))
        << '\n';
    const int n = maxRows < 0 ? int(rows.size()) : qMin(maxRows, int(rows.size()));
    for (int i = 0; i < n; ++i) {
        const ProcessRow &r = rows.at(i);
        // A process gone since it was ranked: its last figures if this run saw it alive, else
        // dashes, never zeros.
        const bool values = r.hasValues();
        const QString none = QStringLiteral("-");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                   .arg(r.pidText, -14).arg(r.displayName(f).left(34), -34)
                   .arg(values ? loc.formattedDataSize(r.memory) : none, 11)
                   .arg(!values || r.reductionsPerS < 0 ? none : loc.toString(qint64(r.reductionsPerS)), 11)
                   .arg(values ? loc.toString(r.messageQueueLen) : none, 8)
                   .arg(values ? loc.formattedDataSize(r.binaryMemory) : none, 11)
                   .arg(r.exited() ? QStringLiteral("exited") : r.status, -9)
                   .arg(values ? f.call(r.currentFunction) : QString())
            << '\n';
    }
}

} // namespace beamtop
