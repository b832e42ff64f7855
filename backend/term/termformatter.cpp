// SPDX-License-Identifier: GPL-3.0-or-later
#include "termformatter.h"

#include <QLatin1String>

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

namespace beamtop {

namespace {

using Options = TermFormatter::Options;

const QLatin1String kMore("...");

// Beyond this many magnitude bytes a big integer prints in hex: exact, cheap, and far past
// anything a decode (maxBigIntegerBytes 4096 by default) produces. Decimal conversion is
// quadratic in the size.
constexpr int kMaxDecimalBigBytes = 8192;

bool isErlang(const Options &o)
{
    return o.syntax == TermSyntax::Erlang;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp < 0x10000) {
        out.append(QChar(char16_t(cp)));
    } else {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    }
}

// Strict UTF-8 decode of the first n bytes. With allowCutTail a sequence cut off by n (because
// the binary is shown truncated) is dropped instead of failing.
bool decodeUtf8(const QByteArray &b, qsizetype n, bool allowCutTail, std::u32string *out)
{
    const auto *s = reinterpret_cast<const uchar *>(b.constData());
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            out->push_back(c);
            ++i;
            continue;
        }
        int extra;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
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
        if (i + extra >= n) {
            // Only acceptable if the bytes that are there are a valid start of a sequence.
            if (!allowCutTail)
                return false;
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((s[k] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        out->push_back(cp);
        i += extra + 1;
    }
    return true;
}

bool isCommonEscape(char32_t c)
{
    return c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\b' || c == '\f' || c == 0x1B;
}

// What io_lib treats as printable in a charlist (its default, latin1 range).
bool erlangPrintableLatin1(char32_t c)
{
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) || isCommonEscape(c);
}

// What io_lib treats as printable with unicode enabled (used for UTF-8 binaries).
bool erlangPrintableUnicode(char32_t c)
{
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE) ||
           (c > 0xFFFF && c <= 0x10FFFF) || isCommonEscape(c);
}

bool elixirPrintableAscii(char32_t c)
{
    return (c >= 0x20 && c <= 0x7E) || isCommonEscape(c) || c == 0x7F || c == 0x07;
}

bool elixirPrintableUnicode(char32_t c)
{
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF) || isCommonEscape(c) || c == 0x7F || c == 0x07;
}

// Backslash escape shared by both syntaxes (io_lib and Elixir's inspect agree on these), or
// nullptr.
const char *namedEscape(char32_t c)
{
    switch (c) {
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    case '\v':
        return "\\v";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case 0x1B:
        return "\\e";
    case 0x7F:
        return "\\d";
    default:
        return nullptr;
    }
}

// Quoted text in Erlang: the escapes io_lib writes, octal for other control characters.
void erlangQuoted(QString &out, const std::u32string &text, char quote)
{
    out.append(QLatin1Char(quote));
    for (char32_t c : text) {
        if (c == char32_t(quote) || c == '\\') {
            out.append(QLatin1Char('\\'));
            out.append(QLatin1Char(char(c)));
        } else if ((c >= 0x20 && c <= 0x7E) || c >= 0xA0) {
            appendCodePoint(out, c);
        } else if (const char *escape = namedEscape(c)) {
            out.append(QLatin1String(escape));
        } else {
            out.append(QLatin1Char('\\'));
            out.append(QLatin1Char(char('0' + ((c >> 6) & 7))));
            out.append(QLatin1Char(char('0' + ((c >> 3) & 7))));
            out.append(QLatin1Char(char('0' + (c & 7))));
        }
    }
    out.append(QLatin1Char(quote));
}

void elixirQuoted(QString &out, const std::u32string &text, char quote)
{
    out.append(QLatin1Char(quote));
    for (size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c == char32_t(quote) || c == '\\') {
            out.append(QLatin1Char('\\'));
            out.append(QLatin1Char(char(c)));
        } else if (c == '#' && i + 1 < text.size() && text[i + 1] == '{') {
            out.append(QLatin1String("\\#")); // would otherwise read as interpolation
        } else if ((c >= 0x20 && c <= 0x7E) || c >= 0xA0) {
            appendCodePoint(out, c);
        } else if (const char *escape = namedEscape(c)) {
            out.append(QLatin1String(escape));
        } else if (c == 0x07) {
            out.append(QLatin1String("\\a"));
        } else if (c == 0) {
            out.append(QLatin1String("\\0"));
        } else {
            out.append(QLatin1String("\\x") +
                       QStringLiteral("%1").arg(uint(c), 2, 16, QLatin1Char('0')).toUpper());
        }
    }
    out.append(QLatin1Char(quote));
}

