// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>
#include <gattscope/core/codecs/valuedecoder.h>

#include <QCoreApplication>
#include <QString>

namespace gattscope::cli {

// What `write` sends, from the one value option given:
//   --hex "01 00"                 bytes (parseHex's forms)
//   --text "Hello\n"              UTF-8, with \xNN, \n, \\ escapes
//   --value 42 --format uint16    a typed number: a GATT format name (uint8…uint64, sint8…
//                                 sint64 or int8…, float32, float64, sfloat, float, bool,
//                                 utf8, duint16) or a field layout ("<hhh" with "1,2,3")
//   --value 23.5                  in the characteristic's own representation (its 0x2904,
//                                 a SIG format, or the user's field layout)
// Errors are InvalidArgument with a message for the user (exit 1: malformed data).
class ValueInput
{
    Q_DECLARE_TR_FUNCTIONS(ValueInput)
public:
    static Result<QByteArray> hex(const QString &text);
    static Result<QByteArray> text(const QString &text);
    static Result<QByteArray> typed(const QString &value, const QString &format);
    static Result<QByteArray> inRepresentation(const QString &value, const ValueDecoder &decoder);
    // The names --format accepts, for --help.
    static QString formatNames();
};

} // namespace gattscope::cli
