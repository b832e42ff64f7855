#pragma once

#include "term/termformatter.h"

#include <QJsonValue>

namespace beamtop {

// A term as JSON for export: maps with atom or text keys become objects, proper lists become
// arrays, integers and floats numbers, UTF-8 binaries strings, true/false booleans, undefined
// and nil null; anything else (pids, tuples, funs, ...) becomes its formatted text.
QJsonValue termToJson(const Term &term, const TermFormatter &formatter, int maxDepth = 32);

} // namespace beamtop
