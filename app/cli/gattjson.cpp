// SPDX-License-Identifier: MIT
#include "gattjson.h"

#include <gattscope/core/session/attributenames.h>
#include <gattscope/core/session/devicesession.h>

#include <cmath>

namespace gattscope::cli::GattJson {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonObject device(const DiscoveredDevice &device)
{
    QJsonObject o { { QStringLiteral("address"), device.address.toString() },
                    { QStringLiteral("addressType"),
                      device.address.isRandom() ? QStringLiteral("random") : QStringLiteral("public") } };
    if (const QString name = device.name(); !name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (device.rssi != 127 && device.reports > 0)
        o.insert(QStringLiteral("rssi"), device.rssi);
    return o;
}

QJsonArray properties(CharacteristicProperties properties)
{
    static const std::pair<CharacteristicProperty, const char *> names[] = {
        { CharacteristicProperty::Broadcast, "broadcast" },
        { CharacteristicProperty::Read, "read" },
        { CharacteristicProperty::WriteWithoutResponse, "writeWithoutResponse" },
        { CharacteristicProperty::Write, "write" },
        { CharacteristicProperty::Notify, "notify" },
        { CharacteristicProperty::Indicate, "indicate" },
        { CharacteristicProperty::AuthenticatedSignedWrites, "authenticatedSignedWrites" },
        { CharacteristicProperty::ExtendedProperties, "extendedProperties" },
        { CharacteristicProperty::ReliableWrite, "reliableWrite" },
        { CharacteristicProperty::WritableAuxiliaries, "writableAuxiliaries" },
    };
    QJsonArray out;
    for (const auto &[flag, name] : names) {
        if (properties.testFlag(flag))
            out.append(QString::fromLatin1(name));
    }
    return out;
}

QJsonObject value(const DeviceSession &session, quint16 handle, const QByteArray &bytes)
{
    QJsonObject o { { QStringLiteral("hex"), hex(bytes) } };
    const auto decoder = session.decoder(handle);
    const DecodedValue decoded = decoder ? decoder->decode(bytes) : ValueDecoder().decode(bytes);
    o.insert(QStringLiteral("decoded"), decoded.text);
    if (!decoded.fields.isEmpty()) {
        QJsonArray fields;
        for (const DecodedField &f : decoded.fields) {
            QJsonObject field { { QStringLiteral("key"), f.key }, { QStringLiteral("name"), f.name } };
            field.insert(QStringLiteral("value"),
                         std::isfinite(f.value) ? QJsonValue(f.value) : QJsonValue());
            if (!f.unit.isEmpty())
                field.insert(QStringLiteral("unit"), f.unit);
            fields.append(field);
        }
        o.insert(QStringLiteral("fields"), fields);
    }
    if (!decoded.ok())
        o.insert(QStringLiteral("decodeError"), decoded.error.toString());
    return o;
}

QJsonArray services(const DeviceSession &session)
{
    QJsonArray out;
    for (const Service &s : session.database().services()) {
        QJsonArray characteristics;
        for (const Characteristic &c : s.characteristics) {
            QJsonArray descriptors;
            for (const Descriptor &d : c.descriptors) {
                descriptors.append(
                    QJsonObject { { QStringLiteral("uuid"), d.uuid.toString() },
                                  { QStringLiteral("name"),
                                    AttributeNames::displayName(d.uuid, AttributeNames::Kind::Descriptor) },
                                  { QStringLiteral("handle"), d.handle } });
            }
            characteristics.append(QJsonObject { { QStringLiteral("uuid"), c.uuid.toString() },
                                                 { QStringLiteral("name"), AttributeNames::displayName(c) },
                                                 { QStringLiteral("declarationHandle"), c.declarationHandle },
                                                 { QStringLiteral("valueHandle"), c.valueHandle },
                                                 { QStringLiteral("properties"), properties(c.properties) },
                                                 { QStringLiteral("descriptors"), descriptors } });
        }
        out.append(QJsonObject {
            { QStringLiteral("uuid"), s.uuid.toString() },
            { QStringLiteral("name"), AttributeNames::displayName(s.uuid, AttributeNames::Kind::Service) },
            { QStringLiteral("primary"), s.primary },
            { QStringLiteral("startHandle"), s.startHandle },
            { QStringLiteral("endHandle"), s.endHandle },
            { QStringLiteral("characteristics"), characteristics } });
    }
    return out;
}

} // namespace gattscope::cli::GattJson
