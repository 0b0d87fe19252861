// SPDX-License-Identifier: MIT
// The blocking facade (Adapter, Device) against the Demo dongle — the real BGAPI client over
// the in-process virtual BLED112 — and against gattscope-sim over a pseudo-terminal: every
// operation, every typed error, callbacks that call back into the device, other threads.
#include "facadetestutil.h"

#include <gattscope/gattscope.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace gattscope;
using namespace std::chrono_literals;
using gattscope::test::EventCounter;

namespace {
const std::string Motion = "gattscope Motion";
const std::string MotionAddress = "E1:77:6A:00:00:07";
const std::string HrmAddress = "C0:98:E5:49:00:01";
const std::string Accelerometer = "6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10";
const std::string LongValue = "6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10";
const std::string NameValue = "6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10";
const std::string Secret = "6a770006-8c3a-4f3e-9e4b-5a2c1d0e9f10";

Bytes bytesOf(const std::string &text)
{
    return Bytes(text.cbegin(), text.cend());
}

// Runs `fn`, which must throw E; returns the exception (or fails the test).
template<typename E, typename Fn> std::optional<E> thrown(Fn fn)
{
    try {
        fn();
    } catch (const E &e) {
        return e;
    } catch (const std::exception &e) {
        qWarning("unexpected exception: %s", e.what());
        return std::nullopt;
    }
    qWarning("no exception");
    return std::nullopt;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return f.fileName();
}
} // namespace

class TestAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void openErrors_data();
    void openErrors();
    void scanForADuration();
    void scanCallbackStopsTheScan();
    void connectByNameOrAddress_data();
    void connectByNameOrAddress();
    void connectUnknownDevice();
    void characteristicsAndDescriptors();
    void handleAmbiguity();
    void badUuids();
    void readWrite();
    void longReadAndWrite();
    void attErrorThenBondWithPasskey();
    void subscribeNotify();
    void subscribeIndicate();
    void subscribeWithoutCccd();
    void callbackCallsBackIntoTheDevice();
    void fromOtherThreads();
    void rssiAndMtu();
    void timeout();
    void peerDropsTheLinkMidOperation();
    void disconnectAndCallback();
    void closingTheAdapterEndsItsDevices();
    void overPtyAndTheSimKilled();

private:
    QTemporaryDir m_dir;
    QString m_twinProfile;
    std::unique_ptr<Adapter> m_demo;
};

void TestAdapter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_twinProfile
        = writeFile(m_dir, QStringLiteral("twin.json"), QByteArray(gattscope::test::twinProfileJson()));
    m_demo = std::make_unique<Adapter>("demo");
    QCOMPARE(m_demo->name(), std::string("Demo dongle"));
    QVERIFY(m_demo->isOpen());
}

void TestAdapter::cleanupTestCase()
{
    m_demo.reset();
}

void TestAdapter::openErrors_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("kind");
    QTest::newRow("unknown scheme") << QStringLiteral("nonsense:x") << int(Error::Kind::InvalidArgument);
    QTest::newRow("bgapi without port") << QStringLiteral("bgapi:") << int(Error::Kind::InvalidArgument);
    QTest::newRow("bad adapter name") << QStringLiteral("gatttool:eth0") << int(Error::Kind::InvalidArgument);
}

void TestAdapter::openErrors()
{
    QFETCH(QString, uri);
    QFETCH(int, kind);
    const std::optional<Exception> e = thrown<Exception>([&] { Adapter adapter(uri.toStdString()); });
    QVERIFY(e);
    QCOMPARE(int(e->kind()), kind);
    QVERIFY(std::string(e->what()).find(uri.left(uri.indexOf(u':')).toStdString()) != std::string::npos);
}

