// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal.h"

#include <QObject>
#include <QPair>
#include <QRect>
#include <QVector>

namespace beamtop {
class NodeSession;
}

namespace beamtop::tui {

class TuiScreen;

// One page of the terminal mode (Home, Processes, Load, ...), the terminal's counterpart of a
// desktop page: it subscribes to the session feeds it needs while shown (setFeeds, as
// widgets/page.h does; the base subscribes on show and unsubscribes on hide), reads the
// collectors' value types (through the same QtCore models the desktop uses where one exists:
// models/*), and draws itself into the area between the top bar and the status line.
// It never calls the node: the session's tick is the only data path.
class TuiPage : public QObject
{
    Q_OBJECT
public:
    explicit TuiPage(TuiScreen *screen);

    // The key that shows it ('1'..'9') and its name in the top bar ("Processes").
    virtual char key() const = 0;
    virtual QString title() const = 0;

    // A new session (the first, or after --demo started its node); clear what the last one showed.
    virtual void setSession(NodeSession *session);
    NodeSession *session() const { return m_session; }

    void show(); // subscribes the feeds, then shown()
    void hide(); // unsubscribes, then hidden()
    bool isShown() const { return m_shown; }

    // Draws the page into area (never outside it). Called after changed(), after a resize,
    // after a key; cheap enough to run every second on an 80x24 or a 300x100 terminal.
    virtual void render(Terminal &t, const QRect &area) = 0;
    // A key (or mouse event, its cell in screen coordinates) while shown: true when used.
    virtual bool handleKey(const Key &key) { Q_UNUSED(key); return false; }
    // This page's keys for the help screen (F1, ?): {"M", "sort by memory"}, ...
    virtual QVector<QPair<QString, QString>> keyHelp() const { return {}; }
    // A short hint for the status line while shown ("M R Q H B sort · w window · / filter").
    virtual QString hint() const { return {}; }

signals:
    // Something shown changed: the screen draws again (coalesced: at most once per event loop turn).
    void changed();

protected:
    // The feeds subscribed while shown (call in the constructor).
    void setFeeds(const QVector<int> &feeds) { m_feeds = feeds; } // NodeSession::Feed values
    virtual void shown() {}
    virtual void hidden() {}
    TuiScreen *screen() const { return m_screen; }

private:
    TuiScreen *m_screen;
    NodeSession *m_session = nullptr;
    QVector<int> m_feeds;
    bool m_shown = false;
};

} // namespace beamtop::tui
