// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/etsranking.h"
#include "term/termformatter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace beamtop {

// The ETS details window's Info tab as HTML, from the table's row (the ranking's, then the
// sampler's): every attribute ets:info/1 gives, the owner and heir as links to their process
// details (ProcessDetailsHtml::href), named when they have a name.
class EtsDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(EtsDetailsHtml)
public:
    explicit EtsDetailsHtml(const TermFormatter &formatter);

    // deletedAt valid: the table is gone and row is the last data read.
    QString info(const EtsRow &row, const QDateTime &deletedAt = {}) const;
    // A process as a link: "name <0.1.0>"; "none" for anything else.
    QString process(const Term &pid, const QString &name) const;

private:
    TermFormatter m_formatter;
};

} // namespace beamtop
