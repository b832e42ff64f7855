// SPDX-License-Identifier: GPL-3.0-or-later
#include "term.h"

#include <QLatin1String>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace beamtop {

// The payload lives in small kind-specific structs so that a term of millions of integers does
// not pay for the fields of a pid or a fun in every element.
struct Term::Data
{
    explicit Data(Kind k) : kind(k) {}
    const Kind kind;

    struct Text;
    struct Int;
    struct Big;
    struct Float;
    struct Bytes;
    struct Seq;
    struct Map;
    struct Id;
    struct Fun;

    // Children whose last owner is a container being destroyed. Only the outermost destructor
    // drains it, so tearing down a deeply nested term never recurses once per level.
    // A raw pointer keeps the thread-local trivially destructible: terms held in statics may be
    // destroyed after thread-local objects are gone.
    static thread_local std::vector<std::shared_ptr<const Data>> *t_graveyard;

    static bool isContainer(Kind k)
    {
        return k == Kind::List || k == Kind::Tuple || k == Kind::Map;
    }
    static void bury(std::vector<std::shared_ptr<const Data>> &graveyard, Term &t)
    {
        // use_count() == 1 means nobody else can reach it, so moving it out is safe; shared
        // children are simply left for their other owners.
        if (t.d && t.d.use_count() == 1 && isContainer(t.d->kind))
            graveyard.push_back(std::move(t.d));
    }
    template <typename Fn> static void dismantle(Fn collectChildren)
    {
        if (t_graveyard) {
            collectChildren(*t_graveyard);
            return;
        }
        std::vector<std::shared_ptr<const Data>> graveyard;
        t_graveyard = &graveyard;
        collectChildren(graveyard);
        while (!graveyard.empty()) {
            std::shared_ptr<const Data> last = std::move(graveyard.back());
            graveyard.pop_back();
            last.reset(); // its destructor appends its own children to the graveyard
        }
        t_graveyard = nullptr;
    }
};

thread_local std::vector<std::shared_ptr<const Term::Data>> *Term::Data::t_graveyard = nullptr;

struct Term::Data::Text : Term::Data
{
    Text(Kind k, const QString &s) : Data(k), text(s) {}
    QString text;
};

struct Term::Data::Int : Term::Data
{
    explicit Int(qint64 v) : Data(Kind::Integer), value(v) {}
    qint64 value;
};

struct Term::Data::Big : Term::Data
{
    Big(bool neg, const QByteArray &mag) : Data(Kind::BigInteger), negative(neg), magnitude(mag) {}
    bool negative;
    QByteArray magnitude;
};

struct Term::Data::Float : Term::Data
{
    explicit Float(double v) : Data(Kind::Float), value(v) {}
    double value;
};

struct Term::Data::Bytes : Term::Data
{
    Bytes(Kind k, const QByteArray &b, int bitsUsed) : Data(k), bytes(b), bits(bitsUsed) {}
    QByteArray bytes;
    int bits;
};

struct Term::Data::Seq : Term::Data
{
    Seq(Kind k, const QVector<Term> &e, const Term &t) : Data(k), elements(e), tail(t) {}
    ~Seq()
    {
        dismantle([this](std::vector<std::shared_ptr<const Data>> &graveyard) {
            // A QVector shared with a caller of elements() keeps its Terms alive anyway, and
            // touching it non-const would only detach (copy) it.
            if (elements.isDetached()) {
                for (Term &t : elements)
                    bury(graveyard, t);
            }
            bury(graveyard, tail);
        });
    }
    QVector<Term> elements;
    Term tail;
};

struct Term::Data::Map : Term::Data
{
    explicit Map(const QVector<std::pair<Term, Term>> &p) : Data(Kind::Map), pairs(p) {}
    ~Map()
    {
        dismantle([this](std::vector<std::shared_ptr<const Data>> &graveyard) {
            if (!pairs.isDetached())
                return;
            for (auto &p : pairs) {
                bury(graveyard, p.first);
                bury(graveyard, p.second);
            }
        });
    }
    QVector<std::pair<Term, Term>> pairs;
};

