// SPDX-License-Identifier: GPL-3.0-or-later
#include "term/termcodec.h"
#include "term/termformatter.h"

#include <QRandomGenerator>
#include <QtTest>

#include <ei.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

using namespace beamtop;

namespace beamtop {
// Failure messages show the term, not just "Compared values are not the same".
char *toString(const Term &t)
{
    TermFormatter::Options o;
    o.maxChars = 400;
    return QTest::toString(t.isError() ? QLatin1String("Error: ") + t.errorString()
                                       : TermFormatter(o).format(t));
}
} // namespace beamtop

namespace {

// Bytes written by libei's own encoder, the reference we decode against.
QByteArray ei(const std::function<void(ei_x_buff *)> &write)
{
    ei_x_buff x;
    ei_x_new_with_version(&x);
    write(&x);
    QByteArray bytes(x.buff, x.index);
    ei_x_free(&x);
    return bytes;
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray b;
    for (int v : values)
        b.append(char(v));
    return b;
}

QByteArray be32(quint32 v)
{
    return bytes({int(v >> 24), int((v >> 16) & 0xFF), int((v >> 8) & 0xFF), int(v & 0xFF)});
}

NodeId node(const char *name, quint64 id, quint32 serial, quint32 creation,
            QVector<quint32> words = {})
{
    NodeId n;
    n.node = QByteArray(name);
    n.id = id;
    n.serial = serial;
    n.creation = creation;
    n.refWords = words;
    return n;
}

Term atom(const char *name)
{
    return Term::atom(name);
}
Term integer(qint64 v)
{
    return Term::integer(v);
}
Term bin(const char *s)
{
    return Term::binary(QByteArray(s));
}

QByteArray littleEndian(std::initializer_list<int> values)
{
    return bytes(values);
}

// A term with one of every kind, used for truncation and mutation runs.
QByteArray richEncoding()
{
    return ei([](ei_x_buff *x) {
        ei_x_encode_tuple_header(x, 12);
        ei_x_encode_atom(x, "ok");
        ei_x_encode_long(x, -5);
        ei_x_encode_longlong(x, 1LL << 40);
        ei_x_encode_double(x, 2.5);
        ei_x_encode_binary(x, "bin", 3);
        ei_x_encode_bitstring(x, "\xA0", 0, 3);
        ei_x_encode_string(x, "str");
        ei_x_encode_list_header(x, 2);
        ei_x_encode_long(x, 1);
        ei_x_encode_map_header(x, 1);
        ei_x_encode_atom(x, "k");
        ei_x_encode_empty_list(x);
        ei_x_encode_long(x, 3); // improper tail
        erlang_pid pid{};
        std::strcpy(pid.node, "a@b");
        pid.num = 7;
        pid.creation = 3;
        ei_x_encode_pid(x, &pid);
        erlang_port port{};
        std::strcpy(port.node, "a@b");
        port.id = 9;
        port.creation = 3;
        ei_x_encode_port(x, &port);
        erlang_ref ref{};
        std::strcpy(ref.node, "a@b");
        ref.len = 3;
        ref.n[0] = 1;
        ref.n[1] = 2;
        ref.n[2] = 3;
        ref.creation = 3;
        ei_x_encode_ref(x, &ref);
        erlang_big *big = ei_alloc_big(12);
        std::memset(big->digits, 0xAB, 12);
        big->is_neg = 1;
        ei_x_encode_big(x, big);
        ei_free_big(big);
    });
}

// A local fun with two free variables as erts 13 (OTP 25) sent it: term_to_binary of
// fun(Y) -> {X, Z, Y} end with X = node(), Z = {13, [X]} in module g.
QByteArray ertsLocalFun()
{
    return bytes({131, 112, 0,   0,   0,   111, 1,   88,  245, 224, 200, 123, 119, 86,  40,
                  173, 73,  153, 213, 92,  117, 149, 148, 0,   0,   0,   0,   0,   0,   0,
                  2,   100, 0,   1,   103, 97,  0,   98,  2,   199, 175, 6,   88,  100, 0,
                  13,  110, 111, 110, 111, 100, 101, 64,  110, 111, 104, 111, 115, 116, 0,
                  0,   0,   9,   0,   0,   0,   0,   0,   0,   0,   0,   100, 0,   13,  110,
                  111, 110, 111, 100, 101, 64,  110, 111, 104, 111, 115, 116, 104, 2,   97,
                  13,  108, 0,   0,   0,   1,   100, 0,   13,  110, 111, 110, 111, 100, 101,
                  64,  110, 111, 104, 111, 115, 116, 106});
}

QByteArray nestedLists(int depth)
{
    QByteArray b(1, char(131));
    b.reserve(1 + depth * 6 + 1);
    for (int i = 0; i < depth; ++i)
        b.append(bytes({108, 0, 0, 0, 1}));
    b.append(char(106));
    b.append(QByteArray(depth, char(106)));
    return b;
}

QByteArray nestedTuples(int depth)
{
    QByteArray b(1, char(131));
    for (int i = 0; i < depth; ++i)
        b.append(bytes({104, 1}));
    b.append(char(106));
    return b;
}

} // namespace

class TstTerm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // The value type
    void defaultIsError();
    void accessors();
    void toText_data();
    void toText();
    void valueLookup();
    void listPredicates();
    void equality_data();
    void equality();
    void canonicalConstruction();
    void deepTermsAreIterative();

    // Decoding against libei's encoder, and our encoder against both
    void roundTripWithEi_data();
    void roundTripWithEi();
    void ertsFixtures_data();
    void ertsFixtures();
    void legacyIdentifiers();
    void decodeAtIndex();
    void encodeAppends();
    void encodeRefuses_data();
    void encodeRefuses();

    // Hostile input
    void malformed_data();
    void malformed();
    void truncatedAtEveryByte();
    void mutatedInputNeverCrashes();
    void hugeDeclaredSizesFailFast();
    void depthBomb_data();
    void depthBomb();
    void depthLimitBoundary();
    void elementLimit();
    void byteLimit();
    void bigIntegerLimit();
};

void TstTerm::initTestCase()
{
    QCOMPARE(ei_init(), 0);
}

void TstTerm::defaultIsError()
{
    const Term t;
    QVERIFY(t.isError());
    QCOMPARE(t.errorString(), QStringLiteral("empty term"));
    QCOMPARE(Term::error(QStringLiteral("x")).errorString(), QStringLiteral("x"));
    QCOMPARE(atom("a").errorString(), QString());
}