void TestAdapter::scanForADuration()
{
    EventCounter reports;
    const std::vector<ScanResult> seen = m_demo->scan(1500ms, [&](const ScanResult &) { reports.add(); });
    QVERIFY(reports.count() > 0);
    const auto hrm = std::find_if(seen.cbegin(), seen.cend(),
                                  [](const ScanResult &r) { return r.address == HrmAddress; });
    QVERIFY(hrm != seen.cend());
    QCOMPARE(hrm->name, std::string("HRM Strap"));
    QVERIFY(hrm->randomAddress);
    QVERIFY(hrm->connectable);
    QVERIFY(std::find(hrm->serviceUuids.cbegin(), hrm->serviceUuids.cend(), "180D")
            != hrm->serviceUuids.cend());
    QVERIFY(!hrm->advertisingData.empty());
    // One entry per address.
    for (const ScanResult &r : seen)
        QCOMPARE(std::count_if(seen.cbegin(), seen.cend(),
                               [&](const ScanResult &o) { return o.address == r.address; }),
                 1);
}

void TestAdapter::scanCallbackStopsTheScan()
{
    std::atomic<bool> stopped { false };
    std::string heard;
    const std::vector<ScanResult> seen = m_demo->scan(60s, [&](const ScanResult &r) {
        if (r.name == "EnviroSense" && !stopped.exchange(true)) {
            heard = r.address;
            m_demo->stopScan(); // from the callback thread: ends scan() well before 60 s
        }
    });
    QVERIFY(stopped);
    QCOMPARE(heard, std::string("D3:4A:7C:11:22:33"));
    QVERIFY(!seen.empty());
}

void TestAdapter::connectByNameOrAddress_data()
{
    QTest::addColumn<QString>("device");
    QTest::newRow("name") << QStringLiteral("HRM Strap");
    QTest::newRow("name, other case") << QStringLiteral("hrm strap");
    QTest::newRow("address") << QString::fromStdString(HrmAddress);
    QTest::newRow("address, lower case, no colons") << QStringLiteral("c098e5490001");
}

void TestAdapter::connectByNameOrAddress()
{
    QFETCH(QString, device);
    Adapter adapter("demo"); // a fresh adapter: nothing heard yet, so connect() scans
    Device strap = adapter.connect(device.toStdString());
    QVERIFY(strap.isConnected());
    QCOMPARE(strap.address(), HrmAddress);
    QCOMPARE(strap.name(), std::string("HRM Strap"));
    QCOMPARE(strap.read("2a19"), Bytes { 0x64 });
    // Connecting again returns the same link.
    Device again = adapter.connect(HrmAddress);
    QCOMPARE(again.address(), strap.address());
    QCOMPARE(adapter.devices().size(), size_t(1));
}

void TestAdapter::connectUnknownDevice()
{
    Adapter::ConnectOptions options;
    options.scanTimeout = 700ms;
    const std::optional<NotFoundException> byName
        = thrown<NotFoundException>([&] { m_demo->connect("No Such Device", options); });
    QVERIFY(byName);
    QVERIFY2(std::string(byName->what()).find("No Such Device") != std::string::npos, byName->what());
    const std::optional<NotFoundException> byAddress
        = thrown<NotFoundException>([&] { m_demo->connect("12:34:56:78:9A:BC", options); });
    QVERIFY(byAddress);
    QVERIFY2(std::string(byAddress->what()).find("12:34:56:78:9A:BC") != std::string::npos,
             byAddress->what());
}

void TestAdapter::characteristicsAndDescriptors()
{
    Device strap = m_demo->connect("HRM Strap");
    const std::vector<CharacteristicInfo> all = strap.characteristics();
    QVERIFY(all.size() >= 8);
    QVERIFY(std::is_sorted(all.cbegin(), all.cend(),
                           [](const auto &a, const auto &b) { return a.handle < b.handle; }));
    const CharacteristicInfo hrm = strap.characteristic("2A37");
    QCOMPARE(hrm.uuid, std::string("2A37"));
    QCOMPARE(hrm.serviceUuid, std::string("180D"));
    QCOMPARE(hrm.name, std::string("Heart Rate Measurement"));
    QVERIFY(hrm.has(Property::Notify));
    QVERIFY(!hrm.has(Property::Read));
    const std::vector<DescriptorInfo> descriptors = strap.descriptors(hrm.handle);
    QCOMPARE(descriptors.size(), size_t(1));
    QCOMPARE(descriptors.front().uuid, std::string("2902"));
    QCOMPARE(descriptors.front().name, std::string("Client Characteristic Configuration"));
    QCOMPARE(strap.handle("0x2A37"), hrm.handle);
    QCOMPARE(strap.characteristic(hrm.handle).uuid, std::string("2A37"));
    QVERIFY(thrown<NotFoundException>([&] { strap.characteristic(std::uint16_t(0x7777)); }));
    QVERIFY(thrown<NotFoundException>([&] { strap.handle("2A6E"); })); // EnviroSense has it, not the strap
    // A descriptor is read by its handle.
    QCOMPARE(strap.read(descriptors.front().handle), (Bytes { 0x00, 0x00 }));
}

