// SPDX-License-Identifier: MIT
// The system-Bluetooth backend when things go wrong, against the mock BlueZ: link loss with
// its reason, error replies, refused and unanswered connections, slow answers, bluetoothd
// vanishing from the bus and coming back, bluetoothd not running, permission denied, an
// adapter that is switched off (and switched on through the backend).
#include "bluezrig.h"

#include <QTest>

using namespace gattscope;
using namespace gattscope::testing;

namespace {

const QString kMotion = QStringLiteral("E1:77:6A:00:00:07");
const QString kHrm = QStringLiteral("C0:98:E5:49:00:01");
const Uuid kName = *Uuid::fromString(u"6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kAccelerometer = *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");

DeviceAddress address(const QString &text)
{
    return *DeviceAddress::fromString(text);
}

struct Watch : QObject
{
    QList<Advertisement> adverts;
    QList<Error> errors;
    QList<Backend::State> states;
    QList<Error> disconnects;
    explicit Watch(Backend *backend)
    {
        connect(backend, &Backend::advertisementsReceived, this,
                [this](const QList<Advertisement> &batch) { adverts += batch; });
        connect(backend, &Backend::errorOccurred, this, [this](const Error &e) { errors.append(e); });
        connect(backend, &Backend::stateChanged, this, [this](Backend::State s) { states.append(s); });
    }
    void follow(Connection *c)
    {
        connect(c, &Connection::disconnected, this, [this](const Error &e) { disconnects.append(e); });
    }
    bool heard(const QString &text) const
    {
        return std::any_of(adverts.cbegin(), adverts.cend(),
                           [&](const Advertisement &a) { return a.address.toString() == text; });
    }
    bool hadError(Error::Kind kind) const
    {
        return std::any_of(errors.cbegin(), errors.cend(),
                           [kind](const Error &e) { return e.kind() == kind; });
    }
};

} // namespace

class TestBluezFaults : public QObject
{
    Q_OBJECT

    MockBluezControl m_mock;

