// SPDX-License-Identifier: GPL-3.0-or-later
#include "termcodec.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace beamtop {

namespace {

// Well above anything we send; stops a term that shares one big subterm many times from
// growing the buffer without bound.
constexpr qsizetype kMaxEncodedBytes = qsizetype(1) << 30;
constexpr int kMaxAtomCharacters = 255;
constexpr int kMaxStringExtBytes = 0xFFFF;

class Encoding
{
public:
    explicit Encoding(QByteArray *out) : m_out(*out) {}

    bool run(const Term &root);

private:
    // A container whose children are still being written; one per nesting level.
    struct Frame
    {
        Term::Kind kind;
        QVector<Term> elements;
        QVector<std::pair<Term, Term>> pairs;
        Term tail;
        qsizetype next = 0;
        qsizetype count = 0;
    };

    void u8(quint8 v) { m_out.append(char(v)); }
    void u16(quint16 v)
    {
        u8(quint8(v >> 8));
        u8(quint8(v));
    }
    void u32(quint32 v)
    {
        u16(quint16(v >> 16));
        u16(quint16(v));
    }
    void u64(quint64 v)
    {
        u32(quint32(v >> 32));
        u32(quint32(v));
    }

    bool item(const Term &t);
    bool atom(const QString &name);
    bool integer(qint64 v);
    bool big(bool negative, const QByteArray &magnitude);
    bool node(const QByteArray &utf8Name);

