// SPDX-License-Identifier: GPL-3.0-or-later
#include "connecterror.h"

namespace beamtop {

QString ConnectError::kindName(Kind k)
{
    switch (k) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidName: return QStringLiteral("invalid_name");
    case Kind::HostUnknown: return QStringLiteral("host_unknown");
    case Kind::HostUnreachable: return QStringLiteral("host_unreachable");
    case Kind::EpmdNotRunning: return QStringLiteral("epmd_not_running");
    case Kind::NodeNotFound: return QStringLiteral("node_not_found");
    case Kind::WrongCookie: return QStringLiteral("wrong_cookie");
    case Kind::NameClash: return QStringLiteral("name_clash");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::TooManyFiles: return QStringLiteral("too_many_files");
    case Kind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace beamtop
