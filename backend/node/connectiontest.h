// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/connecterror.h"
#include "node/nodeclient.h"

#include <QObject>
#include <QPointer>

namespace beamtop {

// "Test connection": connects once (no agent, nothing loaded), asks the node for its OTP
// release, and disconnects. Never blocks; the outcome arrives as finished().
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start(ConnectOptions options);
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

signals:
    // ok: the headline says what Beamtop found; else headline and advice say what to check,
    // detail is the backend's own message.
    void finished(bool ok, const QString &headline, const QString &detail);

private:
    void done(bool ok, const QString &headline, const QString &detail);

    QPointer<NodeClient> m_client;
    QString m_node;
};

} // namespace beamtop
