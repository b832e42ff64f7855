// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/connecterror.h"
#include "node/nodeconnection.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace beamtop {

class CookieField;
class NodeClient;
class NodeNameEdit;
class NoticeBar;

// Asks which node to observe and connects to it. The connection is made here, through a
// NodeClient, without blocking: a failure is explained in the dialog (what happened, what to
// check, the backend's detail) and the dialog stays open for another try. On success the
// connected client is handed over with connected() and the dialog closes.
//
// The cookie is never shown or saved; the node name, naming mode, timeout, cookie source and
// cookie file path are remembered (QSettings) after a successful connect.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setNode(const QString &node);
    QString node() const;
    void setCookieFile(const QString &path);
    void setTypedCookie(const QByteArray &cookie);

    // Starts connecting with what the fields hold (what the Connect button does).
    void startConnect();
    bool isConnecting() const;

    ConnectError::Kind errorKind() const { return m_errorKind; }
    QString errorHeadline() const;
    QString errorText() const; // headline, advice and detail
    NodeNameEdit *nodeEdit() const { return m_node; }

signals:
    // Ownership of client passes to the receiver; it is connected and reconnects on its own.
    void connected(beamtop::NodeClient *client);

public slots:
    void reject() override;

private:
    void loadSettings();
    void saveSettings() const;
    void updateNameModeHint();
    void showError(const ConnectError &error, const QString &headlineOverride = {}, const QString &adviceOverride = {});
    void clearError();
    void setBusy(bool busy);
    void onConnectFailed(const ConnectError &error);
    void onConnected();
    ConnectOptions options() const;

    NodeNameEdit *m_node;
    QLabel *m_nodeHint;
    QComboBox *m_nameMode;
    QLabel *m_nameModeHint;
    CookieField *m_cookie;
    QSpinBox *m_timeout;
    NoticeBar *m_error;
    QWidget *m_progressRow;
    QLabel *m_progressText;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connectButton;
    QPointer<NodeClient> m_client;
    ConnectOptions m_pending;
    ConnectError::Kind m_errorKind = ConnectError::Kind::None;
    QString m_errorHeadline, m_errorAdvice, m_errorDetail;
};

} // namespace beamtop
