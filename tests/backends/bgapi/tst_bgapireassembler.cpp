// SPDX-License-Identifier: MIT
#include "support/bgapisamples.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>

#include <QRandomGenerator>
#include <QTest>

using namespace gattscope;
using namespace gattscope::bgapi;
using gattscope::bgapi::test::samples;

namespace {

// The packets one side receives, in a shuffled order, `copies` times over; device side adds
// payloads past 255 bytes (the 11-bit length) and untyped packets.
QList<BgapiPacket> recordedPackets(Direction direction, int copies, quint32 seed, bool largeUnknown = true)
{
    QList<BgapiPacket> pool;
    for (const test::Sample &s : samples()) {
        if ((s.kind == Kind::Command) == (direction == Direction::HostToDevice))
            pool.append(BgapiPacket::fromBytes(s.wire).value());
    }
    if (direction == Direction::DeviceToHost) {
        pool.append(encode(FlashPsKeyEvent { 0x8001, QByteArray(255, 'k') })); // 258-byte payload
    }
    if (direction == Direction::DeviceToHost && largeUnknown) {
        BgapiPacket raw;
        raw.messageType = MessageType::Event;
        raw.messageClass = MessageClass::Hardware;
        raw.messageId = 0x20;
        raw.payload = QByteArray(300, 'r');
        pool.append(raw);
        raw.payload = QByteArray(BgapiHeader::kMaxPayloadLength, 'm');
        pool.append(raw);
    }
    if (direction == Direction::HostToDevice)
        pool.append(encode(GapSetAdvData { false, QByteArray(255, 'a') })); // 257-byte payload
    QRandomGenerator rng(seed);
    QList<BgapiPacket> out;
    for (int i = 0; i < copies; ++i) {
        QList<BgapiPacket> round = pool;
        for (qsizetype j = round.size() - 1; j > 0; --j)
            round.swapItemsAt(j, rng.bounded(j + 1));
        out += round;
    }
    return out;
}

QByteArray join(const QList<BgapiPacket> &packets)
{
    QByteArray stream;
    for (const BgapiPacket &p : packets)
        stream += p.toByteArray();
    return stream;
}

// Feeds `stream` in random chunks of 1..maxChunk bytes through the callback API.
QList<BgapiPacket> feedChunked(BgapiReassembler &r, const QByteArray &stream, qsizetype maxChunk,
                               quint32 seed)
{
    QList<BgapiPacket> out;
    QRandomGenerator rng(seed);
    qsizetype pos = 0;
    while (pos < stream.size()) {
        const qsizetype n = qMin(stream.size() - pos, qsizetype(1 + rng.bounded(quint32(maxChunk))));
        r.feed(QByteArrayView(stream).sliced(pos, n),
               [&out](const BgapiPacketView &p) { out.append(p.toPacket()); });
        pos += n;
        if (r.bufferedBytes() > BgapiReassembler::kMaxBufferedBytes)
            return {};
    }
    return out;
}

// Random garbage none of whose bytes can start a header (technology bits set).
QByteArray techGarbage(QRandomGenerator &rng, int size)
{
    QByteArray g;
    while (g.size() < size) {
        const auto b = uchar(rng.bounded(256));
        if (b & 0x78)
            g.append(char(b));
    }
    return g;
}

} // namespace

