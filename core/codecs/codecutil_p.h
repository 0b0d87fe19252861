// SPDX-License-Identifier: MIT
#pragma once

// Private helpers shared by the value codecs (hex, 0x2904, IEEE-11073, field layouts).
// Not part of the public API: no header outside core/ may include this file.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace gattscope::codec {

// Shortest text that reads back to the same double: fixed notation for ordinary
// magnitudes ("0.1", "1000000"), scientific outside [1e-6, 1e15). C locale. NaN → "NaN",
// infinities → "+INF"/"-INF".
QString formatDouble(double value);
// Same for float32, so 0.1f prints as "0.1" and not "0.10000000149011612".
QString formatFloat(float value);
// True when a finite double converts to a finite float32, i.e. it is below FLT_MAX plus half
// an ULP. formatFloat(-FLT_MAX) is "-3.4028235e+38", a little beyond FLT_MAX, so a range
// check against FLT_MAX itself would refuse what we show.
bool fitsFloat32(double value);

// A decimal number as typed: value = ±digits × 10^scale. `digits` has no sign and no
// leading zeros ("0" for zero, never negative; the scale still records the precision
// typed, −2 for "0.00"). Parsing is exact: nothing is rounded.
struct DecimalText
{
    bool negative = false;
    QString digits;
    int scale = 0;
};
// Accepts "[+-]digits[.digits][e[+-]digits]" in the C locale, with surrounding
// whitespace. nullopt on anything else.
std::optional<DecimalText> parseDecimal(QStringView text);
// The same value as an exact integer digit string scaled to 10^targetScale, i.e.
// digits × 10^(scale - targetScale). nullopt when that would drop a non-zero digit.
std::optional<QString> integerDigitsAtScale(const DecimalText &d, int targetScale);
// "1234" with exponent -2 → "12.34"; with exponent 2 → "123400"; keeps a '-' prefix.
QString shiftDecimalPoint(const QString &integerText, int exponent);

// Unsigned 128-bit magnitude, enough for every integer width the codecs handle.
class WideUInt
{
public:
    WideUInt() = default;
    explicit WideUInt(quint64 v);

    static WideUInt fromLittleEndian(QByteArrayView bytes); // at most 16 bytes
    static WideUInt powerOfTwo(int exponent); // 0 ≤ exponent < 128
    static WideUInt allOnes(int bits); // 2^bits − 1, bits ≤ 128
    // Decimal digits only; nullopt on overflow or a non-digit.
    static std::optional<WideUInt> fromDecimal(QStringView digits);
    // Hex digits only; nullopt on overflow or a non-hex digit.
    static std::optional<WideUInt> fromHex(QStringView digits);

    bool isZero() const;
    bool bit(int index) const;
    int bitLength() const; // 0 for zero
    QString toDecimal() const;
    double toDouble() const;
    // Two's complement negation modulo 2^128.
    WideUInt negated() const;
    // Keeps the low `bits` bits.
    WideUInt masked(int bits) const;
    // Sign-extends from `bits` to 128 bits.
    WideUInt signExtended(int bits) const;
    QByteArray toLittleEndian(int bytes) const;

    friend bool operator==(const WideUInt &, const WideUInt &) = default;

private:
    std::array<quint32, 4> m_limbs {}; // little-endian limbs
};

// A signed integer of `bits` width read from bytes: magnitude and sign, exact.
struct WideInt
{
    bool negative = false;
    WideUInt magnitude;

    QString toDecimal() const;
    double toDouble() const;
};
WideInt readInteger(QByteArrayView bytes, int bits, bool isSigned);
// Little-endian two's complement bytes for ±magnitude in `bits` (padded to whole bytes);
// nullopt when the value does not fit.
std::optional<QByteArray> writeInteger(const WideInt &value, int bits, bool isSigned);
// Inclusive range of an integer type as text ("-2048", "2047"), for error messages.
QString integerMinText(int bits, bool isSigned);
QString integerMaxText(int bits, bool isSigned);

// Little-endian fixed-width readers; caller guarantees the length.
quint16 readLe16(const char *p);
quint32 readLe32(const char *p);
quint64 readLe64(const char *p);
// The low `bytes` bytes of v, little-endian.
QByteArray toLittleEndianBytes(quint64 v, int bytes);

// "1 byte", "3 bytes" (translated), for length errors.
QString byteCountText(qsizetype count);
// Removes a trailing unit symbol after a number ("23.45 °C", "23.45°C" → "23.45"), so
// edited display text can be parsed back; a unit that ends a word is part of it ("-INF" with
// the unit "F" stays "-INF"). Trims whitespace either way.
QStringView stripUnit(QStringView text, QStringView unit);

} // namespace gattscope::codec
