// SPDX-License-Identifier: MIT
// The system-Bluetooth backend end to end against the mock BlueZ (gattscope-sim --bluez on a
// private bus, started by the CTest fixture): adapters, scanning of every built-in peripheral,
// connect and discovery of every connectable one (handles compared with the virtual GATT
// server's), read/write, notifications and indications, the CCCD mapping, pairing with a
// passkey (by request and by security elevation), bonds, RSSI and MTU.
#include "bluezrig.h"

#include <gattscope/backends/backendfactory.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualgattserver.h>
#include <gattscope/core/advertising/advertisingdata.h>

#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QHash>
#include <QTest>

using namespace gattscope;
using namespace gattscope::testing;

namespace {

const QString kMotion = QStringLiteral("E1:77:6A:00:00:07");
const QString kMotionPath = QStringLiteral("/org/bluez/hci0/dev_E1_77_6A_00_00_07");
const Uuid kAccelerometer = *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kRamp = *Uuid::fromString(u"6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kName = *Uuid::fromString(u"6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kEvents = *Uuid::fromString(u"6a770005-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kSecret = *Uuid::fromString(u"6a770006-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kTicks = *Uuid::fromString(u"6a770007-8c3a-4f3e-9e4b-5a2c1d0e9f10");

DeviceAddress address(const QString &text)
{
    return *DeviceAddress::fromString(text);
}

PeripheralProfile builtIn(const QString &name)
{
    const Result<ProfileSet> set = ProfileLoader::loadBuiltIn();
    for (const PeripheralProfile &p : set.value().peripherals) {
        if (p.name == name)
            return p;
    }
    return {};
}

const Characteristic *find(const GattDatabase &db, const Uuid &uuid)
{
    const QList<const Characteristic *> all = db.characteristicsByUuid(uuid);
    return all.isEmpty() ? nullptr : all.first();
}

// Collects what a backend reports, on the test thread.
struct Listener : QObject
{
    QList<Advertisement> adverts;
    QList<Error> errors;
    QList<Backend::State> states;
    explicit Listener(Backend *backend)
    {
        connect(backend, &Backend::advertisementsReceived, this,
                [this](const QList<Advertisement> &batch) { adverts += batch; });
        connect(backend, &Backend::errorOccurred, this, [this](const Error &e) { errors.append(e); });
        connect(backend, &Backend::stateChanged, this, [this](Backend::State s) { states.append(s); });
    }
    QList<Advertisement> from(const QString &text) const
    {
        QList<Advertisement> out;
        for (const Advertisement &a : adverts) {
            if (a.address.toString() == text)
                out.append(a);
        }
        return out;
    }
};

struct LinkListener : QObject
{
    QList<Notification> notifications;
    QList<Error> disconnects;
    int passkeyRequests = 0;
    explicit LinkListener(Connection *c)
    {
        connect(c, &Connection::notificationsReceived, this,
                [this](const QList<Notification> &batch) { notifications += batch; });
        connect(c, &Connection::disconnected, this, [this](const Error &e) { disconnects.append(e); });
        connect(c, &Connection::passkeyRequested, this, [this] { ++passkeyRequests; });
    }
};

QVariant mockProperty(const QString &path, const QString &interface, const QString &name)
{
    QDBusMessage m = QDBusMessage::createMethodCall(QStringLiteral("org.bluez"), path,
                                                    QStringLiteral("org.freedesktop.DBus.Properties"),
                                                    QStringLiteral("Get"));
    m.setArguments({ interface, name });
    const QDBusMessage reply = QDBusConnection::systemBus().call(m, QDBus::Block, 3000);
    return qvariant_cast<QDBusVariant>(reply.arguments().value(0)).variant();
}

} // namespace

class TestBluezBackend : public QObject
{
    Q_OBJECT

    MockBluezControl m_mock;

    // Opens, scans until `address` was heard, stops the scan and connects.
    Connection *connectTo(BluezRig &rig, const QString &text)
    {
        if (!rig.open().ok())
            return nullptr;
        Listener listener(rig.backend);
        if (!await(rig.backend->startScan()).ok())
            return nullptr;
        if (!QTest::qWaitFor([&] { return !listener.from(text).isEmpty(); }, 10000))
            return nullptr;
        await(rig.backend->stopScan());
        const Result<Connection *> c = await(rig.backend->connectToDevice(address(text)));
        if (!c.ok())
            qWarning("connect: %s", qPrintable(c.error().toString()));
        return c.ok() ? c.value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveMockBus())
            QSKIP("no mock BlueZ bus: run through ctest (fixture bluez_mock)");
        QVERIFY2(m_mock.online(), "the mock BlueZ does not answer");
    }

    void init() { QVERIFY(m_mock.reset()); }

    void adapters()
    {
        BluezRig rig;
        QVERIFY(rig.open().ok());
        const Backend::Info info = rig.backend->info();
        QCOMPARE(info.name, QStringLiteral("hci0"));
        QCOMPARE(info.address.toString(), QStringLiteral("00:AA:01:00:00:00"));
        QVERIFY(info.powered);
        QVERIFY(info.capabilities.testFlag(Backend::Capability::StackOwnsCccd));
        QVERIFY(info.capabilities.testFlag(Backend::Capability::PowerControl));
        QVERIFY(info.capabilities.testFlag(Backend::Capability::NoConnectionParameters));
        QVERIFY(!info.capabilities.testFlag(Backend::Capability::SyntheticHandles)); // the peer's handles
        QCOMPARE(rig.backend->state(), Backend::State::Ready);

        BluezRig second(QStringLiteral("hci1"));
        QVERIFY(second.open().ok());
        QCOMPARE(second.backend->info().name, QStringLiteral("hci1"));
        QCOMPARE(second.backend->info().address.toString(), QStringLiteral("00:AA:01:00:00:01"));

        BluezRig missing(QStringLiteral("hci9"));
        const Status opened = missing.open();
        QCOMPARE(opened.error().kind(), Error::Kind::NotFound);
        QVERIFY2(opened.error().message().contains(QStringLiteral("hci0, hci1")),
                 qPrintable(opened.error().message()));
        QCOMPARE(missing.backend->state(), Backend::State::Closed);
    }

    void factoryUrisAndPicker()
    {
        Result<std::unique_ptr<BackendHost>> created = createBackend(QStringLiteral("bluez:hci1"));
        QVERIFY(created.ok());
        QCOMPARE(created.value()->backend()->uri(), QStringLiteral("bluez:hci1"));
        QVERIFY(await(created.value()->backend()->open()).ok());
        QCOMPARE(created.value()->backend()->info().name, QStringLiteral("hci1"));
        Result<std::unique_ptr<BackendHost>> fallback = createBackend(QStringLiteral("bluez:"));
        QVERIFY(fallback.ok());
        QVERIFY(await(fallback.value()->backend()->open()).ok());
        QCOMPARE(fallback.value()->backend()->info().name, QStringLiteral("hci0"));
        // The picker's list fills in the background and never blocks.
        QTRY_VERIFY_WITH_TIMEOUT(
            [] {
                const QList<BackendDescriptor> all = availableBackends();
                return std::any_of(all.cbegin(), all.cend(), [](const BackendDescriptor &d) {
                    return d.uri == QLatin1String("bluez:hci1");
                });
            }(),
            5000);
    }

    // probeBackends() answers once the adapters were asked (a probe under way is joined,
    // so the second one is sure to see the adapter switched off); labels say the state.
    void probeListsEveryAdapterWithItsState()
    {
        QVERIFY(m_mock.setPowered(QStringLiteral("hci1"), false));
        probeBackends().waitForFinished();
        probeBackends().waitForFinished();
        QHash<QString, BackendDescriptor> byUri;
        const QList<BackendDescriptor> all = availableBackends();
        for (const BackendDescriptor &d : all)
            byUri.insert(d.uri, d);
        QCOMPARE(byUri.value(QStringLiteral("bluez:hci0")).label,
                 QStringLiteral("Bluetooth adapter hci0 (00:AA:01:00:00:00)"));
        QCOMPARE(byUri.value(QStringLiteral("bluez:hci1")).label,
                 QStringLiteral("Bluetooth adapter hci1 (00:AA:01:00:00:01, switched off)"));
        QCOMPARE(
            byUri.value(QStringLiteral("bluez:hci1")).description,
            QStringLiteral("System Bluetooth adapter hci1 \"gattscope-sim\", 00:AA:01:00:00:01, switched "
                           "off (bluez:hci1)"));
        QVERIFY(byUri.contains(QStringLiteral("demo")));
    }

    // Every built-in peripheral is found, and what BlueZ decoded comes back as the same
    // advertising fields the profile sends.
    void scanFindsEveryPeripheral_data()
    {
        QTest::addColumn<QString>("name");
        const Result<ProfileSet> set = ProfileLoader::loadBuiltIn();
        for (const PeripheralProfile &p : set.value().peripherals)
            QTest::newRow(qPrintable(p.name)) << p.name;
    }
    void scanFindsEveryPeripheral()
    {
        QFETCH(QString, name);
        const PeripheralProfile profile = builtIn(name);
        const QString text = profile.address.toString();
        BluezRig rig;
        QVERIFY(rig.open().ok());
        Listener listener(rig.backend);
        QVERIFY(await(rig.backend->startScan()).ok());
        QCOMPARE(rig.backend->state(), Backend::State::Scanning);
        // A scan with a discovery filter reports non-discoverable advertisers too (BlueZ).
        QTRY_VERIFY_WITH_TIMEOUT(!listener.from(text).isEmpty(), 10000);
        const Advertisement a = listener.from(text).last();
        QVERIFY(a.rebuilt);
        QCOMPARE(a.address.isRandom(), profile.address.isRandom());
        QVERIFY(a.rssi < 0 && a.rssi > -100);
        const AdvertisingData got = AdvertisingData::parse(a.data);
        const AdvertisingData sent
            = AdvertisingData::merged(AdvertisingData::parse(profile.advertisingData),
                                      AdvertisingData::parse(profile.scanResponseData));
        QVERIFY(got.isWellFormed());
        QCOMPARE(got.name(), sent.name());
        QCOMPARE(got.flags(), sent.flags());
        QCOMPARE(got.txPower(), sent.txPower());
        QCOMPARE(got.serviceUuids(), sent.serviceUuids());
        QCOMPARE(got.manufacturerData().size(), sent.manufacturerData().size());
        for (qsizetype i = 0; i < got.manufacturerData().size(); ++i) {
            QCOMPARE(got.manufacturerData()[i].companyId, sent.manufacturerData()[i].companyId);
            QCOMPARE(got.manufacturerData()[i].data, sent.manufacturerData()[i].data);
        }
        QCOMPARE(got.serviceData().size(), sent.serviceData().size());
        for (qsizetype i = 0; i < got.serviceData().size(); ++i) {
            QCOMPARE(got.serviceData()[i].uuid, sent.serviceData()[i].uuid);
            QCOMPARE(got.serviceData()[i].data, sent.serviceData()[i].data);
        }
        QVERIFY(await(rig.backend->stopScan()).ok());
        QCOMPARE(rig.backend->state(), Backend::State::Ready);
    }

    void devicesUpdateInPlaceAndAgeOut()
    {
        QVERIFY(m_mock.setTemporaryTimeout(400));
        BluezOptions options = fastBluezOptions();
        options.ageOutMs = 60000; // BlueZ removing the device is what ages it out here
        BluezRig rig(QString(), options);
        QVERIFY(rig.open().ok());
        Listener listener(rig.backend);
        QVERIFY(await(rig.backend->startScan()).ok());
        // Later reports of a device (RSSI changes) still carry all of its data.
        QTRY_VERIFY_WITH_TIMEOUT(listener.from(kMotion).size() >= 3, 10000);
        for (const Advertisement &a : listener.from(kMotion))
            QCOMPARE(AdvertisingData::parse(a.data).name(), QStringLiteral("gattscope Motion"));
        // Everyone in range has been heard (beacons advertise once a second).
        QTRY_VERIFY_WITH_TIMEOUT(rig.onBackendThread([&] { return rig.backend->scannedDeviceCount(); }) >= 7,
                                 10000);
        const int before = rig.onBackendThread([&] { return rig.backend->scannedDeviceCount(); });
        QVERIFY(m_mock.setInRange(kMotion, false));
        QTRY_COMPARE_WITH_TIMEOUT(rig.onBackendThread([&] { return rig.backend->scannedDeviceCount(); }),
                                  before - 1, 5000);
        listener.adverts.clear();
        QVERIFY(m_mock.setInRange(kMotion, true));
        QTRY_VERIFY_WITH_TIMEOUT(!listener.from(kMotion).isEmpty(), 5000);
        QTRY_COMPARE(rig.onBackendThread([&] { return rig.backend->scannedDeviceCount(); }), before);
    }

    // Discovery of every connectable built-in peripheral: the database matches the virtual
    // GATT server, handles included, minus the Generic Access service BlueZ keeps to itself.
    void discoveryOfEveryPeripheral_data()
    {
        QTest::addColumn<QString>("name");
        const Result<ProfileSet> set = ProfileLoader::loadBuiltIn();
        for (const PeripheralProfile &p : set.value().peripherals) {
            if (p.connectable && !p.services.isEmpty())
                QTest::newRow(qPrintable(p.name)) << p.name;
        }
    }
    void discoveryOfEveryPeripheral()
    {
        QFETCH(QString, name);
        const PeripheralProfile profile = builtIn(name);
        BluezRig rig;
        Connection *c = connectTo(rig, profile.address.toString());
        QVERIFY(c);
        QVERIFY(c->isConnected());
        QCOMPARE(c->mtu(), 247);
        const Result<GattDatabase> found = await(c->discover());
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        const GattDatabase &db = found.value();
        QCOMPARE(db.handleOrigin(), GattDatabase::HandleOrigin::Peer);

        const VirtualGattServer server(profile);
        QList<Service> expected;
        for (const VirtualAttribute &a : server.attributes()) {
            if (a.kind == VirtualAttribute::Kind::PrimaryService
                || a.kind == VirtualAttribute::Kind::SecondaryService) {
                Service s;
                s.startHandle = a.handle;
                s.endHandle = a.groupEnd;
                s.uuid = *Uuid::fromAttBytes(a.value);
                if (s.uuid != Uuid(0x1800))
                    expected.append(s);
            }
        }
        QCOMPARE(db.services().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Service &got = db.services()[i];
            QCOMPARE(got.uuid, expected[i].uuid);
            QCOMPARE(got.startHandle, expected[i].startHandle);
            QCOMPARE(got.endHandle, expected[i].endHandle);
        }
        for (const VirtualCharacteristic &vc : server.characteristics()) {
            if (vc.declarationHandle < expected.first().startHandle)
                continue; // Generic Access
            const Characteristic *ch = db.characteristicForHandle(vc.valueHandle);
            QVERIFY2(ch, qPrintable(vc.uuid.toString()));
            QCOMPARE(ch->uuid, vc.uuid);
            QCOMPARE(ch->declarationHandle, vc.declarationHandle);
            QCOMPARE(ch->valueHandle, vc.valueHandle);
            QCOMPARE(ch->endHandle, vc.endHandle);
            QCOMPARE(int(ch->properties.toInt() & 0xFF), int(vc.properties));
            QCOMPARE(ch->cccdHandle().value_or(0), vc.cccdHandle);
            for (quint16 h = vc.valueHandle + 1; h <= vc.endHandle; ++h) {
                const Descriptor *d = db.descriptorForHandle(h);
                QVERIFY(d);
                QCOMPARE(d->uuid, server.attribute(h)->type);
            }
        }
        LinkListener link(c);
        QVERIFY(await(c->disconnectFromDevice()).ok());
        QCOMPARE(c->state(), Connection::State::Disconnected);
        QTRY_COMPARE(link.disconnects.size(), 1);
        QCOMPARE(link.disconnects.first().kind(), Error::Kind::Controller);
        QCOMPARE(link.disconnects.first().code(), quint16(0x16));
    }

    void readAndWrite()
    {
        BluezRig rig;
        Connection *c = connectTo(rig, kMotion);
        QVERIFY(c);
        const GattDatabase db = await(c->discover()).value();
        const quint16 name = find(db, kName)->valueHandle;
        QCOMPARE(await(c->read(name)).value(), QByteArray("Motion Sensor"));
        QVERIFY(await(c->write(name, "gattscope", Connection::WriteMode::Request)).ok());
        QCOMPARE(await(c->read(name)).value(), QByteArray("gattscope"));
        QCOMPARE(c->database().value(name), std::optional<QByteArray>("gattscope"));
        QVERIFY(await(c->write(name, "wnr", Connection::WriteMode::Command)).ok());
        QTRY_COMPARE(await(c->read(name)).value(), QByteArray("wnr"));
        // Longer than one ATT read: BlueZ reads it whole.
        const Result<QByteArray> ramp
            = await(c->read(find(db, kRamp)->valueHandle, Connection::ReadMode::Long));
        QCOMPARE(ramp.value().size(), 200);
        QCOMPARE(quint8(ramp.value().at(199)), quint8(199));
        // Descriptors: the User Description.
        const Descriptor *description = find(db, kName)->descriptor(GattUuid::UserDescription);
        QCOMPARE(await(c->read(description->handle)).value(), QByteArray("Device name (UTF-8)"));
        // The peer refuses a value longer than its maximum (64).
        QVERIFY(!await(c->write(name, QByteArray(65, 'x'))).ok());
        // Handles that are not values or descriptors.
        QCOMPARE(await(c->read(find(db, kName)->declarationHandle)).error().kind(),
                 Error::Kind::InvalidArgument);
        QCOMPARE(await(c->read(0x7777)).error().kind(), Error::Kind::InvalidArgument);
    }

    void notificationsAndIndications()
    {
        BluezRig rig;
        Connection *c = connectTo(rig, kMotion);
        QVERIFY(c);
        const GattDatabase db = await(c->discover()).value();
        LinkListener link(c);
        const Characteristic *accel = find(db, kAccelerometer);
        QVERIFY(await(c->subscribe(accel->valueHandle, Connection::Subscription::Notify)).ok());
        QCOMPARE(c->database().value(*accel->cccdHandle()),
                 std::optional<QByteArray>(QByteArray::fromHex("0100")));
        QTRY_VERIFY(link.notifications.size() >= 10);
        for (const Notification &n : std::as_const(link.notifications)) {
            QCOMPARE(n.handle, accel->valueHandle);
            QCOMPARE(n.value.size(), 6);
            QCOMPARE(n.kind, Notification::Kind::Notification);
            QVERIFY(n.timestampUs > 0);
        }
        QVERIFY(await(c->subscribe(accel->valueHandle, Connection::Subscription::Off)).ok());
        QCOMPARE(mockProperty(kMotionPath + u"/service0006/char0007",
                              QStringLiteral("org.bluez.GattCharacteristic1"), QStringLiteral("Notifying"))
                     .toBool(),
                 false);

        // Indicate-only: BlueZ enables indications; they arrive as Indication.
        const Characteristic *events = find(db, kEvents);
        link.notifications.clear();
        QVERIFY(await(c->subscribe(events->valueHandle, Connection::Subscription::Indicate)).ok());
        QCOMPARE(c->database().value(*events->cccdHandle()),
                 std::optional<QByteArray>(QByteArray::fromHex("0200")));
        QTRY_VERIFY_WITH_TIMEOUT(!link.notifications.isEmpty(), 5000);
        QCOMPARE(link.notifications.first().handle, events->valueHandle);
        QCOMPARE(link.notifications.first().kind, Notification::Kind::Indication);
        QCOMPARE(link.notifications.first().value.size(), 4);
    }

    // BlueZ owns the CCCD: a hand-written CCCD value becomes StartNotify/StopNotify, and what
    // cannot be expressed that way is refused instead of pretending.
    void cccdWritesMapToStartStopNotify()
    {
        BluezRig rig;
        Connection *c = connectTo(rig, kMotion);
        QVERIFY(c);
        QVERIFY(rig.backend->info().capabilities.testFlag(Backend::Capability::StackOwnsCccd));
        const GattDatabase db = await(c->discover()).value();
        const Characteristic *ticks = find(db, kTicks); // read + notify, CCCD after the 0x2901
        const quint16 cccd = *ticks->cccdHandle();
        QCOMPARE(cccd, quint16(ticks->valueHandle + 2));
        QVERIFY(m_mock.ok(QStringLiteral("ClearCalls")));
        QVERIFY(await(c->write(cccd, QByteArray::fromHex("0100"))).ok());
        QStringList calls = m_mock.calls();
        QVERIFY2(
            calls.contains(kMotionPath + u"/service0006/char0016 org.bluez.GattCharacteristic1.StartNotify"),
            qPrintable(calls.join(u'\n')));
        for (const QString &call : std::as_const(calls))
            QVERIFY2(!call.contains(QStringLiteral("GattDescriptor1.WriteValue")), qPrintable(call));
        QCOMPARE(mockProperty(kMotionPath + u"/service0006/char0016",
                              QStringLiteral("org.bluez.GattCharacteristic1"), QStringLiteral("Notifying"))
                     .toBool(),
                 true);
        // 02 00 on a characteristic that can notify: BlueZ enables notifications, and the
        // stored value says so.
        QVERIFY(await(c->write(cccd, QByteArray::fromHex("0200"))).ok());
        QCOMPARE(c->database().value(cccd), std::optional<QByteArray>(QByteArray::fromHex("0100")));
        QVERIFY(await(c->write(cccd, QByteArray::fromHex("0000"))).ok());
        QVERIFY(m_mock.calls().contains(kMotionPath
                                        + u"/service0006/char0016 org.bluez.GattCharacteristic1.StopNotify"));
        // Values BlueZ has no method for.
        for (const char *bad : { "0300", "01", "010000", "" }) {
            const Status s = await(c->write(cccd, QByteArray::fromHex(bad)));
            QCOMPARE(s.error().kind(), Error::Kind::InvalidArgument);
            QVERIFY(s.error().message().contains(QStringLiteral("owns")));
        }
        // Reading the CCCD reads what the peer holds for this link.
        QCOMPARE(await(c->read(cccd)).value(), QByteArray::fromHex("0000"));
    }

    void pairingWithPasskey()
    {
        BluezRig rig;
        Connection *c = connectTo(rig, kMotion);
        QVERIFY(c);
        const GattDatabase db = await(c->discover()).value();
        LinkListener link(c);
        QObject::connect(c, &Connection::passkeyRequested, &link, [c] { c->providePasskey(123456); });
        QVERIFY(!c->isEncrypted());
        const Status paired = await(c->pair());
        QVERIFY2(paired.ok(), qPrintable(paired.error().toString()));
        QCOMPARE(link.passkeyRequests, 1);
        QVERIFY(c->isEncrypted());
        QCOMPARE(await(c->read(find(db, kSecret)->valueHandle)).value(), QByteArray("secret-42"));

        const Result<QList<Backend::Bond>> bonds = await(rig.backend->bonds());
        QVERIFY(bonds.ok());
        QCOMPARE(bonds.value().size(), 1);
        QCOMPARE(bonds.value().first().address.toString(), kMotion);
        QVERIFY(await(rig.backend->deleteBond(bonds.value().first().handle)).ok());
        QTRY_VERIFY(await(rig.backend->bonds()).value().isEmpty());
        QCOMPARE(await(rig.backend->deleteBond(4711)).error().kind(), Error::Kind::InvalidArgument);
    }

    void wrongOrCancelledPasskey()
    {
        BluezRig rig;
        Connection *c = connectTo(rig, kMotion);
        QVERIFY(c);
        QVERIFY(await(c->discover()).ok());
        QObject context;
        QObject::connect(c, &Connection::passkeyRequested, &context, [c] { c->providePasskey(111111); });
        const Status wrong = await(c->pair());
        QCOMPARE(wrong.error().kind(), Error::Kind::Security);
        QCOMPARE(wrong.error().code(), quint16(0x04));
        QVERIFY(!c->isEncrypted());
        QObject::disconnect(c, &Connection::passkeyRequested, &context, nullptr);
        QObject::connect(c, &Connection::passkeyRequested, &context,
                         [c] { c->providePasskey(std::nullopt); });
        const Status rejected = await(c->pair());
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().kind(), Error::Kind::Security); // AuthenticationRejected
    }

