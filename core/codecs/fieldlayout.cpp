// SPDX-License-Identifier: MIT
#include "fieldlayout.h"

#include "codecutil_p.h"

#include <QCoreApplication>
#include <QFloat16>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace gattscope {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct FieldLayoutTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::FieldLayout)
};

constexpr int MaxLayoutSize = 512; // longest ATT attribute value

using Type = FieldLayout::Type;

std::optional<Type> typeForCode(QChar c)
{
    switch (c.unicode()) {
    case u'x': return Type::Pad;
    case u'b': return Type::Int8;
    case u'B': return Type::UInt8;
    case u'?': return Type::Bool;
    case u'h': return Type::Int16;
    case u'H': return Type::UInt16;
    case u'i':
    case u'l': return Type::Int32;
    case u'I':
    case u'L': return Type::UInt32;
    case u'e': return Type::Float16;
    case u'f': return Type::Float32;
    case u'd': return Type::Float64;
    default: return std::nullopt;
    }
}

bool isFloatType(Type t)
{
    return t == Type::Float16 || t == Type::Float32 || t == Type::Float64;
}

// Integer range of a type (bool as 0..1).
std::pair<double, double> integerRange(Type t)
{
    switch (t) {
    case Type::Int8: return { -128.0, 127.0 };
    case Type::UInt8: return { 0.0, 255.0 };
    case Type::Bool: return { 0.0, 1.0 };
    case Type::Int16: return { -32768.0, 32767.0 };
    case Type::UInt16: return { 0.0, 65535.0 };
    case Type::Int32: return { -2147483648.0, 2147483647.0 };
    case Type::UInt32: return { 0.0, 4294967295.0 };
    default: return { 0.0, 0.0 };
    }
}

quint64 readRaw(const char *p, int size, bool bigEndian)
{
    quint64 v = 0;
    for (int i = 0; i < size; ++i) {
        const int index = bigEndian ? i : size - 1 - i;
        v = (v << 8) | quint8(p[index]);
    }
    return v;
}

QByteArray writeRaw(quint64 v, int size, bool bigEndian)
{
    QByteArray out = codec::toLittleEndianBytes(v, size);
    if (bigEndian)
        std::reverse(out.begin(), out.end());
    return out;
}

double decodeOne(Type t, const char *p, bool bigEndian)
{
    const quint64 raw = readRaw(p, fieldTypeSize(t), bigEndian);
    switch (t) {
    case Type::Int8: return qint8(raw);
    case Type::UInt8: return quint8(raw);
    case Type::Bool: return raw != 0 ? 1.0 : 0.0;
    case Type::Int16: return qint16(raw);
    case Type::UInt16: return quint16(raw);
    case Type::Int32: return qint32(raw);
    case Type::UInt32: return quint32(raw);
    case Type::Float16: return double(float(std::bit_cast<qfloat16>(quint16(raw))));
    case Type::Float32: return double(std::bit_cast<float>(quint32(raw)));
    case Type::Float64: return std::bit_cast<double>(raw);
    case Type::Pad: break;
    }
    return 0;
}
} // namespace

char fieldTypeCode(FieldLayout::Type type)
{
    switch (type) {
    case Type::Pad: return 'x';
    case Type::Int8: return 'b';
    case Type::UInt8: return 'B';
    case Type::Bool: return '?';
    case Type::Int16: return 'h';
    case Type::UInt16: return 'H';
    case Type::Int32: return 'i';
    case Type::UInt32: return 'I';
    case Type::Float16: return 'e';
    case Type::Float32: return 'f';
    case Type::Float64: return 'd';
    }
    return '?';
}

int fieldTypeSize(FieldLayout::Type type)
{
    switch (type) {
    case Type::Pad:
    case Type::Int8:
    case Type::UInt8:
    case Type::Bool: return 1;
    case Type::Int16:
    case Type::UInt16:
    case Type::Float16: return 2;
    case Type::Int32:
    case Type::UInt32:
    case Type::Float32: return 4;
    case Type::Float64: return 8;
    }
    return 0;
}

