// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QString>
#include <QStringView>

namespace gattscope {

// IEEE 11073-20601 "medical device encoding" floats as used by the health profiles and
// the 0x2904 formats SFLOAT (0x16) and FLOAT (0x17): value = mantissa × 10^exponent.
//
//            exponent              mantissa              specials (exponent bits = 0)
//   SFLOAT   bits 15..12, sint4     bits 11..0, sint12    NaN 0x07FF, NRes 0x0800,
//                                                         +INF 0x07FE, −INF 0x0802, RFU 0x0801
//   FLOAT    bits 31..24, sint8     bits 23..0, sint24    NaN 0x007FFFFF, NRes 0x00800000,
//                                                         +INF 0x007FFFFE, −INF 0x00800002,
//                                                         RFU 0x00800001
//
// Special values are recognised on the raw mantissa when the exponent bits are 0, before
// sign extension; with any other exponent those mantissas are ordinary numbers.
// The exponent carries precision: 0xF014 (20 × 10⁻¹) is "2.0", 0xE0C8 (200 × 10⁻²) "2.00".

enum class MderSpecial : quint8 {
    None,
    NaN, // not a number
    NRes, // not at this resolution
    PlusInfinity,
    MinusInfinity,
    Reserved, // reserved for future use (0x0801 / 0x00800001)
};

struct MderFloat
{
    // mantissa × 10^exponent. NaN for NaN, NRes and Reserved; ±infinity for the infinities.
    double value = 0;
    MderSpecial special = MderSpecial::None;
    int exponent = 0; // sign-extended
    qint32 mantissa = 0; // sign-extended

    bool isSpecial() const { return special != MderSpecial::None; }
    // Digits after the decimal point the value carries: max(0, −exponent).
    int decimals() const { return exponent < 0 ? -exponent : 0; }
    // Exact, C locale, honouring precision: "2.00", "-1234", "20", "0.5"; specials as
    // "NaN", "NRes", "+INF", "-INF", "Reserved".
    QString toString() const;
};

// Display name of a special value ("NRes"); empty for None.
QString mderSpecialName(MderSpecial special);

MderFloat decodeSFloat(quint16 raw);
MderFloat decodeFloat(quint32 raw);

// For writes with a caller-chosen exponent (e.g. the one a 0x2904 descriptor or a
// profile implies): mantissa = value / 10^exponent rounded half away from zero. NaN and
// ±infinity encode as the matching special values. Errors (InvalidArgument) when the
// exponent is outside −8…7 (SFLOAT) / −128…127 (FLOAT) or the mantissa does not fit:
// ±2045 / ±8388605 with exponent 0 (the remaining codes there are the specials), the
// whole −2048…2047 / −8388608…8388607 with any other exponent (0x17FF is 20470).
Result<quint16> encodeSFloat(double value, int exponent);
Result<quint32> encodeFloat(double value, int exponent);
// The raw code of a special value (NaN, NRes, ±INF, Reserved); 0 for None.
quint16 sfloatSpecialCode(MderSpecial special);
quint32 floatSpecialCode(MderSpecial special);

// From text as users type it, exactly: the exponent comes from the digits given, so
// "2.00" → 0xE0C8 and "20" → 0x0014. Trailing zeros are folded into the exponent only
// when the mantissa would not fit otherwise ("20000" → 2000 × 10¹). Accepts
// "1.5e3" too, and the specials "NaN", "NRes", "+INF"/"INF", "-INF" (any case). Text that
// cannot be stored without rounding is an error, never silently rounded.
Result<quint16> sfloatFromText(QStringView text);
Result<quint32> floatFromText(QStringView text);

} // namespace gattscope
