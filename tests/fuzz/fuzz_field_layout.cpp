// SPDX-License-Identifier: MIT
// User field layouts ("<hhh", core/codecs/fieldlayout.h): any layout text, any value bytes,
// any typed text. Properties:
//   - parse either succeeds with a layout of 1..512 bytes and at least one field, or fails
//     with InvalidArgument;
//   - decode of a long enough value gives one number per field; shorter is an error;
//   - with scale 1 and offset 0, integer fields round-trip exactly: encode(decode(bytes))
//     gives the bytes back (padding as zeros, bool as 0/1);
//   - what decodeValue() shows can be written back: encodeText(text) succeeds and decodes
//     to the same text (for float fields without scale or offset);
//   - typed text either encodes to exactly size() bytes or is an InvalidArgument error.
// Input: byte 0 scale and offset, byte 1 unit, byte 2 the layout's length in bytes, then
// the layout (UTF-8), then the value; the value bytes are also the typed text.
#include "fuzzsupport.h"

#include <gattscope/core/codecs/fieldlayout.h>

#include <cmath>

using namespace gattscope;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    static constexpr double kScales[] = { 1, 1, 0.001, 0.5, 2, -1, 0.01, 1e-6 };
    static constexpr double kOffsets[] = { 0, 0, -40, 273.15 };
    static const QString kUnits[]
        = { QString(), QStringLiteral("g"), QStringLiteral("°C"), QStringLiteral("m/s²") };
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 3, qsizetype(size - 3));
    const QByteArrayView layoutBytes = rest.first(qMin(qsizetype(data[2]), rest.size()));
    const QByteArrayView value = rest.sliced(layoutBytes.size());

    const Result<FieldLayout> parsed = FieldLayout::parse(QString::fromUtf8(layoutBytes));
    if (!parsed.ok()) {
        FUZZ_CHECK(parsed.error().kind() == Error::Kind::InvalidArgument);
        return 0;
    }
    FieldLayout layout = parsed.value();
    FUZZ_CHECK(layout.size() >= 1 && layout.size() <= 512);
    FUZZ_CHECK(layout.fieldCount() >= 1 && layout.fieldCount() <= layout.size());
    FUZZ_CHECK(layout.names().size() == layout.fieldCount());
    const double scale = kScales[data[0] & 7];
    const double offset = kOffsets[(data[0] >> 3) & 3];
    layout.setScale(scale);
    layout.setOffset(offset);
    layout.setUnit(kUnits[data[1] & 3]);
    const bool identity = scale == 1 && offset == 0;

    const Result<FieldValues> decoded = layout.decode(value);
    FUZZ_CHECK(decoded.ok() == (value.size() >= layout.size()));
    if (decoded.ok()) {
        FUZZ_CHECK(decoded.value().values.size() == layout.fieldCount());
        FUZZ_CHECK(decoded.value().trailingBytes == value.size() - layout.size());
        bool integersOnly = true;
        for (FieldLayout::Type t : layout.fieldTypes())
            integersOnly = integersOnly && t != FieldLayout::Type::Float16 && t != FieldLayout::Type::Float32
                && t != FieldLayout::Type::Float64;
        const Result<QByteArray> encoded = layout.encode(decoded.value().values);
        FUZZ_CHECK_NOTE(encoded.ok(), encoded.error().message());
        FUZZ_CHECK(encoded.value().size() == layout.size());
        if (identity && integersOnly)
            FUZZ_CHECK(layout.decode(encoded.value()).value().values == decoded.value().values);

        const DecodedValue shown = layout.decodeValue(value);
        FUZZ_CHECK(shown.ok());
        bool finite = true;
        for (double v : decoded.value().values)
            finite = finite && std::isfinite(v);
        // Floats only unscaled: a scaled float is rounded twice, which no text can undo.
        if (finite && (identity || integersOnly)) {
            const Result<QByteArray> written = layout.encodeText(shown.text);
            FUZZ_CHECK_NOTE(written.ok(),
                            layout.format() + u": \"" + shown.text + u"\": " + written.error().message());
            const QString again = layout.decodeValue(written.value()).text;
            FUZZ_CHECK_NOTE(again == shown.text,
                            layout.format() + u": \"" + shown.text + u"\" became \"" + again + u'"');
        }
    }

    const Result<QByteArray> typed = layout.encodeText(QString::fromUtf8(value));
    if (typed.ok())
        FUZZ_CHECK(typed.value().size() == layout.size());
    else
        FUZZ_CHECK(typed.error().kind() == Error::Kind::InvalidArgument);
    return 0;
}
