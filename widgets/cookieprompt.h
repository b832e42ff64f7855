// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace beamtop {

class NoticeBar;

// Asks for a node's cookie when a profile has none at hand: it asks at each connect, the
// keychain holds nothing for it yet, or the keychain is unavailable. The cookie is kept in
// memory only, unless the user ticks "remember" and the keychain takes it. Without a working
// keychain (offerCookieFile()) it offers the two other ways in plain words: type the cookie
// for this connection, or point the profile at a cookie file from now on.
class CookiePrompt : public QDialog
{
    Q_OBJECT
public:
    // why: one sentence shown on top (why Beamtop asks). offerRemember: show the checkbox.
    CookiePrompt(const QString &profileName, const QString &node, const QString &why, bool offerRemember,
                 QWidget *parent = nullptr);

    // Shows the choice between typing the cookie for this connection and pointing the profile
    // at a cookie file (for when the keychain is unavailable or failed).
    void offerCookieFile();
    // The cookie typed, or read from the chosen cookie file.
    QByteArray cookie() const;
    bool remember() const;
    void setCookie(const QByteArray &cookie); // tests, and "read from a file"
    // The cookie file the profile should use from now on; empty when the cookie was typed.
    QString cookieFile() const;
    void chooseCookieFile(const QString &path); // picks the file choice (tests, Browse…)

public slots:
    void accept() override;

private:
    void readFile(const QString &path);
    bool fileChosen() const;
    void updateChoice();

    bool m_offerRemember;
    bool m_offerFile = false;
    QLabel *m_intro;
    QString m_node;
    QString m_why;
    QRadioButton *m_typeChoice;
    QRadioButton *m_fileChoice;
    QWidget *m_fileRow;
    QLineEdit *m_cookieFile;
    QByteArray m_fileCookie;
    QLineEdit *m_cookie;
    QCheckBox *m_remember;
    NoticeBar *m_error;
};

} // namespace beamtop
