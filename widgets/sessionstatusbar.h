// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStatusBar>

class QLabel;

namespace beamtop {

class NodeSession;
struct SystemSample;

// The window's status bar: connection state, whether actions that change the node are on,
// node, OTP/ERTS versions, agent mode (with why it is reduced as a tooltip), the CPU the agent
// costs the node, and when the data on screen was sampled.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit SessionStatusBar(QWidget *parent = nullptr);

    void setSession(NodeSession *session);
    // Shown in the state field while the backend waits to reconnect.
    void setReconnectIn(int attempt, int delayMs);
    // The profile whose saved default turned read-only off for this connection (empty: none),
    // named while actions are enabled.
    void setProfileName(const QString &name);

    // Empty while read-only; "Actions enabled (profile NAME)" when the connection allows them.
    QString readOnlyText() const;
    QString stateText() const;
    QString nodeText() const;
    QString agentText() const;
    QString costText() const;
    // "2 alerts" while alerts are active (empty otherwise), in the accent of the worst one not
    // acknowledged.
    QString alertsText() const;

signals:
    // The alerts' count was clicked: show the Alerts page.
    void alertsClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void updateAgent();
    void updateReadOnly();
    void onSample(const SystemSample &sample);
    void onCost(double fraction);
    void updateAlerts();
    void setAccent(QLabel *label, int level); // 0 none, 1 warning, 2 critical

    QPointer<NodeSession> m_session;
    QLabel *m_state;
    QLabel *m_readOnly;
    QLabel *m_node;
    QLabel *m_versions;
    QLabel *m_agent;
    QLabel *m_cost;
    QLabel *m_updated;
    QLabel *m_alerts;
    int m_stateLevel = 0;
    QString m_reconnectNote;
    QString m_profileName;
};

} // namespace beamtop
