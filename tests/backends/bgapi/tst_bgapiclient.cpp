// SPDX-License-Identifier: MIT
// BgapiBackend end to end against the in-process virtual BLED112: start-up, scanning,
// connecting, discovery of every built-in peripheral, every read/write path, notifications,
// indications, bonding with a passkey and three links at once.
#include "support/bgapitestrig.h"

#include <QSignalSpy>
#include <QtEndian>
#include <QTest>

Q_DECLARE_METATYPE(gattscope::DiscoveryMode)
Q_DECLARE_METATYPE(gattscope::Connection::ReadMode)
Q_DECLARE_METATYPE(gattscope::Connection::WriteMode)

using namespace gattscope;
using namespace gattscope::testing;

namespace {
const Uuid kMotionService = *Uuid::fromString(u"6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kAccelerometer = *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kLongValue = *Uuid::fromString(u"6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kName = *Uuid::fromString(u"6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kIndicateCounter = *Uuid::fromString(u"6a770005-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kSecret = *Uuid::fromString(u"6a770006-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kTick = *Uuid::fromString(u"6a770007-8c3a-4f3e-9e4b-5a2c1d0e9f10");

// A peripheral whose indications come fast enough for a quick test.
ProfileSet fastIndicator()
{
    const QByteArray json = R"({
        "name": "Indicator", "address": "C1:1D:1C:A7:0A:01", "addressType": "random",
        "advertising": { "flags": 6, "name": "Indicator" },
        "services": [ { "uuid": "6a77a100-8c3a-4f3e-9e4b-5a2c1d0e9f10", "characteristics": [
            { "uuid": "6a77a101-8c3a-4f3e-9e4b-5a2c1d0e9f10", "properties": ["indicate", "notify"],
              "generator": { "type": "counter", "size": 4, "rateHz": 200 } } ] } ]
    })";
    return ProfileLoader::loadJson(json, QStringLiteral("indicator")).value();
}
} // namespace

class TestBgapiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openReportsDongleInfo();
    void scan_data();
    void scan();
    void connectAndDisconnect();
    void connectTimeoutReportsFailedToEstablish();
    void discoverEveryPeripheral_data();
    void discoverEveryPeripheral();
    void reads_data();
    void reads();
    void writes_data();
    void writes();
    void subscribeAndCount();
    void subscribeUsesDiscoveredCccd();
    void indicationsAreConfirmed();
    void bondWithPasskey();
    void wrongPasskeyFails();
    void autoPairOnInsufficientAuthentication();
    void threeConnectionsAtOnce();
    void disconnectReasons_data();
    void disconnectReasons();
    void updateParameters();
};

void TestBgapiClient::openReportsDongleInfo()
{
    Rig rig;
    QSignalSpy states(rig.backend, &Backend::stateChanged);
    QVERIFY(rig.open().ok());
    QCOMPARE(rig.backend->state(), Backend::State::Ready);
    const Backend::Info info = rig.backend->info();
    QCOMPARE(info.address, rig.dongle->options().address);
    QCOMPARE(info.maxConnections, rig.dongle->options().maxConnections);
    QCOMPARE(info.name, QStringLiteral("Virtual"));
    QVERIFY(info.description.contains(QStringLiteral("firmware")));
    QVERIFY(!rig.dongle->isScanning());
    // Opening twice is harmless.
    QVERIFY(rig.open().ok());
}

void TestBgapiClient::scan_data()
{
    QTest::addColumn<bool>("active");
    QTest::addColumn<DiscoveryMode>("mode");
    QTest::addColumn<bool>("expectScanResponses");
    QTest::addColumn<bool>("expectBroadcaster");
    QTest::newRow("active observation") << true << DiscoveryMode::Observation << true << true;
    QTest::newRow("passive observation") << false << DiscoveryMode::Observation << false << true;
    QTest::newRow("active general") << true << DiscoveryMode::General << true << false;
}

