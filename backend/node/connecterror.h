// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace beamtop {

// Why a connection could not be made, in classes a user can act on.
struct ConnectError
{
    enum class Kind {
        None,
        InvalidName,     // the name is not alive@host
        HostUnknown,     // the host name does not resolve
        HostUnreachable, // no route / connection refused on the host
        EpmdNotRunning,  // nothing listens on the EPMD port of the host
        NodeNotFound,    // EPMD runs but the node is not registered (or its port refuses)
        WrongCookie,     // the handshake was rejected
        NameClash,       // the node already has a connection from a node with our name
        Timeout,         // no answer within the connect timeout
        TooManyFiles,    // this process has too many open files for libei
        Other,
    };

    Kind kind = Kind::None;
    QString message; // one or two plain sentences: what happened and what to check

    bool isError() const { return kind != Kind::None; }
    // Stable identifier for scripts and JSON ("wrong_cookie", ...).
    static QString kindName(Kind k);
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::ConnectError)
