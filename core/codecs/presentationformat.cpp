// SPDX-License-Identifier: MIT
#include "presentationformat.h"

#include "codecutil_p.h"
#include "gattunit.h"
#include "ieee11073.h"
#include "textcodec.h"

#include <gattscope/core/base/hexcodec.h>

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <optional>

namespace gattscope {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct PresentationFormatTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::PresentationFormat)
};

using Source = DecodedValue::Source;

struct IntegerInfo
{
    int bits;
    bool isSigned;
};

std::optional<IntegerInfo> integerInfo(GattFormat format)
{
    switch (format) {
    case GattFormat::Bit2: return IntegerInfo { 2, false };
    case GattFormat::Nibble: return IntegerInfo { 4, false };
    case GattFormat::UInt8: return IntegerInfo { 8, false };
    case GattFormat::UInt12: return IntegerInfo { 12, false };
    case GattFormat::UInt16: return IntegerInfo { 16, false };
    case GattFormat::UInt24: return IntegerInfo { 24, false };
    case GattFormat::UInt32: return IntegerInfo { 32, false };
    case GattFormat::UInt48: return IntegerInfo { 48, false };
    case GattFormat::UInt64: return IntegerInfo { 64, false };
    case GattFormat::UInt128: return IntegerInfo { 128, false };
    case GattFormat::SInt8: return IntegerInfo { 8, true };
    case GattFormat::SInt12: return IntegerInfo { 12, true };
    case GattFormat::SInt16: return IntegerInfo { 16, true };
    case GattFormat::SInt24: return IntegerInfo { 24, true };
    case GattFormat::SInt32: return IntegerInfo { 32, true };
    case GattFormat::SInt48: return IntegerInfo { 48, true };
    case GattFormat::SInt64: return IntegerInfo { 64, true };
    case GattFormat::SInt128: return IntegerInfo { 128, true };
    default: return std::nullopt;
    }
}

double scaled(double raw, int exponent)
{
    if (exponent == 0)
        return raw;
    return exponent < 0 ? raw / std::pow(10.0, -exponent) : raw * std::pow(10.0, exponent);
}

QString withUnit(const QString &number, const QString &unit)
{
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

DecodedField valueField(double value, const QString &unit, const QString &key = QStringLiteral("value"),
                        const QString &name = PresentationFormatTexts::tr("Value"))
{
    return DecodedField { key, name, value, unit };
}

Error invalid(const QString &message)
{
    return Error(Error::Kind::InvalidArgument, message);
}

Result<QByteArray> encodeInteger(QStringView text, IntegerInfo info, int exponent, const QString &formatName)
{
    const int byteCount = (info.bits + 7) / 8;
    if (text.startsWith(u"0x") || text.startsWith(u"0X")) {
        // Raw bit pattern, exponent not applied: what a firmware engineer means by hex.
        const std::optional<codec::WideUInt> raw = codec::WideUInt::fromHex(text.mid(2));
        if (!raw)
            return invalid(PresentationFormatTexts::tr("'%1' is not a hex number").arg(text.toString()));
        if (raw->bitLength() > info.bits)
            return invalid(PresentationFormatTexts::tr("%1 does not fit in %2 bits")
                               .arg(text.toString(), QString::number(info.bits)));
        return raw->toLittleEndian(byteCount);
    }
    const std::optional<codec::DecimalText> decimal = codec::parseDecimal(text);
    if (!decimal)
        return invalid(PresentationFormatTexts::tr("'%1' is not a number").arg(text.toString()));
    const std::optional<QString> digits = codec::integerDigitsAtScale(*decimal, exponent);
    if (!digits) {
        if (exponent < 0) {
            return invalid(PresentationFormatTexts::tr(
                               "%1 has too many decimals: %2 with exponent %3 has a resolution of %4")
                               .arg(text.toString(), formatName, QString::number(exponent),
                                    codec::shiftDecimalPoint(QStringLiteral("1"), exponent)));
        }
        return invalid(PresentationFormatTexts::tr("%1 is not a multiple of %2 (%3 with exponent %4)")
                           .arg(text.toString(), codec::shiftDecimalPoint(QStringLiteral("1"), exponent),
                                formatName, QString::number(exponent)));
    }
    const std::optional<codec::WideUInt> magnitude = codec::WideUInt::fromDecimal(*digits);
    std::optional<QByteArray> bytes;
    if (magnitude)
        bytes
            = codec::writeInteger(codec::WideInt { decimal->negative, *magnitude }, info.bits, info.isSigned);
    if (!bytes) {
        return invalid(
            PresentationFormatTexts::tr("%1 is out of range for %2 (%3…%4)")
                .arg(text.toString(), formatName,
                     codec::shiftDecimalPoint(codec::integerMinText(info.bits, info.isSigned), exponent),
                     codec::shiftDecimalPoint(codec::integerMaxText(info.bits, info.isSigned), exponent)));
    }
    return *bytes;
}

Result<QByteArray> encodeBoolean(QStringView text)
{
    const QString t = text.toString().toLower();
    if (t == u"true" || t == u"1" || t == u"on" || t == u"yes")
        return QByteArray(1, '\x01');
    if (t == u"false" || t == u"0" || t == u"off" || t == u"no")
        return QByteArray(1, '\x00');
    return invalid(PresentationFormatTexts::tr("'%1' is not a boolean (true/false, 1/0, on/off, yes/no)")
                       .arg(text.toString()));
}

void warnText(DecodedValue &v, const DecodedText &t)
{
    if (!t.valid) {
        appendWarning(v.warning,
                      PresentationFormatTexts::tr("invalid text encoding at byte %1 (%2 shown as escapes)")
                          .arg(QString::number(t.firstInvalidOffset), codec::byteCountText(t.invalidBytes)));
    }
    if (t.trailingNuls > 0)
        appendWarning(v.warning,
                      PresentationFormatTexts::tr("%1 trailing NUL padding not shown")
                          .arg(codec::byteCountText(t.trailingNuls)));
}
} // namespace