void TestBgapiClient::scan()
{
    QFETCH(bool, active);
    QFETCH(DiscoveryMode, mode);
    QFETCH(bool, expectScanResponses);
    QFETCH(bool, expectBroadcaster);

    Rig rig;
    QVERIFY(rig.open().ok());
    QList<Advertisement> adverts;
    int batches = 0;
    QObject::connect(rig.backend, &Backend::advertisementsReceived, &rig.context,
                     [&](const QList<Advertisement> &batch) {
                         adverts += batch;
                         ++batches;
                     });
    ScanOptions options;
    options.active = active;
    options.mode = mode;
    options.intervalMs = 30;
    options.windowMs = 30;
    QVERIFY(await(rig.backend->startScan(options)).ok());
    QCOMPARE(rig.backend->state(), Backend::State::Scanning);
    QVERIFY(rig.dongle->isScanning());

    const DeviceAddress hrm = rig.peripheral(QStringLiteral("HRM Strap"))->address();
    const DeviceAddress broadcaster = rig.peripheral(QStringLiteral("Broadcaster"))->address();
    auto seen = [&](const DeviceAddress &a, bool scanResponse) {
        for (const Advertisement &ad : std::as_const(adverts)) {
            if (ad.address == a && ad.isScanResponse() == scanResponse)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(seen(hrm, false), 3000);
    if (expectScanResponses)
        QTRY_VERIFY_WITH_TIMEOUT(seen(hrm, true), 3000);
    if (expectBroadcaster)
        QTRY_VERIFY_WITH_TIMEOUT(seen(broadcaster, false), 3000);

    QVERIFY(await(rig.backend->stopScan()).ok());
    QCOMPARE(rig.backend->state(), Backend::State::Ready);
    QVERIFY(!rig.dongle->isScanning());
    if (!expectScanResponses)
        QVERIFY(!seen(hrm, true));
    if (!expectBroadcaster)
        QVERIFY(!seen(broadcaster, false));
    QVERIFY(batches > 0);
    for (const Advertisement &ad : std::as_const(adverts)) {
        QVERIFY(ad.timestampUs > 0);
        QVERIFY(ad.rssi < 0);
        QVERIFY(ad.address.isRandom());
    }
}

void TestBgapiClient::connectAndDisconnect()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    const Result<Connection *> r = rig.connect(QStringLiteral("HRM Strap"));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    Connection *c = r.value();
    QCOMPARE(c->state(), Connection::State::Connected);
    QCOMPARE(c->address(), rig.peripheral(QStringLiteral("HRM Strap"))->address());
    QCOMPARE(rig.backend->connections().size(), 1);
    QCOMPARE(rig.dongle->connectionCount(), 1);
    QVERIFY(c->parameters().intervalUs > 0);
    QCOMPARE(c->mtu(), 23);

    const Result<int> rssi = await(c->readRssi());
    QVERIFY(rssi.ok());
    QVERIFY(rssi.value() < 0 && rssi.value() > -127);

    // Connecting again to a connected peer returns the same link.
    const Result<Connection *> again = rig.connect(QStringLiteral("HRM Strap"));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), c);

    QList<Error> reasons;
    QObject::connect(c, &Connection::disconnected, &rig.context, [&](const Error &e) { reasons.append(e); });
    QVERIFY(await(c->disconnectFromDevice()).ok());
    QCOMPARE(c->state(), Connection::State::Disconnected);
    QTRY_COMPARE(reasons.size(), 1);
    QCOMPARE(reasons.first(), Error::controller(0x16));
    QCOMPARE(c->lastDisconnectReason(), Error::controller(0x16));
    QCOMPARE(rig.dongle->connectionCount(), 0);

    // The same Connection object serves the next link to that peer.
    const Result<Connection *> third = rig.connect(QStringLiteral("HRM Strap"));
    QVERIFY(third.ok());
    QCOMPARE(third.value(), c);
    QCOMPARE(rig.backend->connections().size(), 1);
}