void TstTerm::accessors()
{
    const Term tuple = Term::tuple({atom("ok"), integer(42)});
    QVERIFY(tuple.isTaggedTuple("ok"));
    QVERIFY(tuple.isTaggedTuple("ok", 2));
    QVERIFY(!tuple.isTaggedTuple("ok", 3));
    QVERIFY(!tuple.isTaggedTuple("error"));
    QVERIFY(!Term::tuple({}).isTaggedTuple("ok"));
    QCOMPARE(tuple.size(), 2);
    QCOMPARE(tuple.at(1).toInt(), 42);
    QVERIFY(tuple.at(2).isError());
    QVERIFY(tuple.at(-1).isError());

    QCOMPARE(Term::floating(-2.9).toInt(), qint64(-2));
    QCOMPARE(Term::floating(1e300).toInt(7), qint64(7)); // out of range, not UB
    QCOMPARE(atom("x").toInt(7), qint64(7));
    QCOMPARE(integer(3).toDouble(), 3.0);
    const Term big = Term::bigInteger(true, littleEndian({0, 0, 0, 0, 0, 0, 0, 0, 1})); // -2^64
    QCOMPARE(big.kind(), Term::Kind::BigInteger);
    QCOMPARE(big.toDouble(), -18446744073709551616.0);
    QCOMPARE(big.toInt(-1), qint64(-1));
    QVERIFY(big.bigNegative());
    QCOMPARE(big.bigMagnitude().size(), 9);
    QVERIFY(big.isInteger() && big.isNumber());
    QCOMPARE(integer(-258).bigMagnitude(), littleEndian({2, 1}));
    QVERIFY(integer(-258).bigNegative());

    QVERIFY(Term::boolean(true).toBool());
    QVERIFY(!Term::boolean(false).toBool(true));
    QVERIFY(atom("maybe").toBool(true));

    const Term s = Term::string("ab");
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(1), integer(98));
    QCOMPARE(s.elements(), (QVector<Term>{integer(97), integer(98)}));
    QCOMPARE(s.bytes(), QByteArray("ab"));

    const Term bits = Term::bitString(QByteArray("\xFF"), 3);
    QCOMPARE(bits.kind(), Term::Kind::BitString);
    QCOMPARE(bits.bitsInLastByte(), 3);
    QCOMPARE(bin("x").bitsInLastByte(), 8);

    const Term pid = Term::pid(node("a@b", 1, 2, 3));
    QVERIFY(pid.isPid());
    QCOMPARE(pid.nodeId(), node("a@b", 1, 2, 3));
    QCOMPARE(atom("a").nodeId(), NodeId());

    const Term ef = Term::exportFun(QStringLiteral("lists"), QStringLiteral("map"), 2);
    QCOMPARE(ef.funModule(), QStringLiteral("lists"));
    QCOMPARE(ef.funName(), QStringLiteral("map"));
    QCOMPARE(ef.funArity(), 2);
    QVERIFY(!ef.isLocalFun());
    const Term lf = Term::localFun(QStringLiteral("m"), 1, 4, QByteArray(16, 'u'), 99);
    QVERIFY(lf.isLocalFun());
    QCOMPARE(lf.funIndex(), 4u);
    QCOMPARE(lf.funOldUniq(), 99u);
    QCOMPARE(lf.funUniq(), QByteArray(16, 'u'));
    QCOMPARE(lf.funName(), QString());

    // Copies share their data: a copy of a big term costs nothing and compares equal at once.
    QVector<Term> many(200000, integer(1));
    const Term huge = Term::list(many);
    const Term copy = huge;
    QCOMPARE(copy, huge);
    QCOMPARE(copy.size(), 200000);
}

void TstTerm::toText_data()
{
    QTest::addColumn<Term>("term");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("empty");

    QTest::newRow("utf8 binary") << Term::binary(QByteArray("h\xC3\xA9llo"))
                                 << QStringLiteral("h\u00E9llo") << false;
    QTest::newRow("latin1 string")
        << Term::string(QByteArray("caf\xE9")) << QStringLiteral("caf\u00E9") << false;
    QTest::newRow("atom") << Term::atom(QStringLiteral("\u043F\u0440"))
                          << QStringLiteral("\u043F\u0440") << false;
    QTest::newRow("code points") << Term::list({integer(0x43F), integer(0x1F600)})
                                 << QString::fromUcs4(U"\u043F\U0001F600") << false;
    QTest::newRow("nil") << Term::nil() << QString() << true;
    QTest::newRow("list with string tail")
        << Term::list({integer('a')}, Term::string("bc")) << QStringLiteral("abc") << false;
    QTest::newRow("improper") << Term::list({integer('a')}, integer('b')) << QString() << true;
    QTest::newRow("surrogate") << Term::list({integer(0xD800)}) << QString() << true;
    QTest::newRow("too big") << Term::list({integer(0x110000)}) << QString() << true;
    QTest::newRow("not ints") << Term::list({atom("a")}) << QString() << true;
    QTest::newRow("integer") << integer(5) << QString() << true;
}

void TstTerm::toText()
{
    QFETCH(Term, term);
    QFETCH(QString, text);
    QFETCH(bool, empty);
    QCOMPARE(term.toText(), text);
    QCOMPARE(term.toText().isEmpty(), empty);
}

void TstTerm::valueLookup()
{
    const Term map = Term::map({{atom("a"), integer(1)}, {bin("k"), integer(2)}});
    QCOMPARE(map.value("a"), integer(1));
    QCOMPARE(map.value(bin("k")), integer(2));
    QVERIFY(map.value("b").isError());
    QCOMPARE(map.mapPairs().size(), 2);

    const Term proplist =
        Term::list({atom("flag"), Term::tuple({atom("a"), integer(1)}),
                    Term::tuple({atom("b"), integer(2)}), Term::tuple({atom("a"), integer(3)})});
    QCOMPARE(proplist.value("a"), integer(1)); // first match wins, as proplists:get_value
    QCOMPARE(proplist.value("b"), integer(2));
    QVERIFY(proplist.value("flag").isError());
    QVERIFY(Term::tuple({atom("a"), integer(1)}).value("a").isError());
    QVERIFY(Term::nil().value("a").isError());
}

void TstTerm::listPredicates()
{
    QVERIFY(Term::nil().isList() && Term::nil().isProperList());
    QVERIFY(Term::string("a").isList() && Term::string("a").isProperList());
    QVERIFY(Term::list({integer(1)}).isProperList());
    QVERIFY(Term::list({integer(1)}, integer(2)).isList());
    QVERIFY(!Term::list({integer(1)}, integer(2)).isProperList());
    QVERIFY(Term::list({integer(1)}, Term::string("ab")).isProperList());
    QVERIFY(!Term::tuple({}).isList());
    QCOMPARE(Term::list({integer(1)}, integer(2)).tail(), integer(2));
    QCOMPARE(Term::list({}), Term::nil()); // no empty List kind
    QCOMPARE(Term::list({}).kind(), Term::Kind::Nil);
    QCOMPARE(Term::string("").kind(), Term::Kind::Nil);
}