QString gattFormatName(GattFormat format)
{
    switch (format) {
    case GattFormat::Rfu: return PresentationFormatTexts::tr("RFU");
    case GattFormat::Boolean: return QStringLiteral("boolean");
    case GattFormat::Bit2: return QStringLiteral("2bit");
    case GattFormat::Nibble: return QStringLiteral("nibble");
    case GattFormat::UInt8: return QStringLiteral("uint8");
    case GattFormat::UInt12: return QStringLiteral("uint12");
    case GattFormat::UInt16: return QStringLiteral("uint16");
    case GattFormat::UInt24: return QStringLiteral("uint24");
    case GattFormat::UInt32: return QStringLiteral("uint32");
    case GattFormat::UInt48: return QStringLiteral("uint48");
    case GattFormat::UInt64: return QStringLiteral("uint64");
    case GattFormat::UInt128: return QStringLiteral("uint128");
    case GattFormat::SInt8: return QStringLiteral("sint8");
    case GattFormat::SInt12: return QStringLiteral("sint12");
    case GattFormat::SInt16: return QStringLiteral("sint16");
    case GattFormat::SInt24: return QStringLiteral("sint24");
    case GattFormat::SInt32: return QStringLiteral("sint32");
    case GattFormat::SInt48: return QStringLiteral("sint48");
    case GattFormat::SInt64: return QStringLiteral("sint64");
    case GattFormat::SInt128: return QStringLiteral("sint128");
    case GattFormat::Float32: return QStringLiteral("float32 (IEEE-754)");
    case GattFormat::Float64: return QStringLiteral("float64 (IEEE-754)");
    case GattFormat::SFloat: return QStringLiteral("SFLOAT (IEEE-11073)");
    case GattFormat::Float: return QStringLiteral("FLOAT (IEEE-11073)");
    case GattFormat::DUInt16: return QStringLiteral("duint16");
    case GattFormat::Utf8s: return QStringLiteral("utf8s");
    case GattFormat::Utf16s: return QStringLiteral("utf16s");
    case GattFormat::Struct: return QStringLiteral("struct");
    }
    return PresentationFormatTexts::tr("format 0x%1 (unknown)")
        .arg(QStringLiteral("%1").arg(quint8(format), 2, 16, QLatin1Char('0')).toUpper());
}