std::u32string toUcs4(const QString &s)
{
    const QList<uint> ucs4 = s.toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

// 'maybe' and 'else' became reserved after OTP 25, which prints them bare; quoting them is
// valid in every release, so pasted output keeps working.
bool isErlangReserved(const QString &name)
{
    static const char *const words[] = {
        "after", "and",   "andalso", "band",   "begin",   "bnot", "bor", "bsl",  "bsr", "bxor",
        "case",  "catch", "cond",    "div",    "else",    "end",  "fun", "if",   "let", "maybe",
        "not",   "of",    "or",      "orelse", "receive", "rem",  "try", "when", "xor"};
    for (const char *w : words) {
        if (name == QLatin1String(w))
            return true;
    }
    return false;
}

bool erlangAtomNeedsQuotes(const std::u32string &name, const QString &qname)
{
    if (name.empty())
        return true;
    const char32_t first = name.front();
    const bool lowerStart =
        (first >= 'a' && first <= 'z') || (first >= 0xDF && first <= 0xFF && first != 0xF7);
    if (!lowerStart)
        return true;
    for (char32_t c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '@' ||
                        (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
        if (!ok)
            return true;
    }
    return isErlangReserved(qname);
}

QString erlangAtom(const QString &name)
{
    const std::u32string u = toUcs4(name);
    if (!erlangAtomNeedsQuotes(u, name))
        return name;
    QString out;
    erlangQuoted(out, u, '\'');
    return out;
}

QString erlangQuotedAtom(const QString &name)
{
    QString out;
    erlangQuoted(out, toUcs4(name), '\'');
    return out;
}

// An Elixir identifier as atoms and keyword keys may be written bare: foo, Foo, foo?, a@b.
bool elixirIdentifier(const QString &name)
{
    const std::u32string u = toUcs4(name);
    if (u.empty())
        return false;
    size_t n = u.size();
    if (u[n - 1] == '?' || u[n - 1] == '!')
        --n;
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; ++i) {
        const char32_t c = u[i];
        const bool letter = QChar::isLetter(c) || c == '_';
        const bool ok = letter || (i > 0 && (QChar::isDigit(c) || c == '@'));
        if (!ok)
            return false;
    }
    return true;
}

bool elixirOperator(const QString &name)
{
    static const char *const ops[] = {"+",   "-",  "*",  "/",   "++",  "--",  "**",  "..",   "...",
                                      "<>",  "==", "!=", "===", "!==", "=~",  "<",   ">",    "<=",
                                      ">=",  "&&", "||", "!",   "|>",  "<<<", ">>>", "~~~",  "&&&",
                                      "|||", "<~", "~>", "<~>", "<|>", "->",  "<-",  "\\\\", "^^^",
                                      "@",   "&",  "^",  "|",   "=",   "::",  "<<~", "~>>"};
    for (const char *op : ops) {
        if (name == QLatin1String(op))
            return true;
    }
    return false;
}

// 'Elixir.Foo.Bar' is the module Foo.Bar; only when every segment looks like an alias.
bool elixirAlias(const QString &name, QString *alias)
{
    if (name == QLatin1String("Elixir")) {
        *alias = name;
        return true;
    }
    if (!name.startsWith(QLatin1String("Elixir.")))
        return false;
    const QString rest = name.mid(7);
    const QStringList parts = rest.split(QLatin1Char('.'));
    for (const QString &p : parts) {
        if (p.isEmpty() || !(p.at(0) >= QLatin1Char('A') && p.at(0) <= QLatin1Char('Z')))
            return false;
        for (QChar c : p) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                            c == QLatin1Char('_');
            if (!ok)
                return false;
        }
    }
    *alias = rest;
    return true;
}

QString elixirAtom(const QString &name)
{
    if (name == QLatin1String("true") || name == QLatin1String("false") ||
        name == QLatin1String("nil"))
        return name;
    QString alias;
    if (elixirAlias(name, &alias))
        return alias;
    if (elixirIdentifier(name) || elixirOperator(name))
        return QLatin1Char(':') + name;
    QString out(QLatin1Char(':'));
    elixirQuoted(out, toUcs4(name), '"');
    return out;
}

