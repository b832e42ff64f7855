// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontest.h"

#include "connecterrortext.h"
#include "node/nodeclient.h"

namespace beamtop {

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent) {}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::start(ConnectOptions options)
{
    cancel();
    options.autoReconnect = false;
    m_node = options.node;
    m_client = new NodeClient(this);
    connect(m_client, &NodeClient::connectFailed, this, [this](const ConnectError &e) {
        const ConnectErrorText text = ConnectErrorText::forKind(e.kind);
        done(false, text.headline + QLatin1Char(' ') + text.advice, e.message);
    });
    connect(m_client, &NodeClient::connected, this, [this, timeout = options.connectTimeoutMs] {
        m_client->call(QStringLiteral("erlang"), QStringLiteral("system_info"), {Term::atom("otp_release")}, timeout, this,
                       [this](const CallResult &r) {
                           if (!r.ok()) {
                               done(false, tr("Connected to %1, but it did not answer a call.").arg(m_node), r.message);
                               return;
                           }
                           done(true, tr("Connected to %1 (OTP %2).").arg(m_node, r.value.toText()), {});
                       });
    });
    m_client->connectToNode(options);
}

void ConnectionTest::cancel()
{
    if (!m_client)
        return;
    NodeClient *c = m_client;
    m_client = nullptr;
    disconnect(c, nullptr, this, nullptr);
    c->disconnectFromNode();
    c->deleteLater();
}

void ConnectionTest::done(bool ok, const QString &headline, const QString &detail)
{
    cancel();
    emit finished(ok, headline, detail);
}

} // namespace beamtop
