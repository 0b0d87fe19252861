// SPDX-License-Identifier: MIT
// DeviceSession against the in-process Demo dongle (the real BGAPI client on its own thread,
// the virtual BLED112 on this one): discovery, reads and writes with their traffic, CCCDs,
// descriptor reads that name and decode, notifications through the hub, cancelling, and a
// link that drops in the middle of discovery.
#include "support/bgapitestrig.h"

#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/core/session/fieldlayoutstore.h>
#include <gattscope/core/session/whendone.h>

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace gattscope;
using namespace gattscope::testing;

namespace {
const Uuid HeartRateMeasurement(quint16(0x2A37));
const Uuid BodySensorLocation(quint16(0x2A38));
const Uuid Accelerometer = *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid MotionName = *Uuid::fromString(u"6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid MotionSecret = *Uuid::fromString(u"6a770006-8c3a-4f3e-9e4b-5a2c1d0e9f10");

QList<TrafficEntry> traffic(const QSignalSpy &spy)
{
    QList<TrafficEntry> out;
    for (const QList<QVariant> &args : spy)
        out << args.first().value<TrafficEntry>();
    return out;
}
} // namespace

class TestDeviceSession : public QObject
{
    Q_OBJECT

private:
    // A session on a fresh link to `name`, discovered.
    struct Fixture
    {
        std::unique_ptr<Rig> rig;
        NotificationHub hub;
        std::unique_ptr<DeviceSession> session;
    };

    std::unique_ptr<Fixture> connect(const QString &name, const VirtualDongleOptions &options = {},
                                     bool discover = true)
    {
        auto f = std::make_unique<Fixture>();
        f->rig = std::make_unique<Rig>(options);
        if (!f->rig->open().ok())
            return nullptr;
        const Result<Connection *> link = f->rig->connect(name);
        if (!link.ok())
            return nullptr;
        f->session = std::make_unique<DeviceSession>(link.value(), &f->hub, name);
        if (discover && !await(f->session->discover(false)).ok())
            return nullptr;
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TrafficEntry>();
        QStandardPaths::setTestModeEnabled(true);
        FieldLayoutStore::instance().setLayout(Accelerometer, FieldLayout());
    }

    void needsPairing_data()
    {
        QTest::addColumn<Error>("error");
        QTest::addColumn<bool>("needs");
        QTest::newRow("Insufficient Authentication")
            << Error::att(AttError::InsufficientAuthentication) << true;
        QTest::newRow("Insufficient Encryption") << Error::att(AttError::InsufficientEncryption) << true;
        QTest::newRow("Insufficient Encryption Key Size")
            << Error::att(AttError::InsufficientEncryptionKeySize) << true;
        QTest::newRow("Insufficient Authorization")
            << Error::att(AttError::InsufficientAuthorization) << false;
        QTest::newRow("timeout") << Error(Error::Kind::Timeout) << false;
        QTest::newRow("SMP code 5 is not ATT 0x05") << Error::security(0x05) << false;
    }

    void needsPairing()
    {
        QFETCH(Error, error);
        QFETCH(bool, needs);
        QCOMPARE(DeviceSession::needsPairing(error), needs);
    }

