// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include "alerts/alertmetrics.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace beamtop {

namespace {

const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr int MaxLinesInBody = 5;
constexpr int TrayShownMs = 15000;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(GatherMs);
    connect(&m_gather, &QTimer::timeout, this, &DesktopNotifier::flush);
    m_trayHide.setSingleShot(true);
    m_trayHide.setInterval(TrayShownMs);
    connect(&m_trayHide, &QTimer::timeout, this, [this] {
        if (m_tray)
            m_tray->hide(); // an icon that only carried a message does not stay in the tray
    });
}

DesktopNotifier::~DesktopNotifier()
{
    delete m_tray;
}

void DesktopNotifier::setConnection(const QDBusConnection &bus)
{
    m_bus = bus;
}

void DesktopNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_gather.stop();
        m_pending.clear();
    }
}

void DesktopNotifier::notify(const AlertEvent &event, const QString &nodeName)
{
    if (!m_enabled || event.type != AlertEvent::Type::Firing)
        return;
    if (!m_pending.isEmpty() && nodeName != m_pendingNode)
        flush();
    m_pending.append(event);
    m_pendingNode = nodeName;
    if (!m_gather.isActive())
        m_gather.start();
}

QString DesktopNotifier::summary(const QVector<AlertEvent> &events, const QString &nodeName)
{
    if (events.size() == 1) {
        const AlertEvent &e = events.first();
        return e.severity == AlertSeverity::Critical ? tr("Critical alert on %1: %2").arg(nodeName, e.ruleId)
                                                     : tr("Alert on %1: %2").arg(nodeName, e.ruleId);
    }
    return tr("%n alerts on %1", nullptr, int(events.size())).arg(nodeName);
}

QString DesktopNotifier::body(const QVector<AlertEvent> &events)
{
    QStringList lines;
    for (int i = 0; i < events.size() && i < MaxLinesInBody; ++i) {
        const AlertEvent &e = events.at(i);
        AlertMetric m;
        const QString metric = AlertMetrics::find(e.metric, &m) && !m.label.isEmpty() ? m.label : e.metric;
        QString line = tr("%1: %2 %3 (threshold %4)")
                           .arg(e.ruleId, metric, AlertMetrics::formatValue(e.metric, e.value),
                                AlertMetrics::formatValue(e.metric, e.threshold));
        if (!e.entity.isNull())
            line += tr(", %1").arg(e.entity.text());
        if (!e.note.isEmpty())
            line += QStringLiteral(" — ") + e.note;
        lines << line;
    }
    if (events.size() > MaxLinesInBody)
        lines << tr("and %n more", nullptr, int(events.size() - MaxLinesInBody));
    return lines.join(QLatin1Char('\n'));
}

void DesktopNotifier::flush()
{
    m_gather.stop();
    if (m_pending.isEmpty())
        return;
    const QVector<AlertEvent> events = std::exchange(m_pending, {});
    bool critical = false;
    for (const AlertEvent &e : events)
        critical = critical || e.severity == AlertSeverity::Critical;
    const QString title = summary(events, m_pendingNode);
    const QString text = body(events);

    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    QDBusMessage call = QDBusMessage::createMethodCall(NotificationsService, NotificationsPath, NotificationsService,
                                                       QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(critical ? 2 : 1)));
    const QString desktop = QGuiApplication::desktopFileName();
    if (!desktop.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), desktop);
    const QString app = QGuiApplication::applicationDisplayName().isEmpty() ? QStringLiteral("Beamtop")
                                                                             : QGuiApplication::applicationDisplayName();
    call << app << uint(0) << (desktop.isEmpty() ? QStringLiteral("dialog-warning") : desktop) << title << text
         << QStringList() << hints << int(-1);
    // Asynchronous: the answer (or the bus's error) comes back through the event loop.
    if (!m_bus)
        m_bus = QDBusConnection::sessionBus();
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, title, text, critical](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (!reply.isError()) {
            emit delivered(Channel::Notifications);
            return;
        }
        showInTray(title, text, critical, reply.error().message());
    });
}

void DesktopNotifier::showInTray(const QString &summary, const QString &body, bool critical, const QString &why)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()) || !QSystemTrayIcon::isSystemTrayAvailable()) {
        emit failed(tr("No notification service (%1) and no system tray").arg(why));
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon());
        m_tray->setToolTip(tr("Beamtop"));
    }
    m_tray->show();
    m_tray->showMessage(summary, body, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    m_trayHide.start();
    emit delivered(Channel::Tray);
}

} // namespace beamtop