void TstTerm::equality_data()
{
    QTest::addColumn<Term>("a");
    QTest::addColumn<Term>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("int/float") << integer(1) << Term::floating(1.0) << false;
    QTest::newRow("zero signs") << Term::floating(0.0) << Term::floating(-0.0) << false;
    QTest::newRow("string/list") << Term::string("ab") << Term::list({integer(97), integer(98)})
                                 << true;
    QTest::newRow("string/split list")
        << Term::string("abc") << Term::list({integer(97)}, Term::string("bc")) << true;
    QTest::newRow("string/longer list")
        << Term::string("ab") << Term::list({integer(97), integer(98), integer(99)}) << false;
    QTest::newRow("improper tails")
        << Term::list({integer(1)}, integer(2)) << Term::list({integer(1)}, integer(3)) << false;
    QTest::newRow("chained tails") << Term::list({integer(1)}, Term::list({integer(2)}, atom("t")))
                                   << Term::list({integer(1), integer(2)}, atom("t")) << true;
    QTest::newRow("map order") << Term::map({{atom("a"), integer(1)}, {atom("b"), integer(2)}})
                               << Term::map({{atom("b"), integer(2)}, {atom("a"), integer(1)}})
                               << false;
    QTest::newRow("nested")
        << Term::tuple({Term::list({bin("x")}), Term::map({{integer(1), Term::nil()}})})
        << Term::tuple({Term::list({bin("x")}), Term::map({{integer(1), Term::nil()}})}) << true;
    QTest::newRow("binary/bitstring") << bin("a") << Term::bitString(QByteArray("a"), 7) << false;
    QTest::newRow("atom/binary") << atom("a") << bin("a") << false;
    QTest::newRow("errors") << Term::error(QStringLiteral("x")) << Term::error(QStringLiteral("x"))
                            << true;
    QTest::newRow("pids") << Term::pid(node("a@b", 1, 0, 1)) << Term::pid(node("a@b", 1, 0, 2))
                          << false;
    QTest::newRow("pid/port") << Term::pid(node("a@b", 1, 0, 1)) << Term::port(node("a@b", 1, 0, 1))
                              << false;
    QTest::newRow("funs") << Term::exportFun(QStringLiteral("m"), QStringLiteral("f"), 1)
                          << Term::exportFun(QStringLiteral("m"), QStringLiteral("f"), 2) << false;
}

void TstTerm::equality()
{
    QFETCH(Term, a);
    QFETCH(Term, b);
    QFETCH(bool, equal);
    QCOMPARE(a == b, equal);
    QCOMPARE(b == a, equal);
    QCOMPARE(a != b, !equal);
    // Equal by value, not by sharing (a term compared with itself is equal at the first
    // pointer check): a copy built anew, through the wire or for an error from its text.
    const Term fresh = a.isError() ? Term::error(a.errorString()) : TermDecoder().decode(TermEncoder::encode(a));
    QVERIFY(!fresh.isError() || a.isError());
    QCOMPARE(fresh == a, true);
    QCOMPARE(a == fresh, true);
    QCOMPARE(fresh == b, equal);
}

void TstTerm::canonicalConstruction()
{
    QCOMPARE(Term::bigInteger(false, littleEndian({1, 0, 0, 0, 0, 0, 0, 0, 0, 0})), integer(1));
    QCOMPARE(Term::bigInteger(true, littleEndian({0, 0, 0, 0, 0, 0, 0, 0x80})),
             integer(std::numeric_limits<qint64>::min()));
    QCOMPARE(Term::bigInteger(false, littleEndian({0, 0, 0, 0, 0, 0, 0, 0x80})).kind(),
             Term::Kind::BigInteger);
    QCOMPARE(Term::bigInteger(true, QByteArray()), integer(0));
    QCOMPARE(Term::bitString(QByteArray("ab"), 8), bin("ab"));
    QCOMPARE(Term::bitString(QByteArray(), 0), bin(""));
    QVERIFY(Term::bitString(QByteArray("a"), 0).isError());
    QVERIFY(Term::bitString(QByteArray(), 3).isError());
    // Bits beyond the used ones are not part of the value.
    QCOMPARE(Term::bitString(QByteArray("\xFF"), 3), Term::bitString(QByteArray("\xE0"), 3));
    QCOMPARE(Term::bitString(QByteArray("\xFF"), 3).bytes(), QByteArray("\xE0"));
}

void TstTerm::deepTermsAreIterative()
{
    // Building, comparing, encoding, decoding and destroying a very deep term must not recurse
    // per level.
    const int depth = 100000;
    Term deep = Term::nil();
    Term same = Term::nil();
    for (int i = 0; i < depth; ++i) {
        deep = Term::list({deep});
        same = Term::list({same});
    }
    QCOMPARE(deep, same);

    const QByteArray encoded = TermEncoder::encode(deep);
    QCOMPARE(encoded, nestedLists(depth));
    DecodeLimits limits;
    limits.maxDepth = depth + 1;
    const Term decoded = TermDecoder(limits).decode(encoded);
    QVERIFY2(!decoded.isError(), qPrintable(decoded.errorString()));
    QCOMPARE(decoded, deep);

    // And a much deeper one, built and dropped; only the drop is under test.
    Term deeper = Term::nil();
    for (int i = 0; i < 300000; ++i)
        deeper = i % 3 == 0
                     ? Term::tuple({deeper})
                     : (i % 3 == 1 ? Term::map({{deeper, Term::nil()}}) : Term::list({deeper}));
    deeper = Term();
    QVERIFY(deeper.isError());
}