void TestBgapiClient::connectTimeoutReportsFailedToEstablish()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    FaultRule refuse;
    refuse.action = FaultRule::Action::RefuseConnection;
    refuse.nth = 1;
    rig.dongle->faults().addRule(refuse);

    ConnectOptions options;
    options.timeoutMs = 200;
    QList<Error> reasons;
    QObject::connect(rig.backend, &Backend::connectionAdded, &rig.context, [&](Connection *c) {
        QObject::connect(c, &Connection::disconnected, &rig.context,
                         [&](const Error &e) { reasons.append(e); });
    });
    const Result<Connection *> r = rig.connect(QStringLiteral("EnviroSense"), options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::Timeout);
    QTRY_COMPARE(reasons.size(), 1);
    QCOMPARE(reasons.first(), Error::controller(0x3E));
    QVERIFY(!rig.dongle->isScanning());

    // The next attempt works (the fault fired once).
    const Result<Connection *> ok = rig.connect(QStringLiteral("EnviroSense"));
    QVERIFY2(ok.ok(), qPrintable(ok.error().toString()));
    QCOMPARE(rig.dongle->connectionCount(), 1);
}

void TestBgapiClient::discoverEveryPeripheral_data()
{
    QTest::addColumn<QString>("name");
    const std::unique_ptr<VirtualDongle> dongle(VirtualDongle::createDemo());
    const QList<VirtualPeripheral *> all = dongle->peripherals();
    for (VirtualPeripheral *p : all) {
        if (p->profile().connectable)
            QTest::newRow(qPrintable(p->profile().name)) << p->profile().name;
    }
}

void TestBgapiClient::discoverEveryPeripheral()
{
    QFETCH(QString, name);
    Rig rig;
    QVERIFY(rig.open().ok());
    const Result<Connection *> r = rig.connect(name);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    Connection *c = r.value();
    QSignalSpy discovered(c, &Connection::discovered);
    const Result<GattDatabase> db = await(c->discover());
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    QVERIFY(c->isDiscovered());
    QCOMPARE(discovered.size(), 1);

    // Compare with the peripheral's own attribute table.
    const VirtualGattServer &server = rig.peripheral(name)->gatt();
    int services = 0;
    for (const VirtualAttribute &a : server.attributes()) {
        if (a.kind == VirtualAttribute::Kind::PrimaryService
            || a.kind == VirtualAttribute::Kind::SecondaryService) {
            ++services;
            const Service *s = db.value().serviceForHandle(a.handle);
            QVERIFY(s);
            QCOMPARE(s->startHandle, a.handle);
            QCOMPARE(s->endHandle, a.groupEnd);
            QCOMPARE(s->primary, a.kind == VirtualAttribute::Kind::PrimaryService);
        }
    }
    QCOMPARE(db.value().services().size(), services);
    int characteristics = 0;
    for (const Service &s : db.value().services())
        characteristics += s.characteristics.size();
    QCOMPARE(characteristics, server.characteristics().size());
    for (const VirtualCharacteristic &vc : server.characteristics()) {
        const Characteristic *ch = db.value().characteristicForHandle(vc.valueHandle);
        QVERIFY(ch);
        QCOMPARE(ch->declarationHandle, vc.declarationHandle);
        QCOMPARE(ch->valueHandle, vc.valueHandle);
        QCOMPARE(ch->endHandle, vc.endHandle);
        QCOMPARE(ch->uuid, vc.uuid);
        QCOMPARE(quint8(ch->properties.toInt() & 0xFF), vc.properties);
        QCOMPARE(ch->cccdHandle().value_or(0), vc.cccdHandle);
        // Every attribute after the value and up to the end is a descriptor, in order.
        QCOMPARE(ch->descriptors.size(), int(vc.endHandle - vc.valueHandle));
        for (const Descriptor &d : ch->descriptors)
            QCOMPARE(d.uuid, server.attribute(d.handle)->type);
    }
    QCOMPARE(db.value().attributeCount(), int(server.lastHandle()));
}

