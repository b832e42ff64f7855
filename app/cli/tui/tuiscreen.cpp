// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuiscreen.h"

#include "tuipage.h"

#include "format.h"

#include "alerts/alertmonitor.h"
#include "session/nodesession.h"

#include <QDateTime>
#include <QStringList>

#include <iterator>

namespace beamtop::tui {

namespace {
// The refresh intervals + and - step through, a quarter second to a minute.
constexpr int Intervals[] = {250, 500, 1000, 2000, 5000, 10000, 30000, 60000};
constexpr int NoticeMs = 4000;
} // namespace

TuiScreen::TuiScreen(Terminal *terminal, const Options &options, QObject *parent)
    : QObject(parent), m_terminal(terminal), m_options(options)
{
    m_render.setSingleShot(true);
    m_render.setInterval(0);
    connect(&m_render, &QTimer::timeout, this, &TuiScreen::render);
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(NoticeMs);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] {
        m_notice.clear();
        requestRender();
    });
    connect(m_terminal, &Terminal::keyPressed, this, &TuiScreen::onKey);
}

TuiScreen::~TuiScreen()
{
    // Pages unsubscribe before the session (which may outlive the screen) forgets them.
    for (TuiPage *page : std::as_const(m_pages))
        page->hide();
}

void TuiScreen::addPage(TuiPage *page)
{
    page->setParent(this);
    m_pages << page;
    if (m_session)
        page->setSession(m_session);
    // Only what is on screen draws again.
    connect(page, &TuiPage::changed, this, [this, page] {
        if (page == m_current && !m_overlay)
            requestRender();
    });
    if (!m_current)
        showPage(page);
}

void TuiScreen::showPage(TuiPage *page)
{
    if (!page || page == m_current) {
        if (m_overlay)
            closeOverlay();
        return;
    }
    closeOverlay();
    if (m_current)
        m_current->hide();
    m_current = page;
    m_current->show();
    requestRender();
}

void TuiScreen::setSession(NodeSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->alerts(), nullptr, this, nullptr);
    }
    m_session = session;
    m_banner.clear();
    m_reconnectAttempt = 0;
    m_agentCost = -1;
    for (TuiPage *page : std::as_const(m_pages))
        page->setSession(session);
    if (m_overlay)
        m_overlay->setSession(session);
    if (session) {
        const auto redraw = [this] { requestRender(); };
        connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State s) {
            if (s == NodeSession::State::Live) {
                m_banner.clear();
                m_reconnectAttempt = 0;
            }
            if (s != NodeSession::State::Live)
                m_agentCost = -1; // the agent is gone with the link
            requestRender();
        });
        connect(session, &NodeSession::sampleReady, this, redraw);
        connect(session, &NodeSession::staleChanged, this, redraw);
        connect(session, &NodeSession::lateChanged, this, redraw);
        connect(session, &NodeSession::agentCostUpdated, this, [this](double fraction) {
            m_agentCost = fraction;
            requestRender();
        });
        connect(session, &NodeSession::linkLost, this, [this](const QString &reason, bool willReconnect) {
            m_linkReason = reason;
            m_banner = willReconnect ? tr("Link to %1 lost: reconnecting…").arg(m_session->nodeName())
                                     : tr("Link to %1 lost: %2").arg(m_session->nodeName(), reason);
            requestRender();
        });
        connect(session, &NodeSession::reconnectScheduled, this, [this](int attempt, int) {
            m_reconnectAttempt = attempt;
            m_banner = tr("Link to %1 lost: reconnecting (attempt %2)…").arg(m_session->nodeName()).arg(attempt);
            if (!m_linkReason.isEmpty())
                m_banner += QStringLiteral("  ") + m_linkReason; // why, for who can act on it
            requestRender();
        });
        connect(session->alerts(), &AlertMonitor::activeChanged, this, redraw);
    }
    requestRender();
}

