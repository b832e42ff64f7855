// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "term.h"

#include <QByteArray>

namespace beamtop {

// Tags of the external term format (erts/doc "External Term Format"), shared by the decoder,
// the encoder and tests that build wire bytes by hand.
namespace tag {
enum : quint8 {
    Version = 131,
    NewFloat = 70,
    BitBinary = 77,
    AtomCacheRef = 82,
    NewPid = 88,
    NewPort = 89,
    NewerReference = 90,
    SmallInteger = 97,
    Integer = 98,
    Float = 99,
    Atom = 100,
    Reference = 101,
    Port = 102,
    Pid = 103,
    SmallTuple = 104,
    LargeTuple = 105,
    Nil = 106,
    String = 107,
    List = 108,
    Binary = 109,
    SmallBig = 110,
    LargeBig = 111,
    NewFun = 112,
    Export = 113,
    NewReference = 114,
    SmallAtom = 115,
    Map = 116,
    Fun = 117,
    AtomUtf8 = 118,
    SmallAtomUtf8 = 119,
    V4Port = 120,
    Local = 121,
    Compressed = 80,
};
} // namespace tag

// Limits applied while decoding a term from the wire. Anything over a limit, and anything
// malformed, decodes to Term::error(...) with a message naming the problem.
struct DecodeLimits
{
    int maxDepth = 512;             // nesting of tuples/lists/maps
    qint64 maxElements = 4000000;   // total terms in the whole value
    qint64 maxBytes = 64ll << 20;   // total bytes of binaries/strings/atoms/bignums
    int maxBigIntegerBytes = 4096;  // magnitude bytes of one big integer
};

// Decodes Erlang external term format. Iterative (no recursion on the input's nesting), checks
// every declared length against the remaining input before reading or allocating.
class TermDecoder
{
public:
    explicit TermDecoder(DecodeLimits limits = {}) : m_limits(limits) {}

    // Decodes exactly one term starting at *index (advanced past it on success). When
    // withVersion is true a leading version byte (131) is expected first.
    Term decode(const char *buf, int len, int *index, bool withVersion) const;
    // Convenience: the whole buffer is one term with a version byte.
    Term decode(const QByteArray &data, bool withVersion = true) const;

    const DecodeLimits &limits() const { return m_limits; }

private:
    DecodeLimits m_limits;
};

// Encodes terms into external term format (for requests). Error terms cannot be encoded.
class TermEncoder
{
public:
    // Returns false (and leaves out unchanged) if the term contains an Error.
    // On success the encoding is appended to *out.
    static bool encode(const Term &term, QByteArray *out, bool withVersion = true);
    static QByteArray encode(const Term &term, bool withVersion = true); // empty on failure
};

} // namespace beamtop