    // The Motion sensor's secret needs pairing with passkey 123456.
    void pairsRecordsAndShowsTheSecurityLevel()
    {
        const auto f = connect(QStringLiteral("gattscope Motion"));
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QCOMPARE(s.securityText(), QStringLiteral("Not encrypted"));
        QVERIFY(s.stateText().contains(QStringLiteral("Not encrypted")));
        Connection *c = s.connection();
        QObject::connect(c, &Connection::passkeyRequested, &s, [c] { c->providePasskey(111111); });
        QFuture<Status> wrong = s.pair();
        QVERIFY(s.isPairing());
        const Status failed = await(wrong);
        QVERIFY(!failed.ok());
        QVERIFY(!s.isPairing());
        QVERIFY(!s.isBonded());
        QCOMPARE(s.securityText(), QStringLiteral("Not encrypted"));
        QObject::disconnect(c, &Connection::passkeyRequested, &s, nullptr);
        QObject::connect(c, &Connection::passkeyRequested, &s, [c] { c->providePasskey(123456); });
        const Status paired = await(s.pair());
        QVERIFY2(paired.ok(), qPrintable(paired.error().toString()));
        QVERIFY(s.isEncrypted());
        QVERIFY(s.isBonded());
        QCOMPARE(s.securityText(), QStringLiteral("Encrypted, bonded"));
        QVERIFY2(s.stateText().contains(QStringLiteral("Encrypted, bonded")), qPrintable(s.stateText()));
        QStringList notes;
        for (const TrafficEntry &e : traffic(entries))
            notes << e.name + (e.error.isEmpty() ? QString() : u" / " + e.error);
        QCOMPARE(notes.size(), 4);
        QCOMPARE(notes.at(0), QStringLiteral("Pairing"));
        QVERIFY2(notes.at(1).startsWith(QStringLiteral("Pairing failed / ")), qPrintable(notes.at(1)));
        QCOMPARE(notes.at(2), QStringLiteral("Pairing"));
        QCOMPARE(notes.at(3), QStringLiteral("Paired and bonded"));
        // The secret reads now.
        const Characteristic *secret
            = s.characteristic(*Uuid::fromString(u"6a770006-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QVERIFY(secret);
        QVERIFY(await(s.read(secret->valueHandle)).ok());
        s.forgetBond();
        QCOMPARE(s.securityText(), QStringLiteral("Encrypted"));
    }

    void discoversAndRecordsIt()
    {
        const auto f = connect(QStringLiteral("HRM Strap"), {}, false);
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QSignalSpy discovered(&s, &DeviceSession::discovered);
        QSignalSpy names(&s, &DeviceSession::namesChanged);
        QVERIFY(s.isConnected());
        QVERIFY(!s.hasDatabase());
        QFuture<Result<GattDatabase>> future = s.discover(false);
        QVERIFY(s.isDiscovering());
        QVERIFY(s.stateText().contains(QStringLiteral("discovering")));
        const Result<GattDatabase> result = await(future);
        QVERIFY(result.ok());
        QVERIFY(!s.isDiscovering());
        QCOMPARE(discovered.size(), 1);
        QVERIFY(!names.isEmpty());
        QVERIFY(s.hasDatabase());
        QCOMPARE(s.database().services().size(), result.value().services().size());
        const Characteristic *hrm = s.characteristic(HeartRateMeasurement);
        QVERIFY(hrm);
        QCOMPARE(s.attributeName(hrm->valueHandle), QStringLiteral("Heart Rate Measurement"));
        QVERIFY(s.decoder(hrm->valueHandle));
        // "Connected" (queued at construction) and "Discovered …", in that order.
        QTRY_VERIFY(entries.size() >= 2);
        const QList<TrafficEntry> log = traffic(entries);
        QCOMPARE(log.at(0).event, TrafficEntry::Event::Connected);
        QCOMPARE(log.at(0).device, s.address().toString());
        // Our side of the link: the virtual dongle's address, as system_address_get reported it.
        QCOMPARE(log.at(0).localAddress, DeviceAddress(0x000780A1B2C3ull));
        QCOMPARE(s.connection()->localAddress(), DeviceAddress(0x000780A1B2C3ull));
        QVERIFY(log.at(1).name.startsWith(QStringLiteral("Discovered")));
        // The entry carries what was found, for captures that replay discovery.
        QCOMPARE(log.at(1).event, TrafficEntry::Event::Discovered);
        QVERIFY(log.at(1).database);
        QCOMPARE(log.at(1).database->services().size(), s.database().services().size());
        QCOMPARE(log.at(1).mtu, s.connection()->mtu());
        // A second discovery while one runs is refused, not queued.
        QFuture<Result<GattDatabase>> first = s.discover(false);
        const Result<GattDatabase> second = await(s.discover(false));
        QCOMPARE(second.error().kind(), Error::Kind::Busy);
        QVERIFY(await(first).ok());
    }

    void readsAndWritesAreStoredAndRecorded()
    {
        const auto f = connect(QStringLiteral("gattscope Motion"));
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QSignalSpy values(&s, &DeviceSession::valueChanged);
        const Characteristic *name = s.characteristic(MotionName);
        QVERIFY(name);
        const quint16 handle = name->valueHandle;

        const QByteArray written("renamed");
        QVERIFY(await(s.write(handle, written)).ok());
        QCOMPARE(s.database().value(handle), std::optional<QByteArray>(written));
        const Result<QByteArray> read = await(s.read(handle));
        QVERIFY(read.ok());
        QCOMPARE(read.value(), written);
        QCOMPARE(values.size(), 2);
        const QList<TrafficEntry> log = traffic(entries);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).direction, TrafficEntry::Direction::Write);
        QCOMPARE(log.at(0).value, written);
        QCOMPARE(log.at(1).direction, TrafficEntry::Direction::Read);
        QCOMPARE(log.at(1).handle, handle);
        QCOMPARE(log.at(1).name, s.attributeName(handle));
        QVERIFY(log.at(1).error.isEmpty());
        QVERIFY(!log.at(1).decoded.isEmpty());
        // Each carries when its request went out, before its answer came (µs resolution).
        for (const TrafficEntry &e : log) {
            QVERIFY(e.requestTimestampUs > 0);
            QVERIFY2(e.requestTimestampUs < e.timestampUs,
                     qPrintable(QStringLiteral("%1 !< %2").arg(e.requestTimestampUs).arg(e.timestampUs)));
        }
        QVERIFY(log.at(0).timestampUs <= log.at(1).requestTimestampUs);
    }

