// SPDX-License-Identifier: MIT
#include "codecutil_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace gattscope::codec {

namespace {
template<typename F> QString formatShortest(F value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+INF") : QStringLiteral("-INF");
    if (value == 0)
        return QStringLiteral("0"); // also folds -0 into 0
    char buffer[400];
    const F magnitude = std::fabs(value);
    const auto format = (magnitude >= F(1e-6) && magnitude < F(1e15)) ? std::chars_format::fixed
                                                                      : std::chars_format::scientific;
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}
} // namespace

QString formatDouble(double value)
{
    return formatShortest(value);
}

QString formatFloat(float value)
{
    return formatShortest(value);
}

bool fitsFloat32(double value)
{
    // FLT_MAX's significand is odd, so FLT_MAX + ULP/2 = 2^128 - 2^103 rounds to infinity.
    static const double limit = std::ldexp(1.0, 128) - std::ldexp(1.0, 103);
    return std::fabs(value) < limit;
}

std::optional<DecimalText> parseDecimal(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    DecimalText out;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
        out.negative = text[i] == u'-';
        ++i;
    }
    QString intPart;
    QString fracPart;
    while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
        intPart.append(text[i++]);
    if (i < text.size() && text[i] == u'.') {
        ++i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
            fracPart.append(text[i++]);
    }
    if (intPart.isEmpty() && fracPart.isEmpty())
        return std::nullopt;
    int exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
            negativeExponent = text[i] == u'-';
            ++i;
        }
        const qsizetype start = i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
            exponent = exponent * 10 + (text[i].unicode() - u'0');
            if (exponent > 10000)
                return std::nullopt;
            ++i;
        }
        if (i == start)
            return std::nullopt;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != text.size())
        return std::nullopt;
    QString digits = intPart + fracPart;
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() && digits[firstNonZero] == u'0')
        ++firstNonZero;
    digits.remove(0, firstNonZero);
    out.scale = exponent - int(fracPart.size()); // kept for zero too: "0.00" has scale −2
    if (digits.isEmpty()) {
        out.negative = false;
        digits = QStringLiteral("0");
    }
    out.digits = digits;
    return out;
}

std::optional<QString> integerDigitsAtScale(const DecimalText &d, int targetScale)
{
    if (d.digits == u"0")
        return QStringLiteral("0");
    const int shift = d.scale - targetScale;
    if (shift >= 0) {
        if (shift > 200) // far beyond any 128-bit value; the caller reports the range
            return std::nullopt;
        return d.digits + QString(shift, u'0');
    }
    const qsizetype drop = -qsizetype(shift);
    const QStringView dropped = QStringView(d.digits).right(std::min(drop, d.digits.size()));
    for (QChar c : dropped) {
        if (c != u'0')
            return std::nullopt;
    }
    if (drop >= d.digits.size())
        return QStringLiteral("0");
    return d.digits.left(d.digits.size() - drop);
}

QString shiftDecimalPoint(const QString &integerText, int exponent)
{
    const bool negative = integerText.startsWith(u'-');
    QString digits = negative ? integerText.mid(1) : integerText;
    if (exponent > 0) {
        if (digits != u"0")
            digits.append(QString(exponent, u'0'));
    } else if (exponent < 0) {
        const int decimals = -exponent;
        if (digits.size() <= decimals)
            digits.prepend(QString(decimals + 1 - digits.size(), u'0'));
        digits.insert(digits.size() - decimals, u'.');
    }
    return negative ? QStringLiteral("-") + digits : digits;
}

// --- WideUInt

WideUInt::WideUInt(quint64 v)
{
    m_limbs[0] = quint32(v);
    m_limbs[1] = quint32(v >> 32);
}

WideUInt WideUInt::fromLittleEndian(QByteArrayView bytes)
{
    WideUInt w;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 16);
    for (qsizetype i = 0; i < n; ++i)
        w.m_limbs[i / 4] |= quint32(quint8(bytes[i])) << (8 * (i % 4));
    return w;
}

WideUInt WideUInt::powerOfTwo(int exponent)
{
    WideUInt w;
    if (exponent >= 0 && exponent < 128)
        w.m_limbs[exponent / 32] = quint32(1) << (exponent % 32);
    return w;
}

WideUInt WideUInt::allOnes(int bits)
{
    WideUInt w;
    w.m_limbs.fill(0xFFFFFFFFu);
    return w.masked(bits);
}

namespace {
// this = this × factor + addend over 128 bits; false on overflow.
bool mulAdd(std::array<quint32, 4> &limbs, quint32 factor, quint32 addend)
{
    quint64 carry = addend;
    for (quint32 &limb : limbs) {
        const quint64 product = quint64(limb) * factor + carry;
        limb = quint32(product);
        carry = product >> 32;
    }
    return carry == 0;
}

// this /= divisor; returns the remainder.
quint32 divMod(std::array<quint32, 4> &limbs, quint32 divisor)
{
    quint64 remainder = 0;
    for (int i = 3; i >= 0; --i) {
        const quint64 current = (remainder << 32) | limbs[i];
        limbs[i] = quint32(current / divisor);
        remainder = current % divisor;
    }
    return quint32(remainder);
}
} // namespace

std::optional<WideUInt> WideUInt::fromDecimal(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    WideUInt w;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9' || !mulAdd(w.m_limbs, 10, quint32(c.unicode() - u'0')))
            return std::nullopt;
    }
    return w;
}

std::optional<WideUInt> WideUInt::fromHex(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    WideUInt w;
    for (QChar c : digits) {
        const int v = QByteArrayView("0123456789abcdef").indexOf(char(c.toLower().unicode() & 0x7F));
        if (c.unicode() > 127 || v < 0 || !mulAdd(w.m_limbs, 16, quint32(v)))
            return std::nullopt;
    }
    return w;
}

