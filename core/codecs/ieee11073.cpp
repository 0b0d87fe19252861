// SPDX-License-Identifier: MIT
#include "ieee11073.h"

#include "codecutil_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gattscope {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct Ieee11073Texts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::Ieee11073)
};

// Parameters of the two encodings.
struct Layout
{
    const char *name;
    int mantissaBits;
    int exponentBits;
    qint32 maxMantissa; // largest magnitude that is not a special code with exponent 0
    int minExponent;
    int maxExponent;
};
constexpr Layout sfloatLayout { "SFLOAT", 12, 4, 2045, -8, 7 };
constexpr Layout floatLayout { "FLOAT", 24, 8, 8388605, -128, 127 };

// Whether a mantissa can be written with this exponent. The special codes exist only with
// exponent 0; with any other one the whole two's complement range is an ordinary number
// (0x17FF is 2047 × 10¹), so what decode() shows can always be written back.
bool mantissaFits(double mantissa, int exponent, const Layout &layout)
{
    if (exponent == 0)
        return std::fabs(mantissa) <= layout.maxMantissa;
    const double top = double(qint64(1) << (layout.mantissaBits - 1)); // 2048 / 8388608
    return mantissa >= -top && mantissa <= top - 1;
}

qint32 signExtend(quint32 raw, int bits)
{
    const quint32 sign = quint32(1) << (bits - 1);
    return qint32((raw ^ sign)) - qint32(sign);
}

double scale(double mantissa, int exponent)
{
    // Dividing by an exact power of ten keeps 200 × 10⁻² at exactly 2.0.
    return exponent < 0 ? mantissa / std::pow(10.0, -exponent) : mantissa * std::pow(10.0, exponent);
}

MderFloat decode(quint32 raw, const Layout &layout)
{
    const quint32 mantissaMask = (quint32(1) << layout.mantissaBits) - 1;
    const quint32 rawMantissa = raw & mantissaMask;
    const quint32 rawExponent = (raw >> layout.mantissaBits) & ((quint32(1) << layout.exponentBits) - 1);
    MderFloat f;
    f.mantissa = signExtend(rawMantissa, layout.mantissaBits);
    f.exponent = signExtend(rawExponent, layout.exponentBits);
    if (rawExponent == 0) {
        const quint32 top = quint32(1) << (layout.mantissaBits - 1); // 0x800 / 0x800000
        if (rawMantissa == top - 1)
            f.special = MderSpecial::NaN;
        else if (rawMantissa == top)
            f.special = MderSpecial::NRes;
        else if (rawMantissa == top - 2)
            f.special = MderSpecial::PlusInfinity;
        else if (rawMantissa == top + 2)
            f.special = MderSpecial::MinusInfinity;
        else if (rawMantissa == top + 1)
            f.special = MderSpecial::Reserved;
    }
    switch (f.special) {
    case MderSpecial::None: f.value = scale(f.mantissa, f.exponent); break;
    case MderSpecial::PlusInfinity: f.value = std::numeric_limits<double>::infinity(); break;
    case MderSpecial::MinusInfinity: f.value = -std::numeric_limits<double>::infinity(); break;
    default: f.value = std::numeric_limits<double>::quiet_NaN(); break;
    }
    return f;
}

quint32 specialCode(MderSpecial special, const Layout &layout)
{
    const quint32 top = quint32(1) << (layout.mantissaBits - 1);
    switch (special) {
    case MderSpecial::None: return 0;
    case MderSpecial::NaN: return top - 1;
    case MderSpecial::NRes: return top;
    case MderSpecial::PlusInfinity: return top - 2;
    case MderSpecial::MinusInfinity: return top + 2;
    case MderSpecial::Reserved: return top + 1;
    }
    return 0;
}

quint32 pack(qint32 mantissa, int exponent, const Layout &layout)
{
    const quint32 mantissaMask = (quint32(1) << layout.mantissaBits) - 1;
    const quint32 exponentMask = (quint32(1) << layout.exponentBits) - 1;
    return ((quint32(exponent) & exponentMask) << layout.mantissaBits) | (quint32(mantissa) & mantissaMask);
}

QString rangeText(const Layout &layout)
{
    return Ieee11073Texts::tr("mantissa %1…%2, exponent %3…%4")
        .arg(QString::number(-layout.maxMantissa), QString::number(layout.maxMantissa),
             QString::number(layout.minExponent), QString::number(layout.maxExponent));
}

Result<quint32> encode(double value, int exponent, const Layout &layout)
{
    if (std::isnan(value))
        return specialCode(MderSpecial::NaN, layout);
    if (std::isinf(value))
        return specialCode(value > 0 ? MderSpecial::PlusInfinity : MderSpecial::MinusInfinity, layout);
    const QString name = QLatin1String(layout.name);
    if (exponent < layout.minExponent || exponent > layout.maxExponent) {
        return Error(Error::Kind::InvalidArgument,
                     Ieee11073Texts::tr("exponent %1 is outside the %2 range (%3)")
                         .arg(QString::number(exponent), name, rangeText(layout)));
    }
    const double mantissa
        = std::round(exponent < 0 ? value * std::pow(10.0, -exponent) : value / std::pow(10.0, exponent));
    if (!mantissaFits(mantissa, exponent, layout)) {
        return Error(
            Error::Kind::InvalidArgument,
            Ieee11073Texts::tr("%1 does not fit an %2 with exponent %3 (%4)")
                .arg(codec::formatDouble(value), name, QString::number(exponent), rangeText(layout)));
    }
    return pack(qint32(mantissa), exponent, layout);
}

