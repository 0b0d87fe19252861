// SPDX-License-Identifier: MIT
#include "sigcharacteristics.h"

#include "codecutil_p.h"
#include "heartratemeasurement.h"
#include "ieee11073.h"
#include "presentationformat.h"
#include "textcodec.h"

#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/numbers/assignednumbers.h>

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace gattscope {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct SigCharacteristicsTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::SigCharacteristics)
};

using Source = DecodedValue::Source;

QString hexNumber(quint32 v, int digits)
{
    return QStringLiteral("0x") + QStringLiteral("%1").arg(v, digits, 16, QLatin1Char('0')).toUpper();
}

DecodedValue sigValue()
{
    DecodedValue v;
    v.source = Source::SigCharacteristic;
    return v;
}

// Fixed-size values: nullopt when the length is fine (warning added for extra bytes),
// else the error value to return.
std::optional<DecodedValue> checkLength(QByteArrayView bytes, qsizetype size, const QString &what,
                                        DecodedValue &v)
{
    if (bytes.size() < size) {
        return DecodedValue::hex(
            bytes, Source::SigCharacteristic,
            Error(Error::Kind::Protocol,
                  SigCharacteristicsTexts::tr("%1 needs %2, got %3")
                      .arg(what, codec::byteCountText(size), codec::byteCountText(bytes.size()))));
    }
    if (bytes.size() > size)
        appendWarning(v.warning,
                      SigCharacteristicsTexts::tr("%1 after the value ignored")
                          .arg(codec::byteCountText(bytes.size() - size)));
    return std::nullopt;
}

DecodedValue decodeString(QByteArrayView bytes)
{
    DecodedValue v = sigValue();
    const DecodedText t = decodeUtf8(bytes, InvalidUtf8Display::Escape, TrailingNuls::Strip);
    v.text = t.text;
    if (!t.valid) {
        appendWarning(v.warning,
                      SigCharacteristicsTexts::tr("invalid UTF-8 at byte %1 (%2 shown as \\x escapes)")
                          .arg(QString::number(t.firstInvalidOffset), codec::byteCountText(t.invalidBytes)));
    }
    if (t.trailingNuls > 0)
        appendWarning(v.warning,
                      SigCharacteristicsTexts::tr("%1 trailing NUL padding not shown")
                          .arg(codec::byteCountText(t.trailingNuls)));
    return v;
}

DecodedValue decodeBattery(QByteArrayView bytes)
{
    DecodedValue v = sigValue();
    if (auto bad = checkLength(bytes, 1, SigCharacteristicsTexts::tr("Battery Level"), v))
        return *bad;
    const quint8 level = quint8(bytes[0]);
    v.text = QString::number(level) + QStringLiteral(" %");
    v.unit = QStringLiteral("%");
    if (level > 100)
        appendWarning(v.warning, SigCharacteristicsTexts::tr("battery level above 100 % is reserved"));
    v.fields.append(DecodedField { QStringLiteral("battery_level"),
                                   SigCharacteristicsTexts::tr("Battery level"), double(level), v.unit });
    return v;
}

DecodedValue decodeTemperature(QByteArrayView bytes)
{
    DecodedValue v = sigValue();
    if (auto bad = checkLength(bytes, 2, SigCharacteristicsTexts::tr("Temperature"), v))
        return *bad;
    const qint16 raw = qint16(codec::readLe16(bytes.data()));
    v.unit = QStringLiteral("°C");
    double value = std::numeric_limits<double>::quiet_NaN();
    if (raw == qint16(-0x8000)) {
        v.text = SigCharacteristicsTexts::tr("unknown");
    } else {
        v.text = codec::shiftDecimalPoint(QString::number(raw), -2) + QStringLiteral(" °C");
        value = raw / 100.0;
    }
    v.fields.append(DecodedField { QStringLiteral("temperature"), SigCharacteristicsTexts::tr("Temperature"),
                                   value, v.unit });
    return v;
}