void TestBgapiClient::reads_data()
{
    QTest::addColumn<Uuid>("uuid");
    QTest::addColumn<Connection::ReadMode>("mode");
    QTest::addColumn<int>("expectedSize");
    QTest::addColumn<int>("expectedAttError"); // 0 = success
    QTest::newRow("short read") << kName << Connection::ReadMode::Short << 13 << 0;
    QTest::newRow("auto read, short value") << kName << Connection::ReadMode::Auto << 13 << 0;
    QTest::newRow("auto read, long value") << kLongValue << Connection::ReadMode::Auto << 200 << 0;
    QTest::newRow("long read") << kLongValue << Connection::ReadMode::Long << 200 << 0;
    QTest::newRow("short read of a long value") << kLongValue << Connection::ReadMode::Short << 22 << 0;
    QTest::newRow("read of notify-only") << kAccelerometer << Connection::ReadMode::Auto << 0 << 0x02;
    QTest::newRow("read of encrypted") << kSecret << Connection::ReadMode::Auto << 0 << 0x05;
}

void TestBgapiClient::reads()
{
    QFETCH(Uuid, uuid);
    QFETCH(Connection::ReadMode, mode);
    QFETCH(int, expectedSize);
    QFETCH(int, expectedAttError);
    Rig rig;
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("gattscope Motion")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 handle = valueHandle(db, uuid);
    QVERIFY(handle);
    const Result<QByteArray> r = await(c->read(handle, mode));
    if (expectedAttError) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Att);
        QCOMPARE(int(r.error().code()), expectedAttError);
        QVERIFY(!r.error().name().isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r.value().size(), expectedSize);
    const VirtualAttribute *a = rig.peripheral(QStringLiteral("gattscope Motion"))->gatt().attribute(handle);
    QCOMPARE(r.value(), a->value.left(expectedSize));
    QCOMPARE(c->database().value(handle).value_or(QByteArray()), r.value());

    // Descriptors read the same way: the name's user description.
    const Characteristic *ch = c->database().characteristicForHandle(valueHandle(db, kName));
    const Descriptor *desc = ch->descriptor(GattUuid::UserDescription);
    QVERIFY(desc);
    const Result<QByteArray> d = await(c->read(desc->handle));
    QVERIFY(d.ok());
    QCOMPARE(d.value(), QByteArray("Device name (UTF-8)"));
}

void TestBgapiClient::writes_data()
{
    QTest::addColumn<Connection::WriteMode>("mode");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expectedError"); // Error::Kind, None = success
    QTest::newRow("request") << Connection::WriteMode::Request << QByteArray("Renamed")
                             << int(Error::Kind::None);
    QTest::newRow("command") << Connection::WriteMode::Command << QByteArray("Fast name")
                             << int(Error::Kind::None);
    QTest::newRow("long") << Connection::WriteMode::Long
                          << QByteArray("A name that is far longer than twenty bytes, 59 of them")
                          << int(Error::Kind::None);
    QTest::newRow("auto long") << Connection::WriteMode::Auto << QByteArray(40, 'x')
                               << int(Error::Kind::None);
    QTest::newRow("empty request") << Connection::WriteMode::Request << QByteArray()
                                   << int(Error::Kind::None);
    QTest::newRow("too long for a request")
        << Connection::WriteMode::Request << QByteArray(21, 'y') << int(Error::Kind::InvalidArgument);
    QTest::newRow("too long for the attribute")
        << Connection::WriteMode::Long << QByteArray(65, 'z') << int(Error::Kind::Att);
}

