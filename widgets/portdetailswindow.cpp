// SPDX-License-Identifier: GPL-3.0-or-later
#include "portdetailswindow.h"

#include "format.h"
#include "noticebar.h"
#include "portactions.h"
#include "portdetailshtml.h"
#include "porthistorymodel.h"
#include "porttablemodel.h"
#include "processdetailshtml.h"

#include "collect/portinspector.h"
#include "session/nodesession.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>

namespace beamtop {

PortDetailsWindow::PortDetailsWindow(NodeSession *session, const Term &id, const QString &description, QWidget *parent)
    : DetailsWindow(session, texts(), parent), m_id(id), m_history(new PortHistoryModel(this)),
      m_actions(new PortActions(this))
{
    m_idText = (session ? session->formatter() : TermFormatter()).format(id);
    // A socket's id is {'$socket', Ref}: the row's "#Socket<…>" (first in its description) reads better.
    if (id.kind() != Term::Kind::Port && description.startsWith(QLatin1String("#Socket<")))
        m_idText = description.section(QLatin1Char(' '), 0, 0);
    m_description = description;
    m_actions->setSession(session);

    m_closeButton = new QPushButton(QIcon::fromTheme(QStringLiteral("network-disconnect")), tr("Close Port…"), this);
    m_closeButton->setObjectName(QStringLiteral("closePort"));
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        m_actions->close(m_id, m_description.isEmpty() ? m_idText : m_description);
    });
    addBarWidget(m_closeButton);
    connect(m_actions, &PortActions::finished, this, [this](bool ok, const QString &message) {
        banner()->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning, message);
        if (m_sampler)
            m_sampler->fetch(); // show what the action did now
    });

    m_overview = browser(QStringLiteral("overview"));
    m_addresses = browser(QStringLiteral("addresses"));
    m_statistics = browser(QStringLiteral("statistics"));
    m_options = browser(QStringLiteral("options"));
    m_links = browser(QStringLiteral("links"));

    // Bytes in and out per second and the queue over the time the window is open.
    QWidget *chartsPage = createCharts(m_history, {{PortHistoryModel::RecvPerS, tr("Received/s"), MetricUnit::BytesPerSecond},
                                                   {PortHistoryModel::SendPerS, tr("Sent/s"), MetricUnit::BytesPerSecond},
                                                   {PortHistoryModel::QueueSize, tr("Queue"), MetricUnit::Bytes}});

    tabs()->addTab(m_overview, tr("&Overview"));
    tabs()->addTab(m_addresses, tr("&Addresses && State"));
    tabs()->addTab(m_statistics, tr("&Statistics"));
    tabs()->addTab(m_options, tr("O&ptions"));
    tabs()->addTab(m_links, tr("&Links && Monitors"));
    tabs()->addTab(chartsPage, tr("&Charts"));

    if (session) {
        connect(session->portInspector(), &PortInspector::detailsReady, this, [this](const Term &key, const PortDetails &d) {
            if (key == m_id)
                onDetails(d);
        });
        connect(session->portInspector(), &PortInspector::failed, this, [this](const Term &key, const QString &error) {
            if (key == m_id)
                banner()->showNotice(NoticeBar::Kind::Warning, tr("Could not read %1.").arg(m_idText), error);
        });
        // The session samples the port on every tick while this window lives.
        m_sampler = session->samplePort(id, this);
        connect(m_sampler, &PortSampler::sampled, this, &PortDetailsWindow::onSample);
        connect(m_sampler, &PortSampler::closed, this, &PortDetailsWindow::setClosed);
        connect(m_sampler, &PortSampler::failed, this, [this](const QString &error) {
            liveLabel()->setText(tr("This port cannot be sampled from %1: %2").arg(node(), error));
        });
        connect(m_actions, &PortActions::closed, this, [this](const Term &closed) {
            if (closed == m_id)
                setClosed();
        });
        connect(session, &NodeSession::readOnlyChanged, this, &PortDetailsWindow::updateCloseButton);
        connect(session, &NodeSession::stateChanged, this, &PortDetailsWindow::updateCloseButton);
    }
    m_overview->setHtml(QStringLiteral("<p>") + tr("Reading %1…").arg(m_idText).toHtmlEscaped() + QStringLiteral("</p>"));
    updateTitle();
    updateLive();
    updateCloseButton();
    refreshDetails();
    if (m_sampler && session->isLive())
        m_sampler->fetch(); // the charts start now, not one interval later
}

PortDetailsWindow::~PortDetailsWindow() = default;