DecodedValue decodeTemperatureMeasurement(QByteArrayView bytes)
{
    DecodedValue v = sigValue();
    if (bytes.size() < 5) {
        return DecodedValue::hex(
            bytes, Source::SigCharacteristic,
            Error(Error::Kind::Protocol,
                  SigCharacteristicsTexts::tr("Temperature Measurement needs at least 5 bytes, got %1")
                      .arg(codec::byteCountText(bytes.size()))));
    }
    const char *p = bytes.data();
    const quint8 flags = quint8(p[0]);
    const MderFloat t = decodeFloat(codec::readLe32(p + 1));
    v.unit = (flags & 0x01) ? QStringLiteral("°F") : QStringLiteral("°C");
    QStringList parts { t.isSpecial() ? t.toString() : t.toString() + QLatin1Char(' ') + v.unit };
    v.fields.append(DecodedField { QStringLiteral("temperature"), SigCharacteristicsTexts::tr("Temperature"),
                                   t.value, v.unit });
    qsizetype offset = 5;
    if (flags & 0x02) {
        if (offset + 7 > bytes.size()) {
            v.error
                = Error(Error::Kind::Protocol,
                        SigCharacteristicsTexts::tr("Temperature Measurement cut short: time stamp missing"));
        } else {
            parts.append(QString::asprintf("%04u-%02u-%02u %02u:%02u:%02u",
                                           unsigned(codec::readLe16(p + offset)),
                                           unsigned(quint8(p[offset + 2])), unsigned(quint8(p[offset + 3])),
                                           unsigned(quint8(p[offset + 4])), unsigned(quint8(p[offset + 5])),
                                           unsigned(quint8(p[offset + 6]))));
            offset += 7;
        }
    }
    if ((flags & 0x04) && !v.error) {
        if (offset + 1 > bytes.size()) {
            v.error = Error(
                Error::Kind::Protocol,
                SigCharacteristicsTexts::tr("Temperature Measurement cut short: temperature type missing"));
        } else {
            parts.append(temperatureTypeName(quint8(p[offset])));
            ++offset;
        }
    }
    if (!v.error && offset < bytes.size())
        appendWarning(v.warning,
                      SigCharacteristicsTexts::tr("%1 after the value ignored")
                          .arg(codec::byteCountText(bytes.size() - offset)));
    v.text = parts.join(QStringLiteral(", "));
    return v;
}

DecodedValue decodeEnum(QByteArrayView bytes, const QString &what, QString (*name)(quint8))
{
    DecodedValue v = sigValue();
    if (auto bad = checkLength(bytes, 1, what, v))
        return *bad;
    v.text = name(quint8(bytes[0]));
    return v;
}

DecodedValue decodeHeartRate(QByteArrayView bytes)
{
    const HeartRateMeasurement m = HeartRateMeasurement::parse(bytes);
    DecodedValue v = sigValue();
    v.error = m.error;
    v.unit = QStringLiteral("bpm");
    v.text = m.toString();
    if (v.text.isEmpty())
        v.text = toHex(bytes);
    if (m.heartRate) {
        v.fields.append(DecodedField { QStringLiteral("heart_rate"),
                                       SigCharacteristicsTexts::tr("Heart rate"), double(*m.heartRate),
                                       QStringLiteral("bpm") });
    }
    if (m.energyExpended) {
        v.fields.append(DecodedField { QStringLiteral("energy_expended"),
                                       SigCharacteristicsTexts::tr("Energy expended"),
                                       double(*m.energyExpended), QStringLiteral("kJ") });
    }
    for (quint16 rr : m.rrIntervals) {
        v.fields.append(DecodedField { QStringLiteral("rr_interval"),
                                       SigCharacteristicsTexts::tr("RR interval"),
                                       HeartRateMeasurement::rrToMs(rr), QStringLiteral("ms") });
    }
    return v;
}

DecodedValue decodeAppearance(QByteArrayView bytes)
{
    DecodedValue v = sigValue();
    if (auto bad = checkLength(bytes, 2, SigCharacteristicsTexts::tr("Appearance"), v))
        return *bad;
    const quint16 a = codec::readLe16(bytes.data());
    // The number comes first so that encode can read the shown text back.
    const QString name = AssignedNumbers::instance().appearanceName(a);
    v.text = name.isEmpty() ? SigCharacteristicsTexts::tr("%1 (category %2, sub-category %3)")
                                  .arg(hexNumber(a, 4), QString::number(a >> 6), QString::number(a & 0x3F))
                            : hexNumber(a, 4) + QStringLiteral(" (") + name + QLatin1Char(')');
    return v;
}