// A keyword key ("a: 1"), or its quoted form ("\"hello world\": 1").
QString elixirKey(const QString &name)
{
    if (elixirIdentifier(name))
        return name + QLatin1String(": ");
    QString out;
    elixirQuoted(out, toUcs4(name), '"');
    return out + QLatin1String(": ");
}

bool keywordAtom(const Term &t)
{
    return t.isAtom() && !t.atomName().startsWith(QLatin1String("Elixir."));
}

// Shortest round-trip digits (std::to_chars, locale independent) laid out the way Erlang's
// io_lib_format:fwrite_g/1 and Elixir's inspect do: fixed or scientific, whichever is shorter
// (fixed on a tie), always with a fractional part, scientific from 2^53 on.
QString formatFloat(double v)
{
    if (v == 0)
        return std::signbit(v) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    if (!std::isfinite(v))
        return std::isnan(v) ? QStringLiteral("nan")
                             : (v < 0 ? QStringLiteral("-inf") : QStringLiteral("inf"));
    char buf[64];
    const double a = std::fabs(v);
    const auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
    const std::string sci(buf, r.ptr);
    const size_t e = sci.find('e');
    std::string digits;
    for (size_t i = 0; i < e; ++i) {
        if (sci[i] != '.')
            digits.push_back(sci[i]);
    }
    const int exp10 = std::stoi(sci.substr(e + 1));
    const int len = int(digits.size());
    const int place = exp10 + 1; // value is 0.DIGITS * 10^place

    std::string fixed;
    if (place <= 0)
        fixed = "0." + std::string(size_t(-place), '0') + digits;
    else if (place < len)
        fixed = digits.substr(0, size_t(place)) + "." + digits.substr(size_t(place));
    else
        fixed = digits + std::string(size_t(place - len), '0') + ".0";
    std::string scientific = digits.substr(0, 1) + "." + (len == 1 ? "0" : digits.substr(1)) + "e" +
                             std::to_string(exp10);

    const bool useFixed = fixed.size() <= scientific.size() && a < 9007199254740992.0;
    const std::string &chosen = useFixed ? fixed : scientific;
    return (v < 0 ? QStringLiteral("-") : QString()) +
           QString::fromLatin1(chosen.data(), qsizetype(chosen.size()));
}

