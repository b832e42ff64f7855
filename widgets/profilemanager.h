// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QDialog>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace beamtop {

class ConnectionTest;
class NoticeBar;
class ProfileEditor;
class ProfileListModel;
class ProfileStore;
class SecretStore;

// The saved profiles: connect with a double-click (or Enter), create, edit, duplicate,
// delete, test a connection, and share a team's list as JSON (without cookies). Sorted by the
// last connection first, so the recent ones are at the top.
class ProfileManager : public QDialog
{
    Q_OBJECT
public:
    // store: the profiles to manage (nullptr: the user's); secrets: where cookies are kept
    // (nullptr: the system keychain).
    explicit ProfileManager(QWidget *parent = nullptr, ProfileStore *store = nullptr, SecretStore *secrets = nullptr);
    ~ProfileManager() override;

    ProfileListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    NoticeBar *notice() const { return m_notice; }
    ProfileEditor *editor() const; // the one open, if any
    // The selected profile, if any.
    std::optional<Profile> selected() const;
    void select(const QString &id);

    void reload();
    ProfileEditor *newProfile();
    ProfileEditor *editSelected();
    void duplicateSelected();
    // Removes the profile and its keychain entry; without confirm it does not ask.
    void deleteSelected(bool confirm = true);
    void testSelected();
    void connectSelected();
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

signals:
    void connectRequested(const beamtop::Profile &profile);
    void testFinished(bool ok, const QString &text);

private:
    ProfileEditor *openEditor(const Profile &profile, const QByteArray &cookie = {});
    void updateButtons();
    void runTest(const Profile &profile, const QByteArray &cookie);

    ProfileStore *m_store;
    bool m_ownStore;
    SecretStore *m_secrets;
    ProfileListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    NoticeBar *m_notice;
    ConnectionTest *m_test;
    QPushButton *m_connect, *m_edit, *m_duplicate, *m_delete, *m_testButton, *m_export;
};

} // namespace beamtop