struct Term::Data::Id : Term::Data
{
    Id(Kind k, const NodeId &i) : Data(k), id(i) {}
    NodeId id;
};

struct Term::Data::Fun : Term::Data
{
    Fun() : Data(Kind::Fun) {}
    QString module;
    QString name; // empty for local funs
    int arity = 0;
    bool local = false;
    quint32 index = 0;
    quint32 oldUniq = 0;
    QByteArray uniq;
};

namespace {

// Walks the elements of anything that is a list in Erlang's sense (Nil, String, List and list
// tails that are lists again), so "ab" and [97,98] and [97|"b"] look the same to callers.
class ListWalker
{
public:
    explicit ListWalker(const Term &t) : m_current(t) { settle(); }

    bool atEnd() const { return m_end; }
    // The tail that ended the walk when it was not a list ([a|b] ends with b); Nil otherwise.
    const Term &improperTail() const { return m_improper; }
    Term next()
    {
        const Term e = m_current.at(m_index);
        ++m_index;
        settle();
        return e;
    }

private:
    void settle()
    {
        for (;;) {
            switch (m_current.kind()) {
            case Term::Kind::List:
                if (m_index < m_current.size())
                    return;
                m_current = m_current.tail();
                m_index = 0;
                continue;
            case Term::Kind::String:
                if (m_index < m_current.size())
                    return;
                m_end = true;
                return;
            case Term::Kind::Nil:
                m_end = true;
                return;
            default:
                m_improper = m_current;
                m_end = true;
                return;
            }
        }
    }

    Term m_current;
    int m_index = 0;
    bool m_end = false;
    Term m_improper = Term::nil();
};

bool isListKind(Term::Kind k)
{
    return k == Term::Kind::Nil || k == Term::Kind::List || k == Term::Kind::String;
}

// toText() refuses lists longer than this: it is meant for names and messages, not for
// turning a million-element list into a string by accident.
constexpr int kMaxTextCodePoints = 1 << 20;

} // namespace

// --- construction ----------------------------------------------------------------------------

Term::Term()
{
    // Shared, because default-constructed Terms are common as placeholders.
    static const std::shared_ptr<const Data> s =
        std::make_shared<const Data::Text>(Kind::Error, QStringLiteral("empty term"));
    d = s;
}

Term::Term(std::shared_ptr<const Data> data) : d(std::move(data)) {}

Term Term::error(const QString &message)
{
    return Term(std::make_shared<const Data::Text>(Kind::Error, message));
}

Term Term::atom(const QString &name)
{
    return Term(std::make_shared<const Data::Text>(Kind::Atom, name));
}

Term Term::atom(const char *latin1Name)
{
    return atom(QString::fromLatin1(latin1Name));
}

Term Term::integer(qint64 v)
{
    return Term(std::make_shared<const Data::Int>(v));
}

Term Term::bigInteger(bool negative, const QByteArray &magnitudeLittleEndian)
{
    // Canonical form: no leading zero bytes, and anything that fits in qint64 is an Integer,
    // so equality does not depend on how the sender chose to encode a number.
    QByteArray mag = magnitudeLittleEndian;
    int n = mag.size();
    while (n > 0 && mag.at(n - 1) == 0)
        --n;
    mag.truncate(n);
    if (n <= 8) {
        quint64 u = 0;
        for (int i = n - 1; i >= 0; --i)
            u = (u << 8) | quint8(mag.at(i));
        if (!negative && u <= quint64(std::numeric_limits<qint64>::max()))
            return integer(qint64(u));
        if (negative && u <= quint64(std::numeric_limits<qint64>::max()) + 1)
            return integer(qint64(0 - u)); // two's complement wrap gives the exact negative
    }
    return Term(std::make_shared<const Data::Big>(negative, mag));
}

Term Term::floating(double v)
{
    return Term(std::make_shared<const Data::Float>(v));
}

Term Term::binary(const QByteArray &bytes)
{
    return Term(std::make_shared<const Data::Bytes>(Kind::Binary, bytes, 8));
}