    void refusedOperationsAreRecordedWithTheirError()
    {
        const auto f = connect(QStringLiteral("HRM Strap"));
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        const Characteristic *hrm = s.characteristic(HeartRateMeasurement);
        // Heart Rate Measurement is notify-only: the peer refuses the read.
        const Result<QByteArray> read = await(s.read(hrm->valueHandle));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind(), Error::Kind::Att);
        const TrafficEntry e = traffic(entries).last();
        QVERIFY(!e.error.isEmpty());
        QCOMPARE(e.attError, quint8(read.error().code()));
        QVERIFY(!s.database().value(hrm->valueHandle).value_or(QByteArray()).size());
    }

    void subscriptionsWriteTheCccdAndNotificationsReachTheHub()
    {
        const auto f = connect(QStringLiteral("HRM Strap"));
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QSignalSpy notified(&s, &DeviceSession::notifiedValuesChanged);
        const Characteristic *hrm = s.characteristic(HeartRateMeasurement);
        QVERIFY(!s.isSubscribed(hrm->valueHandle));
        QVERIFY(await(s.setSubscribed(hrm->valueHandle, true)).ok());
        QVERIFY(s.isSubscribed(hrm->valueHandle));
        const TrafficEntry cccd = traffic(entries).last();
        QCOMPARE(cccd.handle, *hrm->cccdHandle());
        QCOMPARE(cccd.value, QByteArray::fromHex("0100"));
        QCOMPARE(cccd.name, QStringLiteral("CCCD of Heart Rate Measurement"));
        QCOMPARE(cccd.decoded, QStringLiteral("notifications on"));
        // The strap notifies once a second: through the hub to the session's database.
        QVERIFY(notified.wait(5000));
        QCOMPARE(notified.last().first().value<QList<quint16>>(), QList<quint16> { hrm->valueHandle });
        QVERIFY(s.database().value(hrm->valueHandle).value_or(QByteArray()).size() >= 2);
        const SampleStream *stream = f->hub.stream({ s.address(), hrm->valueHandle });
        QVERIFY(stream && !stream->isEmpty());
        const TrafficEntry n = s.notificationEntry(hrm->valueHandle, stream->at(stream->endSequence() - 1));
        QCOMPARE(n.direction, TrafficEntry::Direction::Notification);
        QCOMPARE(n.name, QStringLiteral("Heart Rate Measurement"));
        QVERIFY(n.decoded.isEmpty()); // text only when someone looks…
        QVERIFY(n.decodedText().contains(QStringLiteral("bpm"))); // … and then it is there

        QVERIFY(await(s.setSubscribed(hrm->valueHandle, false)).ok());
        QVERIFY(!s.isSubscribed(hrm->valueHandle));
        QCOMPARE(traffic(entries).last().decoded, QStringLiteral("off"));
        // A characteristic without a CCCD says so.
        const Characteristic *location = s.characteristic(BodySensorLocation);
        const Status none = await(s.setSubscribed(location->valueHandle, true));
        QCOMPARE(none.error().kind(), Error::Kind::NotFound);
    }

