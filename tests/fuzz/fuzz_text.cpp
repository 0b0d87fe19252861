// SPDX-License-Identifier: MIT
// The text codecs (core/codecs/textcodec.h) on any bytes and any typed text. Properties:
//   - decodeUtf8(…, Escape) is reversible: parseEscapedText() of its text gives the bytes
//     back (the value editor shows that text and writes it back), with Strip too once the
//     counted NULs are appended;
//   - valid UTF-8 / UTF-16 decodes to text that encodes to the same bytes;
//   - the counters are consistent (invalid bytes ≤ size, first offset inside the data).
// Input: the bytes; also read as typed text (UTF-16 code units) for parseEscapedText.
#include "fuzzsupport.h"

#include <gattscope/core/codecs/textcodec.h>

using namespace gattscope;

namespace {

void checkCounters(const DecodedText &d, QByteArrayView bytes)
{
    FUZZ_CHECK(d.invalidBytes >= 0 && d.invalidBytes <= bytes.size());
    FUZZ_CHECK(d.valid == (d.invalidBytes == 0));
    FUZZ_CHECK(d.valid == (d.firstInvalidOffset == -1));
    FUZZ_CHECK(d.firstInvalidOffset < bytes.size());
    FUZZ_CHECK(d.trailingNuls >= 0 && d.trailingNuls <= bytes.size());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const DecodedText escaped = decodeUtf8(bytes, InvalidUtf8Display::Escape);
    checkCounters(escaped, bytes);
    FUZZ_CHECK_NOTE(parseEscapedText(escaped.text).value() == bytes, escaped.text);
    if (escaped.valid && !escaped.hasControlCharacters && !bytes.contains('\\'))
        FUZZ_CHECK(encodeUtf8(escaped.text) == bytes);

    const DecodedText stripped = decodeUtf8(bytes, InvalidUtf8Display::Escape, TrailingNuls::Strip);
    checkCounters(stripped, bytes);
    const QByteArray strippedBytes = parseEscapedText(stripped.text).value();
    FUZZ_CHECK(QByteArray(strippedBytes + QByteArray(stripped.trailingNuls, '\0')) == bytes);

    const DecodedText shown = decodeUtf8(bytes, InvalidUtf8Display::ReplacementCharacter);
    checkCounters(shown, bytes);
    FUZZ_CHECK(shown.valid == escaped.valid && shown.invalidBytes == escaped.invalidBytes);
    if (shown.valid)
        FUZZ_CHECK(encodeUtf8(shown.text) == bytes);

    const DecodedText utf16 = decodeUtf16Le(bytes);
    checkCounters(utf16, bytes);
    if (utf16.valid)
        FUZZ_CHECK(encodeUtf16Le(utf16.text) == bytes);
    const DecodedText utf16Stripped = decodeUtf16Le(bytes, TrailingNuls::Strip);
    checkCounters(utf16Stripped, bytes);

    // What a user types: any QChar, then the escapes.
    const QString typed = fuzz::textFromBytes(bytes, true);
    const Result<QByteArray> parsed = parseEscapedText(typed);
    FUZZ_CHECK(parsed.ok());
    if (!typed.contains(u'\\'))
        FUZZ_CHECK(parsed.value() == encodeUtf8(typed));
    return 0;
}