Term Term::bitString(const QByteArray &bytes, int bitsInLastByte)
{
    if (bitsInLastByte == 8 || (bytes.isEmpty() && bitsInLastByte == 0))
        return binary(bytes);
    if (bytes.isEmpty() || bitsInLastByte < 1 || bitsInLastByte > 7)
        return error(QStringLiteral("invalid bit string: %1 bytes with %2 bits in the last byte")
                         .arg(bytes.size())
                         .arg(bitsInLastByte));
    // The unused low bits are not part of the value; clearing them makes equal bit strings
    // compare (and encode) equal.
    QByteArray b = bytes;
    const uchar mask = uchar(0xFF << (8 - bitsInLastByte));
    b[b.size() - 1] = char(uchar(b.at(b.size() - 1)) & mask);
    return Term(std::make_shared<const Data::Bytes>(Kind::BitString, b, bitsInLastByte));
}

Term Term::string(const QByteArray &latin1Bytes)
{
    if (latin1Bytes.isEmpty())
        return nil();
    return Term(std::make_shared<const Data::Bytes>(Kind::String, latin1Bytes, 8));
}

Term Term::nil()
{
    static const std::shared_ptr<const Data> s = std::make_shared<const Data>(Kind::Nil);
    return Term(s);
}

Term Term::list(const QVector<Term> &elements, const Term &tail)
{
    if (elements.isEmpty())
        return tail; // [] ++ T is T
    return Term(std::make_shared<const Data::Seq>(Kind::List, elements, tail));
}

Term Term::tuple(const QVector<Term> &elements)
{
    return Term(std::make_shared<const Data::Seq>(Kind::Tuple, elements, nil()));
}

Term Term::map(const QVector<std::pair<Term, Term>> &pairs)
{
    return Term(std::make_shared<const Data::Map>(pairs));
}

Term Term::pid(const NodeId &id)
{
    return Term(std::make_shared<const Data::Id>(Kind::Pid, id));
}

Term Term::port(const NodeId &id)
{
    return Term(std::make_shared<const Data::Id>(Kind::Port, id));
}

Term Term::reference(const NodeId &id)
{
    return Term(std::make_shared<const Data::Id>(Kind::Reference, id));
}

Term Term::exportFun(const QString &module, const QString &name, int arity)
{
    auto f = std::make_shared<Data::Fun>();
    f->module = module;
    f->name = name;
    f->arity = arity;
    return Term(std::move(f));
}

Term Term::localFun(const QString &module, int arity, quint32 index, const QByteArray &uniq)
{
    return localFun(module, arity, index, uniq, 0);
}

Term Term::localFun(const QString &module, int arity, quint32 index, const QByteArray &uniq,
                    quint32 oldUniq)
{
    auto f = std::make_shared<Data::Fun>();
    f->module = module;
    f->arity = arity;
    f->local = true;
    f->index = index;
    f->uniq = uniq;
    f->oldUniq = oldUniq;
    return Term(std::move(f));
}

// --- inspection ------------------------------------------------------------------------------

Term::Kind Term::kind() const
{
    return d->kind;
}

bool Term::isAtom(const char *latin1Name) const
{
    return isAtom() && static_cast<const Data::Text &>(*d).text == QLatin1String(latin1Name);
}

bool Term::isTaggedTuple(const char *tag, int arity) const
{
    if (!isTuple())
        return false;
    const auto &seq = static_cast<const Data::Seq &>(*d);
    if (seq.elements.isEmpty() || (arity >= 0 && seq.elements.size() != arity))
        return false;
    return seq.elements.first().isAtom(tag);
}

bool Term::isList() const
{
    return isListKind(kind());
}

bool Term::isProperList() const
{
    if (!isList())
        return false;
    Term t = *this;
    while (t.kind() == Kind::List)
        t = static_cast<const Data::Seq &>(*t.d).tail;
    return t.kind() == Kind::Nil || t.kind() == Kind::String;
}

QString Term::errorString() const
{
    return isError() ? static_cast<const Data::Text &>(*d).text : QString();
}