    void descriptorReadsNameAndDecode()
    {
        const auto f = connect(QStringLiteral("gattscope Motion"));
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy names(&s, &DeviceSession::namesChanged);
        const Characteristic *accel = s.characteristic(Accelerometer);
        QVERIFY(accel);
        const QString before = s.attributeName(accel->valueHandle);
        QVERIFY(await(s.readDescriptors(accel->valueHandle, { GattUuid::UserDescription })).ok());
        QVERIFY(!names.isEmpty());
        const Descriptor *description
            = s.characteristic(Accelerometer)->descriptor(GattUuid::UserDescription);
        QVERIFY(description && description->hasValue);
        // Named by the device's own description now (its layout hint left out).
        const QString after = s.attributeName(accel->valueHandle);
        QVERIFY2(after != before && after.startsWith(QStringLiteral("Accelerometer")), qPrintable(after));
        // Nothing left to read: succeeds at once, without traffic.
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QFuture<Status> again = s.readDescriptors(accel->valueHandle, { GattUuid::UserDescription });
        QVERIFY(again.isFinished());
        QVERIFY(again.result().ok());
        QVERIFY(entries.isEmpty());
        // Every 0x2901 of the device.
        QVERIFY(await(s.readUserDescriptions()).ok());
        for (const Service &service : s.database().services())
            for (const Characteristic &c : service.characteristics)
                if (const Descriptor *d = c.descriptor(GattUuid::UserDescription))
                    QVERIFY(d->hasValue);
    }

