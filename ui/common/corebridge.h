// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>
#include <gattscope/core/base/uuid.h>
#include <gattscope/core/codecs/fieldlayout.h>
#include <gattscope/core/codecs/valuedecoder.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The ui's seam to core's naming and advertising-data services (AssignedNumbers,
// AdvertisingData): small forwarding helpers shaped for the views, so models do not each
// repeat the same look-ups. No parsing or decoding logic lives here. (Values are decoded
// with core's ValueDecoder directly.)
namespace gattscope::CoreBridge {

// What the scanner shows from one device's AD structures (advert + scan response).
struct AdvertSummary
{
    QString name; // complete or shortened local name; empty when none
    QList<Uuid> services; // advertised service UUIDs (16/32/128-bit lists, service data)
    std::optional<quint16> companyId; // first manufacturer-specific data's company
    std::optional<qint8> txPower;
};

// One AD structure (or parse problem), described for the details pane.
struct AdRow
{
    bool scanResponse = false;
    qsizetype offset = 0; // of the length byte within its packet
    QString typeName; // "Complete Local Name"; "Parse error" for problems
    QString rawHex; // [length][type][data] as received
    QString description; // decoded, human-readable
    bool malformed = false;
};

AdvertSummary summarize(const QByteArray &advertisingData, const QByteArray &scanResponse);
QList<AdRow> describe(const QByteArray &advertisingData, const QByteArray &scanResponse);

QString serviceName(const Uuid &uuid);
QString characteristicName(const Uuid &uuid);
QString descriptorName(const Uuid &uuid);
QString companyName(quint16 companyId);

// User names for vendor (128-bit) UUIDs, persisted across runs (names.json). Fails with a
// message when saving failed (the name is used for this run anyway).
QString userName(const Uuid &uuid);
Status setUserName(const Uuid &uuid, const QString &name);

// The user's field layout ("<hhh") for a characteristic UUID; empty when none. Kept by
// core's FieldLayoutStore. Setting a different format keeps the names, scale, offset and
// unit stored with it; an empty one forgets them too.
QString userLayout(const Uuid &uuid);
void setUserLayout(const Uuid &uuid, const QString &format);
// The whole layout: the format with the names, scale, offset and unit the plot's layout
// dialog asked for (empty when no format is stored). Same store as userLayout().
FieldLayout userFieldLayout(const Uuid &uuid);
void setUserFieldLayout(const Uuid &uuid, const FieldLayout &layout);
// The decoder for a characteristic (its 0x2904, the user's layout) or a descriptor.
ValueDecoder decoderFor(const Characteristic &characteristic);
ValueDecoder decoderFor(const Descriptor &descriptor);

} // namespace gattscope::CoreBridge
