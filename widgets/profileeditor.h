// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace beamtop {

class ConnectionTest;
class NodeNameEdit;
class NoticeBar;
class ProfileStore;
class SecondsSpinBox;
class SecretStore;

// Creates or edits one profile. The cookie typed or imported here goes to the system keychain
// when the profile is saved; the profile is saved only once the keychain has it. When the
// keychain fails, the dialog says so in plain words and offers the two other ways: read a
// cookie file at each connect, or ask at each connect. It never stores the cookie itself.
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    // profile: an existing one (its id set) or a new one. Saves into store; cookies into secrets.
    ProfileEditor(const Profile &profile, ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // What the fields hold now.
    Profile profile() const;
    // A cookie to save in the keychain with the profile (duplicating one, importing a file).
    void setCookie(const QByteArray &cookie);
    bool hasTypedCookie() const;
    bool isBusy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

public slots:
    // Validates, puts the cookie into the keychain when one was given, then saves the profile.
    // Stays open, saying why, when anything fails.
    void accept() override;
    void testConnection();

signals:
    void saved(const beamtop::Profile &profile);
    void testFinished(bool ok, const QString &text);

private:
    void buildForm();
    void load(const Profile &p);
    void importCookieFile(const QString &path);
    void chooseColour(const QString &colour);
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &text, const QString &detail = {});
    void showKeychainTrouble(const QString &text, const QString &detail);
    void saveMetadata(Profile p);
    void updateCookiePage();

    Profile m_original;
    ProfileStore *m_store;
    SecretStore *m_secrets;
    ConnectionTest *m_test;
    bool m_busy = false;
    QString m_errorText;
    QString m_colour;

    QLineEdit *m_name = nullptr;
    NodeNameEdit *m_node = nullptr;
    QComboBox *m_nameMode = nullptr;
    QSpinBox *m_epmdPort = nullptr;
    QSpinBox *m_distPort = nullptr;
    SecondsSpinBox *m_timeout = nullptr;
    SecondsSpinBox *m_interval = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QComboBox *m_syntax = nullptr;
    QToolButton *m_colourButton = nullptr;
    QComboBox *m_cookieSource = nullptr;
    QStackedWidget *m_cookiePages = nullptr;
    QLineEdit *m_cookie = nullptr;
    QLineEdit *m_cookieFile = nullptr;
    NoticeBar *m_notice = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_testButton = nullptr;
};

} // namespace beamtop