void TstTerm::roundTripWithEi_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Term>("expected");
    QTest::addColumn<bool>("canonical"); // our encoder must produce exactly the same bytes

    auto row = [](const char *name, const QByteArray &wire, const Term &t, bool canonical = true) {
        QTest::newRow(name) << wire << t << canonical;
    };

    for (qint64 v : {0LL, 1LL, 255LL, 256LL, -1LL, -256LL, (1LL << 27) - 1, -(1LL << 27)}) {
        row(qPrintable(QStringLiteral("long %1").arg(v)),
            ei([v](ei_x_buff *x) { ei_x_encode_long(x, long(v)); }), integer(v));
    }
    // libei stops using INTEGER_EXT at 28 bits; the runtime (and we) use all 32.
    for (qint64 v : {1LL << 27, (1LL << 31) - 1, -(1LL << 31)}) {
        row(qPrintable(QStringLiteral("long %1 (libei uses a bignum)").arg(v)),
            ei([v](ei_x_buff *x) { ei_x_encode_longlong(x, v); }), integer(v), false);
    }
    for (qint64 v : {1LL << 40, -(1LL << 40), std::numeric_limits<qint64>::max(),
                     std::numeric_limits<qint64>::min()}) {
        row(qPrintable(QStringLiteral("longlong %1").arg(v)),
            ei([v](ei_x_buff *x) { ei_x_encode_longlong(x, v); }), integer(v));
    }
    row("ulonglong max", ei([](ei_x_buff *x) { ei_x_encode_ulonglong(x, ~0ULL); }),
        Term::bigInteger(false, QByteArray(8, char(0xFF))));

    auto bigRow = [&](const char *name, int n, bool negative) {
        QByteArray mag(n, 0);
        for (int i = 0; i < n; ++i)
            mag[i] = char((i * 37 + 11) & 0xFF);
        mag[n - 1] = char(0x7F);
        row(name, ei([&](ei_x_buff *x) {
                erlang_big *b = ei_alloc_big(unsigned(n));
                std::memcpy(b->digits, mag.constData(), size_t(n));
                b->is_neg = negative;
                ei_x_encode_big(x, b);
                ei_free_big(b);
            }),
            Term::bigInteger(negative, mag));
    };
    bigRow("small big", 25, false);
    bigRow("small big negative", 25, true);
    bigRow("large big", 300, true);

    for (double v : {0.0, -0.0, 1.5, -1e300, 5e-324, 0.1}) {
        row(qPrintable(QStringLiteral("double %1").arg(v)),
            ei([v](ei_x_buff *x) { ei_x_encode_double(x, v); }), Term::floating(v));
    }

    row("atom", ei([](ei_x_buff *x) { ei_x_encode_atom(x, "ok"); }), atom("ok"));
    row("empty atom", ei([](ei_x_buff *x) { ei_x_encode_atom(x, ""); }), atom(""));
    row("latin1 atom", ei([](ei_x_buff *x) {
            ei_x_encode_atom_len_as(x, "caf\xE9", 4, ERLANG_LATIN1, ERLANG_UTF8);
        }),
        Term::atom(QStringLiteral("caf\u00E9")));
    row("utf8 atom", ei([](ei_x_buff *x) {
            ei_x_encode_atom_as(x, "\xD0\xBF\xD1\x80\xF0\x9F\x98\x80", ERLANG_UTF8, ERLANG_UTF8);
        }),
        Term::atom(QString::fromUcs4(U"\u043F\u0440\U0001F600")));
    {
        // libei writes ATOM_UTF8_EXT from 255 bytes on; the runtime keeps SMALL_ATOM_UTF8_EXT
        // up to 255 bytes, and so do we.
        const QByteArray name(255, 'z');
        row("255-char atom", ei([&](ei_x_buff *x) { ei_x_encode_atom(x, name.constData()); }),
            Term::atom(QString::fromLatin1(name)), false);
    }
    {
        // 255 two-byte characters: 510 bytes, so ATOM_UTF8_EXT with a 16-bit length.
        QByteArray name;
        for (int i = 0; i < 255; ++i)
            name.append("\xC3\xA9");
        row("long utf8 atom", ei([&](ei_x_buff *x) {
                ei_x_encode_atom_as(x, name.constData(), ERLANG_UTF8, ERLANG_UTF8);
            }),
            Term::atom(QString::fromUtf8(name)));
    }

    row("empty binary", ei([](ei_x_buff *x) { ei_x_encode_binary(x, "", 0); }), bin(""));
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        row("binary", ei([&](ei_x_buff *x) { ei_x_encode_binary(x, all.constData(), 256); }),
            Term::binary(all));
    }
    row("bitstring", ei([](ei_x_buff *x) { ei_x_encode_bitstring(x, "\xFF\xFF", 0, 11); }),
        Term::bitString(QByteArray("\xFF\xE0"), 3));

    row("string", ei([](ei_x_buff *x) { ei_x_encode_string(x, "abc"); }), Term::string("abc"));
    row("empty string", ei([](ei_x_buff *x) { ei_x_encode_string(x, ""); }), Term::nil());
    {
        const QByteArray s(70000, 'q');
        row("long string (a list on the wire)",
            ei([&](ei_x_buff *x) { ei_x_encode_string(x, s.constData()); }), Term::string(s));
    }

    row("nil", ei([](ei_x_buff *x) { ei_x_encode_empty_list(x); }), Term::nil());
    row("list", ei([](ei_x_buff *x) {
            ei_x_encode_list_header(x, 3);
            ei_x_encode_long(x, 1);
            ei_x_encode_atom(x, "a");
            ei_x_encode_binary(x, "x", 1);
            ei_x_encode_empty_list(x);
        }),
        Term::list({integer(1), atom("a"), bin("x")}));
    row("improper list", ei([](ei_x_buff *x) {
            ei_x_encode_list_header(x, 1);
            ei_x_encode_long(x, 1);
            ei_x_encode_long(x, 2);
        }),
        Term::list({integer(1)}, integer(2)));
    row("empty tuple", ei([](ei_x_buff *x) { ei_x_encode_tuple_header(x, 0); }), Term::tuple({}));
    row("tuple", ei([](ei_x_buff *x) {
            ei_x_encode_tuple_header(x, 2);
            ei_x_encode_atom(x, "ok");
            ei_x_encode_tuple_header(x, 1);
            ei_x_encode_empty_list(x);
        }),
        Term::tuple({atom("ok"), Term::tuple({Term::nil()})}));
    {
        QVector<Term> elements;
        for (int i = 0; i < 300; ++i)
            elements.append(integer(i));
        row("large tuple", ei([](ei_x_buff *x) {
                ei_x_encode_tuple_header(x, 300);
                for (int i = 0; i < 300; ++i)
                    ei_x_encode_long(x, i);
            }),
            Term::tuple(elements));
    }
    row("empty map", ei([](ei_x_buff *x) { ei_x_encode_map_header(x, 0); }), Term::map({}));
    row("map", ei([](ei_x_buff *x) {
            ei_x_encode_map_header(x, 2);
            ei_x_encode_atom(x, "a");
            ei_x_encode_long(x, 1);
            ei_x_encode_binary(x, "k", 1);
            ei_x_encode_list_header(x, 1);
            ei_x_encode_long(x, 1);
            ei_x_encode_empty_list(x);
        }),
        Term::map({{atom("a"), integer(1)}, {bin("k"), Term::list({integer(1)})}}));

    {
        erlang_pid p{};
        std::strcpy(p.node, "app@host");
        p.num = 123;
        p.serial = 4;
        p.creation = 1795695126;
        row("pid", ei([&](ei_x_buff *x) { ei_x_encode_pid(x, &p); }),
            Term::pid(node("app@host", 123, 4, 1795695126)));
    }
    for (quint64 id : {quint64(5), quint64(1) << 28, quint64(1) << 40}) {
        erlang_port p{};
        std::strcpy(p.node, "app@host");
        p.id = id;
        p.creation = 7;
        // libei switches to V4_PORT_EXT above 28 bits, the runtime above 32.
        const bool canonical = id < (quint64(1) << 28) || id > 0xFFFFFFFFu;
        row(qPrintable(QStringLiteral("port %1").arg(id)),
            ei([&](ei_x_buff *x) { ei_x_encode_port(x, &p); }),
            Term::port(node("app@host", id, 0, 7)), canonical);
    }
    for (int len : {1, 3, 5}) {
        erlang_ref r{};
        std::strcpy(r.node, "app@host");
        r.len = len;
        QVector<quint32> words;
        for (int i = 0; i < len; ++i) {
            r.n[i] = 0xF0000000u + unsigned(i);
            words.append(r.n[i]);
        }
        r.creation = 9;
        row(qPrintable(QStringLiteral("ref %1 words").arg(len)),
            ei([&](ei_x_buff *x) { ei_x_encode_ref(x, &r); }),
            Term::reference(node("app@host", 0, 0, 9, words)));
    }
    {
        erlang_fun f{};
        f.type = erlang_fun::EI_FUN_EXPORT;
        std::strcpy(f.module, "lists");
        char name[] = "map";
        f.u.exprt.func = name;
        f.arity = 2;
        row("export fun", ei([&](ei_x_buff *x) { ei_x_encode_fun(x, &f); }),
            Term::exportFun(QStringLiteral("lists"), QStringLiteral("map"), 2));
    }
    row("rich", richEncoding(),
        Term::tuple({atom("ok"), integer(-5), integer(1LL << 40), Term::floating(2.5), bin("bin"),
                     Term::bitString(QByteArray("\xA0"), 3), Term::string("str"),
                     Term::list({integer(1), Term::map({{atom("k"), Term::nil()}})}, integer(3)),
                     Term::pid(node("a@b", 7, 0, 3)), Term::port(node("a@b", 9, 0, 3)),
                     Term::reference(node("a@b", 0, 0, 3, {1, 2, 3})),
                     Term::bigInteger(true, QByteArray(12, char(0xAB)))}));
}

