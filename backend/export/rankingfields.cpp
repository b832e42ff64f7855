// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingfields.h"

#include <QLocale>

#include <cmath>

namespace beamtop {

QDateTime RankingFields::rankedAt(const RankingStatus &s)
{
    if (s.rankedAgoMs < 0 || !s.receivedAt.isValid())
        return {};
    return s.receivedAt.toUTC().addMSecs(-s.rankedAgoMs);
}

void RankingFields::addTo(QJsonObject *doc, const RankingStatus &s, bool partial)
{
    const QDateTime at = rankedAt(s);
    doc->insert(QStringLiteral("count"), double(s.count));
    doc->insert(QStringLiteral("coverage"), s.coverage());
    doc->insert(QStringLiteral("ranked_at"), at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null));
    doc->insert(QStringLiteral("partial"), partial);
}

QString RankingFields::line(const RankingStatus &s, bool partial, const QString &entities)
{
    if (s.reducedMode)
        return tr("not ranked: without the agent rows come in the node's order");
    if (!s.rankingComplete)
        return tr("ranked %1 of %2 so far (partial)").arg(percent(s.coverage()), entities);
    const QDateTime at = rankedAt(s);
    const QString age = at.isValid() ? duration(qMax<qint64>(0, at.msecsTo(QDateTime::currentDateTimeUtc()))) : QString();
    if (partial)
        return tr("ranking complete, %1 old; measuring change: rates come with the next full ranking (partial)").arg(age);
    return tr("ranking complete, %1 old").arg(age);
}

QString RankingFields::percent(double share)
{
    const QLocale loc;
    const double pct = qBound(0.0, share * 100.0, 100.0);
    if (pct > 0 && pct < 1)
        return tr("%1 %").arg(loc.toString(qMax(0.01, std::floor(pct * 100) / 100), 'f', 2));
    return tr("%1 %").arg(loc.toString(share < 1 ? std::floor(pct) : 100.0, 'f', 0));
}

QString RankingFields::duration(qint64 ms)
{
    const QLocale loc;
    if (ms < 10000)
        return tr("%1 s").arg(loc.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
}

} // namespace beamtop
