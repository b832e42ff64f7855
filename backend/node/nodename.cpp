// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodename.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>

namespace beamtop {

bool NodeName::isLong() const
{
    QHostAddress addr;
    return host.contains(QLatin1Char('.')) || addr.setAddress(host);
}

QString NodeName::localShortHost()
{
    const QString h = QHostInfo::localHostName();
    const int dot = h.indexOf(QLatin1Char('.'));
    return dot > 0 ? h.left(dot) : h;
}

bool NodeName::parse(const QString &text, NodeName *out, QString *error)
{
    const QString t = text.trimmed();
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (t.isEmpty())
        return fail(QCoreApplication::translate("NodeName", "The node name is empty."));
    const int at = t.indexOf(QLatin1Char('@'));
    if (at != t.lastIndexOf(QLatin1Char('@')))
        return fail(QCoreApplication::translate("NodeName", "A node name has one '@': %1").arg(t));
    NodeName n;
    if (at < 0)
        return fail(QCoreApplication::translate(
                        "NodeName", "A node name looks like name@host (for example app@%1), not '%2'.")
                        .arg(localShortHost(), t));
    n.alive = t.left(at);
    n.host = t.mid(at + 1);
    if (n.alive.isEmpty() || n.host.isEmpty())
        return fail(QCoreApplication::translate(
                        "NodeName", "Both parts of name@host are needed: '%1'.").arg(t));
    // 254 bytes is libei's limit for both parts (EI_MAXALIVELEN / EI_MAXHOSTNAMELEN).
    if (n.alive.toUtf8().size() > 254 || n.host.toUtf8().size() > 254)
        return fail(QCoreApplication::translate("NodeName", "The node name is too long."));
    for (const QChar c : qAsConst(n.alive)) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')))
            return fail(QCoreApplication::translate(
                            "NodeName", "'%1' is not a valid node name: use letters, digits, '_' and '-' before the '@'.")
                            .arg(t));
    }
    for (const QChar c : qAsConst(n.host)) {
        if (c.isSpace())
            return fail(QCoreApplication::translate("NodeName", "The host part contains a space: '%1'.").arg(t));
    }
    if (out)
        *out = n;
    return true;
}

} // namespace beamtop