void TstTerm::roundTripWithEi()
{
    QFETCH(QByteArray, wire);
    QFETCH(Term, expected);
    QFETCH(bool, canonical);

    const Term decoded = TermDecoder().decode(wire);
    QVERIFY2(!decoded.isError(), qPrintable(decoded.errorString()));
    QCOMPARE(decoded, expected);

    const QByteArray ours = TermEncoder::encode(expected);
    QVERIFY(!ours.isEmpty());
    if (canonical)
        QCOMPARE(ours, wire);
    QCOMPARE(TermDecoder().decode(ours), expected);
    QCOMPARE(TermEncoder::encode(decoded), ours);

    // libei walks our encoding to the end too (trusted input here, so its decoder is fine).
    int index = 0;
    int version = 0;
    QCOMPARE(ei_decode_version(ours.constData(), &index, &version), 0);
    QCOMPARE(ei_skip_term(ours.constData(), &index), 0);
    QCOMPARE(index, int(ours.size()));
    if (expected.kind() == Term::Kind::Integer) {
        long long v = 0;
        index = 1;
        QCOMPARE(ei_decode_longlong(ours.constData(), &index, &v), 0);
        QCOMPARE(qint64(v), expected.toInt());
    }
}

void TstTerm::ertsFixtures_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Term>("expected");

    // term_to_binary output of erts 13 (OTP 25), which still sends Latin-1 atoms as ATOM_EXT.
    QTest::newRow("mixed")
        << bytes({131, 104, 10,  100, 0,   2,   111, 107, 108, 0,   0,  0,  2,   97,  1,   97,
                  2,   97,  3,   116, 0,   0,   0,   1,   100, 0,   1,  97, 109, 0,   0,   0,
                  1,   120, 107, 0,   3,   115, 116, 114, 100, 0,   10, 69, 108, 105, 120, 105,
                  114, 46,  70,  111, 111, 98,  255, 255, 255, 251, 98, 0,  1,   17,  112, 110,
                  9,   0,   0,   0,   0,   0,   0,   0,   0,   0,   64, 70, 64,  4,   0,   0,
                  0,   0,   0,   0,   77,  0,   0,   0,   1,   3,   32})
        << Term::tuple({atom("ok"), Term::list({integer(1), integer(2)}, integer(3)),
                        Term::map({{atom("a"), bin("x")}}), Term::string("str"), atom("Elixir.Foo"),
                        integer(-5), integer(70000),
                        Term::bigInteger(false, littleEndian({0, 0, 0, 0, 0, 0, 0, 0, 64})),
                        Term::floating(2.5), Term::bitString(QByteArray("\x20"), 3)});
    QTest::newRow("latin1 ATOM_EXT")
        << bytes({131, 100, 0, 2, 0xC3, 0xA9}) << Term::atom(QStringLiteral("\u00C3\u00A9"));
    QTest::newRow("SMALL_ATOM_EXT")
        << bytes({131, 115, 1, 0xE9}) << Term::atom(QStringLiteral("\u00E9"));
    {
        QByteArray f = bytes({131, 99});
        f.append(QByteArray("1.50000000000000000000e+00").leftJustified(31, '\0')); // "%.20e"
        QTest::newRow("FLOAT_EXT") << f << Term::floating(1.5);
    }
    QTest::newRow("export fun (ATOM_EXT)")
        << bytes({131, 113, 100, 0, 5, 108, 105, 115, 116, 115, 100, 0, 3, 109, 97, 112, 97, 2})
        << Term::exportFun(QStringLiteral("lists"), QStringLiteral("map"), 2);
    QTest::newRow("local fun with environment")
        << ertsLocalFun()
        << Term::localFun(
               QStringLiteral("g"), 1, 0,
               bytes({88, 245, 224, 200, 123, 119, 86, 40, 173, 73, 153, 213, 92, 117, 149, 148}),
               46640902);
    QTest::newRow("LIST_EXT of length 0") << bytes({131, 108, 0, 0, 0, 0, 97, 7}) << integer(7);
    QTest::newRow("LARGE_TUPLE_EXT small")
        << bytes({131, 105, 0, 0, 0, 1, 106}) << Term::tuple({Term::nil()});
    QTest::newRow("LARGE_BIG_EXT small") << bytes({131, 111, 0, 0, 0, 1, 1, 5}) << integer(-5);
    QTest::newRow("SMALL_BIG_EXT zero") << bytes({131, 110, 0, 0}) << integer(0);
    QTest::newRow("STRING_EXT empty") << bytes({131, 107, 0, 0}) << Term::nil();
}

void TstTerm::ertsFixtures()
{
    QFETCH(QByteArray, wire);
    QFETCH(Term, expected);
    const Term decoded = TermDecoder().decode(wire);
    QVERIFY2(!decoded.isError(), qPrintable(decoded.errorString()));
    QCOMPARE(decoded, expected);
    if (!decoded.isLocalFun()) {
        const QByteArray ours = TermEncoder::encode(decoded);
        QVERIFY(!ours.isEmpty());
        QCOMPARE(TermDecoder().decode(ours), expected);
    }
}

