// SPDX-License-Identifier: GPL-3.0-or-later
#include "termcodec.h"

#include <QString>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace beamtop {

namespace {

constexpr int kMaxAtomCharacters = 255; // the runtime's own limit (erl_atom_table.h)
constexpr int kMaxRefWords = 5;

// Strict UTF-8 check (no overlong forms, no surrogates, nothing above U+10FFFF). Counts code
// points so atoms can be held to the runtime's character limit.
bool validUtf8(const uchar *s, qint64 n, qint64 *codePoints)
{
    qint64 count = 0;
    qint64 i = 0;
    while (i < n) {
        const uchar c = s[i];
        int extra;
        char32_t cp;
        if (c < 0x80) {
            ++i;
            ++count;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (n - i <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const uchar cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
        ++count;
    }
    *codePoints = count;
    return true;
}

// One decoding run. All reads go through need(), which compares against the bytes left, so
// nothing is read or allocated on the word of a length field alone.
class Decoding
{
public:
    Decoding(const DecodeLimits &limits, const uchar *buf, qint64 len, qint64 pos)
        : m_limits(limits), m_buf(buf), m_len(len), m_pos(pos)
    {
    }

    Term run();
    qint64 pos() const { return m_pos; }

private:
    struct Frame
    {
        enum class Type { List, Tuple, Map, Fun };
        Type type;
        qint64 start;   // offset of the tag, for messages
        qint64 pending; // child terms still to come
        QVector<Term> children;
        QVector<std::pair<Term, Term>> pairs;
        Term key;       // Map: the key waiting for its value
        Term fun;       // Fun: built from the fixed part; the free variables are dropped
        qint64 end = 0; // Fun: where its Size field says it ends
    };

    qint64 remaining() const { return m_len - m_pos; }
    Term fail(qint64 at, const QString &what) const
    {
        return Term::error(QStringLiteral("malformed term at byte %1: %2").arg(at).arg(what));
    }
    // The bytes a field needs, plus one for each term that open containers still expect.
    bool need(qint64 n) const { return n >= 0 && n + m_owed <= remaining(); }
    Term truncated(qint64 at, const char *what, qint64 n) const
    {
        return fail(at, QStringLiteral("%1 needs %2 more bytes but only %3 remain")
                            .arg(QLatin1String(what))
                            .arg(n + m_owed)
                            .arg(remaining()));
    }
    bool account(qint64 n)
    {
        m_bytes += n;
        return m_bytes <= m_limits.maxBytes;
    }
    Term overBytes(qint64 at) const
    {
        return fail(at, QStringLiteral("more than %1 bytes of binaries, strings and atoms")
                            .arg(m_limits.maxBytes));
    }

    quint8 u8() { return m_buf[m_pos++]; }
    quint16 u16()
    {
        const quint16 v = quint16((m_buf[m_pos] << 8) | m_buf[m_pos + 1]);
        m_pos += 2;
        return v;
    }
    quint32 u32()
    {
        const quint32 v = (quint32(m_buf[m_pos]) << 24) | (quint32(m_buf[m_pos + 1]) << 16) |
                          (quint32(m_buf[m_pos + 2]) << 8) | quint32(m_buf[m_pos + 3]);
        m_pos += 4;
        return v;
    }
    quint64 u64()
    {
        const quint64 hi = u32();
        return (hi << 32) | u32();
    }
    QByteArray take(qint64 n)
    {
        QByteArray b(reinterpret_cast<const char *>(m_buf + m_pos), qsizetype(n));
        m_pos += n;
        return b;
    }

    Term scalar(quint8 tag, qint64 at, bool *opened);
    Term open(Frame::Type type, qint64 at, qint64 children);
    Term close(Frame &f);

    Term atomBody(quint8 tag, qint64 at);
    Term atomTerm(const char *what);
    Term nodeAtom(QByteArray *node);
    Term smallOrInteger(qint64 *out, const char *what);
    Term bigInteger(qint64 at, qint64 n);
    Term oldFloat(qint64 at);
    Term pidBody(quint8 tag, qint64 at);
    Term portBody(quint8 tag, qint64 at);
    Term refBody(quint8 tag, qint64 at);
    Term exportFun(qint64 at);
    Term newFun(qint64 at, bool *opened);

    const DecodeLimits &m_limits;
    const uchar *m_buf;
    qint64 m_len;
    qint64 m_pos;
    qint64 m_owed = 0;  // terms promised by open containers and not yet started
    qint64 m_count = 0; // terms started so far
    qint64 m_bytes = 0; // payload bytes accounted against maxBytes
    std::vector<Frame> m_stack;
};

Term Decoding::run()
{
    for (;;) {
        if (!m_stack.empty())
            --m_owed;
        const qint64 at = m_pos;
        if (++m_count > m_limits.maxElements)
            return fail(at, QStringLiteral("more than %1 terms").arg(m_limits.maxElements));
        if (!need(1))
            return truncated(at, "a term", 1);
        const quint8 tag = u8();
        bool opened = false;
        Term value = scalar(tag, at, &opened);
        if (value.isError())
            return value; // nothing valid on the wire decodes to an Error
        if (opened)
            continue;

        // Hand the finished term to its parent; finishing the parent may finish its parent.
        for (;;) {
            if (m_stack.empty())
                return value;
            Frame &f = m_stack.back();
            switch (f.type) {
            case Frame::Type::List:
            case Frame::Type::Tuple:
                f.children.append(value);
                break;
            case Frame::Type::Map:
                if (f.pending % 2 == 0)
                    f.key = value;
                else
                    f.pairs.append({f.key, value});
                break;
            case Frame::Type::Fun:
                break; // free variables are validated, not kept
            }
            if (--f.pending > 0)
                break;
            value = close(f);
            m_stack.pop_back();
            if (value.isError())
                return value;
        }
    }
}

Term Decoding::open(Frame::Type type, qint64 at, qint64 children)
{
    if (int(m_stack.size()) >= m_limits.maxDepth)
        return fail(at, QStringLiteral("nested deeper than %1").arg(m_limits.maxDepth));
    // Every promised term takes at least one byte: an arity larger than the input is rejected
    // here, before anything is allocated for it.
    if (!need(children))
        return fail(at, QStringLiteral("declares %1 elements but only %2 bytes remain")
                            .arg(children)
                            .arg(remaining() - m_owed));
    if (m_count + m_owed + children > m_limits.maxElements)
        return fail(at, QStringLiteral("more than %1 terms").arg(m_limits.maxElements));
    Frame f;
    f.type = type;
    f.start = at;
    f.pending = children;
    const qsizetype reserve = qsizetype(qMin<qint64>(children, 1024));
    if (type == Frame::Type::Map)
        f.pairs.reserve(reserve / 2);
    else if (type != Frame::Type::Fun)
        f.children.reserve(reserve);
    m_stack.push_back(std::move(f));
    m_owed += children;
    return Term::nil();
}

Term Decoding::close(Frame &f)
{
    switch (f.type) {
    case Frame::Type::List: {
        const Term tail = f.children.takeLast();
        return Term::list(f.children, tail);
    }
    case Frame::Type::Tuple:
        return Term::tuple(f.children);
    case Frame::Type::Map:
        return Term::map(f.pairs);
    case Frame::Type::Fun:
        if (m_pos != f.end)
            return fail(f.start, QStringLiteral("NEW_FUN_EXT size field says it ends at byte %1 "
                                                "but it ends at byte %2")
                                     .arg(f.end)
                                     .arg(m_pos));
        return f.fun;
    }
    return Term::error(QStringLiteral("unreachable"));
}

Term Decoding::scalar(quint8 tag, qint64 at, bool *opened)
{
    switch (tag) {
    case tag::SmallInteger:
        if (!need(1))
            return truncated(at, "SMALL_INTEGER_EXT", 1);
        return Term::integer(u8());
    case tag::Integer:
        if (!need(4))
            return truncated(at, "INTEGER_EXT", 4);
        return Term::integer(qint32(u32()));
    case tag::SmallBig: {
        if (!need(1))
            return truncated(at, "SMALL_BIG_EXT", 1);
        return bigInteger(at, u8());
    }
    case tag::LargeBig: {
        if (!need(4))
            return truncated(at, "LARGE_BIG_EXT", 4);
        return bigInteger(at, u32());
    }
    case tag::NewFloat: {
        if (!need(8))
            return truncated(at, "NEW_FLOAT_EXT", 8);
        const quint64 bits = u64();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        if (!std::isfinite(v))
            return fail(at, QStringLiteral("float is not finite"));
        return Term::floating(v);
    }
    case tag::Float:
        return oldFloat(at);
    case tag::Atom:
    case tag::SmallAtom:
    case tag::AtomUtf8:
    case tag::SmallAtomUtf8:
        return atomBody(tag, at);
    case tag::Binary: {
        if (!need(4))
            return truncated(at, "BINARY_EXT", 4);
        const qint64 n = u32();
        if (!need(n))
            return truncated(at, "BINARY_EXT", n);
        if (!account(n))
            return overBytes(at);
        return Term::binary(take(n));
    }
    case tag::BitBinary: {
        if (!need(5))
            return truncated(at, "BIT_BINARY_EXT", 5);
        const qint64 n = u32();
        const int bits = u8();
        if (bits > 8 || (n == 0) != (bits == 0))
            return fail(at, QStringLiteral("BIT_BINARY_EXT with %1 bytes cannot have %2 bits in "
                                           "the last byte")
                                .arg(n)
                                .arg(bits));
        if (!need(n))
            return truncated(at, "BIT_BINARY_EXT", n);
        if (!account(n))
            return overBytes(at);
        return Term::bitString(take(n), bits);
    }
    case tag::String: {
        if (!need(2))
            return truncated(at, "STRING_EXT", 2);
        const qint64 n = u16();
        if (!need(n))
            return truncated(at, "STRING_EXT", n);
        if (!account(n))
            return overBytes(at);
        return Term::string(take(n));
    }
    case tag::Nil:
        return Term::nil();
    case tag::List: {
        if (!need(4))
            return truncated(at, "LIST_EXT", 4);
        *opened = true;
        return open(Frame::Type::List, at, qint64(u32()) + 1); // elements, then the tail
    }
    case tag::SmallTuple:
    case tag::LargeTuple: {
        const int width = tag == tag::SmallTuple ? 1 : 4;
        if (!need(width))
            return truncated(at, tag == tag::SmallTuple ? "SMALL_TUPLE_EXT" : "LARGE_TUPLE_EXT",
                             width);
        const qint64 n = width == 1 ? qint64(u8()) : qint64(u32());
        if (n == 0)
            return Term::tuple({});
        *opened = true;
        return open(Frame::Type::Tuple, at, n);
    }
    case tag::Map: {
        if (!need(4))
            return truncated(at, "MAP_EXT", 4);
        const qint64 n = u32();
        if (n == 0)
            return Term::map({});
        *opened = true;
        return open(Frame::Type::Map, at, 2 * n);
    }
    case tag::Pid:
    case tag::NewPid:
        return pidBody(tag, at);
    case tag::Port:
    case tag::NewPort:
    case tag::V4Port:
        return portBody(tag, at);
    case tag::Reference:
    case tag::NewReference:
    case tag::NewerReference:
        return refBody(tag, at);
    case tag::Export:
        return exportFun(at);
    case tag::NewFun:
        return newFun(at, opened);
    case tag::Compressed:
        return fail(at, QStringLiteral("compressed terms (COMPRESSED_EXT) are not accepted; "
                                       "Beamtop never asks for compression"));
    case tag::AtomCacheRef:
        return fail(at, QStringLiteral("atom cache references are not supported"));
    case tag::Version:
        return fail(at, QStringLiteral("unexpected version byte inside a term"));
    default:
        return fail(at, QStringLiteral("unknown or unsupported tag %1").arg(tag));
    }
}

Term Decoding::bigInteger(qint64 at, qint64 n)
{
    if (n > m_limits.maxBigIntegerBytes)
        return fail(at, QStringLiteral("big integer of %1 bytes exceeds the limit of %2")
                            .arg(n)
                            .arg(m_limits.maxBigIntegerBytes));
    if (!need(n + 1))
        return truncated(at, "big integer", n + 1);
    const quint8 sign = u8();
    if (sign > 1)
        return fail(at, QStringLiteral("big integer sign byte is %1").arg(sign));
    if (!account(n))
        return overBytes(at);
    return Term::bigInteger(sign == 1, take(n));
}

Term Decoding::oldFloat(qint64 at)
{
    constexpr int width = 31;
    if (!need(width))
        return truncated(at, "FLOAT_EXT", width);
    const QByteArray raw = take(width);
    const qsizetype nul = raw.indexOf('\0');
    const QByteArray text = nul < 0 ? raw : raw.left(nul);
    // Only the characters printf("%.20e") produces; toDouble() would also take "inf" or spaces.
    bool plausible = !text.isEmpty();
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E'))
            plausible = false;
    }
    bool ok = false;
    const double v = plausible ? text.toDouble(&ok) : 0.0;
    if (!ok || !std::isfinite(v))
        return fail(at, QStringLiteral("FLOAT_EXT does not hold a finite number"));
    return Term::floating(v);
}

Term Decoding::atomBody(quint8 tag, qint64 at)
{
    const bool small = tag == tag::SmallAtom || tag == tag::SmallAtomUtf8;
    const bool utf8 = tag == tag::AtomUtf8 || tag == tag::SmallAtomUtf8;
    if (!need(small ? 1 : 2))
        return truncated(at, "atom", small ? 1 : 2);
    const qint64 n = small ? qint64(u8()) : qint64(u16());
    if (!need(n))
        return truncated(at, "atom", n);
    const uchar *p = m_buf + m_pos;
    if (utf8) {
        qint64 chars = 0;
        if (!validUtf8(p, n, &chars))
            return fail(at, QStringLiteral("atom is not valid UTF-8"));
        if (chars > kMaxAtomCharacters)
            return fail(at, QStringLiteral("atom of %1 characters is longer than %2")
                                .arg(chars)
                                .arg(kMaxAtomCharacters));
    } else if (n > kMaxAtomCharacters) {
        return fail(at, QStringLiteral("atom of %1 characters is longer than %2")
                            .arg(n)
                            .arg(kMaxAtomCharacters));
    }
    if (!account(n))
        return overBytes(at);
    const char *c = reinterpret_cast<const char *>(p);
    m_pos += n;
    return Term::atom(utf8 ? QString::fromUtf8(c, qsizetype(n))
                           : QString::fromLatin1(c, qsizetype(n)));
}

// An atom embedded in another term (node names, fun modules): read in place, no frame.
Term Decoding::atomTerm(const char *what)
{
    const qint64 at = m_pos;
    if (!need(1))
        return truncated(at, what, 1);
    const quint8 tag = u8();
    if (tag != tag::Atom && tag != tag::SmallAtom && tag != tag::AtomUtf8 &&
        tag != tag::SmallAtomUtf8)
        return fail(
            at,
            QStringLiteral("%1 must be an atom, found tag %2").arg(QLatin1String(what)).arg(tag));
    return atomBody(tag, at);
}

Term Decoding::nodeAtom(QByteArray *node)
{
    const Term a = atomTerm("node name");
    if (!a.isError())
        *node = a.atomName().toUtf8();
    return a;
}

Term Decoding::smallOrInteger(qint64 *out, const char *what)
{
    const qint64 at = m_pos;
    if (!need(1))
        return truncated(at, what, 1);
    const quint8 tag = u8();
    if (tag == tag::SmallInteger) {
        if (!need(1))
            return truncated(at, what, 1);
        *out = u8();
    } else if (tag == tag::Integer) {
        if (!need(4))
            return truncated(at, what, 4);
        *out = qint32(u32());
    } else {
        return fail(at, QStringLiteral("%1 must be a small integer, found tag %2")
                            .arg(QLatin1String(what))
                            .arg(tag));
    }
    return Term::integer(*out);
}

Term Decoding::pidBody(quint8 tag, qint64 at)
{
    NodeId id;
    const Term node = nodeAtom(&id.node);
    if (node.isError())
        return node;
    const int creationWidth = tag == tag::NewPid ? 4 : 1;
    if (!need(8 + creationWidth))
        return truncated(at, "pid", 8 + creationWidth);
    id.id = u32();
    id.serial = u32();
    id.creation = creationWidth == 4 ? u32() : u8();
    return Term::pid(id);
}

Term Decoding::portBody(quint8 tag, qint64 at)
{
    NodeId id;
    const Term node = nodeAtom(&id.node);
    if (node.isError())
        return node;
    const int idWidth = tag == tag::V4Port ? 8 : 4;
    const int creationWidth = tag == tag::Port ? 1 : 4;
    if (!need(idWidth + creationWidth))
        return truncated(at, "port", idWidth + creationWidth);
    id.id = idWidth == 8 ? u64() : u32();
    id.creation = creationWidth == 4 ? u32() : u8();
    return Term::port(id);
}

Term Decoding::refBody(quint8 tag, qint64 at)
{
    NodeId id;
    qint64 words = 1;
    if (tag != tag::Reference) {
        if (!need(2))
            return truncated(at, "reference", 2);
        words = u16();
        if (words < 1 || words > kMaxRefWords)
            return fail(at, QStringLiteral("reference with %1 words (1 to %2 allowed)")
                                .arg(words)
                                .arg(kMaxRefWords));
    }
    const Term node = nodeAtom(&id.node);
    if (node.isError())
        return node;
    if (tag == tag::Reference) {
        if (!need(5))
            return truncated(at, "reference", 5);
        id.refWords.append(u32());
        id.creation = u8();
        return Term::reference(id);
    }
    const int creationWidth = tag == tag::NewerReference ? 4 : 1;
    if (!need(creationWidth + 4 * words))
        return truncated(at, "reference", creationWidth + 4 * words);
    id.creation = creationWidth == 4 ? u32() : u8();
    for (qint64 i = 0; i < words; ++i)
        id.refWords.append(u32());
    return Term::reference(id);
}

Term Decoding::exportFun(qint64 at)
{
    const Term module = atomTerm("fun module");
    if (module.isError())
        return module;
    const Term name = atomTerm("fun name");
    if (name.isError())
        return name;
    const qint64 arityAt = m_pos;
    if (!need(2))
        return truncated(at, "EXPORT_EXT", 2);
    if (u8() != tag::SmallInteger)
        return fail(arityAt, QStringLiteral("EXPORT_EXT arity must be a SMALL_INTEGER_EXT"));
    const int arity = u8();
    return Term::exportFun(module.atomName(), name.atomName(), arity);
}

Term Decoding::newFun(qint64 at, bool *opened)
{
    // Size(4) Arity(1) Uniq(16) Index(4) NumFree(4) Module OldIndex OldUniq Pid FreeVars...
    constexpr int fixed = 4 + 1 + 16 + 4 + 4;
    if (!need(fixed))
        return truncated(at, "NEW_FUN_EXT", fixed);
    const qint64 sizeAt = m_pos;
    const qint64 size = u32();
    if (size < fixed || size - 4 > remaining())
        return fail(at, QStringLiteral("NEW_FUN_EXT size %1 does not fit the %2 bytes left")
                            .arg(size)
                            .arg(remaining() + 4));
    const qint64 end = sizeAt + size;
    const int arity = u8();
    const QByteArray uniq = take(16);
    const quint32 index = u32();
    const qint64 numFree = u32();

    const Term module = atomTerm("fun module");
    if (module.isError())
        return module;
    qint64 oldIndex = 0;
    qint64 oldUniq = 0;
    Term t = smallOrInteger(&oldIndex, "fun OldIndex");
    if (t.isError())
        return t;
    t = smallOrInteger(&oldUniq, "fun OldUniq");
    if (t.isError())
        return t;
    const qint64 pidAt = m_pos;
    if (!need(1))
        return truncated(pidAt, "fun pid", 1);
    const quint8 pidTag = u8();
    if (pidTag != tag::Pid && pidTag != tag::NewPid)
        return fail(pidAt, QStringLiteral("fun pid must be a pid, found tag %1").arg(pidTag));
    t = pidBody(pidTag, pidAt);
    if (t.isError())
        return t;

    const Term fun = Term::localFun(module.atomName(), arity, index, uniq, quint32(oldUniq));
    if (numFree == 0) {
        if (m_pos != end)
            return fail(at, QStringLiteral("NEW_FUN_EXT size field says it ends at byte %1 but it "
                                           "ends at byte %2")
                                .arg(end)
                                .arg(m_pos));
        return fun;
    }
    *opened = true;
    const Term r = open(Frame::Type::Fun, at, numFree);
    if (r.isError())
        return r;
    m_stack.back().fun = fun;
    m_stack.back().end = end;
    return r;
}

} // namespace

Term TermDecoder::decode(const char *buf, int len, int *index, bool withVersion) const
{
    if (!buf || len < 0 || !index || *index < 0 || *index > len)
        return Term::error(QStringLiteral("invalid decode arguments"));
    qint64 pos = *index;
    const auto *bytes = reinterpret_cast<const uchar *>(buf);
    if (withVersion) {
        if (pos >= len)
            return Term::error(
                QStringLiteral("malformed term at byte %1: no version byte").arg(pos));
        if (bytes[pos] != tag::Version)
            return Term::error(QStringLiteral("malformed term at byte %1: version byte is %2, "
                                              "expected 131")
                                   .arg(pos)
                                   .arg(bytes[pos]));
        ++pos;
    }
    Decoding d(m_limits, bytes, len, pos);
    const Term t = d.run();
    if (!t.isError())
        *index = int(d.pos());
    return t;
}

Term TermDecoder::decode(const QByteArray &data, bool withVersion) const
{
    if (data.size() > std::numeric_limits<int>::max())
        return Term::error(QStringLiteral("malformed term at byte 0: input of %1 bytes is larger "
                                          "than 2 GiB")
                               .arg(data.size()));
    int index = 0;
    const Term t = decode(data.constData(), int(data.size()), &index, withVersion);
    if (t.isError())
        return t;
    if (index != data.size())
        return Term::error(QStringLiteral("malformed term at byte %1: %2 bytes of trailing "
                                          "garbage after the term")
                               .arg(index)
                               .arg(data.size() - index));
    return t;
}

} // namespace beamtop