void TestAdapter::handleAmbiguity()
{
    Adapter::Options options;
    options.demoProfiles = { m_twinProfile.toStdString() };
    Adapter adapter("demo", options);
    Device twin = adapter.connect("Twin Battery");
    const std::optional<AmbiguousUuidException> e
        = thrown<AmbiguousUuidException>([&] { twin.handle("2A19"); });
    QVERIFY(e);
    QCOMPARE(e->kind(), Error::Kind::InvalidArgument);
    QCOMPARE(e->candidates().size(), size_t(2));
    QCOMPARE(e->candidates()[0].serviceUuid, std::string("180F"));
    QVERIFY2(std::string(e->what()).find("ambiguous") != std::string::npos, e->what());
    // Reading by the ambiguous UUID fails the same way; an AmbiguousUuidException is an
    // InvalidArgumentException.
    QVERIFY(thrown<InvalidArgumentException>([&] { twin.read("2a19"); }));
    // The service UUID picks one.
    const std::uint16_t standard = twin.handle("2A19", "180F");
    const std::uint16_t vendor = twin.handle("2A19", "6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10");
    QCOMPARE(standard, e->candidates()[0].handle);
    QCOMPARE(vendor, e->candidates()[1].handle);
    QCOMPARE(twin.read(standard), Bytes { 0x64 });
    QCOMPARE(twin.read(vendor), Bytes { 0x32 });
    QVERIFY(thrown<NotFoundException>([&] { twin.handle("2A19", "180D"); }));
}

void TestAdapter::badUuids()
{
    Device strap = m_demo->connect("HRM Strap");
    for (const char *bad : { "", "zz", "2A19-", "0x", "123456789" }) {
        const std::optional<InvalidArgumentException> e
            = thrown<InvalidArgumentException>([&] { strap.read(bad); });
        QVERIFY2(e, bad);
        QVERIFY(std::string(e->what()).find("UUID") != std::string::npos);
    }
    QVERIFY(thrown<InvalidArgumentException>([&] { bytesFromHex("0g"); }));
    QCOMPARE(bytesFromHex("0a 1B"), (Bytes { 0x0A, 0x1B }));
    QCOMPARE(bytesToHex(Bytes { 0x0A, 0x1B }), std::string("0A 1B"));
}

void TestAdapter::readWrite()
{
    Device motion = m_demo->connect(Motion);
    motion.write(NameValue, bytesOf("with response"));
    QCOMPARE(motion.read(NameValue), bytesOf("with response"));
    motion.write(NameValue, bytesOf("without"), WriteMode::WithoutResponse);
    // Operations on one link run in order: the read comes after the command.
    QCOMPARE(motion.read(NameValue), bytesOf("without"));
    // A value the characteristic cannot take: the peer's ATT error.
    const std::optional<AttException> tooLong
        = thrown<AttException>([&] { motion.write(NameValue, Bytes(65, 'x'), WriteMode::Auto); });
    QVERIFY(tooLong);
    QCOMPARE(tooLong->code(), std::uint16_t(AttError::InvalidAttributeValueLength));
}