void TstTerm::legacyIdentifiers()
{
    const QByteArray nodeAtom = bytes({100, 0, 3, 'a', '@', 'b'});
    auto decode = [](const QByteArray &b) { return TermDecoder().decode(b); };

    QCOMPARE(decode(bytes({131, 103}) + nodeAtom + be32(5) + be32(6) + bytes({2})),
             Term::pid(node("a@b", 5, 6, 2)));
    QCOMPARE(decode(bytes({131, 102}) + nodeAtom + be32(5) + bytes({2})),
             Term::port(node("a@b", 5, 0, 2)));
    QCOMPARE(decode(bytes({131, 120}) + nodeAtom + be32(1) + be32(2) + be32(3)),
             Term::port(node("a@b", (quint64(1) << 32) | 2, 0, 3)));
    QCOMPARE(decode(bytes({131, 114, 0, 2}) + nodeAtom + bytes({1}) + be32(10) + be32(11)),
             Term::reference(node("a@b", 0, 0, 1, {10, 11})));
    QCOMPARE(decode(bytes({131, 101}) + nodeAtom + be32(10) + bytes({1})),
             Term::reference(node("a@b", 0, 0, 1, {10})));
    // Re-encoded in the current forms, which decode to the same identity.
    const Term pid = decode(bytes({131, 103}) + nodeAtom + be32(5) + be32(6) + bytes({2}));
    QCOMPARE(TermEncoder::encode(pid),
             bytes({131, 88, 119, 3, 'a', '@', 'b'}) + be32(5) + be32(6) + be32(2));
}

void TstTerm::decodeAtIndex()
{
    const QByteArray two =
        TermEncoder::encode(atom("a")) + TermEncoder::encode(integer(300), false);
    int index = 0;
    const TermDecoder decoder;
    QCOMPARE(decoder.decode(two.constData(), int(two.size()), &index, true), atom("a"));
    QCOMPARE(index, 4);
    QCOMPARE(decoder.decode(two.constData(), int(two.size()), &index, false), integer(300));
    QCOMPARE(index, int(two.size()));
    // A failed decode leaves the index alone.
    QVERIFY(decoder.decode(two.constData(), int(two.size()), &index, false).isError());
    QCOMPARE(index, int(two.size()));
    QVERIFY(decoder.decode(nullptr, 0, &index, false).isError());
    index = 5;
    QVERIFY(decoder.decode(two.constData(), 3, &index, false).isError());
    QCOMPARE(decoder.decode(TermEncoder::encode(atom("x"), false), false), atom("x"));
}

void TstTerm::encodeAppends()
{
    QByteArray out("prefix");
    QVERIFY(TermEncoder::encode(integer(1), &out, false));
    QCOMPARE(out, QByteArray("prefix") + bytes({97, 1}));
    QVERIFY(!TermEncoder::encode(Term(), &out));
    QCOMPARE(out, QByteArray("prefix") + bytes({97, 1}));
    QVERIFY(!TermEncoder::encode(integer(1), nullptr));
}

void TstTerm::encodeRefuses_data()
{
    QTest::addColumn<Term>("term");
    QTest::newRow("error") << Term();
    QTest::newRow("nested error") << Term::tuple({integer(1), Term::list({Term()})});
    QTest::newRow("error in map") << Term::map({{atom("a"), Term()}});
    QTest::newRow("local fun") << Term::localFun(QStringLiteral("m"), 0, 0, QByteArray(16, 0));
    QTest::newRow("nan") << Term::floating(std::nan(""));
    QTest::newRow("infinity") << Term::floating(INFINITY);
    QTest::newRow("256-char atom") << Term::atom(QString(256, QLatin1Char('a')));
    QTest::newRow("ref without words") << Term::reference(node("a@b", 0, 0, 0));
    QTest::newRow("64-bit pid") << Term::pid(node("a@b", quint64(1) << 33, 0, 0));
}

void TstTerm::encodeRefuses()
{
    QFETCH(Term, term);
    QVERIFY(TermEncoder::encode(term).isEmpty());
}