void TuiScreen::confirm(const QString &question, std::function<void(bool)> done)
{
    m_question = question;
    m_confirmed = std::move(done);
    requestRender();
}

void TuiScreen::prompt(const QString &label, const QString &initial, std::function<void(const QString &)> done)
{
    m_promptLabel = label;
    m_promptText = initial;
    m_prompted = std::move(done);
    requestRender();
}

void TuiScreen::openOverlay(TuiPage *overlay)
{
    closeOverlay();
    overlay->setParent(this);
    if (overlay->session() != m_session)
        overlay->setSession(m_session);
    m_overlay = overlay;
    connect(overlay, &TuiPage::changed, this, [this, overlay] {
        if (overlay == m_overlay)
            requestRender();
    });
    overlay->show();
    requestRender();
}

void TuiScreen::closeOverlay()
{
    if (!m_overlay)
        return;
    TuiPage *overlay = m_overlay;
    m_overlay = nullptr;
    overlay->hide();
    overlay->deleteLater();
    requestRender();
}

void TuiScreen::setBanner(const QString &text)
{
    m_banner = text;
    requestRender();
}

void TuiScreen::notice(const QString &text, Role role)
{
    m_notice = text;
    m_noticeRole = role;
    m_noticeTimer.start();
    requestRender();
}

void TuiScreen::requestRender()
{
    if (!m_render.isActive())
        m_render.start();
}

void TuiScreen::render()
{
    m_render.stop();
    Terminal &t = *m_terminal;
    if (!t.isOpen())
        return;
    t.erase();
    const QSize size = t.size();
    if (size.width() < 20 || size.height() < 5) {
        t.text(0, 0, tr("Terminal too small"), Role::Warning);
        t.flush();
        return;
    }
    drawTopBar(size.width());
    int top = 1;
    if (!m_banner.isEmpty()) {
        t.fill(0, top, size.width(), 1, Role::Banner);
        t.text(1, top, m_banner, Role::Banner, size.width() - 2);
        ++top;
    }
    const QRect area(0, top, size.width(), size.height() - 1 - top);
    if (TuiPage *page = m_overlay ? m_overlay.data() : m_current)
        page->render(t, area);
    if (m_help)
        drawHelp(size);
    if (m_confirmed)
        drawBox(size, {m_question, QString(), tr("y: yes    n, Esc: no")}, Role::Banner);
    drawStatus(size.height() - 1, size.width());
    t.flush();
}

void TuiScreen::drawTopBar(int width)
{
    Terminal &t = *m_terminal;
    t.fill(0, 0, width, 1, Role::TopBar);
    m_tabSpans.clear();
    // "1 Home 2 Processes ...": titles shortened, longest first, until the bar fits (down to the
    // keys alone on a very narrow terminal).
    QStringList titles;
    for (TuiPage *p : std::as_const(m_pages))
        titles << p->title();
    auto total = [&] {
        int w = 0;
        for (const QString &s : std::as_const(titles))
            w += s.isEmpty() ? 3 : Terminal::width(s) + 4; // " N title ", " N " when very narrow
        return w;
    };
    const int shownAt = int(m_pages.indexOf(m_current));
    while (total() > width) {
        // The shown page keeps its whole name while the others can give way.
        int longest = -1;
        for (int i = 0; i < titles.size(); ++i)
            if (i != shownAt && !titles.at(i).isEmpty() && (longest < 0 || titles.at(i).size() > titles.at(longest).size()))
                longest = i;
        if (longest < 0 && shownAt >= 0 && titles.at(shownAt).size() > 1)
            longest = shownAt;
        if (longest < 0)
            break;
        titles[longest].chop(1);
    }
    int x = 0;
    for (int i = 0; i < m_pages.size() && x < width; ++i) {
        TuiPage *p = m_pages.at(i);
        const bool active = p == m_current;
        const Role role = active ? Role::TopBarActive : Role::TopBar;
        const int from = x;
        x += t.text(x, 0, QStringLiteral(" "), role);
        x += t.text(x, 0, QString(QLatin1Char(p->key())), active ? Role::TopBarActive : Role::Accent);
        x += t.text(x, 0, titles.at(i).isEmpty() ? QStringLiteral(" ") : QLatin1Char(' ') + titles.at(i) + QLatin1Char(' '), role);
        m_tabSpans << qMakePair(from, x);
    }
    // Active alerts, at the right end when there is room.
    if (m_session) {
        const int active = int(m_session->alerts()->active().size());
        if (active > 0) {
            const QString text = QLatin1Char(' ') + tr("%n alert(s)", nullptr, active) + QLatin1Char(' ');
            const int w = Terminal::width(text);
            if (x + w <= width)
                t.text(width - w, 0, text, Role::Critical);
        }
    }
}

