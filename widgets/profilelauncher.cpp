// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelauncher.h"

#include "cookieprompt.h"
#include "mainwindow.h"
#include "session/nodesession.h"
#include "noticebar.h"
#include "profiles/profilecookie.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPointer>

namespace beamtop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("beamtop::ProfileLauncher", text);
}

bool sameNode(const QString &a, const QString &b)
{
    NodeName x, y;
    if (!NodeName::parse(a, &x, nullptr) || !NodeName::parse(b, &y, nullptr))
        return false;
    // Alive names are case-sensitive in Erlang; host names are not.
    return x.alive == y.alive && x.host.compare(y.host, Qt::CaseInsensitive) == 0;
}
} // namespace

MainWindow *ProfileLauncher::windowFor(MainWindow *from)
{
    NodeSession *s = from->session();
    if (!s || s->state() == NodeSession::State::Disconnected)
        return from;
    return from->openWindow();
}

bool ProfileLauncher::launch(MainWindow *from, const QString &nameOrId)
{
    const auto profile = ProfileStore().find(nameOrId);
    if (!profile) {
        from->notice()->showNotice(NoticeBar::Kind::Error, tr("There is no profile called “%1”.").arg(nameOrId),
                                   tr("File ▸ Profiles (Ctrl+Shift+O) lists the saved profiles; beamtop-cli profiles list too."));
        return false;
    }
    launch(from, *profile);
    return true;
}

void ProfileLauncher::launch(MainWindow *from, const Profile &profile)
{
    // The keychain may take a moment (or, stuck, until its timeout): say what is going on.
    const QString waiting = tr("Reading the cookie of %1 from the system keychain…").arg(profile.name);
    const bool quiet = from->session() || profile.cookieSource != Profile::CookieSource::Keychain;
    if (!quiet)
        from->notice()->showNotice(NoticeBar::Kind::Progress, waiting);
    ProfileCookie::fetch(profile, SecretStore::instance(), from, [from, profile, waiting](const ProfileCookie &c) {
        if (from->notice()->text() == waiting)
            from->notice()->clear();
        switch (c.status) {
        case ProfileCookie::Status::Ok:
            connectWithCookie(from, profile, c.cookie);
            return;
        case ProfileCookie::Status::MustAsk:
            // Nothing in the keychain yet (an imported profile): ask once, offer to remember.
            ask(from, profile, c.error, profile.cookieSource == Profile::CookieSource::Keychain
                                            ? Offer::Remember : Offer::Nothing);
            return;
        case ProfileCookie::Status::Failed:
            if (profile.cookieSource == Profile::CookieSource::Keychain) {
                // No keychain (or it failed): type the cookie for this connection, or point the
                // profile at a cookie file from now on.
                ask(from, profile, c.error, Offer::CookieFile);
                return;
            }
            from->notice()->showNotice(NoticeBar::Kind::Error,
                                       tr("No cookie for %1: %2").arg(profile.name, c.error),
                                       tr("Edit the profile (File ▸ Profiles) to point it at the right cookie."));
            return;
        }
    });
}

void ProfileLauncher::ask(MainWindow *from, const Profile &profile, const QString &why, Offer offer)
{
    auto *prompt = new CookiePrompt(profile.name, profile.node, why, offer == Offer::Remember, from);
    if (offer == Offer::CookieFile)
        prompt->offerCookieFile();
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowModality(Qt::WindowModal);
    QObject::connect(prompt, &QDialog::accepted, from, [from, prompt, profile] {
        const QByteArray cookie = prompt->cookie();
        if (const QString file = prompt->cookieFile(); !file.isEmpty()) {
            // The user chose a cookie file for this profile: saved in it, so the next connect
            // reads the file without asking. Only the path is saved, never the cookie.
            Profile changed = profile;
            changed.cookieSource = Profile::CookieSource::File;
            changed.cookieFile = QDir::fromNativeSeparators(file);
            QString why;
            if (!ProfileStore().save(&changed, &why)) {
                from->notice()->showNotice(NoticeBar::Kind::Warning,
                                           tr("Connecting with the cookie from %1, but the profile could not be changed to use it.")
                                               .arg(file),
                                           why);
            }
            connectWithCookie(from, changed, cookie);
            return;
        }
        if (prompt->remember()) {
            QPointer<MainWindow> window = from;
            SecretStore::instance()->write(profile.secretKey(), cookie, from, [window, profile](const SecretResult &r) {
                if (r.ok() || !window)
                    return;
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Cookie not saved"),
                                            tr("The cookie for %1 is used for this connection but could not be saved in "
                                               "the system keychain. %2")
                                                .arg(profile.name, r.message()),
                                            QMessageBox::Ok, window);
                box->setDetailedText(r.detail);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
        }
        connectWithCookie(from, profile, cookie);
    });
    prompt->open();
}

void ProfileLauncher::connectWithCookie(MainWindow *from, const Profile &profile, const QByteArray &cookie)
{
    MainWindow *w = windowFor(from);
    w->connectProfile(profile, cookie);
    if (NodeSession *s = w->session()) {
        QObject::connect(s->client(), &NodeClient::connected, s, [id = profile.id] { ProfileStore().markConnected(id); });
    }
}

std::optional<Profile> ProfileLauncher::profileForNode(const QString &node)
{
    const QVector<Profile> all = ProfileStore().profiles();
    for (const Profile &p : all) {
        if (sameNode(p.node, node))
            return p;
    }
    return std::nullopt;
}

void ProfileLauncher::launchClusterNode(MainWindow *from, NodeSession *seenFrom, const QString &node)
{
    if (const auto profile = profileForNode(node)) {
        launch(from, *profile);
        return;
    }
    if (!seenFrom)
        return;
    // The cluster shares the cookie; the distribution port belongs to the node it was seen from.
    ConnectOptions o = seenFrom->client()->options();
    o.node = node;
    o.distPort = 0;
    o.autoReconnect = true;
    windowFor(from)->connectWith(o);
}

} // namespace beamtop
