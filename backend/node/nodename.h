// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace beamtop {

// A node name as the user typed it: alive@host. Long names have a dotted host or an IP;
// Beamtop mirrors the target's naming mode when it names itself.
struct NodeName
{
    enum class Mode { Auto, Short, Long };

    QString alive;
    QString host;

    bool isLong() const;
    QString toString() const { return alive + QLatin1Char('@') + host; }

    // Parses "alive@host". A bare alive name gets the local host (short). On failure returns
    // false and sets *error to a sentence for the user.
    static bool parse(const QString &text, NodeName *out, QString *error);
    // This machine's short host name, as `erl -sname` would use it.
    static QString localShortHost();
};

} // namespace beamtop