void TestBgapiClient::writes()
{
    QFETCH(Connection::WriteMode, mode);
    QFETCH(QByteArray, value);
    QFETCH(int, expectedError);
    Rig rig;
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("gattscope Motion")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 handle = valueHandle(db, kName);
    const Status w = await(c->write(handle, value, mode));
    if (Error::Kind(expectedError) != Error::Kind::None) {
        QVERIFY(!w.ok());
        QCOMPARE(int(w.error().kind()), expectedError);
        // A failed long write left nothing behind: the old value is still there.
        QCOMPARE(await(c->read(handle)).value(), QByteArray("Motion Sensor"));
        return;
    }
    QVERIFY2(w.ok(), qPrintable(w.error().toString()));
    // A write command has no answer: the read behind it (same link, in order) sees it.
    const Result<QByteArray> back = await(c->read(handle, Connection::ReadMode::Auto));
    QVERIFY(back.ok());
    QCOMPARE(back.value(), value);
    QCOMPARE(c->database().value(handle).value_or(QByteArray("?")), value);

    // Writing a read-only characteristic fails with a typed ATT error.
    const Status denied = await(c->write(valueHandle(db, kLongValue), QByteArray("no")));
    QVERIFY(!denied.ok());
    QVERIFY(denied.error().isAtt(AttError::WriteNotPermitted));
}