    void cancellingEndsQuietly()
    {
        VirtualDongleOptions slow;
        slow.procedureStepMs = 300;
        const auto f = connect(QStringLiteral("HRM Strap"), slow);
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QSignalSpy values(&s, &DeviceSession::valueChanged);
        const Characteristic *location = s.characteristic(BodySensorLocation);
        QFuture<Result<QByteArray>> read = s.read(location->valueHandle);
        read.cancel();
        QTRY_VERIFY(!entries.isEmpty());
        QVERIFY(read.isCanceled());
        const TrafficEntry e = traffic(entries).last();
        QCOMPARE(e.direction, TrafficEntry::Direction::Read);
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error)); // not an error: the user's choice
        QCOMPARE(e.decoded, QStringLiteral("cancelled"));
        QVERIFY(values.isEmpty());
        // The link stays usable.
        QVERIFY(await(s.read(location->valueHandle)).ok());
    }

    void cancellingASequenceStopsIt()
    {
        VirtualDongleOptions slow;
        slow.procedureStepMs = 200;
        const auto f = connect(QStringLiteral("gattscope Motion"), slow);
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QFuture<Status> all = s.readUserDescriptions();
        QVERIFY(!all.isFinished());
        all.cancel();
        QTRY_VERIFY(!entries.isEmpty());
        QVERIFY(all.isCanceled());
        // The next reads of the sequence would come every ~400 ms (two procedure steps).
        QVERIFY(!entries.wait(1200));
    }

    // A view hands on its own future (continueWith()); the status bar may cancel that one:
    // the cancellation must reach the operation's own future (and so the backend).
    void continueWithPassesCancellationOn()
    {
        QObject context;
        Pending<int> operation;
        QList<Error::Kind> seen;
        QFuture<Result<QString>> handedOn
            = continueWith<QString>(&context, operation.future(), [&seen](const Result<int> &r) {
                  seen << (r.ok() ? Error::Kind::None : r.error().kind());
                  return r.ok() ? Result<QString>(QString::number(r.value())) : Result<QString>(r.error());
              });
        QVERIFY(!operation.isCanceled());
        handedOn.cancel();
        QTRY_VERIFY(operation.isCanceled());
        QTRY_VERIFY(handedOn.isFinished());
        QCOMPARE(seen, QList<Error::Kind> { Error::Kind::Cancelled });
        operation.finish(7); // a late answer changes nothing
        QCoreApplication::processEvents();
        QCOMPARE(seen.size(), 1);

        // Not cancelled: fn's result is what the caller gets.
        Pending<int> second;
        QFuture<Result<QString>> result
            = continueWith<QString>(&context, second.future(), [](const Result<int> &r) {
                  return r.ok() ? Result<QString>(QString::number(r.value())) : Result<QString>(r.error());
              });
        second.finish(42);
        QTRY_VERIFY(result.isFinished());
        QVERIFY(!result.isCanceled());
        QCOMPARE(result.result().value(), QStringLiteral("42"));
    }

    // Every characteristic with Read and every descriptor but the CCCDs, one after the other,
    // counting its progress; the encrypted secret's Insufficient Authentication is kept as a
    // failure and the walk goes on past it.
    void readValuesReadsEveryReadableOne()
    {
        const auto f = connect(QStringLiteral("gattscope Motion"));
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QFuture<Status> all = s.readValues();
        QFutureWatcher<Status> watcher;
        QList<int> progress;
        QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &watcher,
                         [&progress](int value) { progress << value; });
        watcher.setFuture(all);
        const Status done = await(all);
        QVERIFY2(done.ok(), qPrintable(done.error().toString()));

        QList<quint16> expected;
        quint16 secret = 0;
        for (const Service &service : s.database().services()) {
            for (const Characteristic &c : service.characteristics) {
                if (c.uuid == MotionSecret)
                    secret = c.valueHandle;
                if (c.properties & CharacteristicProperty::Read)
                    expected << c.valueHandle;
                for (const Descriptor &d : c.descriptors) {
                    if (d.uuid != GattUuid::ClientCharacteristicConfiguration)
                        expected << d.handle;
                }
            }
        }
        QVERIFY(secret);
        QList<quint16> read;
        for (const TrafficEntry &e : traffic(entries)) {
            if (e.direction == TrafficEntry::Direction::Read)
                read << e.handle;
        }
        QCOMPARE(read, expected); // in handle order, each once, no CCCD
        QCOMPARE(all.progressMaximum(), int(expected.size()));
        QTRY_COMPARE(progress.isEmpty() ? -1 : progress.last(), int(expected.size()));
        for (quint16 h : std::as_const(expected)) {
            const bool known = s.database().value(h).has_value();
            QVERIFY2(known == (h != secret), qPrintable(QString::number(h, 16)));
        }
        QCOMPARE(s.readFailures().keys(), QList<quint16> { secret });
        QVERIFY(s.readFailures().value(secret).isAtt(AttError::InsufficientAuthentication));

        // Only what is still unknown the second time: the secret again.
        entries.clear();
        QCOMPARE(await(s.readValues(DeviceSession::ReadScope::Unread)).ok(), true);
        QCOMPARE(traffic(entries).size(), 1);
        QCOMPARE(traffic(entries).first().handle, secret);
    }

    void disconnectInTheMiddleOfReadingValues()
    {
        VirtualDongleOptions slow;
        slow.procedureStepMs = 100;
        const auto f = connect(QStringLiteral("HRM Strap"), slow);
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy values(&s, &DeviceSession::valueChanged);
        QFuture<Status> all = s.readValues();
        QVERIFY(values.wait(5000)); // the first value is in
        QVERIFY(f->rig->dongle->dropLink(0, 0x0208));
        const Status result = await(all);
        QCOMPARE(result.error().kind(), Error::Kind::Disconnected);
        QVERIFY(s.database().value(values.first().first().value<quint16>()).has_value()); // kept
        QVERIFY(!s.isConnected());
    }

    void parametersText()
    {
        QCOMPARE(DeviceSession::parametersText({ 30000, 0, 4000 }), QStringLiteral("30 ms / 0 / 4 s"));
        QCOMPARE(DeviceSession::parametersText({ 7500, 4, 720 }), QStringLiteral("7.5 ms / 4 / 720 ms"));
        QCOMPARE(DeviceSession::parametersText({ 11250, 499, 4500 }),
                 QStringLiteral("11.25 ms / 499 / 4.5 s"));
    }

    // connection_update on the virtual BLED112: the answer, then the connection_status with
    // parameters_change that says what the link runs with; the session's future waits for it.
    void requestsConnectionParameters()
    {
        const auto f = connect(QStringLiteral("HRM Strap"), {}, false);
        QVERIFY(f);
        DeviceSession &s = *f->session;
        const ConnectionParameters initial = s.parameters();
        QVERIFY(!initial.isNull());
        QCOMPARE(initial, f->session->connection()->parameters());
        QVERIFY(initial != ConnectionParameters({ 50000, 2, 6000 }));
        f->rig->tapCommands();
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QSignalSpy changed(&s, &DeviceSession::parametersChanged);

        QFuture<Result<ConnectionParameters>> request = s.requestParameters({ 50000, 2, 6000 });
        QVERIFY(s.isRequestingParameters());
        const Result<ConnectionParameters> accepted = await(request);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().toString()));
        QCOMPARE(accepted.value(), ConnectionParameters({ 50000, 2, 6000 }));
        QCOMPARE(s.parameters(), ConnectionParameters({ 50000, 2, 6000 }));
        QVERIFY(!s.isRequestingParameters());
        QVERIFY(changed.count() >= 2); // started, changed/ended
        QCOMPARE(f->rig->commandCount(QStringLiteral("connection_update")), 1);
        QStringList what;
        for (const TrafficEntry &e : traffic(entries))
            what << e.name;
        QVERIFY2(what.contains(QStringLiteral("The device accepted connection parameters 50 ms / 2 / 6 s")),
                 qPrintable(what.join(u'|')));

        // Out of range: refused before anything goes out, and said so.
        const Result<ConnectionParameters> refused = await(s.requestParameters({ 5000, 0, 4000 }));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::InvalidArgument);
        QCOMPARE(f->rig->commandCount(QStringLiteral("connection_update")), 1);
        QCOMPARE(s.parameters(), ConnectionParameters({ 50000, 2, 6000 }));
        QVERIFY(!s.isRequestingParameters());
    }

    void disconnectInTheMiddleOfDiscovery()
    {
        VirtualDongleOptions slow;
        slow.procedureStepMs = 100;
        const auto f = connect(QStringLiteral("HRM Strap"), slow, false);
        QVERIFY(f);
        DeviceSession &s = *f->session;
        QSignalSpy entries(&s, &DeviceSession::trafficRecorded);
        QSignalSpy disconnected(&s, &DeviceSession::disconnected);
        f->rig->dongle->setTrafficSignals(true);
        QSignalSpy commands(f->rig->dongle, &VirtualDongle::commandReceived);
        QFuture<Result<GattDatabase>> discovery = s.discover();
        QVERIFY(s.isDiscovering());
        QVERIFY(commands.wait(5000)); // the dongle is working on it
        QVERIFY(f->rig->dongle->dropLink(0, 0x0208)); // supervision timeout
        const Result<GattDatabase> result = await(discovery);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Disconnected);
        QTRY_COMPARE(disconnected.size(), 1);
        QVERIFY(!s.isDiscovering());
        QVERIFY(!s.isConnected());
        QVERIFY2(s.stateText().contains(QStringLiteral("Connection Timeout")), qPrintable(s.stateText()));
        bool failed = false;
        bool gone = false;
        for (const TrafficEntry &e : traffic(entries)) {
            failed = failed || e.name == QStringLiteral("Discovery failed");
            gone = gone || e.event == TrafficEntry::Event::Disconnected;
        }
        QVERIFY(failed);
        QVERIFY(gone);
        // Operations on a link that is down fail at once.
        QFuture<Result<QByteArray>> late = s.read(3);
        QVERIFY(late.isFinished());
        QCOMPARE(late.result().error().kind(), Error::Kind::Disconnected);
        QCOMPARE(await(s.discover()).error().kind(), Error::Kind::Disconnected);
    }
};

QTEST_MAIN(TestDeviceSession)
#include "tst_devicesession.moc"