void TstTerm::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("message"); // a fragment of the error

    const QByteArray v = bytes({131});
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no version byte");
    QTest::newRow("bad version") << bytes({130, 106}) << QStringLiteral("version byte is 130");
    QTest::newRow("version only") << v << QStringLiteral("at byte 1: a term needs 1");
    QTest::newRow("unknown tag") << v + bytes({200})
                                 << QStringLiteral("unknown or unsupported tag 200");
    QTest::newRow("tag 0") << v + bytes({0}) << QStringLiteral("unknown or unsupported tag 0");
    QTest::newRow("old FUN_EXT") << v + bytes({117, 0, 0, 0, 0}) << QStringLiteral("tag 117");
    QTest::newRow("LOCAL_EXT") << v + bytes({121, 0}) << QStringLiteral("tag 121");
    QTest::newRow("compressed") << v + bytes({80, 0, 0, 0, 10, 120, 156})
                                << QStringLiteral("COMPRESSED_EXT");
    QTest::newRow("atom cache ref") << v + bytes({82, 0}) << QStringLiteral("atom cache");
    QTest::newRow("nested version") << v + bytes({108, 0, 0, 0, 1, 131, 106, 106})
                                    << QStringLiteral("at byte 6: unexpected version byte");
    QTest::newRow("trailing garbage")
        << v + bytes({106, 0, 0}) << QStringLiteral("at byte 2: 2 bytes of trailing garbage");

    const QByteArray max32 = bytes({255, 255, 255, 255});
    const QByteArray ten(10, char(97));
    QTest::newRow("huge binary") << v + bytes({109}) + max32 + ten
                                 << QStringLiteral("BINARY_EXT needs 4294967295");
    QTest::newRow("huge bitstring")
        << v + bytes({77}) + max32 + bytes({3}) + ten << QStringLiteral("BIT_BINARY_EXT needs");
    QTest::newRow("huge list") << v + bytes({108}) + max32 + ten
                               << QStringLiteral(
                                      "declares 4294967296 elements but only 10 bytes remain");
    QTest::newRow("huge tuple") << v + bytes({105}) + max32 + ten
                                << QStringLiteral("declares 4294967295 elements");
    QTest::newRow("huge map") << v + bytes({116}) + max32 + ten
                              << QStringLiteral("declares 8589934590 elements");
    QTest::newRow("huge small tuple")
        << v + bytes({104, 255}) + ten << QStringLiteral("declares 255 elements");
    QTest::newRow("huge string") << v + bytes({107, 255, 255}) + ten
                                 << QStringLiteral("STRING_EXT needs 65535");
    QTest::newRow("huge atom") << v + bytes({118, 255, 255}) + ten
                               << QStringLiteral("atom needs 65535");
    QTest::newRow("huge big") << v + bytes({111}) + max32 + bytes({0}) + ten
                              << QStringLiteral("big integer of 4294967295 bytes");
    QTest::newRow("huge ref") << v + bytes({90, 255, 255, 100, 0, 0}) + ten
                              << QStringLiteral("reference with 65535 words");
    QTest::newRow("huge fun env") << v + bytes({112, 0, 0, 0, 46, 0}) + QByteArray(16, 0) +
                                         be32(0) + max32 +
                                         bytes(
                                             {100, 0, 1, 'm', 97, 0, 97, 0, 103, 100, 0, 1, 'n'}) +
                                         be32(0) + be32(0) + bytes({0})
                                  << QStringLiteral("declares 4294967295 elements");
    QTest::newRow("siblings do not fit")
        << v + bytes({104, 3, 109, 0, 0, 0, 2, 'a', 'b', 106})
        << QStringLiteral("BINARY_EXT needs 4 more bytes but only 3 remain");

    QTest::newRow("utf8 atom: bad byte")
        << v + bytes({119, 3, 'a', 0xFF, 'b'}) << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8 atom: overlong")
        << v + bytes({119, 2, 0xC0, 0x80}) << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8 atom: overlong 3")
        << v + bytes({119, 3, 0xE0, 0x80, 0x80}) << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8 atom: surrogate")
        << v + bytes({119, 3, 0xED, 0xA0, 0x80}) << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8 atom: beyond U+10FFFF")
        << v + bytes({119, 4, 0xF4, 0x90, 0x80, 0x80}) << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8 atom: cut sequence")
        << v + bytes({119, 2, 'a', 0xE2}) << QStringLiteral("not valid UTF-8");
    QTest::newRow("utf8 atom: lone continuation")
        << v + bytes({118, 0, 1, 0x80}) << QStringLiteral("not valid UTF-8");
    {
        QByteArray longAtom = v + bytes({118, 1, 0});
        longAtom.append(QByteArray(256, 'a'));
        QTest::newRow("utf8 atom: 256 chars")
            << longAtom << QStringLiteral("256 characters is longer than 255");
        QByteArray longLatin1 = v + bytes({100, 1, 0});
        longLatin1.append(QByteArray(256, 'a'));
        QTest::newRow("latin1 atom: 256 chars") << longLatin1 << QStringLiteral("256 characters");
    }

    QTest::newRow("bits 0 with data")
        << v + bytes({77, 0, 0, 0, 1, 0, 1}) << QStringLiteral("cannot have 0 bits");
    QTest::newRow("bits 9") << v + bytes({77, 0, 0, 0, 1, 9, 1})
                            << QStringLiteral("cannot have 9 bits");
    QTest::newRow("bits without data")
        << v + bytes({77, 0, 0, 0, 0, 3}) << QStringLiteral("cannot have 3 bits");
    QTest::newRow("big sign 2") << v + bytes({110, 1, 2, 5}) << QStringLiteral("sign byte is 2");
    QTest::newRow("float NaN") << v + bytes({70, 0x7F, 0xF8, 0, 0, 0, 0, 0, 0})
                               << QStringLiteral("not finite");
    QTest::newRow("float inf") << v + bytes({70, 0x7F, 0xF0, 0, 0, 0, 0, 0, 0})
                               << QStringLiteral("not finite");
    {
        QByteArray f = v + bytes({99});
        f.append(QByteArray("inf").leftJustified(31, '\0'));
        QTest::newRow("FLOAT_EXT inf") << f << QStringLiteral("FLOAT_EXT does not hold");
        QByteArray g = v + bytes({99});
        g.append(QByteArray(31, '\0'));
        QTest::newRow("FLOAT_EXT empty") << g << QStringLiteral("FLOAT_EXT does not hold");
        QByteArray h = v + bytes({99});
        h.append(QByteArray("1.5 junk").leftJustified(31, '\0'));
        QTest::newRow("FLOAT_EXT junk") << h << QStringLiteral("FLOAT_EXT does not hold");
    }
    QTest::newRow("ref without words")
        << v + bytes({90, 0, 0, 100, 0, 0}) + be32(0) << QStringLiteral("reference with 0 words");
    QTest::newRow("ref with 6 words")
        << v + bytes({90, 0, 6, 100, 0, 0}) + be32(0) + QByteArray(24, 0)
        << QStringLiteral("reference with 6 words");
    QTest::newRow("pid node not an atom")
        << v + bytes({88, 97, 1}) + QByteArray(12, 0)
        << QStringLiteral("node name must be an atom, found tag 97");
    QTest::newRow("export arity not small int")
        << v + bytes({113, 100, 0, 1, 'm', 100, 0, 1, 'f', 98}) + be32(2)
        << QStringLiteral("arity must be a SMALL_INTEGER_EXT");
    {
        QByteArray fun = ertsLocalFun();
        fun[5] = char(fun.at(5) + 1); // Size field one too large
        QTest::newRow("fun size mismatch")
            << fun + bytes({0}) << QStringLiteral("NEW_FUN_EXT size field");
        QByteArray fun2 = ertsLocalFun();
        fun2[37] = char(100); // OldUniq is INTEGER_EXT (98); make it an atom tag
        QTest::newRow("fun OldUniq not integer")
            << fun2 << QStringLiteral("fun OldUniq must be a small integer");
    }
}

void TstTerm::malformed()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, message);
    const Term t = TermDecoder().decode(wire);
    QVERIFY(t.isError());
    QVERIFY2(t.errorString().contains(message), qPrintable(t.errorString()));
}

void TstTerm::truncatedAtEveryByte()
{
    for (const QByteArray &whole : {richEncoding(), ertsLocalFun(), nestedLists(40)}) {
        const TermDecoder decoder;
        QVERIFY(!decoder.decode(whole).isError());
        for (int n = 0; n < whole.size(); ++n) {
            const QByteArray cut = whole.left(n);
            const Term t = decoder.decode(cut);
            QVERIFY2(t.isError(), qPrintable(QStringLiteral("prefix of %1 bytes decoded").arg(n)));
            QVERIFY(t.errorString().startsWith(QLatin1String("malformed term at byte ")));
            // Same with an explicit length over a larger buffer: the length is what counts.
            int index = 0;
            QVERIFY(decoder.decode(whole.constData(), n, &index, true).isError());
            QCOMPARE(index, 0);
        }
    }
}

void TstTerm::mutatedInputNeverCrashes()
{
    // Deterministic byte flips over a valid term: anything may come out except a crash; what
    // does decode must re-encode and decode to itself.
    QRandomGenerator rng(12345);
    const QByteArray base = richEncoding();
    DecodeLimits limits;
    limits.maxBytes = 1 << 20;
    const TermDecoder decoder(limits);
    int decoded = 0;
    for (int round = 0; round < 5000; ++round) {
        QByteArray b = base;
        const int flips = 1 + int(rng.bounded(3));
        for (int i = 0; i < flips; ++i)
            b[int(rng.bounded(quint32(b.size())))] = char(rng.bounded(256));
        const Term t = decoder.decode(b);
        if (t.isError())
            continue;
        ++decoded;
        const QByteArray again = TermEncoder::encode(t);
        QVERIFY(!again.isEmpty());
        QCOMPARE(TermDecoder().decode(again), t);
    }
    QVERIFY(decoded > 0);
}