void TestBgapiClient::subscribeAndCount()
{
    VirtualDongleOptions options;
    options.accelerometerRateHz = 1000;
    Rig rig(options);
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("gattscope Motion")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 handle = valueHandle(db, kAccelerometer);
    int received = 0;
    int batches = 0;
    qint64 lastTimestamp = 0;
    bool ordered = true;
    QObject::connect(
        c, &Connection::notificationsReceived, &rig.context, [&](const QList<Notification> &batch) {
            ++batches;
            for (const Notification &n : batch) {
                ordered = ordered && n.handle == handle && n.value.size() == 6
                    && n.timestampUs >= lastTimestamp && n.kind == Notification::Kind::Notification;
                lastTimestamp = n.timestampUs;
                ++received;
            }
        });
    QVERIFY(await(c->subscribe(handle, Connection::Subscription::Notify)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(received >= 100, 5000);
    QVERIFY(ordered);
    QVERIFY(batches <= received);
    QVERIFY(await(c->subscribe(handle, Connection::Subscription::Off)).ok());
    const Characteristic *ch = c->database().characteristicForHandle(handle);
    QCOMPARE(await(c->read(*ch->cccdHandle())).value(), QByteArray::fromHex("0000"));
    // Subscribing to a characteristic without a CCCD is refused, not guessed.
    const Status none = await(c->subscribe(valueHandle(db, kName), Connection::Subscription::Notify));
    QCOMPARE(none.error().kind(), Error::Kind::NotFound);
}

void TestBgapiClient::subscribeUsesDiscoveredCccd()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("gattscope Motion")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 handle = valueHandle(db, kTick);
    const Characteristic *ch = db.characteristicForHandle(handle);
    QCOMPARE(*ch->cccdHandle(), quint16(handle + 2)); // the user description comes first
    int received = 0;
    QObject::connect(c, &Connection::notificationsReceived, &rig.context,
                     [&](const QList<Notification> &batch) { received += batch.size(); });
    QVERIFY(await(c->subscribe(handle, Connection::Subscription::Notify)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(received >= 1, 3000);
    // A raw descriptor write is just a write: turn it off by hand.
    QVERIFY(await(c->write(*ch->cccdHandle(), QByteArray::fromHex("0000"))).ok());
    QCOMPARE(await(c->read(*ch->cccdHandle())).value(), QByteArray::fromHex("0000"));
}

void TestBgapiClient::indicationsAreConfirmed()
{
    const ProfileSet extra = fastIndicator();
    VirtualDongleOptions options;
    options.hostConfirmsIndications = true; // type 5: nothing more comes until we confirm
    Rig rig(options, fastOptions(), &extra);
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("Indicator")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 handle = db.services().last().characteristics.first().valueHandle;
    QList<quint32> counters;
    bool allIndications = true;
    QObject::connect(c, &Connection::notificationsReceived, &rig.context,
                     [&](const QList<Notification> &batch) {
                         for (const Notification &n : batch) {
                             allIndications = allIndications && n.kind == Notification::Kind::Indication;
                             counters.append(qFromLittleEndian<quint32>(n.value.constData()));
                         }
                     });
    QVERIFY(await(c->subscribe(handle, Connection::Subscription::Indicate)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(counters.size() >= 10, 5000);
    QVERIFY(allIndications);
    for (int i = 1; i < counters.size(); ++i)
        QVERIFY(counters[i] > counters[i - 1]);
}

void TestBgapiClient::bondWithPasskey()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("gattscope Motion")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 secret = valueHandle(db, kSecret);
    QVERIFY(await(c->read(secret)).error().isAtt(AttError::InsufficientAuthentication));

    QObject::connect(c, &Connection::passkeyRequested, &rig.context, [c] { c->providePasskey(123456); });
    QSignalSpy encrypted(c, &Connection::encryptionChanged);
    const Status paired = await(c->pair());
    QVERIFY2(paired.ok(), qPrintable(paired.error().toString()));
    QVERIFY(c->isEncrypted());
    QCOMPARE(await(c->read(secret)).value(), QByteArray("secret-42"));

    const Result<QList<Backend::Bond>> bonds = await(rig.backend->bonds());
    QVERIFY(bonds.ok());
    QCOMPARE(bonds.value().size(), 1);
    QCOMPARE(bonds.value().first().keySize, 16);
    QVERIFY(await(rig.backend->deleteBond(-1)).ok());
    QCOMPARE(await(rig.backend->bonds()).value().size(), 0);
}

void TestBgapiClient::wrongPasskeyFails()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("gattscope Motion")).value();
    QVERIFY(c);
    QObject::connect(c, &Connection::passkeyRequested, &rig.context, [c] { c->providePasskey(111111); });
    const Status paired = await(c->pair());
    QVERIFY(!paired.ok());
    QCOMPARE(paired.error().kind(), Error::Kind::Security);
    QVERIFY(!c->isEncrypted());
    QVERIFY(c->isConnected());

    // Cancelling the passkey prompt fails the pairing, too.
    QObject::disconnect(c, &Connection::passkeyRequested, &rig.context, nullptr);
    QObject::connect(c, &Connection::passkeyRequested, &rig.context,
                     [c] { c->providePasskey(std::nullopt); });
    QCOMPARE(await(c->pair()).error().kind(), Error::Kind::Cancelled);
    QVERIFY(!c->isEncrypted());

    // The dongle left passkey entry with the cancel: the next pairing on the same link runs.
    QObject::disconnect(c, &Connection::passkeyRequested, &rig.context, nullptr);
    QObject::connect(c, &Connection::passkeyRequested, &rig.context, [c] { c->providePasskey(123456); });
    const Status again = await(c->pair());
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QVERIFY(c->isEncrypted());
}

void TestBgapiClient::autoPairOnInsufficientAuthentication()
{
    BgapiOptions options = fastOptions();
    options.autoPairOnInsufficientAuthentication = true;
    Rig rig(VirtualDongleOptions(), options);
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("gattscope Motion")).value();
    QVERIFY(c);
    QObject::connect(c, &Connection::passkeyRequested, &rig.context, [c] { c->providePasskey(123456); });
    const GattDatabase db = await(c->discover()).value();
    const Result<QByteArray> r = await(c->read(valueHandle(db, kSecret)));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r.value(), QByteArray("secret-42"));
    QVERIFY(c->isEncrypted());
}