void TuiScreen::drawStatus(int y, int width)
{
    Terminal &t = *m_terminal;
    t.fill(0, y, width, 1, Role::Status);
    if (m_prompted) {
        const int x = t.text(0, y, m_promptLabel, Role::Status);
        // The caret as a reversed cell after the text, since the cursor stays hidden.
        const QString text = m_promptText;
        const int w = width - x - 1;
        const QString shown = Terminal::width(text) > w ? text.right(w) : text;
        const int tx = t.text(x, y, shown, Role::Normal, w);
        t.text(x + tx, y, QStringLiteral(" "), Role::Selected, 1);
        return;
    }
    // A notice (an action's outcome, a refusal and how to allow it) takes the whole line for
    // its few seconds: it is what the user is waiting to read.
    if (!m_notice.isEmpty()) {
        t.fill(0, y, width, 1, m_noticeRole == Role::Normal ? Role::Status : m_noticeRole);
        t.text(1, y, m_notice, m_noticeRole == Role::Normal ? Role::Status : m_noticeRole, width - 2);
        return;
    }
    QStringList parts;
    if (m_session) {
        parts << m_session->nodeName();
        if (const auto &sample = m_session->lastSample(); sample && sample->sampledAtMs > 0)
            parts << QDateTime::fromMSecsSinceEpoch(sample->sampledAtMs).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        const NodeSession::State s = m_session->state();
        QString state = NodeSession::stateText(s);
        if (s == NodeSession::State::Live && m_session->isLate())
            state = tr("late %1").arg(Format::duration(m_session->lateForMs()));
        else if (s == NodeSession::State::Live && m_session->isStale())
            state = tr("waiting for data");
        else if (s == NodeSession::State::Reconnecting && m_reconnectAttempt > 0)
            state = tr("reconnecting (%1)").arg(m_reconnectAttempt);
        parts << state;
        parts << (m_session->isPaused() ? tr("paused") : tr("every %1").arg(Format::duration(m_session->refreshIntervalMs())));
        if (m_agentCost >= 0 && s == NodeSession::State::Live)
            parts << tr("agent %1 CPU").arg(Format::percent(m_agentCost));
        if (!m_session->isReadOnly())
            parts << tr("actions on");
    } else {
        parts << tr("Not connected");
    }
    const QString left = QLatin1Char(' ') + parts.join(QStringLiteral("  "));
    const int used = t.text(0, y, left, Role::Status, width);
    // The hint is cut first.
    const QString right = m_overlay ? m_overlay->hint() : m_current ? m_current->hint() : QString();
    const QString help = tr("F1 help");
    const QString tail = right.isEmpty() ? help : right + QStringLiteral("  ") + help;
    const int room = width - used - 3;
    if (room < 4)
        return;
    const QString cut = t.elide(tail, room);
    t.text(width - Terminal::width(cut) - 1, y, cut, Role::Status);
}

