// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuiparts.h"

#include "processdetails.h"
#include "tuiscreen.h"

#include "format.h"

#include "rank/rankedquery.h"
#include "session/nodesession.h"

#include <QStringList>

namespace beamtop::tui {

int TuiParts::paragraph(Terminal &t, const QRect &area, const QString &text, Role role)
{
    if (area.width() <= 0 || area.height() <= 0)
        return 0;
    int y = area.top();
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &p : paragraphs) {
        QString line;
        const QStringList words = p.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words) {
            const QString next = line.isEmpty() ? w : line + QLatin1Char(' ') + w;
            if (Terminal::width(next) <= area.width() || line.isEmpty()) {
                line = next;
                continue;
            }
            if (y > area.bottom())
                return y - area.top();
            t.text(area.left(), y++, line, role, area.width());
            line = w;
        }
        if (y > area.bottom())
            return y - area.top();
        t.text(area.left(), y++, line, role, area.width()); // an empty paragraph is a blank line
    }
    return y - area.top();
}

QString TuiParts::rankingText(const RankingStatus &s, bool windowMode)
{
    if (!s.receivedAt.isValid())
        return {};
    if (s.reducedMode)
        return tr("not ranked (no agent): in the node's order");
    if (!s.rankingComplete) {
        if (s.sweepTotal > 0)
            return tr("ranking: %1 looked at").arg(Format::percent(double(s.sweepDone) / double(s.sweepTotal), 0));
        return tr("ranking…");
    }
    if (windowMode && !s.windowValid)
        return tr("measuring the window…");
    if (s.rankedAgoMs >= 1000)
        return tr("ranked %1 ago").arg(Format::duration(s.rankedAgoMs));
    return tr("ranked just now");
}

QString TuiParts::waitingText(const NodeSession *session, const QString &reading)
{
    if (!session)
        return tr("Not connected.");
    switch (session->state()) {
    case NodeSession::State::Connecting:
    case NodeSession::State::LoadingAgent:
        return tr("Connecting to %1…").arg(session->nodeName());
    case NodeSession::State::Reconnecting:
        return tr("The link to %1 is lost; reconnecting…").arg(session->nodeName());
    case NodeSession::State::Closing:
    case NodeSession::State::Disconnected:
        return tr("Disconnected from %1.").arg(session->nodeName());
    case NodeSession::State::Live:
        break;
    }
    return reading;
}

void TuiParts::titleLine(Terminal &t, int x, int y, int width, const QString &title, const QStringList &parts,
                         Role titleRole)
{
    if (width <= 0)
        return;
    int used = t.text(x, y, title, titleRole, width);
    QStringList shown;
    for (const QString &p : parts)
        if (!p.isEmpty())
            shown << p;
    if (shown.isEmpty() || used + 3 >= width)
        return;
    t.text(x + used, y, QStringLiteral(" · ") + shown.join(QStringLiteral(" · ")), Role::Dim, width - used);
}

void TuiParts::focusTitleLine(Terminal &t, int x, int y, int width, const QString &title, bool focused,
                              const QStringList &parts)
{
    titleLine(t, x, y, width, focused ? QStringLiteral("▶ ") + title : title, parts, focused ? Role::Accent : Role::Header);
}

bool TuiParts::openProcess(TuiScreen *screen, NodeSession *session, const Term &pid, const QString &description)
{
    if (!session || !pid.isPid())
        return false;
    screen->openOverlay(new ProcessDetails(screen, session, pid, description));
    return true;
}

} // namespace beamtop::tui
