// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace beamtop {

// The outcome of one secret-store job.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,    // nothing stored under that key
        Unavailable, // no keychain to talk to (no Secret Service / KWallet, no session bus, locked)
        Denied,      // the user or the keychain refused
        TimedOut,    // no answer in time (a hung keychain, a prompt nobody answers)
        Failed,      // anything else
    };

    Status status = Status::Failed;
    QByteArray secret; // reads that succeeded; never printed or logged
    QString detail;    // what the keychain itself said, for the "details" line

    bool ok() const { return status == Status::Ok; }
    // A sentence for people: what happened and what to check.
    QString message() const;
    static QString statusName(Status status); // "ok", "not_found", …, for scripts and logs
};

// Where cookies are kept: asynchronous jobs with a timeout, so a keychain that hangs never
// hangs Beamtop. Every handler runs exactly once, in this object's thread: with the result, or
// TimedOut when the job did not finish within timeoutMs() (a late answer is then dropped).
// With a context object the handler is skipped if the context is gone by then.
//
// Use from the thread the store lives in (QtKeychain's jobs are not thread-safe).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const SecretResult &)>;
    static constexpr int DefaultTimeoutMs = 8000;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void read(const QString &key, QObject *context, Handler handler);
    void write(const QString &key, const QByteArray &secret, QObject *context, Handler handler);
    void remove(const QString &key, QObject *context, Handler handler);

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int pendingJobs() const { return int(m_pending.size()); }
    // What people call this store ("the system keychain").
    virtual QString displayName() const = 0;

    // The store Beamtop uses: the system keychain through QtKeychain (service "beamtop"),
    // unless setInstance() put another there (tests). Created on first use, in the calling
    // thread, owned by the application object.
    static SecretStore *instance();
    static void setInstance(SecretStore *store); // not owned; nullptr: back to the keychain

signals:
    // A job got no answer in time (the handler has had TimedOut already).
    void jobTimedOut(const QString &key);

protected:
    enum class Operation { Read, Write, Remove };
    // Starts one job; the subclass calls finish(job, result) when it ends, at most once. It may
    // never call it: the timeout then answers for it.
    virtual void startJob(quint64 job, Operation op, const QString &key, const QByteArray &secret) = 0;
    void finish(quint64 job, const SecretResult &result);

private:
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Handler handler;
        QString key;
        QTimer *timer = nullptr;
    };
    void begin(Operation op, const QString &key, const QByteArray &secret, QObject *context, Handler handler);
    void deliver(Pending entry, const SecretResult &result);

    int m_timeoutMs = DefaultTimeoutMs;
    quint64 m_nextJob = 1;
    QHash<quint64, Pending> m_pending;
};

} // namespace beamtop
