// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term/termformatter.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace beamtop {

// The details window's tabs as HTML, from the agent's details and messages maps (see
// proc_details/2 and proc_messages/2 in the agent). Pids and ports inside any term, and
// registered names in monitors, become links whose href carries the whole identity, so a
// click opens exactly that process (target()), however the text was printed.
class ProcessDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(ProcessDetailsHtml)
public:
    explicit ProcessDetailsHtml(const TermFormatter &formatter, int wordSize = 8);

    // reductionsPerS < 0: not measured yet.
    QString overview(const Term &details, double reductionsPerS) const;
    QString dictionary(const Term &details) const;
    QString stack(const Term &details) const;
    QString state(const Term &details) const;
    QString messages(const Term &messages) const;

    // A term as HTML with its pids and ports linked.
    QString term(const Term &t) const;
    // {M, F, A} as gen_server:loop/7 (GenServer.loop/7 in Elixir syntax).
    QString function(const Term &mfa) const;

    // What a link points at: a pid, a port, or an atom (a registered name); Error otherwise.
    static Term target(const QUrl &url);
    static QString href(const Term &pidPortOrName);

private:
    QString cappedList(const QString &title, const Term &capped, bool monitors) const;

    TermFormatter m_formatter;
    int m_wordSize;
};

} // namespace beamtop
