// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collect/portdetails.h"
#include "term/termformatter.h"

#include <QCoreApplication>
#include <QString>

namespace beamtop {

// The port details window's tabs as HTML, from the agent's port_details (PortDetails). Pids and
// ports inside any value are links (ProcessDetailsHtml::href), the owner first of all.
class PortDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(PortDetailsHtml)
public:
    explicit PortDetailsHtml(const TermFormatter &formatter);

    // Identity, owner and everything of erlang:port_info/1 (socket:info/1 for sockets).
    QString overview(const PortDetails &d) const;
    // Addresses, state, and for sockets their domain, type, protocol and read/write states.
    QString addresses(const PortDetails &d) const;
    // inet:getstat/1, or a socket's counters.
    QString statistics(const PortDetails &d) const;
    // Every option asked, its value; unsupported ones marked as such.
    QString options(const PortDetails &d) const;
    // Links, monitors and monitored-by, capped by the agent, with their totals.
    QString links(const PortDetails &d) const;

    // A value: a printable charlist as text, else the term with its pids and ports linked.
    QString value(const Term &t) const;
    // The owner as a link to its process: "name <0.1.0>".
    QString owner(const PortDetails &d) const;

private:
    QString list(const QString &title, const QVector<Term> &items, qint64 total) const;

    TermFormatter m_formatter;
};

} // namespace beamtop