    Connection *connectTo(BluezRig &rig, const QString &text, Watch &watch)
    {
        if (!rig.open().ok() || !await(rig.backend->startScan()).ok())
            return nullptr;
        if (!QTest::qWaitFor([&] { return watch.heard(text); }, 10000))
            return nullptr;
        await(rig.backend->stopScan());
        const Result<Connection *> c = await(rig.backend->connectToDevice(address(text)));
        if (!c.ok())
            return nullptr;
        watch.follow(c.value());
        return c.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveMockBus())
            QSKIP("no mock BlueZ bus: run through ctest (fixture bluez_mock)");
        QVERIFY2(m_mock.online(), "the mock BlueZ does not answer");
    }

    void init()
    {
        m_mock.comeBack();
        QTRY_VERIFY(m_mock.online());
        QVERIFY(m_mock.reset());
    }

    void linkLossGivesTheReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("code");
        QTest::newRow("supervision timeout") << QStringLiteral("timeout") << 0x08;
        QTest::newRow("remote user") << QStringLiteral("remote") << 0x13;
    }
    void linkLossGivesTheReason()
    {
        QFETCH(QString, reason);
        QFETCH(int, code);
        BluezRig rig;
        Watch watch(rig.backend);
        Connection *c = connectTo(rig, kMotion, watch);
        QVERIFY(c);
        QVERIFY(await(c->discover()).ok());
        QVERIFY(m_mock.dropLink(kMotion, reason));
        QTRY_COMPARE(watch.disconnects.size(), 1);
        QCOMPARE(watch.disconnects.first().kind(), Error::Kind::Controller);
        QCOMPARE(int(watch.disconnects.first().code()), code);
        QCOMPARE(c->state(), Connection::State::Disconnected);
        QCOMPARE(c->lastDisconnectReason().code(), quint16(code));
        // Operations after the loss fail at once; a new link works.
        QCOMPARE(await(c->read(0x000e)).error().kind(), Error::Kind::Disconnected);
        const Result<Connection *> again = await(rig.backend->connectToDevice(address(kMotion)));
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again.value(), c); // the same Connection object, a new link
        QVERIFY(await(c->discover()).ok());
    }

    void errorRepliesFailTheOperation()
    {
        BluezRig rig;
        Watch watch(rig.backend);
        Connection *c = connectTo(rig, kMotion, watch);
        QVERIFY(c);
        const GattDatabase db = await(c->discover()).value();
        const quint16 name = db.characteristicsByUuid(kName).first()->valueHandle;
        QCOMPARE(m_mock.addFaults(
                     QStringLiteral(R"({"faults":[{"action":"att-error","handle":%1,"error":"0x0E"}]})")
                         .arg(name)),
                 QString());
        const Result<QByteArray> read = await(c->read(name));
        QVERIFY(!read.ok());
        // Qt Bluetooth drops the ATT code; the error says what is known.
        QCOMPARE(read.error().kind(), Error::Kind::Backend);
        QVERIFY2(read.error().message().contains(QStringLiteral("refused")),
                 qPrintable(read.error().message()));
        // The next read is fine: the rule fired once.
        QCOMPARE(await(c->read(name)).value(), QByteArray("Motion Sensor"));
        QVERIFY(c->isConnected());
    }

    void slowAnswerTimesOut()
    {
        BluezRig rig;
        Watch watch(rig.backend);
        Connection *c = connectTo(rig, kMotion, watch);
        QVERIFY(c);
        const GattDatabase db = await(c->discover()).value();
        const quint16 name = db.characteristicsByUuid(kName).first()->valueHandle;
        QCOMPARE(
            m_mock.addFaults(QStringLiteral(R"({"faults":[{"action":"drop-response","on":"ReadValue"}]})")),
            QString());
        const Result<QByteArray> read = await(c->read(name));
        QCOMPARE(read.error().kind(), Error::Kind::Timeout);
        QVERIFY(c->isConnected());
    }

    // A fault file written for the virtual BLED112 means the same step here.
    void disconnectDuringARead()
    {
        BluezRig rig;
        Watch watch(rig.backend);
        Connection *c = connectTo(rig, kMotion, watch);
        QVERIFY(c);
        const GattDatabase db = await(c->discover()).value();
        QCOMPARE(
            m_mock.addFaults(QStringLiteral(
                R"({"faults":[{"action":"disconnect","on":"attclient_read_by_handle","reason":"0x0208"}]})")),
            QString());
        const Result<QByteArray> read = await(c->read(db.characteristicsByUuid(kName).first()->valueHandle));
        QVERIFY(!read.ok());
        QTRY_COMPARE(watch.disconnects.size(), 1);
        QCOMPARE(watch.disconnects.first().code(), quint16(0x08));
    }

    void refusedConnection()
    {
        QCOMPARE(m_mock.addFaults(
                     QStringLiteral(R"({"faults":[{"action":"refuse-connection","peer":"%1"}]})").arg(kHrm)),
                 QString());
        BluezRig rig;
        Watch watch(rig.backend);
        QVERIFY(rig.open().ok());
        QVERIFY(await(rig.backend->startScan()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(watch.heard(kHrm), 10000);
        const Result<Connection *> c = await(rig.backend->connectToDevice(address(kHrm)));
        QVERIFY(!c.ok());
        // BlueZ gave up (le-connection-abort-by-local): the link was never established.
        QCOMPARE(c.error().kind(), Error::Kind::Controller);
        QCOMPARE(c.error().code(), quint16(0x3E));
        // The rule fired once: the next attempt connects.
        QVERIFY(await(rig.backend->connectToDevice(address(kHrm))).ok());
    }

    void connectToADeviceNobodyHears()
    {
        BluezRig rig;
        QVERIFY(rig.open().ok());
        ConnectOptions options;
        options.timeoutMs = 1000;
        // BlueZ does not know it: the backend looks for it first, and gives up.
        const Result<Connection *> c
            = await(rig.backend->connectToDevice(address(QStringLiteral("C0:00:00:00:00:99")), options));
        QCOMPARE(c.error().kind(), Error::Kind::NotFound);
        QVERIFY(c.error().message().contains(QStringLiteral("advertising")));
    }

    void connectWithoutScanningFirst()
    {
        BluezRig rig;
        QVERIFY(rig.open().ok());
        const Result<Connection *> c = await(rig.backend->connectToDevice(address(kMotion)));
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        QCOMPARE(c.value()->address().type(), AddressType::RandomStatic); // BlueZ knows it is random
    }

    void bluetoothdVanishesAndComesBack()
    {
        BluezRig rig;
        Watch watch(rig.backend);
        Connection *c = connectTo(rig, kMotion, watch);
        QVERIFY(c);
        QVERIFY(await(rig.backend->startScan()).ok());
        QTRY_COMPARE(rig.backend->state(), Backend::State::Scanning);
        QVERIFY(m_mock.vanish(-1));
        QTRY_COMPARE(rig.backend->state(), Backend::State::Unavailable);
        QTRY_COMPARE(watch.disconnects.size(), 1);
        QCOMPARE(watch.disconnects.first().kind(), Error::Kind::TransportLost);
        QVERIFY(watch.hadError(Error::Kind::TransportLost));
        QCOMPARE(await(rig.backend->startScan()).error().kind(), Error::Kind::TransportLost);
        QCOMPARE(await(c->read(1)).error().kind(), Error::Kind::Disconnected);

        watch.adverts.clear();
        QVERIFY(m_mock.comeBack());
        // Back: the scan that was running resumes, links do not come back by themselves.
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend->state(), Backend::State::Scanning, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(watch.heard(kMotion), 10000);
        QCOMPARE(c->state(), Connection::State::Disconnected);
        await(rig.backend->stopScan());
        const Result<Connection *> again = await(rig.backend->connectToDevice(address(kMotion)));
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QVERIFY(await(again.value()->discover()).ok());
    }

    void bluetoothdNotRunning()
    {
        QVERIFY(m_mock.vanish(-1));
        BluezRig rig;
        const Status opened = rig.open();
        QCOMPARE(opened.error().kind(), Error::Kind::TransportLost);
        QVERIFY2(opened.error().message().contains(QStringLiteral("bluetoothd is not running")),
                 qPrintable(opened.error().message()));
        QCOMPARE(rig.backend->state(), Backend::State::Closed);
        QVERIFY(m_mock.comeBack());
        QTRY_VERIFY(rig.open().ok());
    }

    void permissionDenied()
    {
        QVERIFY(m_mock.denyAccess(QStringLiteral("all")));
        BluezRig rig;
        const Status opened = rig.open();
        QCOMPARE(opened.error().kind(), Error::Kind::PermissionDenied);
        QVERIFY(opened.error().message().contains(QStringLiteral("'bluetooth' group")));
        QVERIFY(m_mock.denyAccess(QStringLiteral("power")));
        QVERIFY(rig.open().ok());
        const Status off = await(rig.backend->setPowered(false));
        QCOMPARE(off.error().kind(), Error::Kind::PermissionDenied);
        QVERIFY(off.error().message().contains(QStringLiteral("polkit")));
        QVERIFY(rig.backend->info().powered);
        QVERIFY(m_mock.denyAccess(QString()));
    }

    void adapterSwitchedOff()
    {
        QVERIFY(m_mock.setPowered(QStringLiteral("hci0"), false));
        BluezRig rig;
        Watch watch(rig.backend);
        QVERIFY(rig.open().ok()); // opens: switching it on is one call away
        QVERIFY(!rig.backend->info().powered);
        QTRY_VERIFY(watch.hadError(Error::Kind::PoweredOff));
        QCOMPARE(await(rig.backend->startScan()).error().kind(), Error::Kind::PoweredOff);
        QCOMPARE(await(rig.backend->connectToDevice(address(kMotion))).error().kind(),
                 Error::Kind::PoweredOff);

        QVERIFY(await(rig.backend->setPowered(true)).ok());
        QTRY_VERIFY(rig.backend->info().powered);
        QVERIFY(await(rig.backend->startScan()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(watch.heard(kMotion), 10000);
        await(rig.backend->stopScan());
        const Result<Connection *> c = await(rig.backend->connectToDevice(address(kMotion)));
        QVERIFY(c.ok());
        watch.follow(c.value());

        // Switched off under a link and a scan: both end, with the reason.
        QVERIFY(await(rig.backend->startScan()).ok());
        QVERIFY(m_mock.setPowered(QStringLiteral("hci0"), false));
        QTRY_COMPARE(watch.disconnects.size(), 1);
        QTRY_COMPARE(rig.backend->state(), Backend::State::Ready);
        QTRY_VERIFY(!rig.backend->info().powered);
        // Switched on again (by someone else): the scan resumes.
        QVERIFY(m_mock.setPowered(QStringLiteral("hci0"), true));
        QTRY_COMPARE_WITH_TIMEOUT(rig.backend->state(), Backend::State::Scanning, 5000);
    }
};

QTEST_GUILESS_MAIN(TestBluezFaults)
#include "tst_bluezfaults.moc"
