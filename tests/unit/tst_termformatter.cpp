// SPDX-License-Identifier: GPL-3.0-or-later
#include "term/termformatter.h"

#include <QLocale>
#include <QtTest>

#include <clocale>
#include <limits>

using namespace beamtop;
using Options = TermFormatter::Options;

Q_DECLARE_METATYPE(beamtop::TermFormatter::Options)

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray b;
    for (int v : values)
        b.append(char(v));
    return b;
}

Term atom(const char *name)
{
    return Term::atom(name);
}
Term uatom(const QString &name)
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
Term ints(std::initializer_list<int> values)
{
    QVector<Term> e;
    for (int v : values)
        e.append(integer(v));
    return Term::list(e);
}

NodeId node(const char *name, quint64 id, quint32 serial, QVector<quint32> words = {})
{
    NodeId n;
    n.node = QByteArray(name);
    n.id = id;
    n.serial = serial;
    n.creation = 1;
    n.refWords = words;
    return n;
}

Options options(TermSyntax syntax)
{
    Options o;
    o.syntax = syntax;
    o.localNode = QByteArray("app@host");
    return o;
}

Options limited(TermSyntax syntax, int depth, int elements, int binaryBytes, int chars)
{
    Options o = options(syntax);
    o.maxDepth = depth;
    o.maxElements = elements;
    o.maxBinaryBytes = binaryBytes;
    o.maxChars = chars;
    return o;
}

// One of each kind, shared by the Erlang and Elixir tables.
struct Samples
{
    Term pid = Term::pid(node("app@host", 123, 0));
    Term remotePid = Term::pid(node("b@host", 5, 1));
    Term port = Term::port(node("app@host", 5, 0));
    Term ref = Term::reference(node("app@host", 0, 0, {3, 2, 1}));
    Term exportFun = Term::exportFun(QStringLiteral("lists"), QStringLiteral("map"), 2);
    Term elixirFun = Term::exportFun(QStringLiteral("Elixir.Enum"), QStringLiteral("map"), 2);
    Term localFun = Term::localFun(QStringLiteral("g"), 1, 0, QByteArray(16, 'u'), 46640902);
    Term big = Term::bigInteger(false, QByteArray(25, 0) + bytes({1}));  // 2^200
    Term negBig = Term::bigInteger(true, QByteArray(8, 0) + bytes({1})); // -2^64
    Term tenPow27 =
        Term::bigInteger(false, bytes({0, 0, 0, 232, 60, 128, 208, 159, 60, 46, 59, 3}));
    Term bits = Term::bitString(QByteArray("abc") + bytes({0x20}), 3);
    Term keyword =
        Term::list({Term::tuple({atom("a"), integer(1)}), Term::tuple({atom("b"), integer(2)})});
    Term atomMap = Term::map({{atom("a"), integer(1)}, {atom("b"), Term::list({integer(1)})}});
    Term mixedMap = Term::map({{atom("a"), integer(1)}, {bin("k"), Term::nil()}});
};

} // namespace

class TstTermFormatter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void format_data();
    void format();
    void truncation_data();
    void truncation();
    void floats_data();
    void floats();
    void atomHelper_data();
    void atomHelper();
    void pidHelper();
    void bigIntegers();
    void deepNestingIsIterative();
    void maxCharsBoundsWork();
    void callsAndProcessNames_data();
    void callsAndProcessNames();
};

void TstTermFormatter::initTestCase()
{
    // Output must not depend on the user's locale: German uses a decimal comma.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    std::setlocale(LC_ALL, "de_DE.UTF-8"); // may not exist; then C stays, which is fine
}

