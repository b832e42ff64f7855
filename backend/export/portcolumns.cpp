// SPDX-License-Identifier: GPL-3.0-or-later
#include "portcolumns.h"

#include "rankingfields.h"

#include <QLocale>
#include <QTextStream>

namespace beamtop {

QStringList PortColumns::keys()
{
    return {QStringLiteral("id"),         QStringLiteral("type"),       QStringLiteral("name"),
            QStringLiteral("owner"),      QStringLiteral("local"),      QStringLiteral("peer"),
            QStringLiteral("state"),      QStringLiteral("recv_oct"),   QStringLiteral("send_oct"),
            QStringLiteral("recv_per_s"), QStringLiteral("send_per_s"), QStringLiteral("recv_cnt"),
            QStringLiteral("send_cnt"),   QStringLiteral("queue_size"), QStringLiteral("memory"),
            QStringLiteral("os_pid")};
}

QJsonObject PortColumns::head(const QString &node, const PortQuery &query, const QDateTime &takenAt)
{
    const QJsonValue null(QJsonValue::Null);
    QJsonObject head;
    head.insert(QStringLiteral("node"), node);
    head.insert(QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODateWithMs));
    head.insert(QStringLiteral("sort"), PortQuery::sortName(query.sort));
    head.insert(QStringLiteral("mode"), query.mode == PortQuery::Mode::Window ? QStringLiteral("window") : QStringLiteral("absolute"));
    head.insert(QStringLiteral("type"), query.type.isEmpty() ? null : QJsonValue(query.type));
    head.insert(QStringLiteral("filter"), query.filter.isEmpty() ? null : QJsonValue(query.filter));
    return head;
}

void PortColumns::addRanking(QJsonObject *doc, const PortRanking &page)
{
    RankingFields::addTo(doc, page, !page.isFinal());
}

QString PortColumns::rankingLine(const PortRanking &page)
{
    return RankingFields::line(page, !page.isFinal(), tr("%1 ports and sockets").arg(QLocale().toString(page.count)));
}

QString PortColumns::sortText(const PortQuery &query)
{
    using S = PortQuery::Sort;
    const bool window = query.mode == PortQuery::Mode::Window;
    switch (query.sort) {
    case S::Io: return window ? tr("bytes per second received and sent") : tr("bytes received and sent");
    case S::RecvOct: return window ? tr("bytes per second received") : tr("bytes received");
    case S::SendOct: return window ? tr("bytes per second sent") : tr("bytes sent");
    case S::RecvCnt: return window ? tr("packets per second received") : tr("packets received");
    case S::SendCnt: return window ? tr("packets per second sent") : tr("packets sent");
    case S::QueueSize: return window ? tr("change of queued bytes per second") : tr("bytes queued");
    case S::Memory: return window ? tr("change of memory per second") : tr("memory");
    }
    return PortQuery::sortName(query.sort);
}

void PortColumns::writeTable(QTextStream &out, const QVector<PortRow> &rows, const TermFormatter &f, int maxRows)
{
    const QLocale loc;
    const QString none = QStringLiteral("-");
    auto cut = [](const QString &s, int width) {
        return s.size() <= width ? s : QString(s.left(width - 1) + QChar(0x2026));
    };
    auto text = [&](const QString &s, int width) { return s.isEmpty() ? none : cut(s, width); };
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11  %12")
               .arg(tr("ID"), -22).arg(tr("TYPE"), -6).arg(tr("OWNER"), -24).arg(tr("LOCAL"), -21).arg(tr("PEER"), -21)
               .arg(tr("STATE"), -15).arg(tr("RECV"), 10).arg(tr("SENT"), 10).arg(tr("RECV/S"), 10).arg(tr("SENT/S"), 10)
               .arg(tr("QUEUE"), 10).arg(tr("NAME"))
        << '\n';
    const int n = maxRows < 0 ? int(rows.size()) : qMin(maxRows, int(rows.size()));
    for (int i = 0; i < n; ++i) {
        const PortRow &r = rows.at(i);
        // A port closed since it was ranked: its last figures if this run saw it open, else
        // dashes, never zeros.
        const bool values = r.hasValues();
        auto bytes = [&](qint64 v) { return values && v >= 0 ? loc.formattedDataSize(v) : none; };
        auto rate = [&](double v) {
            return values && v >= 0 ? tr("%1/s").arg(loc.formattedDataSize(qint64(v + 0.5))) : none;
        };
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11  %12")
                   .arg(cut(r.idText, 22), -22).arg(text(r.type, 6), -6).arg(text(r.ownerText(f), 24), -24)
                   .arg(text(r.local, 21), -21).arg(text(r.peer, 21), -21).arg(text(r.closed() ? QStringLiteral("closed") : r.state, 15), -15)
                   .arg(bytes(r.recvOct), 10).arg(bytes(r.sendOct), 10).arg(rate(r.recvPerS), 10).arg(rate(r.sendPerS), 10)
                   .arg(bytes(r.queueSize), 10).arg(values && !r.name.isEmpty() ? r.name : none)
            << '\n';
    }
}

QString PortColumns::countsText(const PortTypeCounts &counts)
{
    const QLocale loc;
    QStringList parts;
    for (const auto &c : counts.counts) {
        if (c.second > 0)
            parts << tr("%1 %2").arg(loc.toString(c.second), c.first);
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace beamtop
