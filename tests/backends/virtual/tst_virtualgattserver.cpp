// SPDX-License-Identifier: MIT
// VirtualGattServer's per-client behaviour, as every fake (virtual dongle, mock org.bluez,
// fake gatttool) uses it: prepared writes, which push a CCCD asks for, indication flow
// control, and the handle count.
#include "support/testprofile.h"

#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualgattserver.h>
#include <gattscope/core/base/error.h>

#include <QTest>

using namespace gattscope;

namespace {

// Test HRM of testprofile.h: 0x08 notify value (CCCD 0x09), 0x0B read-only, 0x0E
// read/write 50-byte ramp (max 100), 0x10 encrypted, 0x12 indicate value (CCCD 0x14).
PeripheralProfile testPeripheral()
{
    return ProfileLoader::loadJson(test::testProfileJson(), QStringLiteral("test"))
        .value()
        .peripherals.first();
}

QByteArray le16(quint16 v)
{
    QByteArray b;
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
    return b;
}

} // namespace

class TestVirtualGattServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributeCount()
    {
        const PeripheralProfile p = testPeripheral();
        // Generic Access 5; 180D: 1 + (2 + CCCD) + 2; custom: 1 + 2 + 2 + (2 + 2901 + CCCD) + 2.
        QCOMPARE(VirtualGattServer::attributeCount(p), qsizetype(0x16));
        QCOMPARE(VirtualGattServer::attributeCount(p, false), qsizetype(0x16 - 5));
        QCOMPARE(VirtualGattServer(p).lastHandle(), quint16(0x16));
    }

    void preparedWrites()
    {
        VirtualGattServer server(testPeripheral());
        VirtualGattServer::ClientState client;
        QCOMPARE(server.prepareWrite(0x0E, 0, "abcd", client), quint8(0));
        QCOMPARE(server.prepareWrite(0x0E, 4, "ef", client), quint8(0));
        QCOMPARE(client.prepareQueue.size(), 2);
        QCOMPARE(server.prepareWrite(0x0B, 0, "x", client), quint8(AttError::WriteNotPermitted));
        QCOMPARE(server.prepareWrite(0x10, 0, "x", client), quint8(AttError::InsufficientAuthentication));
        QCOMPARE(server.prepareWrite(0x99, 0, "x", client), quint8(AttError::InvalidHandle));
        QCOMPARE(client.prepareQueue.size(), 2); // refused parts are not queued
        quint16 handle = 0;
        QCOMPARE(server.executeWrite(true, client, &handle), quint8(0));
        QCOMPARE(handle, quint16(0x0E));
        QVERIFY(client.prepareQueue.isEmpty());
        QByteArray value;
        QCOMPARE(server.read(0x0E, client, &value), quint8(0));
        QCOMPARE(value, QByteArray("abcdef"));

        // Cancelled: nothing changes, the queue is empty.
        QCOMPARE(server.prepareWrite(0x0E, 0, "zz", client), quint8(0));
        QCOMPARE(server.executeWrite(false, client, &handle), quint8(0));
        QVERIFY(client.prepareQueue.isEmpty());
        QCOMPARE(server.read(0x0E, client, &value), quint8(0));
        QCOMPARE(value, QByteArray("abcdef"));

        // A part past the end fails the whole execution, naming its handle.
        QCOMPARE(server.prepareWrite(0x0E, 0, "12", client), quint8(0));
        QCOMPARE(server.prepareWrite(0x0E, 40, "34", client), quint8(0));
        QCOMPARE(server.executeWrite(true, client, &handle), quint8(AttError::InvalidOffset));
        QCOMPARE(handle, quint16(0x0E));
        QCOMPARE(server.read(0x0E, client, &value), quint8(0));
        QCOMPARE(value, QByteArray("abcdef"));

        // An empty queue executes to nothing, about handle 0.
        QCOMPARE(server.executeWrite(true, client, &handle), quint8(0));
        QCOMPARE(handle, quint16(0));

        // The queue holds kMaxPrepareQueue parts.
        for (int i = 0; i < VirtualGattServer::kMaxPrepareQueue; ++i)
            QCOMPARE(server.prepareWrite(0x0E, quint16(i), "x", client), quint8(0));
        QCOMPARE(server.prepareWrite(0x0E, 0, "x", client), quint8(AttError::PrepareQueueFull));
    }

    void pushFor_data()
    {
        QTest::addColumn<int>("valueHandle");
        QTest::addColumn<int>("cccdHandle");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("push");
        using Push = VirtualGattServer::Push;
        QTest::newRow("not subscribed") << 0x08 << 0x09 << 0 << int(Push::None);
        QTest::newRow("notify") << 0x08 << 0x09 << 1 << int(Push::Notify);
        QTest::newRow("indicate") << 0x12 << 0x14 << 2 << int(Push::Indicate);
        QTest::newRow("both: indicate") << 0x12 << 0x14 << 3 << int(Push::Indicate);
        QTest::newRow("other characteristic's CCCD") << 0x12 << 0x09 << 1 << int(Push::None);
        QTest::newRow("not a value handle") << 0x09 << 0x09 << 1 << int(Push::None);
        QTest::newRow("no CCCD") << 0x0B << 0x09 << 1 << int(Push::None);
    }
    void pushFor()
    {
        QFETCH(int, valueHandle);
        QFETCH(int, cccdHandle);
        QFETCH(int, bits);
        QFETCH(int, push);
        const VirtualGattServer server(testPeripheral());
        VirtualGattServer::ClientState client;
        client.cccd.insert(quint16(cccdHandle), quint16(bits));
        QCOMPARE(int(server.pushFor(quint16(valueHandle), client)), push);
    }

    void cccdWritesGoThroughTheServer()
    {
        VirtualGattServer server(testPeripheral());
        VirtualGattServer::ClientState client;
        QCOMPARE(server.write(0x09, le16(1), client), quint8(0));
        QCOMPARE(server.pushFor(0x08, client), VirtualGattServer::Push::Notify);
        QCOMPARE(server.write(0x09, le16(2), client), quint8(AttError::CccdImproperlyConfigured));
        QCOMPARE(server.pushFor(0x08, client), VirtualGattServer::Push::Notify);
        VirtualGattServer::ClientState other; // CCCDs are per client
        QCOMPARE(server.pushFor(0x08, other), VirtualGattServer::Push::None);
    }

    void indicationFlowControl()
    {
        VirtualGattServer::ClientState client;
        QVERIFY(VirtualGattServer::offerIndication(client, 0x12, "a")); // goes out
        QVERIFY(client.indicationInFlight);
        QVERIFY(!VirtualGattServer::offerIndication(client, 0x12, "b")); // waits
        QVERIFY(!VirtualGattServer::offerIndication(client, 0x20, "x"));
        QVERIFY(!VirtualGattServer::offerIndication(client, 0x12, "c")); // replaces "b"
        QCOMPARE(client.waitingIndications.size(), 2);
        std::optional<VirtualGattServer::HandleValue> next = VirtualGattServer::confirmIndication(client);
        QVERIFY(next);
        QCOMPARE(next->handle, quint16(0x12));
        QCOMPARE(next->value, QByteArray("c"));
        QVERIFY(client.indicationInFlight);
        next = VirtualGattServer::confirmIndication(client);
        QVERIFY(next);
        QCOMPARE(next->handle, quint16(0x20));
        QVERIFY(!VirtualGattServer::confirmIndication(client));
        QVERIFY(!client.indicationInFlight);
        QVERIFY(VirtualGattServer::offerIndication(client, 0x12, "d"));
    }
};

QTEST_GUILESS_MAIN(TestVirtualGattServer)
#include "tst_virtualgattserver.moc"
