// SPDX-License-Identifier: MIT
#include "profilewriter.h"

#include <gattscope/core/base/hexcodec.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace gattscope {

namespace {

// Limits of the profile format (PROFILES.md), which are also the ATT / legacy advertising
// limits.
constexpr qsizetype kMaxValueLength = 512;
constexpr qsizetype kMaxAdvertisingLength = 31;
const Uuid kGenericAccess(0x1800);
const Uuid kDeviceName(0x2A00);
const Uuid kAppearance(0x2A01);

// Property names as the loader reads them, in bit order.
QJsonArray propertyNames(CharacteristicProperties properties)
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
    };
    QJsonArray out;
    for (const auto &[flag, name] : names) {
        if (properties.testFlag(flag))
            out.append(QLatin1StringView(name));
    }
    return out;
}

QString hexValue(const QByteArray &value)
{
    return toHex(value);
}

QString handleText(quint16 handle)
{
    return QStringLiteral("0x%1").arg(handle, 4, 16, QLatin1Char('0'));
}

// The leading well-formed AD structures that fit a legacy advertising packet. A zero
// length byte ends the significant part (what follows is padding).
QByteArray fitAdvertising(const QByteArray &data, const QString &what, QStringList *notes)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype length = quint8(data.at(pos));
        if (length == 0)
            break;
        if (pos + 1 + length > data.size()) {
            if (notes)
                notes->append(ProfileWriter::tr("%1: the AD structure at byte %2 runs past the end; "
                                                "it and what follows are left out")
                                  .arg(what)
                                  .arg(pos));
            break;
        }
        if (out.size() + 1 + length > kMaxAdvertisingLength) {
            if (notes)
                notes->append(ProfileWriter::tr("%1: %2 bytes do not fit the 31 of a legacy packet; "
                                                "AD structures from byte %3 on are left out")
                                  .arg(what)
                                  .arg(data.size())
                                  .arg(pos));
            break;
        }
        out.append(data.mid(pos, 1 + length));
        pos += 1 + length;
    }
    return out;
}

QJsonObject advertisingObject(const QByteArray &raw)
{
    QJsonObject o;
    o.insert(QStringLiteral("raw"), hexValue(raw));
    return o;
}

using Recordings = QHash<quint16, QList<ProfileWriter::RecordedValue>>;

// What the functions below report to and look up.
struct Context
{
    const Recordings &recordings;
    const QHash<quint16, Error> &failures;
    QStringList *notes;
    QStringList *unread;

    void note(const QString &line) const
    {
        if (notes)
            notes->append(line);
    }
    // A value the file lacks: a note, and one of the lines the user is warned about.
    void missing(const QString &where, quint16 handle) const
    {
        const auto failure = failures.constFind(handle);
        const QString line = failure != failures.constEnd()
            ? ProfileWriter::tr("%1: could not be read (%2); saved empty").arg(where, failure->toString())
            : ProfileWriter::tr("%1: not read; saved empty").arg(where);
        note(line);
        if (unread)
            unread->append(line);
    }
};

QString valueText(const QByteArray &value, bool known, const QString &where, QStringList *notes)
{
    if (!known)
        return QString();
    if (value.size() > kMaxValueLength && notes)
        notes->append(ProfileWriter::tr("%1: the value has %2 bytes; only the first 512 are kept")
                          .arg(where)
                          .arg(value.size()));
    return hexValue(value.left(kMaxValueLength));
}

QJsonObject descriptorObject(const Characteristic &c, const Descriptor &d, const QString &where,
                             const Context &context)
{
    QStringList *notes = context.notes;
    QJsonObject o;
    o.insert(QStringLiteral("uuid"), d.uuid.toString());
    if (d.uuid == GattUuid::ClientCharacteristicConfiguration)
        return o; // per-connection state; the virtual server keeps its own per client
    QByteArray value = d.value;
    bool known = d.hasValue;
    const quint16 extended = quint16(c.properties.toInt() >> 8);
    if (!known && d.uuid == GattUuid::ExtendedProperties && extended != 0) {
        // Discovery learnt the extended properties some other way; they are this value.
        value.clear();
        value.append(char(extended & 0xFF));
        value.append(char(extended >> 8));
        known = true;
    }
    if (!known)
        context.missing(where, d.handle);
    o.insert(QStringLiteral("hex"), valueText(value, known, where, notes));
    if (d.uuid == GattUuid::UserDescription
        && c.properties.testFlag(CharacteristicProperty::WritableAuxiliaries))
        o.insert(QStringLiteral("write"), QStringLiteral("open"));
    return o;
}

