// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal.h"

#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVector>

#include <functional>

namespace beamtop {
class NodeSession;
}

namespace beamtop::tui {

class TuiPage;

// The whole terminal mode on one screen: a top bar with the pages and their keys, the shown
// page, a status line (node, the node's time, state, refresh interval or "paused", Beamtop's
// cost on the node, the page's hint), and what goes over them: the help (F1, ?), a
// confirmation, a line of input, a banner while the link is lost, a page's overlay (a details
// view). Global keys: 1..9 pages, Tab / Shift+Tab next / previous page, space pause, + and -
// the refresh interval, F5 or r refresh now, F1 or ? help, q (or Ctrl+C) quit; Esc closes
// what is over the page. Drawing is coalesced: any number of changed() in one event loop turn
// make one frame, and ncurses sends only the cells that differ.
class TuiScreen : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool allowActions = false; // --allow-actions: kill, suspend and GC, each confirmed
    };

    TuiScreen(Terminal *terminal, const Options &options, QObject *parent = nullptr);
    ~TuiScreen() override;

    Terminal *terminal() const { return m_terminal; }
    bool allowActions() const { return m_options.allowActions; }

    // Takes the pages (parented to the screen), in top-bar order; the first is shown first.
    void addPage(TuiPage *page);
    QVector<TuiPage *> pages() const { return m_pages; }
    TuiPage *currentPage() const { return m_current; }
    void showPage(TuiPage *page);

    void setSession(NodeSession *session); // every page's, and the status line's
    NodeSession *session() const { return m_session; }

    // What pages use for interaction, drawn over the page until answered:
    // a yes/no question ("Kill <0.123.0> (my_server)? y/n"); done(true) on y.
    void confirm(const QString &question, std::function<void(bool)> done);
    // A line of input ("Filter: "), Enter gives the text, Esc cancels (done not called).
    void prompt(const QString &label, const QString &initial, std::function<void(const QString &)> done);
    // A page drawn in place of the current one until Esc (a details view); the screen owns it.
    void openOverlay(TuiPage *overlay);
    void closeOverlay();
    // A line over the page until cleared (empty) or a new session: "Starting the demo node…".
    // The screen sets its own while the link is lost.
    void setBanner(const QString &text);
    // A message in the status line for a few seconds ("Killed <0.123.0>", an error).
    void notice(const QString &text, Role role = Role::Normal);

    // Draw now (normally after a coalesced changed()).
    void render();
    void requestRender(); // coalesced

signals:
    void quitRequested();

private:
    void onKey(const Key &key);
    bool globalKey(const Key &key);
    void drawTopBar(int width);
    void drawStatus(int y, int width);
    void drawHelp(const QSize &size);
    void drawBox(const QSize &size, const QStringList &lines, Role role);
    void stepInterval(int direction);

    Terminal *m_terminal;
    Options m_options;
    NodeSession *m_session = nullptr;
    QVector<TuiPage *> m_pages;
    TuiPage *m_current = nullptr;
    QPointer<TuiPage> m_overlay;
    bool m_help = false;
    QString m_question;
    std::function<void(bool)> m_confirmed;
    QString m_promptLabel, m_promptText;
    std::function<void(const QString &)> m_prompted;
    QString m_notice;
    Role m_noticeRole = Role::Normal;
    QTimer m_noticeTimer;
    QTimer m_render;
    // The top bar's tabs as drawn: [from, to) cells per page, for mouse clicks.
    QVector<QPair<int, int>> m_tabSpans;
    // Over the page while the link is lost ("Link to NODE lost: reconnecting (attempt N)…").
    QString m_banner;
    QString m_linkReason;
    int m_reconnectAttempt = 0;
    double m_agentCost = -1; // share of one scheduler, -1 unknown
};

} // namespace beamtop::tui