void TstTermFormatter::format_data()
{
    QTest::addColumn<Options>("opts");
    QTest::addColumn<Term>("term");
    QTest::addColumn<QString>("expected");

    const Samples s;
    const Options erl = options(TermSyntax::Erlang);
    const Options ex = options(TermSyntax::Elixir);
    auto row = [](const char *name, const Options &o, const Term &t, const QString &text) {
        QTest::newRow(name) << o << t << text;
    };

    // Erlang
    row("erl atom", erl, atom("ok"), QStringLiteral("ok"));
    row("erl atom with @ and digits", erl, atom("a@b_1"), QStringLiteral("a@b_1"));
    row("erl atom uppercase", erl, atom("Foo"), QStringLiteral("'Foo'"));
    row("erl atom underscore", erl, atom("_x"), QStringLiteral("'_x'"));
    row("erl atom elixir module", erl, atom("Elixir.Foo"), QStringLiteral("'Elixir.Foo'"));
    row("erl atom space", erl, atom("hello world"), QStringLiteral("'hello world'"));
    row("erl atom empty", erl, atom(""), QStringLiteral("''"));
    row("erl atom reserved", erl, atom("end"), QStringLiteral("'end'"));
    row("erl atom quote and backslash", erl, atom("a'b\\c"), QStringLiteral("'a\\'b\\\\c'"));
    row("erl atom control", erl, atom("a\nb\x01"), QStringLiteral("'a\\nb\\001'"));
    row("erl atom del", erl, atom("a\x7F"), QStringLiteral("'a\\d'"));
    row("erl atom latin1 letters", erl, uatom(QStringLiteral("\u00E4b\u00C4")),
        QStringLiteral("\u00E4b\u00C4"));
    row("erl atom division sign", erl, uatom(QStringLiteral("a\u00F7")),
        QStringLiteral("'a\u00F7'"));
    row("erl atom cyrillic", erl, uatom(QStringLiteral("\u043F\u0440")),
        QStringLiteral("'\u043F\u0440'"));
    row("erl true", erl, atom("true"), QStringLiteral("true"));
    row("erl integer", erl, integer(-42), QStringLiteral("-42"));
    row("erl int64 min", erl, integer(std::numeric_limits<qint64>::min()),
        QStringLiteral("-9223372036854775808"));
    row("erl big", erl, s.big,
        QStringLiteral("1606938044258990275541962092341162602522202993782792835301376"));
    row("erl negative big", erl, s.negBig, QStringLiteral("-18446744073709551616"));
    row("erl big with zero chunks", erl, s.tenPow27,
        QStringLiteral("1000000000000000000000000000"));
    row("erl float", erl, Term::floating(0.1), QStringLiteral("0.1"));
    row("erl binary text", erl, bin("text"), QStringLiteral("<<\"text\">>"));
    row("erl binary bytes", erl, Term::binary(bytes({1, 2, 3})), QStringLiteral("<<1,2,3>>"));
    row("erl binary empty", erl, bin(""), QStringLiteral("<<>>"));
    row("erl binary utf8", erl, bin("h\xC3\xA9llo"), QStringLiteral("<<\"h\u00E9llo\"/utf8>>"));
    row("erl binary latin1", erl, bin("caf\xE9"), QStringLiteral("<<\"caf\u00E9\">>"));
    row("erl binary escapes", erl, bin("a\"b\\c\n\t\x1B"),
        QStringLiteral("<<\"a\\\"b\\\\c\\n\\t\\e\">>"));
    row("erl binary nul", erl, Term::binary(bytes({97, 0})), QStringLiteral("<<97,0>>"));
    row("erl binary del", erl, bin("a\x7F"), QStringLiteral("<<97,127>>"));
    row("erl bitstring text", erl, s.bits, QStringLiteral("<<97,98,99,1:3>>"));
    row("erl bitstring bits only", erl, Term::bitString(bytes({0x20}), 3),
        QStringLiteral("<<1:3>>"));
    row("erl bitstring bytes", erl, Term::bitString(bytes({1, 0xE0}), 3),
        QStringLiteral("<<1,7:3>>"));
    row("erl string", erl, Term::string("abc"), QStringLiteral("\"abc\""));
    row("erl string escapes", erl, Term::string("a\"b\n"), QStringLiteral("\"a\\\"b\\n\""));
    row("erl string latin1", erl, Term::string("caf\xE9"), QStringLiteral("\"caf\u00E9\""));
    row("erl string unprintable", erl, Term::string(bytes({97, 0})), QStringLiteral("[97,0]"));
    row("erl charlist", erl, ints({104, 105}), QStringLiteral("\"hi\""));
    row("erl unicode list stays numbers", erl, ints({1087, 1088}), QStringLiteral("[1087,1088]"));
    row("erl nil", erl, Term::nil(), QStringLiteral("[]"));
    row("erl list", erl, Term::list({integer(1), atom("a"), bin("x")}),
        QStringLiteral("[1,a,<<\"x\">>]"));
    row("erl improper", erl, Term::list({atom("a")}, atom("b")), QStringLiteral("[a|b]"));
    row("erl list with string tail", erl, Term::list({integer(1)}, Term::string("ab")),
        QStringLiteral("[1,97,98]"));
    row("erl tuple", erl, Term::tuple({integer(1), integer(2)}), QStringLiteral("{1,2}"));
    row("erl empty tuple", erl, Term::tuple({}), QStringLiteral("{}"));
    row("erl map", erl, s.mixedMap, QStringLiteral("#{a => 1,<<\"k\">> => []}"));
    row("erl empty map", erl, Term::map({}), QStringLiteral("#{}"));
    row("erl map with container keys", erl,
        Term::map({{Term::tuple({integer(1)}), Term::list({integer(2)})}}),
        QStringLiteral("#{{1} => [2]}"));
    row("erl pid", erl, s.pid, QStringLiteral("<0.123.0>"));
    row("erl remote pid", erl, s.remotePid, QStringLiteral("<'b@host'.5.1>"));
    row("erl port", erl, s.port, QStringLiteral("#Port<0.5>"));
    row("erl ref", erl, s.ref, QStringLiteral("#Ref<0.1.2.3>"));
    row("erl export fun", erl, s.exportFun, QStringLiteral("fun lists:map/2"));
    row("erl export fun quoted", erl, s.elixirFun, QStringLiteral("fun 'Elixir.Enum':map/2"));
    row("erl local fun", erl, s.localFun, QStringLiteral("#Fun<g.0.46640902>"));
    row("erl nested", erl, Term::tuple({atom("ok"), s.keyword, Term::map({})}),
        QStringLiteral("{ok,[{a,1},{b,2}],#{}}"));
    row("erl error term", erl, Term::error(QStringLiteral("bad")), QStringLiteral("#Error<bad>"));

    // Elixir
    row("ex atom", ex, atom("ok"), QStringLiteral(":ok"));
    row("ex atom quoted", ex, atom("hello world"), QStringLiteral(":\"hello world\""));
    row("ex atom quote inside", ex, atom("a\"b"), QStringLiteral(":\"a\\\"b\""));
    row("ex atom empty", ex, atom(""), QStringLiteral(":\"\""));
    row("ex true", ex, atom("true"), QStringLiteral("true"));
    row("ex false", ex, atom("false"), QStringLiteral("false"));
    row("ex nil", ex, atom("nil"), QStringLiteral("nil"));
    row("ex alias", ex, atom("Elixir.Foo.Bar"), QStringLiteral("Foo.Bar"));
    row("ex Elixir", ex, atom("Elixir"), QStringLiteral("Elixir"));
    row("ex not an alias", ex, atom("Elixir.foo"), QStringLiteral(":\"Elixir.foo\""));
    row("ex uppercase atom", ex, atom("Foo"), QStringLiteral(":Foo"));
    row("ex question atom", ex, atom("valid?"), QStringLiteral(":valid?"));
    row("ex node atom", ex, atom("a@b"), QStringLiteral(":a@b"));
    row("ex operator atom", ex, atom("+"), QStringLiteral(":+"));
    row("ex unicode atom", ex, uatom(QStringLiteral("\u043F\u0440")),
        QStringLiteral(":\u043F\u0440"));
    row("ex integer", ex, integer(7), QStringLiteral("7"));
    row("ex big", ex, s.negBig, QStringLiteral("-18446744073709551616"));
    row("ex float", ex, Term::floating(1.0e100), QStringLiteral("1.0e100"));
    row("ex binary text", ex, bin("binary"), QStringLiteral("\"binary\""));
    row("ex binary utf8", ex, bin("h\xC3\xA9llo"), QStringLiteral("\"h\u00E9llo\""));
    row("ex binary escapes", ex, bin("a\"b\\\n#{x}"), QStringLiteral("\"a\\\"b\\\\\\n\\#{x}\""));
    row("ex binary bytes", ex, Term::binary(bytes({1, 2, 3})), QStringLiteral("<<1, 2, 3>>"));
    row("ex binary latin1 is bytes", ex, bin("caf\xE9"), QStringLiteral("<<99, 97, 102, 233>>"));
    row("ex binary empty", ex, bin(""), QStringLiteral("\"\""));
    row("ex bitstring", ex, s.bits, QStringLiteral("<<97, 98, 99, 1::size(3)>>"));
    row("ex charlist", ex, Term::string("abc"), QStringLiteral("'abc'"));
    row("ex charlist escapes", ex, Term::string("it's\n"), QStringLiteral("'it\\'s\\n'"));
    row("ex charlist unprintable", ex, Term::string(bytes({97, 0})), QStringLiteral("[97, 0]"));
    row("ex charlist latin1 is numbers", ex, Term::string("caf\xE9"),
        QStringLiteral("[99, 97, 102, 233]"));
    row("ex nil list", ex, Term::nil(), QStringLiteral("[]"));
    row("ex list", ex, Term::list({integer(1), atom("a"), bin("x")}),
        QStringLiteral("[1, :a, \"x\"]"));
    row("ex improper", ex, Term::list({integer(1)}, integer(2)), QStringLiteral("[1 | 2]"));
    row("ex keyword", ex, s.keyword, QStringLiteral("[a: 1, b: 2]"));
    row("ex keyword quoted key", ex, Term::list({Term::tuple({atom("hello world"), integer(1)})}),
        QStringLiteral("[\"hello world\": 1]"));
    row("ex alias keys are not keywords", ex,
        Term::list({Term::tuple({atom("Elixir.Foo"), integer(1)})}), QStringLiteral("[{Foo, 1}]"));
    row("ex not quite keyword", ex, Term::list({Term::tuple({atom("a"), integer(1)}), integer(2)}),
        QStringLiteral("[{:a, 1}, 2]"));
    row("ex tuple", ex, Term::tuple({integer(1), integer(2)}), QStringLiteral("{1, 2}"));
    row("ex empty tuple", ex, Term::tuple({}), QStringLiteral("{}"));
    row("ex atom map", ex, s.atomMap, QStringLiteral("%{a: 1, b: [1]}"));
    row("ex string map", ex, Term::map({{bin("k"), integer(1)}}), QStringLiteral("%{\"k\" => 1}"));
    row("ex mixed map", ex, s.mixedMap, QStringLiteral("%{:a => 1, \"k\" => []}"));
    row("ex empty map", ex, Term::map({}), QStringLiteral("%{}"));
    row("ex struct", ex,
        Term::map({{atom("__struct__"), atom("Elixir.URI")},
                   {atom("host"), bin("x")},
                   {atom("port"), integer(80)}}),
        QStringLiteral("%URI{host: \"x\", port: 80}"));
    row("ex pid", ex, s.pid, QStringLiteral("#PID<0.123.0>"));
    row("ex remote pid", ex, s.remotePid, QStringLiteral("#PID<:\"b@host\".5.1>"));
    row("ex port", ex, s.port, QStringLiteral("#Port<0.5>"));
    row("ex ref", ex, s.ref, QStringLiteral("#Reference<0.1.2.3>"));
    row("ex erlang fun", ex, s.exportFun, QStringLiteral("&:lists.map/2"));
    row("ex elixir fun", ex, s.elixirFun, QStringLiteral("&Enum.map/2"));
    row("ex fun quoted name", ex, Term::exportFun(QStringLiteral("m"), QStringLiteral("a b"), 0),
        QStringLiteral("&:m.\"a b\"/0"));
    row("ex local fun", ex, s.localFun, QStringLiteral("#Function<0.46640902/1 in :g>"));
    row("ex nested", ex, Term::tuple({atom("ok"), s.atomMap}),
        QStringLiteral("{:ok, %{a: 1, b: [1]}}"));
}