QJsonObject replayObject(const QList<ProfileWriter::RecordedValue> &values, const QString &where,
                         QStringList *notes)
{
    QJsonArray list;
    bool cut = false;
    for (const ProfileWriter::RecordedValue &v : values) {
        cut = cut || v.value.size() > kMaxValueLength;
        list.append(QJsonObject { { QStringLiteral("atMs"), v.atMs },
                                  { QStringLiteral("hex"), hexValue(v.value.left(kMaxValueLength)) } });
    }
    if (cut && notes)
        notes->append(ProfileWriter::tr("%1: recorded values over 512 bytes are cut to 512").arg(where));
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("replay") },
                         { QStringLiteral("values"), list } };
}

const Uuid kHeartRateMeasurement(0x2A37);
const Uuid kBatteryLevel(0x2A19);
const Uuid kServiceChanged(0x2A05);

// A generator for a characteristic that pushes values and has no recording, so that the
// clone pushes too; an empty object when there is nothing to push.
QJsonObject pushingGenerator(const Characteristic &c, const QString &where, const Context &context)
{
    if (c.uuid == kServiceChanged)
        return {}; // indicates only when the database changes, which a profile's never does
    if (c.uuid == kHeartRateMeasurement) {
        context.note(ProfileWriter::tr("%1: notifies values of the \"heartRate\" generator (the "
                                       "original's values are not known)")
                         .arg(where));
        return QJsonObject { { QStringLiteral("type"), QStringLiteral("heartRate") },
                             { QStringLiteral("rateHz"), 1 } };
    }
    if (c.uuid == kBatteryLevel && c.hasValue && c.value.size() == 1 && quint8(c.value.at(0)) > 0) {
        context.note(ProfileWriter::tr("%1: notifies a level falling from the one read (the \"battery\" "
                                       "generator)")
                         .arg(where));
        return QJsonObject { { QStringLiteral("type"), QStringLiteral("battery") },
                             { QStringLiteral("start"), int(quint8(c.value.at(0))) } };
    }
    if (c.hasValue) {
        context.note(ProfileWriter::tr("%1: notifies its last known value once a second (the original's "
                                       "generator is not known)")
                         .arg(where));
        return replayObject({ ProfileWriter::RecordedValue { 0, c.value } }, where, context.notes);
    }
    const QString line = ProfileWriter::tr("%1: neither read nor notified while connected; the virtual "
                                           "peripheral has no value to notify")
                             .arg(where);
    context.note(line);
    if (context.unread)
        context.unread->append(line);
    return {};
}

QJsonObject characteristicObject(const Service &s, const Characteristic &c, const Context &context)
{
    QStringList *notes = context.notes;
    const QString where = ProfileWriter::tr("service %1, characteristic %2 (handle %3)")
                              .arg(s.uuid.toString(), c.uuid.toString(), handleText(c.valueHandle));
    QJsonObject o;
    o.insert(QStringLiteral("uuid"), c.uuid.toString());
    o.insert(QStringLiteral("properties"), propertyNames(c.properties));
    const bool pushes
        = c.properties.testAnyFlags(CharacteristicProperty::Notify | CharacteristicProperty::Indicate);
    const bool readable = c.properties.testFlag(CharacteristicProperty::Read);
    if (!c.hasValue && readable)
        context.missing(where, c.valueHandle);
    o.insert(QStringLiteral("hex"), valueText(c.value, c.hasValue, where, notes));
    bool hasCccd = false;
    QJsonArray descriptors;
    for (const Descriptor &d : c.descriptors) {
        const QString descriptorWhere = ProfileWriter::tr("%1, descriptor %2 (handle %3)")
                                            .arg(where, d.uuid.toString(), handleText(d.handle));
        if (d.uuid == GattUuid::ClientCharacteristicConfiguration) {
            if (!pushes) {
                if (notes)
                    notes->append(ProfileWriter::tr("%1: a CCCD without notify or indicate is left out "
                                                    "(profiles refuse it); later descriptors move up")
                                      .arg(descriptorWhere));
                continue;
            }
            hasCccd = true;
        }
        descriptors.append(descriptorObject(c, d, descriptorWhere, context));
    }
    if (pushes && !hasCccd && notes)
        notes->append(ProfileWriter::tr("%1: notify/indicate without a discovered CCCD; the virtual "
                                        "peripheral adds one after the other descriptors")
                          .arg(where));
    if (!descriptors.isEmpty())
        o.insert(QStringLiteral("descriptors"), descriptors);
    if (const auto it = context.recordings.constFind(c.valueHandle);
        it != context.recordings.constEnd() && pushes) {
        o.insert(QStringLiteral("generator"), replayObject(it.value(), where, notes));
    } else if (pushes) {
        if (const QJsonObject generator = pushingGenerator(c, where, context); !generator.isEmpty())
            o.insert(QStringLiteral("generator"), generator);
    }
    return o;
}

