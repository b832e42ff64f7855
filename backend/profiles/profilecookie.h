// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"
#include "secretstore.h"

#include <functional>

namespace beamtop {

// Gets a profile's cookie from where the profile keeps it, without blocking: the keychain
// (asynchronous, with the store's timeout), a file, or the default sources.
struct ProfileCookie
{
    enum class Status {
        Ok,
        MustAsk,  // a profile that asks at each connect, or a keychain with nothing saved yet
        Failed,   // the keychain or the file failed; error says what to check
    };
    Status status = Status::Failed;
    QByteArray cookie;           // never printed or logged
    QString source;              // where it came from, for people ("system keychain", a path)
    QString error;               // a sentence for people
    SecretResult::Status keychainStatus = SecretResult::Status::Ok; // when the keychain was asked

    bool ok() const { return status == Status::Ok; }

    using Handler = std::function<void(const ProfileCookie &)>;
    // The handler runs exactly once, in the caller's thread (right away for files), unless
    // context is gone by then.
    static void fetch(const Profile &profile, SecretStore *store, QObject *context, Handler handler);
};

} // namespace beamtop