DetailsWindow::Texts PortDetailsWindow::texts()
{
    Texts t;
    t.objectName = QStringLiteral("portDetails");
    t.idKey = QStringLiteral("id");
    t.endedTitle = tr("%1 — %2 (closed)");
    t.endedBanner = tr("%1 has closed (noticed at %2).");
    t.exportCaption = tr("Export port details");
    t.exportStem = QStringLiteral("port");
    return t;
}

void PortDetailsWindow::updateTitle()
{
    QString who = m_idText;
    if (!m_details.type.isEmpty())
        who += QLatin1Char(' ') + PortTableModel::typeText(m_details.type);
    setTitleFor(who);
}

void PortDetailsWindow::updateCloseButton()
{
    QString why;
    const bool allowed = m_actions->canChange(&why);
    // Left clickable while read-only: clicking says why it is refused, as the menus' tooltips do.
    m_closeButton->setEnabled(!isClosed());
    m_closeButton->setToolTip(isClosed() ? tr("The port is already closed")
                                       : allowed ? tr("Close this port on %1 (asks first)").arg(node())
                                                 : why);
}

void PortDetailsWindow::updateLive()
{
    QLabel *live = liveLabel();
    if (!m_hasSample) {
        live->setText(isClosed() ? tr("Closed") : tr("Sampling…"));
        return;
    }
    const QString none = QStringLiteral("—");
    auto rate = [&](double v) { return v < 0 ? none : Format::bytesPerSecond(v); };
    QStringList parts;
    parts << tr("Received/s %1").arg(rate(m_last.recvPerS)) << tr("Sent/s %1").arg(rate(m_last.sendPerS));
    if (m_last.queueSize >= 0)
        parts << tr("Queue %1").arg(Format::bytes(m_last.queueSize));
    if (m_last.memory >= 0)
        parts << tr("Memory %1").arg(Format::bytes(m_last.memory));
    if (isClosed())
        parts << tr("closed");
    live->setText(parts.join(QStringLiteral(" · ")));
    live->setToolTip(tr("%1 received, %2 sent in all; sampled every refresh")
                           .arg(m_last.recvOct < 0 ? none : Format::exactBytes(m_last.recvOct),
                                m_last.sendOct < 0 ? none : Format::exactBytes(m_last.sendOct)));
}

void PortDetailsWindow::refreshDetails()
{
    if (!session() || !session()->isLive() || isClosed())
        return;
    session()->portInspector()->fetchDetails(m_id);
}

void PortDetailsWindow::onDetails(const PortDetails &details)
{
    if (!details.alive) {
        setClosed();
        return;
    }
    m_details = details;
    if (!details.idText.isEmpty())
        m_idText = details.idText; // #Socket<…> reads better than the {'$socket', Ref} term
    updateTitle();
    render();
}

void PortDetailsWindow::render()
{
    if (!m_details.alive)
        return;
    const PortDetailsHtml html(session() ? session()->formatter() : TermFormatter());
    setKeepingPlace(m_overview, html.overview(m_details));
    setKeepingPlace(m_addresses, html.addresses(m_details));
    setKeepingPlace(m_statistics, html.statistics(m_details));
    setKeepingPlace(m_options, html.options(m_details));
    setKeepingPlace(m_links, html.links(m_details));
}

void PortDetailsWindow::onSample(const PortSample &s)
{
    m_last = s;
    m_hasSample = true;
    m_history->addSample(s.timeMs, s.recvPerS, s.sendPerS, s.queueSize);
    historyGrew();
    updateLive();
}

void PortDetailsWindow::setClosed()
{
    if (!markEnded(m_details.alive))
        return;
    updateTitle();
    updateLive();
    updateCloseButton();
    if (!m_details.alive)
        m_overview->setHtml(QStringLiteral("<p>") + tr("%1 is closed.").arg(m_idText).toHtmlEscaped() + QStringLiteral("</p>"));
    emit portClosed();
}

void PortDetailsWindow::openLink(const QUrl &url)
{
    const Term t = ProcessDetailsHtml::target(url);
    if (t.isPid())
        emit openProcess(t);
    else if (t.kind() == Term::Kind::Port)
        emit openPort(t);
}

QString PortDetailsWindow::tabText(Tab tab) const
{
    switch (tab) {
    case OverviewTab: return m_overview->toPlainText();
    case AddressesTab: return m_addresses->toPlainText();
    case StatisticsTab: return m_statistics->toPlainText();
    case OptionsTab: return m_options->toPlainText();
    case LinksTab: return m_links->toPlainText();
    case ChartsTab: return {};
    }
    return {};
}

void PortDetailsWindow::writeJson(QJsonObject &o) const
{
    const TermFormatter f = session() ? session()->formatter() : TermFormatter();
    o.insert(QStringLiteral("details"), m_details.alive ? QJsonValue(m_details.toJson(f)) : QJsonValue(QJsonValue::Null));
}

} // namespace beamtop
