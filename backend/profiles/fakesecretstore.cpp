// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakesecretstore.h"

#include <QTimer>

namespace beamtop {

FakeSecretStore::FakeSecretStore(QObject *parent) : SecretStore(parent) {}

QString FakeSecretStore::displayName() const
{
    return QStringLiteral("a test keychain");
}

void FakeSecretStore::startJob(quint64 job, Operation op, const QString &key, const QByteArray &secret)
{
    ++m_started;
    const Job j{job, op, key, secret};
    if (m_behaviour == Behaviour::Hang) {
        m_hung.append(j);
        return;
    }
    // Asynchronous like the real thing: never inside the caller's read()/write().
    QTimer::singleShot(0, this, [this, j] { finish(j.id, run(j)); });
}

void FakeSecretStore::releaseHungJobs()
{
    const QVector<Job> hung = std::exchange(m_hung, {});
    for (const Job &j : hung)
        finish(j.id, run(j));
}

SecretResult FakeSecretStore::run(const Job &job)
{
    SecretResult r;
    switch (m_behaviour) {
    case Behaviour::Unavailable:
        r.status = SecretResult::Status::Unavailable;
        r.detail = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
        return r;
    case Behaviour::Deny:
        r.status = SecretResult::Status::Denied;
        r.detail = QStringLiteral("access denied");
        return r;
    case Behaviour::Work:
    case Behaviour::Hang:
        break;
    }
    switch (job.op) {
    case Operation::Read:
        if (!m_secrets.contains(job.key)) {
            r.status = SecretResult::Status::NotFound;
            r.detail = QStringLiteral("Entry not found");
            return r;
        }
        r.secret = m_secrets.value(job.key);
        break;
    case Operation::Write:
        m_secrets.insert(job.key, job.secret);
        break;
    case Operation::Remove:
        if (m_secrets.remove(job.key) == 0) {
            r.status = SecretResult::Status::NotFound;
            r.detail = QStringLiteral("Entry not found");
            return r;
        }
        break;
    }
    r.status = SecretResult::Status::Ok;
    return r;
}

} // namespace beamtop