QJsonObject serviceObject(const Service &s, const Context &context)
{
    QStringList *notes = context.notes;
    QJsonObject o;
    o.insert(QStringLiteral("uuid"), s.uuid.toString());
    if (!s.primary)
        o.insert(QStringLiteral("primary"), false);
    if (!s.includedServices.isEmpty() && notes)
        notes->append(ProfileWriter::tr("service %1 (handle %2): included services cannot be described "
                                        "in a profile and are left out")
                          .arg(s.uuid.toString(), handleText(s.startHandle)));
    QJsonArray characteristics;
    for (const Characteristic &c : s.characteristics)
        characteristics.append(characteristicObject(s, c, context));
    if (!characteristics.isEmpty())
        o.insert(QStringLiteral("characteristics"), characteristics);
    return o;
}

} // namespace

ProfileWriter::ProfileWriter(GattDatabase database, QString name, DeviceAddress address)
    : m_database(std::move(database))
    , m_name(std::move(name))
    , m_address(address)
{ }

QJsonDocument ProfileWriter::toJson(QStringList *notes, QStringList *unread) const
{
    QJsonObject root;
    root.insert(QStringLiteral("description"),
                m_description.isEmpty() ? tr("Saved by gattscope from %1").arg(m_address.toString())
                                        : m_description);

    // Name and appearance come from Generic Access, which the virtual dongle rebuilds.
    QString name = m_name;
    std::optional<quint16> appearance;
    QList<const Service *> services;
    for (const Service &s : m_database.services()) {
        if (s.uuid != kGenericAccess) {
            services.append(&s);
            continue;
        }
        QStringList lost;
        for (const Characteristic &c : s.characteristics) {
            if (c.uuid == kDeviceName && name.isEmpty() && c.hasValue)
                name = QString::fromUtf8(c.value);
            else if (c.uuid == kAppearance && c.hasValue && c.value.size() >= 2)
                appearance = quint16(quint8(c.value.at(0)) | quint8(c.value.at(1)) << 8);
            else if (c.uuid != kDeviceName && c.uuid != kAppearance)
                lost.append(c.uuid.toString());
        }
        if (notes)
            notes->append(lost.isEmpty()
                              ? tr("The Generic Access service (0x1800) is left out: the virtual dongle "
                                   "adds its own with Device Name and Appearance")
                              : tr("The Generic Access service (0x1800) is left out: the virtual dongle "
                                   "adds its own with Device Name and Appearance only (lost: %1)")
                                    .arg(lost.join(QStringLiteral(", "))));
    }
    root.insert(QStringLiteral("name"), name);
    root.insert(QStringLiteral("address"), m_address.toString());
    root.insert(QStringLiteral("addressType"),
                m_address.isRandom() ? QStringLiteral("random") : QStringLiteral("public"));
    if (!m_connectable)
        root.insert(QStringLiteral("connectable"), false);
    if (m_rssi)
        root.insert(QStringLiteral("rssi"), qBound(-127, int(*m_rssi), 20));
    if (appearance)
        root.insert(QStringLiteral("appearance"), int(*appearance));
    if (!m_advertisingData.isEmpty())
        root.insert(QStringLiteral("advertising"),
                    advertisingObject(fitAdvertising(m_advertisingData, tr("Advertising data"), notes)));
    if (!m_scanResponseData.isEmpty()) {
        const QByteArray scanResponse = fitAdvertising(m_scanResponseData, tr("Scan response"), notes);
        if (!scanResponse.isEmpty())
            root.insert(QStringLiteral("scanResponse"), advertisingObject(scanResponse));
    }

    if (!m_connectable) {
        if (!services.isEmpty() && notes)
            notes->append(tr("A non-connectable peripheral has no services; %n service(s) left out", nullptr,
                             int(services.size())));
        return QJsonDocument(root);
    }
    const Context context { m_recordings, m_readFailures, notes, unread };
    QJsonArray serviceArray;
    for (const Service *s : std::as_const(services))
        serviceArray.append(serviceObject(*s, context));
    if (!serviceArray.isEmpty())
        root.insert(QStringLiteral("services"), serviceArray);
    return QJsonDocument(root);
}

Error ProfileWriter::save(const QString &fileName, QStringList *notes, QStringList *unread) const
{
    const QByteArray json = toJson(notes, unread).toJson(QJsonDocument::Indented);
    // QSaveFile: a failed save never leaves a truncated profile behind.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::InvalidArgument,
                     tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    if (file.write(json) != json.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error(Error::Kind::InvalidArgument, tr("Cannot write %1: %2").arg(fileName, reason));
    }
    if (!file.commit())
        return Error(Error::Kind::InvalidArgument,
                     tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    return {};
}

void ProfileWriter::setRecording(quint16 valueHandle, QList<RecordedValue> values)
{
    if (values.isEmpty())
        m_recordings.remove(valueHandle);
    else
        m_recordings.insert(valueHandle, std::move(values));
}

} // namespace gattscope
