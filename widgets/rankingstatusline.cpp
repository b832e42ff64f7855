// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingstatusline.h"

#include "format.h"

#include "rank/rankedquery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <limits>

namespace beamtop {

RankingStatusLine::RankingStatusLine(const QString &labelName, QWidget *parent) : QWidget(parent)
{
    m_text = new QLabel(this);
    m_text->setObjectName(labelName);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sweep = new QProgressBar(this);
    m_sweep->setObjectName(QStringLiteral("sweepProgress"));
    m_sweep->setMaximumWidth(260);
    m_sweep->setFormat(tr("Ranking: %v of %m"));
    m_sweep->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_sweep);
}

QString RankingStatusLine::text() const
{
    return m_text->text();
}

void RankingStatusLine::setParts(const QStringList &parts)
{
    m_text->setText(parts.join(QStringLiteral(" · ")));
}

void RankingStatusLine::showNotConnected()
{
    m_text->setText(tr("Not connected. Connect to a node with File ▸ Connect (Ctrl+O)."));
    m_sweep->setVisible(false);
}

QStringList RankingStatusLine::rankingParts(const RankingStatus &p, bool window, const QString &sweepTip, bool withSweepTime)
{
    QStringList parts;
    const bool ranking = !p.reducedMode && p.count > 0;
    if (ranking && !p.rankingComplete) {
        parts << tr("first ranking in progress: the rows so far are partial");
        m_sweep->setRange(0, int(qMin<qint64>(p.sweepTotal, std::numeric_limits<int>::max())));
        m_sweep->setValue(int(qMin<qint64>(p.sweepDone, std::numeric_limits<int>::max())));
        m_sweep->setToolTip(sweepTip.arg(p.sweepDone).arg(p.sweepTotal));
        m_sweep->setVisible(true);
        return parts;
    }
    m_sweep->setVisible(false);
    if (ranking && p.rankedAgoMs >= 0) {
        QString fresh = tr("ranked %1 ago").arg(Format::duration(p.rankedAgoMs));
        if (withSweepTime && p.lastSweepMs >= 0)
            fresh += tr(" (a full ranking takes %1)").arg(Format::duration(p.lastSweepMs));
        parts << fresh;
    }
    if (ranking && window && !p.windowValid)
        parts << tr("measuring change: rates come with the next full ranking");
    return parts;
}

} // namespace beamtop
