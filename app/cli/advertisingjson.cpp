// SPDX-License-Identifier: MIT
#include "advertisingjson.h"

#include <gattscope/core/advertising/advertisingdata.h>
#include <gattscope/core/numbers/assignednumbers.h>

#include <QJsonArray>

namespace gattscope::cli {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString sourceId(AdSource source)
{
    return source == AdSource::ScanResponse ? QStringLiteral("scanResponse")
                                            : QStringLiteral("advertisement");
}

QString addressTypeId(AddressType type)
{
    switch (type) {
    case AddressType::Public: return QStringLiteral("public");
    case AddressType::RandomStatic: return QStringLiteral("randomStatic");
    case AddressType::RandomResolvable: return QStringLiteral("randomResolvable");
    case AddressType::RandomNonResolvable: return QStringLiteral("randomNonResolvable");
    }
    return {};
}

QJsonObject uuidJson(const Uuid &uuid)
{
    QJsonObject o { { QStringLiteral("uuid"), uuid.toString() } };
    if (const QString name = AssignedNumbers::instance().name(uuid); !name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    return o;
}

QJsonValue optionalMs(quint16 units)
{
    const auto ms = AdConnectionIntervalRange::toMilliseconds(units);
    return ms ? QJsonValue(*ms) : QJsonValue(QJsonValue::Null);
}

QJsonObject iBeaconJson(const IBeacon &b)
{
    return { { QStringLiteral("uuid"), b.proximityUuid.toCanonicalString() },
             { QStringLiteral("major"), b.major },
             { QStringLiteral("minor"), b.minor },
             { QStringLiteral("measuredPower"), b.measuredPower } };
}

QJsonObject eddystoneJson(const EddystoneFrame &f)
{
    QJsonObject o;
    switch (f.type) {
    case EddystoneFrame::Type::Uid:
        o.insert(QStringLiteral("frame"), QStringLiteral("UID"));
        o.insert(QStringLiteral("txPower"), f.txPower);
        o.insert(QStringLiteral("namespace"), hex(f.namespaceId));
        o.insert(QStringLiteral("instance"), hex(f.instanceId));
        break;
    case EddystoneFrame::Type::Url:
        o.insert(QStringLiteral("frame"), QStringLiteral("URL"));
        o.insert(QStringLiteral("txPower"), f.txPower);
        o.insert(QStringLiteral("url"), f.url);
        break;
    case EddystoneFrame::Type::Tlm:
        o.insert(QStringLiteral("frame"), QStringLiteral("TLM"));
        o.insert(QStringLiteral("version"), f.tlmVersion);
        if (f.tlmVersion != 0) {
            o.insert(QStringLiteral("encrypted"), hex(f.encryptedTlm));
            break;
        }
        o.insert(QStringLiteral("batteryMillivolts"),
                 f.batteryMillivolts ? QJsonValue(f.batteryMillivolts) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("temperatureCelsius"),
                 f.temperatureCelsius ? QJsonValue(*f.temperatureCelsius) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("advertisingCount"), qint64(f.advertisingCount));
        o.insert(QStringLiteral("uptimeSeconds"), f.uptimeDeciseconds / 10.0);
        break;
    case EddystoneFrame::Type::Eid:
        o.insert(QStringLiteral("frame"), QStringLiteral("EID"));
        o.insert(QStringLiteral("txPower"), f.txPower);
        o.insert(QStringLiteral("ephemeralId"), hex(f.ephemeralId));
        break;
    }
    return o;
}

struct ValueToJson
{
    QJsonValue operator()(std::monostate) const { return QJsonValue(QJsonValue::Undefined); }
    QJsonValue operator()(const AdFlags &f) const
    {
        return QJsonObject { { QStringLiteral("bits"), f.bits },
                             { QStringLiteral("names"), QJsonArray::fromStringList(f.names()) } };
    }
    QJsonValue operator()(const AdUuidList &list) const
    {
        QJsonArray uuids;
        for (const Uuid &uuid : list.uuids)
            uuids.append(uuidJson(uuid));
        return QJsonObject { { QStringLiteral("uuids"), uuids } };
    }
    QJsonValue operator()(const AdText &t) const
    {
        return QJsonObject { { QStringLiteral("text"), t.text },
                             { QStringLiteral("validUtf8"), t.validUtf8 } };
    }
    QJsonValue operator()(const AdTxPower &tx) const
    {
        return QJsonObject { { QStringLiteral("dBm"), tx.dBm } };
    }
    QJsonValue operator()(const AdConnectionIntervalRange &r) const
    {
        return QJsonObject { { QStringLiteral("minimumUnits"), r.minimum },
                             { QStringLiteral("maximumUnits"), r.maximum },
                             { QStringLiteral("minimumMs"), optionalMs(r.minimum) },
                             { QStringLiteral("maximumMs"), optionalMs(r.maximum) } };
    }
    QJsonValue operator()(const AdServiceData &sd) const
    {
        QJsonObject o = uuidJson(sd.uuid);
        o.insert(QStringLiteral("data"), hex(sd.data));
        if (sd.eddystone)
            o.insert(QStringLiteral("eddystone"), eddystoneJson(*sd.eddystone));
        return o;
    }
    QJsonValue operator()(const AdAppearance &a) const
    {
        return QJsonObject { { QStringLiteral("value"), a.value },
                             { QStringLiteral("name"),
                               AssignedNumbers::instance().appearanceName(a.value) } };
    }
    QJsonValue operator()(const AdManufacturerData &md) const
    {
        QJsonObject o { { QStringLiteral("companyId"), md.companyId },
                        { QStringLiteral("companyName"), md.companyName() },
                        { QStringLiteral("data"), hex(md.data) } };
        if (md.iBeacon)
            o.insert(QStringLiteral("iBeacon"), iBeaconJson(*md.iBeacon));
        return o;
    }
    QJsonValue operator()(const AdUri &uri) const
    {
        return QJsonObject { { QStringLiteral("uri"), uri.uri() },
                             { QStringLiteral("schemeCode"), qint64(uri.schemeCode) },
                             { QStringLiteral("knownScheme"), uri.knownScheme } };
    }
    QJsonValue operator()(const AdAdvertisingInterval &i) const
    {
        return QJsonObject { { QStringLiteral("units"), qint64(i.units) },
                             { QStringLiteral("ms"), i.milliseconds() } };
    }
    QJsonValue operator()(const AdAddressList &list) const
    {
        QJsonArray addresses;
        for (const DeviceAddress &a : list.addresses)
            addresses.append(QJsonObject { { QStringLiteral("address"), a.toString() },
                                           { QStringLiteral("type"), addressTypeId(a.type()) } });
        return QJsonObject { { QStringLiteral("addresses"), addresses } };
    }
};

QJsonObject summaryJson(const AdvertisingData &ad)
{
    QJsonObject o;
    if (const QString name = ad.name(); !name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (const auto tx = ad.txPower())
        o.insert(QStringLiteral("txPower"), *tx);
    if (const auto flags = ad.flags())
        o.insert(QStringLiteral("flags"), *flags);
    if (const auto appearance = ad.appearance())
        o.insert(QStringLiteral("appearance"), *appearance);
    QJsonArray uuids;
    for (const Uuid &uuid : ad.serviceUuids())
        uuids.append(uuid.toString());
    o.insert(QStringLiteral("serviceUuids"), uuids);
    if (const auto beacon = ad.iBeacon())
        o.insert(QStringLiteral("iBeacon"), iBeaconJson(*beacon));
    if (const auto frame = ad.eddystone())
        o.insert(QStringLiteral("eddystone"), eddystoneJson(*frame));
    return o;
}

} // namespace

QJsonObject advertisingDataToJson(const AdvertisingData &ad, const QByteArray &advertisement,
                                  const std::optional<QByteArray> &scanResponse)
{
    QJsonArray structures;
    for (const AdStructure &s : ad.structures()) {
        QJsonObject o { { QStringLiteral("source"), sourceId(s.source) },
                        { QStringLiteral("offset"), s.offset },
                        { QStringLiteral("length"), s.length },
                        { QStringLiteral("type"), s.type },
                        { QStringLiteral("typeName"), s.typeName() },
                        { QStringLiteral("data"), hex(s.data) },
                        { QStringLiteral("description"), s.describeValue() } };
        if (const QJsonValue value = std::visit(ValueToJson {}, s.value); !value.isUndefined())
            o.insert(QStringLiteral("value"), value);
        if (s.isMalformed())
            o.insert(QStringLiteral("error"), s.error);
        if (s.truncated)
            o.insert(QStringLiteral("truncated"), true);
        structures.append(o);
    }
    QJsonArray errors;
    for (const AdParseError &e : ad.errors())
        errors.append(QJsonObject { { QStringLiteral("source"), sourceId(e.source) },
                                    { QStringLiteral("offset"), e.offset },
                                    { QStringLiteral("message"), e.message } });
    QJsonObject root { { QStringLiteral("advertisement"), hex(advertisement) },
                       { QStringLiteral("wellFormed"), ad.isWellFormed() },
                       { QStringLiteral("structures"), structures },
                       { QStringLiteral("errors"), errors },
                       { QStringLiteral("summary"), summaryJson(ad) } };
    if (scanResponse)
        root.insert(QStringLiteral("scanResponse"), hex(*scanResponse));
    return root;
}

} // namespace gattscope::cli