DecodedValue decodeServiceChanged(QByteArrayView bytes)
{
    DecodedValue v = sigValue();
    if (auto bad = checkLength(bytes, 4, SigCharacteristicsTexts::tr("Service Changed"), v))
        return *bad;
    v.text = SigCharacteristicsTexts::tr("handles %1–%2")
                 .arg(hexNumber(codec::readLe16(bytes.data()), 4),
                      hexNumber(codec::readLe16(bytes.data() + 2), 4));
    return v;
}

// Heart Rate Control Point commands as decode shows them; encode accepts them back.
QString controlPointText(quint8 command)
{
    return command == 0x01 ? SigCharacteristicsTexts::tr("reset energy expended")
                           : SigCharacteristicsTexts::tr("reserved command %1").arg(hexNumber(command, 2));
}

DecodedValue decodeControlPoint(QByteArrayView bytes)
{
    DecodedValue v = sigValue();
    if (auto bad = checkLength(bytes, 1, SigCharacteristicsTexts::tr("Heart Rate Control Point"), v))
        return *bad;
    v.text = controlPointText(quint8(bytes[0]));
    return v;
}

DecodedValue decodeExtendedProperties(QByteArrayView bytes)
{
    DecodedValue v = sigValue();
    if (auto bad = checkLength(bytes, 2, SigCharacteristicsTexts::tr("Extended Properties"), v))
        return *bad;
    const quint16 bits = codec::readLe16(bytes.data());
    QStringList parts;
    if (bits & 0x01)
        parts.append(SigCharacteristicsTexts::tr("reliable write"));
    if (bits & 0x02)
        parts.append(SigCharacteristicsTexts::tr("writable auxiliaries"));
    v.text = parts.isEmpty() ? SigCharacteristicsTexts::tr("none") : parts.join(QStringLiteral(", "));
    return v;
}

// The CCCD texts, indexed by bits 1..0; encode accepts them back.
QString cccdText(int bits)
{
    switch (bits) {
    case 1: return SigCharacteristicsTexts::tr("notifications on");
    case 2: return SigCharacteristicsTexts::tr("indications on");
    case 3: return SigCharacteristicsTexts::tr("notifications and indications on");
    default: return SigCharacteristicsTexts::tr("off");
    }
}

DecodedValue decodeCccd(QByteArrayView bytes)
{
    DecodedValue v = sigValue();
    if (auto bad
        = checkLength(bytes, 2, SigCharacteristicsTexts::tr("Client Characteristic Configuration"), v))
        return *bad;
    const quint16 bits = codec::readLe16(bytes.data());
    v.text = cccdText(bits & 0x0003);
    if (bits & ~0x0003)
        appendWarning(v.warning,
                      SigCharacteristicsTexts::tr("reserved bits set (%1)").arg(hexNumber(bits, 4)));
    return v;
}

DecodedValue decodePresentationFormat(QByteArrayView bytes)
{
    const Result<PresentationFormat> f = PresentationFormat::parse(bytes);
    if (!f.ok())
        return DecodedValue::hex(bytes, Source::SigCharacteristic, f.error());
    DecodedValue v = sigValue();
    v.text = f.value().toString();
    return v;
}

// Decimal (scaled to 10^scale, exactly) or "0x…" hex, within [min, max].
Result<qint64> parseInteger(QStringView text, qint64 min, qint64 max, const QString &what, int scale = 0)
{
    text = text.trimmed();
    std::optional<qint64> value;
    if (text.startsWith(u"0x") || text.startsWith(u"0X")) {
        const std::optional<codec::WideUInt> raw = codec::WideUInt::fromHex(text.mid(2));
        if (raw && raw->bitLength() < 63)
            value = qint64(codec::readLe64(raw->toLittleEndian(8).constData()));
    } else if (const std::optional<codec::DecimalText> d = codec::parseDecimal(text)) {
        const std::optional<QString> digits = codec::integerDigitsAtScale(*d, scale);
        if (!digits) {
            return Error(Error::Kind::InvalidArgument,
                         SigCharacteristicsTexts::tr("%1 allows at most %2 decimals")
                             .arg(what, QString::number(-scale)));
        }
        bool ok = false;
        const qint64 magnitude = digits->toLongLong(&ok);
        if (ok)
            value = d->negative ? -magnitude : magnitude;
    }
    if (!value)
        return Error(Error::Kind::InvalidArgument,
                     SigCharacteristicsTexts::tr("'%1' is not a number").arg(text.toString()));
    if (*value < min || *value > max) {
        return Error(Error::Kind::InvalidArgument,
                     SigCharacteristicsTexts::tr("%1 must be between %2 and %3")
                         .arg(what, codec::shiftDecimalPoint(QString::number(min), scale),
                              codec::shiftDecimalPoint(QString::number(max), scale)));
    }
    return *value;
}

