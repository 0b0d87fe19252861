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

    // A fragment that stays silent for fragmentTimeoutMs is never completed by what comes
    // next: the next packet is read from its own start. Before the timeout the bytes are
    // one stream (nothing else tells packets apart).
    void overdueFragmentIsNotCompletedLater_data()
    {
        QTest::addColumn<QByteArray>("fragment");
        QTest::addColumn<int>("pauseMs");
        QTest::addColumn<QByteArray>("later");
        QTest::addColumn<QByteArray>("expected"); // the packets handed out, joined
        QTest::addColumn<int>("skipped");
        const QByteArray hello = QByteArray::fromHex("00000001");
        const QByteArray hellos = hello + hello + hello;
        // attclient_read_by_handle cut after its first payload byte: glued onto hellos it
        // becomes read_by_handle(0, 0x0000), system_reset(0) and one hello (issue 15).
        const QByteArray cut = QByteArray::fromHex("0003040400");
        QTest::newRow("truncated command, pause") << cut << 100 << hellos << hellos << 5;
        QTest::newRow("truncated command, no pause")
            << cut << 99 << hellos << QByteArray::fromHex("00030404 000000 0001000000 00000001") << 1;
        QTest::newRow("header only, pause") << QByteArray::fromHex("0003") << 150 << hellos << hellos << 2;
        QTest::newRow("long pause") << cut << 60000 << hellos << hellos << 5;
        // A false header (unknown 7/32, 48 bytes) swallowed a real hello: the hello is
        // salvaged from the stale bytes, then the later ones follow.
        QTest::newRow("command behind a false header")
            << QByteArray::fromHex("00300720") + hello << 100 << hellos << hello + hellos << 4;
        // Whole packets in front of the fragment are not affected.
        QTest::newRow("packet, then fragment") << hello + cut << 100 << hello << hello + hello << 5;
    }
    void overdueFragmentIsNotCompletedLater()
    {
        QFETCH(QByteArray, fragment);
        QFETCH(int, pauseMs);
        QFETCH(QByteArray, later);
        QFETCH(QByteArray, expected);
        QFETCH(int, skipped);
        BgapiReassemblerOptions options;
        options.direction = Direction::HostToDevice;
        options.fragmentTimeoutMs = 100;
        BgapiReassembler r(options);
        qint64 now = 5000;
        r.setClock([&now] { return now; });
        QByteArray out;
        const auto sink = [&out](const BgapiPacketView &p) {
            out += p.toByteArray();
        };
        // Byte by byte: the fragment's clock runs from its last byte, not its first.
        for (char c : std::as_const(fragment)) {
            r.feed(QByteArrayView(&c, 1), sink);
            now += 10;
        }
        now += pauseMs - 10;
        r.feed(QByteArrayView(later), sink);
        QCOMPARE(out.toHex(' '), expected.toHex(' '));
        QCOMPARE(r.skippedBytes(), quint64(skipped));
    }

    // An owner's timer: msUntilFragmentOverdue() says when, feed({}) drops the fragment and
    // reports it, without waiting for more input.
    void timerDropsOverdueFragment()
    {
        BgapiReassembler r(BgapiReassemblerOptions::bled112(Direction::HostToDevice));
        qint64 now = 0;
        r.setClock([&now] { return now; });
        QByteArray reported;
        r.setSkippedBytesHandler([&reported](QByteArrayView b) { reported += b.toByteArray(); });
        QCOMPARE(r.msUntilFragmentOverdue(), -1);
        const auto none = [](const BgapiPacketView &) {
            QFAIL("no packet expected");
        };
        r.feed(QByteArray::fromHex("00030404"), none);
        QCOMPARE(r.msUntilFragmentOverdue(), 100);
        now = 60;
        r.feed(QByteArray::fromHex("00"), none); // more of it: the clock restarts
        QCOMPARE(r.msUntilFragmentOverdue(), 100);
        now = 159;
        r.feed(QByteArrayView(), none);
        QCOMPARE(r.bufferedBytes(), 5);
        QCOMPARE(r.msUntilFragmentOverdue(), 1);
        now = 160;
        QCOMPARE(r.msUntilFragmentOverdue(), 0);
        r.feed(QByteArrayView(), none);
        QCOMPARE(r.bufferedBytes(), 0);
        QCOMPARE(r.msUntilFragmentOverdue(), -1);
        QCOMPARE(reported.toHex(' '), QByteArray("00 03 04 04 00"));
        QCOMPARE(r.skippedBytes(), quint64(5));
    }

    void dropFragmentKeepsTheCounters()
    {
        BgapiReassembler r;
        QByteArray reported;
        r.setSkippedBytesHandler([&reported](QByteArrayView b) { reported += b.toByteArray(); });
        QCOMPARE(r.feed(QByteArray::fromHex("80030304 0016")).size(), 0);
        QCOMPARE(r.dropFragment(), 6);
        QCOMPARE(r.dropFragment(), 0);
        QCOMPARE(reported.toHex(), QByteArray("800303040016"));
        QCOMPARE(r.skippedBytes(), quint64(6));
        const QByteArray status = QByteArray::fromHex("80030304 001602");
        QCOMPARE(r.feed(status).size(), 1);
        QCOMPARE(r.packetCount(), quint64(1));
    }

    // The BLED112 safeguards on either side: after 1 MB of random bytes and a pause, the
    // next packet is read from its start.
    void bled112ResynchronisesAfterRandomBytes_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u, 4u, 5u }) {
            QTest::addRow("host side, seed %u", seed) << int(Direction::HostToDevice) << seed;
            QTest::addRow("device side, seed %u", seed) << int(Direction::DeviceToHost) << seed;
        }
    }
    void bled112ResynchronisesAfterRandomBytes()
    {
        QFETCH(int, direction);
        QFETCH(quint32, seed);
        const BgapiReassemblerOptions options = BgapiReassemblerOptions::bled112(Direction(direction));
        BgapiReassembler r(options);
        qint64 now = 0;
        r.setClock([&now] { return now; });
        QRandomGenerator rng(seed);
        QByteArray garbage(1 << 20, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        for (qsizetype pos = 0; pos < garbage.size(); pos += 4096)
            r.feed(QByteArrayView(garbage).sliced(pos, 4096), [](const BgapiPacketView &) {});
        const QByteArray next = direction == int(Direction::HostToDevice)
            ? encodeToBytes(SystemHello {})
            : encodeToBytes(ConnectionDisconnectedEvent { 1, 0x0208 });
        now += options.fragmentTimeoutMs;
        QList<QByteArray> out;
        r.feed(QByteArrayView(next), [&out](const BgapiPacketView &p) { out.append(p.toByteArray()); });
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.last(), next);
    }
};

QTEST_GUILESS_MAIN(TestBgapiReassembler)
#include "tst_bgapireassembler.moc"
