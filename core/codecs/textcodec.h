// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace gattscope {

// How decodeUtf8() shows bytes that are not valid UTF-8. Nothing is ever dropped.
enum class InvalidUtf8Display {
    // "\xNN" per invalid byte. Control characters (C0, DEL, C1) are escaped the same way
    // and a literal backslash becomes "\\", so parseEscapedText() gives the exact bytes
    // back. Use this wherever the user may edit and write the text.
    Escape,
    // U+FFFD per invalid byte; control characters and backslashes are left as they are.
    // For read-only display; not reversible.
    ReplacementCharacter,
};

// Strings in C firmware are often NUL-padded ("Polar H10\0\0"). Strip removes those
// trailing NULs from the text and counts them in DecodedText::trailingNuls.
enum class TrailingNuls {
    Keep,
    Strip
};

struct DecodedText
{
    QString text;
    bool valid = true; // the bytes were well-formed UTF-8 (or UTF-16)
    int invalidBytes = 0; // bytes that were shown as escapes / U+FFFD
    qsizetype firstInvalidOffset = -1; // byte offset of the first of them
    bool hasControlCharacters = false; // C0 (other than tab, LF, CR), DEL or C1 seen
    int trailingNuls = 0; // stripped with TrailingNuls::Strip

    // Valid, non-empty and free of control characters: worth showing as text.
    bool isPrintable() const { return valid && !hasControlCharacters && !text.isEmpty(); }
};

// Strict UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
DecodedText decodeUtf8(QByteArrayView bytes, InvalidUtf8Display display = InvalidUtf8Display::Escape,
                       TrailingNuls nuls = TrailingNuls::Keep);
// Plain UTF-8 of the text; backslashes are not interpreted.
QByteArray encodeUtf8(QStringView text);
// The inverse of decodeUtf8(…, Escape): UTF-8 of the text where "\xNN" (two hex digits)
// is the raw byte NN, "\\" a backslash, and "\n", "\r", "\t", "\0" the usual characters.
// A backslash that starts none of these stays a literal backslash, so a typed Windows
// path still works. Never fails; returns a Result for symmetry with the other encoders.
Result<QByteArray> parseEscapedText(QStringView text);

// UTF-16 little-endian (0x2904 format utf16s). An odd trailing byte and unpaired
// surrogates are invalid: shown as "\xNN" / U+FFFD and reported in `valid`.
DecodedText decodeUtf16Le(QByteArrayView bytes, TrailingNuls nuls = TrailingNuls::Keep);
QByteArray encodeUtf16Le(QStringView text);

} // namespace gattscope
