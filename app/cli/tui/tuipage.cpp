// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuipage.h"

#include "tuiscreen.h"

#include "session/nodesession.h"

namespace beamtop::tui {

TuiPage::TuiPage(TuiScreen *screen) : QObject(screen), m_screen(screen) {}

void TuiPage::setSession(NodeSession *session)
{
    if (m_session == session)
        return;
    const bool wasShown = m_shown;
    // Feeds follow the session: the old one's subscriptions end with it.
    if (m_shown && m_session)
        for (const int f : std::as_const(m_feeds))
            m_session->unsubscribe(NodeSession::Feed(f), this);
    m_session = session;
    if (wasShown && m_session)
        for (const int f : std::as_const(m_feeds))
            m_session->subscribe(NodeSession::Feed(f), this);
}

void TuiPage::show()
{
    if (m_shown)
        return;
    m_shown = true;
    if (m_session)
        for (const int f : std::as_const(m_feeds))
            m_session->subscribe(NodeSession::Feed(f), this);
    shown();
}

void TuiPage::hide()
{
    if (!m_shown)
        return;
    m_shown = false;
    if (m_session)
        for (const int f : std::as_const(m_feeds))
            m_session->unsubscribe(NodeSession::Feed(f), this);
    hidden();
}

} // namespace beamtop::tui