void TstTerm::hugeDeclaredSizesFailFast()
{
    // 2^32-1 elements promised with 10 bytes left: rejected from the header, no allocation.
    const QByteArray ten(10, char(106));
    const QList<QByteArray> inputs = {bytes({131, 108, 255, 255, 255, 255}) + ten,
                                      bytes({131, 105, 255, 255, 255, 255}) + ten,
                                      bytes({131, 116, 255, 255, 255, 255}) + ten,
                                      bytes({131, 109, 255, 255, 255, 255}) + ten,
                                      bytes({131, 111, 255, 255, 255, 255, 0}) + ten,
                                      bytes({131, 104, 2, 108, 255, 255, 255, 250, 106}) + ten};
    // Where each is refused: at the header that makes the promise, before anything is read or
    // allocated for it (a decoder that allocated first would also fail under ASan: 2^32 terms).
    // The message names the promise: elements (a list's tail counts too, a map's pairs twice),
    // bytes, or a big integer's size.
    const QList<std::pair<int, const char *>> refusals = {
        {1, "declares 4294967296 elements but only 10 bytes remain"},
        {1, "declares 4294967295 elements but only 10 bytes remain"},
        {1, "declares 8589934590 elements but only 10 bytes remain"},
        {1, "needs 4294967295 more bytes but only 10 remain"},
        {1, "big integer of 4294967295 bytes exceeds the limit"},
        {3, "declares 4294967291 elements but only 10 bytes remain"}};
    QCOMPARE(refusals.size(), inputs.size());
    const TermDecoder decoder;
    for (int i = 0; i < inputs.size(); ++i) {
        const Term t = decoder.decode(inputs.at(i));
        QVERIFY(t.isError());
        QVERIFY2(t.errorString().startsWith(QStringLiteral("malformed term at byte %1: ").arg(refusals.at(i).first)),
                 qPrintable(t.errorString()));
        QVERIFY2(t.errorString().contains(QLatin1String(refusals.at(i).second)), qPrintable(t.errorString()));
    }
}

void TstTerm::depthBomb_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("levelBytes"); // bytes of one nesting level's header
    QTest::newRow("1,000,000 nested lists") << nestedLists(1000000) << 5;
    QTest::newRow("1,000,000 nested tuples") << nestedTuples(1000000) << 2;
    QByteArray maps(1, char(131));
    for (int i = 0; i < 1000000; ++i)
        maps.append(bytes({116, 0, 0, 0, 1, 106}));
    maps.append(char(106));
    QTest::newRow("1,000,000 nested map values") << maps << 6;
}

void TstTerm::depthBomb()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, levelBytes);
    const Term t = TermDecoder().decode(wire);
    QVERIFY(t.isError());
    // Refused at the 513th level's header: the rest of the million was never walked.
    const QString at = QStringLiteral("malformed term at byte %1: ").arg(1 + 512 * levelBytes);
    QVERIFY2(t.errorString().startsWith(at), qPrintable(t.errorString()));
    QVERIFY2(t.errorString().contains(QLatin1String("nested deeper than 512")),
             qPrintable(t.errorString()));
}

void TstTerm::depthLimitBoundary()
{
    QVERIFY(!TermDecoder().decode(nestedTuples(512)).isError());
    QVERIFY(TermDecoder().decode(nestedTuples(513)).isError());
    QVERIFY(!TermDecoder().decode(nestedLists(512)).isError());
    QVERIFY(TermDecoder().decode(nestedLists(513)).isError());

    DecodeLimits limits;
    limits.maxDepth = 3;
    QVERIFY(!TermDecoder(limits).decode(nestedTuples(3)).isError());
    QVERIFY(TermDecoder(limits).decode(nestedTuples(4)).isError());

    // The encoder copes with what the decoder accepts, and far more.
    const Term t = TermDecoder().decode(nestedTuples(512));
    QCOMPARE(TermEncoder::encode(t), nestedTuples(512));
}

void TstTerm::elementLimit()
{
    DecodeLimits limits;
    limits.maxElements = 50;
    const TermDecoder decoder(limits);

    QVector<Term> fifty;
    for (int i = 0; i < 49; ++i)
        fifty.append(integer(i));
    QVERIFY(!decoder.decode(TermEncoder::encode(Term::tuple(fifty))).isError()); // 49 + the tuple
    fifty.append(integer(49));
    const Term over = decoder.decode(TermEncoder::encode(Term::tuple(fifty)));
    QVERIFY(over.isError());
    QVERIFY2(over.errorString().contains(QLatin1String("more than 50 terms")),
             qPrintable(over.errorString()));

    // Counted across nesting too, not just per container.
    Term nested = integer(0);
    for (int i = 0; i < 60; ++i)
        nested = Term::tuple({nested});
    limits.maxDepth = 100;
    QVERIFY(TermDecoder(limits).decode(TermEncoder::encode(nested)).isError());
    // A list's tail is a term too.
    limits.maxElements = 3;
    QVERIFY(!TermDecoder(limits).decode(TermEncoder::encode(Term::list({integer(1)}))).isError());
    QVERIFY(TermDecoder(limits)
                .decode(TermEncoder::encode(Term::list({integer(1), integer(2)})))
                .isError());
}

void TstTerm::byteLimit()
{
    DecodeLimits limits;
    limits.maxBytes = 50;
    const TermDecoder decoder(limits);
    QVERIFY(!decoder.decode(TermEncoder::encode(Term::binary(QByteArray(50, 'x')))).isError());
    QVERIFY(decoder.decode(TermEncoder::encode(Term::binary(QByteArray(51, 'x')))).isError());
    const Term two =
        Term::tuple({Term::binary(QByteArray(30, 'x')), Term::string(QByteArray(30, 'y'))});
    const Term t = decoder.decode(TermEncoder::encode(two));
    QVERIFY(t.isError());
    QVERIFY2(t.errorString().contains(QLatin1String("more than 50 bytes")),
             qPrintable(t.errorString()));
    QVERIFY(
        !decoder
             .decode(TermEncoder::encode(Term::tuple(
                 {Term::binary(QByteArray(20, 'x')), Term::atom(QByteArray(20, 'a').constData())})))
             .isError());
    QVERIFY(
        decoder
            .decode(TermEncoder::encode(Term::tuple(
                {Term::binary(QByteArray(40, 'x')), Term::atom(QByteArray(20, 'a').constData())})))
            .isError());
}

void TstTerm::bigIntegerLimit()
{
    QByteArray mag(200, char(1));
    const QByteArray wire = TermEncoder::encode(Term::bigInteger(false, mag));
    QVERIFY(!TermDecoder().decode(wire).isError());
    DecodeLimits limits;
    limits.maxBigIntegerBytes = 100;
    const Term t = TermDecoder(limits).decode(wire);
    QVERIFY(t.isError());
    QVERIFY2(t.errorString().contains(
                 QLatin1String("big integer of 200 bytes exceeds the limit of 100")),
             qPrintable(t.errorString()));
}

QTEST_GUILESS_MAIN(TstTerm)
#include "tst_term.moc"
