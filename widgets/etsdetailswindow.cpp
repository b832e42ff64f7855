// SPDX-License-Identifier: GPL-3.0-or-later
#include "etsdetailswindow.h"

#include "etsdetailshtml.h"
#include "etshistorymodel.h"
#include "etstablemodel.h"
#include "format.h"
#include "noticebar.h"
#include "processdetailshtml.h"
#include "tablecontentsview.h"

#include "collect/etscollector.h"
#include "session/nodesession.h"

#include <QJsonObject>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>

namespace beamtop {

EtsDetailsWindow::EtsDetailsWindow(NodeSession *session, const EtsRow &known, QWidget *parent)
    : DetailsWindow(session,
                    {QStringLiteral("etsDetails"), QStringLiteral("table"), tr("%1 — %2 (deleted)"),
                     tr("%1 has been deleted (noticed at %2)."), tr("Export ETS table details"), QStringLiteral("ets")},
                    parent),
      m_row(known), m_history(new EtsHistoryModel(this))
{
    if (m_row.idText.isEmpty())
        m_row.idText = (session ? session->formatter() : TermFormatter()).format(m_row.id);
    m_row.gone = false; // the sampler says whether it is

    m_info = browser(QStringLiteral("info"));
    m_contents = new TableContentsView(session, TableBrowser::Source::Ets, m_row.id);
    m_contents->setObjectName(QStringLiteral("contents"));
    if (m_row.keypos > 0)
        m_contents->setKeyPos(m_row.keypos);
    // Rows and memory over the time the window is open.
    QWidget *chartsPage = createCharts(m_history, {{EtsHistoryModel::Size, tr("Rows"), MetricUnit::Count},
                                                   {EtsHistoryModel::Memory, tr("Memory"), MetricUnit::Bytes}});
    tabs()->addTab(m_info, tr("&Info"));
    tabs()->addTab(m_contents, tr("C&ontents"));
    tabs()->addTab(chartsPage, tr("&Charts"));

    if (session) {
        // The session samples the table on every tick while this window lives.
        m_sampler = session->sampleEtsTable(m_row.id, this);
        connect(m_sampler, &EtsSampler::sampled, this, &EtsDetailsWindow::onSample);
        connect(m_sampler, &EtsSampler::deleted, this, &EtsDetailsWindow::setDeleted);
        connect(m_sampler, &EtsSampler::failed, this, [this](const QString &error) {
            liveLabel()->setText(tr("This table cannot be sampled from %1: %2").arg(node(), error));
        });
    }
    render();
    updateTitle();
    updateLive();
    if (m_sampler && session->isLive())
        m_sampler->fetch(); // the charts start now, not one interval later
}

EtsDetailsWindow::~EtsDetailsWindow() = default;

void EtsDetailsWindow::updateTitle()
{
    // An unnamed table by its name and its id: several may share the name.
    const QString name = EtsTableModel::shownName(m_row);
    setTitleFor(name == m_row.idText ? name : name + QLatin1Char(' ') + m_row.idText);
}

void EtsDetailsWindow::updateLive()
{
    QLabel *live = liveLabel();
    if (!m_hasSample) {
        live->setText(isDeleted() ? tr("Deleted") : tr("Sampling…"));
        return;
    }
    // Each figure with its change per second beside it once two samples have measured it.
    auto withRate = [](const QString &figure, bool known, EtsQuery::Sort sort, double perS) {
        return known ? tr("%1 (%2)").arg(figure, EtsTableModel::rateText(sort, perS)) : figure;
    };
    QStringList parts;
    parts << withRate(tr("Rows %1").arg(Format::count(m_row.size)), m_row.hasSizeRate(), EtsQuery::Sort::Size, m_row.sizePerS)
          << withRate(tr("Memory %1").arg(Format::bytes(m_row.memory)), m_row.hasMemoryRate(), EtsQuery::Sort::Memory,
                      m_row.memoryPerS);
    if (isDeleted())
        parts << tr("deleted");
    live->setText(parts.join(QStringLiteral(" · ")));
    live->setToolTip(tr("%1 rows, %2; sampled every refresh").arg(QLocale().toString(m_row.size), Format::exactBytes(m_row.memory)));
}

void EtsDetailsWindow::refreshDetails()
{
    if (m_sampler && session() && session()->isLive() && !isDeleted())
        m_sampler->fetch();
}

void EtsDetailsWindow::onSample(const EtsRow &row, qint64 timeMs)
{
    const QString idText = m_row.idText;
    m_row = row;
    if (m_row.idText.isEmpty())
        m_row.idText = idText;
    m_hasSample = true;
    m_history->addSample(timeMs, row.size, row.memory);
    historyGrew();
    if (row.keypos > 0)
        m_contents->setKeyPos(row.keypos);
    render();
    updateTitle(); // opened by id alone, the name comes with the first sample
    updateLive();
}

void EtsDetailsWindow::setDeleted()
{
    if (!markEnded(!m_row.type.isEmpty()))
        return;
    m_deletedAt = QDateTime::currentDateTimeUtc();
    updateTitle();
    updateLive();
    render();
}

void EtsDetailsWindow::render()
{
    const EtsDetailsHtml html(session() ? session()->formatter() : TermFormatter());
    setKeepingPlace(m_info, html.info(m_row, m_deletedAt));
}

void EtsDetailsWindow::openLink(const QUrl &url)
{
    const Term t = ProcessDetailsHtml::target(url);
    if (t.isPid())
        emit openProcess(t);
}

QString EtsDetailsWindow::tabText(Tab tab) const
{
    return tab == InfoTab ? m_info->toPlainText() : QString();
}

void EtsDetailsWindow::writeJson(QJsonObject &o) const
{
    const TermFormatter f = session() ? session()->formatter() : TermFormatter();
    o.insert(QStringLiteral("details"), m_row.type.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_row.toJson(f)));
}

} // namespace beamtop
