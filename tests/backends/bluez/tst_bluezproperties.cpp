// SPDX-License-Identifier: MIT
// BluezProperties: BlueZ's D-Bus properties (as plain values) → Advertisement, Flags ↔
// properties, the GATT object tree → GattDatabase with the peer's handles. Vectors from
// BlueZ's doc/org.bluez.*.rst and src/gatt-client.c, malformed input beside good, and a
// random-input run for the promise "never crashes".
#include <gattscope/backends/bluez/bluezproperties.h>
#include <gattscope/core/advertising/advertisingdata.h>

#include <QRandomGenerator>
#include <QTest>

using namespace gattscope;

namespace {

QVariantMap motion()
{
    return {
        { QStringLiteral("Address"), QStringLiteral("E1:77:6A:00:00:07") },
        { QStringLiteral("AddressType"), QStringLiteral("random") },
        { QStringLiteral("Name"), QStringLiteral("gattscope Motion") },
        { QStringLiteral("Alias"), QStringLiteral("gattscope Motion") },
        { QStringLiteral("RSSI"), QVariant::fromValue(qint16(-49)) },
        { QStringLiteral("TxPower"), QVariant::fromValue(qint16(4)) },
        { QStringLiteral("UUIDs"), QStringList { QStringLiteral("6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10") } },
        { QStringLiteral("AdvertisingFlags"), QByteArray::fromHex("06") },
        { QStringLiteral("Paired"), false },
    };
}

QMap<QString, QVariantMap> object(const QString &interface, const QVariantMap &props)
{
    return { { interface, props } };
}

// A device with one service (handles 0x0006..) as bluetoothd would export it.
BluezObjects gattTree(bool withHandleProperty)
{
    const QString dev = QStringLiteral("/org/bluez/hci0/dev_E1_77_6A_00_00_07");
    auto props = [withHandleProperty](QVariantMap p, int handle) {
        if (withHandleProperty)
            p.insert(QStringLiteral("Handle"), QVariant::fromValue(quint16(handle)));
        return p;
    };
    BluezObjects o;
    o.insert(dev, object(BluezInterface::Device, motion()));
    o.insert(
        dev + u"/service0006",
        object(BluezInterface::GattService,
               props({ { QStringLiteral("UUID"), QStringLiteral("6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10") },
                       { QStringLiteral("Primary"), true },
                       { QStringLiteral("Device"), dev } },
                     6)));
    o.insert(
        dev + u"/service0006/char0007",
        object(BluezInterface::GattCharacteristic,
               props({ { QStringLiteral("UUID"), QStringLiteral("6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10") },
                       { QStringLiteral("Flags"), QStringList { QStringLiteral("notify") } } },
                     7)));
    o.insert(
        dev + u"/service0006/char0007/desc0009",
        object(BluezInterface::GattDescriptor,
               props({ { QStringLiteral("UUID"), QStringLiteral("00002902-0000-1000-8000-00805f9b34fb") } },
                     9)));
    o.insert(
        dev + u"/service0006/char0007/desc000a",
        object(BluezInterface::GattDescriptor,
               props({ { QStringLiteral("UUID"), QStringLiteral("00002901-0000-1000-8000-00805f9b34fb") },
                       { QStringLiteral("Value"), QByteArray("Accelerometer") } },
                     10)));
    o.insert(
        dev + u"/service0006/char000b",
        object(BluezInterface::GattCharacteristic,
               props({ { QStringLiteral("UUID"), QStringLiteral("6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10") },
                       { QStringLiteral("Flags"),
                         QStringList { QStringLiteral("read"), QStringLiteral("reliable-write") } },
                       { QStringLiteral("Value"), QByteArray::fromHex("0102") } },
                     11)));
    return o;
}

} // namespace

class TestBluezProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void address_data()
    {
        QTest::addColumn<QVariantMap>("device");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("type");
        QTest::newRow("public") << QVariantMap { { QStringLiteral("Address"),
                                                   QStringLiteral("00:07:80:A1:B2:C3") } }
                                << true << int(AddressType::Public);
        QTest::newRow("random static (top bits 11)")
            << QVariantMap { { QStringLiteral("Address"), QStringLiteral("E1:77:6A:00:00:07") },
                             { QStringLiteral("AddressType"), QStringLiteral("random") } }
            << true << int(AddressType::RandomStatic);
        QTest::newRow("resolvable private (top bits 01)")
            << QVariantMap { { QStringLiteral("Address"), QStringLiteral("4A:00:00:00:00:01") },
                             { QStringLiteral("AddressType"), QStringLiteral("random") } }
            << true << int(AddressType::RandomResolvable);
        QTest::newRow("missing") << QVariantMap() << false << 0;
        QTest::newRow("not a string") << QVariantMap { { QStringLiteral("Address"), 42 } } << false << 0;
        QTest::newRow("short") << QVariantMap { { QStringLiteral("Address"), QStringLiteral("00:11:22") } }
                               << false << 0;
        QTest::newRow("garbage") << QVariantMap { { QStringLiteral("Address"),
                                                    QStringLiteral("ZZ:11:22:33:44:55") } }
                                 << false << 0;
        QTest::newRow("zero") << QVariantMap { { QStringLiteral("Address"),
                                                 QStringLiteral("00:00:00:00:00:00") } }
                              << false << 0;
    }
    void address()
    {
        QFETCH(QVariantMap, device);
        QFETCH(bool, ok);
        QFETCH(int, type);
        const Result<DeviceAddress> a = BluezProperties::address(device);
        QCOMPARE(a.ok(), ok);
        if (ok)
            QCOMPARE(int(a.value().type()), type);
        else
            QCOMPARE(a.error().kind(), Error::Kind::InvalidArgument);
    }

    void advertisementRebuildsTheFields()
    {
        QVariantMap device = motion();
        device.insert(QStringLiteral("ManufacturerData"),
                      QVariantMap { { QStringLiteral("89"), QByteArray::fromHex("0102") } }); // 0x0059 Nordic
        device.insert(QStringLiteral("ServiceData"),
                      QVariantMap { { QStringLiteral("0000feaa-0000-1000-8000-00805f9b34fb"),
                                      QByteArray::fromHex("10eb03") } });
        device.insert(QStringLiteral("Appearance"), QVariant::fromValue(quint16(1345)));
        const Result<Advertisement> r = BluezProperties::advertisement(device, 1234);
        QVERIFY(r.ok());
        const Advertisement &a = r.value();
        QCOMPARE(a.address.toString(), QStringLiteral("E1:77:6A:00:00:07"));
        QVERIFY(a.address.isRandom());
        QCOMPARE(a.rssi, qint8(-49));
        QCOMPARE(a.timestampUs, 1234);
        QVERIFY(a.rebuilt);
        QVERIFY(!a.bonded);
        const AdvertisingData ad = AdvertisingData::parse(a.data);
        QVERIFY2(ad.isWellFormed(), qPrintable(ad.errorStrings().join(u'\n')));
        QCOMPARE(ad.flags(), std::optional<quint8>(0x06));
        QCOMPARE(ad.name(), QStringLiteral("gattscope Motion"));
        QCOMPARE(ad.txPower(), std::optional<qint8>(4));
        QCOMPARE(ad.appearance(), std::optional<quint16>(1345));
        QCOMPARE(ad.serviceUuids().size(), 1);
        QCOMPARE(ad.serviceUuids().first(), *Uuid::fromString(u"6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QVERIFY(!ad.hasCompleteServiceList()); // BlueZ merges lists: never claimed complete
        QCOMPARE(ad.manufacturerData().size(), 1);
        QCOMPARE(ad.manufacturerData().first().companyId, quint16(0x0059));
        QCOMPARE(ad.manufacturerData().first().data, QByteArray::fromHex("0102"));
        QCOMPARE(ad.serviceData().size(), 1);
        QCOMPARE(ad.serviceData().first().uuid, Uuid(0xFEAA));
        QCOMPARE(ad.serviceData().first().data, QByteArray::fromHex("10eb03"));
    }

    void advertisementEdges_data()
    {
        QTest::addColumn<QVariantMap>("extra");
        QTest::addColumn<int>("rssi");
        QTest::addColumn<QString>("name");
        QTest::newRow("no RSSI: not heard") << QVariantMap { { QStringLiteral("RSSI"), QVariant() } } << 127
                                            << QStringLiteral("gattscope Motion");
        QTest::newRow("RSSI as text") << QVariantMap { { QStringLiteral("RSSI"), QStringLiteral("-40") } }
                                      << 127 << QStringLiteral("gattscope Motion");
        QTest::newRow("RSSI out of range")
            << QVariantMap { { QStringLiteral("RSSI"), 5000 } } << 127 << QStringLiteral("gattscope Motion");
        QTest::newRow("Alias only: made up from the address, not a name")
            << QVariantMap { { QStringLiteral("Name"), QVariant() },
                             { QStringLiteral("Alias"), QStringLiteral("E1-77-6A-00-00-07") } }
            << -49 << QString();
    }
    void advertisementEdges()
    {
        QFETCH(QVariantMap, extra);
        QFETCH(int, rssi);
        QFETCH(QString, name);
        QVariantMap device = motion();
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            if (it.value().isValid())
                device.insert(it.key(), it.value());
            else
                device.remove(it.key());
        }
        const Result<Advertisement> r = BluezProperties::advertisement(device, 0);
        QVERIFY(r.ok());
        QCOMPARE(int(r.value().rssi), rssi);
        QCOMPARE(AdvertisingData::parse(r.value().data).name(), name);
    }

    void malformedFieldsAreLeftOut_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("manufacturer id not a number")
            << QStringLiteral("ManufacturerData")
            << QVariant(QVariantMap { { QStringLiteral("abc"), QByteArray("x") } });
        QTest::newRow("manufacturer id too big")
            << QStringLiteral("ManufacturerData")
            << QVariant(QVariantMap { { QStringLiteral("70000"), QByteArray("x") } });
        QTest::newRow("manufacturer data not bytes")
            << QStringLiteral("ManufacturerData") << QVariant(QVariantMap { { QStringLiteral("89"), 12 } });
        QTest::newRow("manufacturer data too long for one structure")
            << QStringLiteral("ManufacturerData")
            << QVariant(QVariantMap { { QStringLiteral("89"), QByteArray(300, 'x') } });
        QTest::newRow("service data bad uuid")
            << QStringLiteral("ServiceData")
            << QVariant(QVariantMap { { QStringLiteral("nope"), QByteArray("x") } });
        QTest::newRow("UUIDs with garbage")
            << QStringLiteral("UUIDs") << QVariant(QStringList { QStringLiteral("zz"), QString() });
        QTest::newRow("TxPower as list") << QStringLiteral("TxPower") << QVariant(QVariantList { 1, 2 });
        QTest::newRow("AdvertisingData type 0")
            << QStringLiteral("AdvertisingData")
            << QVariant(QVariantMap { { QStringLiteral("0"), QByteArray("x") } });
    }
    void malformedFieldsAreLeftOut()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QVariantMap device = motion();
        device.remove(QStringLiteral("UUIDs"));
        device.remove(QStringLiteral("TxPower"));
        device.insert(key, value);
        const Result<Advertisement> r = BluezProperties::advertisement(device, 0);
        QVERIFY(r.ok());
        const AdvertisingData ad = AdvertisingData::parse(r.value().data);
        QVERIFY(ad.isWellFormed());
        QCOMPARE(ad.structures().size(), 2); // flags and name: nothing else made it
    }

    // Found by fuzz_bluez_properties: what the peer put in its service data is passed on as
    // BlueZ got it, even when it is no valid frame (an Eddystone-URL frame with URL scheme
    // 0xFF); the rebuilt structure is well-framed and the parser reports the content.
    void peerContentIsPassedOnAsItCame()
    {
        QVariantMap device = motion();
        device.remove(QStringLiteral("UUIDs"));
        device.remove(QStringLiteral("TxPower"));
        device.insert(QStringLiteral("ServiceData"),
                      QVariantMap { { QStringLiteral("0000feaa-0000-1000-8000-00805f9b34fb"),
                                      QByteArray::fromHex("10ebff") } });
        const QByteArray data = BluezProperties::advertisingData(device);
        QVERIFY(data.endsWith(QByteArray::fromHex("0616aafe10ebff")));
        const AdvertisingData ad = AdvertisingData::parse(data);
        QCOMPARE(ad.structures().size(), 3); // flags, name, service data
        QCOMPARE(ad.serviceData().size(), 1);
        QCOMPARE(ad.serviceData().first().data, QByteArray::fromHex("10ebff"));
        QVERIFY(!ad.isWellFormed()); // the URL scheme is the peer's mistake, and is reported
    }

    void longUuidListsSplit()
    {
        QVariantMap device = motion();
        QStringList uuids;
        for (int i = 0; i < 20; ++i)
            uuids.append(
                QStringLiteral("6a77%1-8c3a-4f3e-9e4b-5a2c1d0e9f10").arg(i, 4, 16, QLatin1Char('0')));
        device.insert(QStringLiteral("UUIDs"), uuids);
        const AdvertisingData ad = AdvertisingData::parse(BluezProperties::advertisingData(device));
        QVERIFY(ad.isWellFormed());
        QCOMPARE(ad.serviceUuids().size(), 20); // 320 bytes: two structures
    }

    void characteristicFlags_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("properties");
        QTest::newRow("read notify") << QStringList { QStringLiteral("read"), QStringLiteral("notify") }
                                     << 0x12;
        QTest::newRow("all declaration bits") << QStringList { QStringLiteral("broadcast"),
                                                               QStringLiteral("read"),
                                                               QStringLiteral("write-without-response"),
                                                               QStringLiteral("write"),
                                                               QStringLiteral("notify"),
                                                               QStringLiteral("indicate"),
                                                               QStringLiteral("authenticated-signed-writes"),
                                                               QStringLiteral("extended-properties") }
                                              << 0xFF;
        QTest::newRow("reliable write implies extended")
            << QStringList { QStringLiteral("reliable-write") } << 0x180;
        QTest::newRow("security flags and unknown words ignored")
            << QStringList { QStringLiteral("encrypt-read"), QStringLiteral("bogus"),
                             QStringLiteral("write") }
            << 0x08;
    }
    void characteristicFlags()
    {
        QFETCH(QStringList, flags);
        QFETCH(int, properties);
        QCOMPARE(int(BluezProperties::characteristicProperties(flags).toInt()), properties);
        // And back, as bluetoothd lists them for a remote characteristic.
        const CharacteristicProperties p = CharacteristicProperties::fromInt(quint16(properties));
        QCOMPARE(BluezProperties::characteristicProperties(BluezProperties::characteristicFlags(p)), p);
    }

    void databaseFromObjects_data()
    {
        QTest::addColumn<bool>("handleProperty");
        QTest::newRow("handles from object names (BlueZ 5.66)") << false;
        QTest::newRow("handles from the Handle property (5.67+)") << true;
    }
    void databaseFromObjects()
    {
        QFETCH(bool, handleProperty);
        const Result<GattDatabase> r = BluezProperties::database(
            gattTree(handleProperty), QStringLiteral("/org/bluez/hci0/dev_E1_77_6A_00_00_07"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const GattDatabase &db = r.value();
        QCOMPARE(db.handleOrigin(), GattDatabase::HandleOrigin::Peer);
        QCOMPARE(db.services().size(), 1);
        const Service &s = db.services().first();
        QCOMPARE(s.startHandle, quint16(6));
        QCOMPARE(s.endHandle, quint16(12));
        QCOMPARE(s.characteristics.size(), 2);
        const Characteristic &accel = s.characteristics[0];
        QCOMPARE(accel.declarationHandle, quint16(7));
        QCOMPARE(accel.valueHandle, quint16(8));
        QCOMPARE(accel.cccdHandle(), std::optional<quint16>(9)); // found, not guessed
        QCOMPARE(accel.descriptors[1].value, QByteArray("Accelerometer"));
        QCOMPARE(accel.properties, CharacteristicProperties(CharacteristicProperty::Notify));
        const Characteristic &ramp = s.characteristics[1];
        QVERIFY(ramp.properties.testFlag(CharacteristicProperty::ReliableWrite));
        QVERIFY(ramp.hasValue);
        QCOMPARE(db.kindOfHandle(12), GattDatabase::AttributeKind::CharacteristicValue);
    }

    void databaseRejectsInconsistentTrees_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QVariantMap>("props");
        QTest::addColumn<QString>("message");
        const QString dev = QStringLiteral("/org/bluez/hci0/dev_E1_77_6A_00_00_07");
        QTest::newRow("no handle anywhere")
            << dev + u"/service0006/charzzzz" << BluezInterface::GattCharacteristic
            << QVariantMap { { QStringLiteral("UUID"), QStringLiteral("2a00") } }
            << QStringLiteral("no usable handle");
        QTest::newRow("bad UUID") << dev + u"/service0006/char0020" << BluezInterface::GattCharacteristic
                                  << QVariantMap { { QStringLiteral("UUID"), QStringLiteral("nope") } }
                                  << QStringLiteral("no valid UUID");
        QTest::newRow("orphan descriptor")
            << dev + u"/service0006/char0099/desc009a" << BluezInterface::GattDescriptor
            << QVariantMap { { QStringLiteral("UUID"), QStringLiteral("2901") } }
            << QStringLiteral("belongs to no");
        QTest::newRow("duplicate handle")
            << dev + u"/service0006/char0009" << BluezInterface::GattCharacteristic
            << QVariantMap { { QStringLiteral("UUID"), QStringLiteral("2a00") } }
            << QStringLiteral("share handle");
        QTest::newRow("characteristic before its service")
            << dev + u"/service0006/char0003" << BluezInterface::GattCharacteristic
            << QVariantMap { { QStringLiteral("UUID"), QStringLiteral("2a00") } }
            << QStringLiteral("not inside");
        QTest::newRow("Handle property out of range")
            << dev + u"/service0006/char0030" << BluezInterface::GattCharacteristic
            << QVariantMap { { QStringLiteral("UUID"), QStringLiteral("2a00") },
                             { QStringLiteral("Handle"), 70000 } }
            << QStringLiteral("no usable handle");
    }
    void databaseRejectsInconsistentTrees()
    {
        QFETCH(QString, path);
        QFETCH(QString, interface);
        QFETCH(QVariantMap, props);
        QFETCH(QString, message);
        BluezObjects tree = gattTree(false);
        tree.insert(path, object(interface, props));
        const Result<GattDatabase> r
            = BluezProperties::database(tree, QStringLiteral("/org/bluez/hci0/dev_E1_77_6A_00_00_07"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Protocol);
        QVERIFY2(r.error().message().contains(message), qPrintable(r.error().message()));
    }

    void databaseIgnoresOtherDevices()
    {
        BluezObjects tree = gattTree(false);
        tree.insert(
            QStringLiteral("/org/bluez/hci0/dev_C0_98_E5_49_00_01/service0001"),
            object(BluezInterface::GattService, { { QStringLiteral("UUID"), QStringLiteral("180d") } }));
        const Result<GattDatabase> r
            = BluezProperties::database(tree, QStringLiteral("/org/bluez/hci0/dev_E1_77_6A_00_00_07"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().services().size(), 1);
        QVERIFY(!BluezProperties::database(tree, QString()).ok());
    }

    // The fuzzing promise, in small: random maps of random types never crash and always give
    // well-formed AD data or an error.
    void randomInputNeverCrashes()
    {
        QRandomGenerator random(0x6A77);
        const QStringList keys = { QStringLiteral("Address"),
                                   QStringLiteral("AddressType"),
                                   QStringLiteral("Name"),
                                   QStringLiteral("RSSI"),
                                   QStringLiteral("TxPower"),
                                   QStringLiteral("UUIDs"),
                                   QStringLiteral("ManufacturerData"),
                                   QStringLiteral("ServiceData"),
                                   QStringLiteral("AdvertisingFlags"),
                                   QStringLiteral("AdvertisingData"),
                                   QStringLiteral("Appearance"),
                                   QStringLiteral("Paired") };
        auto randomValue = [&random](int depth, auto &&self) -> QVariant {
            QByteArray bytes(int(random.bounded(40)), '\0');
            for (char &c : bytes)
                c = char(random.bounded(256));
            switch (random.bounded(depth > 2 ? 5 : 7)) {
            case 0: return int(random.bounded(-70000, 70000));
            case 1: return bytes;
            case 2: return QString::fromLatin1(bytes.toHex());
            case 3: return bool(random.bounded(2));
            case 4: return QStringList { QString::fromLatin1(bytes), QStringLiteral("180d") };
            case 5: {
                QVariantMap m;
                for (int i = 0; i < 3; ++i)
                    m.insert(QString::number(random.bounded(-5, 70000)), self(depth + 1, self));
                return m;
            }
            default: return QVariantList { self(depth + 1, self), self(depth + 1, self) };
            }
        };
        for (int round = 0; round < 3000; ++round) {
            QVariantMap device;
            if (random.bounded(2))
                device.insert(QStringLiteral("Address"), QStringLiteral("C0:98:E5:49:00:01"));
            for (const QString &key : keys) {
                if (random.bounded(2))
                    device.insert(key, randomValue(0, randomValue));
            }
            const Result<Advertisement> r = BluezProperties::advertisement(device, round);
            if (r.ok())
                QVERIFY(AdvertisingData::parse(r.value().data).isWellFormed());
            BluezObjects tree;
            tree.insert(QStringLiteral("/d/service%1").arg(round % 7),
                        object(BluezInterface::GattService, device));
            tree.insert(QStringLiteral("/d/service%1/char%2").arg(round % 7).arg(round % 5),
                        object(BluezInterface::GattCharacteristic, device));
            (void)BluezProperties::database(tree, QStringLiteral("/d"));
        }
    }
};

QTEST_GUILESS_MAIN(TestBluezProperties)
#include "tst_bluezproperties.moc"
