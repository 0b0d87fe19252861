// SPDX-License-Identifier: MIT
#include "advertisingdata.h"

#include "urischeme.h"

#include <algorithm>

namespace gattscope {

namespace {

// Decodes one UTF-8 sequence at `i`. Returns its length (1–4), or 0 when the bytes there
// are not a valid, shortest-form sequence of a Unicode scalar value.
int decodeUtf8(QByteArrayView bytes, qsizetype i, char32_t *codePoint)
{
    const quint8 lead = quint8(bytes[i]);
    int length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2, cp = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, cp = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, cp = lead & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (bytes.size() - i < length)
        return 0;
    for (int k = 1; k < length; ++k) {
        const quint8 c = quint8(bytes[i + k]);
        if ((c & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (c & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *codePoint = cp;
    return length;
}

// UTF-8 for display: invalid bytes and control characters become "\xNN", so that nothing
// a device sent disappears silently.
QString displayUtf8(QByteArrayView bytes, bool *valid)
{
    QString text;
    text.reserve(bytes.size());
    *valid = true;
    for (qsizetype i = 0; i < bytes.size();) {
        char32_t cp = 0;
        const int length = decodeUtf8(bytes, i, &cp);
        if (length == 0) {
            *valid = false;
            text += QString::asprintf("\\x%02X", quint8(bytes[i]));
            ++i;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F)
            text += QString::asprintf("\\x%02X", unsigned(cp));
        else
            text += QString::fromUcs4(&cp, 1);
        i += length;
    }
    return text;
}

quint16 le16(QByteArrayView d, qsizetype i)
{
    return quint16(quint8(d[i]) | quint8(d[i + 1]) << 8);
}

QString wrongSize(qsizetype actual, qsizetype expected)
{
    return AdvertisingData::tr("%1 byte(s) of data, expected %2").arg(actual).arg(expected);
}

void decodeUuidList(AdStructure &s, int width)
{
    AdUuidList list;
    const qsizetype whole = s.data.size() / width * width;
    for (qsizetype i = 0; i < whole; i += width)
        list.uuids.append(*Uuid::fromAttBytes(QByteArrayView(s.data).sliced(i, width)));
    if (whole != s.data.size())
        s.error = AdvertisingData::tr("%1 byte(s) is not a whole number of %2-bit UUIDs; the last %3 ignored")
                      .arg(s.data.size())
                      .arg(width * 8)
                      .arg(s.data.size() - whole);
    s.value = std::move(list);
}

void decodeServiceData(AdStructure &s, int width)
{
    if (s.data.size() < width) {
        s.error = AdvertisingData::tr("%1 byte(s) of data, too short for a %2-bit UUID")
                      .arg(s.data.size())
                      .arg(width * 8);
        return;
    }
    AdServiceData sd;
    sd.uuid = *Uuid::fromAttBytes(QByteArrayView(s.data).first(width));
    sd.data = s.data.sliced(width);
    if (width == 2 && sd.uuid == Uuid(EddystoneFrame::ServiceUuid))
        sd.eddystone = EddystoneFrame::parse(sd.data, &s.error);
    s.value = std::move(sd);
}

void decodeManufacturerData(AdStructure &s)
{
    if (s.data.size() < 2) {
        s.error = AdvertisingData::tr("%1 byte(s) of data, too short for a company identifier")
                      .arg(s.data.size());
        return;
    }
    AdManufacturerData md;
    md.companyId = le16(s.data, 0);
    md.data = s.data.sliced(2);
    md.iBeacon = IBeacon::parse(md.companyId, md.data, &s.error);
    s.value = std::move(md);
}

void decodeUri(AdStructure &s)
{
    char32_t code = 0;
    const int length = s.data.isEmpty() ? 0 : decodeUtf8(s.data, 0, &code);
    if (length == 0) {
        s.error = s.data.isEmpty() ? AdvertisingData::tr("empty URI")
                                   : AdvertisingData::tr("the URI scheme code is not valid UTF-8");
        return;
    }
    AdUri uri;
    uri.schemeCode = code;
    uri.scheme = uriSchemeName(code);
    uri.knownScheme = code == UriNoScheme || !uri.scheme.isEmpty();
    bool valid = true;
    uri.rest = displayUtf8(QByteArrayView(s.data).sliced(length), &valid);
    s.value = std::move(uri);
}

void decodeAddresses(AdStructure &s)
{
    if (s.data.size() % 6 != 0)
        s.error
            = AdvertisingData::tr("%1 byte(s) is not a whole number of 6-byte addresses").arg(s.data.size());
    const bool random = s.adType() == AdType::RandomTargetAddress;
    AdAddressList list;
    for (qsizetype i = 0; i + 6 <= s.data.size(); i += 6) {
        const auto address = DeviceAddress::fromLittleEndian(QByteArrayView(s.data).sliced(i, 6));
        list.addresses.append(DeviceAddress::fromAirAddress(address->toUInt64(), random));
    }
    s.value = std::move(list);
}

// Fills s.value (and s.error) from s.type and s.data.
void decode(AdStructure &s)
{
    const QByteArrayView d(s.data);
    // Fixed-size fields: too short is not decoded; too long is decoded and reported.
    const auto fixedSize = [&](qsizetype expected) {
        if (d.size() != expected)
            s.error = wrongSize(d.size(), expected);
        return d.size() >= expected;
    };
    switch (s.adType()) {
    case AdType::Flags:
        // Only the first octet has defined bits; an empty field means no flag is set.
        s.value = AdFlags { d.isEmpty() ? quint8(0) : quint8(d[0]) };
        break;
    case AdType::IncompleteServiceUuids16:
    case AdType::CompleteServiceUuids16:
    case AdType::ServiceSolicitationUuids16: decodeUuidList(s, 2); break;
    case AdType::IncompleteServiceUuids32:
    case AdType::CompleteServiceUuids32:
    case AdType::ServiceSolicitationUuids32: decodeUuidList(s, 4); break;
    case AdType::IncompleteServiceUuids128:
    case AdType::CompleteServiceUuids128:
    case AdType::ServiceSolicitationUuids128: decodeUuidList(s, 16); break;
    case AdType::ShortenedLocalName:
    case AdType::CompleteLocalName:
    case AdType::BroadcastName: {
        // Some devices pad their name with NULs up to a fixed size; that padding is not text.
        qsizetype end = d.size();
        while (end > 0 && d[end - 1] == '\0')
            --end;
        AdText text;
        text.text = displayUtf8(d.first(end), &text.validUtf8);
        s.value = std::move(text);
        break;
    }
    case AdType::TxPowerLevel:
        if (fixedSize(1))
            s.value = AdTxPower { qint8(d[0]) };
        break;
    case AdType::PeripheralConnectionIntervalRange:
        if (fixedSize(4))
            s.value = AdConnectionIntervalRange { le16(d, 0), le16(d, 2) };
        break;
    case AdType::ServiceData16: decodeServiceData(s, 2); break;
    case AdType::ServiceData32: decodeServiceData(s, 4); break;
    case AdType::ServiceData128: decodeServiceData(s, 16); break;
    case AdType::Appearance:
        if (fixedSize(2))
            s.value = AdAppearance { le16(d, 0) };
        break;
    case AdType::AdvertisingInterval:
        if (fixedSize(2))
            s.value = AdAdvertisingInterval { le16(d, 0) };
        break;
    case AdType::AdvertisingIntervalLong:
        if (d.size() == 3 || d.size() == 4) {
            quint32 units = 0;
            for (qsizetype i = d.size() - 1; i >= 0; --i)
                units = units << 8 | quint8(d[i]);
            s.value = AdAdvertisingInterval { units };
        } else {
            s.error = AdvertisingData::tr("%1 byte(s) of data, expected 3 or 4").arg(d.size());
        }
        break;
    case AdType::PublicTargetAddress:
    case AdType::RandomTargetAddress: decodeAddresses(s); break;
    case AdType::LeBluetoothDeviceAddress:
        if (fixedSize(7)) {
            const auto address = DeviceAddress::fromLittleEndian(d.first(6));
            const bool random = quint8(d[6]) & 0x01;
            s.value = AdAddressList { { DeviceAddress::fromAirAddress(address->toUInt64(), random) } };
        }
        break;
    case AdType::LeRole: fixedSize(1); break; // described from the raw byte
    case AdType::Uri: decodeUri(s); break;
    case AdType::ManufacturerSpecificData: decodeManufacturerData(s); break;
    default: break; // rare or opaque types stay raw
    }
}

} // namespace

QString AdParseError::toString() const
{
    if (source == AdSource::ScanResponse)
        return AdvertisingData::tr("scan response offset %1: %2").arg(offset).arg(message);
    return AdvertisingData::tr("offset %1: %2").arg(offset).arg(message);
}

AdvertisingData AdvertisingData::parse(QByteArrayView data, AdSource source)
{
    AdvertisingData ad;
    const auto addError = [&](qsizetype offset, const QString &message) {
        ad.m_errors.append(AdParseError { offset, source, message });
    };
    const qsizetype size = data.size();
    qsizetype pos = 0;
    while (pos < size) {
        const quint8 length = quint8(data[pos]);
        if (length == 0) {
            // Early termination. Zeros from here on are padding; anything else is ignored.
            const QByteArrayView rest = data.sliced(pos);
            const auto nonZero = std::find_if(rest.begin(), rest.end(), [](char c) { return c != '\0'; });
            if (nonZero == rest.end()) {
                ad.m_paddingBytes += rest.size();
            } else {
                addError(pos + (nonZero - rest.begin()),
                         tr("%n byte(s) after the zero-length terminator at offset %1 ignored", nullptr,
                            int(size - pos - 1))
                             .arg(pos));
            }
            break;
        }
        const qsizetype available = size - pos - 1; // bytes after the length byte
        if (length > available) {
            const QString message
                = tr("length %1 overruns the packet: only %n byte(s) left", nullptr, int(available))
                      .arg(length);
            if (available > 0) {
                AdStructure s;
                s.offset = pos;
                s.length = length;
                s.source = source;
                s.type = quint8(data[pos + 1]);
                s.data = data.sliced(pos + 2).toByteArray();
                s.truncated = true;
                s.error = message;
                addError(pos, tr("%1: %2").arg(s.typeName(), message));
                ad.m_structures.append(std::move(s));
            } else {
                addError(pos, message);
            }
            break;
        }
        AdStructure s;
        s.offset = pos;
        s.length = length;
        s.source = source;
        s.type = quint8(data[pos + 1]);
        s.data = data.sliced(pos + 2, length - 1).toByteArray();
        decode(s);
        if (!s.error.isEmpty())
            addError(pos, tr("%1: %2").arg(s.typeName(), s.error));
        ad.m_structures.append(std::move(s));
        pos += 1 + length;
    }
    return ad;
}

AdvertisingData AdvertisingData::merged(const AdvertisingData &advertisement,
                                        const AdvertisingData &scanResponse)
{
    AdvertisingData ad = advertisement;
    for (AdStructure s : scanResponse.m_structures) {
        s.source = AdSource::ScanResponse;
        ad.m_structures.append(std::move(s));
    }
    for (AdParseError e : scanResponse.m_errors) {
        e.source = AdSource::ScanResponse;
        ad.m_errors.append(std::move(e));
    }
    ad.m_paddingBytes += scanResponse.m_paddingBytes;
    return ad;
}

QStringList AdvertisingData::errorStrings() const
{
    QStringList list;
    for (const AdParseError &e : m_errors)
        list.append(e.toString());
    return list;
}

const AdStructure *AdvertisingData::find(AdType type) const
{
    for (const AdStructure &s : m_structures) {
        if (s.adType() == type)
            return &s;
    }
    return nullptr;
}

QString AdvertisingData::name() const
{
    const AdText *shortened = nullptr;
    for (const AdStructure &s : m_structures) {
        const AdText *text = s.as<AdText>();
        if (!text)
            continue;
        if (s.adType() == AdType::CompleteLocalName)
            return text->text;
        if (s.adType() == AdType::ShortenedLocalName && !shortened)
            shortened = text;
    }
    return shortened ? shortened->text : QString();
}

bool AdvertisingData::hasCompleteName() const
{
    const AdStructure *s = find(AdType::CompleteLocalName);
    return s && s->as<AdText>();
}

std::optional<qint8> AdvertisingData::txPower() const
{
    for (const AdStructure &s : m_structures) {
        if (const auto *tx = s.as<AdTxPower>())
            return tx->dBm;
    }
    return std::nullopt;
}

std::optional<quint8> AdvertisingData::flags() const
{
    for (const AdStructure &s : m_structures) {
        if (const auto *f = s.as<AdFlags>())
            return f->bits;
    }
    return std::nullopt;
}

std::optional<quint16> AdvertisingData::appearance() const
{
    for (const AdStructure &s : m_structures) {
        if (const auto *a = s.as<AdAppearance>())
            return a->value;
    }
    return std::nullopt;
}

namespace {
bool isServiceList(AdType t)
{
    return t >= AdType::IncompleteServiceUuids16 && t <= AdType::CompleteServiceUuids128;
}
bool isSolicitationList(AdType t)
{
    return t == AdType::ServiceSolicitationUuids16 || t == AdType::ServiceSolicitationUuids32
        || t == AdType::ServiceSolicitationUuids128;
}
} // namespace

QList<Uuid> AdvertisingData::serviceUuids() const
{
    QList<Uuid> uuids;
    for (const AdStructure &s : m_structures) {
        const auto *list = s.as<AdUuidList>();
        if (!list || !isServiceList(s.adType()))
            continue;
        for (const Uuid &uuid : list->uuids) {
            if (!uuids.contains(uuid))
                uuids.append(uuid);
        }
    }
    return uuids;
}

bool AdvertisingData::hasCompleteServiceList() const
{
    bool anyComplete = false;
    for (const AdStructure &s : m_structures) {
        if (!s.as<AdUuidList>() || !isServiceList(s.adType()))
            continue;
        // Complete lists have the odd type numbers 0x03, 0x05, 0x07.
        if ((s.type & 1) == 0)
            return false;
        anyComplete = true;
    }
    return anyComplete;
}

QList<Uuid> AdvertisingData::solicitedServiceUuids() const
{
    QList<Uuid> uuids;
    for (const AdStructure &s : m_structures) {
        const auto *list = s.as<AdUuidList>();
        if (!list || !isSolicitationList(s.adType()))
            continue;
        for (const Uuid &uuid : list->uuids) {
            if (!uuids.contains(uuid))
                uuids.append(uuid);
        }
    }
    return uuids;
}

QList<AdManufacturerData> AdvertisingData::manufacturerData() const
{
    QList<AdManufacturerData> list;
    for (const AdStructure &s : m_structures) {
        if (const auto *md = s.as<AdManufacturerData>())
            list.append(*md);
    }
    return list;
}

QList<AdServiceData> AdvertisingData::serviceData() const
{
    QList<AdServiceData> list;
    for (const AdStructure &s : m_structures) {
        if (const auto *sd = s.as<AdServiceData>())
            list.append(*sd);
    }
    return list;
}

std::optional<IBeacon> AdvertisingData::iBeacon() const
{
    for (const AdStructure &s : m_structures) {
        if (const auto *md = s.as<AdManufacturerData>(); md && md->iBeacon)
            return md->iBeacon;
    }
    return std::nullopt;
}

std::optional<EddystoneFrame> AdvertisingData::eddystone() const
{
    for (const AdStructure &s : m_structures) {
        if (const auto *sd = s.as<AdServiceData>(); sd && sd->eddystone)
            return sd->eddystone;
    }
    return std::nullopt;
}

QStringList AdvertisingData::describe() const
{
    QStringList lines;
    lines.reserve(m_structures.size());
    for (const AdStructure &s : m_structures)
        lines.append(s.describe());
    return lines;
}

} // namespace gattscope