void TestAdapter::longReadAndWrite()
{
    Device motion = m_demo->connect(MotionAddress);
    const Bytes ramp = motion.read(LongValue, ReadMode::Long);
    QCOMPARE(ramp.size(), size_t(200));
    for (size_t i = 0; i < ramp.size(); ++i)
        QCOMPARE(ramp[i], std::uint8_t(i));
    QCOMPARE(motion.read(LongValue, ReadMode::Short).size(), size_t(motion.mtu() - 1));
    const Bytes fifty = bytesOf(std::string(50, 'L'));
    motion.write(NameValue, fifty, WriteMode::Long);
    QCOMPARE(motion.read(NameValue, ReadMode::Long), fifty);
}

void TestAdapter::attErrorThenBondWithPasskey()
{
    Adapter adapter("demo");
    Device motion = adapter.connect(Motion);
    const std::optional<AttException> refused = thrown<AttException>([&] { motion.read(Secret); });
    QVERIFY(refused);
    QCOMPARE(refused->kind(), Error::Kind::Att);
    QVERIFY(refused->code() == std::uint16_t(AttError::InsufficientAuthentication)
            || refused->code() == std::uint16_t(AttError::InsufficientEncryption));
    QVERIFY(!refused->name().empty());

    std::atomic<int> asked { 0 };
    motion.bond([&]() -> std::optional<std::uint32_t> {
        ++asked;
        return 123456;
    });
    QCOMPARE(asked.load(), 1);
    QCOMPARE(motion.read(Secret), bytesOf("secret-42"));
}

void TestAdapter::subscribeNotify()
{
    Device motion = m_demo->connect(Motion);
    EventCounter received;
    std::mutex mutex;
    std::vector<ReceivedValue> values;
    motion.subscribe(Accelerometer, [&](const ReceivedValue &v) {
        {
            std::lock_guard lock(mutex);
            values.push_back(v);
        }
        received.add();
    });
    QVERIFY(received.waitFor(20));
    motion.unsubscribe(Accelerometer);
    const int atUnsubscribe = received.count();
    // Not one more call once unsubscribe() returned — two round trips later, still none.
    motion.read(NameValue);
    motion.read(NameValue);
    QCOMPARE(received.count(), atUnsubscribe);
    std::lock_guard lock(mutex);
    const std::uint16_t handle = motion.handle(Accelerometer);
    for (const ReceivedValue &v : values) {
        QCOMPARE(v.handle, handle);
        QCOMPARE(v.value.size(), size_t(6));
        QVERIFY(!v.indication);
        QVERIFY(v.timestampUs > 0);
    }
    // Unsubscribing again does nothing.
    motion.unsubscribe(Accelerometer);
}

void TestAdapter::subscribeIndicate()
{
    Adapter::Options options;
    options.demoProfiles = { m_twinProfile.toStdString() };
    Adapter adapter("demo", options);
    Device twin = adapter.connect("Twin Battery");
    EventCounter received;
    std::atomic<bool> allIndications { true };
    twin.subscribe("1236", [&](const ReceivedValue &v) {
        if (!v.indication)
            allIndications = false;
        received.add();
    });
    QVERIFY(received.waitFor(5));
    QVERIFY(allIndications);
    twin.unsubscribe("1236");
    // Notify-only asked for indications: the peer refuses the CCCD value, or the session
    // knows better — either way a typed error, never silence.
    EventCounter notified;
    twin.subscribe(
        "1237", [&](const ReceivedValue &) { notified.add(); }, SubscribeMode::Notify);
    QVERIFY(notified.waitFor(3));
}

void TestAdapter::subscribeWithoutCccd()
{
    Device strap = m_demo->connect("HRM Strap");
    const std::optional<NotFoundException> e
        = thrown<NotFoundException>([&] { strap.subscribe("2A38", [](const ReceivedValue &) {}); });
    QVERIFY(e);
}

