// SPDX-License-Identifier: MIT
// Traffic-log entries → btsnoop records: which ATT PDUs (Core spec Vol 3 Part F §3.4) and
// HCI events (Vol 4 Part E §7.7.5, §7.7.65.1) each logged operation becomes.
#include <gattscope/core/export/btsnoopwriter.h>
#include <gattscope/core/export/trafficbtsnoopexporter.h>
#include <gattscope/ui/log/trafficlogmodel.h>

#include <QBuffer>
#include <QSet>
#include <QtEndian>
#include <QTest>

using namespace gattscope;

namespace {
const QString Device = QStringLiteral("C0:98:E5:49:00:01");
constexpr int AclHeader = 1 + 4 + 4; // H4 type, HCI ACL header, L2CAP basic header

TrafficEntry op(TrafficEntry::Direction direction, quint16 handle, const QByteArray &value,
                const QString &error = {}, quint8 attError = 0)
{
    TrafficEntry e;
    e.timestampUs = 1700000000000000;
    if (direction != TrafficEntry::Direction::Event && direction != TrafficEntry::Direction::Notification
        && direction != TrafficEntry::Direction::Indication)
        e.requestTimestampUs = e.timestampUs - 1500; // sent 1.5 ms before the answer
    e.device = Device;
    e.handle = handle;
    e.direction = direction;
    e.value = value;
    e.error = error;
    e.attError = attError;
    return e;
}

Characteristic characteristic(quint16 declaration, quint16 end, const Uuid &uuid,
                              CharacteristicProperties properties, QList<Descriptor> descriptors = {})
{
    Characteristic c;
    c.declarationHandle = declaration;
    c.valueHandle = quint16(declaration + 1);
    c.endHandle = end;
    c.uuid = uuid;
    c.properties = properties;
    c.descriptors = std::move(descriptors);
    return c;
}

Service service(quint16 start, quint16 end, const Uuid &uuid, QList<Characteristic> characteristics)
{
    Service s;
    s.startHandle = start;
    s.endHandle = end;
    s.uuid = uuid;
    s.characteristics = std::move(characteristics);
    return s;
}

const Uuid VendorService = *Uuid::fromString(u"6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid VendorValue = *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");

// Generic Access (1–5), Heart Rate (6–0x0B: the measurement with its CCCD, the sensor
// location) and a vendor service with a 128-bit UUID (0x0C–0x0E).
GattDatabase smallDatabase()
{
    using P = CharacteristicProperty;
    return GattDatabase({
        service(0x0001, 0x0005, Uuid(0x1800),
                { characteristic(0x0002, 0x0003, Uuid(0x2A00), P::Read),
                  characteristic(0x0004, 0x0005, Uuid(0x2A01), P::Read) }),
        service(0x0006, 0x000B, Uuid(0x180D),
                { characteristic(
                      0x0007, 0x0009, Uuid(0x2A37), P::Notify,
                      { Descriptor { 0x0009, GattUuid::ClientCharacteristicConfiguration, {}, false } }),
                  characteristic(0x000A, 0x000B, Uuid(0x2A38), P::Read) }),
        service(0x000C, 0x000E, VendorService,
                { characteristic(0x000D, 0x000E, VendorValue, P::Read | P::Write) }),
    });
}

TrafficEntry eventEntry(TrafficEntry::Event kind, qint64 timestampUs = 1700000000000000)
{
    TrafficEntry e = op(TrafficEntry::Direction::Event, 0, {});
    e.timestampUs = timestampUs;
    e.event = kind;
    return e;
}

// "S:0a0b00" per packet: direction (S sent / R received / E event received / C command
// sent) and the ATT PDU (ACL) or the whole HCI event or command after the H4 type byte.
QStringList describe(const QList<TrafficBtsnoopExporter::Packet> &packets)
{
    QStringList out;
    for (const auto &p : packets) {
        if (p.event)
            out << (p.direction == BtsnoopWriter::Direction::Sent ? QStringLiteral("C:")
                                                                  : QStringLiteral("E:"))
                    + QString::fromLatin1(p.h4.mid(1).toHex());
        else
            out << (p.direction == BtsnoopWriter::Direction::Sent ? QStringLiteral("S:")
                                                                  : QStringLiteral("R:"))
                    + QString::fromLatin1(p.h4.mid(AclHeader).toHex());
    }
    return out;
}
} // namespace

class TestTrafficBtsnoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packets_data()
    {
        QTest::addColumn<TrafficEntry>("entry");
        QTest::addColumn<QString>("expected"); // describe() joined by spaces
        using D = TrafficEntry::Direction;
        QByteArray ramp50;
        for (int i = 0; i < 50; ++i)
            ramp50.append(char(i));
        const auto hex = [](const QByteArray &b) {
            return QString::fromLatin1(b.toHex());
        };

        QTest::newRow("read") << op(D::Read, 0x000B, QByteArray::fromHex("01"))
                              << QStringLiteral("S:0a0b00 R:0b01");
        QTest::newRow("read 22 bytes: one response")
            << op(D::Read, 0x0010, ramp50.left(22)) << QStringLiteral("S:0a1000 R:0b") + hex(ramp50.left(22));
        QTest::newRow("read long: blob reads at 22, 44")
            << op(D::Read, 0x0010, ramp50)
            << QStringLiteral("S:0a1000 R:0b") + hex(ramp50.left(22)) + QStringLiteral(" S:0c10001600 R:0d")
                + hex(ramp50.mid(22, 22)) + QStringLiteral(" S:0c10002c00 R:0d") + hex(ramp50.mid(44));
        QTest::newRow("read refused: error response")
            << op(D::Read, 0x0020, {}, QStringLiteral("ATT error 0x05"), 0x05)
            << QStringLiteral("S:0a2000 R:010a200005");
        QTest::newRow("read timed out: request only")
            << op(D::Read, 0x0020, {}, QStringLiteral("Timeout")) << QStringLiteral("S:0a2000");
        QTest::newRow("write") << op(D::Write, 0x0009, QByteArray::fromHex("0100"))
                               << QStringLiteral("S:1209000100 R:13");
        QTest::newRow("write empty value") << op(D::Write, 0x0009, {}) << QStringLiteral("S:120900 R:13");
        QTest::newRow("write refused")
            << op(D::Write, 0x0012, QByteArray::fromHex("41"), QStringLiteral("ATT error 0x03"), 0x03)
            << QStringLiteral("S:12120041 R:0112120003");
        QTest::newRow("write long: prepared in 18-byte parts") << op(D::Write, 0x0012, ramp50.left(40))
                                                               << QStringLiteral("S:1612000000")
                + hex(ramp50.left(18)) + QStringLiteral(" R:1712000000") + hex(ramp50.left(18))
                + QStringLiteral(" S:1612001200") + hex(ramp50.mid(18, 18)) + QStringLiteral(" R:1712001200")
                + hex(ramp50.mid(18, 18)) + QStringLiteral(" S:1612002400") + hex(ramp50.mid(36, 4))
                + QStringLiteral(" R:1712002400") + hex(ramp50.mid(36, 4)) + QStringLiteral(" S:1801 R:19");
        QTest::newRow("write long refused: error answers the execute")
            << op(D::Write, 0x0012, ramp50.left(21), QStringLiteral("ATT error 0x0D"), 0x0D)
            << QStringLiteral("S:1612000000") + hex(ramp50.left(18)) + QStringLiteral(" R:1712000000")
                + hex(ramp50.left(18)) + QStringLiteral(" S:1612001200") + hex(ramp50.mid(18, 3))
                + QStringLiteral(" R:1712001200") + hex(ramp50.mid(18, 3))
                + QStringLiteral(" S:1801 R:011812000d");
        QTest::newRow("write command")
            << op(D::WriteCommand, 0x0012, QByteArray("hi")) << QStringLiteral("S:5212006869");
        QTest::newRow("write command failed locally: nothing")
            << op(D::WriteCommand, 0x0012, QByteArray("hi"), QStringLiteral("Disconnected")) << QString();
        QTest::newRow("notification") << op(D::Notification, 0x0008, QByteArray::fromHex("16485503"))
                                      << QStringLiteral("R:1b080016485503");
        QTest::newRow("indication and its confirmation")
            << op(D::Indication, 0x0030, QByteArray::fromHex("01000000"))
            << QStringLiteral("R:1d300001000000 S:1e");

        TrafficEntry connected = op(D::Event, 0, {});
        connected.event = TrafficEntry::Event::Connected;
        connected.randomAddress = true;
        // LE Meta (3E), 19 parameter bytes: subevent 01, status 00, handle 0000, role 00
        // (central), peer address type 01 (random), address LSB first, interval 0x0028,
        // latency 0, supervision timeout 0x0064, clock accuracy 00.
        QTest::newRow("connected") << connected
                                   << QStringLiteral("E:3e130100000000010100"
                                                     "49e598c0"
                                                     "2800"
                                                     "0000"
                                                     "6400"
                                                     "00");
        TrafficEntry disconnected = op(D::Event, 0, {});
        disconnected.event = TrafficEntry::Event::Disconnected;
        disconnected.hciReason = 0x08;
        // Disconnection Complete (05), 4 bytes: status 00, handle 0000, reason 08.
        QTest::newRow("disconnected") << disconnected << QStringLiteral("E:050400000008");
        TrafficEntry unknownReason = disconnected;
        unknownReason.hciReason = 0;
        QTest::newRow("disconnected, reason unknown") << unknownReason << QStringLiteral("E:05040000001f");
        TrafficEntry other = op(D::Event, 0, {});
        other.name = QStringLiteral("Discovered 4 services");
        QTest::newRow("other event: nothing") << other << QString();
        TrafficEntry dongle = op(D::Event, 0, {});
        dongle.device.clear();
        QTest::newRow("no device: nothing") << dongle << QString();
        TrafficEntry garbage = op(D::Read, 1, QByteArray("x"));
        garbage.device = QStringLiteral("not an address");
        QTest::newRow("malformed device: nothing") << garbage << QString();
    }

    void packets()
    {
        QFETCH(TrafficEntry, entry);
        QFETCH(QString, expected);
        TrafficBtsnoopExporter exporter;
        if (entry.direction != TrafficEntry::Direction::Event)
            exporter.packetsFor(eventEntry(TrafficEntry::Event::Connected)); // the link is open
        const QList<TrafficBtsnoopExporter::Packet> packets = exporter.packetsFor(entry);
        QCOMPARE(describe(packets).join(u' '), expected);
        if (packets.isEmpty())
            return;
        // A request goes out at its own time; the peer's packets at the entry's time (the last
        // response) and after it (a confirmation); strictly increasing in between.
        const bool request = packets.first().direction == BtsnoopWriter::Direction::Sent;
        QCOMPARE(packets.first().timestampUs, request ? entry.requestTimestampUs : entry.timestampUs);
        if (request && packets.size() > 1)
            QCOMPARE(packets.last().timestampUs, entry.timestampUs);
        for (qsizetype i = 1; i < packets.size(); ++i)
            QVERIFY(packets.at(i).timestampUs > packets.at(i - 1).timestampUs);
        for (const auto &p : packets) {
            if (!p.event) {
                // ACL header: handle 0 with PB=10, length = L2CAP header + PDU; L2CAP CID 4.
                QCOMPARE(quint8(p.h4[0]), quint8(0x02));
                QCOMPARE(qFromLittleEndian<quint16>(p.h4.constData() + 1), quint16(0x2000));
                QCOMPARE(int(qFromLittleEndian<quint16>(p.h4.constData() + 3)), int(p.h4.size() - 5));
                QCOMPARE(qFromLittleEndian<quint16>(p.h4.constData() + 7), quint16(0x0004));
            }
        }
    }

    // The discovery exchange of smallDatabase() at MTU 23, byte for byte (Core spec Vol 3
    // Part G §4.4.1 Discover All Primary Services, §4.6.1 Discover All Characteristics of a
    // Service, §4.7.1 Discover All Characteristic Descriptors; PDUs Part F §3.4).
    void discoveryExchangeOfASmallDatabase()
    {
        const QString vendorService = QStringLiteral("109f0e1d2c5a4b9e3e4f3a8c0100776a");
        const QString vendorValue = QStringLiteral("109f0e1d2c5a4b9e3e4f3a8c0200776a");
        const QStringList expected {
            // Read By Group Type 0x2800 over 0x0001–0xFFFF: the two 16-bit services (6-byte
            // rows) in one response; the 128-bit one needs its own (20-byte rows); then
            // Attribute Not Found.
            QStringLiteral("100100ffff0028"),
            QStringLiteral("1106 0100 0500 0018 0600 0b00 0d18"),
            QStringLiteral("100c00ffff0028"),
            QStringLiteral("11140c000e00") + vendorService,
            QStringLiteral("100f00ffff0028"),
            QStringLiteral("0110 0f00 0a"),
            // Read By Type 0x2803 per service: rows of handle, properties, value handle, UUID.
            QStringLiteral("08010005000328"),
            QStringLiteral("0907 0200 02 0300 002a 0400 02 0500 012a"),
            QStringLiteral("08050005000328"),
            QStringLiteral("0108 0500 0a"),
            QStringLiteral("0806000b000328"),
            QStringLiteral("0907 0700 10 0800 372a 0a00 02 0b00 382a"),
            QStringLiteral("080b000b000328"),
            QStringLiteral("0108 0b00 0a"),
            QStringLiteral("080c000e000328"),
            QStringLiteral("0915 0d00 0a 0e00") + vendorValue,
            QStringLiteral("080e000e000328"),
            QStringLiteral("0108 0e00 0a"),
            // Find Information over the measurement's descriptor range 0x0009–0x0009: the
            // CCCD, format 1 (16-bit). The others have no descriptor range.
            QStringLiteral("0409000900"),
            QStringLiteral("0501 0900 0229"),
        };
        QStringList got;
        for (const QByteArray &pdu : TrafficBtsnoopExporter::discoveryExchange(smallDatabase(), 23))
            got << QString::fromLatin1(pdu.toHex());
        QStringList want;
        for (QString e : expected)
            want << e.remove(u' ');
        QCOMPARE(got, want);
    }

    // Many attributes, two MTUs: responses never exceed the MTU, requests and responses
    // alternate, and every handle is announced exactly once.
    void discoveryExchangeFitsTheMtu_data()
    {
        QTest::addColumn<int>("mtu");
        QTest::newRow("23") << 23;
        QTest::newRow("64") << 64;
        QTest::newRow("247") << 247;
    }
    void discoveryExchangeFitsTheMtu()
    {
        QFETCH(int, mtu);
        using P = CharacteristicProperty;
        QList<Service> services;
        quint16 h = 1;
        for (int s = 0; s < 7; ++s) {
            const quint16 start = h++;
            QList<Characteristic> chars;
            for (int c = 0; c < 5; ++c) {
                const quint16 declaration = h;
                QList<Descriptor> descriptors;
                for (int d = 0; d < c; ++d) // 0…4 descriptors, the last one 128-bit
                    descriptors << Descriptor { quint16(declaration + 2 + d),
                                                d == 3 ? VendorValue : Uuid(quint16(0x2900 + d)),
                                                {},
                                                false };
                h = quint16(declaration + 2 + c);
                chars << characteristic(declaration, quint16(h - 1),
                                        c == 2 ? VendorValue : Uuid(quint16(0x2A00 + c)), P::Read | P::Notify,
                                        descriptors);
            }
            services << service(start, quint16(h - 1), s == 3 ? VendorService : Uuid(quint16(0x1800 + s)),
                                chars);
        }
        const QList<QByteArray> pdus = TrafficBtsnoopExporter::discoveryExchange(GattDatabase(services), mtu);
        QVERIFY(pdus.size() % 2 == 0);
        QSet<quint16> announced;
        for (qsizetype i = 0; i < pdus.size(); i += 2) {
            const QByteArray &request = pdus.at(i);
            const QByteArray &response = pdus.at(i + 1);
            QVERIFY(response.size() <= mtu);
            QVERIFY(quint8(response[0]) == quint8(request[0]) + 1 || quint8(response[0]) == 0x01);
            if (quint8(response[0]) == 0x05) { // Find Information: handle + 2 or 16 bytes
                const int row = response[1] == 0x01 ? 4 : 18;
                for (qsizetype at = 2; at < response.size(); at += row) {
                    const quint16 handle = qFromLittleEndian<quint16>(response.constData() + at);
                    QVERIFY2(!announced.contains(handle), qPrintable(QString::number(handle)));
                    announced << handle;
                }
            } else if (quint8(response[0]) == 0x09 || quint8(response[0]) == 0x11) {
                const int row = quint8(response[1]);
                QCOMPARE((response.size() - 2) % row, 0);
                for (qsizetype at = 2; at < response.size(); at += row) {
                    const quint16 handle = qFromLittleEndian<quint16>(response.constData() + at);
                    QVERIFY(!announced.contains(handle));
                    announced << handle;
                    if (quint8(response[0]) == 0x09) { // the declaration announces its value too
                        announced << qFromLittleEndian<quint16>(response.constData() + at + 3);
                    }
                }
            }
        }
        // Every handle from 1 to the last is a service, declaration, value or descriptor.
        QCOMPARE(announced.size(), int(h - 1));
    }

    // A whole link as the GUI's log holds it: the dongle's address first, the link, the
    // discovery exchange at the Discovered entry, the operations, the disconnect. Times never
    // go backwards; synthesized packets come just before the entry that needed them.
    void aLinkFromConnectionToDisconnection()
    {
        TrafficBtsnoopExporter exporter;
        const qint64 t0 = 1700000000000000;
        TrafficEntry connected = eventEntry(TrafficEntry::Event::Connected, t0);
        connected.localAddress = DeviceAddress(0x000780A1B2C3ull);
        TrafficEntry discovered = eventEntry(TrafficEntry::Event::Discovered, t0 + 80000);
        discovered.database = std::make_shared<const GattDatabase>(smallDatabase());
        discovered.mtu = 23;
        TrafficEntry subscribe = op(TrafficEntry::Direction::Write, 0x0009, QByteArray::fromHex("0100"));
        subscribe.timestampUs = t0 + 100000;
        subscribe.requestTimestampUs = t0 + 98000;
        TrafficEntry value = op(TrafficEntry::Direction::Notification, 0x0008, QByteArray::fromHex("0648"));
        value.timestampUs = t0 + 200000;
        TrafficEntry gone = eventEntry(TrafficEntry::Event::Disconnected, t0 + 300000);
        gone.hciReason = 0x16;

        QList<TrafficBtsnoopExporter::Packet> packets;
        for (const TrafficEntry &e : { connected, discovered, subscribe, value, gone })
            packets += exporter.packetsFor(e);
        const QStringList described = describe(packets);
        const qsizetype exchange = TrafficBtsnoopExporter::discoveryExchange(smallDatabase()).size();
        QCOMPARE(described.size(), 2 + 1 + exchange + 2 + 1 + 1);
        // Read_BD_ADDR (opcode 0x1009), its Command Complete with 00:07:80:A1:B2:C3 LSB first.
        QCOMPARE(described.at(0), QStringLiteral("C:091000"));
        QCOMPARE(described.at(1), QStringLiteral("E:0e0a01091000c3b2a1800700"));
        QVERIFY(described.at(2).startsWith(QStringLiteral("E:3e1301")));
        QCOMPARE(described.at(3), QStringLiteral("S:100100ffff0028"));
        QCOMPARE(described.at(3 + exchange), QStringLiteral("S:1209000100"));
        QCOMPARE(described.at(4 + exchange), QStringLiteral("R:13"));
        QCOMPARE(described.at(5 + exchange), QStringLiteral("R:1b08000648"));
        QCOMPARE(described.last(), QStringLiteral("E:050400000016"));

        QCOMPARE(packets.at(0).timestampUs, t0 - 2); // before the Connection Complete
        QCOMPARE(packets.at(2).timestampUs, t0);
        QCOMPARE(packets.at(2 + exchange).timestampUs, discovered.timestampUs); // the last response
        QCOMPARE(packets.at(3 + exchange).timestampUs, subscribe.requestTimestampUs);
        QCOMPARE(packets.at(4 + exchange).timestampUs, subscribe.timestampUs);
        for (qsizetype i = 1; i < packets.size(); ++i)
            QVERIFY(packets.at(i).timestampUs > packets.at(i - 1).timestampUs);
    }

    // The CLI's capture starts after discovery: the exporter knows the database and the
    // dongle beforehand and replays both before the first packet of the device.
    void aCaptureThatStartsAfterDiscovery()
    {
        TrafficBtsnoopExporter exporter;
        exporter.setLocalAddress(DeviceAddress(0x000780A1B2C3ull));
        exporter.setDatabase(Device, smallDatabase());
        const TrafficEntry value
            = op(TrafficEntry::Direction::Notification, 0x0008, QByteArray::fromHex("0648"));
        const QList<TrafficBtsnoopExporter::Packet> packets = exporter.packetsFor(value);
        const qsizetype exchange = TrafficBtsnoopExporter::discoveryExchange(smallDatabase()).size();
        const QStringList described = describe(packets);
        QCOMPARE(described.size(), 2 + 1 + exchange + 1);
        QCOMPARE(described.at(0), QStringLiteral("C:091000"));
        // The link, synthesized: handle 0, central, peer C0:98:E5:49:00:01 (public: the log's
        // text does not say otherwise).
        QCOMPARE(described.at(2), QStringLiteral("E:3e13010000000000010049e598c028000000640000"));
        QCOMPARE(described.last(), QStringLiteral("R:1b08000648"));
        QCOMPARE(packets.last().timestampUs, value.timestampUs);
        QCOMPARE(packets.at(packets.size() - 2).timestampUs, value.timestampUs - 1);
        // Only once per link.
        QCOMPARE(describe(exporter.packetsFor(value)), QStringList { QStringLiteral("R:1b08000648") });
    }

    // Without the send time (a poller's read), the request is put just before its response.
    void aRequestWithoutSendTime()
    {
        TrafficBtsnoopExporter exporter;
        exporter.packetsFor(eventEntry(TrafficEntry::Event::Connected));
        TrafficEntry read = op(TrafficEntry::Direction::Read, 0x000B, QByteArray::fromHex("01"));
        read.requestTimestampUs = 0;
        const QList<TrafficBtsnoopExporter::Packet> packets = exporter.packetsFor(read);
        QCOMPARE(packets.size(), 2);
        QCOMPARE(packets.at(0).timestampUs, read.timestampUs - 1);
        QCOMPARE(packets.at(1).timestampUs, read.timestampUs);
    }

    // A larger MTU: Exchange MTU before discovery, and long values split at that MTU.
    void aLargerMtu()
    {
        TrafficBtsnoopExporter exporter;
        TrafficEntry discovered = eventEntry(TrafficEntry::Event::Discovered);
        discovered.database = std::make_shared<const GattDatabase>(smallDatabase());
        discovered.mtu = 65;
        const QStringList described = describe(exporter.packetsFor(discovered));
        QVERIFY(described.at(0).startsWith(QStringLiteral("E:3e13"))); // the link, synthesized
        QCOMPARE(described.at(1), QStringLiteral("S:024100"));
        QCOMPARE(described.at(2), QStringLiteral("R:034100"));
        QCOMPARE(described.size(), 3 + TrafficBtsnoopExporter::discoveryExchange(smallDatabase(), 65).size());
        QByteArray fifty(50, 'x');
        QCOMPARE(describe(exporter.packetsFor(op(TrafficEntry::Direction::Read, 0x000E, fifty))),
                 (QStringList { QStringLiteral("S:0a0e00"),
                                QStringLiteral("R:0b") + QString::fromLatin1(fifty.toHex()) }));
    }

    void devicesGetTheirOwnConnectionHandles()
    {
        TrafficBtsnoopExporter exporter;
        TrafficEntry a = op(TrafficEntry::Direction::Notification, 8, QByteArray("a"));
        TrafficEntry b = a;
        b.device = QStringLiteral("E1:77:6A:00:00:07");
        const auto handleOf = [&](const TrafficEntry &e) {
            return qFromLittleEndian<quint16>(exporter.packetsFor(e).last().h4.constData() + 1) & 0x0FFF;
        };
        QCOMPARE(handleOf(a), 0);
        QCOMPARE(handleOf(b), 1);
        QCOMPARE(handleOf(a), 0);
    }

    void modelWritesAFileWiresharkReads()
    {
        TrafficLogModel model;
        model.append(op(TrafficEntry::Direction::Read, 0x000B, QByteArray::fromHex("01")));
        model.append(op(TrafficEntry::Direction::Notification, 0x0008, QByteArray::fromHex("1648")));
        TrafficEntry other;
        other.name = QStringLiteral("Dongle error");
        model.append(other);
        model.flush();
        QCOMPARE(model.rowCount(), 3);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result<int> records = model.writeBtsnoop(&buffer, {});
        QVERIFY(records.ok());
        QCOMPARE(records.value(), 4); // the link (synthesized), request, response, notification
        const QByteArray file = buffer.data();
        QCOMPARE(file.left(8), QByteArray("btsnoop\0", 8));
        QCOMPARE(qFromBigEndian<quint32>(file.constData() + 8), quint32(1));
        QCOMPARE(qFromBigEndian<quint32>(file.constData() + 12), quint32(1002));
        // Walk the records: lengths add up exactly, flags carry the direction.
        qsizetype at = BtsnoopWriter::kFileHeaderSize;
        QList<quint32> flags;
        while (at < file.size()) {
            const quint32 length = qFromBigEndian<quint32>(file.constData() + at);
            QCOMPARE(qFromBigEndian<quint32>(file.constData() + at + 4), length);
            flags << qFromBigEndian<quint32>(file.constData() + at + 8);
            at += BtsnoopWriter::kRecordHeaderSize + length;
        }
        QCOMPARE(at, file.size());
        // The link's event received, request sent, response and notification received.
        QCOMPARE(flags, (QList<quint32> { 3, 0, 1, 1 }));

        // Only the given (filtered) rows.
        QBuffer some;
        some.open(QIODevice::WriteOnly);
        const Result<int> some1 = model.writeBtsnoop(&some, { 1 });
        QVERIFY(some1.ok());
        QCOMPARE(some1.value(), 2); // the link, the notification
    }

    // Exporting part of the log (a filter that shows only notifications) still gives
    // Wireshark the dongle, the link and the discovery: the model learns them from every row.
    void partOfTheLogStillCarriesDiscovery()
    {
        TrafficLogModel model;
        TrafficEntry connected = eventEntry(TrafficEntry::Event::Connected);
        connected.localAddress = DeviceAddress(0x000780A1B2C3ull);
        TrafficEntry discovered = eventEntry(TrafficEntry::Event::Discovered, connected.timestampUs + 50000);
        discovered.database = std::make_shared<const GattDatabase>(smallDatabase());
        discovered.mtu = 23;
        TrafficEntry value = op(TrafficEntry::Direction::Notification, 0x0008, QByteArray::fromHex("0648"));
        value.timestampUs = connected.timestampUs + 90000;
        model.appendBatch({ connected, discovered, value });
        model.flush();
        QCOMPARE(model.rowCount(), 3);
        const int exchange = int(TrafficBtsnoopExporter::discoveryExchange(smallDatabase()).size());

        QBuffer some;
        some.open(QIODevice::WriteOnly);
        const Result<int> records = model.writeBtsnoop(&some, { 2 });
        QVERIFY(records.ok());
        QCOMPARE(records.value(), 2 + 1 + exchange + 1); // address, link, discovery, the value

        // Also after the log was cleared: the model keeps what a capture needs.
        model.clear();
        model.append(value);
        model.flush();
        QBuffer later;
        later.open(QIODevice::WriteOnly);
        const Result<int> again = model.writeBtsnoop(&later, {});
        QVERIFY(again.ok());
        QCOMPARE(again.value(), 2 + 1 + exchange + 1);
    }
};

QTEST_GUILESS_MAIN(TestTrafficBtsnoop)
#include "tst_trafficbtsnoop.moc"