void TstTermFormatter::format()
{
    QFETCH(Options, opts);
    QFETCH(Term, term);
    QFETCH(QString, expected);
    QCOMPARE(TermFormatter(opts).format(term), expected);
}

void TstTermFormatter::truncation_data()
{
    QTest::addColumn<Options>("opts");
    QTest::addColumn<Term>("term");
    QTest::addColumn<QString>("expected");

    const TermSyntax E = TermSyntax::Erlang;
    const TermSyntax X = TermSyntax::Elixir;
    const Term five = ints({1, 2, 3, 4, 5});
    const Term tuple4 = Term::tuple({integer(1), integer(2), integer(3), integer(4)});
    const Term map4 = Term::map({{atom("a"), integer(1)},
                                 {atom("b"), integer(2)},
                                 {atom("c"), integer(3)},
                                 {atom("d"), integer(4)}});
    const Term deep =
        Term::tuple({integer(1), Term::tuple({integer(2), Term::tuple({integer(3)})})});
    const Term deepList = Term::list({Term::list({Term::list({integer(1)})})});
    const Term keyword =
        Term::list({Term::tuple({atom("a"), integer(1)}), Term::tuple({atom("b"), integer(2)})});

    auto row = [](const char *name, const Options &o, const Term &t, const QString &text) {
        QTest::newRow(name) << o << t << text;
    };

    row("erl list elements", limited(E, 8, 3, 256, 4096), five, QStringLiteral("[1,2,3|...]"));
    row("erl list exactly at limit", limited(E, 8, 5, 256, 4096), five,
        QStringLiteral("[1,2,3,4,5]"));
    row("erl list no elements", limited(E, 8, 0, 256, 4096), five, QStringLiteral("[...]"));
    row("erl improper at limit", limited(E, 8, 3, 256, 4096),
        Term::list({integer(1), integer(2), integer(3)}, integer(4)), QStringLiteral("[1,2,3|4]"));
    row("erl tuple elements", limited(E, 8, 3, 256, 4096), tuple4, QStringLiteral("{1,2,3,...}"));
    row("erl map elements", limited(E, 8, 2, 256, 4096), map4,
        QStringLiteral("#{a => 1,b => 2,...}"));
    row("erl depth", limited(E, 2, 50, 256, 4096), deep, QStringLiteral("{1,{2,...}}"));
    row("erl depth lists", limited(E, 2, 50, 256, 4096), deepList, QStringLiteral("[[...]]"));
    row("erl depth zero", limited(E, 0, 50, 256, 4096), deep, QStringLiteral("..."));
    row("erl depth keeps scalars", limited(E, 1, 50, 256, 4096),
        Term::tuple({bin("x"), Term::string("s"), Term::nil()}),
        QStringLiteral("{<<\"x\">>,\"s\",[]}"));
    row("erl binary text", limited(E, 8, 50, 3, 4096), bin("abcdef"),
        QStringLiteral("<<\"abc\"...>>"));
    row("erl binary bytes", limited(E, 8, 50, 3, 4096), Term::binary(bytes({1, 2, 3, 4})),
        QStringLiteral("<<1,2,3,...>>"));
    row("erl binary utf8 cut mid-character", limited(E, 8, 50, 4, 4096), bin("ab\xC3\xA9\xC3\xA9"),
        QStringLiteral("<<\"ab\u00E9\"/utf8...>>"));
    row("erl binary cut before first utf8 char", limited(E, 8, 50, 2, 4096), bin("a\xC3\xA9"),
        QStringLiteral("<<\"a\"...>>"));
    row("erl bitstring cut", limited(E, 8, 50, 2, 4096), Term::bitString(bytes({1, 2, 3, 0xE0}), 3),
        QStringLiteral("<<1,2,...>>"));
    row("erl binary zero bytes", limited(E, 8, 50, 0, 4096), bin("abc"), QStringLiteral("<<...>>"));
    row("erl string", limited(E, 8, 50, 3, 4096), Term::string("abcdef"),
        QStringLiteral("\"abc\"..."));
    row("erl charlist", limited(E, 8, 50, 2, 4096), ints({104, 105, 106}),
        QStringLiteral("\"hi\"..."));
    row("erl unprintable string uses elements", limited(E, 8, 2, 256, 4096),
        Term::string(bytes({1, 2, 3})), QStringLiteral("[1,2|...]"));
    row("erl chars", limited(E, 8, 50, 256, 10), ints({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
        QStringLiteral("[1,2,3,..."));
    row("erl chars exact fit", limited(E, 8, 50, 256, 11), five, QStringLiteral("[1,2,3,4,5]"));
    row("erl chars one short", limited(E, 8, 50, 256, 10), five, QStringLiteral("[1,2,3,..."));
    row("erl chars inside binary", limited(E, 8, 50, 256, 8), bin("abcdefghij"),
        QStringLiteral("<<\"ab..."));

    row("ex list elements", limited(X, 8, 3, 256, 4096), five, QStringLiteral("[1, 2, 3, ...]"));
    row("ex list no elements", limited(X, 8, 0, 256, 4096), five, QStringLiteral("[...]"));
    row("ex keyword elements", limited(X, 8, 1, 256, 4096), keyword, QStringLiteral("[a: 1, ...]"));
    row("ex tuple elements", limited(X, 8, 3, 256, 4096), tuple4, QStringLiteral("{1, 2, 3, ...}"));
    row("ex map elements", limited(X, 8, 2, 256, 4096), map4, QStringLiteral("%{a: 1, b: 2, ...}"));
    row("ex depth", limited(X, 2, 50, 256, 4096), deep, QStringLiteral("{1, {2, ...}}"));
    row("ex binary text", limited(X, 8, 50, 3, 4096), bin("abcdef"), QStringLiteral("\"abc\"..."));
    row("ex binary bytes", limited(X, 8, 50, 3, 4096), Term::binary(bytes({1, 2, 3, 4})),
        QStringLiteral("<<1, 2, 3, ...>>"));
    row("ex charlist", limited(X, 8, 50, 2, 4096), Term::string("abc"), QStringLiteral("'ab'..."));
    row("ex chars", limited(X, 8, 50, 256, 12), five, QStringLiteral("[1, 2, 3,..."));
}

void TstTermFormatter::truncation()
{
    QFETCH(Options, opts);
    QFETCH(Term, term);
    QFETCH(QString, expected);
    const QString text = TermFormatter(opts).format(term);
    QCOMPARE(text, expected);
    QVERIFY(text.size() <= qMax(opts.maxChars, 3));
}

void TstTermFormatter::floats_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected"); // io_lib:format("~p", [V]) of OTP 25

    const struct
    {
        double v;
        const char *text;
    } cases[] = {
        {1.0, "1.0"},
        {0.1, "0.1"},
        {-0.0, "-0.0"},
        {0.0, "0.0"},
        {1.0e100, "1.0e100"},
        {100.0, "100.0"},
        {1000.0, "1.0e3"},
        {1250.0, "1250.0"},
        {12500.0, "1.25e4"},
        {1234567.0, "1234567.0"},
        {12345670.0, "12345670.0"},
        {123456700.0, "1.234567e8"},
        {1.0e15, "1.0e15"},
        {1234567890123450.0, "1234567890123450.0"},
        {9007199254740992.0, "9.007199254740992e15"},
        {1.23456789012345e16, "1.23456789012345e16"},
        {0.0001, "0.0001"},
        {0.00012, "1.2e-4"},
        {0.001234567, "0.001234567"},
        {1.234567e-4, "1.234567e-4"},
        {0.00123456789012345, "0.00123456789012345"},
        {1.0e-5, "1.0e-5"},
        {1.5000000000000002e-8, "1.5000000000000002e-8"},
        {12.5, "12.5"},
        {-2.5, "-2.5"},
        {5.0e-324, "5.0e-324"},
        {1.7976931348623157e308, "1.7976931348623157e308"},
        {0.15000000000000002, "0.15000000000000002"},
        {123456789012345.0, "123456789012345.0"},
    };
    for (const auto &c : cases)
        QTest::newRow(c.text) << c.v << QString::fromLatin1(c.text);
}

void TstTermFormatter::floats()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(TermFormatter(options(TermSyntax::Erlang)).format(Term::floating(value)), expected);
    QCOMPARE(TermFormatter(options(TermSyntax::Elixir)).format(Term::floating(value)), expected);
}

