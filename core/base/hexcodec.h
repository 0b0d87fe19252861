// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace gattscope {

// Hex text ↔ bytes, for editors, the CLI and logs.
//
// parseHex() accepts what people paste: "16 48 00 04", "16:48:00:04", "16-48-00-04",
// "0x16, 0x48, 0x00, 0x04", "0x16480004", "1648 0004", upper or lower case, tabs and
// newlines between groups. Separators are any whitespace, ':', '-', ',' and ';'. A group
// (the text between separators) may start with "0x"/"0X" and must hold an even number of
// hex digits, so "1 2" is an error rather than silently becoming 0x12.
// An empty (or separator-only) text is zero bytes, which is a valid ATT value.
//
// On failure the error is Error::Kind::InvalidArgument with a message naming the
// 0-based character position, e.g. "invalid hex digit 'g' at position 5". When
// errorPosition is given it receives that position (for an editor cursor), or -1 on
// success.
Result<QByteArray> parseHex(QStringView text, qsizetype *errorPosition = nullptr);

// "16 48 00 04": upper-case pairs joined by `separator`; a null QChar joins nothing
// ("16480004").
QString toHex(QByteArrayView bytes, QChar separator = QChar(u' '));

// Classic hex dump for terminals, one string per line, no trailing newline:
//   "0000  16 48 00 04 41 42                                |.H..AB|"
// Offsets are 4 hex digits (8 when the data passes 64 KiB); bytes outside 0x20..0x7E
// show as '.'. bytesPerLine is clamped to 1..64.
QStringList hexDumpLines(QByteArrayView bytes, int bytesPerLine = 16);

// 0–15 for a hexadecimal digit (either case), -1 for anything else.
int hexDigitValue(QChar c);

} // namespace gattscope
