// SPDX-License-Identifier: MIT
#pragma once

#include "adstructure.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace gattscope {

// A problem found while parsing, at a byte offset of its packet.
struct AdParseError
{
    qsizetype offset = 0;
    AdSource source = AdSource::Advertisement;
    QString message;
    // "offset 5: length 9 overruns the packet (4 bytes left)"; scan-response errors say so.
    QString toString() const;
};

// Decoded advertising data: the AD structures of one advertisement or scan response (Core
// spec Vol 3 Part C §11: a sequence of [length][type][data], length counting type + data),
// or of both merged.
//
// Parsing never fails and never reads outside the buffer: whatever parsed is kept and every
// problem is listed in errors() with its offset. A zero length byte ends the data early
// (Core spec: "early termination"); zeros after it are padding, not an error, while other
// bytes after it are reported and ignored. A length that overruns the buffer yields a
// `truncated` structure holding the bytes that were there (undecoded) and an error. A fixed-size
// field that is too short (a 3-byte 16-bit UUID list, a 20-byte iBeacon) keeps what could be
// decoded and marks the structure malformed.
class AdvertisingData
{
    Q_DECLARE_TR_FUNCTIONS(AdvertisingData)
public:
    AdvertisingData() = default;

    static AdvertisingData parse(QByteArrayView data, AdSource source = AdSource::Advertisement);
    // The structures of both packets, advertisement first, scan response after; the accessors
    // below then answer for the device as a whole. The scan response's structures and errors
    // are marked AdSource::ScanResponse.
    static AdvertisingData merged(const AdvertisingData &advertisement, const AdvertisingData &scanResponse);

    const QList<AdStructure> &structures() const { return m_structures; }
    const QList<AdParseError> &errors() const { return m_errors; }
    QStringList errorStrings() const;
    // True when every byte parsed as a well-formed structure (or padding).
    bool isWellFormed() const { return m_errors.isEmpty(); }
    bool isEmpty() const { return m_structures.isEmpty(); }
    // Zero bytes after an early terminator, over all packets.
    qsizetype paddingBytes() const { return m_paddingBytes; }

    // The first structure of a type, or nullptr.
    const AdStructure *find(AdType type) const;

    // --- convenience accessors; each looks at decoded (not truncated) structures only
    // Complete local name if present, else the shortened one; empty if none.
    QString name() const;
    bool hasCompleteName() const;
    std::optional<qint8> txPower() const;
    std::optional<quint8> flags() const;
    std::optional<quint16> appearance() const;
    // Advertised service UUIDs from all 16/32/128-bit lists, in order, without duplicates.
    QList<Uuid> serviceUuids() const;
    // False when any list was marked incomplete (or there is none): the device may have more.
    bool hasCompleteServiceList() const;
    QList<Uuid> solicitedServiceUuids() const;
    QList<AdManufacturerData> manufacturerData() const;
    QList<AdServiceData> serviceData() const;
    std::optional<IBeacon> iBeacon() const;
    std::optional<EddystoneFrame> eddystone() const;
    bool isBeacon() const { return iBeacon().has_value() || eddystone().has_value(); }

    // One line per structure (AdStructure::describe()), for details panes and the CLI.
    QStringList describe() const;

private:
    QList<AdStructure> m_structures;
    QList<AdParseError> m_errors;
    qsizetype m_paddingBytes = 0;
};

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::AdvertisingData)
