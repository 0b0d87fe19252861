// SPDX-License-Identifier: MIT
// Traffic-log entries → btsnoop records: which ATT PDUs (Core spec Vol 3 Part F §3.4) and
// HCI events (Vol 4 Part E §7.7.5, §7.7.65.1) each logged operation becomes.
#include <gattscope/core/export/btsnoopwriter.h>
#include <gattscope/core/export/trafficbtsnoopexporter.h>
#include <gattscope/ui/log/trafficlogmodel.h>

#include <QBuffer>
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
    e.device = Device;
    e.handle = handle;
    e.direction = direction;
    e.value = value;
    e.error = error;
    e.attError = attError;
    return e;
}

// "S:0a0b00" per packet: direction (S sent / R received / E event received) and the ATT
// PDU (ACL) or the whole HCI event after the H4 type byte.
QStringList describe(const QList<TrafficBtsnoopExporter::Packet> &packets)
{
    QStringList out;
    for (const auto &p : packets) {
        if (p.event)
            out << QStringLiteral("E:") + QString::fromLatin1(p.h4.mid(1).toHex());
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
        const QList<TrafficBtsnoopExporter::Packet> packets = exporter.packetsFor(entry);
        QCOMPARE(describe(packets).join(u' '), expected);
        for (const auto &p : packets) {
            QCOMPARE(p.timestampUs, entry.timestampUs);
            if (!p.event) {
                // ACL header: handle 0 with PB=10, length = L2CAP header + PDU; L2CAP CID 4.
                QCOMPARE(quint8(p.h4[0]), quint8(0x02));
                QCOMPARE(qFromLittleEndian<quint16>(p.h4.constData() + 1), quint16(0x2000));
                QCOMPARE(int(qFromLittleEndian<quint16>(p.h4.constData() + 3)), int(p.h4.size() - 5));
                QCOMPARE(qFromLittleEndian<quint16>(p.h4.constData() + 7), quint16(0x0004));
            }
        }
    }

    void devicesGetTheirOwnConnectionHandles()
    {
        TrafficBtsnoopExporter exporter;
        TrafficEntry a = op(TrafficEntry::Direction::Notification, 8, QByteArray("a"));
        TrafficEntry b = a;
        b.device = QStringLiteral("E1:77:6A:00:00:07");
        const auto handleOf = [&](const TrafficEntry &e) {
            return qFromLittleEndian<quint16>(exporter.packetsFor(e).first().h4.constData() + 1) & 0x0FFF;
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
        QCOMPARE(records.value(), 3);
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
        QCOMPARE(flags, (QList<quint32> { 0, 1, 1 })); // request sent, response and notification received

        // Only the given (filtered) rows.
        QBuffer some;
        some.open(QIODevice::WriteOnly);
        const Result<int> some1 = model.writeBtsnoop(&some, { 1 });
        QVERIFY(some1.ok());
        QCOMPARE(some1.value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrafficBtsnoop)
#include "tst_trafficbtsnoop.moc"
