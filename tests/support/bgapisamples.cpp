// SPDX-License-Identifier: MIT
#include "bgapisamples.h"

#include <QHash>

namespace gattscope::bgapi::test {

namespace {

template<Message T> Sample sample(T message, const char *hex)
{
    Sample s;
    s.tag = QLatin1String(T::name) + QLatin1Char('/')
        + QLatin1String(T::kind == Kind::Command        ? "cmd"
                            : T::kind == Kind::Response ? "rsp"
                                                        : "evt");
    s.kind = T::kind;
    if constexpr (T::kind == Kind::Command)
        s.message = Command(std::move(message));
    else if constexpr (T::kind == Kind::Response)
        s.message = Response(std::move(message));
    else
        s.message = Event(std::move(message));
    s.wire = QByteArray::fromHex(hex);
    return s;
}

const DeviceAddress kPublic(0x000780AABBCCull);
const DeviceAddress kPublic2(0x000780123456ull);
const DeviceAddress kRandomStatic = DeviceAddress::fromAirAddress(0xC01122334455ull, true);

Uuid nordicUart()
{
    return *Uuid::fromString(u"6e400001-b5a3-f393-e0a9-e50e24dcca9e");
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QList<Sample> build()
{
    QList<Sample> s;
    // --- commands (header 00 LL CC II)
    s << sample(SystemReset { false }, "00 01 00 00 00") << sample(SystemReset { true }, "00 01 00 00 01")
      << sample(SystemHello {}, "00 00 00 01") << sample(SystemAddressGet {}, "00 00 00 02")
      << sample(SystemGetCounters {}, "00 00 00 05") << sample(SystemGetConnections {}, "00 00 00 06")
      << sample(SystemGetInfo {}, "00 00 00 08")
      << sample(SystemWhitelistAppend { kPublic, PeerAddressType::Public },
                "00 07 00 0A CC BB AA 80 07 00 00")
      << sample(SystemWhitelistRemove { kRandomStatic, PeerAddressType::Random },
                "00 07 00 0B 55 44 33 22 11 C0 01")
      << sample(SystemWhitelistClear {}, "00 00 00 0C");
    s << sample(FlashPsDump {}, "00 00 01 01") << sample(FlashPsEraseAll {}, "00 00 01 02")
      << sample(FlashPsSave { 0x8000, hex("010203") }, "00 06 01 03 00 80 03 01 02 03")
      << sample(FlashPsLoad { 0x8001 }, "00 02 01 04 01 80")
      << sample(FlashPsErase { 0x8002 }, "00 02 01 05 02 80");
    s << sample(ConnectionDisconnect { 1 }, "00 01 03 00 01")
      << sample(ConnectionGetRssi { 2 }, "00 01 03 01 02")
      << sample(ConnectionUpdate { 0, 6, 12, 4, 400 }, "00 09 03 02 00 06 00 0C 00 04 00 90 01")
      << sample(ConnectionVersionUpdate { 0 }, "00 01 03 03 00")
      << sample(ConnectionGetStatus { 1 }, "00 01 03 07 01");
    s << sample(AttclientFindByTypeValue { 0, 0x0001, 0xFFFF, 0x2800, hex("0D18") },
                "00 0A 04 00 00 01 00 FF FF 00 28 02 0D 18")
      << sample(AttclientReadByGroupType { 0, 0x0001, 0xFFFF, Uuid(0x2800) },
                "00 08 04 01 00 01 00 FF FF 02 00 28")
      << sample(AttclientReadByType { 1, 0x0010, 0x0020, nordicUart() },
                "00 16 04 02 01 10 00 20 00 10 9E CA DC 24 0E E5 A9 E0 93 F3 A3 B5 01 00 40 6E")
      << sample(AttclientFindInformation { 0, 0x0001, 0xFFFF }, "00 05 04 03 00 01 00 FF FF")
      << sample(AttclientReadByHandle { 0, 0x0025 }, "00 03 04 04 00 25 00")
      << sample(AttclientAttributeWrite { 0, 0x000F, hex("0100") }, "00 06 04 05 00 0F 00 02 01 00")
      << sample(AttclientWriteCommand { 1, 0x0010, hex("AABBCC") }, "00 07 04 06 01 10 00 03 AA BB CC")
      << sample(AttclientIndicateConfirm { 0 }, "00 01 04 07 00")
      << sample(AttclientReadLong { 0, 0x0030 }, "00 03 04 08 00 30 00")
      << sample(AttclientPrepareWrite { 0, 0x0030, 18, hex("1122") }, "00 08 04 09 00 30 00 12 00 02 11 22")
      << sample(AttclientExecuteWrite { 0, true }, "00 02 04 0A 00 01")
      << sample(AttclientReadMultiple { 0, { 0x0003, 0x0105 } }, "00 06 04 0B 00 04 03 00 05 01");
    s << sample(SmEncryptStart { 0, true }, "00 02 05 00 00 01")
      << sample(SmSetBondableMode { true }, "00 01 05 01 01")
      << sample(SmDeleteBonding { 3 }, "00 01 05 02 03")
      << sample(SmSetParameters { true, 16, SmIoCapabilities::KeyboardDisplay }, "00 03 05 03 01 10 04")
      << sample(SmPasskeyEntry { 0, 123456 }, "00 05 05 04 00 40 E2 01 00")
      << sample(SmGetBonds {}, "00 00 05 05")
      << sample(SmSetOobData { hex("000102030405060708090A0B0C0D0E0F") },
                "00 11 05 06 10 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F");
    s << sample(GapSetPrivacyFlags { 1, 0 }, "00 02 06 00 01 00")
      << sample(GapSetMode { GapDiscoverableMode::General, GapConnectableMode::UndirectedConnectable },
                "00 02 06 01 02 02")
      << sample(GapDiscover { GapDiscoverMode::Observation }, "00 01 06 02 02")
      << sample(GapConnectDirect { kPublic2, PeerAddressType::Public, 60, 76, 100, 0 },
                "00 0F 06 03 56 34 12 80 07 00 00 3C 00 4C 00 64 00 00 00")
      << sample(GapEndProcedure {}, "00 00 06 04")
      << sample(GapConnectSelective { 60, 76, 100, 0 }, "00 08 06 05 3C 00 4C 00 64 00 00 00")
      << sample(GapSetFiltering { 1, 0, true }, "00 03 06 06 01 00 01")
      << sample(GapSetScanParameters { 75, 50, true }, "00 05 06 07 4B 00 32 00 01")
      << sample(GapSetAdvParameters { 0x20, 0x40, 7 }, "00 05 06 08 20 00 40 00 07")
      << sample(GapSetAdvData { true, hex("020106") }, "00 05 06 09 01 03 02 01 06")
      << sample(GapSetDirectedConnectableMode { kRandomStatic, PeerAddressType::Random },
                "00 07 06 0A 55 44 33 22 11 C0 01");

    // --- responses (header 00 LL CC II, the command's IDs)
    s << sample(SystemHelloResponse {}, "00 00 00 01")
      << sample(SystemAddressGetResponse { kPublic }, "00 06 00 02 CC BB AA 80 07 00")
      << sample(SystemGetCountersResponse { 1, 2, 3, 4, 5 }, "00 05 00 05 01 02 03 04 05")
      << sample(SystemGetConnectionsResponse { 3 }, "00 01 00 06 03")
      << sample(SystemGetInfoResponse { 1, 3, 2, 122, 2, 1, 1 },
                "00 0C 00 08 01 00 03 00 02 00 7A 00 02 00 01 01")
      << sample(SystemWhitelistAppendResponse { 0 }, "00 02 00 0A 00 00")
      << sample(SystemWhitelistRemoveResponse { 0x0180 }, "00 02 00 0B 80 01")
      << sample(SystemWhitelistClearResponse {}, "00 00 00 0C");
    s << sample(FlashPsDumpResponse {}, "00 00 01 01") << sample(FlashPsEraseAllResponse {}, "00 00 01 02")
      << sample(FlashPsSaveResponse { 0 }, "00 02 01 03 00 00")
      << sample(FlashPsLoadResponse { 0, hex("ABCD") }, "00 05 01 04 00 00 02 AB CD")
      << sample(FlashPsEraseResponse {}, "00 00 01 05");
    s << sample(ConnectionDisconnectResponse { 0, 0x0186 }, "00 03 03 00 00 86 01")
      << sample(ConnectionGetRssiResponse { 0, -60 }, "00 02 03 01 00 C4")
      << sample(ConnectionUpdateResponse { 0, 0 }, "00 03 03 02 00 00 00")
      << sample(ConnectionVersionUpdateResponse { 1, 0 }, "00 03 03 03 01 00 00")
      << sample(ConnectionGetStatusResponse { 1 }, "00 01 03 07 01");
    s << sample(AttclientFindByTypeValueResponse { 0, 0 }, "00 03 04 00 00 00 00")
      << sample(AttclientReadByGroupTypeResponse { 1, 0 }, "00 03 04 01 01 00 00")
      << sample(AttclientReadByTypeResponse { 0, 0x0181 }, "00 03 04 02 00 81 01")
      << sample(AttclientFindInformationResponse { 0, 0 }, "00 03 04 03 00 00 00")
      << sample(AttclientReadByHandleResponse { 0, 0x0181 }, "00 03 04 04 00 81 01")
      << sample(AttclientAttributeWriteResponse { 2, 0 }, "00 03 04 05 02 00 00")
      << sample(AttclientWriteCommandResponse { 0, 0 }, "00 03 04 06 00 00 00")
      << sample(AttclientIndicateConfirmResponse { 0 }, "00 02 04 07 00 00")
      << sample(AttclientReadLongResponse { 0, 0 }, "00 03 04 08 00 00 00")
      << sample(AttclientPrepareWriteResponse { 0, 0 }, "00 03 04 09 00 00 00")
      << sample(AttclientExecuteWriteResponse { 0, 0 }, "00 03 04 0A 00 00 00")
      << sample(AttclientReadMultipleResponse { 0, 0 }, "00 03 04 0B 00 00 00");
    s << sample(SmEncryptStartResponse { 0, 0 }, "00 03 05 00 00 00 00")
      << sample(SmSetBondableModeResponse {}, "00 00 05 01")
      << sample(SmDeleteBondingResponse { 0 }, "00 02 05 02 00 00")
      << sample(SmSetParametersResponse {}, "00 00 05 03")
      << sample(SmPasskeyEntryResponse { 0 }, "00 02 05 04 00 00")
      << sample(SmGetBondsResponse { 2 }, "00 01 05 05 02") << sample(SmSetOobDataResponse {}, "00 00 05 06");
    s << sample(GapSetPrivacyFlagsResponse {}, "00 00 06 00")
      << sample(GapSetModeResponse { 0 }, "00 02 06 01 00 00")
      << sample(GapDiscoverResponse { 0x0181 }, "00 02 06 02 81 01")
      << sample(GapConnectDirectResponse { 0, 1 }, "00 03 06 03 00 00 01")
      << sample(GapEndProcedureResponse { 0x0181 }, "00 02 06 04 81 01")
      << sample(GapConnectSelectiveResponse { 0, 0 }, "00 03 06 05 00 00 00")
      << sample(GapSetFilteringResponse { 0 }, "00 02 06 06 00 00")
      << sample(GapSetScanParametersResponse { 0 }, "00 02 06 07 00 00")
      << sample(GapSetAdvParametersResponse { 0 }, "00 02 06 08 00 00")
      << sample(GapSetAdvDataResponse { 0 }, "00 02 06 09 00 00")
      << sample(GapSetDirectedConnectableModeResponse { 0 }, "00 02 06 0A 00 00");

    // --- events (header 80 LL CC II)
    s << sample(SystemBootEvent { 1, 3, 2, 122, 2, 1, 1 }, "80 0C 00 00 01 00 03 00 02 00 7A 00 02 00 01 01")
      << sample(SystemProtocolErrorEvent { 0x0184 }, "80 02 00 06 84 01")
      << sample(FlashPsKeyEvent { 0x8000, hex("01") }, "80 04 01 00 00 80 01 01");
    s << sample(ConnectionStatusEvent { 0, ConnectionFlag::Connected | ConnectionFlag::Completed, kPublic2,
                                        PeerAddressType::Public, 60, 100, 0, kNoBond },
                "80 10 03 00 00 05 56 34 12 80 07 00 00 3C 00 64 00 00 00 FF")
      << sample(ConnectionVersionIndEvent { 0, 6, 0x000F, 0x0100 }, "80 06 03 01 00 06 0F 00 00 01")
      << sample(ConnectionFeatureIndEvent { 0, hex("0100000000000000") },
                "80 0A 03 02 00 08 01 00 00 00 00 00 00 00")
      << sample(ConnectionDisconnectedEvent { 0, 0x0216 }, "80 03 03 04 00 16 02");
    s << sample(AttclientIndicatedEvent { 0, 0x0012 }, "80 03 04 00 00 12 00")
      << sample(AttclientProcedureCompletedEvent { 0, 0, 0xFFFF }, "80 05 04 01 00 00 00 FF FF")
      << sample(AttclientGroupFoundEvent { 0, 1, 5, Uuid(0x1800) }, "80 08 04 02 00 01 00 05 00 02 00 18")
      << sample(AttclientAttributeFoundEvent { 0, 2, 3, 0x12, Uuid(0x2A37) },
                "80 09 04 03 00 02 00 03 00 12 02 37 2A")
      << sample(AttclientFindInformationFoundEvent { 0, 3, Uuid(0x2803) }, "80 06 04 04 00 03 00 02 03 28")
      << sample(AttclientAttributeValueEvent { 0, 0x0012, AttributeValueType::Notify, hex("0648") },
                "80 07 04 05 00 12 00 01 02 06 48")
      << sample(AttclientReadMultipleResponseEvent { 0, hex("010203") }, "80 05 04 06 00 03 01 02 03");
    s << sample(SmSmpDataEvent { 0, 1, hex("AA") }, "80 04 05 00 00 01 01 AA")
      << sample(SmBondingFailEvent { 0, 0x0305 }, "80 03 05 01 00 05 03")
      << sample(SmPasskeyDisplayEvent { 0, 999999 }, "80 05 05 02 00 3F 42 0F 00")
      << sample(SmPasskeyRequestEvent { 1 }, "80 01 05 03 01")
      << sample(SmBondStatusEvent { 0, 16, false, SmBondKey::Ltk | SmBondKey::Irk },
                "80 04 05 04 00 10 00 09");
    // The captured scan response quoted in docs/bgapi.md (AD bytes after the first 7 made up).
    s << sample(GapScanResponseEvent { -90, ScanPacketType::ConnectableAdvertisement,
                                       DeviceAddress::fromAirAddress(0x6102D20B1315ull, true),
                                       PeerAddressType::Random, kNoBond,
                                       hex("02010613FF4C000C0E00112233445566778899AABBCCDD") },
                "80 22 06 00 A6 00 15 13 0B D2 02 61 01 FF 17 02 01 06 13 FF 4C 00 0C 0E 00 11 22 33 44 55 "
                "66 77 88 99 "
                "AA BB CC DD")
      << sample(
             GapModeChangedEvent { GapDiscoverableMode::General, GapConnectableMode::UndirectedConnectable },
             "80 02 06 01 02 02");

    QHash<QString, int> seen;
    for (Sample &one : s) {
        const int n = seen[one.tag]++;
        if (n)
            one.tag += QLatin1Char('#') + QString::number(n);
    }
    return s;
}

} // namespace

const QList<Sample> &samples()
{
    static const QList<Sample> all = build();
    return all;
}

BgapiPacket encodeAny(const AnyMessage &message)
{
    return std::visit([](const auto &m) { return encode(m); }, message);
}

Result<AnyMessage> decodeAny(Kind kind, const BgapiPacketView &packet)
{
    switch (kind) {
    case Kind::Command: {
        Result<Command> r = decodeCommand(packet);
        return r.ok() ? Result<AnyMessage>(AnyMessage(r.value())) : Result<AnyMessage>(r.error());
    }
    case Kind::Response: {
        Result<Response> r = decodeResponse(packet);
        return r.ok() ? Result<AnyMessage>(AnyMessage(r.value())) : Result<AnyMessage>(r.error());
    }
    case Kind::Event: {
        Result<Event> r = decodeEvent(packet);
        return r.ok() ? Result<AnyMessage>(AnyMessage(r.value())) : Result<AnyMessage>(r.error());
    }
    }
    return Error(Error::Kind::InvalidArgument);
}

} // namespace gattscope::bgapi::test