// A name as decode shows it (including "Reserved (0x09)") or a number.
Result<QByteArray> encodeNamedByte(QStringView text, QString (*name)(quint8), const QString &what)
{
    const QString wanted = text.trimmed().toString();
    for (int i = 0; i < 256; ++i) {
        if (name(quint8(i)).compare(wanted, Qt::CaseInsensitive) == 0)
            return QByteArray(1, char(i));
    }
    const Result<qint64> n = parseInteger(text, 0, 255, what);
    if (!n.ok())
        return n.error();
    return QByteArray(1, char(n.value()));
}

quint16 shortUuid(const Uuid &uuid)
{
    return (uuid.isShort() && uuid.toUInt32() <= 0xFFFF) ? quint16(uuid.toUInt32()) : 0;
}
} // namespace

bool isKnownSigValue(const Uuid &uuid)
{
    switch (shortUuid(uuid)) {
    case 0x2A00:
    case 0x2A01:
    case 0x2A05:
    case 0x2A19:
    case 0x2A1C:
    case 0x2A1D:
    case 0x2A24:
    case 0x2A25:
    case 0x2A26:
    case 0x2A27:
    case 0x2A28:
    case 0x2A29:
    case 0x2A37:
    case 0x2A38:
    case 0x2A39:
    case 0x2A6E:
    case 0x2900:
    case 0x2901:
    case 0x2902:
    case 0x2904: return true;
    default: return false;
    }
}

std::optional<DecodedValue> decodeSigValue(const Uuid &uuid, QByteArrayView bytes)
{
    switch (shortUuid(uuid)) {
    case 0x2A00:
    case 0x2A24:
    case 0x2A25:
    case 0x2A26:
    case 0x2A27:
    case 0x2A28:
    case 0x2A29:
    case 0x2901: return decodeString(bytes);
    case 0x2A01: return decodeAppearance(bytes);
    case 0x2A05: return decodeServiceChanged(bytes);
    case 0x2A19: return decodeBattery(bytes);
    case 0x2A1C: return decodeTemperatureMeasurement(bytes);
    case 0x2A1D:
        return decodeEnum(bytes, SigCharacteristicsTexts::tr("Temperature Type"), &temperatureTypeName);
    case 0x2A37: return decodeHeartRate(bytes);
    case 0x2A38:
        return decodeEnum(bytes, SigCharacteristicsTexts::tr("Body Sensor Location"),
                          &bodySensorLocationName);
    case 0x2A39: return decodeControlPoint(bytes);
    case 0x2A6E: return decodeTemperature(bytes);
    case 0x2900: return decodeExtendedProperties(bytes);
    case 0x2902: return decodeCccd(bytes);
    case 0x2904: return decodePresentationFormat(bytes);
    default: return std::nullopt;
    }
}

bool isSigValueEncodable(const Uuid &uuid)
{
    switch (shortUuid(uuid)) {
    case 0x2A00:
    case 0x2A24:
    case 0x2A25:
    case 0x2A26:
    case 0x2A27:
    case 0x2A28:
    case 0x2A29:
    case 0x2901:
    case 0x2A01:
    case 0x2A19:
    case 0x2A1D:
    case 0x2A38:
    case 0x2A39:
    case 0x2A6E:
    case 0x2902: return true;
    default: return false;
    }
}