    QByteArray &m_out;
    std::vector<Frame> m_stack;
};

bool Encoding::run(const Term &root)
{
    if (!item(root))
        return false;
    while (!m_stack.empty()) {
        if (m_out.size() > kMaxEncodedBytes)
            return false;
        Frame &f = m_stack.back();
        if (f.next == f.count) {
            m_stack.pop_back();
            continue;
        }
        const qsizetype i = f.next++;
        Term child;
        switch (f.kind) {
        case Term::Kind::List:
            child = i < f.elements.size() ? f.elements.at(i) : f.tail;
            break;
        case Term::Kind::Map:
            child = i % 2 == 0 ? f.pairs.at(i / 2).first : f.pairs.at(i / 2).second;
            break;
        default:
            child = f.elements.at(i);
            break;
        }
        // item() may push a frame and invalidate f.
        if (!item(child))
            return false;
    }
    return true;
}

bool Encoding::atom(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    if (name.toUcs4().size() > kMaxAtomCharacters)
        return false; // the runtime would refuse it
    if (utf8.size() <= 255) {
        u8(tag::SmallAtomUtf8);
        u8(quint8(utf8.size()));
    } else {
        u8(tag::AtomUtf8);
        u16(quint16(utf8.size()));
    }
    m_out.append(utf8);
    return true;
}

bool Encoding::node(const QByteArray &utf8Name)
{
    return atom(QString::fromUtf8(utf8Name));
}

bool Encoding::integer(qint64 v)
{
    if (v >= 0 && v <= 255) {
        u8(tag::SmallInteger);
        u8(quint8(v));
    } else if (v >= std::numeric_limits<qint32>::min() && v <= std::numeric_limits<qint32>::max()) {
        // The runtime uses INTEGER_EXT for the whole 32-bit range (libei stops at 28 bits).
        u8(tag::Integer);
        u32(quint32(qint32(v)));
    } else {
        quint64 u = v < 0 ? 0 - quint64(v) : quint64(v);
        QByteArray mag;
        while (u) {
            mag.append(char(u & 0xFF));
            u >>= 8;
        }
        return big(v < 0, mag);
    }
    return true;
}

bool Encoding::big(bool negative, const QByteArray &magnitude)
{
    if (magnitude.size() <= 255) {
        u8(tag::SmallBig);
        u8(quint8(magnitude.size()));
    } else {
        if (magnitude.size() > std::numeric_limits<qint32>::max())
            return false;
        u8(tag::LargeBig);
        u32(quint32(magnitude.size()));
    }
    u8(negative ? 1 : 0);
    m_out.append(magnitude);
    return true;
}

bool Encoding::item(const Term &t)
{
    switch (t.kind()) {
    case Term::Kind::Error:
        return false;
    case Term::Kind::Atom:
        return atom(t.atomName());
    case Term::Kind::Integer:
        return integer(t.toInt());
    case Term::Kind::BigInteger:
        return big(t.bigNegative(), t.bigMagnitude());
    case Term::Kind::Float: {
        const double v = t.toDouble();
        if (!std::isfinite(v))
            return false; // no such Erlang float
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        u8(tag::NewFloat);
        u64(bits);
        return true;
    }
    case Term::Kind::Binary: {
        const QByteArray b = t.bytes();
        if (quint64(b.size()) > 0xFFFFFFFFu)
            return false;
        u8(tag::Binary);
        u32(quint32(b.size()));
        m_out.append(b);
        return true;
    }
    case Term::Kind::BitString: {
        const QByteArray b = t.bytes();
        if (quint64(b.size()) > 0xFFFFFFFFu)
            return false;
        u8(tag::BitBinary);
        u32(quint32(b.size()));
        u8(quint8(t.bitsInLastByte()));
        m_out.append(b);
        return true;
    }
    case Term::Kind::String: {
        const QByteArray b = t.bytes();
        if (b.size() <= kMaxStringExtBytes) {
            u8(tag::String);
            u16(quint16(b.size()));
            m_out.append(b);
        } else {
            // STRING_EXT has a 16-bit length; longer ones go as a list of small integers,
            // exactly as the runtime sends them.
            u8(tag::List);
            u32(quint32(b.size()));
            for (char c : b) {
                u8(tag::SmallInteger);
                u8(quint8(c));
            }
            u8(tag::Nil);
        }
        return true;
    }
    case Term::Kind::Nil:
        u8(tag::Nil);
        return true;
    case Term::Kind::List: {
        Frame f;
        f.kind = Term::Kind::List;
        f.elements = t.elements();
        f.tail = t.tail();
        f.count = f.elements.size() + 1;
        if (quint64(f.elements.size()) > 0xFFFFFFFFu)
            return false;
        u8(tag::List);
        u32(quint32(f.elements.size()));
        m_stack.push_back(std::move(f));
        return true;
    }
    case Term::Kind::Tuple: {
        Frame f;
        f.kind = Term::Kind::Tuple;
        f.elements = t.elements();
        f.count = f.elements.size();
        if (quint64(f.count) > 0xFFFFFFFFu)
            return false;
        if (f.count <= 255) {
            u8(tag::SmallTuple);
            u8(quint8(f.count));
        } else {
            u8(tag::LargeTuple);
            u32(quint32(f.count));
        }
        if (f.count > 0)
            m_stack.push_back(std::move(f));
        return true;
    }
    case Term::Kind::Map: {
        Frame f;
        f.kind = Term::Kind::Map;
        f.pairs = t.mapPairs();
        f.count = 2 * f.pairs.size();
        if (quint64(f.pairs.size()) > 0xFFFFFFFFu)
            return false;
        u8(tag::Map);
        u32(quint32(f.pairs.size()));
        if (f.count > 0)
            m_stack.push_back(std::move(f));
        return true;
    }
    case Term::Kind::Pid: {
        const NodeId id = t.nodeId();
        if (id.id > 0xFFFFFFFFu)
            return false;
        u8(tag::NewPid);
        if (!node(id.node))
            return false;
        u32(quint32(id.id));
        u32(id.serial);
        u32(id.creation);
        return true;
    }
    case Term::Kind::Port: {
        const NodeId id = t.nodeId();
        const bool wide = id.id > 0xFFFFFFFFu;
        u8(wide ? tag::V4Port : tag::NewPort);
        if (!node(id.node))
            return false;
        if (wide)
            u64(id.id);
        else
            u32(quint32(id.id));
        u32(id.creation);
        return true;
    }
    case Term::Kind::Reference: {
        const NodeId id = t.nodeId();
        if (id.refWords.isEmpty() || id.refWords.size() > 5)
            return false;
        u8(tag::NewerReference);
        u16(quint16(id.refWords.size()));
        if (!node(id.node))
            return false;
        u32(id.creation);
        for (quint32 w : id.refWords)
            u32(w);
        return true;
    }
    case Term::Kind::Fun: {
        // A local fun's environment and creator pid are not kept, so it cannot be rebuilt.
        if (t.isLocalFun() || t.funArity() < 0 || t.funArity() > 255)
            return false;
        u8(tag::Export);
        if (!atom(t.funModule()) || !atom(t.funName()))
            return false;
        u8(tag::SmallInteger);
        u8(quint8(t.funArity()));
        return true;
    }
    }
    return false;
}

} // namespace

bool TermEncoder::encode(const Term &term, QByteArray *out, bool withVersion)
{
    if (!out)
        return false;
    QByteArray buf;
    if (withVersion)
        buf.append(char(tag::Version));
    Encoding e(&buf);
    if (!e.run(term))
        return false;
    out->append(buf);
    return true;
}

QByteArray TermEncoder::encode(const Term &term, bool withVersion)
{
    QByteArray out;
    if (!encode(term, &out, withVersion))
        return {};
    return out;
}

} // namespace beamtop