QString bigToString(bool negative, const QByteArray &mag, const Options &o)
{
    const QLatin1String sign(negative ? "-" : "");
    if (mag.size() > kMaxDecimalBigBytes) {
        // Hex digits come most significant first, so only what maxChars can show is produced.
        const qsizetype shownBytes = qMin<qsizetype>(mag.size(), qMax(0, o.maxChars) / 2 + 2);
        QString hex;
        for (qsizetype i = mag.size() - 1; i >= mag.size() - shownBytes; --i)
            hex.append(QStringLiteral("%1").arg(uint(quint8(mag.at(i))), 2, 16, QLatin1Char('0')));
        while (hex.startsWith(QLatin1Char('0')))
            hex.remove(0, 1);
        return sign + (isErlang(o) ? QLatin1String("16#") : QLatin1String("0x")) + hex.toUpper();
    }
    // Repeated division of base-2^32 limbs by 10^9.
    std::vector<quint32> limbs(size_t((mag.size() + 3) / 4), 0);
    for (qsizetype i = 0; i < mag.size(); ++i)
        limbs[size_t(i / 4)] |= quint32(quint8(mag.at(i))) << (8 * (i % 4));
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
    if (limbs.empty())
        return QStringLiteral("0");
    std::vector<quint32> chunks; // base 10^9, least significant first
    while (!limbs.empty()) {
        quint64 rem = 0;
        for (size_t i = limbs.size(); i-- > 0;) {
            const quint64 cur = (rem << 32) | limbs[i];
            limbs[i] = quint32(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        chunks.push_back(quint32(rem));
        while (!limbs.empty() && limbs.back() == 0)
            limbs.pop_back();
    }
    QString out = sign + QString::number(chunks.back());
    for (size_t i = chunks.size() - 1; i-- > 0;)
        out.append(QStringLiteral("%1").arg(chunks[i], 9, 10, QLatin1Char('0')));
    return out;
}

QString nodePrefix(const QByteArray &node, const Options &o)
{
    if (o.localNode.isEmpty() || node == o.localNode)
        return QStringLiteral("0");
    const QString name = QString::fromUtf8(node);
    if (isErlang(o))
        return erlangQuotedAtom(name);
    QString out(QLatin1Char(':'));
    elixirQuoted(out, toUcs4(name), '"');
    return out;
}

QString pidText(const NodeId &id, const Options &o)
{
    const QString inner = nodePrefix(id.node, o) + QLatin1Char('.') + QString::number(id.id) +
                          QLatin1Char('.') + QString::number(id.serial) + QLatin1Char('>');
    return (isErlang(o) ? QLatin1String("<") : QLatin1String("#PID<")) + inner;
}

// Same walk as Term's own: elements of a List, then of list-valued tails.
class ListCursor
{
public:
    explicit ListCursor(const Term &t) : m_current(t) { settle(); }
    bool atEnd() const { return m_end; }
    const Term &improperTail() const { return m_improper; }
    Term next()
    {
        const Term e = m_current.at(m_index++);
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
                m_end = m_index >= m_current.size();
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

class Printer
{
public:
    explicit Printer(const Options &o) : m_o(o) {}

    QString run(const Term &root)
    {
        value(root, 1);
        while (!m_stack.empty() && !full())
            step();
        if (!m_stack.empty() || full())
            return cut();
        return m_out;
    }

private:
    struct Frame
    {
        enum class Type { List, Tuple, Map };
        Type type;
        int depth = 0;
        int shown = 0;
        bool keyword = false;   // Elixir keyword list / atom-keyed map
        bool valueNext = false; // Map: the key is out, " => " and the value are next
        bool tailDone = false;  // List: the improper tail has been written
        qsizetype index = 0;
        qsizetype skip = -1; // Map: the __struct__ pair of an Elixir struct
        std::shared_ptr<ListCursor> cursor;
        QVector<Term> elements;
        QVector<std::pair<Term, Term>> pairs;
    };

    bool erl() const { return isErlang(m_o); }
    bool full() const { return m_out.size() > m_o.maxChars; }
    QLatin1String sep() const { return erl() ? QLatin1String(",") : QLatin1String(", "); }

    QString cut() const
    {
        const int keep = qMax(0, m_o.maxChars - int(kMore.size()));
        qsizetype n = qMin<qsizetype>(keep, m_out.size());
        if (n > 0 && n < m_out.size() && m_out.at(n - 1).isHighSurrogate())
            --n;
        return m_out.left(n) + kMore;
    }

    void step();
    void value(const Term &t, int depth);
    void openList(const Term &t, int depth);
    void openMap(const Term &t, int depth);
    bool printableCharlist(const Term &t);
    void binary(const Term &t);

    const Options &m_o;
    QString m_out;
    std::vector<Frame> m_stack;
};

void Printer::value(const Term &t, int depth)
{
    switch (t.kind()) {
    case Term::Kind::Error:
        m_out.append(QLatin1String("#Error<") + t.errorString() + QLatin1Char('>'));
        return;
    case Term::Kind::Atom:
        m_out.append(erl() ? erlangAtom(t.atomName()) : elixirAtom(t.atomName()));
        return;
    case Term::Kind::Integer:
        m_out.append(QString::number(t.toInt()));
        return;
    case Term::Kind::BigInteger:
        m_out.append(bigToString(t.bigNegative(), t.bigMagnitude(), m_o));
        return;
    case Term::Kind::Float:
        m_out.append(formatFloat(t.toDouble()));
        return;
    case Term::Kind::Binary:
    case Term::Kind::BitString:
        binary(t);
        return;
    case Term::Kind::Nil:
        m_out.append(QLatin1String("[]"));
        return;
    case Term::Kind::String:
    case Term::Kind::List:
        if (printableCharlist(t))
            return;
        if (depth > m_o.maxDepth) {
            m_out.append(kMore);
            return;
        }
        openList(t, depth);
        return;
    case Term::Kind::Tuple: {
        if (t.size() == 0) {
            m_out.append(QLatin1String("{}"));
            return;
        }
        if (depth > m_o.maxDepth) {
            m_out.append(kMore);
            return;
        }
        m_out.append(QLatin1Char('{'));
        Frame f;
        f.type = Frame::Type::Tuple;
        f.depth = depth;
        f.elements = t.elements();
        m_stack.push_back(std::move(f));
        return;
    }
    case Term::Kind::Map:
        if (t.size() == 0) {
            m_out.append(erl() ? QLatin1String("#{}") : QLatin1String("%{}"));
            return;
        }
        if (depth > m_o.maxDepth) {
            m_out.append(kMore);
            return;
        }
        openMap(t, depth);
        return;
    case Term::Kind::Pid:
        m_out.append(pidText(t.nodeId(), m_o));
        return;
    case Term::Kind::Port: {
        const NodeId id = t.nodeId();
        m_out.append(QLatin1String("#Port<") + nodePrefix(id.node, m_o) + QLatin1Char('.') +
                     QString::number(id.id) + QLatin1Char('>'));
        return;
    }
    case Term::Kind::Reference: {
        const NodeId id = t.nodeId();
        QString s = (erl() ? QLatin1String("#Ref<") : QLatin1String("#Reference<")) +
                    nodePrefix(id.node, m_o);
        // The runtime prints the most significant word first.
        for (qsizetype i = id.refWords.size() - 1; i >= 0; --i)
            s.append(QLatin1Char('.') + QString::number(id.refWords.at(i)));
        m_out.append(s + QLatin1Char('>'));
        return;
    }
    case Term::Kind::Fun: {
        if (t.isLocalFun()) {
            if (erl())
                m_out.append(QLatin1String("#Fun<") + erlangAtom(t.funModule()) + QLatin1Char('.') +
                             QString::number(t.funIndex()) + QLatin1Char('.') +
                             QString::number(t.funOldUniq()) + QLatin1Char('>'));
            else
                m_out.append(QLatin1String("#Function<") + QString::number(t.funIndex()) +
                             QLatin1Char('.') + QString::number(t.funOldUniq()) + QLatin1Char('/') +
                             QString::number(t.funArity()) + QLatin1String(" in ") +
                             elixirAtom(t.funModule()) + QLatin1Char('>'));
            return;
        }
        if (erl()) {
            m_out.append(QLatin1String("fun ") + erlangAtom(t.funModule()) + QLatin1Char(':') +
                         erlangAtom(t.funName()) + QLatin1Char('/') +
                         QString::number(t.funArity()));
        } else {
            QString name;
            if (elixirIdentifier(t.funName())) {
                name = t.funName();
            } else {
                elixirQuoted(name, toUcs4(t.funName()), '"');
            }
            m_out.append(QLatin1Char('&') + elixirAtom(t.funModule()) + QLatin1Char('.') + name +
                         QLatin1Char('/') + QString::number(t.funArity()));
        }
        return;
    }
    }
}

// Prints t as "abc" (Erlang) / 'abc' (Elixir) when every element is a printable character
// and the list is proper. Returns false, having written nothing, otherwise.
bool Printer::printableCharlist(const Term &t)
{
    std::u32string text;
    const qsizetype limit = qMax(0, m_o.maxBinaryBytes);
    bool cutShort = false;
    if (t.kind() == Term::Kind::String) {
        const QByteArray b = t.bytes();
        for (char ch : b) {
            const char32_t c = quint8(ch);
            if (erl() ? !erlangPrintableLatin1(c) : !elixirPrintableAscii(c))
                return false;
        }
        cutShort = b.size() > limit;
        for (qsizetype i = 0; i < qMin(limit, b.size()); ++i)
            text.push_back(quint8(b.at(i)));
    } else {
        ListCursor cursor(t);
        while (!cursor.atEnd()) {
            const Term e = cursor.next();
            if (e.kind() != Term::Kind::Integer)
                return false;
            const qint64 v = e.toInt();
            if (v < 0 || v > 0x10FFFF)
                return false;
            const char32_t c = char32_t(v);
            if (erl() ? !erlangPrintableLatin1(c) : !elixirPrintableAscii(c))
                return false;
            if (qsizetype(text.size()) < limit)
                text.push_back(c);
            else
                cutShort = true;
        }
        if (cursor.improperTail().kind() != Term::Kind::Nil)
            return false;
    }
    if (erl())
        erlangQuoted(m_out, text, '"');
    else
        elixirQuoted(m_out, text, '\'');
    if (cutShort)
        m_out.append(kMore);
    return true;
}

void Printer::binary(const Term &t)
{
    const QByteArray b = t.bytes();
    const int bits = t.bitsInLastByte();
    const qsizetype whole = bits == 8 ? b.size() : b.size() - 1;
    const qsizetype shown = qMin<qsizetype>(whole, qMax(0, m_o.maxBinaryBytes));
    const bool cutShort = whole > shown;
    const bool partial = bits != 8 && !cutShort;
    const QString partialText =
        partial
            ? QString::number(quint8(b.at(b.size() - 1)) >> (8 - bits)) +
                  (erl() ? QStringLiteral(":%1").arg(bits) : QStringLiteral("::size(%1)").arg(bits))
            : QString();

    if (whole == 0 && !partial) {
        m_out.append(erl() ? QLatin1String("<<>>") : QLatin1String("\"\""));
        return;
    }

    // Like io_lib, a bit string with a partial last byte is always shown as numbers.
    std::u32string text;
    bool utf8 = shown > 0 && !partial && decodeUtf8(b, shown, cutShort, &text);
    bool printable = utf8;
    for (char32_t c : text) {
        if (erl() ? !erlangPrintableUnicode(c) : !elixirPrintableUnicode(c)) {
            printable = false;
            break;
        }
    }
    if (erl() && !printable && shown > 0 && !partial) {
        // Not UTF-8 text; io_lib still shows it as a string when it is printable Latin-1.
        text.clear();
        printable = true;
        utf8 = false;
        for (qsizetype i = 0; i < shown; ++i) {
            const char32_t c = quint8(b.at(i));
            if (!erlangPrintableLatin1(c)) {
                printable = false;
                break;
            }
            text.push_back(c);
        }
    }

    if (printable && erl()) {
        bool ascii = true;
        for (char32_t c : text)
            ascii = ascii && c < 0x80;
        m_out.append(QLatin1String("<<"));
        erlangQuoted(m_out, text, '"');
        if (utf8 && !ascii)
            m_out.append(QLatin1String("/utf8"));
        if (cutShort)
            m_out.append(kMore);
        m_out.append(QLatin1String(">>"));
        return;
    }
    if (printable) {
        elixirQuoted(m_out, text, '"');
        if (cutShort)
            m_out.append(kMore);
        return;
    }

    const QLatin1String s = sep();
    m_out.append(QLatin1String("<<"));
    for (qsizetype i = 0; i < shown; ++i) {
        if (i > 0)
            m_out.append(s);
        m_out.append(QString::number(quint8(b.at(i))));
    }
    if (cutShort)
        m_out.append((shown > 0 ? QString(s) : QString()) + kMore);
    if (partial)
        m_out.append((shown > 0 ? QString(s) : QString()) + partialText);
    m_out.append(QLatin1String(">>"));
}

void Printer::openList(const Term &t, int depth)
{
    Frame f;
    f.type = Frame::Type::List;
    f.depth = depth;
    f.cursor = std::make_shared<ListCursor>(t);
    if (!erl()) {
        // [a: 1, b: 2] when every element is {atom, _} and the list is proper.
        ListCursor probe(t);
        bool keyword = true;
        while (keyword && !probe.atEnd()) {
            const Term e = probe.next();
            keyword = e.isTuple(2) && keywordAtom(e.at(0));
        }
        f.keyword = keyword && probe.improperTail().kind() == Term::Kind::Nil;
    }
    m_out.append(QLatin1Char('['));
    m_stack.push_back(std::move(f));
}

void Printer::openMap(const Term &t, int depth)
{
    Frame f;
    f.type = Frame::Type::Map;
    f.depth = depth;
    f.pairs = t.mapPairs();
    if (erl()) {
        m_out.append(QLatin1String("#{"));
    } else {
        QString structName;
        bool keyword = true;
        for (qsizetype i = 0; i < f.pairs.size(); ++i) {
            const Term &k = f.pairs.at(i).first;
            if (f.skip < 0 && k.isAtom("__struct__") && f.pairs.at(i).second.isAtom()) {
                f.skip = i;
                structName = elixirAtom(f.pairs.at(i).second.atomName());
                continue;
            }
            keyword = keyword && keywordAtom(k);
        }
        f.keyword = keyword;
        m_out.append(f.skip >= 0 ? QLatin1Char('%') + structName + QLatin1Char('{')
                                 : QStringLiteral("%{"));
    }
    m_stack.push_back(std::move(f));
}

// Writes the next piece of the innermost open container. Everything about the frame is
// updated before value() is called, because value() may push a frame and move this one.
void Printer::step()
{
    Frame &f = m_stack.back();
    const int childDepth = f.depth + 1;
    switch (f.type) {
    case Frame::Type::List: {
        if (f.cursor->atEnd()) {
            const Term tail = f.cursor->improperTail();
            if (!f.tailDone && tail.kind() != Term::Kind::Nil) {
                f.tailDone = true;
                m_out.append(erl() ? QLatin1String("|") : QLatin1String(" | "));
                value(tail, childDepth);
                return;
            }
            m_out.append(QLatin1Char(']'));
            m_stack.pop_back();
            return;
        }
        if (f.shown >= m_o.maxElements) {
            if (f.shown > 0)
                m_out.append(erl() ? QLatin1String("|") : QLatin1String(", "));
            m_out.append(kMore + QLatin1Char(']'));
            m_stack.pop_back();
            return;
        }
        if (f.shown > 0)
            m_out.append(sep());
        ++f.shown;
        const Term e = f.cursor->next();
        if (f.keyword) {
            m_out.append(elixirKey(e.at(0).atomName()));
            value(e.at(1), childDepth);
        } else {
            value(e, childDepth);
        }
        return;
    }
    case Frame::Type::Tuple: {
        const QChar close(QLatin1Char('}'));
        if (f.index >= f.elements.size()) {
            m_out.append(close);
            m_stack.pop_back();
            return;
        }
        if (f.shown >= m_o.maxElements) {
            m_out.append((f.shown > 0 ? QString(sep()) : QString()) + kMore + close);
            m_stack.pop_back();
            return;
        }
        if (f.shown > 0)
            m_out.append(sep());
        ++f.shown;
        const Term e = f.elements.at(f.index++);
        value(e, childDepth);
        return;
    }
    case Frame::Type::Map: {
        if (f.valueNext) {
            f.valueNext = false;
            m_out.append(QLatin1String(" => "));
            const Term v = f.pairs.at(f.index++).second;
            value(v, childDepth);
            return;
        }
        if (f.index == f.skip)
            ++f.index;
        if (f.index >= f.pairs.size()) {
            m_out.append(QLatin1Char('}'));
            m_stack.pop_back();
            return;
        }
        if (f.shown >= m_o.maxElements) {
            m_out.append((f.shown > 0 ? QString(sep()) : QString()) + kMore + QLatin1Char('}'));
            m_stack.pop_back();
            return;
        }
        if (f.shown > 0)
            m_out.append(sep());
        ++f.shown;
        const std::pair<Term, Term> p = f.pairs.at(f.index);
        if (f.keyword) {
            ++f.index;
            m_out.append(elixirKey(p.first.atomName()));
            value(p.second, childDepth);
        } else {
            f.valueNext = true;
            value(p.first, childDepth);
        }
        return;
    }
    }
}

} // namespace

QString TermFormatter::format(const Term &term) const
{
    return Printer(m_options).run(term);
}

QString TermFormatter::atom(const QString &name) const
{
    return m_options.syntax == TermSyntax::Erlang ? erlangAtom(name) : elixirAtom(name);
}

QString TermFormatter::call(const Term &mfa) const
{
    if (mfa.isTuple(3) && mfa.at(0).isAtom() && mfa.at(1).isAtom() && mfa.at(2).isInteger()) {
        const QString arity = QString::number(mfa.at(2).toInt());
        if (m_options.syntax == TermSyntax::Elixir)
            return atom(mfa.at(0).atomName()) + QLatin1Char('.') + mfa.at(1).atomName() + QLatin1Char('/') + arity;
        return atom(mfa.at(0).atomName()) + QLatin1Char(':') + atom(mfa.at(1).atomName()) + QLatin1Char('/') + arity;
    }
    if (mfa.isAtom("undefined") || mfa.isError())
        return {};
    return format(mfa);
}

QString TermFormatter::processName(const Term &name, const Term &initialCall) const
{
    if (name.isAtom() && !name.isAtom("undefined") && !name.isList())
        return atom(name.atomName());
    if (name.isTaggedTuple("label", 2))
        return name.at(1).toText();
    return call(initialCall);
}

QString TermFormatter::pid(const NodeId &id) const
{
    return pidText(id, m_options);
}

} // namespace beamtop
