// SPDX-License-Identifier: MIT
// The gatttool backend end to end: createBackend("gatttool:hci0") with the gatttool program
// pointed at a wrapper script that runs the fake (gattscope-sim --gatttool) on the virtual
// peripherals, with their faults. Each link runs its own fake gatttool process, as it runs
// its own real one.
#include "support/testprofile.h"

#include <gattscope/backends/backendfactory.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualgattserver.h>
#include <gattscope/core/backend/awaitresult.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace gattscope;

namespace {

const DeviceAddress kTestPeripheral = *DeviceAddress::fromString(u"00:11:22:33:44:55");
const DeviceAddress kOther = *DeviceAddress::fromString(u"66:55:44:33:22:11");
const DeviceAddress kHrm = *DeviceAddress::fromString(u"C0:98:E5:49:00:01", AddressType::RandomStatic);
const DeviceAddress kMotion = *DeviceAddress::fromString(u"E1:77:6A:00:00:07", AddressType::RandomStatic);

template<typename T> Result<T> await(const QFuture<Result<T>> &future, int timeoutMs = 10000)
{
    return awaitResult(future, timeoutMs);
}

GatttoolOptions fastOptions(const QString &program)
{
    GatttoolOptions o;
    o.program = program;
    o.startTimeoutMs = 8000;
    o.commandTimeoutMs = 4000;
    o.attTimeoutMs = 6000;
    o.linkCheckIntervalMs = 150;
    o.stopTimeoutMs = 500;
    return o;
}

// The wrapper the backend starts as "gatttool".
QString writeWrapper(const QTemporaryDir &dir, const QString &name, const QStringList &simArguments)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray script = "#!/bin/sh\nexec '" + qgetenv("GATTSCOPE_SIM") + "'";
    for (const QString &a : simArguments)
        script += " '" + a.toUtf8() + "'";
    script += " --gatttool \"$@\"\n";
    f.write(script);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

struct Rig
{
    std::unique_ptr<BackendHost> host;
    Backend *backend = nullptr;
    QObject context; // test-thread receiver for queued signals
    QList<Error> backendErrors;

    explicit Rig(const GatttoolOptions &options, const QString &uri = QStringLiteral("gatttool:hci0"))
    {
        BackendOptions all;
        all.gatttool = options;
        Result<std::unique_ptr<BackendHost>> created = createBackend(uri, all);
        if (!created.ok())
            return;
        host = std::move(created.value());
        backend = host->backend();
        QObject::connect(backend, &Backend::errorOccurred, &context,
                         [this](const Error &e) { backendErrors.append(e); });
    }
    Result<Connection *> connect(const DeviceAddress &address, int timeoutMs = 5000)
    {
        ConnectOptions options;
        options.timeoutMs = timeoutMs;
        return await(backend->connectToDevice(address, options), timeoutMs + 10000);
    }
};

// Records disconnected() and notifications on the test thread.
struct Watch
{
    QList<Error> reasons;
    QList<Notification> notifications;
    int batches = 0;
    QObject context;
    explicit Watch(Connection *c)
    {
        QObject::connect(c, &Connection::disconnected, &context,
                         [this](const Error &e) { reasons.append(e); });
        QObject::connect(c, &Connection::notificationsReceived, &context,
                         [this](const QList<Notification> &batch) {
                             notifications += batch;
                             ++batches;
                         });
    }
};

} // namespace

