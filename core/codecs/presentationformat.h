// SPDX-License-Identifier: MIT
#pragma once

#include "decodedvalue.h"

#include <gattscope/core/base/result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace gattscope {

// Format field of the Characteristic Presentation Format descriptor (0x2904),
// Core spec Vol 3 Part G §3.3.3.5.2 / Assigned Numbers "Format Types".
enum class GattFormat : quint8 {
    Rfu = 0x00,
    Boolean = 0x01,
    Bit2 = 0x02,
    Nibble = 0x03,
    UInt8 = 0x04,
    UInt12 = 0x05,
    UInt16 = 0x06,
    UInt24 = 0x07,
    UInt32 = 0x08,
    UInt48 = 0x09,
    UInt64 = 0x0A,
    UInt128 = 0x0B,
    SInt8 = 0x0C,
    SInt12 = 0x0D,
    SInt16 = 0x0E,
    SInt24 = 0x0F,
    SInt32 = 0x10,
    SInt48 = 0x11,
    SInt64 = 0x12,
    SInt128 = 0x13,
    Float32 = 0x14, // IEEE-754 binary32
    Float64 = 0x15, // IEEE-754 binary64
    SFloat = 0x16, // IEEE-11073 16-bit
    Float = 0x17, // IEEE-11073 32-bit
    DUInt16 = 0x18, // IEEE-20601: two uint16
    Utf8s = 0x19,
    Utf16s = 0x1A,
    Struct = 0x1B, // opaque
};

// "uint16", "float32 (IEEE-754)", "SFLOAT (IEEE-11073)", "format 0x2A (unknown)". The
// float names say which standard on purpose: users mix up IEEE-754 and IEEE-11073.
QString gattFormatName(GattFormat format);
// Bytes a value of this format occupies: 1 for boolean/2bit/nibble (low bits of one
// byte), 2 for uint12/sint12; 0 for the variable-length utf8s, utf16s and struct;
// -1 for RFU and unknown codes.
int gattFormatSize(GattFormat format);
// uint*/sint* including 2bit and nibble: the formats the exponent applies to.
bool isIntegerGattFormat(GattFormat format);
// Formats encode() can produce bytes for (everything except RFU/unknown codes).
bool isKnownGattFormat(GattFormat format);

// The 7-byte 0x2904 descriptor value, little-endian:
//   format (u8) · exponent (s8) · unit (u16, org.bluetooth.unit) · namespace (u8)
//   · description (u16; meaning depends on the namespace, 0x0000 = unknown).
struct PresentationFormat
{
    GattFormat format = GattFormat::Struct;
    qint8 exponent = 0; // integer formats: value = raw × 10^exponent
    quint16 unit = 0x2700; // unitless
    quint8 nameSpace = 0x01; // Bluetooth SIG
    quint16 description = 0;

    // Exactly 7 bytes, else an InvalidArgument error naming the length.
    static Result<PresentationFormat> parse(QByteArrayView descriptorValue);
    QByteArray toBytes() const;
    // "sint16 × 10^-2, temperature (degree Celsius) [°C]" for the descriptor row.
    QString toString() const;
    QString unitSymbol() const; // "°C"; empty for unitless/unknown

    // Decodes a characteristic value. Integer formats apply the exponent exactly
    // ("2345" × 10⁻² → "23.45"); 64- and 128-bit integers are exact in text (128-bit
    // ones also in hex) and approximate in fields. A value shorter than the format needs
    // is an error (the text then shows the hex); longer values decode the leading bytes
    // and warn about the rest. Source is PresentationFormat.
    DecodedValue decode(QByteArrayView value) const;
    // The plots' form of decode(): appends the value's numbers (one; two for duint16) to
    // `out`, the same numbers decode() puts in its fields, and returns true; false (nothing
    // appended) when the value is too short or the format has no number (utf8s, struct,
    // reserved). Builds no text.
    bool decodeNumbers(QByteArrayView value, QList<double> &out) const;
    // How many numbers decodeNumbers() gives for this format: 0, 1 or 2.
    int numberCount() const;

    // Text in the representation decode() produces (the unit symbol may be left on or
    // off) back to bytes: integers as decimals honouring the exponent ("23.45" with
    // exponent −2 → 2345; more decimals than the exponent allows is an error) or as
    // "0x…" raw hex (a 128-bit value's " (0x…)" suffix from decode() is ignored: the
    // decimal counts); boolean as true/false/1/0/on/off/yes/no; SFLOAT/FLOAT as in
    // sfloatFromText(); duint16 as two numbers; utf8s with "\xNN" escapes; struct as hex.
    // Out-of-range values are InvalidArgument errors that state the range.
    Result<QByteArray> encode(QStringView text) const;

    friend bool operator==(const PresentationFormat &, const PresentationFormat &) = default;
};

} // namespace gattscope
