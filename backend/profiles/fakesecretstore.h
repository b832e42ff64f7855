// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QMap>

namespace beamtop {

// An in-memory secret store for tests: answers on the next event-loop turn, or fails the way a
// real keychain does, or never answers (to exercise the timeout).
class FakeSecretStore : public SecretStore
{
    Q_OBJECT
public:
    enum class Behaviour {
        Work,        // keeps secrets in memory
        Unavailable, // every job fails as without a keyring
        Deny,        // every job is refused
        Hang,        // no job ever finishes
    };

    explicit FakeSecretStore(QObject *parent = nullptr);
    QString displayName() const override;

    void setBehaviour(Behaviour b) { m_behaviour = b; }
    Behaviour behaviour() const { return m_behaviour; }
    QMap<QString, QByteArray> secrets() const { return m_secrets; }
    void setSecret(const QString &key, const QByteArray &secret) { m_secrets.insert(key, secret); }
    int jobsStarted() const { return m_started; }
    // Finishes every job held by Hang now, as a keychain that answers late would.
    void releaseHungJobs();

protected:
    void startJob(quint64 job, Operation op, const QString &key, const QByteArray &secret) override;

private:
    struct Job
    {
        quint64 id;
        Operation op;
        QString key;
        QByteArray secret;
    };
    SecretResult run(const Job &job);

    Behaviour m_behaviour = Behaviour::Work;
    QMap<QString, QByteArray> m_secrets;
    QVector<Job> m_hung;
    int m_started = 0;
};

} // namespace beamtop