    // Reading an encrypted characteristic makes BlueZ pair by itself; the passkey is asked
    // through the same passkeyRequested()/providePasskey() path.
    void securityElevationAsksForThePasskey()
    {
        BluezRig rig;
        Connection *c = connectTo(rig, kMotion);
        QVERIFY(c);
        const GattDatabase db = await(c->discover()).value();
        LinkListener link(c);
        QObject::connect(c, &Connection::passkeyRequested, &link, [c] { c->providePasskey(123456); });
        const Result<QByteArray> secret = await(c->read(find(db, kSecret)->valueHandle));
        QVERIFY2(secret.ok(), qPrintable(secret.error().toString()));
        QCOMPARE(secret.value(), QByteArray("secret-42"));
        QCOMPARE(link.passkeyRequests, 1);
        QTRY_VERIFY(c->isEncrypted());
    }

    // The backend's agent is bluetoothd's default agent, but it answers only for devices this
    // process works with: a pairing someone else starts with another device is rejected.
    void agentRejectsOtherDevices()
    {
        BluezRig rig;
        QVERIFY(rig.open().ok());
        Listener listener(rig.backend);
        QVERIFY(await(rig.backend->startScan()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!listener.from(kMotion).isEmpty(), 10000);
        QVERIFY(await(rig.backend->stopScan()).ok());
        QTRY_VERIFY(m_mock.calls().join(u'\n').contains(QStringLiteral("RequestDefaultAgent")));
        // Asynchronous: the agent runs on this very thread.
        const QDBusMessage pair
            = QDBusMessage::createMethodCall(QStringLiteral("org.bluez"), kMotionPath,
                                             QStringLiteral("org.bluez.Device1"), QStringLiteral("Pair"));
        QDBusPendingCallWatcher watcher(QDBusConnection::systemBus().asyncCall(pair, 10000));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 10000);
        QCOMPARE(watcher.reply().errorName(), QStringLiteral("org.bluez.Error.AuthenticationRejected"));
    }

    void rssiOfAConnectedDevice()
    {
        BluezRig rig;
        Connection *c = connectTo(rig, kMotion);
        QVERIFY(c);
        // BlueZ has no RSSI for a connected device unless a scan runs.
        QCOMPARE(await(c->readRssi()).error().kind(), Error::Kind::NotSupported);
        // Nor connection parameters over D-Bus (Capability::NoConnectionParameters).
        QVERIFY(c->parameters().isNull());
        QCOMPARE(await(c->updateParameters({ 30000, 0, 4000 })).error().kind(), Error::Kind::NotSupported);
    }
};

QTEST_GUILESS_MAIN(TestBluezBackend)
#include "tst_bluezbackend.moc"
