// SPDX-License-Identifier: MIT
#include "bgapimessages.h"
#include "bgapinames.h"

#include <QCoreApplication>

#include <array>

namespace gattscope::bgapi {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct BgapiTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::bgapi)
};

// --- the catalogue, built at compile time from the type lists

template<class... T> constexpr auto infosOf(TypeList<T...>)
{
    return std::array<MessageInfo, sizeof...(T)> { messageInfo<T>()... };
}

constexpr auto kCommandInfos = infosOf(CommandTypes {});
constexpr auto kResponseInfos = infosOf(ResponseTypes {});
constexpr auto kEventInfos = infosOf(EventTypes {});

constexpr std::size_t kCatalogueSize = kCommandInfos.size() + kResponseInfos.size() + kEventInfos.size();

constexpr std::array<MessageInfo, kCatalogueSize> makeCatalogue()
{
    std::array<MessageInfo, kCatalogueSize> all {};
    std::size_t i = 0;
    for (const MessageInfo &m : kCommandInfos)
        all[i++] = m;
    for (const MessageInfo &m : kResponseInfos)
        all[i++] = m;
    for (const MessageInfo &m : kEventInfos)
        all[i++] = m;
    return all;
}

constexpr auto kCatalogue = makeCatalogue();

// Lookup by (kind, class, id): class and id below 16 cover every typed message.
constexpr int kIdSpace = 16;
constexpr std::size_t slotOf(Kind kind, MessageClass cls, quint8 id)
{
    return (std::size_t(kind) * kIdSpace + std::size_t(cls)) * kIdSpace + id;
}

constexpr std::array<quint8, 3 * kIdSpace * kIdSpace> makeIndex()
{
    static_assert(kCatalogueSize < 255);
    std::array<quint8, 3 * kIdSpace * kIdSpace> index {};
    for (std::size_t i = 0; i < kCatalogueSize; ++i) {
        const MessageInfo &m = kCatalogue[i];
        if (quint8(m.messageClass) >= kIdSpace || m.messageId >= kIdSpace)
            throw "message identity outside the lookup table";
        const std::size_t slot = slotOf(m.kind, m.messageClass, m.messageId);
        if (index[slot] != 0)
            throw "two messages share one identity";
        index[slot] = quint8(i + 1);
    }
    return index;
}

constexpr auto kIndex = makeIndex();

// The fixed sizes the doc's tables give, as a spot check of the field lists.
static_assert(fixedPayloadSize<ConnectionStatusEvent>() == 16);
static_assert(fixedPayloadSize<GapScanResponseEvent>() == 11 && hasArrayField<GapScanResponseEvent>());
static_assert(fixedPayloadSize<AttclientAttributeValueEvent>() == 5);
static_assert(fixedPayloadSize<GapConnectDirect>() == 15 && !hasArrayField<GapConnectDirect>());
static_assert(fixedPayloadSize<SystemGetInfoResponse>() == 12);
static_assert(fixedPayloadSize<SmSetOobData>() == 1 && hasArrayField<SmSetOobData>());

// --- decoding dispatch: one function pointer per (class, id), per kind

template<class Variant> using Decoder = Result<Variant> (*)(const BgapiPacketView &);

template<class Variant, class T> Result<Variant> decodeInto(const BgapiPacketView &packet)
{
    T message;
    const DecodeStatus status = decodePayload(packet.payload, message);
    if (status != DecodeStatus::Ok)
        return malformedPayloadError(messageInfo<T>(), status, packet.payload.size());
    return Variant(std::in_place_type<T>, std::move(message));
}

template<class Variant, class... T>
constexpr std::array<Decoder<Variant>, kIdSpace * kIdSpace> makeDecoders(TypeList<T...>)
{
    std::array<Decoder<Variant>, kIdSpace * kIdSpace> table {};
    ((table[std::size_t(T::messageClass) * kIdSpace + T::messageId] = &decodeInto<Variant, T>), ...);
    return table;
}

constexpr auto kCommandDecoders = makeDecoders<Command>(CommandTypes {});
constexpr auto kResponseDecoders = makeDecoders<Response>(ResponseTypes {});
constexpr auto kEventDecoders = makeDecoders<Event>(EventTypes {});