Result<FieldLayout> FieldLayout::parse(QStringView format)
{
    auto fail = [](const QString &message) {
        return Error(Error::Kind::InvalidArgument, message);
    };
    FieldLayout layout;
    layout.m_format = format.trimmed().toString();
    qsizetype i = 0;
    while (i < format.size() && format[i].isSpace())
        ++i;
    if (i < format.size()) {
        const QChar c = format[i];
        if (c == u'<' || c == u'>' || c == u'!') {
            layout.m_byteOrder = c == u'<' ? ByteOrder::LittleEndian : ByteOrder::BigEndian;
            ++i;
        } else if (c == u'=' || c == u'@') {
            return fail(
                FieldLayoutTexts::tr(
                    "byte order '%1' (native) is not supported; use '<' (little-endian) or '>' (big-endian)")
                    .arg(QString(c)));
        }
    }
    while (i < format.size()) {
        const QChar c = format[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        int count = 1;
        const qsizetype countStart = i;
        if (c.isDigit() && c.unicode() < 128) {
            count = 0;
            while (i < format.size() && format[i].isDigit() && format[i].unicode() < 128) {
                count = count * 10 + (format[i].unicode() - u'0');
                if (count > MaxLayoutSize)
                    return fail(
                        FieldLayoutTexts::tr("repeat count at position %1 is too large").arg(countStart));
                ++i;
            }
            if (i >= format.size() || !typeForCode(format[i])) {
                if (i < format.size() && !format[i].isSpace() && !format[i].isDigit()) {
                    return fail(FieldLayoutTexts::tr("unknown field type '%1' at position %2")
                                    .arg(QString(format[i]), QString::number(i)));
                }
                return fail(
                    FieldLayoutTexts::tr("repeat count at position %1 is not followed by a field type")
                        .arg(countStart));
            }
            if (count == 0)
                return fail(
                    FieldLayoutTexts::tr("repeat count at position %1 must be at least 1").arg(countStart));
        }
        if (format[i] == u'<' || format[i] == u'>' || format[i] == u'!' || format[i] == u'='
            || format[i] == u'@')
            return fail(FieldLayoutTexts::tr("byte order '%1' at position %2 must come first")
                            .arg(QString(format[i]), QString::number(i)));
        const std::optional<Type> type = typeForCode(format[i]);
        if (!type)
            return fail(FieldLayoutTexts::tr("unknown field type '%1' at position %2")
                            .arg(QString(format[i]), QString::number(i)));
        layout.m_size += count * fieldTypeSize(*type);
        if (layout.m_size > MaxLayoutSize)
            return fail(FieldLayoutTexts::tr("layout is longer than %1 bytes").arg(MaxLayoutSize));
        for (int k = 0; k < count; ++k)
            layout.m_types.append(*type);
        ++i;
    }
    if (layout.fieldCount() == 0)
        return fail(FieldLayoutTexts::tr("layout '%1' has no fields").arg(layout.m_format));
    return layout;
}

int FieldLayout::fieldCount() const
{
    return int(m_types.size() - m_types.count(Type::Pad));
}

QList<FieldLayout::Type> FieldLayout::fieldTypes() const
{
    QList<Type> types;
    for (Type t : m_types) {
        if (t != Type::Pad)
            types.append(t);
    }
    return types;
}

QStringList FieldLayout::names() const
{
    const int n = fieldCount();
    QStringList out;
    out.reserve(n);
    for (int k = 0; k < n; ++k) {
        const QString given = m_names.value(k).trimmed();
        if (!given.isEmpty())
            out.append(given);
        else if (n == 3)
            out.append(QString(QChar(u"xyz"[k])));
        else
            out.append(QStringLiteral("f") + QString::number(k));
    }
    return out;
}

Result<FieldValues> FieldLayout::decode(QByteArrayView bytes) const
{
    if (isEmpty())
        return Error(Error::Kind::InvalidArgument, FieldLayoutTexts::tr("no field layout"));
    if (bytes.size() < m_size) {
        return Error(Error::Kind::InvalidArgument,
                     FieldLayoutTexts::tr("layout '%1' needs %2, got %3")
                         .arg(m_format, codec::byteCountText(m_size), codec::byteCountText(bytes.size())));
    }
    FieldValues out;
    out.names = names();
    out.trailingBytes = int(bytes.size() - m_size);
    const bool bigEndian = m_byteOrder == ByteOrder::BigEndian;
    qsizetype offset = 0;
    for (Type t : m_types) {
        if (t != Type::Pad)
            out.values.append(decodeOne(t, bytes.data() + offset, bigEndian) * m_scale + m_offset);
        offset += fieldTypeSize(t);
    }
    return out;
}

bool FieldLayout::decodeNumbers(QByteArrayView bytes, QList<double> &out) const
{
    if (isEmpty() || bytes.size() < m_size)
        return false;
    const bool bigEndian = m_byteOrder == ByteOrder::BigEndian;
    qsizetype offset = 0;
    for (Type t : m_types) {
        if (t != Type::Pad)
            out.append(decodeOne(t, bytes.data() + offset, bigEndian) * m_scale + m_offset);
        offset += fieldTypeSize(t);
    }
    return true;
}

DecodedValue FieldLayout::decodeValue(QByteArrayView bytes) const
{
    const Result<FieldValues> r = decode(bytes);
    if (!r.ok())
        return DecodedValue::hex(bytes, DecodedValue::Source::UserLayout, r.error());
    DecodedValue v;
    v.source = DecodedValue::Source::UserLayout;
    v.unit = m_unit;
    const QList<Type> types = fieldTypes();
    const bool identity = m_scale == 1.0 && m_offset == 0.0;
    QStringList parts;
    for (qsizetype k = 0; k < r.value().values.size(); ++k) {
        const double value = r.value().values[k];
        const QString &name = r.value().names[k];
        // float32/half shown at their own precision (0.1f as "0.1", not 0.10000000149…)
        QString number = (identity && types[k] != Type::Float64 && isFloatType(types[k]))
            ? codec::formatFloat(float(value))
            : codec::formatDouble(value);
        if (!m_unit.isEmpty())
            number += QLatin1Char(' ') + m_unit;
        parts.append(name + QStringLiteral(": ") + number);
        v.fields.append(DecodedField { name, name, value, m_unit });
    }
    v.text = parts.join(QStringLiteral(", "));
    if (r.value().trailingBytes > 0) {
        v.warning
            = FieldLayoutTexts::tr("%1 after the layout not decoded (layout '%2' is %3)")
                  .arg(codec::byteCountText(r.value().trailingBytes), m_format, codec::byteCountText(m_size));
    }
    return v;
}

Result<QByteArray> FieldLayout::encode(const QList<double> &values) const
{
    auto fail = [](const QString &message) {
        return Error(Error::Kind::InvalidArgument, message);
    };
    if (isEmpty())
        return fail(FieldLayoutTexts::tr("no field layout"));
    const QStringList fieldNames = names();
    if (values.size() != fieldNames.size()) {
        return fail(FieldLayoutTexts::tr("layout '%1' has %2 fields (%3), got %4 values")
                        .arg(m_format, QString::number(fieldNames.size()),
                             fieldNames.join(QStringLiteral(", ")), QString::number(values.size())));
    }
    if (m_scale == 0.0 || !std::isfinite(m_scale))
        return fail(
            FieldLayoutTexts::tr("cannot encode with a scale of %1").arg(codec::formatDouble(m_scale)));
    const bool bigEndian = m_byteOrder == ByteOrder::BigEndian;
    QByteArray out;
    out.reserve(m_size);
    qsizetype k = 0;
    for (Type t : m_types) {
        const int size = fieldTypeSize(t);
        if (t == Type::Pad) {
            out.append('\0');
            continue;
        }
        const double raw = (values[k] - m_offset) / m_scale;
        const QString &name = fieldNames[k];
        ++k;
        if (isFloatType(t)) {
            const bool fits = t == Type::Float16 ? std::fabs(raw) < 65520.0 // 65504 + ULP/2
                : t == Type::Float32             ? codec::fitsFloat32(raw)
                                                 : true;
            if (std::isfinite(raw) && !fits) {
                return fail(FieldLayoutTexts::tr("%1 = %2 is out of range for '%3'")
                                .arg(name, codec::formatDouble(values[k - 1]),
                                     QString(QLatin1Char(fieldTypeCode(t)))));
            }
            quint64 bits = 0;
            if (t == Type::Float16)
                bits = std::bit_cast<quint16>(qfloat16(float(raw)));
            else if (t == Type::Float32)
                bits = std::bit_cast<quint32>(float(raw));
            else
                bits = std::bit_cast<quint64>(raw);
            out.append(writeRaw(bits, size, bigEndian));
            continue;
        }
        const auto [low, high] = integerRange(t);
        const double rounded = t == Type::Bool ? (raw != 0.0 ? 1.0 : 0.0) : std::round(raw);
        if (!(rounded >= low && rounded <= high)) {
            return fail(FieldLayoutTexts::tr("%1 = %2 is out of range for '%3' (%4…%5)")
                            .arg(name, codec::formatDouble(values[k - 1]),
                                 QString(QLatin1Char(fieldTypeCode(t))),
                                 codec::formatDouble(low * m_scale + m_offset),
                                 codec::formatDouble(high * m_scale + m_offset)));
        }
        out.append(writeRaw(quint64(qint64(rounded)), size, bigEndian));
    }
    return out;
}

Result<QByteArray> FieldLayout::encodeText(QStringView text) const
{
    QString t = text.toString();
    static const QRegularExpression namePrefix(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*\\s*[:=]"));
    t.replace(namePrefix, QStringLiteral(" "));
    if (!m_unit.isEmpty())
        t.replace(m_unit, QStringLiteral(" "));
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList tokens = t.split(separators, Qt::SkipEmptyParts);
    QList<double> values;
    for (const QString &token : tokens) {
        bool ok = false;
        const double v = token.toDouble(&ok);
        if (!ok)
            return Error(Error::Kind::InvalidArgument,
                         FieldLayoutTexts::tr("'%1' is not a number").arg(token));
        values.append(v);
    }
    return encode(values);
}

} // namespace gattscope
