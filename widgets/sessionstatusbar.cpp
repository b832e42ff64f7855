// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstatusbar.h"

#include "accents.h"
#include "format.h"
#include "session/nodesession.h"

#include "alerts/alertmonitor.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>

namespace beamtop {

SessionStatusBar::SessionStatusBar(QWidget *parent) : QStatusBar(parent)
{
    auto label = [this](const QString &name, const QString &tip) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setToolTip(tip);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_state = label(QStringLiteral("stateLabel"), {});
    m_readOnly = label(QStringLiteral("readOnlyLabel"), {});
    m_node = label(QStringLiteral("nodeLabel"), tr("The node Beamtop observes"));
    m_versions = label(QStringLiteral("versionsLabel"), tr("OTP release and ERTS version of the node"));
    m_agent = label(QStringLiteral("agentLabel"), {});
    m_cost = label(QStringLiteral("costLabel"),
                   tr("Share of one scheduler that Beamtop's agent used on the node since the last refresh"));
    m_updated = label(QStringLiteral("updatedLabel"), tr("When the data on screen was sampled"));
    m_alerts = label(QStringLiteral("alertsLabel"), {});
    m_alerts->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(m_alerts, &QLabel::linkActivated, this, &SessionStatusBar::alertsClicked);
    addWidget(m_state, 1);
    addPermanentWidget(m_alerts);
    addPermanentWidget(m_readOnly);
    addPermanentWidget(m_node);
    addPermanentWidget(m_versions);
    addPermanentWidget(m_agent);
    addPermanentWidget(m_cost);
    addPermanentWidget(m_updated);
    setSession(nullptr);
}

void SessionStatusBar::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->alerts(), nullptr, this, nullptr);
    }
    m_session = session;
    m_reconnectNote.clear();
    m_versions->clear();
    m_cost->clear();
    m_updated->clear();
    if (session) {
        connect(session, &NodeSession::stateChanged, this, [this] {
            m_reconnectNote.clear();
            updateState();
            updateAgent();
        });
        connect(session, &NodeSession::staleChanged, this, &SessionStatusBar::updateState);
        connect(session, &NodeSession::lateChanged, this, &SessionStatusBar::updateState);
        connect(session, &NodeSession::sampleReady, this, &SessionStatusBar::onSample);
        connect(session, &NodeSession::agentCostUpdated, this, &SessionStatusBar::onCost);
        connect(session, &NodeSession::reconnectScheduled, this, &SessionStatusBar::setReconnectIn);
        connect(session, &NodeSession::readOnlyChanged, this, &SessionStatusBar::updateReadOnly);
        connect(session->alerts(), &AlertMonitor::activeChanged, this, &SessionStatusBar::updateAlerts);
        if (session->lastSample())
            onSample(*session->lastSample());
    }
    m_node->setText(session ? session->nodeName() : QString());
    updateState();
    updateAgent();
    updateReadOnly();
    updateAlerts();
}

void SessionStatusBar::setProfileName(const QString &name)
{
    m_profileName = name;
    updateReadOnly();
}

QString SessionStatusBar::readOnlyText() const
{
    return m_readOnly->text();
}

void SessionStatusBar::updateReadOnly()
{
    // Read-only is the rule, so only the exception is shown, in the warning colour: a window
    // whose actions can change the node should not look like every other.
    const bool allowed = m_session && !m_session->isReadOnly();
    m_readOnly->setVisible(allowed);
    if (!allowed) {
        m_readOnly->clear();
        m_readOnly->setToolTip({});
        return;
    }
    m_readOnly->setText(m_profileName.isEmpty() ? tr("Actions enabled") : tr("Actions enabled (profile %1)").arg(m_profileName));
    m_readOnly->setToolTip(tr("Kill, suspend and garbage collection can change this node. Read-only in the toolbar turns "
                              "them off for this connection."));
    setAccent(m_readOnly, 1);
}

void SessionStatusBar::setReconnectIn(int attempt, int delayMs)
{
    m_reconnectNote = tr("attempt %1 in %2").arg(attempt).arg(Format::duration(delayMs));
    updateState();
}

QString SessionStatusBar::stateText() const
{
    return m_state->text();
}

QString SessionStatusBar::nodeText() const
{
    return m_node->text();
}

QString SessionStatusBar::agentText() const
{
    return m_agent->text();
}

QString SessionStatusBar::costText() const
{
    return m_cost->text();
}