Result<QByteArray> encodeSigValue(const Uuid &uuid, QStringView text)
{
    switch (shortUuid(uuid)) {
    case 0x2A00:
    case 0x2A24:
    case 0x2A25:
    case 0x2A26:
    case 0x2A27:
    case 0x2A28:
    case 0x2A29:
    case 0x2901: return parseEscapedText(text);
    case 0x2A01: {
        // Accept what decode shows ("0x0341 (category 13, …)") as well as a bare number.
        const QStringView number = text.trimmed().split(u' ').value(0);
        const Result<qint64> a = parseInteger(number, 0, 0xFFFF, SigCharacteristicsTexts::tr("Appearance"));
        if (!a.ok())
            return a.error();
        return codec::toLittleEndianBytes(quint64(a.value()), 2);
    }
    case 0x2A19: {
        const Result<qint64> level = parseInteger(codec::stripUnit(text, u"%"), 0, 100,
                                                  SigCharacteristicsTexts::tr("Battery level"));
        if (!level.ok())
            return level.error();
        return QByteArray(1, char(level.value()));
    }
    case 0x2A6E: {
        const QStringView t = codec::stripUnit(text, u"°C");
        if (t.compare(SigCharacteristicsTexts::tr("unknown"), Qt::CaseInsensitive) == 0
            || t.compare(u"unknown", Qt::CaseInsensitive) == 0)
            return codec::toLittleEndianBytes(0x8000, 2);
        const Result<qint64> centi
            = parseInteger(t, -32767, 32767, SigCharacteristicsTexts::tr("Temperature"), -2);
        if (!centi.ok())
            return centi.error();
        return codec::toLittleEndianBytes(quint64(centi.value()), 2);
    }
    case 0x2A1D:
        return encodeNamedByte(text, &temperatureTypeName, SigCharacteristicsTexts::tr("Temperature Type"));
    case 0x2A38:
        return encodeNamedByte(text, &bodySensorLocationName,
                               SigCharacteristicsTexts::tr("Body Sensor Location"));
    case 0x2A39:
        if (text.trimmed().compare(u"reset", Qt::CaseInsensitive) == 0)
            return QByteArray(1, '\x01');
        return encodeNamedByte(text, &controlPointText,
                               SigCharacteristicsTexts::tr("Heart Rate Control Point"));
    case 0x2902: {
        const QString t = text.trimmed().toString().toLower();
        static constexpr const char16_t *keywords[] = { u"off", u"notify", u"indicate", u"notify+indicate" };
        for (int bits = 0; bits < 4; ++bits) {
            if (t == QStringView(keywords[bits]) || t == cccdText(bits).toLower())
                return codec::toLittleEndianBytes(quint64(bits), 2);
        }
        const Result<QByteArray> raw = parseHex(text);
        if (raw.ok() && raw.value().size() == 2)
            return raw.value();
        return Error(
            Error::Kind::InvalidArgument,
            SigCharacteristicsTexts::tr(
                "CCCD value must be off, notify, indicate, notify+indicate or two hex bytes (\"01 00\")"));
    }
    default:
        return Error(Error::Kind::NotSupported,
                     SigCharacteristicsTexts::tr("no text encoder for characteristic %1; edit it as hex")
                         .arg(uuid.toString()));
    }
}

QString bodySensorLocationName(quint8 location)
{
    switch (location) {
    case 0: return SigCharacteristicsTexts::tr("Other");
    case 1: return SigCharacteristicsTexts::tr("Chest");
    case 2: return SigCharacteristicsTexts::tr("Wrist");
    case 3: return SigCharacteristicsTexts::tr("Finger");
    case 4: return SigCharacteristicsTexts::tr("Hand");
    case 5: return SigCharacteristicsTexts::tr("Ear Lobe");
    case 6: return SigCharacteristicsTexts::tr("Foot");
    default: return SigCharacteristicsTexts::tr("Reserved (%1)").arg(hexNumber(location, 2));
    }
}

QString temperatureTypeName(quint8 type)
{
    switch (type) {
    case 1: return SigCharacteristicsTexts::tr("Armpit");
    case 2: return SigCharacteristicsTexts::tr("Body (general)");
    case 3: return SigCharacteristicsTexts::tr("Ear (usually earlobe)");
    case 4: return SigCharacteristicsTexts::tr("Finger");
    case 5: return SigCharacteristicsTexts::tr("Gastro-intestinal Tract");
    case 6: return SigCharacteristicsTexts::tr("Mouth");
    case 7: return SigCharacteristicsTexts::tr("Rectum");
    case 8: return SigCharacteristicsTexts::tr("Toe");
    case 9: return SigCharacteristicsTexts::tr("Tympanum (ear drum)");
    default: return SigCharacteristicsTexts::tr("Reserved (%1)").arg(hexNumber(type, 2));
    }
}

} // namespace gattscope
