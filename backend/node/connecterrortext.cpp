// SPDX-License-Identifier: GPL-3.0-or-later
#include "connecterrortext.h"

namespace beamtop {

ConnectErrorText ConnectErrorText::forKind(ConnectError::Kind kind)
{
    using K = ConnectError::Kind;
    switch (kind) {
    case K::None:
        return {};
    case K::InvalidName:
        return {tr("That is not a node name"),
                tr("Write it as name@host, for example myapp@%1.").arg(QStringLiteral("localhost")), Field::Node};
    case K::HostUnknown:
        return {tr("The host is unknown"),
                tr("Check the part after '@': it must be a host name this computer can resolve, or an IPv4 address."),
                Field::Node};
    case K::HostUnreachable:
        return {tr("The host cannot be reached"),
                tr("Check the network between here and the host: VPN, firewalls, and that the host is up."),
                Field::Node};
    case K::EpmdNotRunning:
        return {tr("No Erlang node runs on that host"),
                tr("EPMD, which every distributed node starts, does not answer there. Check that the node is "
                   "started with -sname or -name, and the host name."),
                Field::Node};
    case K::NodeNotFound:
        return {tr("No node by that name"),
                tr("EPMD on the host does not know this name. Check the part before '@' — the node field "
                   "suggests the names registered there."),
                Field::Node};
    case K::WrongCookie:
        return {tr("The cookie is wrong"),
                tr("The node rejected the handshake. Use the cookie the node was started with (given with "
                   "-setcookie, or in the ~/.erlang.cookie of the user running it)."),
                Field::Cookie};
    case K::NameClash:
        return {tr("Another connection uses the same name"),
                tr("The node already has a connection from a node with Beamtop's name. Close the other "
                   "session and try again."),
                Field::None};
    case K::Timeout:
        return {tr("The node did not answer in time"),
                tr("It may be overloaded, or a firewall drops the connection. Check the host and try a longer "
                   "timeout."),
                Field::Timeout};
    case K::TooManyFiles:
        return {tr("Too many open files"),
                tr("Beamtop has too many connections open to connect safely. Close some and try again."),
                Field::None};
    case K::Other:
        break;
    }
    return {tr("Could not connect"), tr("See the details below."), Field::None};
}

} // namespace beamtop
