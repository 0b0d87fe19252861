// SPDX-License-Identifier: MIT
// createBackend(): URI forms, errors for unknown and reserved schemes, and the demo
// backend (the BGAPI client over the in-process virtual dongle) working end to end.
#include <gattscope/backends/backendfactory.h>
#include <gattscope/backends/bgapi/bgapiserialtransport.h>
#include <gattscope/core/backend/awaitresult.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gattscope;

class TestBackendFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uris_data();
    void uris();
    void availableBackendsListsDemo();
    void demoWorks();
    void demoWithProfiles();
    void serialPortThatDoesNotExist();
    void folderStampSeesEntriesComeAndGo();
};

void TestBackendFactory::uris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("kind"); // Error::Kind; None = created
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("demo") << QStringLiteral("demo") << int(Error::Kind::None) << QString();
    QTest::newRow("demo, upper case") << QStringLiteral("DEMO") << int(Error::Kind::None) << QString();
    QTest::newRow("bgapi auto") << QStringLiteral("bgapi:auto") << int(Error::Kind::None) << QString();
    QTest::newRow("bgapi port") << QStringLiteral("bgapi:/dev/ttyACM0") << int(Error::Kind::None)
                                << QString();
    QTest::newRow("bgapi COM") << QStringLiteral("bgapi:COM3") << int(Error::Kind::None) << QString();
    QTest::newRow("bgapi without port")
        << QStringLiteral("bgapi:") << int(Error::Kind::InvalidArgument) << QStringLiteral("bgapi:auto");
    QTest::newRow("unknown scheme") << QStringLiteral("foo:bar") << int(Error::Kind::InvalidArgument)
                                    << QStringLiteral("unknown backend 'foo:'; use bgapi:auto, bgapi:<port>, "
                                                      "bluez:, bluez:<adapter>, gatttool:[hciN], demo");
    QTest::newRow("bare word") << QStringLiteral("dongle") << int(Error::Kind::InvalidArgument)
                               << QStringLiteral("unknown backend 'dongle'");
    QTest::newRow("empty") << QString() << int(Error::Kind::InvalidArgument)
                           << QStringLiteral("unknown backend");
#ifdef GATTSCOPE_HAVE_BLUEZ
    QTest::newRow("bluez default adapter") << QStringLiteral("bluez:") << int(Error::Kind::None) << QString();
    QTest::newRow("bluez adapter") << QStringLiteral("bluez:hci0") << int(Error::Kind::None) << QString();
    QTest::newRow("bluez, upper-case scheme")
        << QStringLiteral("BLUEZ:hci1") << int(Error::Kind::None) << QString();
    QTest::newRow("bluez bad adapter name")
        << QStringLiteral("bluez:hci 0/x") << int(Error::Kind::InvalidArgument)
        << QStringLiteral("bluez:<adapter>");
#else
    QTest::newRow("bluez not built") << QStringLiteral("bluez:hci0") << int(Error::Kind::NotSupported)
                                     << QStringLiteral("bluez");
#endif
    QTest::newRow("gatttool") << QStringLiteral("gatttool:hci0") << int(Error::Kind::None) << QString();
    QTest::newRow("gatttool, default adapter")
        << QStringLiteral("gatttool:") << int(Error::Kind::None) << QString();
    QTest::newRow("gatttool, bad adapter")
        << QStringLiteral("gatttool:eth0") << int(Error::Kind::InvalidArgument)
        << QStringLiteral("gatttool:hciN");
}

void TestBackendFactory::uris()
{
    QFETCH(QString, uri);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    const Result<std::unique_ptr<BackendHost>> r = createBackend(uri);
    QCOMPARE(int(r.error().kind()), kind);
    if (r.ok()) {
        QVERIFY(r.value()->backend());
        QCOMPARE(r.value()->backend()->state(), Backend::State::Closed);
        return;
    }
    QVERIFY2(r.error().message().contains(messagePart), qPrintable(r.error().message()));
}

void TestBackendFactory::availableBackendsListsDemo()
{
    const QList<BackendDescriptor> all = availableBackends();
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.last().uri, QStringLiteral("demo"));
    QVERIFY(!all.last().label.isEmpty());
    for (const BackendDescriptor &d : all)
        QVERIFY(createBackend(d.uri).ok());
}

