// libFuzzer target: whatever the bytes, decoding returns a term or an Error and never
// crashes; whatever decodes also formats within its limits and survives an encode/decode
// round trip unchanged.

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    DecodeLimits limits;
    limits.maxDepth = 64;
    limits.maxElements = 100000;
    limits.maxBytes = 1 << 20;
    limits.maxBigIntegerBytes = 512;
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
        return 0;
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
        return 0;
    }
    // Latin-1 atoms can double in size as UTF-8, so the byte budget is relaxed for the re-read.
    DecodeLimits relaxed = limits;
    relaxed.maxBytes = 4 << 20;
    const Term back = TermDecoder(relaxed).decode(encoded);
    if (back.isError())
        fail(qPrintable(QLatin1String("re-encoded term does not decode: ") + back.errorString()),
             t);
    if (back != t)
        fail("re-encoded term decodes to something else", t);
    if (TermEncoder::encode(back) != encoded)
        fail("encoding is not a fixed point", t);
    return 0;
}
