// SPDX-License-Identifier: MIT
// Hex text ↔ bytes (core/base/hexcodec.h): what users paste into editors and the CLI.
// Properties: parseHex either succeeds with errorPosition -1, or fails with an
// InvalidArgument error at a position inside the text; what it accepts contains only
// ASCII hex digits and separators; toHex output parses back to the same bytes, with any
// separator; hexDumpLines has one line per bytesPerLine (clamped) bytes.
//
// Input: byte 0 bit 0: text as UTF-16 code units, else UTF-8; byte 1: bytesPerLine
// (signed, so out-of-range values come too); the rest is the text, and the bytes dumped.
#include "fuzzsupport.h"

#include <gattscope/core/base/hexcodec.h>

using namespace gattscope;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const QString text = fuzz::textFromBytes(rest, data[0] & 0x01);

    qsizetype position = -2;
    const Result<QByteArray> parsed = parseHex(text, &position);
    if (parsed.ok()) {
        FUZZ_CHECK(position == -1);
        for (QChar c : text) {
            const bool ascii = c.unicode() < 0x80;
            FUZZ_CHECK_NOTE(ascii || c.isSpace(), QStringLiteral("accepted U+%1").arg(c.unicode(), 4, 16));
        }
        for (QChar separator : { QChar(u' '), QChar(), QChar(u':'), QChar(u'\n') })
            FUZZ_CHECK(parseHex(toHex(parsed.value(), separator)).value() == parsed.value());
    } else {
        FUZZ_CHECK(parsed.error().kind() == Error::Kind::InvalidArgument);
        FUZZ_CHECK(!parsed.error().message().isEmpty());
        FUZZ_CHECK_NOTE(position >= 0 && position < text.size(), QString::number(position));
    }
    for (QChar c : text) {
        const int v = hexDigitValue(c);
        FUZZ_CHECK(v >= -1 && v <= 15);
        FUZZ_CHECK(v < 0 || QStringLiteral("0123456789abcdefABCDEF").contains(c));
    }

    const int bytesPerLine = qint8(data[1]);
    const int perLine = qBound(1, bytesPerLine, 64);
    const QStringList lines = hexDumpLines(rest, bytesPerLine);
    FUZZ_CHECK(lines.size() == (rest.size() + perLine - 1) / perLine);
    for (const QString &line : lines)
        FUZZ_CHECK(line.endsWith(u'|'));
    return 0;
}
