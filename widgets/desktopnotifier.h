// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertengine.h"

#include <QDBusConnection>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <optional>

class QSystemTrayIcon;

namespace beamtop {

// Tells the user on the desktop that alerts fired: a freedesktop notification
// (org.freedesktop.Notifications over D-Bus, asynchronous: the GUI thread never waits on the
// bus), or the tray icon's message when no notification service answers. Alerts that fire in
// the same moment (several entities past one rule, a tick that breaches several rules) make one
// notification, not a burst.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Channel { Notifications, Tray };
    Q_ENUM(Channel)

    static constexpr int CallTimeoutMs = 5000;
    // Alerts that fire within this long of the first are told in one notification.
    static constexpr int GatherMs = 250;

    // On the session bus (connected at the first notification).
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Another bus (tests start a private one).
    void setConnection(const QDBusConnection &bus);
    // Off: nothing is shown (the window still counts the alerts).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // An alert that fired on nodeName; told after GatherMs with any that fire meanwhile.
    void notify(const AlertEvent &event, const QString &nodeName);

    // What a notification of these events says (for tests and the tray message).
    static QString summary(const QVector<AlertEvent> &events, const QString &nodeName);
    static QString body(const QVector<AlertEvent> &events);

signals:
    // The notification went out through channel.
    void delivered(beamtop::DesktopNotifier::Channel channel);
    // Neither a notification service nor a tray could show it.
    void failed(const QString &error);

private:
    void flush();
    void showInTray(const QString &summary, const QString &body, bool critical, const QString &why);

    std::optional<QDBusConnection> m_bus;
    bool m_enabled = true;
    QTimer m_gather;
    QVector<AlertEvent> m_pending;
    QString m_pendingNode;
    QPointer<QSystemTrayIcon> m_tray;
    QTimer m_trayHide;
};

} // namespace beamtop