QString Term::atomName() const
{
    return isAtom() ? static_cast<const Data::Text &>(*d).text : QString();
}

qint64 Term::toInt(qint64 defaultValue) const
{
    switch (kind()) {
    case Kind::Integer:
        return static_cast<const Data::Int &>(*d).value;
    case Kind::Float: {
        const double v = static_cast<const Data::Float &>(*d).value;
        // Casting an out-of-range double to an integer is undefined behaviour.
        if (!std::isfinite(v) || v >= 9223372036854775808.0 || v < -9223372036854775808.0)
            return defaultValue;
        return qint64(v);
    }
    default:
        return defaultValue;
    }
}

double Term::toDouble(double defaultValue) const
{
    switch (kind()) {
    case Kind::Integer:
        return double(static_cast<const Data::Int &>(*d).value);
    case Kind::Float:
        return static_cast<const Data::Float &>(*d).value;
    case Kind::BigInteger: {
        const auto &big = static_cast<const Data::Big &>(*d);
        double v = 0;
        for (int i = big.magnitude.size() - 1; i >= 0; --i)
            v = v * 256.0 + quint8(big.magnitude.at(i));
        return big.negative ? -v : v;
    }
    default:
        return defaultValue;
    }
}

bool Term::toBool(bool defaultValue) const
{
    if (isAtom("true"))
        return true;
    if (isAtom("false"))
        return false;
    return defaultValue;
}

bool Term::bigNegative() const
{
    if (kind() == Kind::BigInteger)
        return static_cast<const Data::Big &>(*d).negative;
    if (kind() == Kind::Integer)
        return static_cast<const Data::Int &>(*d).value < 0;
    return false;
}

QByteArray Term::bigMagnitude() const
{
    if (kind() == Kind::BigInteger)
        return static_cast<const Data::Big &>(*d).magnitude;
    if (kind() == Kind::Integer) {
        const qint64 v = static_cast<const Data::Int &>(*d).value;
        quint64 u = v < 0 ? 0 - quint64(v) : quint64(v);
        QByteArray mag;
        while (u) {
            mag.append(char(u & 0xFF));
            u >>= 8;
        }
        return mag;
    }
    return {};
}

QByteArray Term::bytes() const
{
    switch (kind()) {
    case Kind::Binary:
    case Kind::BitString:
    case Kind::String:
        return static_cast<const Data::Bytes &>(*d).bytes;
    default:
        return {};
    }
}

int Term::bitsInLastByte() const
{
    switch (kind()) {
    case Kind::Binary:
    case Kind::BitString:
        return static_cast<const Data::Bytes &>(*d).bits;
    default:
        return 0;
    }
}

QString Term::toText() const
{
    switch (kind()) {
    case Kind::Binary:
        return QString::fromUtf8(static_cast<const Data::Bytes &>(*d).bytes);
    case Kind::String:
        return QString::fromLatin1(static_cast<const Data::Bytes &>(*d).bytes);
    case Kind::Atom:
        return static_cast<const Data::Text &>(*d).text;
    case Kind::Nil:
    case Kind::List: {
        QString text;
        ListWalker walker(*this);
        int count = 0;
        while (!walker.atEnd()) {
            if (++count > kMaxTextCodePoints)
                return {};
            const Term e = walker.next();
            if (e.kind() != Kind::Integer)
                return {};
            const qint64 cp = e.toInt();
            if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                return {};
            const char32_t c = char32_t(cp);
            text.append(QString::fromUcs4(&c, 1));
        }
        if (walker.improperTail().kind() != Term::Kind::Nil)
            return {};
        return text;
    }
    default:
        return {};
    }
}

int Term::size() const
{
    switch (kind()) {
    case Kind::Tuple:
    case Kind::List:
        return int(static_cast<const Data::Seq &>(*d).elements.size());
    case Kind::String:
        return int(static_cast<const Data::Bytes &>(*d).bytes.size());
    case Kind::Map:
        return int(static_cast<const Data::Map &>(*d).pairs.size());
    default:
        return 0;
    }
}

