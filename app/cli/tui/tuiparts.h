// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal.h"

#include <QCoreApplication>
#include <QRect>
#include <QString>

namespace beamtop {
class NodeSession;
class Term;
struct RankingStatus;
} // namespace beamtop

namespace beamtop::tui {

class TuiScreen;

// Small drawing and wording pieces the pages of the terminal mode share.
class TuiParts
{
    Q_DECLARE_TR_FUNCTIONS(beamtop::tui::TuiParts)
public:
    // text word-wrapped into area from its top (a page's "Reading…" or "not running" sentence);
    // returns the rows used.
    static int paragraph(Terminal &t, const QRect &area, const QString &text, Role role = Role::Dim);
    // How far a ranking the node keeps has got, for a page's title line: "ranked 3 s ago",
    // "ranking: 42 % looked at"; empty before any page.
    static QString rankingText(const RankingStatus &status, bool windowMode);
    // Why a page has nothing to show yet: not connected, connecting, reconnecting, or reading.
    static QString waitingText(const NodeSession *session, const QString &reading);
    // A title line: title in the header role, then the parts in the dim one, " · " between them.
    static void titleLine(Terminal &t, int x, int y, int width, const QString &title, const QStringList &parts,
                          Role titleRole = Role::Header);
    // The title of one of a page's two tables: marked, in the accent, when the arrows move in it.
    static void focusTitleLine(Terminal &t, int x, int y, int width, const QString &title, bool focused,
                               const QStringList &parts = {});
    // Opens a process's details over the page (the Processes page's overlay); false when pid
    // is not a pid (a port's owner may be none) or there is no session.
    static bool openProcess(TuiScreen *screen, NodeSession *session, const Term &pid, const QString &description);
};

} // namespace beamtop::tui