void TestAdapter::callbackCallsBackIntoTheDevice()
{
    Device motion = m_demo->connect(Motion);
    EventCounter done;
    std::mutex mutex;
    std::vector<Bytes> readInCallback;
    std::atomic<int> calls { 0 };
    std::atomic<bool> unsubscribedFromCallback { false };
    const std::uint16_t handle = motion.handle(Accelerometer);
    motion.subscribe(handle, [&](const ReceivedValue &) {
        const int n = ++calls;
        if (n > 3)
            return;
        // Blocking calls from the callback thread: a read, then, the third time,
        // unsubscribing from inside the subscription's own callback.
        const Bytes name = motion.read(NameValue);
        {
            std::lock_guard lock(mutex);
            readInCallback.push_back(name);
        }
        if (n == 3) {
            motion.unsubscribe(handle);
            unsubscribedFromCallback = true;
        }
        done.add();
    });
    QVERIFY2(done.waitFor(3, 10s), "a callback that calls back into the device deadlocked");
    QVERIFY(unsubscribedFromCallback);
    const int afterUnsubscribe = calls.load();
    motion.read(NameValue);
    QCOMPARE(calls.load(), afterUnsubscribe);
    std::lock_guard lock(mutex);
    QCOMPARE(readInCallback.size(), size_t(3));
    QVERIFY(!readInCallback.front().empty());
}

void TestAdapter::fromOtherThreads()
{
    // Connect and read from a std::thread; several threads reading one device at once.
    std::optional<Device> device;
    std::string error;
    std::thread connecting([&] {
        try {
            device = m_demo->connect("EnviroSense");
        } catch (const std::exception &e) {
            error = e.what();
        }
    });
    connecting.join();
    QVERIFY2(device, error.c_str());
    std::atomic<int> good { 0 };
    std::vector<std::thread> readers;
    for (int i = 0; i < 4; ++i) {
        readers.emplace_back([&] {
            for (int j = 0; j < 5; ++j) {
                try {
                    if (device->read("2A19") == Bytes { 0x57 })
                        ++good;
                } catch (const std::exception &) { }
            }
        });
    }
    for (std::thread &t : readers)
        t.join();
    QCOMPARE(good.load(), 20);
}

void TestAdapter::rssiAndMtu()
{
    Device strap = m_demo->connect("HRM Strap");
    const int rssi = strap.rssi();
    QVERIFY2(rssi < 0 && rssi > -127, qPrintable(QString::number(rssi)));
    QVERIFY(strap.mtu() >= 23);
}

void TestAdapter::timeout()
{
    // The dongle answers the second read by handle only after 3 s; the device waits 300 ms.
    const QString faults = writeFile(
        m_dir, QStringLiteral("slow.json"),
        R"({ "faults": [ { "action": "delay-response", "on": "attclient_read_by_handle", "nth": 2, "delayMs": 3000 } ] })");
    Adapter::Options options;
    options.demoProfiles = { m_twinProfile.toStdString(), faults.toStdString() };
    Adapter adapter("demo", options);
    Device twin = adapter.connect("Twin Battery");
    const std::uint16_t handle = twin.handle("2A19", "180F");
    QCOMPARE(twin.read(handle), Bytes { 0x64 });
    twin.setTimeout(300ms);
    QCOMPARE(twin.timeout(), 300ms);
    const std::optional<TimeoutException> e = thrown<TimeoutException>([&] { twin.read(handle); });
    QVERIFY(e);
    QCOMPARE(e->kind(), Error::Kind::Timeout);
}

void TestAdapter::peerDropsTheLinkMidOperation()
{
    const QString faults = writeFile(
        m_dir, QStringLiteral("drop.json"),
        R"({ "faults": [ { "action": "disconnect", "on": "attclient_read_by_handle", "nth": 2, "reason": "0x0213" } ] })");
    Adapter::Options options;
    options.demoProfiles = { m_twinProfile.toStdString(), faults.toStdString() };
    EventCounter gone;
    ErrorInfo reason;
    Adapter adapter("demo", options);
    Device twin = adapter.connect("Twin Battery");
    twin.setDisconnectCallback([&](const ErrorInfo &r) {
        reason = r;
        gone.add();
    });
    const std::uint16_t handle = twin.handle("2A19", "180F");
    QCOMPARE(twin.read(handle), Bytes { 0x64 });
    QVERIFY(thrown<DisconnectedException>([&] { twin.read(handle); }));
    QVERIFY(gone.waitFor(1));
    QCOMPARE(reason.kind, Error::Kind::Controller);
    QCOMPARE(reason.code, std::uint16_t(0x13));
    QVERIFY(!twin.isConnected());
    QCOMPARE(twin.disconnectReason().code, std::uint16_t(0x13));
    QVERIFY(thrown<DisconnectedException>([&] { twin.read(handle); }));
}

