// SPDX-License-Identifier: MIT
#include "support/bgapisamples.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapinames.h>
#include <gattscope/backends/bgapi/protocol/bgapireader.h>
#include <gattscope/backends/bgapi/protocol/bgapiwriter.h>

#include <QSet>
#include <QTest>

#include <string>
#include <type_traits>

using namespace gattscope;
using namespace gattscope::bgapi;
using gattscope::bgapi::test::samples;

class TestBgapiCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allSamples_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < samples().size(); ++i)
            QTest::newRow(qPrintable(samples()[i].tag)) << i;
    }

    // Every message encodes to the bytes the doc's tables give, and decodes back.
    void encodeMatchesSpec_data() { allSamples_data(); }
    void encodeMatchesSpec()
    {
        QFETCH(int, index);
        const test::Sample &s = samples()[index];
        const BgapiPacket packet = test::encodeAny(s.message);
        QCOMPARE(packet.toByteArray().toHex(' '), s.wire.toHex(' '));
        QCOMPARE(packet.isEvent(), s.kind == Kind::Event);
        // the one-buffer encoder agrees
        const QByteArray direct = std::visit(
            [](const auto &v) {
                return std::visit(
                    [](const auto &m) -> QByteArray {
                        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(m)>, RawPacket>)
                            return m.toByteArray();
                        else
                            return encodeToBytes(m);
                    },
                    v);
            },
            s.message);
        QCOMPARE(direct.toHex(' '), s.wire.toHex(' '));
    }

    void decodeRoundTrip_data() { allSamples_data(); }
    void decodeRoundTrip()
    {
        QFETCH(int, index);
        const test::Sample &s = samples()[index];
        const Result<BgapiPacket> packet = BgapiPacket::fromBytes(s.wire);
        QVERIFY2(packet.ok(), qPrintable(packet.error().toString()));
        const Result<test::AnyMessage> decoded = test::decodeAny(s.kind, packet.value());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
        QVERIFY(decoded.value() == s.message);
        // not a RawPacket: the message is typed
        std::visit([](const auto &v) { QVERIFY(v.index() != 0); }, decoded.value());
        // the catalogue knows it, and its size rule accepts this payload
        const MessageInfo *info = findMessage(s.kind, packet.value().messageClass, packet.value().messageId);
        QVERIFY(info);
        QVERIFY(payloadLengthFits(*info, packet.value().payload));
        QCOMPARE(messageName(packet.value(),
                             s.kind == Kind::Command ? Direction::HostToDevice : Direction::DeviceToHost),
                 QLatin1String(info->name));
    }

    // A known ID whose payload is one byte short or one byte long is an error, never a crash
    // and never a RawPacket.
    void malformedPayloadIsError_data() { allSamples_data(); }
    void malformedPayloadIsError()
    {
        QFETCH(int, index);
        const test::Sample &s = samples()[index];
        BgapiPacket packet = BgapiPacket::fromBytes(s.wire).value();

        BgapiPacket longer = packet;
        longer.payload.append('\x00');
        const Result<test::AnyMessage> extra = test::decodeAny(s.kind, longer);
        QVERIFY(!extra.ok());
        QCOMPARE(extra.error().kind(), Error::Kind::Protocol);
        const MessageInfo info = std::visit([](const auto &v) { return messageInfoOf(v); }, s.message);
        QVERIFY(extra.error().message().contains(QLatin1String(info.name)));

        if (packet.payload.isEmpty())
            return;
        for (qsizetype cut = 0; cut < packet.payload.size(); ++cut) {
            BgapiPacket shorter = packet;
            shorter.payload.truncate(cut);
            const Result<test::AnyMessage> r = test::decodeAny(s.kind, shorter);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
            QCOMPARE(r.error().kind(), Error::Kind::Protocol);
        }
    }

    void catalogueCoversEveryMessage()
    {
        QSet<QString> sampled;
        for (const test::Sample &s : samples()) {
            const BgapiPacket p = BgapiPacket::fromBytes(s.wire).value();
            sampled.insert(
                QStringLiteral("%1/%2/%3").arg(int(s.kind)).arg(int(p.messageClass)).arg(p.messageId));
        }
        QCOMPARE(messageCatalogue().size(), std::size_t(49 + 48 + 21));
        for (const MessageInfo &info : messageCatalogue()) {
            const QString key = QStringLiteral("%1/%2/%3")
                                    .arg(int(info.kind))
                                    .arg(int(info.messageClass))
                                    .arg(info.messageId);
            QVERIFY2(sampled.contains(key), info.name);
            QCOMPARE(findMessage(info.kind, info.messageClass, info.messageId), &info);
        }
        QVERIFY(!findMessage(Kind::Response, MessageClass::System, 0)); // system_reset has no response
        QVERIFY(!findMessage(Kind::Event, MessageClass::Hardware, 0));
        QVERIFY(!findMessage(Kind::Command, MessageClass(0xEE), 0xEE));
    }

    // docs/bgapi.md §1: the captured gap_scan_response.
    void workedExampleScanResponse()
    {
        const QByteArray wire
            = QByteArray::fromHex("80 22 06 00 A6 00 15 13 0B D2 02 61 01 FF 17 02 01 06 13 FF 4C 00"
                                  "0C 0E 00 11 22 33 44 55 66 77 88 99 AA BB CC DD");
        const BgapiPacket packet = BgapiPacket::fromBytes(wire).value();
        QVERIFY(packet.isEvent());
        QCOMPARE(packet.payload.size(), 0x22);
        QCOMPARE(packet.messageClass, MessageClass::Gap);
        QCOMPARE(messageName(packet, Direction::DeviceToHost), QStringLiteral("gap_scan_response"));
        const Result<GapScanResponseEvent> r = decode<GapScanResponseEvent>(packet);
        QVERIFY(r.ok());
        const GapScanResponseEvent &e = r.value();
        QCOMPARE(e.rssi, qint8(-90));
        QCOMPARE(e.packetType, ScanPacketType::ConnectableAdvertisement);
        QCOMPARE(e.sender.toString(), QStringLiteral("61:02:D2:0B:13:15"));
        QCOMPARE(e.addressType, PeerAddressType::Random);
        QVERIFY(e.sender.isRandom()); // the DeviceAddress carries the type too
        QCOMPARE(e.bond, kNoBond);
        QCOMPARE(e.data.size(), 23);
        QCOMPARE(e.data.left(7), QByteArray::fromHex("02010613FF4C00"));
    }

    // docs/bgapi.md §1: "typical command bytes", byte for byte.
    void typicalCommandBytes()
    {
        QCOMPARE(encodeToBytes(SystemReset { false }), QByteArray::fromHex("0001000000"));
        QCOMPARE(encodeToBytes(SystemHello {}), QByteArray::fromHex("00000001"));
        QCOMPARE(encodeToBytes(GapEndProcedure {}), QByteArray::fromHex("00000604"));
        QCOMPARE(encodeToBytes(AttclientFindInformation { 0, 0x0001, 0xFFFF }),
                 QByteArray::fromHex("000504030001 00FFFF"));
        static_assert(std::is_same_v<SystemReset::Response, NoResponse>);
        static_assert(std::is_same_v<AttclientReadByHandle::Response, AttclientReadByHandleResponse>);
    }

    void unknownIdsDecodeToRaw_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("hardware command") << int(Kind::Command) << QByteArray::fromHex("00020703 0102");
        QTest::newRow("system_debug event (untyped)")
            << int(Kind::Event) << QByteArray::fromHex("80020001 AABB");
        QTest::newRow("system_reset response (none exists)")
            << int(Kind::Response) << QByteArray::fromHex("00000000");
        QTest::newRow("class 12") << int(Kind::Event) << QByteArray::fromHex("80010C01 00");
        QTest::newRow("id 200") << int(Kind::Response) << QByteArray::fromHex("000004C8");
        QTest::newRow("wifi technology")
            << int(Kind::Event) << QByteArray::fromHex("8807040500120001 0206 48");
        QTest::newRow("event given to command decoder")
            << int(Kind::Command) << QByteArray::fromHex("80030304001602");
        QTest::newRow("response given to event decoder")
            << int(Kind::Event) << QByteArray::fromHex("0003040400 8101");
    }
    void unknownIdsDecodeToRaw()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, wire);
        const Result<BgapiPacket> packet = BgapiPacket::fromBytes(wire);
        QVERIFY(packet.ok());
        const Result<test::AnyMessage> r = test::decodeAny(Kind(kind), packet.value());
        QVERIFY(r.ok());
        const BgapiPacket raw = std::visit([](const auto &v) { return std::get<RawPacket>(v); }, r.value());
        QCOMPARE(raw, packet.value());
        QCOMPARE(encode(std::get<Event>(test::AnyMessage(Event(raw)))).toByteArray(),
                 wire); // raw re-encodes as is
    }

    void specificMalformations_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("why");
        QTest::newRow("3-byte UUID") << QByteArray::fromHex("80070404 000300 03 032800")
                                     << QStringLiteral("UUID");
        QTest::newRow("empty UUID") << QByteArray::fromHex("80040404 000300 00") << QStringLiteral("UUID");
        QTest::newRow("array count beyond payload")
            << QByteArray::fromHex("80070405 001200 01 05 0648") << QStringLiteral("truncated");
        QTest::newRow("array count short of payload")
            << QByteArray::fromHex("80070405 001200 01 01 0648") << QStringLiteral("trailing");
        QTest::newRow("empty connection_status")
            << QByteArray::fromHex("80000300") << QStringLiteral("truncated");
    }
    void specificMalformations()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, why);
        const Result<Event> r = decodeEvent(BgapiPacket::fromBytes(wire).value());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Protocol);
        QVERIFY2(r.error().message().contains(why), qPrintable(r.error().message()));
    }

    void oddHandleListIsError()
    {
        const Result<Command> r
            = decodeCommand(BgapiPacket::fromBytes(QByteArray::fromHex("0005040B 00 03 030005")).value());
        QVERIFY(!r.ok());
    }

    void attributeValueFastPath()
    {
        const QByteArray wire = QByteArray::fromHex("80070405 021200 05 02 0648");
        const BgapiPacket packet = BgapiPacket::fromBytes(wire).value();
        const std::optional<AttributeValueView> v = attributeValueView(packet);
        QVERIFY(v);
        QCOMPARE(v->connection, quint8(2));
        QCOMPARE(v->handle, quint16(0x0012));
        QCOMPARE(v->type, AttributeValueType::IndicateRspReq);
        QCOMPARE(v->value.toByteArray(), QByteArray::fromHex("0648"));
        QCOMPARE(v->toEvent(), decode<AttclientAttributeValueEvent>(packet).value());
        // other messages and malformed payloads are refused, not misread
        QVERIFY(!attributeValueView(BgapiPacket::fromBytes(QByteArray::fromHex("00030405 000000")).value()));
        QVERIFY(!attributeValueView(
            BgapiPacket::fromBytes(QByteArray::fromHex("80060405 021200 05 02 06")).value()));
        QVERIFY(
            !attributeValueView(BgapiPacket::fromBytes(QByteArray::fromHex("80040405 021200 05")).value()));
    }

    void decodeExpectedType()
    {
        const BgapiPacket completed = encode(AttclientProcedureCompletedEvent { 1, 0x040A, 0x0020 });
        QVERIFY(matches<AttclientProcedureCompletedEvent>(completed));
        QVERIFY(!matches<AttclientReadByGroupTypeResponse>(completed)); // same class/id, not an event
        const Result<AttclientReadByGroupTypeResponse> wrong
            = decode<AttclientReadByGroupTypeResponse>(completed);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message().contains(QLatin1String("attclient_procedure_completed")),
                 qPrintable(wrong.error().message()));
        const Result<AttclientProcedureCompletedEvent> right
            = decode<AttclientProcedureCompletedEvent>(completed);
        QVERIFY(right.ok());
        QCOMPARE(toError(right.value().result), Error::att(AttError::AttributeNotFound));
    }

    void addressTypeFollowsField()
    {
        // Decoding sets the DeviceAddress type from the separate address-type byte.
        const ConnectionStatusEvent e
            = decode<ConnectionStatusEvent>(
                  BgapiPacket::fromBytes(
                      QByteArray::fromHex("80100300 00 05 563412 8007C0 01 3C00 6400 0000 FF"))
                      .value())
                  .value();
        QCOMPARE(e.address.toString(), QStringLiteral("C0:07:80:12:34:56"));
        QCOMPARE(e.address.type(), AddressType::RandomStatic);
        QCOMPARE(e.flags, ConnectionFlag::Connected | ConnectionFlag::Completed);
    }

    void headerElevenBitLength()
    {
        BgapiHeader h;
        h.messageType = MessageType::Event;
        h.payloadLength = 0x7FF;
        h.messageClass = MessageClass::Attclient;
        h.messageId = 5;
        QCOMPARE(h.toByteArray(), QByteArray::fromHex("87FF0405"));
        QCOMPARE(*BgapiHeader::fromBytes(QByteArray::fromHex("87FF0405")), h);
        h.payloadLength = 0x123;
        h.technology = 1;
        QCOMPARE(h.toByteArray(), QByteArray::fromHex("89230405"));
        const BgapiHeader back = *BgapiHeader::fromBytes(QByteArray::fromHex("89230405"));
        QCOMPARE(back.payloadLength, quint16(0x123));
        QCOMPARE(back.technology, quint8(1));
        QVERIFY(!BgapiHeader::fromBytes(QByteArray::fromHex("872F04")));
    }

    void packetFromBytesRejectsBadFraming()
    {
        QVERIFY(!BgapiPacket::fromBytes(QByteArray::fromHex("0001")).ok());
        QVERIFY(!BgapiPacket::fromBytes(QByteArray::fromHex("00020000 01")).ok());
        QVERIFY(!BgapiPacket::fromBytes(QByteArray::fromHex("00010000 0102")).ok());
        QVERIFY(BgapiPacket::fromBytes(QByteArray::fromHex("00010000 01")).ok());
        // 300-byte payload: the 11-bit length's high bits count
        QByteArray big = QByteArray::fromHex("812C0710") + QByteArray(300, 'x');
        const Result<BgapiPacket> p = BgapiPacket::fromBytes(big);
        QVERIFY(p.ok());
        QCOMPARE(p.value().payload.size(), 300);
        QCOMPARE(p.value().toByteArray(), big);
    }

    void readerNeverReadsPastTheEnd()
    {
        const QByteArray data = QByteArray::fromHex("0102 03");
        BgapiReader r(data);
        QCOMPARE(r.readU16(), quint16(0x0201));
        QVERIFY(!r.truncated());
        QCOMPARE(r.readU16(), quint16(0)); // only one byte left
        QVERIFY(r.truncated());
        QVERIFY(r.atEnd());
        QCOMPARE(r.readU8(), quint8(0));
        // The reader is a view: the bytes it reads must outlive it (a temporary does not
        // even compile, see readerRefusesTemporaries()).
        const QByteArray announcedFive = QByteArray::fromHex("05 0102");
        BgapiReader arrays(announcedFive);
        QVERIFY(arrays.readUint8Array().isEmpty());
        QVERIFY(arrays.truncated());
        BgapiReader empty { QByteArrayView() };
        QCOMPARE(empty.readU32(), quint32(0));
        QVERIFY(empty.readBdAddr().isNull());
        QVERIFY(empty.truncated());
    }

    void readerRefusesTemporaries()
    {
        // Reading a QByteArray that dies at the end of the statement was a heap-use-after-free
        // (ASan, in this very test). Such a reader cannot be made; views and named bytes can.
        static_assert(!std::is_constructible_v<BgapiReader, QByteArray>);
        static_assert(!std::is_constructible_v<BgapiReader, QByteArray &&>);
        static_assert(!std::is_constructible_v<BgapiReader, const QByteArray &&>);
        static_assert(!std::is_constructible_v<BgapiReader, std::string>);
        static_assert(std::is_constructible_v<BgapiReader, const QByteArray &>);
        static_assert(std::is_constructible_v<BgapiReader, QByteArray &>);
        static_assert(std::is_constructible_v<BgapiReader, QByteArrayView>);
        static_assert(std::is_constructible_v<BgapiReader, const std::string &>);
        const QByteArray bytes = QByteArray::fromHex("0201");
        BgapiReader r(bytes);
        QCOMPARE(r.readU16(), quint16(0x0102));
        const QByteArrayView view = QByteArrayView(bytes).sliced(1);
        BgapiReader fromView(view);
        QCOMPARE(fromView.readU8(), quint8(0x01));
    }

    void writerCapsArrays()
    {
        QByteArray out;
        BgapiWriter w(out);
        w.writeUint8Array(QByteArray(300, 'a'));
        QCOMPARE(out.size(), 256);
        QCOMPARE(quint8(out[0]), quint8(255));
        w.writeU32(0x01020304);
        w.writeI8(-2);
        QCOMPARE(out.right(5), QByteArray::fromHex("04030201FE"));
    }

    void messageNames_data()
    {
        QTest::addColumn<int>("cls");
        QTest::addColumn<int>("id");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("cmd") << 4 << 4 << int(Kind::Command) << QStringLiteral("attclient_read_by_handle");
        QTest::newRow("rsp") << 4 << 4 << int(Kind::Response) << QStringLiteral("attclient_read_by_handle");
        QTest::newRow("evt 4/5") << 4 << 5 << int(Kind::Event) << QStringLiteral("attclient_attribute_value");
        QTest::newRow("rsp 4/5") << 4 << 5 << int(Kind::Response)
                                 << QStringLiteral("attclient_attribute_write");
        QTest::newRow("protocol_error")
            << 0 << 6 << int(Kind::Event) << QStringLiteral("system_protocol_error");
        QTest::newRow("untyped") << 0 << 1 << int(Kind::Event) << QStringLiteral("system_debug");
        QTest::newRow("hardware") << 7 << 3 << int(Kind::Event) << QStringLiteral("hardware_evt_3");
        QTest::newRow("unknown class") << 12 << 7 << int(Kind::Command) << QStringLiteral("class12_cmd_7");
    }
    void messageNames()
    {
        QFETCH(int, cls);
        QFETCH(int, id);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QCOMPARE(messageName(MessageClass(cls), quint8(id), Kind(kind)), name);
    }

    void errorNames_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        const char *bgapi[] = {
            "invalid_param",    "wrong_state",   "out_of_memory", "not_implemented", "invalid_command",
            "timeout",          "not_connected", "flow",          "user_attribute",  "invalid_license_key",
            "command_too_long", "out_of_bonds"
        };
        for (int i = 0; i < 12; ++i)
            QTest::newRow(bgapi[i]) << (0x0180 + i) << QString(QLatin1String(bgapi[i]));
        const int hci[] = { 0x05, 0x06, 0x07, 0x08, 0x09, 0x0C, 0x12, 0x13,
                            0x16, 0x22, 0x28, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E };
        for (int c : hci)
            QTest::addRow("hci 0x%02x", c) << (0x0200 | c) << hciErrorName(quint8(c));
        for (int c = 0x01; c <= 0x0A; ++c)
            QTest::addRow("smp 0x%02x", c) << (0x0300 | c) << smpErrorName(quint8(c));
        for (int c = 0x01; c <= 0x11; ++c)
            QTest::addRow("att 0x%02x", c) << (0x0400 | c) << attErrorName(quint8(c));
        QTest::newRow("att app") << 0x0480 << QStringLiteral("Application Error");
        QTest::newRow("success") << 0 << QStringLiteral("success");
        QTest::newRow("unknown 0x01xx") << 0x0190 << QStringLiteral("unknown");
        QTest::newRow("unknown source") << 0x0501 << QStringLiteral("unknown");
    }
    void errorNames()
    {
        QFETCH(int, code);
        QFETCH(QString, name);
        QCOMPARE(bgapiErrorName(quint16(code)), name);
        QVERIFY(!name.isEmpty());
    }

    void toErrorMapping()
    {
        QVERIFY(!toError(0));
        QCOMPARE(toError(0x0405), Error::att(AttError::InsufficientAuthentication));
        QCOMPARE(toError(0x0405).name(), QStringLiteral("Insufficient Authentication"));
        QCOMPARE(toError(0x0216), Error::controller(0x16));
        QCOMPARE(toError(0x0208).name(), QStringLiteral("Connection Timeout"));
        QCOMPARE(toError(0x0305), Error::security(0x05));
        const Error wrongState = toError(0x0181);
        QCOMPARE(wrongState.kind(), Error::Kind::Backend);
        QCOMPARE(wrongState.code(), quint16(0x0181));
        QCOMPARE(wrongState.message(), QStringLiteral("BGAPI wrong_state (0x0181)"));
        const Error timeout = toError(0x0185);
        QCOMPARE(timeout.kind(), Error::Kind::Timeout);
        QCOMPARE(timeout.code(), quint16(0x0185));
        QCOMPARE(toError(0x0186).message(), QStringLiteral("BGAPI not_connected (0x0186)"));
        QCOMPARE(toError(0x0501).kind(), Error::Kind::Backend);
    }
};

QTEST_GUILESS_MAIN(TestBgapiCodec)
#include "tst_bgapicodec.moc"
