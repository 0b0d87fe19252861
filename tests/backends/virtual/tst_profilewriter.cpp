// SPDX-License-Identifier: MIT
// ProfileWriter (core) against the reader it writes for, ProfileLoader (backends/virtual):
// what a client saw of a device must come back, through a profile file, as the same GATT
// layout served by a virtual peripheral.
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualgattserver.h>
#include <gattscope/core/export/profilewriter.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gattscope;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

Uuid uuid(const char16_t *text)
{
    return *Uuid::fromString(QStringView(text));
}

// What a client would discover and read from a virtual peripheral: every attribute, every
// value (CCCDs excepted: they are per-connection state).
GattDatabase databaseFromServer(const VirtualGattServer &server)
{
    QList<Service> services;
    for (const VirtualAttribute &a : server.attributes()) {
        switch (a.kind) {
        case VirtualAttribute::Kind::PrimaryService:
        case VirtualAttribute::Kind::SecondaryService: {
            Service s;
            s.startHandle = a.handle;
            s.endHandle = a.groupEnd;
            s.uuid = *Uuid::fromAttBytes(a.value);
            s.primary = a.kind == VirtualAttribute::Kind::PrimaryService;
            services.append(s);
            break;
        }
        case VirtualAttribute::Kind::CharacteristicDeclaration: {
            const VirtualCharacteristic &vc = server.characteristics().at(a.characteristic);
            Characteristic c;
            c.declarationHandle = vc.declarationHandle;
            c.valueHandle = vc.valueHandle;
            c.endHandle = vc.endHandle;
            c.uuid = vc.uuid;
            c.properties = CharacteristicProperties::fromInt(vc.properties);
            services.last().characteristics.append(c);
            break;
        }
        case VirtualAttribute::Kind::Value:
            services.last().characteristics.last().value = a.value;
            services.last().characteristics.last().hasValue = true;
            break;
        case VirtualAttribute::Kind::Cccd:
            services.last().characteristics.last().descriptors.append(
                Descriptor { a.handle, a.type, {}, false });
            break;
        case VirtualAttribute::Kind::Descriptor:
            services.last().characteristics.last().descriptors.append(
                Descriptor { a.handle, a.type, a.value, true });
            break;
        }
    }
    return GattDatabase(services);
}

// The comparable layout of a database without Generic Access: UUIDs, the properties byte,
// values (empty when not read; never for CCCDs) and handles relative to their service's
// declaration.
QStringList shape(const GattDatabase &db)
{
    QStringList out;
    for (const Service &s : db.services()) {
        if (s.uuid == Uuid(0x1800))
            continue;
        out << QStringLiteral("service %1 %2")
                   .arg(s.uuid.toString(),
                        s.primary ? QStringLiteral("primary") : QStringLiteral("secondary"));
        const auto rel = [&s](quint16 handle) {
            return int(handle) - int(s.startHandle);
        };
        for (const Characteristic &c : s.characteristics) {
            out << QStringLiteral("  +%1 characteristic %2 properties 0x%3 value +%4 = [%5]")
                       .arg(rel(c.declarationHandle))
                       .arg(c.uuid.toString())
                       .arg(c.properties.toInt() & 0xFF, 2, 16, QLatin1Char('0'))
                       .arg(rel(c.valueHandle))
                       .arg(c.hasValue ? QString::fromLatin1(c.value.toHex(' ')) : QString());
            for (const Descriptor &d : c.descriptors) {
                const bool showValue = d.hasValue && d.uuid != GattUuid::ClientCharacteristicConfiguration;
                out << QStringLiteral("    +%1 descriptor %2 = [%3]")
                           .arg(rel(d.handle))
                           .arg(d.uuid.toString())
                           .arg(showValue ? QString::fromLatin1(d.value.toHex(' ')) : QString());
            }
        }
    }
    return out;
}

PeripheralProfile reload(const ProfileWriter &writer, QStringList *notes = nullptr)
{
    const QByteArray json = writer.toJson(notes).toJson();
    const Result<ProfileSet> set = ProfileLoader::loadJson(json, QStringLiteral("written.json"));
    if (!set.ok()) {
        qWarning().noquote() << set.error().message() << "\n" << json;
        return {};
    }
    return set.value().peripherals.value(0);
}

Characteristic characteristic(quint16 declaration, const Uuid &uuid, CharacteristicProperties properties,
                              std::optional<QByteArray> value, QList<Descriptor> descriptors = {})
{
    Characteristic c;
    c.declarationHandle = declaration;
    c.valueHandle = quint16(declaration + 1);
    c.endHandle = quint16(declaration + 1 + descriptors.size());
    c.uuid = uuid;
    c.properties = properties;
    c.value = value.value_or(QByteArray("never read, must not be written"));
    c.hasValue = value.has_value();
    c.descriptors = descriptors;
    return c;
}

