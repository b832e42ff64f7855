// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: whatever the bytes, decoding returns a term or an Error and never
// crashes; whatever decodes also formats within its limits and survives an encode/decode
// round trip unchanged. Every input is decoded twice: under tight limits (so the fuzzer reaches
// the limit checks with small inputs) and under the limits a connection decodes replies with
// (ConnectOptions::decodeLimits), and what the tight pass accepts the production pass must
// accept the same.

#include "node/nodeconnection.h"
#include "term/termcodec.h"
#include "term/termformatter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace beamtop;

namespace {

[[noreturn]] void fail(const char *what, const Term &t)
{
    TermFormatter::Options o;
    o.maxChars = 2000;
    std::fprintf(stderr, "fuzz_termdecoder: %s\nterm: %s\n", what,
                 qPrintable(TermFormatter(o).format(t)));
    std::abort();
}

// The encoder refuses local funs (their environment is not kept); nothing else.
bool containsLocalFun(const Term &root)
{
    std::vector<Term> pending{root};
    while (!pending.empty()) {
        const Term t = pending.back();
        pending.pop_back();
        if (t.isLocalFun())
            return true;
        switch (t.kind()) {
        case Term::Kind::List:
            pending.push_back(t.tail());
            [[fallthrough]];
        case Term::Kind::Tuple:
            for (const Term &e : t.elements())
                pending.push_back(e);
            break;
        case Term::Kind::Map:
            for (const auto &p : t.mapPairs()) {
                pending.push_back(p.first);
                pending.push_back(p.second);
            }
            break;
        default:
            break;
        }
    }
    return false;
}

void checkFormat(const Term &t, TermSyntax syntax, int depth, int elements, int binaryBytes,
                 int chars)
{
    TermFormatter::Options o;
    o.syntax = syntax;
    o.maxDepth = depth;
    o.maxElements = elements;
    o.maxBinaryBytes = binaryBytes;
    o.maxChars = chars;
    o.localNode = QByteArray("a@b");
    const QString text = TermFormatter(o).format(t);
    if (text.size() > qMax(chars, 3))
        fail("formatted text longer than maxChars", t);
}

// Decodes the input under the given limits and checks everything that must hold for the
// result; returns what was decoded (an Error term when the input was refused).
Term checkDecode(const QByteArray &input, const DecodeLimits &limits)
{
    const TermDecoder decoder(limits);

    // The index-based entry point without a version byte must agree with the whole-buffer one.
    int index = 0;
    const Term partial = decoder.decode(input.constData(), int(input.size()), &index, true);
    const Term t = decoder.decode(input);
    if (t.isError()) {
        if (!t.errorString().startsWith(QLatin1String("malformed term at byte ")))
            fail("error message without a byte offset", t);
        if (!partial.isError() && index == int(input.size()))
            fail("index decode accepted what the whole-buffer decode refused", partial);
        return t;
    }
    if (partial != t || index != int(input.size()))
        fail("index decode differs from the whole-buffer decode", t);

    (void)t.toText();
    (void)t.value("a");
    (void)t.isProperList();

    checkFormat(t, TermSyntax::Erlang, 8, 50, 256, 4096);
    checkFormat(t, TermSyntax::Elixir, 8, 50, 256, 4096);
    checkFormat(t, TermSyntax::Erlang, 100, 100000, 100000, 1 << 22);
    checkFormat(t, TermSyntax::Elixir, 100, 100000, 100000, 1 << 22);
    checkFormat(t, TermSyntax::Erlang, 2, 2, 2, 20);
    checkFormat(t, TermSyntax::Elixir, 1, 1, 1, 5);

    QByteArray encoded;
    if (!TermEncoder::encode(t, &encoded)) {
        if (!containsLocalFun(t))
            fail("decoded term does not encode", t);
        return t;
    }
    // Latin-1 atoms can double in size as UTF-8, so the byte budget is relaxed for the re-read.
    DecodeLimits relaxed = limits;
    relaxed.maxBytes = limits.maxBytes * 4;
    const Term back = TermDecoder(relaxed).decode(encoded);
    if (back.isError())
        fail(qPrintable(QLatin1String("re-encoded term does not decode: ") + back.errorString()),
             t);
    if (back != t)
        fail("re-encoded term decodes to something else", t);
    if (TermEncoder::encode(back) != encoded)
        fail("encoding is not a fixed point", t);
    return t;
}

DecodeLimits tightLimits()
{
    DecodeLimits limits;
    limits.maxDepth = 64;
    limits.maxElements = 100000;
    limits.maxBytes = 1 << 20;
    limits.maxBigIntegerBytes = 512;
    return limits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    static const DecodeLimits tight = tightLimits();
    // What NodeConnection decodes every reply and message with.
    static const DecodeLimits production = ConnectOptions().decodeLimits;
    static_assert(sizeof(DecodeLimits) == 32, "a new limit: compare it below");
    if (tight.maxDepth > production.maxDepth || tight.maxElements > production.maxElements
        || tight.maxBytes > production.maxBytes
        || tight.maxBigIntegerBytes > production.maxBigIntegerBytes) {
        std::fprintf(stderr, "fuzz_termdecoder: the tight limits are above the production ones\n");
        std::abort();
    }

    const Term strict = checkDecode(input, tight);
    const Term wide = checkDecode(input, production);
    // Every production limit is at least the tight one: nothing the tight pass accepts may be
    // refused or read differently under the limits replies are decoded with.
    if (!strict.isError() && wide != strict)
        fail("the production limits refuse or change what the tight limits accept", strict);
    return 0;
}