void TestBgapiClient::threeConnectionsAtOnce()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    QVERIFY(await(rig.backend->startScan()).ok());
    const QStringList names
        = { QStringLiteral("HRM Strap"), QStringLiteral("EnviroSense"), QStringLiteral("gattscope Motion") };
    QList<QFuture<Result<Connection *>>> attempts;
    for (const QString &n : names)
        attempts.append(rig.backend->connectToDevice(rig.peripheral(n)->address()));
    QList<Connection *> links;
    for (const auto &f : std::as_const(attempts)) {
        const Result<Connection *> r = await(f);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        links.append(r.value());
    }
    QCOMPARE(rig.dongle->connectionCount(), 3);
    // The scan that was paused for the connects runs again.
    QTRY_VERIFY(rig.dongle->isScanning());
    QCOMPARE(rig.backend->state(), Backend::State::Scanning);

    // A fourth link exceeds the dongle's maximum.
    const Result<Connection *> fourth = rig.connect(QStringLiteral("Nordic Tag"));
    QVERIFY(!fourth.ok());
    QCOMPARE(fourth.error(), Error::controller(0x09));

    // Discover and read on all three at the same time.
    QList<QFuture<Result<GattDatabase>>> discoveries;
    for (Connection *c : std::as_const(links))
        discoveries.append(c->discover());
    for (const auto &f : std::as_const(discoveries))
        QVERIFY(await(f).ok());
    const QList<Uuid> reads = { Uuid(0x2A38), Uuid(0x2A6E), kName };
    QList<QFuture<Result<QByteArray>>> values;
    for (int i = 0; i < links.size(); ++i)
        values.append(links[i]->read(valueHandle(links[i]->database(), reads[i])));
    for (int i = 0; i < links.size(); ++i) {
        const Result<QByteArray> v = await(values[i]);
        QVERIFY2(v.ok(), qPrintable(v.error().toString()));
        QVERIFY(!v.value().isEmpty());
    }
    QCOMPARE(await(values[0]).value(), QByteArray::fromHex("01"));
    QVERIFY(await(rig.backend->stopScan()).ok());
}

void TestBgapiClient::disconnectReasons_data()
{
    QTest::addColumn<quint16>("bgapiReason");
    QTest::addColumn<quint8>("hci");
    QTest::newRow("remote user terminated") << quint16(0x0213) << quint8(0x13);
    QTest::newRow("supervision timeout") << quint16(0x0208) << quint8(0x08);
    QTest::newRow("MIC failure") << quint16(0x023D) << quint8(0x3D);
}

void TestBgapiClient::disconnectReasons()
{
    QFETCH(quint16, bgapiReason);
    QFETCH(quint8, hci);
    Rig rig;
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("EnviroSense")).value();
    QVERIFY(c);
    QList<Error> reasons;
    QObject::connect(c, &Connection::disconnected, &rig.context, [&](const Error &e) { reasons.append(e); });
    QVERIFY(rig.dongle->dropLink(0, bgapiReason));
    QTRY_COMPARE(reasons.size(), 1);
    QCOMPARE(reasons.first(), Error::controller(hci));
    QCOMPARE(c->state(), Connection::State::Disconnected);
    // Operations on a dropped link fail at once.
    QCOMPARE(await(c->read(3)).error().kind(), Error::Kind::Disconnected);
}

void TestBgapiClient::updateParameters()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("HRM Strap")).value();
    QVERIFY(c);
    QList<ConnectionParameters> changes;
    QObject::connect(c, &Connection::parametersChanged, &rig.context,
                     [&](const ConnectionParameters &p) { changes.append(p); });
    ConnectionParameters wanted;
    wanted.intervalUs = 50000;
    wanted.latency = 2;
    wanted.supervisionTimeoutMs = 6000;
    QVERIFY(await(c->updateParameters(wanted)).ok());
    QTRY_COMPARE(changes.size(), 1);
    QCOMPARE(changes.first().intervalUs, 50000);
    QCOMPARE(changes.first().latency, 2);
    QCOMPARE(changes.first().supervisionTimeoutMs, 6000);
    QCOMPARE(c->parameters().intervalUs, 50000);

    // Parameters the spec forbids (a supervision timeout the interval cannot meet) are
    // refused before they reach the dongle, with a reason.
    wanted.intervalUs = 1000000;
    wanted.supervisionTimeoutMs = 1000;
    const Status refused = await(c->updateParameters(wanted));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), Error::Kind::InvalidArgument);
    ConnectOptions bad;
    bad.intervalMinUs = 5000;
    QCOMPARE(await(rig.backend->connectToDevice(c->address(), bad)).error().kind(),
             Error::Kind::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestBgapiClient)
#include "tst_bgapiclient.moc"