void TstTermFormatter::atomHelper_data()
{
    QTest::addColumn<int>("syntax");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("erl plain") << int(TermSyntax::Erlang) << QStringLiteral("ok")
                               << QStringLiteral("ok");
    QTest::newRow("erl module") << int(TermSyntax::Erlang) << QStringLiteral("Elixir.Foo.Bar")
                                << QStringLiteral("'Elixir.Foo.Bar'");
    QTest::newRow("ex module") << int(TermSyntax::Elixir) << QStringLiteral("Elixir.Foo.Bar")
                               << QStringLiteral("Foo.Bar");
    QTest::newRow("ex plain") << int(TermSyntax::Elixir) << QStringLiteral("gen_server")
                              << QStringLiteral(":gen_server");
}

void TstTermFormatter::atomHelper()
{
    QFETCH(int, syntax);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    Options o;
    o.syntax = TermSyntax(syntax);
    QCOMPARE(TermFormatter(o).atom(name), expected);
}

void TstTermFormatter::pidHelper()
{
    TermFormatter f(options(TermSyntax::Erlang));
    QCOMPARE(f.pid(node("app@host", 123, 0)), QStringLiteral("<0.123.0>"));
    QCOMPARE(f.pid(node("other@host.example", 1, 2)), QStringLiteral("<'other@host.example'.1.2>"));
    f.setSyntax(TermSyntax::Elixir);
    QCOMPARE(f.options().syntax, TermSyntax::Elixir);
    QCOMPARE(f.pid(node("app@host", 123, 0)), QStringLiteral("#PID<0.123.0>"));
    // Without a known local node every pid is shown as local.
    QCOMPARE(TermFormatter().pid(node("x@y", 4, 5)), QStringLiteral("<0.4.5>"));
}

