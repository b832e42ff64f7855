// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/term.h"

#include <QMetaType>
#include <QString>

namespace beamtop {

using RequestId = quint64;

// The outcome of one remote call.
struct CallResult
{
    enum class Status {
        Ok,           // value holds the reply
        RemoteError,  // the node answered {badrpc, Reason}: value holds Reason
        Timeout,      // no reply within the call's timeout (a late reply is dropped)
        TooLarge,     // the reply exceeded the receive cap; the connection is fine
        Disconnected, // the connection went away before the reply came
        DecodeError,  // the reply could not be decoded within limits
        NotConnected, // the call was made while not connected
        EncodeError,  // the request could not be encoded
    };

    Status status = Status::NotConnected;
    Term value;
    QString message; // for errors: a plain sentence

    bool ok() const { return status == Status::Ok; }
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::CallResult)
