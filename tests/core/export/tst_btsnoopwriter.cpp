// SPDX-License-Identifier: MIT
#include <gattscope/core/export/btsnoopwriter.h>
#include <gattscope/core/gatt/attpdu.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace gattscope;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

quint32 be32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b.at(at))) << 24 | quint32(quint8(b.at(at + 1))) << 16
        | quint32(quint8(b.at(at + 2))) << 8 | quint32(quint8(b.at(at + 3)));
}

quint64 be64(const QByteArray &b, qsizetype at)
{
    return quint64(be32(b, at)) << 32 | be32(b, at + 4);
}

struct Record
{
    quint32 originalLength = 0;
    quint32 includedLength = 0;
    quint32 flags = 0;
    quint32 drops = 0;
    quint64 timestamp = 0;
    QByteArray packet;
};

// Splits a btsnoop file after its header into records; stops at the first short one.
QList<Record> parseRecords(const QByteArray &file)
{
    QList<Record> records;
    qsizetype pos = BtsnoopWriter::kFileHeaderSize;
    while (pos + BtsnoopWriter::kRecordHeaderSize <= file.size()) {
        Record r;
        r.originalLength = be32(file, pos);
        r.includedLength = be32(file, pos + 4);
        r.flags = be32(file, pos + 8);
        r.drops = be32(file, pos + 12);
        r.timestamp = be64(file, pos + 16);
        pos += BtsnoopWriter::kRecordHeaderSize;
        if (pos + r.includedLength > file.size())
            break;
        r.packet = file.mid(pos, r.includedLength);
        pos += r.includedLength;
        records.append(r);
    }
    return records;
}

} // namespace

class TestBtsnoopWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ATT PDUs, bytes from Core spec Vol 3 Part F §3.4 (little-endian fields).
    void attPdus_data()
    {
        QTest::addColumn<QByteArray>("pdu");
        QTest::addColumn<QByteArray>("expected");
        using namespace AttPdu;
        QTest::newRow("error response")
            << errorResponse(AttOpcode::ReadRequest, 0x000E, 0x05) << hex("010a0e0005");
        QTest::newRow("mtu request") << exchangeMtuRequest(247) << hex("02f700");
        QTest::newRow("mtu response") << exchangeMtuResponse(23) << hex("031700");
        QTest::newRow("find information request")
            << findInformationRequest(0x0001, 0xFFFF) << hex("040100ffff");
        QTest::newRow("find information response 16-bit")
            << findInformationResponse({ { 0x0003, Uuid(0x2902) }, { 0x0004, Uuid(0x2901) } })
            << hex("0501 0300 0229 0400 0129");
        const Uuid custom = *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");
        QTest::newRow("find information response mixed → 128-bit")
            << findInformationResponse({ { 0x0010, Uuid(0x2902) }, { 0x0011, custom } })
            << hex("0502 1000 fb349b5f80000080001000000229 0000"
                   "1100 109f0e1d2c5a4b9e3e4f3a8c0200776a");
        QTest::newRow("find by type value request")
            << findByTypeValueRequest(0x0001, 0xFFFF, 0x2800, hex("0d18")) << hex("060100ffff00280d18");
        QTest::newRow("find by type value response")
            << findByTypeValueResponse({ { 0x000C, 0x0011 } }) << hex("070c001100");
        QTest::newRow("read by type request")
            << readByTypeRequest(0x0001, 0xFFFF, Uuid(0x2803)) << hex("080100ffff0328");
        QTest::newRow("read by type request 128-bit") << readByTypeRequest(0x0001, 0x0005, custom)
                                                      << hex("0801000500 109f0e1d2c5a4b9e3e4f3a8c0200776a");
        QTest::newRow("read by type response")
            << readByTypeResponse({ { 0x0002, hex("020300002a") }, { 0x0004, hex("020500012a") } })
            << hex("0907 0200 020300002a 0400 020500012a");
        QTest::newRow("read by type response stops at other length")
            << readByTypeResponse({ { 0x0002, hex("aabb") }, { 0x0003, hex("cc") }, { 0x0004, hex("ddee") } })
            << hex("0904 0200 aabb");
        QTest::newRow("read request") << readRequest(0x000E) << hex("0a0e00");
        QTest::newRow("read response") << readResponse(hex("1648")) << hex("0b1648");
        QTest::newRow("read response empty") << readResponse({}) << hex("0b");
        QTest::newRow("read blob request") << readBlobRequest(0x0012, 22) << hex("0c12001600");
        QTest::newRow("read blob response") << readBlobResponse(hex("0102")) << hex("0d0102");
        QTest::newRow("read by group type request")
            << readByGroupTypeRequest(0x0001, 0xFFFF, Uuid(0x2800)) << hex("100100ffff0028");
        QTest::newRow("read by group type response")
            << readByGroupTypeResponse({ { 0x0001, 0x0005, hex("0018") }, { 0x0006, 0x000B, hex("0d18") } })
            << hex("1106 0100 0500 0018 0600 0b00 0d18");
        QTest::newRow("write request") << writeRequest(0x000F, hex("0100")) << hex("120f000100");
        QTest::newRow("write response") << writeResponse() << hex("13");
        QTest::newRow("write command") << writeCommand(0x0015, hex("4142")) << hex("5215004142");
        QTest::newRow("prepare write request")
            << prepareWriteRequest(0x0015, 0x0012, hex("aabb")) << hex("1615001200aabb");
        QTest::newRow("prepare write response")
            << prepareWriteResponse(0x0015, 0x0012, hex("aabb")) << hex("1715001200aabb");
        QTest::newRow("execute write") << executeWriteRequest(true) << hex("1801");
        QTest::newRow("execute write cancel") << executeWriteRequest(false) << hex("1800");
        QTest::newRow("execute write response") << executeWriteResponse() << hex("19");
        QTest::newRow("notification") << notification(0x0010, hex("0648")) << hex("1b10000648");
        QTest::newRow("indication") << indication(0x0020, hex("01")) << hex("1d200001");
        QTest::newRow("confirmation") << confirmation() << hex("1e");
    }
    void attPdus()
    {
        QFETCH(QByteArray, pdu);
        QFETCH(QByteArray, expected);
        QCOMPARE(pdu.toHex(' '), expected.toHex(' '));
    }

    // H4 type, HCI ACL header (handle | PB 0b10, length), L2CAP (length, CID 4), ATT.
    void aclPacket_data()
    {
        QTest::addColumn<quint16>("handle");
        QTest::addColumn<QByteArray>("att");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("read request")
            << quint16(0x0001) << hex("0a0e00") << hex("02 0120 0700 0300 0400 0a0e00");
        QTest::newRow("12-bit handle") << quint16(0x0ABC) << hex("13") << hex("02 bc2a 0500 0100 0400 13");
        QTest::newRow("flag bits masked") << quint16(0xF123) << hex("13") << hex("02 2321 0500 0100 0400 13");
        QByteArray longValue(300, '\x5A');
        QTest::newRow("long notification")
            << quint16(0x0002) << AttPdu::notification(0x0010, longValue)
            << (hex("02 0220 3301 2f01 0400 1b1000") + longValue); // 4 + 303 = 0x133, 303 = 0x12f
    }
    void aclPacket()
    {
        QFETCH(quint16, handle);
        QFETCH(QByteArray, att);
        QFETCH(QByteArray, expected);
        QCOMPARE(BtsnoopWriter::aclPacket(handle, att).toHex(' '), expected.toHex(' '));
    }

    void events()
    {
        BtsnoopLink link;
        link.connectionHandle = 0x0001;
        link.peer = DeviceAddress::fromAirAddress(0xC098E5490001ULL, true);
        // Event 0x3E, 19 parameter bytes: subevent 01, status 00, handle 0001, role 00
        // (central), peer type 01 (random), address LSB first, interval 0x0028, latency 0,
        // timeout 0x0064, clock accuracy 00.
        QCOMPARE(BtsnoopWriter::connectionCompleteEvent(link).toHex(' '),
                 hex("04 3e 13 01 00 0100 00 01 010049e598c0 2800 0000 6400 00").toHex(' '));
        link.weAreCentral = false;
        link.peer = DeviceAddress(0x001122334455ULL, AddressType::Public);
        link.intervalUnits = 6;
        link.peripheralLatency = 4;
        link.supervisionTimeoutUnits = 0x0C80;
        QCOMPARE(BtsnoopWriter::connectionCompleteEvent(link).toHex(' '),
                 hex("04 3e 13 01 00 0100 01 00 554433221100 0600 0400 800c 00").toHex(' '));
        QCOMPARE(BtsnoopWriter::disconnectionCompleteEvent(0x0001, 0x13).toHex(' '),
                 hex("04 05 04 00 0100 13").toHex(' '));
        // The controller's own address (Vol 4 Part E §7.4.6): command 0x1009 without
        // parameters; Command Complete 0x0E, 10 bytes: 1 command packet allowed, opcode,
        // status 00, BD_ADDR LSB first.
        QCOMPARE(BtsnoopWriter::readBdAddrCommand().toHex(' '), hex("01 0910 00").toHex(' '));
        QCOMPARE(BtsnoopWriter::readBdAddrCompleteEvent(DeviceAddress(0x000780A1B2C3ULL)).toHex(' '),
                 hex("04 0e 0a 01 0910 00 c3b2a1800700").toHex(' '));
    }

    void headers()
    {
        QCOMPARE(BtsnoopWriter::fileHeader().toHex(' '),
                 hex("6274736e6f6f7000 00000001 000003ea").toHex(' '));
        // 2024-05-01T12:00:00.000250Z = 1714564800000250 µs; + 0x00DCDDB30F2F8000.
        QCOMPARE(BtsnoopWriter::recordHeader(12, BtsnoopWriter::Direction::Sent, false, 1714564800000250LL)
                     .toHex(' '),
                 hex("0000000c 0000000c 00000000 00000000 00e2f5164908b0fa").toHex(' '));
        QCOMPARE(BtsnoopWriter::recordHeader(7, BtsnoopWriter::Direction::Received, true, 0).toHex(' '),
                 hex("00000007 00000007 00000003 00000000 00dcddb30f2f8000").toHex(' '));
    }

    void session()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("session.btsnoop"));
        const qint64 t0 = 1714564800000250LL;
        BtsnoopWriter writer;
        QVERIFY(!writer.open(path));
        QVERIFY(writer.isOpen());
        BtsnoopLink link;
        link.connectionHandle = 0x0001;
        link.peer = DeviceAddress::fromAirAddress(0xC098E5490001ULL, true);
        QVERIFY(!writer.writeConnectionComplete(t0, link));
        using Dir = BtsnoopWriter::Direction;
        QVERIFY(!writer.writeAtt(t0 + 1000, 0x0001, Dir::Sent, AttPdu::readRequest(0x000E)));
        QVERIFY(!writer.writeAtt(t0 + 31250, 0x0001, Dir::Received, AttPdu::readResponse(hex("1648"))));
        QVERIFY(
            !writer.writeAtt(t0 + 1000000, 0x0001, Dir::Received, AttPdu::notification(0x0010, hex("0648"))));
        QVERIFY(!writer.writeDisconnectionComplete(t0 + 2000000, 0x0001, 0x13));
        QCOMPARE(writer.recordCount(), 5);

        // Flushed after each record: the file is complete before close().
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.left(16), BtsnoopWriter::fileHeader());

        struct Expected
        {
            quint32 flags;
            qint64 time;
            QByteArray packet;
        };
        const QList<Expected> expected {
            { 3, t0, hex("04 3e 13 01 00 0100 00 01 010049e598c0 2800 0000 6400 00") },
            { 0, t0 + 1000, hex("02 0120 0700 0300 0400 0a0e00") },
            { 1, t0 + 31250, hex("02 0120 0700 0300 0400 0b1648") },
            { 1, t0 + 1000000, hex("02 0120 0900 0500 0400 1b10000648") },
            { 3, t0 + 2000000, hex("04 05 04 00 0100 13") },
        };
        const QList<Record> records = parseRecords(bytes);
        QCOMPARE(records.size(), expected.size());
        qsizetype total = BtsnoopWriter::kFileHeaderSize;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const Record &r = records.at(i);
            QCOMPARE(r.originalLength, quint32(expected.at(i).packet.size()));
            QCOMPARE(r.includedLength, r.originalLength);
            QCOMPARE(r.flags, expected.at(i).flags);
            QCOMPARE(r.drops, 0u);
            QCOMPARE(r.timestamp, quint64(expected.at(i).time) + 0x00DCDDB30F2F8000ULL);
            QCOMPARE(r.packet.toHex(' '), expected.at(i).packet.toHex(' '));
            total += BtsnoopWriter::kRecordHeaderSize + r.packet.size();
        }
        QCOMPARE(total, bytes.size()); // nothing after the last record
        // The first timestamp, byte for byte.
        QCOMPARE(bytes.mid(16 + 16, 8).toHex(), QByteArray("00e2f5164908b0fa"));

        // Reopening truncates: a new capture, not an appended one.
        writer.close();
        QVERIFY(!writer.isOpen());
        QVERIFY(!writer.open(path));
        QCOMPARE(writer.recordCount(), 0);
        QCOMPARE(QFileInfo(path).size(), qint64(BtsnoopWriter::kFileHeaderSize));
    }

    void errors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        BtsnoopWriter writer;
        // Not open yet.
        Error e = writer.writeAtt(0, 1, BtsnoopWriter::Direction::Sent, AttPdu::writeResponse());
        QVERIFY(e);
        QCOMPARE(e.kind(), Error::Kind::InvalidArgument);

        // A directory that does not exist, and a directory in place of the file.
        for (const QString &path : { dir.filePath(QStringLiteral("missing/dir/x.btsnoop")), dir.path() }) {
            e = writer.open(path);
            QVERIFY2(e, qPrintable(path));
            QCOMPARE(e.kind(), Error::Kind::InvalidArgument);
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
            QVERIFY(!writer.isOpen());
        }

        // Bad PDUs are refused without touching the file.
        QVERIFY(!writer.open(dir.filePath(QStringLiteral("ok.btsnoop"))));
        QVERIFY(writer.writeAtt(0, 1, BtsnoopWriter::Direction::Sent, QByteArray()));
        QVERIFY(writer.writeAtt(0, 1, BtsnoopWriter::Direction::Sent, QByteArray(0xFFFF, 'x')));
        QCOMPARE(writer.recordCount(), 0);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("ok.btsnoop"))).size(), qint64(16));
    }

    void diskFull()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("needs /dev/full");
        BtsnoopWriter writer;
        const Error e = writer.open(QStringLiteral("/dev/full"));
        QVERIFY(e); // the header cannot be flushed
        QVERIFY2(e.message().contains(u"/dev/full"), qPrintable(e.message()));
        QVERIFY(!writer.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestBtsnoopWriter)
#include "tst_btsnoopwriter.moc"
