// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/connecterror.h"

#include <QCoreApplication>

namespace beamtop {

// A connect failure in words for the dialog: a headline and what to check. The backend's own
// message goes under it as the detail.
struct ConnectErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectErrorText)
public:
    // Which field of the connection dialog the user most likely has to fix.
    enum class Field { Node, Cookie, Timeout, None };

    QString headline;
    QString advice;
    Field field = Field::None;

    static ConnectErrorText forKind(ConnectError::Kind kind);
};

} // namespace beamtop