Term Term::at(int i) const
{
    switch (kind()) {
    case Kind::Tuple:
    case Kind::List: {
        const auto &seq = static_cast<const Data::Seq &>(*d);
        if (i >= 0 && i < seq.elements.size())
            return seq.elements.at(i);
        break;
    }
    case Kind::String: {
        const QByteArray &b = static_cast<const Data::Bytes &>(*d).bytes;
        if (i >= 0 && i < b.size())
            return integer(quint8(b.at(i)));
        break;
    }
    default:
        break;
    }
    return error(QStringLiteral("index %1 out of range").arg(i));
}

QVector<Term> Term::elements() const
{
    switch (kind()) {
    case Kind::Tuple:
    case Kind::List:
        return static_cast<const Data::Seq &>(*d).elements;
    case Kind::String: {
        const QByteArray &b = static_cast<const Data::Bytes &>(*d).bytes;
        QVector<Term> out;
        out.reserve(b.size());
        for (char c : b)
            out.append(integer(quint8(c)));
        return out;
    }
    default:
        return {};
    }
}

Term Term::tail() const
{
    if (kind() == Kind::List)
        return static_cast<const Data::Seq &>(*d).tail;
    return nil();
}

QVector<std::pair<Term, Term>> Term::mapPairs() const
{
    if (kind() == Kind::Map)
        return static_cast<const Data::Map &>(*d).pairs;
    return {};
}

Term Term::value(const Term &key) const
{
    if (kind() == Kind::Map) {
        for (const auto &p : static_cast<const Data::Map &>(*d).pairs) {
            if (p.first == key)
                return p.second;
        }
    } else if (kind() == Kind::List) {
        ListWalker walker(*this);
        while (!walker.atEnd()) {
            const Term e = walker.next();
            if (e.isTuple(2)) {
                const auto &pair = static_cast<const Data::Seq &>(*e.d).elements;
                if (pair.at(0) == key)
                    return pair.at(1);
            }
        }
    }
    return error(QStringLiteral("key not found"));
}

Term Term::value(const char *atomKey) const
{
    return value(atom(atomKey));
}

NodeId Term::nodeId() const
{
    switch (kind()) {
    case Kind::Pid:
    case Kind::Port:
    case Kind::Reference:
        return static_cast<const Data::Id &>(*d).id;
    default:
        return {};
    }
}

QString Term::funModule() const
{
    return kind() == Kind::Fun ? static_cast<const Data::Fun &>(*d).module : QString();
}

QString Term::funName() const
{
    return kind() == Kind::Fun ? static_cast<const Data::Fun &>(*d).name : QString();
}

int Term::funArity() const
{
    return kind() == Kind::Fun ? static_cast<const Data::Fun &>(*d).arity : 0;
}

quint32 Term::funIndex() const
{
    return kind() == Kind::Fun ? static_cast<const Data::Fun &>(*d).index : 0;
}

QByteArray Term::funUniq() const
{
    return kind() == Kind::Fun ? static_cast<const Data::Fun &>(*d).uniq : QByteArray();
}

quint32 Term::funOldUniq() const
{
    return kind() == Kind::Fun ? static_cast<const Data::Fun &>(*d).oldUniq : 0;
}

bool Term::isLocalFun() const
{
    return kind() == Kind::Fun && static_cast<const Data::Fun &>(*d).local;
}

// --- equality --------------------------------------------------------------------------------