int gattFormatSize(GattFormat format)
{
    if (const std::optional<IntegerInfo> info = integerInfo(format))
        return (info->bits + 7) / 8;
    switch (format) {
    case GattFormat::Boolean: return 1;
    case GattFormat::Float32: return 4;
    case GattFormat::Float64: return 8;
    case GattFormat::SFloat: return 2;
    case GattFormat::Float: return 4;
    case GattFormat::DUInt16: return 4;
    case GattFormat::Utf8s:
    case GattFormat::Utf16s:
    case GattFormat::Struct: return 0;
    default: return -1;
    }
}

bool isIntegerGattFormat(GattFormat format)
{
    return integerInfo(format).has_value();
}

bool isKnownGattFormat(GattFormat format)
{
    return gattFormatSize(format) >= 0;
}

Result<PresentationFormat> PresentationFormat::parse(QByteArrayView descriptorValue)
{
    if (descriptorValue.size() != 7) {
        return Error(
            Error::Kind::Protocol,
            PresentationFormatTexts::tr("a Presentation Format descriptor (0x2904) is 7 bytes, got %1")
                .arg(codec::byteCountText(descriptorValue.size())));
    }
    const char *p = descriptorValue.data();
    PresentationFormat f;
    f.format = GattFormat(quint8(p[0]));
    f.exponent = qint8(p[1]);
    f.unit = codec::readLe16(p + 2);
    f.nameSpace = quint8(p[4]);
    f.description = codec::readLe16(p + 5);
    return f;
}

QByteArray PresentationFormat::toBytes() const
{
    QByteArray out;
    out.append(char(format));
    out.append(char(exponent));
    out.append(codec::toLittleEndianBytes(unit, 2));
    out.append(char(nameSpace));
    out.append(codec::toLittleEndianBytes(description, 2));
    return out;
}

QString PresentationFormat::toString() const
{
    QString text = gattFormatName(format);
    if (exponent != 0 && isIntegerGattFormat(format))
        text += QStringLiteral(" × 10^") + QString::number(exponent);
    if (unit != 0x2700) {
        const QString symbol = unitSymbol();
        text += QStringLiteral(", ") + gattUnitName(unit);
        if (!symbol.isEmpty())
            text += QStringLiteral(" [") + symbol + QLatin1Char(']');
    }
    if (description != 0) {
        text += PresentationFormatTexts::tr(", namespace 0x%1, description 0x%2")
                    .arg(QStringLiteral("%1").arg(nameSpace, 2, 16, QLatin1Char('0')).toUpper(),
                         QStringLiteral("%1").arg(description, 4, 16, QLatin1Char('0')).toUpper());
    }
    return text;
}

QString PresentationFormat::unitSymbol() const
{
    return gattUnitSymbol(unit);
}

