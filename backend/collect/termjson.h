// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/termformatter.h"

#include <QJsonValue>

namespace beamtop {

// A term as JSON for export: maps with atom or text keys become objects, proper lists become
// arrays, integers and floats numbers, UTF-8 binaries strings, true/false booleans, undefined
// and nil null; anything else (pids, tuples, funs, ...) becomes its formatted text.
QJsonValue termToJson(const Term &term, const TermFormatter &formatter, int maxDepth = 32);

// The small readings the agent's replies and their JSON share: an integer it sends, or
// undefined when it does not know (-1 then); a figure that is unknown when negative, and a
// text that is unknown when empty, as JSON null.
qint64 intOrUnknown(const Term &t);
QJsonValue numberOrNull(qint64 v);
QJsonValue rateOrNull(double v);
QJsonValue textOrNull(const QString &s);

} // namespace beamtop
