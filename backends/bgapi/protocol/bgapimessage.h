// SPDX-License-Identifier: MIT
#pragma once

// The machinery behind the typed BGAPI messages: each message struct names its kind,
// class, ID and log name, and lists its fields in wire order with fields(). From that one
// list the generic code below derives the encoder, the decoder and the payload size rules,
// so a layout is written down exactly once.
//
// Field types and their wire form:
//   quint8, qint8, bool, 1-byte enums, QFlags<1-byte enum>  1 byte (bool reads non-zero as true)
//   quint16 / quint32                                         2 / 4 bytes, little-endian
//   DeviceAddress                                             bd_addr, 6 bytes LSB first
//   QByteArray                                                uint8array (count byte + bytes)
//   Uuid                                                      uint8array of 2 or 16 LE bytes (4 accepted)
//   QList<quint16>                                            uint8array of LE handles (even count)
// A uint8array-like field must be the last one.

#include "bgapienums.h"
#include "bgapireader.h"
#include "bgapiwriter.h"

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QFlags>
#include <QList>

#include <concepts>
#include <tuple>
#include <type_traits>
#include <utility>

namespace gattscope::bgapi {

template<class T> struct FieldCodec; // one specialisation per supported field type

template<class T> struct ScalarFieldCodec
{
    static constexpr int kFixedSize = sizeof(T);
    static constexpr bool kIsArray = false;
};

template<> struct FieldCodec<quint8> : ScalarFieldCodec<quint8>
{
    static void write(BgapiWriter &w, quint8 v) { w.writeU8(v); }
    static bool read(BgapiReader &r, quint8 &v) { return v = r.readU8(), true; }
};
template<> struct FieldCodec<qint8> : ScalarFieldCodec<qint8>
{
    static void write(BgapiWriter &w, qint8 v) { w.writeI8(v); }
    static bool read(BgapiReader &r, qint8 &v) { return v = r.readI8(), true; }
};
template<> struct FieldCodec<bool> : ScalarFieldCodec<quint8>
{
    static void write(BgapiWriter &w, bool v) { w.writeU8(v ? 1 : 0); }
    static bool read(BgapiReader &r, bool &v) { return v = r.readU8() != 0, true; }
};
template<> struct FieldCodec<quint16> : ScalarFieldCodec<quint16>
{
    static void write(BgapiWriter &w, quint16 v) { w.writeU16(v); }
    static bool read(BgapiReader &r, quint16 &v) { return v = r.readU16(), true; }
};
template<> struct FieldCodec<quint32> : ScalarFieldCodec<quint32>
{
    static void write(BgapiWriter &w, quint32 v) { w.writeU32(v); }
    static bool read(BgapiReader &r, quint32 &v) { return v = r.readU32(), true; }
};
template<class E>
requires std::is_enum_v<E>
struct FieldCodec<E> : ScalarFieldCodec<quint8>
{
    static_assert(sizeof(E) == 1, "BGAPI enumerated fields are one byte");
    static void write(BgapiWriter &w, E v) { w.writeU8(quint8(v)); }
    static bool read(BgapiReader &r, E &v) { return v = E(r.readU8()), true; }
};
template<class E> struct FieldCodec<QFlags<E>> : ScalarFieldCodec<quint8>
{
    static_assert(sizeof(E) == 1, "BGAPI flag fields are one byte");
    static void write(BgapiWriter &w, QFlags<E> v) { w.writeU8(quint8(v.toInt())); }
    static bool read(BgapiReader &r, QFlags<E> &v) { return v = QFlags<E>(E(r.readU8())), true; }
};
template<> struct FieldCodec<DeviceAddress>
{
    static constexpr int kFixedSize = 6;
    static constexpr bool kIsArray = false;
    static void write(BgapiWriter &w, const DeviceAddress &v) { w.writeBdAddr(v); }
    static bool read(BgapiReader &r, DeviceAddress &v) { return v = r.readBdAddr(), true; }
};

struct ArrayFieldCodec
{
    static constexpr int kFixedSize = 1; // the count byte
    static constexpr bool kIsArray = true;
};
template<> struct FieldCodec<QByteArray> : ArrayFieldCodec
{
    static void write(BgapiWriter &w, const QByteArray &v) { w.writeUint8Array(v); }
    static bool read(BgapiReader &r, QByteArray &v) { return v = r.readUint8Array().toByteArray(), true; }
};
template<> struct FieldCodec<Uuid> : ArrayFieldCodec
{
    static void write(BgapiWriter &w, const Uuid &v) { w.writeUint8Array(v.toAttBytes()); }
    static bool read(BgapiReader &r, Uuid &v)
    {
        const QByteArrayView bytes = r.readUint8Array();
        if (r.truncated())
            return true; // reported as truncation
        const std::optional<Uuid> uuid = Uuid::fromAttBytes(bytes);
        v = uuid.value_or(Uuid());
        return uuid.has_value();
    }
};
template<> struct FieldCodec<QList<quint16>> : ArrayFieldCodec
{
    static void write(BgapiWriter &w, const QList<quint16> &v)
    {
        QByteArray bytes;
        BgapiWriter inner(bytes);
        for (quint16 h : v)
            inner.writeU16(h);
        w.writeUint8Array(bytes);
    }
    static bool read(BgapiReader &r, QList<quint16> &v)
    {
        const QByteArrayView bytes = r.readUint8Array();
        if (r.truncated())
            return true;
        if (bytes.size() % 2)
            return false;
        BgapiReader inner(bytes);
        v.clear();
        v.reserve(bytes.size() / 2);
        while (!inner.atEnd())
            v.append(inner.readU16());
        return true;
    }
};

// A typed BGAPI message (see the GATTSCOPE_BGAPI_* macros below).
template<class T>
concept Message = requires(const T &m)
{
    {
        T::kind
        } -> std::convertible_to<Kind>;
    {
        T::messageClass
        } -> std::convertible_to<MessageClass>;
    {
        T::messageId
        } -> std::convertible_to<quint8>;
    {
        T::name
        } -> std::convertible_to<const char *>;
    m.fields();
};

template<class T> using FieldsOf = decltype(std::declval<const T &>().fields());
template<class T, std::size_t I>
using FieldTypeOf = std::remove_cvref_t<std::tuple_element_t<I, FieldsOf<T>>>;

// Payload bytes before the variable part: every fixed field plus the count byte of a
// trailing uint8array. A message without an array has exactly this many payload bytes.
template<Message T> consteval int fixedPayloadSize()
{
    return []<std::size_t... I>(std::index_sequence<I...>)
    {
        return (0 + ... + FieldCodec<FieldTypeOf<T, I>>::kFixedSize);
    }
    (std::make_index_sequence<std::tuple_size_v<FieldsOf<T>>>());
}

// True when the last field is a uint8array; its count byte then sits at payload offset
// fixedPayloadSize<T>() - 1 and the payload is fixedPayloadSize<T>() + count bytes long.
template<Message T> consteval bool hasArrayField()
{
    constexpr std::size_t n = std::tuple_size_v<FieldsOf<T>>;
    if constexpr (n == 0) {
        return false;
    } else {
        constexpr bool last = FieldCodec<FieldTypeOf<T, n - 1>>::kIsArray;
        constexpr int arrays = []<std::size_t... I>(std::index_sequence<I...>)
        {
            return (0 + ... + int(FieldCodec<FieldTypeOf<T, I>>::kIsArray));
        }
        (std::make_index_sequence<n>());
        static_assert(arrays == 0 || (arrays == 1 && last), "a uint8array must be the last field");
        return last;
    }
}

template<Message T> void encodePayload(const T &message, QByteArray &out)
{
    BgapiWriter w(out);
    std::apply(
        [&w](const auto &...field) {
            (FieldCodec<std::remove_cvref_t<decltype(field)>>::write(w, field), ...);
        },
        message.fields());
}

enum class DecodeStatus : quint8 {
    Ok,
    Truncated, // the payload ends inside a field or inside the array it announces
    TrailingBytes, // bytes left over after the last field
    InvalidArray, // a UUID that is not 2, 4 or 16 bytes, or an odd-length handle list
};

// Decodes `payload` into `message`. On failure `message` holds whatever was read.
template<Message T> DecodeStatus decodePayload(QByteArrayView payload, T &message)
{
    BgapiReader r(payload);
    const bool valid = std::apply(
        [&r](auto &...field) {
            return (FieldCodec<std::remove_cvref_t<decltype(field)>>::read(r, field) && ...);
        },
        message.fields());
    if (r.truncated())
        return DecodeStatus::Truncated;
    if (!valid)
        return DecodeStatus::InvalidArray;
    if (!r.atEnd())
        return DecodeStatus::TrailingBytes;
    if constexpr (requires { message.afterDecode(); })
        message.afterDecode();
    return DecodeStatus::Ok;
}

// Sets a decoded bd_addr's type from the separate BGAPI address-type field, classifying
// random addresses (static, resolvable, non-resolvable) by their top bits.
inline DeviceAddress withPeerType(const DeviceAddress &address, PeerAddressType type)
{
    return DeviceAddress::fromAirAddress(address.toUInt64(), type == PeerAddressType::Random);
}

// A command's answer type when it has none (system_reset).
struct NoResponse
{
};

} // namespace gattscope::bgapi

// Inside a message struct: its identity. ID is a value of the class's *Id enum.
#define GATTSCOPE_BGAPI_MESSAGE(TYPE, KIND, CLASS, ID, NAME)                                                 \
    static constexpr ::gattscope::bgapi::Kind kind = ::gattscope::bgapi::Kind::KIND;                         \
    static constexpr ::gattscope::bgapi::MessageClass messageClass                                           \
        = ::gattscope::bgapi::MessageClass::CLASS;                                                           \
    static constexpr quint8 messageId = quint8(ID);                                                          \
    static constexpr const char *name = NAME;                                                                \
    friend bool operator==(const TYPE &, const TYPE &) = default;

// Inside a message struct: its fields in wire order.
#define GATTSCOPE_BGAPI_FIELDS(...)                                                                          \
    auto fields() const                                                                                      \
    {                                                                                                        \
        return std::tie(__VA_ARGS__);                                                                        \
    }                                                                                                        \
    auto fields()                                                                                            \
    {                                                                                                        \
        return std::tie(__VA_ARGS__);                                                                        \
    }
#define GATTSCOPE_BGAPI_NO_FIELDS                                                                            \
    std::tuple<> fields() const                                                                              \
    {                                                                                                        \
        return {};                                                                                           \
    }