DecodedValue PresentationFormat::decode(QByteArrayView value) const
{
    const int size = gattFormatSize(format);
    const QString name = gattFormatName(format);
    if (size < 0) {
        DecodedValue v = DecodedValue::hex(value, Source::PresentationFormat);
        v.warning = PresentationFormatTexts::tr("%1 is reserved; shown as hex").arg(name);
        return v;
    }
    if (value.size() < size) {
        return DecodedValue::hex(
            value, Source::PresentationFormat,
            Error(Error::Kind::Protocol,
                  PresentationFormatTexts::tr("%1 needs %2, got %3")
                      .arg(name, codec::byteCountText(size), codec::byteCountText(value.size()))));
    }
    DecodedValue v;
    v.source = Source::PresentationFormat;
    const QString symbol = unitSymbol();
    const QByteArrayView bytes = size > 0 ? value.first(size) : value;
    if (size > 0 && value.size() > size) {
        v.warning = PresentationFormatTexts::tr("%1 after the %2 value ignored")
                        .arg(codec::byteCountText(value.size() - size), gattFormatName(format));
    }
    const char *p = bytes.data();

    if (const std::optional<IntegerInfo> info = integerInfo(format)) {
        const codec::WideInt raw = codec::readInteger(bytes, info->bits, info->isSigned);
        v.text = withUnit(codec::shiftDecimalPoint(raw.toDecimal(), exponent), symbol);
        if (info->bits == 128) {
            QByteArray bigEndian = bytes.toByteArray();
            std::reverse(bigEndian.begin(), bigEndian.end());
            v.text += QStringLiteral(" (0x") + toHex(bigEndian, QChar()) + QLatin1Char(')');
        }
        if (info->bits % 8 != 0 && (quint8(p[size - 1]) >> (info->bits % 8)) != 0)
            appendWarning(v.warning,
                          PresentationFormatTexts::tr("unused high bits of the %1 value are set").arg(name));
        v.unit = symbol;
        v.fields.append(valueField(scaled(raw.toDouble(), exponent), symbol));
        return v;
    }

    switch (format) {
    case GattFormat::Boolean: {
        const quint8 b = quint8(p[0]);
        if (b > 1) {
            v.text = PresentationFormatTexts::tr("invalid boolean 0x%1")
                         .arg(QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper());
            v.error
                = Error(Error::Kind::Protocol, PresentationFormatTexts::tr("boolean value must be 0 or 1"));
        } else {
            v.text = b ? QStringLiteral("true") : QStringLiteral("false");
        }
        v.fields.append(valueField(b, {}));
        return v;
    }
    case GattFormat::Float32: {
        const float f = std::bit_cast<float>(codec::readLe32(p));
        v.text = withUnit(codec::formatFloat(f), symbol);
        v.unit = symbol;
        v.fields.append(valueField(double(f), symbol));
        return v;
    }
    case GattFormat::Float64: {
        const double d = std::bit_cast<double>(codec::readLe64(p));
        v.text = withUnit(codec::formatDouble(d), symbol);
        v.unit = symbol;
        v.fields.append(valueField(d, symbol));
        return v;
    }
    case GattFormat::SFloat:
    case GattFormat::Float: {
        const bool isShort = format == GattFormat::SFloat;
        const quint32 raw = isShort ? codec::readLe16(p) : codec::readLe32(p);
        const MderFloat f = isShort ? decodeSFloat(quint16(raw)) : decodeFloat(raw);
        v.text = f.isSpecial() ? f.toString() : withUnit(f.toString(), symbol);
        v.unit = symbol;
        v.fields.append(valueField(f.value, symbol));
        // A reserved code is not a measurement and has no text to write back: say so, as
        // for other reserved values, rather than offering "Reserved" as an editable value.
        if (f.special == MderSpecial::Reserved)
            appendWarning(
                v.warning,
                PresentationFormatTexts::tr("%1 code 0x%2 is reserved")
                    .arg(name, QStringLiteral("%1").arg(raw, isShort ? 4 : 8, 16, QLatin1Char('0'))));
        return v;
    }
    case GattFormat::DUInt16: {
        const quint16 a = codec::readLe16(p);
        const quint16 b = codec::readLe16(p + 2);
        v.text = withUnit(QString::number(a) + QStringLiteral(", ") + QString::number(b), symbol);
        v.unit = symbol;
        v.fields.append(
            valueField(a, symbol, QStringLiteral("value1"), PresentationFormatTexts::tr("Value 1")));
        v.fields.append(
            valueField(b, symbol, QStringLiteral("value2"), PresentationFormatTexts::tr("Value 2")));
        return v;
    }
    case GattFormat::Utf8s:
    case GattFormat::Utf16s: {
        const DecodedText t = format == GattFormat::Utf8s
            ? decodeUtf8(bytes, InvalidUtf8Display::Escape, TrailingNuls::Strip)
            : decodeUtf16Le(bytes, TrailingNuls::Strip);
        v.text = t.text;
        warnText(v, t);
        return v;
    }
    default: // struct: opaque by definition
        v.text = toHex(bytes);
        return v;
    }
}

int PresentationFormat::numberCount() const
{
    if (integerInfo(format))
        return 1;
    switch (format) {
    case GattFormat::Boolean:
    case GattFormat::Float32:
    case GattFormat::Float64:
    case GattFormat::SFloat:
    case GattFormat::Float: return 1;
    case GattFormat::DUInt16: return 2;
    default: return 0;
    }
}

