// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

namespace beamtop {

// Secrets in the system keychain through QtKeychain: the Secret Service (GNOME Keyring,
// KeePassXC) or KWallet, one entry per key under the service "beamtop". Never QtKeychain's
// "insecure fallback" (a plain-text settings file): without a keychain, jobs fail with
// Unavailable and the user chooses what to do.
//
// QtKeychain runs one job at a time, process-wide; a job that never finishes holds up the ones
// behind it. The timeout (SecretStore) answers each caller in time regardless.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *Service = "beamtop";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    QString displayName() const override;

protected:
    void startJob(quint64 job, Operation op, const QString &key, const QByteArray &secret) override;
};

} // namespace beamtop