template<class Variant>
Result<Variant> dispatch(const std::array<Decoder<Variant>, kIdSpace * kIdSpace> &decoders,
                         const BgapiPacketView &packet, bool wantEvent)
{
    const auto cls = quint8(packet.messageClass);
    if (packet.technology == 0 && packet.isEvent() == wantEvent && cls < kIdSpace
        && packet.messageId < kIdSpace) {
        if (const Decoder<Variant> decoder = decoders[std::size_t(cls) * kIdSpace + packet.messageId])
            return decoder(packet);
    }
    return Variant(std::in_place_type<RawPacket>, packet.toPacket());
}

template<class Variant> BgapiPacket encodeVariant(const Variant &message)
{
    return std::visit(
        [](const auto &m) -> BgapiPacket {
            using T = std::remove_cvref_t<decltype(m)>;
            if constexpr (std::is_same_v<T, RawPacket>)
                return m;
            else
                return encode(m);
        },
        message);
}

template<class Variant> MessageInfo infoOfVariant(const Variant &message, Kind rawKind)
{
    return std::visit(
        [rawKind](const auto &m) -> MessageInfo {
            using T = std::remove_cvref_t<decltype(m)>;
            if constexpr (std::is_same_v<T, RawPacket>)
                return { rawKind, m.messageClass, m.messageId, nullptr, 0, false };
            else
                return messageInfo<T>();
        },
        message);
}

QString kindWord(Kind kind)
{
    switch (kind) {
    case Kind::Command: return BgapiTexts::tr("command");
    case Kind::Response: return BgapiTexts::tr("response");
    case Kind::Event: return BgapiTexts::tr("event");
    }
    return {};
}

} // namespace

std::span<const MessageInfo> messageCatalogue()
{
    return kCatalogue;
}

const MessageInfo *findMessage(Kind kind, MessageClass messageClass, quint8 messageId)
{
    if (quint8(messageClass) >= kIdSpace || messageId >= kIdSpace || quint8(kind) > quint8(Kind::Event))
        return nullptr;
    const quint8 i = kIndex[slotOf(kind, messageClass, messageId)];
    return i ? &kCatalogue[i - 1] : nullptr;
}

BgapiPacket encode(const Command &message)
{
    return encodeVariant(message);
}

BgapiPacket encode(const Response &message)
{
    return encodeVariant(message);
}

BgapiPacket encode(const Event &message)
{
    return encodeVariant(message);
}

Result<Command> decodeCommand(const BgapiPacketView &packet)
{
    return dispatch(kCommandDecoders, packet, false);
}

Result<Response> decodeResponse(const BgapiPacketView &packet)
{
    return dispatch(kResponseDecoders, packet, false);
}

Result<Event> decodeEvent(const BgapiPacketView &packet)
{
    return dispatch(kEventDecoders, packet, true);
}

MessageInfo messageInfoOf(const Command &message)
{
    return infoOfVariant(message, Kind::Command);
}

MessageInfo messageInfoOf(const Response &message)
{
    return infoOfVariant(message, Kind::Response);
}

MessageInfo messageInfoOf(const Event &message)
{
    return infoOfVariant(message, Kind::Event);
}

Error malformedPayloadError(const MessageInfo &info, DecodeStatus status, qsizetype payloadSize)
{
    QString why;
    switch (status) {
    case DecodeStatus::Ok: break;
    case DecodeStatus::Truncated: why = BgapiTexts::tr("truncated"); break;
    case DecodeStatus::TrailingBytes: why = BgapiTexts::tr("unexpected trailing bytes"); break;
    case DecodeStatus::InvalidArray: why = BgapiTexts::tr("invalid UUID or handle list length"); break;
    }
    const QString expected
        = info.hasArray ? BgapiTexts::tr("at least %1").arg(info.fixedSize) : QString::number(info.fixedSize);
    return Error(Error::Kind::Protocol,
                 BgapiTexts::tr("malformed BGAPI %1 %2: %3-byte payload, expected %4 (%5)")
                     .arg(QLatin1String(info.name), kindWord(info.kind))
                     .arg(payloadSize)
                     .arg(expected, why));
}

Error unexpectedMessageError(const MessageInfo &info, const BgapiPacketView &packet)
{
    const Kind got
        = packet.isEvent() ? Kind::Event : (info.kind == Kind::Command ? Kind::Command : Kind::Response);
    return Error(Error::Kind::Protocol,
                 BgapiTexts::tr("expected BGAPI %1 %2, got %3")
                     .arg(QLatin1String(info.name), kindWord(info.kind),
                          messageName(packet.messageClass, packet.messageId, got)));
}

} // namespace gattscope::bgapi