bool PresentationFormat::decodeNumbers(QByteArrayView value, QList<double> &out) const
{
    const int size = gattFormatSize(format);
    if (size <= 0 || value.size() < size || numberCount() == 0)
        return false;
    const char *p = value.data();
    if (const std::optional<IntegerInfo> info = integerInfo(format)) {
        out.append(
            scaled(codec::readInteger(value.first(size), info->bits, info->isSigned).toDouble(), exponent));
        return true;
    }
    switch (format) {
    case GattFormat::Boolean:
        if (quint8(p[0]) > 1)
            return false; // decode() calls it an invalid boolean
        out.append(quint8(p[0]));
        return true;
    case GattFormat::Float32: out.append(double(std::bit_cast<float>(codec::readLe32(p)))); return true;
    case GattFormat::Float64: out.append(std::bit_cast<double>(codec::readLe64(p))); return true;
    case GattFormat::SFloat: out.append(decodeSFloat(codec::readLe16(p)).value); return true;
    case GattFormat::Float: out.append(decodeFloat(codec::readLe32(p)).value); return true;
    case GattFormat::DUInt16:
        out.append(codec::readLe16(p));
        out.append(codec::readLe16(p + 2));
        return true;
    default: return false;
    }
}

Result<QByteArray> PresentationFormat::encode(QStringView text) const
{
    const QString name = gattFormatName(format);
    switch (format) {
    case GattFormat::Utf8s: return parseEscapedText(text);
    case GattFormat::Utf16s: return encodeUtf16Le(text);
    case GattFormat::Struct: return parseHex(text);
    default: break;
    }
    if (!isKnownGattFormat(format))
        return parseHex(text);
    const QString symbol = unitSymbol();
    const std::optional<IntegerInfo> info = integerInfo(format);
    QStringView shown = text.trimmed();
    if (info && info->bits == 128) {
        // decode() shows "<decimal> <unit> (0x<hex>)": the decimal part is the value.
        const qsizetype hex = shown.lastIndexOf(u" (0x");
        if (hex > 0 && shown.endsWith(u')'))
            shown = shown.first(hex);
    }
    const QStringView t = codec::stripUnit(shown, symbol);
    if (info)
        return encodeInteger(t, *info, exponent, name);

    switch (format) {
    case GattFormat::Boolean: return encodeBoolean(t);
    case GattFormat::Float32:
    case GattFormat::Float64: {
        bool ok = false;
        const double d = t.toString().toDouble(&ok);
        if (!ok)
            return invalid(PresentationFormatTexts::tr("'%1' is not a number").arg(t.toString()));
        if (format == GattFormat::Float64)
            return codec::toLittleEndianBytes(std::bit_cast<quint64>(d), 8);
        if (std::isfinite(d) && !codec::fitsFloat32(d))
            return invalid(PresentationFormatTexts::tr("%1 is out of range for float32").arg(t.toString()));
        return codec::toLittleEndianBytes(std::bit_cast<quint32>(float(d)), 4);
    }
    case GattFormat::SFloat: {
        const Result<quint16> r = sfloatFromText(t);
        if (!r.ok())
            return r.error();
        return codec::toLittleEndianBytes(r.value(), 2);
    }
    case GattFormat::Float: {
        const Result<quint32> r = floatFromText(t);
        if (!r.ok())
            return r.error();
        return codec::toLittleEndianBytes(r.value(), 4);
    }
    case GattFormat::DUInt16: {
        QList<QStringView> parts;
        for (QStringView part : t.split(u',', Qt::SkipEmptyParts)) {
            for (QStringView word : part.split(u' ', Qt::SkipEmptyParts))
                parts.append(word);
        }
        if (parts.size() != 2)
            return invalid(PresentationFormatTexts::tr("duint16 needs two numbers, e.g. \"120, 80\""));
        QByteArray out;
        for (QStringView part : parts) {
            const Result<QByteArray> r = encodeInteger(part.trimmed(), IntegerInfo { 16, false }, 0, name);
            if (!r.ok())
                return r.error();
            out.append(r.value());
        }
        return out;
    }
    default: return parseHex(text);
    }
}

} // namespace gattscope