bool WideUInt::isZero() const
{
    return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0;
}

bool WideUInt::bit(int index) const
{
    if (index < 0 || index >= 128)
        return false;
    return (m_limbs[index / 32] >> (index % 32)) & 1u;
}

int WideUInt::bitLength() const
{
    for (int i = 127; i >= 0; --i) {
        if (bit(i))
            return i + 1;
    }
    return 0;
}

QString WideUInt::toDecimal() const
{
    if (isZero())
        return QStringLiteral("0");
    std::array<quint32, 4> limbs = m_limbs;
    QString reversed;
    while ((limbs[0] | limbs[1] | limbs[2] | limbs[3]) != 0)
        reversed.append(QChar(u'0' + divMod(limbs, 10)));
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

double WideUInt::toDouble() const
{
    double v = 0;
    for (int i = 3; i >= 0; --i)
        v = v * 4294967296.0 + m_limbs[i];
    return v;
}

WideUInt WideUInt::negated() const
{
    WideUInt w;
    quint64 carry = 1;
    for (int i = 0; i < 4; ++i) {
        const quint64 sum = quint64(~m_limbs[i]) + carry;
        w.m_limbs[i] = quint32(sum);
        carry = sum >> 32;
    }
    return w;
}

WideUInt WideUInt::masked(int bits) const
{
    WideUInt w = *this;
    for (int i = 0; i < 4; ++i) {
        const int low = i * 32;
        if (bits <= low)
            w.m_limbs[i] = 0;
        else if (bits < low + 32)
            w.m_limbs[i] &= (quint32(1) << (bits - low)) - 1;
    }
    return w;
}

WideUInt WideUInt::signExtended(int bits) const
{
    if (bits >= 128 || bits <= 0 || !bit(bits - 1))
        return *this;
    WideUInt w = *this;
    for (int i = 0; i < 4; ++i) {
        const int low = i * 32;
        if (bits <= low)
            w.m_limbs[i] = 0xFFFFFFFFu;
        else if (bits < low + 32)
            w.m_limbs[i] |= ~((quint32(1) << (bits - low)) - 1);
    }
    return w;
}

QByteArray WideUInt::toLittleEndian(int bytes) const
{
    QByteArray out(bytes, '\0');
    for (int i = 0; i < bytes && i < 16; ++i)
        out[i] = char(quint8(m_limbs[i / 4] >> (8 * (i % 4))));
    return out;
}

// --- signed helpers

QString WideInt::toDecimal() const
{
    const QString digits = magnitude.toDecimal();
    return negative ? QStringLiteral("-") + digits : digits;
}

double WideInt::toDouble() const
{
    return negative ? -magnitude.toDouble() : magnitude.toDouble();
}

WideInt readInteger(QByteArrayView bytes, int bits, bool isSigned)
{
    const WideUInt raw = WideUInt::fromLittleEndian(bytes).masked(bits);
    if (isSigned && raw.bit(bits - 1))
        return WideInt { true, raw.signExtended(bits).negated() };
    return WideInt { false, raw };
}

std::optional<QByteArray> writeInteger(const WideInt &value, int bits, bool isSigned)
{
    const int byteCount = (bits + 7) / 8;
    if (value.magnitude.isZero())
        return QByteArray(byteCount, '\0');
    const int length = value.magnitude.bitLength();
    if (!isSigned) {
        if (value.negative || length > bits)
            return std::nullopt;
        return value.magnitude.toLittleEndian(byteCount);
    }
    if (!value.negative && length > bits - 1)
        return std::nullopt;
    if (value.negative && length > bits - 1 && !(value.magnitude == WideUInt::powerOfTwo(bits - 1)))
        return std::nullopt;
    const WideUInt raw = value.negative ? value.magnitude.negated().masked(bits) : value.magnitude;
    return raw.toLittleEndian(byteCount);
}

QString integerMinText(int bits, bool isSigned)
{
    if (!isSigned)
        return QStringLiteral("0");
    return QStringLiteral("-") + WideUInt::powerOfTwo(bits - 1).toDecimal();
}

QString integerMaxText(int bits, bool isSigned)
{
    return WideUInt::allOnes(isSigned ? bits - 1 : bits).toDecimal();
}

quint16 readLe16(const char *p)
{
    return quint16(quint8(p[0]) | (quint16(quint8(p[1])) << 8));
}

quint32 readLe32(const char *p)
{
    return quint32(readLe16(p)) | (quint32(readLe16(p + 2)) << 16);
}

quint64 readLe64(const char *p)
{
    return quint64(readLe32(p)) | (quint64(readLe32(p + 4)) << 32);
}

QByteArray toLittleEndianBytes(quint64 v, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = 0; i < bytes && i < 8; ++i)
        out[i] = char(quint8(v >> (8 * i)));
    return out;
}

QString byteCountText(qsizetype count)
{
    if (count == 1)
        return QCoreApplication::translate("gattscope::ValueCodec", "1 byte");
    return QCoreApplication::translate("gattscope::ValueCodec", "%1 bytes").arg(count);
}

QStringView stripUnit(QStringView text, QStringView unit)
{
    text = text.trimmed();
    // Only after a number ("23.45 °C", "50%"): "-INF" keeps its F with farads, "NRes" its s
    // with seconds, "NaN" its N with newtons.
    if (!unit.isEmpty() && text.size() > unit.size() && text.endsWith(unit)) {
        const QChar before = text[text.size() - unit.size() - 1];
        if (before.isSpace() || before.isDigit() || before == u'.')
            text = text.chopped(unit.size()).trimmed();
    }
    return text;
}

} // namespace gattscope::codec
