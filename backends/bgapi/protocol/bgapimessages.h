// SPDX-License-Identifier: MIT
#pragma once

// Every typed BGAPI message, the variants that hold "any command / response / event", and
// the encoders and decoders. Pure functions over bytes, used by both sides:
//   host (client):     encode(command) → wire;  decodeResponse / decodeEvent ← wire
//   device (emulator): decodeCommand ← wire;    encode(response / event) → wire
// Unknown class/ID pairs are not errors: they decode to RawPacket. A known message whose
// payload does not fit its layout is an Error::Kind::Protocol, never a crash.

#include "bgapiattclient.h"
#include "bgapiconnection.h"
#include "bgapiflash.h"
#include "bgapigap.h"
#include "bgapimessage.h"
#include "bgapipacket.h"
#include "bgapism.h"
#include "bgapisystem.h"

#include <gattscope/core/base/result.h>

#include <optional>
#include <span>
#include <variant>

namespace gattscope::bgapi {

template<class... T> struct TypeList
{
};

// The typed messages, by kind. Adding a message = defining its struct and listing it here.
using CommandTypes = TypeList<
    // system
    SystemReset, SystemHello, SystemAddressGet, SystemGetCounters, SystemGetConnections, SystemGetInfo,
    SystemWhitelistAppend, SystemWhitelistRemove, SystemWhitelistClear,
    // flash
    FlashPsDump, FlashPsEraseAll, FlashPsSave, FlashPsLoad, FlashPsErase,
    // connection
    ConnectionDisconnect, ConnectionGetRssi, ConnectionUpdate, ConnectionVersionUpdate, ConnectionGetStatus,
    // attclient
    AttclientFindByTypeValue, AttclientReadByGroupType, AttclientReadByType, AttclientFindInformation,
    AttclientReadByHandle, AttclientAttributeWrite, AttclientWriteCommand, AttclientIndicateConfirm,
    AttclientReadLong, AttclientPrepareWrite, AttclientExecuteWrite, AttclientReadMultiple,
    // sm
    SmEncryptStart, SmSetBondableMode, SmDeleteBonding, SmSetParameters, SmPasskeyEntry, SmGetBonds,
    SmSetOobData,
    // gap
    GapSetPrivacyFlags, GapSetMode, GapDiscover, GapConnectDirect, GapEndProcedure, GapConnectSelective,
    GapSetFiltering, GapSetScanParameters, GapSetAdvParameters, GapSetAdvData, GapSetDirectedConnectableMode>;

using ResponseTypes = TypeList<
    // system (system_reset has none)
    SystemHelloResponse, SystemAddressGetResponse, SystemGetCountersResponse, SystemGetConnectionsResponse,
    SystemGetInfoResponse, SystemWhitelistAppendResponse, SystemWhitelistRemoveResponse,
    SystemWhitelistClearResponse,
    // flash
    FlashPsDumpResponse, FlashPsEraseAllResponse, FlashPsSaveResponse, FlashPsLoadResponse,
    FlashPsEraseResponse,
    // connection
    ConnectionDisconnectResponse, ConnectionGetRssiResponse, ConnectionUpdateResponse,
    ConnectionVersionUpdateResponse, ConnectionGetStatusResponse,
    // attclient
    AttclientFindByTypeValueResponse, AttclientReadByGroupTypeResponse, AttclientReadByTypeResponse,
    AttclientFindInformationResponse, AttclientReadByHandleResponse, AttclientAttributeWriteResponse,
    AttclientWriteCommandResponse, AttclientIndicateConfirmResponse, AttclientReadLongResponse,
    AttclientPrepareWriteResponse, AttclientExecuteWriteResponse, AttclientReadMultipleResponse,
    // sm
    SmEncryptStartResponse, SmSetBondableModeResponse, SmDeleteBondingResponse, SmSetParametersResponse,
    SmPasskeyEntryResponse, SmGetBondsResponse, SmSetOobDataResponse,
    // gap
    GapSetPrivacyFlagsResponse, GapSetModeResponse, GapDiscoverResponse, GapConnectDirectResponse,
    GapEndProcedureResponse, GapConnectSelectiveResponse, GapSetFilteringResponse,
    GapSetScanParametersResponse, GapSetAdvParametersResponse, GapSetAdvDataResponse,
    GapSetDirectedConnectableModeResponse>;

using EventTypes = TypeList<
    // system
    SystemBootEvent, SystemProtocolErrorEvent,
    // flash
    FlashPsKeyEvent,
    // connection
    ConnectionStatusEvent, ConnectionVersionIndEvent, ConnectionFeatureIndEvent, ConnectionDisconnectedEvent,
    // attclient
    AttclientIndicatedEvent, AttclientProcedureCompletedEvent, AttclientGroupFoundEvent,
    AttclientAttributeFoundEvent, AttclientFindInformationFoundEvent, AttclientAttributeValueEvent,
    AttclientReadMultipleResponseEvent,
    // sm
    SmSmpDataEvent, SmBondingFailEvent, SmPasskeyDisplayEvent, SmPasskeyRequestEvent, SmBondStatusEvent,
    // gap
    GapScanResponseEvent, GapModeChangedEvent>;

// A packet of a class/ID (or technology) this layer has no type for, kept as it came.
using RawPacket = BgapiPacket;

template<class List> struct VariantWithRaw;
template<class... T> struct VariantWithRaw<TypeList<T...>>
{
    using type = std::variant<RawPacket, T...>;
};

using Command = VariantWithRaw<CommandTypes>::type;
using Response = VariantWithRaw<ResponseTypes>::type;
using Event = VariantWithRaw<EventTypes>::type;

// --- identity and size rules

// One typed message: identity, log name and payload size rule.
struct MessageInfo
{
    Kind kind;
    MessageClass messageClass;
    quint8 messageId;
    const char *name;
    quint16 fixedSize; // see fixedPayloadSize()
    bool hasArray; // last field is a uint8array whose count is at payload[fixedSize - 1]
};

// Every typed message: commands, then responses, then events.
std::span<const MessageInfo> messageCatalogue();
// The typed message with this identity, or nullptr. O(1).
const MessageInfo *findMessage(Kind kind, MessageClass messageClass, quint8 messageId);

// True when a payload of this many bytes fits the message's layout: exactly fixedSize, or
// fixedSize + the array count for a trailing uint8array.
inline bool payloadLengthFits(const MessageInfo &info, QByteArrayView payload)
{
    if (!info.hasArray)
        return payload.size() == info.fixedSize;
    return payload.size() >= info.fixedSize
        && payload.size() == info.fixedSize + quint8(payload[info.fixedSize - 1]);
}

// What a packet is, given which side sent it (the header only separates events).
inline Kind kindOf(const BgapiPacketView &packet, Direction direction)
{
    if (packet.isEvent())
        return Kind::Event;
    return direction == Direction::HostToDevice ? Kind::Command : Kind::Response;
}

template<Message T> constexpr MessageInfo messageInfo()
{
    return { T::kind,           T::messageClass, T::messageId, T::name, quint16(fixedPayloadSize<T>()),
             hasArrayField<T>() };
}

// True when the packet carries message T (event bit, class and ID; technology 0).
template<Message T> bool matches(const BgapiPacketView &packet)
{
    return packet.technology == 0 && packet.isEvent() == (T::kind == Kind::Event)
        && packet.messageClass == T::messageClass && packet.messageId == T::messageId;
}

// --- encoding (never fails; uint8arrays longer than 255 bytes are cut, see BgapiWriter)

template<Message T> BgapiPacket encode(const T &message)
{
    BgapiPacket p;
    p.messageType = T::kind == Kind::Event ? MessageType::Event : MessageType::CommandOrResponse;
    p.messageClass = T::messageClass;
    p.messageId = T::messageId;
    p.payload.reserve(fixedPayloadSize<T>() + (hasArrayField<T>() ? 32 : 0));
    encodePayload(message, p.payload);
    return p;
}

// Header and payload in one buffer, ready for the wire.
template<Message T> QByteArray encodeToBytes(const T &message)
{
    QByteArray out(BgapiHeader::kSize, Qt::Uninitialized);
    encodePayload(message, out);
    BgapiHeader h;
    h.messageType = T::kind == Kind::Event ? MessageType::Event : MessageType::CommandOrResponse;
    h.payloadLength = quint16(out.size() - BgapiHeader::kSize);
    h.messageClass = T::messageClass;
    h.messageId = T::messageId;
    h.writeTo(reinterpret_cast<uchar *>(out.data()));
    return out;
}

// Whichever alternative the variant holds; a RawPacket is returned as it is.
BgapiPacket encode(const Command &message);
BgapiPacket encode(const Response &message);
BgapiPacket encode(const Event &message);

// --- decoding

// The Error for a payload that does not fit message `info` (Kind::Protocol, with the name,
// the size and what was wrong).
Error malformedPayloadError(const MessageInfo &info, DecodeStatus status, qsizetype payloadSize);
// The Error for a packet that is not message `info`.
Error unexpectedMessageError(const MessageInfo &info, const BgapiPacketView &packet);

// Decodes a packet known (or expected) to be T; fails if it is another message or malformed.
template<Message T> Result<T> decode(const BgapiPacketView &packet)
{
    if (!matches<T>(packet))
        return unexpectedMessageError(messageInfo<T>(), packet);
    T message;
    const DecodeStatus status = decodePayload(packet.payload, message);
    if (status != DecodeStatus::Ok)
        return malformedPayloadError(messageInfo<T>(), status, packet.payload.size());
    return message;
}

// Device side: a packet the host sent. Events and unknown IDs give a RawPacket.
Result<Command> decodeCommand(const BgapiPacketView &packet);
// Host side: a non-event packet from the dongle. Events and unknown IDs give a RawPacket.
Result<Response> decodeResponse(const BgapiPacketView &packet);
// Host side: an event packet from the dongle. Non-events and unknown IDs give a RawPacket.
Result<Event> decodeEvent(const BgapiPacketView &packet);

// Identity of whatever a variant holds.
MessageInfo messageInfoOf(const Command &message);
MessageInfo messageInfoOf(const Response &message);
MessageInfo messageInfoOf(const Event &message);

// --- the hot path: attclient_attribute_value without copying the value

// attclient_attribute_value decoded in place; value points into the packet's payload and
// lives only as long as it.
struct AttributeValueView
{
    quint8 connection = 0;
    quint16 handle = 0;
    AttributeValueType type = AttributeValueType::Read;
    QByteArrayView value;

    AttclientAttributeValueEvent toEvent() const { return { connection, handle, type, value.toByteArray() }; }
};

// nullopt when the packet is not an attclient_attribute_value event or its payload does not
// fit the layout (use decode<AttclientAttributeValueEvent>() to learn why).
inline std::optional<AttributeValueView> attributeValueView(const BgapiPacketView &packet)
{
    if (!matches<AttclientAttributeValueEvent>(packet))
        return std::nullopt;
    const QByteArrayView p = packet.payload;
    if (p.size() < 5 || p.size() != 5 + quint8(p[4]))
        return std::nullopt;
    const auto *b = reinterpret_cast<const uchar *>(p.data());
    return AttributeValueView { b[0], quint16(b[1] | (b[2] << 8)), AttributeValueType(b[3]), p.sliced(5) };
}

} // namespace gattscope::bgapi