bool Term::operator==(const Term &o) const
{
    // Iterative: a pending stack of pairs still to compare. Lists are compared through
    // ListWalkers so that a String equals the List of the same small integers.
    struct Pending
    {
        Term a, b;
        std::shared_ptr<ListWalker> wa, wb; // set when resuming a list comparison
    };
    std::vector<Pending> stack;
    stack.push_back({*this, o, nullptr, nullptr});

    while (!stack.empty()) {
        Pending p = std::move(stack.back());
        stack.pop_back();

        if (p.wa) {
            if (p.wa->atEnd() || p.wb->atEnd()) {
                if (p.wa->atEnd() != p.wb->atEnd())
                    return false;
                stack.push_back({p.wa->improperTail(), p.wb->improperTail(), nullptr, nullptr});
                continue;
            }
            Term ea = p.wa->next();
            Term eb = p.wb->next();
            stack.push_back({Term(), Term(), p.wa, p.wb}); // resume after this element pair
            stack.push_back({std::move(ea), std::move(eb), nullptr, nullptr});
            continue;
        }

        const Term &a = p.a;
        const Term &b = p.b;
        if (a.d == b.d)
            continue;
        const Kind ka = a.kind();
        const Kind kb = b.kind();
        if (isListKind(ka) && isListKind(kb)) {
            if (ka == Kind::String && kb == Kind::String) {
                if (static_cast<const Data::Bytes &>(*a.d).bytes !=
                    static_cast<const Data::Bytes &>(*b.d).bytes)
                    return false;
                continue;
            }
            stack.push_back(
                {Term(), Term(), std::make_shared<ListWalker>(a), std::make_shared<ListWalker>(b)});
            continue;
        }
        if (ka != kb)
            return false;

        switch (ka) {
        case Kind::Error:
        case Kind::Atom:
            if (static_cast<const Data::Text &>(*a.d).text !=
                static_cast<const Data::Text &>(*b.d).text)
                return false;
            break;
        case Kind::Integer:
            if (static_cast<const Data::Int &>(*a.d).value !=
                static_cast<const Data::Int &>(*b.d).value)
                return false;
            break;
        case Kind::BigInteger: {
            const auto &x = static_cast<const Data::Big &>(*a.d);
            const auto &y = static_cast<const Data::Big &>(*b.d);
            if (x.negative != y.negative || x.magnitude != y.magnitude)
                return false;
            break;
        }
        case Kind::Float: {
            // Bitwise, so -0.0 and 0.0 differ as they do for =:= since OTP 27.
            const double x = static_cast<const Data::Float &>(*a.d).value;
            const double y = static_cast<const Data::Float &>(*b.d).value;
            if (std::memcmp(&x, &y, sizeof x) != 0)
                return false;
            break;
        }
        case Kind::Binary:
        case Kind::BitString: {
            const auto &x = static_cast<const Data::Bytes &>(*a.d);
            const auto &y = static_cast<const Data::Bytes &>(*b.d);
            if (x.bits != y.bits || x.bytes != y.bytes)
                return false;
            break;
        }
        case Kind::Tuple: {
            const auto &x = static_cast<const Data::Seq &>(*a.d).elements;
            const auto &y = static_cast<const Data::Seq &>(*b.d).elements;
            if (x.size() != y.size())
                return false;
            for (qsizetype i = x.size() - 1; i >= 0; --i)
                stack.push_back({x.at(i), y.at(i), nullptr, nullptr});
            break;
        }
        case Kind::Map: {
            const auto &x = static_cast<const Data::Map &>(*a.d).pairs;
            const auto &y = static_cast<const Data::Map &>(*b.d).pairs;
            if (x.size() != y.size())
                return false;
            for (qsizetype i = x.size() - 1; i >= 0; --i) {
                stack.push_back({x.at(i).second, y.at(i).second, nullptr, nullptr});
                stack.push_back({x.at(i).first, y.at(i).first, nullptr, nullptr});
            }
            break;
        }
        case Kind::Pid:
        case Kind::Port:
        case Kind::Reference:
            if (static_cast<const Data::Id &>(*a.d).id != static_cast<const Data::Id &>(*b.d).id)
                return false;
            break;
        case Kind::Fun: {
            const auto &x = static_cast<const Data::Fun &>(*a.d);
            const auto &y = static_cast<const Data::Fun &>(*b.d);
            if (x.local != y.local || x.module != y.module || x.name != y.name ||
                x.arity != y.arity || x.index != y.index || x.uniq != y.uniq ||
                x.oldUniq != y.oldUniq)
                return false;
            break;
        }
        case Kind::String:
        case Kind::List:
        case Kind::Nil:
            break; // handled above
        }
    }
    return true;
}

} // namespace beamtop