Result<quint32> fromText(QStringView text, const Layout &layout)
{
    const QString trimmed = text.trimmed().toString().toLower();
    if (trimmed == u"nan")
        return specialCode(MderSpecial::NaN, layout);
    if (trimmed == u"nres")
        return specialCode(MderSpecial::NRes, layout);
    if (trimmed == u"+inf" || trimmed == u"inf" || trimmed == u"+infinity" || trimmed == u"infinity")
        return specialCode(MderSpecial::PlusInfinity, layout);
    if (trimmed == u"-inf" || trimmed == u"-infinity")
        return specialCode(MderSpecial::MinusInfinity, layout);
    const QString name = QLatin1String(layout.name);
    const std::optional<codec::DecimalText> decimal = codec::parseDecimal(text);
    if (!decimal) {
        return Error(
            Error::Kind::InvalidArgument,
            Ieee11073Texts::tr("'%1' is not a number (expected e.g. 36.5, -2, NaN, NRes, +INF, -INF)")
                .arg(text.trimmed().toString()));
    }
    QString digits = decimal->digits;
    int exponent = decimal->scale;
    const int maxDigits = int(QString::number(layout.maxMantissa).size());
    const int sign = decimal->negative ? -1 : 1;
    auto tooBig = [&] {
        return digits.size() > maxDigits
            || !mantissaFits(sign * double(digits.toLongLong()), exponent, layout);
    };
    // Fold trailing zeros into the exponent only when needed (precision is meaningful).
    while ((tooBig() || exponent < layout.minExponent) && digits.size() > 1 && digits.endsWith(u'0')) {
        digits.chop(1);
        ++exponent;
    }
    if (digits == u"0")
        exponent = std::clamp(exponent, layout.minExponent, std::min(layout.maxExponent, 0));
    // Large exponents can be traded for mantissa digits: 1e8 → 10 × 10⁷.
    while (exponent > layout.maxExponent && digits != u"0") {
        const QString longer = digits + QLatin1Char('0');
        if (longer.size() > maxDigits
            || !mantissaFits(sign * double(longer.toLongLong()), exponent - 1, layout))
            break;
        digits = longer;
        --exponent;
    }
    if (tooBig() || exponent < layout.minExponent || exponent > layout.maxExponent) {
        return Error(
            Error::Kind::InvalidArgument,
            Ieee11073Texts::tr("%1 cannot be stored exactly as %2 (%3); use fewer significant digits")
                .arg(text.trimmed().toString(), name, rangeText(layout)));
    }
    const qint32 mantissa = qint32(digits.toLongLong()) * sign;
    return pack(mantissa, exponent, layout);
}
} // namespace

QString MderFloat::toString() const
{
    if (special != MderSpecial::None)
        return mderSpecialName(special);
    return codec::shiftDecimalPoint(QString::number(mantissa), exponent);
}

QString mderSpecialName(MderSpecial special)
{
    switch (special) {
    case MderSpecial::None: return {};
    case MderSpecial::NaN: return QStringLiteral("NaN");
    case MderSpecial::NRes: return QStringLiteral("NRes");
    case MderSpecial::PlusInfinity: return QStringLiteral("+INF");
    case MderSpecial::MinusInfinity: return QStringLiteral("-INF");
    case MderSpecial::Reserved: return Ieee11073Texts::tr("Reserved");
    }
    return {};
}

MderFloat decodeSFloat(quint16 raw)
{
    return decode(raw, sfloatLayout);
}

MderFloat decodeFloat(quint32 raw)
{
    return decode(raw, floatLayout);
}

Result<quint16> encodeSFloat(double value, int exponent)
{
    const Result<quint32> r = encode(value, exponent, sfloatLayout);
    if (!r.ok())
        return r.error();
    return quint16(r.value());
}

Result<quint32> encodeFloat(double value, int exponent)
{
    return encode(value, exponent, floatLayout);
}

quint16 sfloatSpecialCode(MderSpecial special)
{
    return quint16(specialCode(special, sfloatLayout));
}

quint32 floatSpecialCode(MderSpecial special)
{
    return specialCode(special, floatLayout);
}

Result<quint16> sfloatFromText(QStringView text)
{
    const Result<quint32> r = fromText(text, sfloatLayout);
    if (!r.ok())
        return r.error();
    return quint16(r.value());
}

Result<quint32> floatFromText(QStringView text)
{
    return fromText(text, floatLayout);
}

} // namespace gattscope