void TestBackendFactory::demoWorks()
{
    Result<std::unique_ptr<BackendHost>> created = createBackend(QStringLiteral("demo"));
    QVERIFY(created.ok());
    std::unique_ptr<BackendHost> host = std::move(created.value());
    Backend *backend = host->backend();
    QCOMPARE(backend->uri(), QStringLiteral("demo"));
    QVERIFY(backend->thread() != QThread::currentThread());
    QVERIFY(awaitResult(backend->open()).ok());
    QCOMPARE(backend->info().name, QStringLiteral("Demo dongle"));
    QCOMPARE(backend->info().maxConnections, 3);

    QObject context;
    int adverts = 0;
    QObject::connect(backend, &Backend::advertisementsReceived, &context,
                     [&](const QList<Advertisement> &batch) { adverts += batch.size(); });
    QVERIFY(awaitResult(backend->startScan()).ok());
    QTRY_VERIFY(adverts > 5);
    const DeviceAddress hrm = *DeviceAddress::fromString(u"C0:98:E5:49:00:01", AddressType::RandomStatic);
    const Result<Connection *> c = awaitResult(backend->connectToDevice(hrm));
    QVERIFY2(c.ok(), qPrintable(c.error().toString()));
    QVERIFY(awaitResult(c.value()->discover()).ok());
    // Destroying the host with a link and a scan running closes everything cleanly.
}

void TestBackendFactory::demoWithProfiles()
{
    BackendOptions options;
    options.demoProfiles = { QStringLiteral(":/gattscope/profiles/flood.json") };
    options.demoMaxConnections = 1;
    Result<std::unique_ptr<BackendHost>> created = createBackend(QStringLiteral("demo"), options);
    QVERIFY(created.ok());
    QVERIFY(awaitResult(created.value()->backend()->open()).ok());
    QCOMPARE(created.value()->backend()->info().maxConnections, 1);

    options.demoProfiles = { QStringLiteral("/nonexistent/profile.json") };
    const Result<std::unique_ptr<BackendHost>> bad = createBackend(QStringLiteral("demo"), options);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind(), Error::Kind::InvalidArgument);
}

void TestBackendFactory::serialPortThatDoesNotExist()
{
    Result<std::unique_ptr<BackendHost>> created
        = createBackend(QStringLiteral("bgapi:/dev/gattscope-no-such-port"));
    QVERIFY(created.ok());
    const Status opened = awaitResult(created.value()->backend()->open());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind(), Error::Kind::TransportLost);
    QVERIFY(opened.error().message().contains(QStringLiteral("/dev/gattscope-no-such-port")));
    QCOMPARE(created.value()->backend()->state(), Backend::State::Closed);
}

QTEST_GUILESS_MAIN(TestBackendFactory)
// What the polled dongle list is kept by: a folder's stamp changes when an entry comes or
// goes (also twice within one tick of the file system's clock), and only then.
void TestBackendFactory::folderStampSeesEntriesComeAndGo()
{
    QTemporaryDir dev;
    QVERIFY(dev.isValid());
    const QStringList folders { dev.path(), dev.filePath(QStringLiteral("serial")) };
    const QList<qint64> empty = BgapiSerialTransport::folderStamp(folders);
    QCOMPARE(empty.size(), 4);
    QCOMPARE(empty[1], 0); // no entries
    QCOMPARE(empty[2], -1); // serial/ does not exist
    QCOMPARE(BgapiSerialTransport::folderStamp(folders), empty); // nothing changed

    QFile node(dev.filePath(QStringLiteral("ttyACM0")));
    QVERIFY(node.open(QIODevice::WriteOnly));
    node.close();
    const QList<qint64> plugged = BgapiSerialTransport::folderStamp(folders);
    QVERIFY(plugged != empty);
    QCOMPARE(plugged[1], 1);
    QVERIFY(QDir(dev.path()).mkdir(QStringLiteral("serial")));
    const QList<qint64> labelled = BgapiSerialTransport::folderStamp(folders);
    QVERIFY(labelled != plugged);
    QVERIFY(labelled[2] >= 0);
    QVERIFY(node.remove());
    QVERIFY(BgapiSerialTransport::folderStamp(folders) != labelled);

    // The polled list answers like the fresh one while nothing is plugged in or out.
    const auto locations = [](const QList<QSerialPortInfo> &ports) {
        QStringList out;
        for (const QSerialPortInfo &p : ports)
            out << p.systemLocation();
        return out;
    };
    QCOMPARE(locations(BgapiSerialTransport::donglesPolled()), locations(BgapiSerialTransport::dongles()));
    QCOMPARE(locations(BgapiSerialTransport::donglesPolled()), locations(BgapiSerialTransport::dongles()));
}

#include "tst_backendfactory.moc"