void SessionStatusBar::updateState()
{
    if (!m_session) {
        m_state->setText(tr("Not connected"));
        m_state->setToolTip({});
        setAccent(m_state, 0);
        return;
    }
    const NodeSession::State s = m_session->state();
    QString text = NodeSession::stateText(s);
    QString tip;
    int level = 0;
    switch (s) {
    case NodeSession::State::Reconnecting:
        level = 1;
        if (!m_reconnectNote.isEmpty())
            text = tr("Disconnected, reconnecting (%1)").arg(m_reconnectNote);
        break;
    case NodeSession::State::Disconnected:
        level = 2;
        break;
    case NodeSession::State::Live:
        if (m_session->isLate()) {
            // The link is up but the node answers slowly: say so, and how long it has been.
            level = 1;
            text = tr("Data is late: the node has not answered for %1").arg(Format::duration(m_session->lateForMs()));
            tip = tr("The node is slow to answer; it may be overloaded. Beamtop keeps asking and shows new data as "
                     "soon as it comes.");
        } else if (m_session->isStale()) {
            text = tr("Connected, waiting for data");
        }
        break;
    default:
        break;
    }
    m_state->setText(text);
    if (tip.isEmpty() && !m_session->lastError().isEmpty() && s != NodeSession::State::Live)
        tip = tr("Last problem: %1").arg(m_session->lastError());
    m_state->setToolTip(tip);
    setAccent(m_state, level);
    // The sample time stays, greyed, while the data is older than the link or late.
    m_updated->setEnabled(!m_session->isStale() && !m_session->isLate());
}

void SessionStatusBar::updateAgent()
{
    if (!m_session) {
        m_agent->clear();
        return;
    }
    const AgentClient *agent = m_session->agent();
    const NodeSession::State state = m_session->state();
    if (state != NodeSession::State::Live && state != NodeSession::State::LoadingAgent) {
        // Without a link the agent is gone from the node (it unloads itself); say nothing
        // about a mode or a cost that no longer applies.
        m_agent->setText(tr("Agent: —"));
        m_agent->setToolTip({});
        setAccent(m_agent, 0);
        m_cost->clear();
        return;
    }
    m_agent->setText(tr("Agent: %1").arg(agent->modeText()));
    QString tip;
    if (agent->mode() == AgentClient::Mode::Reduced)
        tip = agent->reducedReason();
    else if (agent->mode() == AgentClient::Mode::Full)
        tip = tr("The agent is %1 on the node (in %2 ms). It unloads itself when Beamtop disconnects.")
                  .arg(agent->loadPath()).arg(agent->loadTimeMs());
    m_agent->setToolTip(tip);
    setAccent(m_agent, agent->mode() == AgentClient::Mode::Reduced ? 1 : 0);
    if (agent->mode() != AgentClient::Mode::Full)
        m_cost->clear();
}

void SessionStatusBar::onSample(const SystemSample &s)
{
    QString v = tr("OTP %1 · ERTS %2").arg(s.otpRelease, s.ertsVersion);
    if (!s.elixirVersion.isEmpty())
        v += tr(" · Elixir %1").arg(s.elixirVersion);
    m_versions->setText(v);
    m_updated->setText(tr("Updated %1").arg(s.takenAt.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));
    m_updated->setEnabled(true);
    updateState();
}

void SessionStatusBar::onCost(double fraction)
{
    m_cost->setText(tr("agent %1 CPU").arg(Format::percent(fraction)));
}

QString SessionStatusBar::alertsText() const
{
    return m_alerts->property("plainText").toString();
}

void SessionStatusBar::updateAlerts()
{
    const AlertMonitor *alerts = m_session ? m_session->alerts() : nullptr;
    const QVector<ActiveAlert> active = alerts ? alerts->active() : QVector<ActiveAlert>();
    if (active.isEmpty()) {
        m_alerts->clear();
        m_alerts->setProperty("plainText", QString());
        m_alerts->setToolTip({});
        m_alerts->hide();
        return;
    }
    // Acknowledged alerts are still counted, but only new ones colour the count.
    int level = 0, fresh = 0;
    QStringList rules;
    for (const ActiveAlert &a : active) {
        if (!rules.contains(a.ruleId))
            rules << a.ruleId;
        if (a.acknowledged)
            continue;
        ++fresh;
        level = qMax(level, a.severity == AlertSeverity::Critical ? 2 : 1);
    }
    const QString text = tr("%n alert(s)", nullptr, int(active.size()));
    m_alerts->setProperty("plainText", text);
    // A link, so a click shows the page; in the accent of the worst alert not acknowledged.
    const QPalette p = palette();
    const QColor colour = level == 2 ? Accents::critical(p) : level == 1 ? Accents::warning(p) : p.color(QPalette::WindowText);
    m_alerts->setText(QStringLiteral("<a href=\"alerts\" style=\"color: %1; text-decoration: none\"><b>%2</b></a>")
                          .arg(colour.name(), text.toHtmlEscaped()));
    m_alerts->setToolTip(tr("%n active alert(s), %1 not acknowledged: %2. Click to show the Alerts page.", nullptr, int(active.size()))
                             .arg(fresh)
                             .arg(rules.join(QStringLiteral(", "))));
    m_alerts->show();
}

void SessionStatusBar::setAccent(QLabel *label, int level)
{
    if (label == m_state)
        m_stateLevel = level;
    QPalette p = palette();
    if (level == 1)
        p.setColor(QPalette::WindowText, Accents::warning(p));
    else if (level == 2)
        p.setColor(QPalette::WindowText, Accents::critical(p));
    label->setPalette(level == 0 ? QPalette() : p);
}

void SessionStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange) {
        setAccent(m_state, m_stateLevel);
        updateAlerts();
        updateAgent();
        updateReadOnly();
    }
    QStatusBar::changeEvent(event);
}

} // namespace beamtop
