// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace beamtop {

namespace {
QPointer<SecretStore> s_override;
QPointer<SecretStore> s_keychain;
} // namespace

// SecretResult is no QObject: its sentences belong to SecretStore's context, named outright so
// that lupdate files them where they are looked up.

QString SecretResult::message() const
{
    switch (status) {
    case Status::Ok:
        return QCoreApplication::translate("beamtop::SecretStore", "Done.");
    case Status::NotFound:
        return QCoreApplication::translate("beamtop::SecretStore", "No cookie is saved in the system keychain for this profile yet.");
    case Status::Unavailable:
        return QCoreApplication::translate("beamtop::SecretStore", "No system keychain is available. Beamtop keeps cookies in the Secret Service "
                  "(GNOME Keyring, KeePassXC) or KWallet; none answered, or it is locked. Check that one "
                  "runs and is unlocked in your desktop session.");
    case Status::Denied:
        return QCoreApplication::translate("beamtop::SecretStore", "The system keychain refused access. Check that it is unlocked and that you allowed Beamtop to use it.");
    case Status::TimedOut:
        return QCoreApplication::translate("beamtop::SecretStore", "The system keychain did not answer in time. It may be waiting for you to unlock it (look for "
                  "a password prompt), or it may be stuck; restarting your keyring service helps then.");
    case Status::Failed:
        break;
    }
    return QCoreApplication::translate("beamtop::SecretStore", "The system keychain reported an error.");
}

QString SecretResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::NotFound: return QStringLiteral("not_found");
    case Status::Unavailable: return QStringLiteral("unavailable");
    case Status::Denied: return QStringLiteral("denied");
    case Status::TimedOut: return QStringLiteral("timeout");
    case Status::Failed: break;
    }
    return QStringLiteral("failed");
}

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore()
{
    // Handlers of jobs still running are dropped: their callers are going away with us.
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        delete it->timer;
}

SecretStore *SecretStore::instance()
{
    if (s_override)
        return s_override;
    if (!s_keychain)
        s_keychain = new KeychainSecretStore(QCoreApplication::instance());
    return s_keychain;
}

void SecretStore::setInstance(SecretStore *store)
{
    s_override = store;
}

void SecretStore::read(const QString &key, QObject *context, Handler handler)
{
    begin(Operation::Read, key, {}, context, std::move(handler));
}

void SecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Handler handler)
{
    begin(Operation::Write, key, secret, context, std::move(handler));
}

void SecretStore::remove(const QString &key, QObject *context, Handler handler)
{
    begin(Operation::Remove, key, {}, context, std::move(handler));
}

void SecretStore::begin(Operation op, const QString &key, const QByteArray &secret, QObject *context, Handler handler)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "SecretStore", "used from a thread it does not live in");
    const quint64 job = m_nextJob++;
    Pending entry;
    entry.context = context;
    entry.hasContext = context != nullptr;
    entry.handler = std::move(handler);
    entry.key = key;
    entry.timer = new QTimer;
    entry.timer->setSingleShot(true);
    connect(entry.timer, &QTimer::timeout, this, [this, job] {
        const auto it = m_pending.find(job);
        if (it == m_pending.end())
            return;
        Pending e = it.value();
        m_pending.erase(it);
        SecretResult r;
        r.status = SecretResult::Status::TimedOut;
        r.detail = tr("no answer after %1 ms").arg(m_timeoutMs);
        emit jobTimedOut(e.key);
        deliver(e, r);
    });
    m_pending.insert(job, entry);
    entry.timer->start(m_timeoutMs);
    startJob(job, op, key, secret);
}

void SecretStore::finish(quint64 job, const SecretResult &result)
{
    const auto it = m_pending.find(job);
    if (it == m_pending.end())
        return; // timed out before: the caller has its answer already
    Pending e = it.value();
    m_pending.erase(it);
    deliver(e, result);
}

void SecretStore::deliver(Pending entry, const SecretResult &result)
{
    entry.timer->stop();
    entry.timer->deleteLater(); // we may be inside its timeout()
    if (entry.hasContext && !entry.context)
        return;
    if (entry.handler)
        entry.handler(result);
}

} // namespace beamtop
