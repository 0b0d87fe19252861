// SPDX-License-Identifier: MIT
#pragma once

// Plain descriptions of virtual peripherals, as ProfileLoader reads them from JSON profile
// files (the format is documented in PROFILES.md). VirtualPeripheral turns one into a
// running GATT server. Value types: copy them freely.

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace gattscope {

// Who may read or write an attribute.
enum class AttributeAccess : quint8 {
    Open, // anyone
    Encrypted, // only over an encrypted link; otherwise ATT Insufficient Authentication (0x05)
    Denied, // never: Read/Write Not Permitted (0x02 / 0x03)
};

// Binary layout of a generated scalar value (all little-endian).
enum class ValueFormat : quint8 {
    UInt8,
    Int8,
    UInt16,
    Int16,
    UInt32,
    Int32,
    Float32, // IEEE-754
    SFloat, // IEEE-11073 16-bit (mantissa × 10^exponent, exponent chosen from `scale`)
};

// A source of changing values for one characteristic. Every generator writes the value
// (so reads see it) and notifies/indicates subscribed connections.
struct GeneratorSpec
{
    enum class Kind : quint8 {
        None,
        HeartRate, // 0x2A37 layout: flags, uint8 bpm wandering 60–90, RR intervals (1/1024 s)
        Battery, // uint8 percent, slowly decreasing from `start`, wraps to 100 at `minimum`
        Sine, // offset + amplitude·sin(2πt/period), scaled by `scale`, in `format`
        Counter, // uint32 sequence number (LE) then filler up to `size` bytes
        RandomWalk, // bounded random walk in [minimum, maximum] with `step`, scaled, in `format`
        Accelerometer, // `<hhh`: three int16 in mg, gravity on z plus motion and noise
        Flood, // Counter values pushed as fast as the transport takes them (or at rateHz)
        Replay, // recorded values (`replay`) at their recorded times, from each connection on
    };

    // One recorded value of a Replay generator: `atMs` after the link came up.
    struct ReplayValue
    {
        qint64 atMs = 0;
        QByteArray value;
    };

    Kind kind = Kind::None;
    double rateHz = 1.0; // new values per second; Flood: 0 = unlimited
    ValueFormat format = ValueFormat::Int16;
    double minimum = 0;
    double maximum = 100;
    double start = 0;
    double step = 1;
    double amplitude = 1;
    double offset = 0;
    double periodS = 10;
    double scale = 1; // raw = round(value × scale)
    int size = 4; // Counter/Flood: value length in bytes (≥ 4)
    // Replay: the values in time order (non-decreasing atMs), and whether to start again
    // after the last one (one mean interval later).
    QList<ReplayValue> replay;
    bool loop = true;
    // Replay: the time from the start of one pass to the start of the next.
    qint64 replayPeriodMs() const;
};

struct DescriptorProfile
{
    Uuid uuid;
    QByteArray value;
    AttributeAccess read = AttributeAccess::Open;
    AttributeAccess write = AttributeAccess::Denied;
    int maxLength = 512;
};

struct CharacteristicProfile
{
    Uuid uuid;
    quint8 properties = 0; // the declaration's properties byte
    QByteArray value;
    AttributeAccess read = AttributeAccess::Denied;
    AttributeAccess write = AttributeAccess::Denied;
    // Longest value a write may leave; ≤ 22 also makes a blob read answer Attribute Not
    // Long, as a server with a short fixed-length attribute does.
    int maxLength = 512;
    // Descriptors in handle order (a CCCD is appended when notify/indicate is set and the
    // profile lists none).
    QList<DescriptorProfile> descriptors;
    GeneratorSpec generator;
};

struct ServiceProfile
{
    Uuid uuid;
    bool primary = true;
    QList<CharacteristicProfile> characteristics;
};

struct PeripheralProfile
{
    QString name;
    DeviceAddress address;
    bool connectable = true;
    QByteArray advertisingData; // raw AD structures, ≤ 31 bytes
    QByteArray scanResponseData; // raw AD structures, ≤ 31 bytes; empty = no scan response
    int advertisingIntervalMs = 100;
    qint8 rssi = -60; // mean RSSI in dBm
    double rssiDrift = 2.0; // random-walk step in dB; 0 = constant
    std::optional<quint32> passkey; // pairing needs this passkey (0..999999)
    quint16 appearance = 0;
    // Services in handle order. Handles are assigned from 1 upwards, as a real device
    // does: service declaration, then per characteristic its declaration, value and
    // descriptors in the order listed.
    QList<ServiceProfile> services;
    QString source; // file or resource it came from, for messages
};

} // namespace gattscope