void TuiScreen::drawBox(const QSize &size, const QStringList &lines, Role role)
{
    Terminal &t = *m_terminal;
    int w = 0;
    for (const QString &l : lines)
        w = qMax(w, Terminal::width(l));
    w = qMin(w + 4, size.width());
    const int h = qMin(int(lines.size()) + 2, size.height() - 2);
    const int x = (size.width() - w) / 2, y = qMax(1, (size.height() - h) / 2);
    t.fill(x, y, w, h, role);
    for (int i = 0; i < lines.size() && i < h - 2; ++i)
        t.text(x + 2, y + 1 + i, lines.at(i), role, w - 4);
}

void TuiScreen::drawHelp(const QSize &size)
{
    Terminal &t = *m_terminal;
    QVector<QPair<QString, QString>> rows = {
        {tr("1-9, click"), tr("show a page")},
        {tr("Tab, Shift+Tab"), tr("next, previous page")},
        {tr("space"), tr("pause or resume")},
        {tr("+ -"), tr("refresh more or less often")},
        {tr("r, F5"), tr("refresh now")},
        {tr("F1, ?"), tr("this help")},
        {tr("Esc"), tr("close what is over the page")},
        {tr("Ctrl+L"), tr("draw the whole screen again")},
        {tr("q, Ctrl+C"), tr("quit (Beamtop leaves the node as it found it)")},
    };
    TuiPage *page = m_overlay ? m_overlay.data() : m_current;
    const QVector<QPair<QString, QString>> own = page ? page->keyHelp() : QVector<QPair<QString, QString>>();
    int keyWidth = 0, textWidth = 0;
    for (const auto &r : std::as_const(rows) + own) {
        keyWidth = qMax(keyWidth, Terminal::width(r.first));
        textWidth = qMax(textWidth, Terminal::width(r.second));
    }
    const int w = qMin(size.width(), keyWidth + textWidth + 6);
    const int lines = int(rows.size() + (own.isEmpty() ? 0 : own.size() + 2)) + 4;
    const int h = qMin(size.height() - 2, lines);
    const int x = (size.width() - w) / 2, y = qMax(1, (size.height() - h) / 2);
    t.fill(x, y, w, h, Role::Normal);
    int row = y;
    auto line = [&](const QString &k, const QString &text, Role role) {
        if (row >= y + h - 1)
            return;
        t.text(x + 2, row, k, role, keyWidth);
        t.text(x + 3 + keyWidth, row, text, Role::Normal, w - keyWidth - 5);
        ++row;
    };
    t.hline(x, row++, w, Role::Dim);
    t.text(x + 2, row++, tr("Keys everywhere"), Role::Header, w - 4);
    for (const auto &r : std::as_const(rows))
        line(r.first, r.second, Role::Accent);
    if (!own.isEmpty()) {
        ++row;
        if (row < y + h - 1)
            t.text(x + 2, row++, tr("On this page (%1)").arg(page->title()), Role::Header, w - 4);
        for (const auto &r : own)
            line(r.first, r.second, Role::Accent);
    }
    t.hline(x, y + h - 1, w, Role::Dim);
}

void TuiScreen::stepInterval(int direction)
{
    if (!m_session)
        return;
    const int now = m_session->refreshIntervalMs();
    int next = now;
    if (direction > 0) {
        for (const int ms : Intervals)
            if (ms > now) {
                next = ms;
                break;
            }
    } else {
        for (auto it = std::rbegin(Intervals); it != std::rend(Intervals); ++it)
            if (*it < now) {
                next = *it;
                break;
            }
    }
    m_session->setRefreshIntervalMs(next);
    notice(tr("Refreshing every %1").arg(Format::duration(next)));
}