void TstTermFormatter::bigIntegers()
{
    // 2^2400 - 1: 300 bytes of 0xFF, 723 decimal digits.
    const Term big = Term::bigInteger(true, QByteArray(300, char(0xFF)));
    Options o = options(TermSyntax::Erlang);
    const QString text = TermFormatter(o).format(big);
    QCOMPARE(text.size(), 724);
    QVERIFY(text.startsWith(QLatin1String("-29647603478997813412")));
    QVERIFY(text.endsWith(QLatin1String("42929294919389413375")));

    // Beyond what any decode yields, hex keeps it exact and cheap, and maxChars still applies.
    const Term huge = Term::bigInteger(false, QByteArray(1 << 20, char(0xAB)));
    o.maxChars = 50;
    QCOMPARE(TermFormatter(o).format(huge),
             QLatin1String("16#") +
                 QString(44, QLatin1Char('A')).replace(QLatin1String("AA"), QLatin1String("AB")) +
                 QLatin1String("..."));
    o.syntax = TermSyntax::Elixir;
    QVERIFY(TermFormatter(o).format(huge).startsWith(QLatin1String("0xABAB")));
    QCOMPARE(TermFormatter(o).format(huge).size(), 50);
}

void TstTermFormatter::deepNestingIsIterative()
{
    const int depth = 100000;
    Term deep = Term::nil();
    for (int i = 0; i < depth; ++i)
        deep = Term::list({deep});

    // Default limits: eight levels, then the marker.
    QCOMPARE(TermFormatter().format(deep), QStringLiteral("[[[[[[[[...]]]]]]]]"));
    QCOMPARE(TermFormatter(options(TermSyntax::Elixir)).format(deep),
             QStringLiteral("[[[[[[[[...]]]]]]]]"));

    // No depth limit at all: every level printed, still without recursion.
    Options all = options(TermSyntax::Erlang);
    all.maxDepth = depth * 2;
    all.maxChars = depth * 4;
    const QString full = TermFormatter(all).format(deep);
    QCOMPARE(full.size(), 2 * depth + 2);
    QVERIFY(full.startsWith(QLatin1String("[[[[")));
    QCOMPARE(full.mid(depth, 2), QStringLiteral("[]"));
    QVERIFY(full.endsWith(QLatin1String("]]]]")));

    // And cut by maxChars on the way down.
    all.maxChars = 100;
    const QString cut = TermFormatter(all).format(deep);
    QCOMPARE(cut.size(), 100);
    QCOMPARE(cut, QString(97, QLatin1Char('[')) + QLatin1String("..."));
}

