// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace gattscope {

// One Eddystone frame, carried in 16-bit service data (AD type 0x16) for UUID 0xFEAA.
// All multi-byte fields are big-endian. Layout after the UUID (byte 0 = frame type):
//   UID 0x00: tx power (s8) | namespace (10) | instance (6) | [2 reserved]
//   URL 0x10: tx power (s8) | scheme (1) | encoded URL (0..17, with expansion codes)
//   TLM 0x20: version (1) | version 0: battery mV (u16) | temperature (s8.8 °C, 0x8000 = none)
//             | advertising PDU count (u32) | time since power-on (u32, 0.1 s);
//             version 1 is encrypted (ETLM) and kept as raw bytes
//   EID 0x30: tx power (s8) | ephemeral identifier (8)
// "tx power" is the calibrated power at 0 m, in dBm.
struct EddystoneFrame
{
    Q_DECLARE_TR_FUNCTIONS(EddystoneFrame)
public:
    static constexpr quint16 ServiceUuid = 0xFEAA;
    enum class Type : quint8 {
        Uid = 0x00,
        Url = 0x10,
        Tlm = 0x20,
        Eid = 0x30
    };

    Type type = Type::Uid;
    qint8 txPower = 0; // UID, URL, EID
    QByteArray namespaceId; // UID: 10 bytes
    QByteArray instanceId; // UID: 6 bytes
    QString url; // URL: expanded ("https://example.com/")
    quint8 tlmVersion = 0; // TLM
    quint16 batteryMillivolts = 0; // TLM v0: 0 = not supported by the beacon
    std::optional<double> temperatureCelsius; // TLM v0: nullopt = not supported
    quint32 advertisingCount = 0; // TLM v0: PDUs sent since power-on
    quint32 uptimeDeciseconds = 0; // TLM v0: time since power-on, 0.1 s units
    QByteArray encryptedTlm; // TLM v1 (ETLM): everything after the version byte
    QByteArray ephemeralId; // EID: 8 bytes

    // Decodes the service data payload that follows the 0xFEAA UUID. Returns nullopt for an
    // unknown frame type (without an error) and for a truncated or invalid frame (with a
    // message in *error, if given). A URL frame with reserved bytes decodes, showing them as
    // "\xNN", and also reports them in *error.
    static std::optional<EddystoneFrame> parse(QByteArrayView serviceData, QString *error = nullptr);

    // "Eddystone-UID", "Eddystone-URL", …
    static QString typeName(Type type);
    // One line: "Eddystone-URL https://goo.gl/S6zT6P, tx power -18 dBm at 0 m"
    QString describe() const;
};

} // namespace gattscope