bool TuiScreen::globalKey(const Key &key)
{
    if (key.type == Key::Char && !key.ctrl) {
        if (key.ch >= U'1' && key.ch <= U'9') {
            for (TuiPage *p : std::as_const(m_pages))
                if (char32_t(p->key()) == key.ch) {
                    showPage(p);
                    return true;
                }
            return true;
        }
        switch (key.ch) {
        case U'q':
            emit quitRequested();
            return true;
        case U' ':
            if (m_session) {
                m_session->setPaused(!m_session->isPaused());
                requestRender();
            }
            return true;
        case U'+':
            stepInterval(+1);
            return true;
        case U'-':
            stepInterval(-1);
            return true;
        case U'r':
            if (m_session)
                m_session->refresh();
            return true;
        case U'?':
            m_help = true;
            requestRender();
            return true;
        default:
            return false;
        }
    }
    switch (key.type) {
    case Key::Tab:
    case Key::BackTab: {
        if (m_pages.isEmpty())
            return true;
        const int at = int(m_pages.indexOf(m_current));
        const int n = int(m_pages.size());
        showPage(m_pages.at(((at < 0 ? 0 : at) + (key.type == Key::Tab ? 1 : n - 1)) % n));
        return true;
    }
    case Key::F5:
        if (m_session)
            m_session->refresh();
        return true;
    case Key::F1:
        m_help = true;
        requestRender();
        return true;
    default:
        return false;
    }
}

void TuiScreen::onKey(const Key &key)
{
    if (key.type == Key::Resize) {
        render(); // now: the old frame is wrong at the new size
        return;
    }
    if (key.ctrl && key.ch == U'c') {
        emit quitRequested();
        return;
    }
    if (key.ctrl && key.ch == U'l') {
        // Something else wrote over the screen: send every cell again.
        m_terminal->redrawAll();
        render();
        return;
    }
    // What is over the page takes the keys first.
    if (m_confirmed) {
        if (key.isChar(U'y') || key.isChar(U'Y') || key.isChar(U'n') || key.isChar(U'N') || key.type == Key::Escape) {
            const bool yes = key.isChar(U'y') || key.isChar(U'Y');
            auto done = std::move(m_confirmed);
            m_confirmed = nullptr;
            m_question.clear();
            requestRender();
            done(yes);
        }
        return;
    }
    if (m_prompted) {
        switch (key.type) {
        case Key::Enter: {
            auto done = std::move(m_prompted);
            m_prompted = nullptr;
            const QString text = m_promptText;
            requestRender();
            done(text);
            return;
        }
        case Key::Escape:
            m_prompted = nullptr;
            break;
        case Key::Backspace:
            m_promptText.chop(1);
            break;
        case Key::Char:
            if (key.ctrl && key.ch == U'u')
                m_promptText.clear();
            else if (!key.ctrl)
                m_promptText += QString::fromUcs4(&key.ch, 1);
            break;
        default:
            break;
        }
        requestRender();
        return;
    }
    if (m_help) {
        if (key.type == Key::Escape || key.type == Key::F1 || key.isChar(U'?') || key.isChar(U'q') || key.type == Key::Enter) {
            m_help = false;
            requestRender();
        }
        return;
    }
    if (key.type == Key::Mouse && key.y == 0) {
        if (key.button == 1)
            for (int i = 0; i < m_tabSpans.size() && i < m_pages.size(); ++i)
                if (key.x >= m_tabSpans.at(i).first && key.x < m_tabSpans.at(i).second) {
                    showPage(m_pages.at(i));
                    break;
                }
        return;
    }
    if (key.type == Key::Escape) {
        if (m_overlay)
            closeOverlay();
        else if (!m_notice.isEmpty()) {
            m_notice.clear();
            requestRender();
        }
        return;
    }
    // An overlay (details) may use more keys than a page; a page's keys never clash with the
    // global ones, which come first so that q always quits.
    if (m_overlay) {
        if (m_overlay->handleKey(key)) {
            requestRender();
            return;
        }
        globalKey(key);
        return;
    }
    if (globalKey(key))
        return;
    if (m_current && m_current->handleKey(key))
        requestRender();
}

} // namespace beamtop::tui