class TestBgapiReassembler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomChunkings_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("maxChunk");
        QTest::addColumn<quint32>("seed");
        for (int d : { int(Direction::DeviceToHost), int(Direction::HostToDevice) }) {
            const char *side = d == int(Direction::DeviceToHost) ? "device" : "host";
            QTest::addRow("%s one byte at a time", side) << d << 1 << 1u;
            QTest::addRow("%s up to 5", side) << d << 5 << 2u;
            QTest::addRow("%s up to 64", side) << d << 64 << 3u;
            QTest::addRow("%s up to 4 KiB", side) << d << 4096 << 4u;
            QTest::addRow("%s up to 64 KiB", side) << d << 65536 << 5u;
        }
    }
    void randomChunkings()
    {
        QFETCH(int, direction);
        QFETCH(int, maxChunk);
        QFETCH(quint32, seed);
        const QList<BgapiPacket> packets = recordedPackets(Direction(direction), 20, seed);
        const QByteArray stream = join(packets);
        BgapiReassembler r { Direction(direction) };
        const QList<BgapiPacket> out = feedChunked(r, stream, maxChunk, seed * 7);
        QCOMPARE(out.size(), packets.size());
        QCOMPARE(out, packets);
        QCOMPARE(r.skippedBytes(), quint64(0));
        QCOMPARE(r.packetCount(), quint64(packets.size()));
        QCOMPARE(r.bufferedBytes(), 0);
    }

    void wholeStreamAtOnceMatchesListApi()
    {
        const QList<BgapiPacket> packets = recordedPackets(Direction::DeviceToHost, 5, 9);
        BgapiReassembler r;
        QCOMPARE(r.feed(join(packets)), packets);
    }

    void everySampleIsPlausibleAlone_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < samples().size(); ++i)
            QTest::newRow(qPrintable(samples()[i].tag)) << i;
    }
    void everySampleIsPlausibleAlone()
    {
        QFETCH(int, index);
        const test::Sample &s = samples()[index];
        BgapiReassembler r { s.kind == Kind::Command ? Direction::HostToDevice : Direction::DeviceToHost };
        const QList<BgapiPacket> out = r.feed(s.wire);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().toByteArray(), s.wire);
        QCOMPARE(r.skippedBytes(), quint64(0));
    }

    // Garbage between packets is skipped byte by byte, counted exactly and reported as is;
    // no packet is lost. Includes headers of known messages with impossible lengths.
    void garbageBetweenPackets_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<QByteArray>("structured");
        // response attclient_read_by_handle must be 3 bytes; attribute_value whose array
        // count (8) disagrees with its length (10)
        QTest::newRow("device") << int(Direction::DeviceToHost)
                                << QByteArray::fromHex("00070404 F0F0 800A0405 F0F0F0F0 08 F0F0F0F0F0");
        // the host never sends events; attclient_read_by_handle command must be 3 bytes
        QTest::newRow("host") << int(Direction::HostToDevice)
                              << QByteArray::fromHex("80010407 F0F0 00050404 F0F0");
    }
    void garbageBetweenPackets()
    {
        QFETCH(int, direction);
        QFETCH(QByteArray, structured);
        BgapiReassemblerOptions options;
        options.direction = Direction(direction);
        options.maxUnknownPayload = 255;
        BgapiReassembler r(options);
        QByteArray reported;
        int reports = 0;
        r.setSkippedBytesHandler([&](QByteArrayView skipped) {
            reported += skipped.toByteArray();
            ++reports;
        });

        QRandomGenerator rng(42);
        const QList<BgapiPacket> packets = recordedPackets(Direction(direction), 3, 11, false);
        QByteArray stream;
        QByteArray garbage;
        for (qsizetype i = 0; i < packets.size(); ++i) {
            if (i % 3 == 1) {
                const QByteArray g = (i % 2) ? techGarbage(rng, 1 + rng.bounded(40)) : structured;
                garbage += g;
                stream += g;
            }
            stream += packets[i].toByteArray();
        }
        const QByteArray tail = techGarbage(rng, 17);
        garbage += tail;
        stream += tail;

        const QList<BgapiPacket> out = feedChunked(r, stream, 50, 5);
        QCOMPARE(out, packets);
        QCOMPARE(r.skippedBytes(), quint64(garbage.size()));
        QCOMPARE(reported.toHex(), garbage.toHex());
        QVERIFY(reports >= packets.size() / 3);
        QCOMPARE(r.bufferedBytes(), 0);
    }

    // A garbage header that passes every check (unknown class, sane length) swallows what
    // follows; the reassembler recovers and later packets come through unharmed.
    void resynchronisesAfterFalseHeader()
    {
        BgapiReassembler r;
        const QList<BgapiPacket> before = recordedPackets(Direction::DeviceToHost, 1, 1);
        const QList<BgapiPacket> after = recordedPackets(Direction::DeviceToHost, 4, 2);
        const QByteArray stream = join(before) + QByteArray::fromHex("00100C01") + join(after);
        const QList<BgapiPacket> out = feedChunked(r, stream, 97, 3);
        QCOMPARE(out.mid(0, before.size()), before);
        // the last packets of the stream all arrive intact
        const int tailCount = int(after.size() / 4);
        QVERIFY(out.size() >= before.size() + tailCount);
        QCOMPARE(out.mid(out.size() - tailCount), after.mid(after.size() - tailCount));
    }

    void truncatedPacketAtEndWaits()
    {
        const QByteArray last = encodeToBytes(
            GapScanResponseEvent { -40, ScanPacketType::ScanResponse, DeviceAddress(0x112233445566ull),
                                   PeerAddressType::Public, kNoBond, QByteArray::fromHex("0909414243") });
        const QByteArray first = encodeToBytes(ConnectionDisconnectedEvent { 0, 0x0213 });
        BgapiReassembler r;
        for (qsizetype cut = 1; cut < last.size(); ++cut) {
            r.reset();
            QCOMPARE(r.feed(QByteArray(first + last.left(cut))).size(), 1);
            QCOMPARE(r.bufferedBytes(), cut);
            const QList<BgapiPacket> rest = r.feed(QByteArrayView(last).sliced(cut));
            QCOMPARE(rest.size(), 1);
            QCOMPARE(rest.first().toByteArray(), last);
            QCOMPARE(r.skippedBytes(), quint64(0));
        }
    }

    void payloadsPast255Bytes()
    {
        BgapiReassembler r;
        const QByteArray ps = encodeToBytes(FlashPsKeyEvent { 0x8000, QByteArray(255, 'v') });
        QCOMPARE(ps.left(2), QByteArray::fromHex("8102")); // 258 = 0x102
        QByteArray raw = QByteArray::fromHex("87FF0720") + QByteArray(2047, 'z');
        const QList<BgapiPacket> out = feedChunked(r, ps + raw + ps, 100, 8);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[0].payload.size(), 258);
        QCOMPARE(out[1].payload.size(), 2047);
        QCOMPARE(out[1].toByteArray(), raw);
        QCOMPARE(decode<FlashPsKeyEvent>(out[2]).value().value, QByteArray(255, 'v'));
        // the largest packet held back whole still fits the buffer bound
        r.reset();
        r.feed(QByteArrayView(raw).first(raw.size() - 1));
        QCOMPARE(r.bufferedBytes(), BgapiReassembler::kMaxBufferedBytes - 1);
    }

    void bufferStaysCappedUnderGarbage()
    {
        QRandomGenerator rng(77);
        QByteArray garbage(1 << 20, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        BgapiReassembler r;
        qsizetype pos = 0;
        while (pos < garbage.size()) {
            const qsizetype n = qMin(garbage.size() - pos, qsizetype(1 + rng.bounded(8192)));
            r.feed(QByteArrayView(garbage).sliced(pos, n), [](const BgapiPacketView &) {});
            pos += n;
            QVERIFY(r.bufferedBytes() <= BgapiReassembler::kMaxBufferedBytes);
        }
        QVERIFY(r.skippedBytes() > 0);
        r.reset();
        QCOMPARE(r.skippedBytes(), quint64(0));
        const QList<BgapiPacket> good = recordedPackets(Direction::DeviceToHost, 1, 4);
        QCOMPARE(r.feed(join(good)), good);
    }

    void hostSideRejectsEventHeaders()
    {
        BgapiReassemblerOptions options;
        options.direction = Direction::HostToDevice;
        options.maxUnknownPayload = 255;
        BgapiReassembler r(options);
        const QByteArray hello = encodeToBytes(SystemHello {});
        // 80 has the event bit; then 01 04 07 F0 announces 260 bytes of an unknown command
        const QList<BgapiPacket> out = r.feed(QByteArray(QByteArray::fromHex("80010407F0") + hello));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().toByteArray(), hello);
        QCOMPARE(r.skippedBytes(), quint64(5));
    }

    void lengthChecksCanBeRelaxed()
    {
        // A firmware that appended a byte to connection_disconnected.
        const QByteArray odd = QByteArray::fromHex("80040304 00160200");
        BgapiReassembler strict;
        QCOMPARE(strict.feed(odd).size(), 0);
        BgapiReassemblerOptions options;
        options.checkKnownLengths = false;
        BgapiReassembler lenient(options);
        const QList<BgapiPacket> out = lenient.feed(odd);
        QCOMPARE(out.size(), 1);
        QVERIFY(!decodeEvent(out.first()).ok()); // the decoder still says what is wrong
    }
};

QTEST_GUILESS_MAIN(TestBgapiReassembler)
#include "tst_bgapireassembler.moc"
