// SPDX-License-Identifier: MIT
// IEEE-11073 SFLOAT and FLOAT (core/codecs/ieee11073.h): any raw code, any typed text.
// Properties:
//   - decoding any code gives a value whose text is exact: parsing that text back yields a
//     code with the same text (the same special, for NaN/NRes/±INF), so a value editor
//     can write back what it shows;
//   - encode(value, exponent) of a decoded ordinary number with its own exponent gives a
//     code that decodes to the same value;
//   - text either parses to a code, or is an InvalidArgument error.
// Input: 2 bytes SFLOAT, 4 bytes FLOAT, 1 byte exponent, then typed text (UTF-8).
#include "fuzzsupport.h"

#include <gattscope/core/codecs/ieee11073.h>

using namespace gattscope;

namespace {

template<class Raw>
void checkCode(Raw raw, MderFloat (*decode)(Raw), Result<Raw> (*fromText)(QStringView),
               Result<Raw> (*encode)(double, int))
{
    const MderFloat f = decode(raw);
    const QString text = f.toString();
    FUZZ_CHECK(!text.isEmpty());
    if (f.special == MderSpecial::Reserved)
        return; // shown as "Reserved": a code nobody may write
    const Result<Raw> parsed = fromText(text);
    FUZZ_CHECK_NOTE(parsed.ok(), text + u": " + parsed.error().message());
    // The same exact decimal (the code may differ: "20" is 20 × 10⁰, not 2 × 10¹), and
    // the same special. Not the same double: 2000000 × 10⁴⁶ and 200 × 10⁵⁰ round apart.
    const MderFloat again = decode(parsed.value());
    FUZZ_CHECK_NOTE(again.special == f.special && again.toString() == text,
                    text + u" became " + again.toString());
    if (!f.isSpecial()) {
        const Result<Raw> encoded = encode(f.value, f.exponent);
        FUZZ_CHECK_NOTE(encoded.ok(), text + u": " + encoded.error().message());
        FUZZ_CHECK_NOTE(decode(encoded.value()).value == f.value, text);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 7)
        return 0;
    const quint16 sfloat = quint16(data[0] | (data[1] << 8));
    const quint32 flt
        = quint32(data[2]) | (quint32(data[3]) << 8) | (quint32(data[4]) << 16) | (quint32(data[5]) << 24);
    checkCode<quint16>(sfloat, decodeSFloat, sfloatFromText, encodeSFloat);
    checkCode<quint32>(flt, decodeFloat, floatFromText, encodeFloat);

    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data) + 7, qsizetype(size - 7));
    const Result<quint16> typedSFloat = sfloatFromText(typed);
    FUZZ_CHECK(typedSFloat.ok() || typedSFloat.error().kind() == Error::Kind::InvalidArgument);
    const Result<quint32> typedFloat = floatFromText(typed);
    FUZZ_CHECK(typedFloat.ok() || typedFloat.error().kind() == Error::Kind::InvalidArgument);

    // Any double with any exponent: an error or a code, never a crash or a wrong range.
    bool isNumber = false;
    const double value = typed.toDouble(&isNumber);
    if (isNumber) {
        const int exponent = qint8(data[6]);
        const Result<quint16> s = encodeSFloat(value, exponent);
        FUZZ_CHECK(s.ok() || s.error().kind() == Error::Kind::InvalidArgument);
        const Result<quint32> f = encodeFloat(value, exponent);
        FUZZ_CHECK(f.ok() || f.error().kind() == Error::Kind::InvalidArgument);
    }
    return 0;
}
