// SPDX-License-Identifier: MIT
// BgapiBackend over a real pseudo-terminal: gattscope-sim serves the virtual BLED112 on a
// pty, the backend opens it with QSerialPort through the factory (`bgapi:<path>`), exactly
// as it opens /dev/ttyACM0. Also: the sim going away is a lost port, and a new sim on the
// same path (a symbolic link, --link) is found again.
#include <gattscope/backends/backendfactory.h>
#include <gattscope/core/backend/awaitresult.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace gattscope;

namespace {

// Starts gattscope-sim with `arguments`; returns the announced pty path, or empty.
QString startSim(QProcess &sim, const QStringList &arguments)
{
    sim.start(QStringLiteral(GATTSCOPE_SIM_PATH), arguments);
    if (!sim.waitForStarted(5000))
        return {};
    QByteArray out;
    const QByteArray marker("serving a virtual BLED112 on ");
    while (!out.contains(marker) || !out.endsWith('\n')) {
        if (!sim.waitForReadyRead(5000))
            return {};
        out += sim.readAllStandardOutput();
    }
    return QString::fromLocal8Bit(out.mid(out.indexOf(marker) + marker.size()).trimmed());
}

BackendOptions fastOptions()
{
    BackendOptions o;
    o.bgapi.commandTimeoutMs = 1000;
    o.bgapi.procedureTimeoutMs = 3000;
    o.bgapi.reconnectIntervalMs = 50;
    return o;
}
} // namespace

class TestBgapiPty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endToEndOverPty();
    void simGoesAwayAndComesBack();
};

void TestBgapiPty::endToEndOverPty()
{
    QProcess sim;
    const QString path = startSim(sim, { QStringLiteral("--rate"), QStringLiteral("500") });
    QVERIFY2(!path.isEmpty(), "gattscope-sim did not announce a pty");
    QVERIFY(path.startsWith(QLatin1String("/dev/")));

    Result<std::unique_ptr<BackendHost>> created
        = createBackend(QStringLiteral("bgapi:") + path, fastOptions());
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    std::unique_ptr<BackendHost> host = std::move(created.value());
    Backend *backend = host->backend();
    const Status opened = awaitResult(backend->open());
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    QCOMPARE(backend->info().name, QStringLiteral("BLED112"));
    QVERIFY(backend->info().description.contains(path));

    QObject context;
    QList<Advertisement> adverts;
    QObject::connect(backend, &Backend::advertisementsReceived, &context,
                     [&](const QList<Advertisement> &batch) { adverts += batch; });
    QVERIFY(awaitResult(backend->startScan()).ok());
    const DeviceAddress motion = *DeviceAddress::fromString(u"E1:77:6A:00:00:07", AddressType::RandomStatic);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(adverts.cbegin(), adverts.cend(),
                                         [&](const Advertisement &a) { return a.address == motion; }),
                             5000);
    QVERIFY(awaitResult(backend->stopScan()).ok());

    const Result<Connection *> r = awaitResult(backend->connectToDevice(motion));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    Connection *c = r.value();
    const Result<GattDatabase> db = awaitResult(c->discover());
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    const Uuid longValue = *Uuid::fromString(u"6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10");
    const Uuid accelerometer = *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");
    const Result<QByteArray> value
        = awaitResult(c->read(db.value().characteristicsByUuid(longValue).first()->valueHandle));
    QVERIFY(value.ok());
    QCOMPARE(value.value().size(), 200);

    int received = 0;
    QObject::connect(c, &Connection::notificationsReceived, &context,
                     [&](const QList<Notification> &batch) { received += batch.size(); });
    const quint16 handle = db.value().characteristicsByUuid(accelerometer).first()->valueHandle;
    QVERIFY(awaitResult(c->subscribe(handle, Connection::Subscription::Notify)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(received >= 50, 5000);
    QVERIFY(awaitResult(c->disconnectFromDevice()).ok());
    QCOMPARE(c->lastDisconnectReason(), Error::controller(0x16));

    host.reset();
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void TestBgapiPty::simGoesAwayAndComesBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString link = dir.filePath(QStringLiteral("bled112"));
    QProcess sim;
    QVERIFY(!startSim(sim, { QStringLiteral("--link"), link }).isEmpty());

    Result<std::unique_ptr<BackendHost>> created
        = createBackend(QStringLiteral("bgapi:") + link, fastOptions());
    QVERIFY(created.ok());
    std::unique_ptr<BackendHost> host = std::move(created.value());
    Backend *backend = host->backend();
    QVERIFY(awaitResult(backend->open()).ok());
    const DeviceAddress hrm = *DeviceAddress::fromString(u"C0:98:E5:49:00:01", AddressType::RandomStatic);
    Connection *c = awaitResult(backend->connectToDevice(hrm)).value();
    QVERIFY(c);

    QObject context;
    QList<Error> errors;
    QList<Error> reasons;
    QObject::connect(backend, &Backend::errorOccurred, &context, [&](const Error &e) { errors.append(e); });
    QObject::connect(c, &Connection::disconnected, &context, [&](const Error &e) { reasons.append(e); });
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(backend->state(), Backend::State::Unavailable, 5000);
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.first().kind(), Error::Kind::TransportLost);
    QTRY_COMPARE(reasons.size(), 1);
    QCOMPARE(reasons.first().kind(), Error::Kind::TransportLost);

    QProcess again;
    QVERIFY(!startSim(again, { QStringLiteral("--link"), link }).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(backend->state(), Backend::State::Ready, 5000);
    QVERIFY(awaitResult(backend->connectToDevice(hrm)).ok());

    host.reset();
    again.terminate();
    QVERIFY(again.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestBgapiPty)
#include "tst_bgapipty.moc"
