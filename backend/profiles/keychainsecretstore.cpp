// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace beamtop {

namespace {
SecretResult resultOf(QKeychain::Job *job)
{
    SecretResult r;
    r.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        r.detail.clear();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            r.secret = read->textData().toLatin1();
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretResult::Status::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without a keyring, libsecret and D-Bus report "OtherError" with their own message
        // (no session bus, no org.freedesktop.secrets, no login collection): all "unavailable".
        r.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
        r.status = SecretResult::Status::Failed;
        break;
    }
    return r;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent) : SecretStore(parent) {}

QString KeychainSecretStore::displayName() const
{
    return QCoreApplication::translate("beamtop::KeychainSecretStore", "the system keychain");
}

void KeychainSecretStore::startJob(quint64 job, Operation op, const QString &key, const QByteArray &secret)
{
    const QString service = QString::fromLatin1(Service);
    QKeychain::Job *j = nullptr;
    switch (op) {
    case Operation::Read:
        j = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *w = new QKeychain::WritePasswordJob(service);
        w->setTextData(QString::fromLatin1(secret));
        j = w;
        break;
    }
    case Operation::Remove:
        j = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // No parent: a job that hangs stays queued in QtKeychain's executor, which would stall for
    // good if the job were deleted under it. It deletes itself when (if) it finishes.
    j->setAutoDelete(true);
    j->setInsecureFallback(false);
    j->setKey(key);
    connect(j, &QKeychain::Job::finished, this, [this, job](QKeychain::Job *done) { finish(job, resultOf(done)); });
    j->start();
}

} // namespace beamtop