Descriptor descriptor(quint16 handle, const Uuid &uuid, std::optional<QByteArray> value)
{
    return Descriptor { handle, uuid, value.value_or(QByteArray("stale")), value.has_value() };
}

Service service(quint16 start, const Uuid &uuid, QList<Characteristic> characteristics, bool primary = true)
{
    Service s;
    s.startHandle = start;
    s.endHandle = characteristics.isEmpty() ? start : characteristics.last().endHandle;
    s.uuid = uuid;
    s.primary = primary;
    s.characteristics = characteristics;
    return s;
}

using P = CharacteristicProperty;

} // namespace

class TestProfileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A device as a client saw it: Generic Access, a 128-bit service with a 0x2901 before the
    // CCCD, a 0x2904, unread values, a secondary service, and gaps between services.
    void handBuiltRoundTrip()
    {
        const Uuid custom = uuid(u"6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10");
        GattDatabase db({
            service(0x0001, Uuid(0x1800),
                    { characteristic(0x0002, Uuid(0x2A00), P::Read, QByteArray("Bench Sensor")),
                      characteristic(0x0004, Uuid(0x2A01), P::Read, hex("4105")) }),
            service(0x0010, Uuid(0x1801),
                    { characteristic(
                        0x0011, Uuid(0x2A05), P::Indicate, std::nullopt,
                        { descriptor(0x0013, GattUuid::ClientCharacteristicConfiguration, hex("0200")) }) }),
            service(0x0020, custom,
                    {
                        characteristic(
                            0x0021, uuid(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10"), P::Read | P::Notify,
                            hex("00000000e803"),
                            { descriptor(0x0023, GattUuid::UserDescription, QByteArray("Accel x,y,z")),
                              descriptor(0x0024, GattUuid::ClientCharacteristicConfiguration, std::nullopt),
                              descriptor(0x0025, GattUuid::PresentationFormat, hex("0efe2f27010000")) }),
                        characteristic(0x0026, uuid(u"6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10"),
                                       P::Read | P::Write | P::WriteWithoutResponse, std::nullopt,
                                       { descriptor(0x0028, GattUuid::UserDescription, std::nullopt) }),
                        characteristic(0x0029, uuid(u"6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10"),
                                       P::Write | P::ExtendedProperties | P::ReliableWrite, QByteArray(),
                                       { descriptor(0x002B, GattUuid::ExtendedProperties, hex("0100")) }),
                    }),
            service(0x0040, Uuid(0x180A),
                    { characteristic(0x0041, Uuid(0x2A29), P::Read, QByteArray("gattscope")) }, false),
            service(0x0050, Uuid(0x180D),
                    { characteristic(
                          0x0051, Uuid(0x2A37), P::Notify, hex("16480004"),
                          { descriptor(0x0053, GattUuid::ClientCharacteristicConfiguration, hex("0100")) }),
                      characteristic(0x0054, Uuid(0x2A38), P::Read, hex("01")) }),
        });
        const DeviceAddress address = DeviceAddress::fromAirAddress(0xE1776A000007ULL, true);
        ProfileWriter writer(db, QString(), address);
        const QByteArray advertising = hex("020106 0d09 42656e63682053656e736f72");
        const QByteArray scanResponse = hex("020a04");
        writer.setAdvertisingData(advertising);
        writer.setScanResponseData(scanResponse);
        writer.setRssi(-51);
        writer.setReadFailures({ { 0x0027, Error::att(AttError::InsufficientAuthentication) } });

        QStringList notes;
        QStringList missing;
        const QJsonObject root = writer.toJson(&notes, &missing).object();
        // Generic Access left out, the two values not read (one with the reason its read
        // failed), and what the notifying characteristics push.
        QCOMPARE(notes.size(), 5);
        QVERIFY2(notes.first().contains(u"0x1800"), qPrintable(notes.first()));
        QCOMPARE(missing.size(), 2);
        QVERIFY2(missing.at(0).contains(u"handle 0x0027")
                     && missing.at(0).contains(u"Insufficient Authentication"),
                 qPrintable(missing.at(0)));
        QVERIFY2(missing.at(1).contains(u"handle 0x0028") && missing.at(1).contains(u"not read"),
                 qPrintable(missing.at(1)));
        for (const QString &line : std::as_const(missing))
            QVERIFY(notes.contains(line));
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const QString &n) {
            return n.contains(u"handle 0x0022") && n.contains(u"last known value once a second");
        }));
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const QString &n) {
            return n.contains(u"handle 0x0052") && n.contains(u"heartRate");
        }));
        QCOMPARE(root.value(u"address").toString(), QStringLiteral("E1:77:6A:00:00:07"));
        QCOMPARE(root.value(u"addressType").toString(), QStringLiteral("random"));

        const PeripheralProfile p = reload(writer);
        QCOMPARE(p.name, QStringLiteral("Bench Sensor")); // from 0x2A00, no name given
        QCOMPARE(p.address, address);
        QCOMPARE(p.address.type(), AddressType::RandomStatic);
        QCOMPARE(p.appearance, quint16(0x0541));
        QCOMPARE(p.rssi, qint8(-51));
        QCOMPARE(p.advertisingData, advertising);
        QCOMPARE(p.scanResponseData, scanResponse);
        QVERIFY(p.connectable);

        // The virtual peripheral serves the same layout, Generic Access (its own) first.
        const GattDatabase served = databaseFromServer(VirtualGattServer(p));
        QCOMPARE(served.services().first().uuid, Uuid(0x1800));
        QCOMPARE(served.services().size(), db.services().size());
        QCOMPARE(shape(served), shape(db));

        // Spot checks of what the shape encodes.
        const Characteristic *accel
            = served.characteristic(custom, uuid(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QVERIFY(accel);
        QCOMPARE(accel->cccdHandle(), std::optional<quint16>(quint16(accel->valueHandle + 2)));
        QCOMPARE(accel->descriptors.at(2).uuid, GattUuid::PresentationFormat);
        QCOMPARE(accel->descriptors.at(2).value, hex("0efe2f27010000"));
        const Characteristic *unread
            = served.characteristic(custom, uuid(u"6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QVERIFY(unread);
        QCOMPARE(unread->value, QByteArray());
        QCOMPARE(unread->descriptors.first().value, QByteArray());
        QCOMPARE(served.servicesByUuid(Uuid(0x180A)).first()->primary, false);
    }

    // Every built-in profile: serve it, discover it as a client would, write, reload.
    void builtInRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QStringList paths = ProfileLoader::builtInProfilePaths();
        paths.append(ProfileLoader::floodProfilePath());
        for (const QString &path : std::as_const(paths))
            QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
    }
    void builtInRoundTrip()
    {
        QFETCH(QString, path);
        const Result<ProfileSet> set = ProfileLoader::loadFile(path);
        QVERIFY2(set.ok(), qPrintable(set.error().message()));
        const PeripheralProfile original = set.value().peripherals.first();
        const GattDatabase db = databaseFromServer(VirtualGattServer(original));

        ProfileWriter writer(db, original.name, original.address);
        writer.setAdvertisingData(original.advertisingData);
        writer.setScanResponseData(original.scanResponseData);
        writer.setConnectable(original.connectable);
        QStringList notes;
        QStringList unread;
        writer.toJson(&notes, &unread);
        QVERIFY2(unread.isEmpty(), qPrintable(unread.join(u'\n'))); // every value known
        const PeripheralProfile p = reload(writer);
        for (const QString &note : std::as_const(notes)) // nothing else was lost
            QVERIFY2(note.contains(u"0x1800") || note.contains(u"notifies"), qPrintable(note));
        // Whatever notified or indicated (0x10, 0x20) still does.
        for (qsizetype s = 0; s < original.services.size(); ++s) {
            for (qsizetype c = 0; c < original.services.at(s).characteristics.size(); ++c) {
                const CharacteristicProfile &was = original.services.at(s).characteristics.at(c);
                const CharacteristicProfile &is = p.services.at(s).characteristics.at(c);
                if (was.generator.kind != GeneratorSpec::Kind::None && (was.properties & 0x30))
                    QVERIFY2(is.generator.kind != GeneratorSpec::Kind::None, qPrintable(was.uuid.toString()));
            }
        }

        QCOMPARE(p.name, original.name);
        QCOMPARE(p.address, original.address);
        QCOMPARE(p.address.type(), original.address.type());
        QCOMPARE(p.appearance, original.appearance);
        QCOMPARE(p.connectable, original.connectable);
        QCOMPARE(p.advertisingData.toHex(' '), original.advertisingData.toHex(' '));
        QCOMPARE(p.scanResponseData.toHex(' '), original.scanResponseData.toHex(' '));
        QCOMPARE(p.services.size(), original.services.size());
        QCOMPARE(shape(databaseFromServer(VirtualGattServer(p))), shape(db));
    }

    // What a profile cannot say is left out or adapted, reported, and the file still loads.
    void lossyParts()
    {
        QList<Characteristic> chars {
            characteristic(0x0002, Uuid(0x2A37), P::Notify, std::nullopt), // no CCCD discovered
            characteristic(0x0004, Uuid(0x2A38), P::Read, hex("01"),
                           { descriptor(0x0006, GattUuid::ClientCharacteristicConfiguration, hex("0000")),
                             descriptor(0x0007, GattUuid::UserDescription, QByteArray("Location")) }),
            characteristic(0x0008, Uuid(0x2A39),
                           P::Write | P::ExtendedProperties | P::ReliableWrite | P::WritableAuxiliaries,
                           std::nullopt,
                           { descriptor(0x000A, GattUuid::ExtendedProperties, std::nullopt),
                             descriptor(0x000B, GattUuid::UserDescription, std::nullopt) }),
            characteristic(0x000C, Uuid(0x2A3A), P::Read, QByteArray(600, 'x')),
        };
        Service heartRate = service(0x0001, Uuid(0x180D), chars);
        heartRate.includedServices = { 0x0020 };
        ProfileWriter writer(GattDatabase({ heartRate }), QStringLiteral("Lossy"),
                             DeviceAddress(0x001122334455ULL));
        // 37 bytes: flags, name, then a 28-byte manufacturer structure that does not fit.
        writer.setAdvertisingData(hex("020106 0509 41424344 1bff") + QByteArray(26, '\x01'));
        writer.setScanResponseData(hex("020a04 0509 41")); // the name runs past the end
        writer.setRssi(-128);

        QStringList notes;
        const PeripheralProfile p = reload(writer, &notes);
        QCOMPARE(p.name, QStringLiteral("Lossy"));
        QVERIFY(!p.address.isRandom());
        QCOMPARE(p.rssi, qint8(-127));
        QCOMPARE(p.advertisingData, hex("020106 0509 41424344"));
        QCOMPARE(p.scanResponseData, hex("020a04"));
        QCOMPARE(notes.size(), 8);
        const auto noted = [&notes](QStringView what) {
            for (const QString &n : std::as_const(notes)) {
                if (n.contains(what))
                    return true;
            }
            return false;
        };
        QVERIFY(noted(u"notify/indicate without a discovered CCCD"));
        QVERIFY(noted(u"a CCCD without notify or indicate"));
        QVERIFY(noted(u"only the first 512"));
        QVERIFY(noted(u"included services"));
        QVERIFY(noted(u"Advertising data: 37 bytes"));
        QVERIFY(noted(u"Scan response: the AD structure at byte 3"));
        QVERIFY(noted(u"heartRate")); // 0x2A37, never notified
        QVERIFY(noted(u"(handle 0x000b): not read"));

        QCOMPARE(p.services.size(), 1);
        const QList<CharacteristicProfile> &c = p.services.first().characteristics;
        QCOMPARE(c.size(), 4);
        // The loader appends the CCCD the device did not show.
        QCOMPARE(c.at(0).descriptors.size(), 1);
        QCOMPARE(c.at(0).descriptors.first().uuid, GattUuid::ClientCharacteristicConfiguration);
        // The stray CCCD is gone; the user description moved up.
        QCOMPARE(c.at(1).descriptors.size(), 1);
        QCOMPARE(c.at(1).descriptors.first().uuid, GattUuid::UserDescription);
        QCOMPARE(c.at(1).descriptors.first().value, QByteArray("Location"));
        // Extended properties: the unread 0x2900 gets the bits discovery knew (reliable
        // write 0x0001, writable auxiliaries 0x0002); a writable 0x2901 stays writable.
        QCOMPARE(c.at(2).properties, quint8(0x88));
        QCOMPARE(c.at(2).value, QByteArray());
        QCOMPARE(c.at(2).descriptors.at(0).value, hex("0300"));
        QCOMPARE(c.at(2).descriptors.at(1).value, QByteArray());
        QCOMPARE(c.at(2).descriptors.at(1).write, AttributeAccess::Open);
        QCOMPARE(c.at(3).value, QByteArray(512, 'x'));
    }

    // A characteristic that notifies gets a generator, so that its clone notifies too.
    void pushingCharacteristicsGetAGenerator()
    {
        const Uuid custom = uuid(u"6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10");
        const QList<Characteristic> chars {
            characteristic(0x0002, Uuid(0x2A37), P::Notify, std::nullopt),
            characteristic(0x0004, Uuid(0x2A19), P::Read | P::Notify, hex("40")),
            characteristic(0x0006, uuid(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10"), P::Notify, hex("0102")),
            characteristic(0x0008, uuid(u"6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10"), P::Indicate, std::nullopt),
            characteristic(0x000A, Uuid(0x2A05), P::Indicate, std::nullopt),
            characteristic(0x000C, Uuid(0x2A37), P::Notify, std::nullopt), // recorded
        };
        ProfileWriter writer(GattDatabase({ service(0x0001, custom, chars) }), QStringLiteral("Pushy"),
                             DeviceAddress(0x001122334466ULL));
        writer.setRecording(0x000D, { { 0, hex("0650") }, { 1000, hex("0651") } });
        QStringList notes;
        QStringList unread;
        writer.toJson(&notes, &unread);
        const PeripheralProfile p = reload(writer);
        QCOMPARE(p.services.size(), 1);
        const QList<CharacteristicProfile> &c = p.services.first().characteristics;
        QCOMPARE(c.size(), 6);
        QCOMPARE(c.at(0).generator.kind, GeneratorSpec::Kind::HeartRate);
        QCOMPARE(c.at(1).generator.kind, GeneratorSpec::Kind::Battery);
        QCOMPARE(c.at(1).generator.start, 64.0); // from the level read
        QCOMPARE(c.at(2).generator.kind, GeneratorSpec::Kind::Replay);
        QCOMPARE(c.at(2).generator.replay.size(), 1);
        QCOMPARE(c.at(2).generator.replay.first().value, hex("0102"));
        QCOMPARE(c.at(3).generator.kind, GeneratorSpec::Kind::None); // nothing known to push
        QCOMPARE(c.at(4).generator.kind, GeneratorSpec::Kind::None); // Service Changed
        QCOMPARE(c.at(5).generator.kind, GeneratorSpec::Kind::Replay); // the recording wins
        QCOMPARE(c.at(5).generator.replay.size(), 2);
        QCOMPARE(unread.size(), 1);
        QVERIFY2(unread.first().contains(u"handle 0x0009")
                     && unread.first().contains(u"neither read nor notified"),
                 qPrintable(unread.first()));
        // Heart rate, battery, the replayed value, the one with nothing; and six CCCDs that
        // discovery did not show.
        QCOMPARE(notes.size(), 10);
    }

    void nonConnectable()
    {
        ProfileWriter writer(
            GattDatabase({ service(0x0001, Uuid(0x180F),
                                   { characteristic(0x0002, Uuid(0x2A19), P::Read, hex("64")) }) }),
            QStringLiteral("Beacon"), DeviceAddress::fromAirAddress(0xF2104C000215ULL, true));
        writer.setConnectable(false);
        writer.setAdvertisingData(hex("020104 000000")); // zero padding after the flags
        QStringList notes;
        const PeripheralProfile p = reload(writer, &notes);
        QVERIFY(!p.connectable);
        QVERIFY(p.services.isEmpty());
        QCOMPARE(p.advertisingData, hex("020104"));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"non-connectable"), qPrintable(notes.first()));
    }

    void unknownAdvertisingGetsDefault()
    {
        ProfileWriter writer(GattDatabase(), QStringLiteral("Quiet"), DeviceAddress(0x0A0B0C0D0E0FULL));
        const QJsonObject root = writer.toJson().object();
        QVERIFY(!root.contains(u"advertising"));
        QVERIFY(!root.contains(u"scanResponse"));
        QVERIFY(!root.contains(u"services"));
        const PeripheralProfile p = reload(writer);
        QCOMPARE(p.advertisingData, hex("020106 0609 5175696574")); // the loader's flags + name
        QVERIFY(p.scanResponseData.isEmpty());
    }

    void save()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProfileWriter writer(
            GattDatabase({ service(0x0001, Uuid(0x180F),
                                   { characteristic(0x0002, Uuid(0x2A19), P::Read, hex("57")) }) }),
            QStringLiteral("Saved"), DeviceAddress(0x112233445566ULL));
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(!writer.save(path));
        const Result<ProfileSet> set = ProfileLoader::loadFile(path);
        QVERIFY2(set.ok(), qPrintable(set.error().message()));
        QCOMPARE(set.value().peripherals.first().services.first().characteristics.first().value, hex("57"));

        // A folder that does not exist, and a folder in place of the file: a clear error,
        // and an existing file is never half-overwritten.
        for (const QString &bad : { dir.filePath(QStringLiteral("missing/saved.json")), dir.path() }) {
            const Error e = writer.save(bad);
            QVERIFY2(e, qPrintable(bad));
            QCOMPARE(e.kind(), Error::Kind::InvalidArgument);
            QVERIFY2(e.message().contains(bad), qPrintable(e.message()));
        }
        QVERIFY(ProfileLoader::loadFile(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestProfileWriter)
#include "tst_profilewriter.moc"