class TestGatttoolBackend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_testProfile;
    QString m_plain; // wrapper: the built-in peripherals and the test profile

    QString wrapper(const QString &name, const QByteArray &faults = {}, const QStringList &extra = {})
    {
        QStringList args { QStringLiteral("--profile"), m_testProfile };
        for (const QString &p : ProfileLoader::builtInProfilePaths()) {
            const QString copy = m_dir.filePath(QFileInfo(p).fileName());
            if (!QFileInfo::exists(copy))
                QFile::copy(p, copy);
            args << QStringLiteral("--profile") << copy;
        }
        if (!faults.isEmpty()) {
            const QString file = m_dir.filePath(name + QStringLiteral(".faults.json"));
            QFile f(file);
            if (f.open(QIODevice::WriteOnly))
                f.write("{ \"faults\": [ " + faults + " ] }");
            args << QStringLiteral("--faults") << file;
        }
        return writeWrapper(m_dir, name, args + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("GATTSCOPE_SIM"))
            QSKIP("GATTSCOPE_SIM is not set");
        QVERIFY(m_dir.isValid());
        m_testProfile = m_dir.filePath(QStringLiteral("test.json"));
        QFile f(m_testProfile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::testProfileJson());
        f.close();
        m_plain = wrapper(QStringLiteral("gatttool"), {},
                          { QStringLiteral("--refuse-ms"), QStringLiteral("300") });
        QVERIFY(!m_plain.isEmpty());
    }

    void uris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default adapter") << QStringLiteral("gatttool:") << true;
        QTest::newRow("bare scheme") << QStringLiteral("gatttool") << true;
        QTest::newRow("hci0") << QStringLiteral("gatttool:hci0") << true;
        QTest::newRow("upper-case scheme") << QStringLiteral("GATTTOOL:hci1") << true;
        QTest::newRow("adapter address") << QStringLiteral("gatttool:00:1A:7D:DA:71:13") << true;
        QTest::newRow("junk adapter") << QStringLiteral("gatttool:wlan0") << false;
    }
    void uris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, valid);
        const Result<std::unique_ptr<BackendHost>> r = createBackend(uri);
        QCOMPARE(r.ok(), valid);
        if (valid) {
            QVERIFY(r.value()->backend()->uri().startsWith(u"gatttool:"));
            QCOMPARE(r.value()->backend()->state(), Backend::State::Closed);
        } else {
            QCOMPARE(r.error().kind(), Error::Kind::InvalidArgument);
            QVERIFY(r.error().message().contains(u"gatttool:hci0"));
        }
    }

    void missingGatttoolNamesThePackage()
    {
        {
            Rig rig(fastOptions(QStringLiteral("gattscope-no-such-gatttool")));
            const Status opened = await(rig.backend->open());
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind(), Error::Kind::TransportLost);
            QVERIFY2(opened.error().message().contains(u"sudo apt install bluez"),
                     qPrintable(opened.error().message()));
            QCOMPARE(rig.backend->state(), Backend::State::Closed);
        }
        {
            Rig rig(fastOptions(m_dir.filePath(QStringLiteral("nowhere/gatttool"))));
            const Status opened = await(rig.backend->open());
            QVERIFY(!opened.ok());
            QVERIFY(opened.error().message().contains(u"nowhere/gatttool"));
        }
    }

    void gatttoolThatCannotRun()
    {
        // Not executable: exec() is refused.
        const QString path = m_dir.filePath(QStringLiteral("not-executable"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        Rig rig(fastOptions(path));
        const Status opened = await(rig.backend->open());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind(), Error::Kind::TransportLost);
        QVERIFY2(opened.error().message().contains(u"ermission denied"),
                 qPrintable(opened.error().message()));
        // A program that starts but is no gatttool (exits at once).
        Rig other(fastOptions(QStringLiteral("/bin/true")));
        const Status wrong = await(other.backend->open());
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind(), Error::Kind::TransportLost);
    }

    void openAndInfo()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        QCOMPARE(rig.backend->state(), Backend::State::Ready);
        QCOMPARE(rig.backend->info().name, QStringLiteral("hci0"));
        QVERIFY(rig.backend->info().description.contains(m_plain));
        // What gatttool cannot do, said clearly.
        const Status scan = await(rig.backend->startScan());
        QCOMPARE(scan.error().kind(), Error::Kind::NotSupported);
        QCOMPARE(await(rig.backend->bonds()).error().kind(), Error::Kind::NotSupported);
        QVERIFY(rig.backend->info().capabilities.testFlag(Backend::Capability::NoBondList));
        QVERIFY(rig.backend->info().capabilities.testFlag(Backend::Capability::NoConnectionParameters));
    }

    void discoverHeartRateStrap()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        const Result<Connection *> c = rig.connect(kHrm);
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        QCOMPARE(c.value()->state(), Connection::State::Connected);
        QCOMPARE(c.value()->mtu(), 23);
        const Result<GattDatabase> db = await(c.value()->discover());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));

        // The same handles as the virtual peripheral's own table.
        const Result<ProfileSet> set
            = ProfileLoader::loadFile(QStringLiteral(":/gattscope/profiles/heart-rate.json"));
        QVERIFY(set.ok());
        const VirtualGattServer truth(set.value().peripherals.constFirst());
        QList<Uuid> services;
        for (const Service &s : db.value().services())
            services.append(s.uuid);
        QCOMPARE(services, (QList<Uuid> { Uuid(0x1800), Uuid(0x180D), Uuid(0x180F), Uuid(0x180A) }));
        int characteristics = 0;
        for (const Service &s : db.value().services())
            characteristics += int(s.characteristics.size());
        QCOMPARE(characteristics, int(truth.characteristics().size()));
        for (const VirtualCharacteristic &v : truth.characteristics()) {
            const Characteristic *found = db.value().characteristicForHandle(v.valueHandle);
            QVERIFY(found);
            QCOMPARE(found->declarationHandle, v.declarationHandle);
            QCOMPARE(found->valueHandle, v.valueHandle);
            QCOMPARE(found->endHandle, v.endHandle);
            QCOMPARE(found->uuid, v.uuid);
            QCOMPARE(quint8(found->properties.toInt()), v.properties);
            QCOMPARE(found->cccdHandle().value_or(0), v.cccdHandle);
        }
        const Characteristic *hrm = db.value().characteristic(Uuid(0x180D), Uuid(0x2A37));
        QVERIFY(hrm && hrm->cccdHandle());
        QVERIFY(c.value()->isDiscovered());
    }

    void discoverCustomService()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        const Result<Connection *> c = rig.connect(kMotion);
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        const Result<GattDatabase> db = await(c.value()->discover());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        const Uuid custom = *Uuid::fromString(u"6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10");
        QCOMPARE(db.value().servicesByUuid(custom).size(), 1);
        const Service *service = db.value().servicesByUuid(custom).constFirst();
        QCOMPARE(service->characteristics.size(), 6);
        // The tick counter's user description comes before its CCCD: value + 2.
        const Characteristic *tick
            = db.value().characteristic(custom, *Uuid::fromString(u"6a770007-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QVERIFY(tick);
        QCOMPARE(tick->descriptors.size(), 2);
        QCOMPARE(tick->descriptors.at(0).uuid, GattUuid::UserDescription);
        QCOMPARE(tick->cccdHandle().value(), quint16(tick->valueHandle + 2));
        // The accelerometer lists its CCCD first, then a user description.
        const Characteristic *accel
            = db.value().characteristic(custom, *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QVERIFY(accel);
        QCOMPARE(accel->cccdHandle().value(), quint16(accel->valueHandle + 1));
        QVERIFY(accel->descriptor(GattUuid::UserDescription));
    }

    void readsAndWrites()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        QVERIFY(await(c->discover()).ok());
        // Device name (Generic Access) and a 50-byte value: gatttool continues with Read
        // Blob by itself.
        QCOMPARE(await(c->read(0x0003)).value(), QByteArray("Test HRM"));
        QByteArray ramp;
        for (int i = 0; i < 50; ++i)
            ramp.append(char(i));
        QCOMPARE(await(c->read(0x000E)).value(), ramp);
        QCOMPARE(await(c->read(0x000E, Connection::ReadMode::Long)).value(), ramp);
        QCOMPARE(await(c->read(0x000E, Connection::ReadMode::Short)).value(), ramp.left(22));
        QCOMPARE(c->database().value(0x000E).value_or(QByteArray()), ramp.left(22));
        // Writes: with response, without, long.
        QVERIFY(await(c->write(0x000E, QByteArray("AB"))).ok());
        QCOMPARE(await(c->read(0x000E)).value(), QByteArray("AB"));
        QVERIFY(await(c->write(0x000E, QByteArray("C"), Connection::WriteMode::Command)).ok());
        QCOMPARE(await(c->read(0x000E)).value(), QByteArray("C"));
        const QByteArray longValue(60, 'x');
        QVERIFY(await(c->write(0x000E, longValue, Connection::WriteMode::Long)).ok());
        QCOMPARE(await(c->read(0x000E)).value(), longValue);
        QVERIFY(await(c->write(0x000E, longValue.left(40), Connection::WriteMode::Auto)).ok());
        QCOMPARE(await(c->read(0x000E)).value(), longValue.left(40));
        // What gatttool refuses before anything is sent.
        QCOMPARE(await(c->write(0x000E, longValue)).error().kind(), Error::Kind::InvalidArgument);
        QCOMPARE(await(c->write(0x000E, QByteArray())).error().kind(), Error::Kind::NotSupported);
        QCOMPARE(await(c->read(0)).error().kind(), Error::Kind::InvalidArgument);
        QCOMPARE(await(c->readRssi()).error().kind(), Error::Kind::NotSupported);
        // Connection parameters neither read nor requested (Capability::NoConnectionParameters).
        QVERIFY(c->parameters().isNull());
        QCOMPARE(await(c->updateParameters({ 30000, 0, 4000 })).error().kind(), Error::Kind::NotSupported);
    }

    void errorReplies()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        // The device refuses: typed ATT errors from gatttool's texts.
        const Status readOnly = await(c->write(0x000B, QByteArray("\x02", 1)));
        QVERIFY(readOnly.error().isAtt(AttError::WriteNotPermitted));
        QVERIFY(await(c->read(0x0099)).error().isAtt(AttError::InvalidHandle));
        // Encrypted, and the peer wants a passkey gatttool cannot give.
        QVERIFY(await(c->read(0x0010)).error().isAtt(AttError::InsufficientAuthentication));
        // A CCCD bit the characteristic lacks: 0xFD, which gatttool has no text for.
        const Status cccd = await(c->write(0x0014, QByteArray("\x01\x00", 2)));
        QCOMPARE(cccd.error().kind(), Error::Kind::Backend);
        QVERIFY(cccd.error().message().contains(u"Unexpected error code"));
        // The link is still fine.
        QCOMPARE(await(c->read(0x0003)).value(), QByteArray("Test HRM"));
        QCOMPARE(c->state(), Connection::State::Connected);
    }

    void faultInjectedAttError()
    {
        const QString program = wrapper(
            QStringLiteral("att-error"),
            R"({ "action": "att-error", "handle": "0x0003", "error": "0x08", "nth": 0, "on": "attclient_read_by_handle" })");
        Rig rig(fastOptions(program));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        const Result<QByteArray> r = await(c->read(0x0003));
        QVERIFY(r.error().isAtt(AttError::InsufficientAuthorization));
        QVERIFY(r.error().message().contains(u"0x0003"));
    }

    void subscribeAndNotifications()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kMotion).value();
        QVERIFY(c);
        QVERIFY(await(c->discover()).ok());
        const Uuid custom = *Uuid::fromString(u"6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10");
        const Characteristic accel = *c->database().characteristic(
            custom, *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        const Characteristic tick = *c->database().characteristic(
            custom, *Uuid::fromString(u"6a770007-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        Watch watch(c);
        const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000;
        // The accelerometer at 100 Hz.
        QVERIFY(await(c->subscribe(accel.valueHandle, Connection::Subscription::Notify)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(watch.notifications.size() >= 50, 5000);
        QVERIFY(watch.batches <= watch.notifications.size());
        for (const Notification &n : std::as_const(watch.notifications)) {
            QCOMPARE(n.handle, accel.valueHandle);
            QCOMPARE(n.kind, Notification::Kind::Notification);
            QCOMPARE(n.value.size(), 6);
            QVERIFY(n.timestampUs >= before);
        }
        for (qsizetype i = 1; i < watch.notifications.size(); ++i)
            QVERIFY(watch.notifications.at(i).timestampUs >= watch.notifications.at(i - 1).timestampUs);
        QVERIFY(await(c->subscribe(accel.valueHandle, Connection::Subscription::Off)).ok());
        // The tick counter's CCCD is at value + 2: subscribing writes it, not value + 1
        // (its user description, which would refuse the write).
        watch.notifications.clear();
        QVERIFY(await(c->subscribe(tick.valueHandle, Connection::Subscription::Notify)).ok());
        // An accelerometer line that gatttool printed before the CCCD write's answer may still
        // be on its way to this thread: wait for the tick itself.
        QTRY_VERIFY_WITH_TIMEOUT(!watch.notifications.isEmpty()
                                     && watch.notifications.constLast().handle == tick.valueHandle,
                                 5000);
        // The database keeps the last value.
        QCOMPARE(c->database().value(tick.valueHandle).value_or(QByteArray()).size(), 4);
        // No CCCD: said clearly.
        const Characteristic *ramp = c->database().characteristic(
            custom, *Uuid::fromString(u"6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QCOMPARE(await(c->subscribe(ramp->valueHandle, Connection::Subscription::Notify)).error().kind(),
                 Error::Kind::NotFound);
    }

    void indications()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        QVERIFY(await(c->discover()).ok());
        Watch watch(c);
        // 0x1236 indicates at 100 Hz; its CCCD (0x0014) follows a user description.
        QVERIFY(await(c->subscribe(0x0012, Connection::Subscription::Indicate)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(watch.notifications.size() >= 5, 5000);
        for (const Notification &n : std::as_const(watch.notifications)) {
            QCOMPARE(n.handle, quint16(0x0012));
            QCOMPARE(n.kind, Notification::Kind::Indication);
        }
        QVERIFY(await(c->subscribe(0x0012, Connection::Subscription::Off)).ok());
        QCOMPARE(await(c->read(0x0014)).value(), QByteArray(2, '\0'));
    }

    void deviceRefusesOrIsAbsent()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        QList<Error> reasons;
        QObject::connect(rig.backend, &Backend::connectionAdded, &rig.context, [&](Connection *c) {
            QObject::connect(c, &Connection::disconnected, &rig.context,
                             [&](const Error &e) { reasons.append(e); });
        });
        // Nobody at this address: "Connection refused (111)" after the kernel gives up.
        const DeviceAddress absent = *DeviceAddress::fromString(u"AA:BB:CC:DD:EE:FF");
        const Result<Connection *> r = rig.connect(absent);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), Error::controller(0x3E));
        QVERIFY2(r.error().message().contains(u"Connection refused"), qPrintable(r.error().toString()));
        QTRY_COMPARE(reasons.size(), 1);
        // The right address with the wrong type is not the device either.
        const DeviceAddress wrongType = *DeviceAddress::fromString(u"C0:98:E5:49:00:01");
        QVERIFY(!rig.connect(wrongType).ok());
    }

    void connectTimeoutThenSuccess()
    {
        const QString program
            = wrapper(QStringLiteral("refusing"), R"({ "action": "refuse-connection", "nth": 1 })",
                      { QStringLiteral("--refuse-ms"), QStringLiteral("60000") });
        Rig rig(fastOptions(program));
        QVERIFY(await(rig.backend->open()).ok());
        QList<Error> reasons;
        QObject::connect(rig.backend, &Backend::connectionAdded, &rig.context, [&](Connection *c) {
            QObject::connect(c, &Connection::disconnected, &rig.context,
                             [&](const Error &e) { reasons.append(e); });
        });
        const Result<Connection *> r = rig.connect(kTestPeripheral, 400);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Timeout);
        QTRY_COMPARE(reasons.size(), 1);
        QVERIFY2(reasons.constFirst() == Error::controller(0x3E),
                 qPrintable(reasons.constFirst().toString()));
        // The attempt was given up inside gatttool too: the next one works.
        const Result<Connection *> ok = rig.connect(kTestPeripheral);
        QVERIFY2(ok.ok(), qPrintable(ok.error().toString()));
        QCOMPARE(await(ok.value()->read(0x0003)).value(), QByteArray("Test HRM"));
    }

    void disconnectAndReconnect()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        Watch watch(c);
        // Connecting to a connected peer returns the same link.
        QCOMPARE(rig.connect(kTestPeripheral).value(), c);
        QVERIFY(await(c->disconnectFromDevice()).ok());
        QCOMPARE(c->state(), Connection::State::Disconnected);
        QTRY_COMPARE(watch.reasons.size(), 1);
        QCOMPARE(watch.reasons.constFirst(), Error::controller(0x16));
        QCOMPARE(await(c->read(0x0003)).error().kind(), Error::Kind::Disconnected);
        // The same Connection object, the same gatttool process.
        QCOMPARE(rig.connect(kTestPeripheral).value(), c);
        QCOMPARE(await(c->read(0x0003)).value(), QByteArray("Test HRM"));
        QCOMPARE(rig.backend->connections().size(), 1);
    }

    void twoLinksTwoProcesses()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *a = rig.connect(kTestPeripheral).value();
        Connection *b = rig.connect(kHrm).value();
        QVERIFY(a && b && a != b);
        // Several operations queued at once complete in order on each link.
        QFuture<Result<QByteArray>> r1 = a->read(0x0003);
        QFuture<Result<QByteArray>> r2 = b->read(0x0003);
        QFuture<Status> w = a->write(0x000E, QByteArray("Z"));
        QFuture<Result<QByteArray>> r3 = a->read(0x000E);
        QCOMPARE(await(r1).value(), QByteArray("Test HRM"));
        QCOMPARE(await(r2).value(), QByteArray("HRM Strap"));
        QVERIFY(await(w).ok());
        QCOMPARE(await(r3).value(), QByteArray("Z"));
    }

    void linkLossIsDetected()
    {
        // The peer drops the link after a Write Command: gatttool prints nothing.
        const QString program
            = wrapper(QStringLiteral("dropping"),
                      R"({ "action": "disconnect", "on": "attclient_write_command", "afterEvents": 1 })");
        Rig rig(fastOptions(program));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        Watch watch(c);
        QVERIFY(await(c->write(0x000E, QByteArray("A"), Connection::WriteMode::Command)).ok());
        QTRY_COMPARE(watch.reasons.size(), 1);
        QCOMPARE(watch.reasons.constFirst().kind(), Error::Kind::Disconnected);
        QCOMPARE(c->state(), Connection::State::Disconnected);
        // And the next link works (the fault fired once).
        QCOMPARE(rig.connect(kTestPeripheral).value(), c);
        QCOMPARE(await(c->read(0x0003)).value(), QByteArray("Test HRM"));
    }

    void crashMidSessionRecovers()
    {
        // The peer drops the link during a read: gatttool 5.66 prints the failure and dies.
        const QString program
            = wrapper(QStringLiteral("crashing"),
                      R"({ "action": "disconnect", "on": "attclient_read_by_handle", "nth": 2 })");
        Rig rig(fastOptions(program));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        Watch watch(c);
        QCOMPARE(await(c->read(0x0003)).value(), QByteArray("Test HRM"));
        const Result<QByteArray> r = await(c->read(0x0003));
        QVERIFY(!r.ok());
        QTRY_COMPARE(watch.reasons.size(), 1);
        QCOMPARE(c->state(), Connection::State::Disconnected);
        QTRY_VERIFY(!rig.backendErrors.isEmpty());
        QCOMPARE(rig.backendErrors.constLast().kind(), Error::Kind::TransportLost);
        QVERIFY2(rig.backendErrors.constLast().message().contains(u"crashed"),
                 qPrintable(rig.backendErrors.constLast().toString()));
        QCOMPARE(rig.backend->state(), Backend::State::Ready);
        // Recovery: a new gatttool for the next link, and everything works.
        const Result<Connection *> again = rig.connect(kTestPeripheral);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again.value(), c);
        QVERIFY(await(c->discover()).ok());
        QCOMPARE(await(c->read(0x0003)).value(), QByteArray("Test HRM"));
    }

    void gatttoolDiesUnprompted()
    {
        // A "reset" fault kills the fake gatttool instead of answering.
        const QString program
            = wrapper(QStringLiteral("dying"), R"({ "action": "reset", "on": "attclient_read_by_handle" })");
        Rig rig(fastOptions(program));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        Watch watch(c);
        QFuture<Result<QByteArray>> pending = c->read(0x0003);
        QFuture<Result<QByteArray>> queued = c->read(0x0005);
        QCOMPARE(await(pending).error().kind(), Error::Kind::TransportLost);
        QVERIFY(!await(queued).ok());
        QTRY_COMPARE(watch.reasons.size(), 1);
        QCOMPARE(watch.reasons.constFirst().kind(), Error::Kind::TransportLost);
        QVERIFY(rig.connect(kTestPeripheral).ok());
    }

    void noAnswerTimesOut()
    {
        const QString program = wrapper(QStringLiteral("silent"),
                                        R"({ "action": "drop-response", "on": "attclient_read_by_handle" })");
        GatttoolOptions options = fastOptions(program);
        options.attTimeoutMs = 800;
        Rig rig(options);
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        Watch watch(c);
        QCOMPARE(await(c->read(0x0003)).error().kind(), Error::Kind::Timeout);
        // An ATT transaction that timed out leaves the bearer unusable: the link is ended.
        QTRY_COMPARE(watch.reasons.size(), 1);
        QCOMPARE(watch.reasons.constFirst().kind(), Error::Kind::Timeout);
        // A new gatttool serves the next link. (Its fault rules count afresh, so reads would be
        // dropped again: the link is checked with a discovery and a write.)
        QVERIFY(rig.connect(kTestPeripheral).ok());
        QVERIFY(await(c->discover()).ok());
        QVERIFY(await(c->write(0x000E, QByteArray("w"))).ok());
    }

    void mtuAndSecurityOptions()
    {
        GatttoolOptions options = fastOptions(m_plain);
        options.mtu = 100;
        options.securityLevel = QStringLiteral("medium");
        Rig rig(options);
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        QCOMPARE(c->mtu(), 100);
        // A 60-byte value now fits one Write Request.
        QVERIFY(await(c->write(0x000E, QByteArray(60, 'q'))).ok());
        QCOMPARE(await(c->read(0x000E, Connection::ReadMode::Short)).value(), QByteArray(60, 'q'));
        // pair() raises gatttool's security level (the kernel pairs; nothing to confirm it).
        QVERIFY(await(c->pair()).ok());
    }

    void closeEndsLinks()
    {
        Rig rig(fastOptions(m_plain));
        QVERIFY(await(rig.backend->open()).ok());
        Connection *c = rig.connect(kTestPeripheral).value();
        QVERIFY(c);
        Watch watch(c);
        QVERIFY(await(rig.backend->close()).ok());
        QTRY_COMPARE(watch.reasons.size(), 1);
        QCOMPARE(rig.backend->state(), Backend::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestGatttoolBackend)
#include "tst_gatttoolbackend.moc"
