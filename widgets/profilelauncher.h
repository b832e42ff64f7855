// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QString>

#include <optional>

namespace beamtop {

class MainWindow;
class NodeSession;

// Connecting through a profile from a window: gets the cookie (keychain, file, or asks), then
// connects in that window if it observes nothing yet, else in a new window of its own — one
// node per window, each with its own connection thread. Nothing here waits: the keychain is
// asked asynchronously, and the cookie prompt is a window-modal sheet.
class ProfileLauncher
{
public:
    // The window that connects: from itself while it has no session (or a dead one), else a
    // new window next to it.
    static MainWindow *windowFor(MainWindow *from);
    static void launch(MainWindow *from, const Profile &profile);
    // By name (or id), from the saved profiles; false (with a notice in from) when there is none.
    static bool launch(MainWindow *from, const QString &nameOrId);
    // A node seen in the cluster panel: through its saved profile when one matches, else with
    // the cookie and settings of the session it was seen from.
    static void launchClusterNode(MainWindow *from, NodeSession *seenFrom, const QString &node);
    // The saved profile for a node name, if any.
    static std::optional<Profile> profileForNode(const QString &node);

private:
    static void connectWithCookie(MainWindow *from, const Profile &profile, const QByteArray &cookie);
    enum class Offer {
        Nothing,    // the cookie for this connection
        Remember,   // … and a box to keep it in the keychain
        CookieFile, // … or a cookie file to point the profile at (no keychain)
    };
    static void ask(MainWindow *from, const Profile &profile, const QString &why, Offer offer);
};

} // namespace beamtop
