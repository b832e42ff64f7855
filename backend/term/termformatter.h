// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term.h"

#include <QString>

namespace beamtop {

enum class TermSyntax { Erlang, Elixir };

// Prints terms for people, in Erlang or Elixir syntax, within limits. Whatever is cut is
// replaced by a visible marker ("…" in Erlang's "..." form) so truncation is never silent.
// Iterative: a deeply nested term cannot overflow the stack.
class TermFormatter
{
public:
    struct Options
    {
        TermSyntax syntax = TermSyntax::Erlang;
        int maxDepth = 8;        // deeper containers print as "..."
        int maxElements = 50;    // elements shown per container, then "..." (Erlang) / "..." (Elixir)
        int maxBinaryBytes = 256;// bytes of a binary shown before the marker
        int maxChars = 4096;     // total output length before the output is cut with "..."
        // The observed node: its pids/ports print as <0.N.S> / #Port<0.N>. Pids of other nodes
        // print with their node name in place of the 0 (<'b@host'.N.S>), since the node's
        // internal index for them is unknown to us.
        QByteArray localNode;
    };

    TermFormatter() = default;
    explicit TermFormatter(Options options) : m_options(options) {}

    QString format(const Term &term) const;

    // Name of an atom as it would be written: 'Elixir.Foo.Bar' -> Foo.Bar in Elixir syntax,
    // quoted when needed in Erlang syntax.
    QString atom(const QString &name) const;
    // Pid in the node-local form <0.123.0> / #PID<0.123.0> (see Options::localNode).
    QString pid(const NodeId &id) const;
    // {M, F, A} as people write a function: gen_server:loop/7 in Erlang syntax, :gen_server.loop/7
    // or GenServer.loop/7 in Elixir syntax. Anything else is formatted as a term; undefined (or
    // an absent value) is empty.
    QString call(const Term &mfa) const;
    // What a person calls a process, everywhere Beamtop names one: its registered name, else
    // its label ({label, Text}), else its initial call as a function; empty when none is known.
    QString processName(const Term &name, const Term &initialCall) const;

    const Options &options() const { return m_options; }
    void setSyntax(TermSyntax s) { m_options.syntax = s; }

private:
    Options m_options;
};

} // namespace beamtop