void TstTermFormatter::maxCharsBoundsWork()
{
    // A million-element list with a small maxChars prints at once and stays within bounds.
    QVector<Term> many(1000000, integer(123456));
    Options o = options(TermSyntax::Erlang);
    o.maxElements = std::numeric_limits<int>::max();
    o.maxChars = 50;
    const QString text = TermFormatter(o).format(Term::list(many));
    QCOMPARE(text.size(), 50);
    QVERIFY(text.endsWith(QLatin1String("...")));
    QVERIFY(text.startsWith(QLatin1String("[123456,123456,")));
}

void TstTermFormatter::callsAndProcessNames_data()
{
    QTest::addColumn<int>("syntax");
    QTest::addColumn<Term>("name");
    QTest::addColumn<Term>("initialCall");
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("processName");
    const Term genServer = Term::tuple({Term::atom("gen_server"), Term::atom("loop"), integer(7)});
    const Term elixirMod = Term::tuple({Term::atom("Elixir.MyApp.Cache"), Term::atom("init"), integer(1)});
    const Term undef = Term::atom("undefined");
    const int erl = int(TermSyntax::Erlang), ex = int(TermSyntax::Elixir);
    QTest::newRow("erlang registered") << erl << Term::atom("code_server") << genServer << "gen_server:loop/7" << "code_server";
    QTest::newRow("erlang label") << erl << Term::tuple({Term::atom("label"), Term::binary("worker 3")}) << genServer
                                  << "gen_server:loop/7" << "worker 3";
    QTest::newRow("erlang initial call") << erl << undef << genServer << "gen_server:loop/7" << "gen_server:loop/7";
    QTest::newRow("erlang quoted module") << erl << undef << elixirMod << "'Elixir.MyApp.Cache':init/1"
                                          << "'Elixir.MyApp.Cache':init/1";
    QTest::newRow("elixir erlang module") << ex << undef << genServer << ":gen_server.loop/7" << ":gen_server.loop/7";
    QTest::newRow("elixir module") << ex << Term::atom("Elixir.MyApp.Cache") << elixirMod << "MyApp.Cache.init/1"
                                   << "MyApp.Cache";
    QTest::newRow("nothing known") << erl << undef << undef << "" << "";
    QTest::newRow("not a call") << erl << undef << Term::tuple({integer(1), integer(2)}) << "{1,2}" << "{1,2}";
}

void TstTermFormatter::callsAndProcessNames()
{
    QFETCH(int, syntax);
    QFETCH(Term, name);
    QFETCH(Term, initialCall);
    QFETCH(QString, call);
    QFETCH(QString, processName);
    const TermFormatter f(options(TermSyntax(syntax)));
    QCOMPARE(f.call(initialCall), call);
    QCOMPARE(f.processName(name, initialCall), processName);
}

QTEST_GUILESS_MAIN(TstTermFormatter)
#include "tst_termformatter.moc"