void TestAdapter::disconnectAndCallback()
{
    // What callbacks write to outlives the adapter: closing it may still call them.
    EventCounter gone;
    ErrorInfo reason;
    Adapter adapter("demo");
    Device strap = adapter.connect("HRM Strap");
    strap.setDisconnectCallback([&](const ErrorInfo &r) {
        reason = r;
        gone.add();
    });
    strap.disconnect();
    QVERIFY(!strap.isConnected());
    QVERIFY(gone.waitFor(1));
    QCOMPARE(reason.kind, Error::Kind::Controller);
    QCOMPARE(reason.code, std::uint16_t(0x16)); // Connection Terminated By Local Host
    QVERIFY(!reason.text.empty());
    const std::optional<DisconnectedException> e = thrown<DisconnectedException>([&] { strap.read("2a19"); });
    QVERIFY(e);
    strap.disconnect(); // again: nothing happens
    QCOMPARE(gone.count(), 1);
    // Connecting again gives a working link.
    Device again = adapter.connect("HRM Strap");
    QCOMPARE(again.read("2a19"), Bytes { 0x64 });
}

void TestAdapter::closingTheAdapterEndsItsDevices()
{
    std::optional<Device> kept;
    EventCounter gone;
    {
        Adapter adapter("demo");
        kept = adapter.connect("HRM Strap");
        kept->setDisconnectCallback([&](const ErrorInfo &) { gone.add(); });
        adapter.close();
        QVERIFY(!adapter.isOpen());
        QVERIFY(thrown<DisconnectedException>([&] { adapter.connect("HRM Strap"); }));
    }
    QCOMPARE(gone.count(), 1);
    QVERIFY(!kept->isConnected());
    QVERIFY(thrown<DisconnectedException>([&] { kept->read("2a19"); }));
    QVERIFY(!kept->characteristics().empty()); // what discovery found stays readable
}

void TestAdapter::overPtyAndTheSimKilled()
{
#ifndef GATTSCOPE_SIM_PATH
    QSKIP("gattscope-sim is not built on this platform");
#else
    QProcess sim;
    sim.start(QStringLiteral(GATTSCOPE_SIM_PATH), {});
    QVERIFY(sim.waitForStarted(5000));
    QByteArray out;
    const QByteArray marker("serving a virtual BLED112 on ");
    while (!out.contains(marker) || !out.endsWith('\n')) {
        QVERIFY2(sim.waitForReadyRead(5000), "gattscope-sim did not announce its pty");
        out += sim.readAllStandardOutput();
    }
    const QString path = QString::fromLocal8Bit(out.mid(out.indexOf(marker) + marker.size()).trimmed());

    EventCounter beats;
    EventCounter gone;
    ErrorInfo reason;
    Adapter adapter("bgapi:" + path.toStdString());
    QCOMPARE(adapter.name(), std::string("BLED112"));
    Device strap = adapter.connect("HRM Strap");
    QCOMPARE(strap.read("2a19"), Bytes { 0x64 });
    strap.subscribe("2A37", [&](const ReceivedValue &) { beats.add(); });
    QVERIFY(beats.waitFor(1, 5s));
    strap.setDisconnectCallback([&](const ErrorInfo &r) {
        reason = r;
        gone.add();
    });

    sim.kill();
    QVERIFY(sim.waitForFinished(5000));
    QVERIFY(gone.waitFor(1));
    QCOMPARE(reason.kind, Error::Kind::TransportLost);
    const std::optional<DisconnectedException> e = thrown<DisconnectedException>([&] { strap.read("2a19"); });
    QVERIFY(e);
    QVERIFY(!strap.isConnected());
#endif
}

QTEST_GUILESS_MAIN(TestAdapter)
#include "tst_adapter.moc"
