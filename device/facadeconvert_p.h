// SPDX-License-Identifier: MIT
#pragma once

// Conversions between core's Qt value types and the facade's plain ones, in one place.

#include "devicetypes.h"

#include <gattscope/core/backend/advertisement.h>
#include <gattscope/core/base/uuid.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace gattscope::detail {

inline std::string toStd(const QString &text)
{
    return text.toStdString();
}
inline QString toQt(const std::string &text)
{
    return QString::fromStdString(text);
}
inline Bytes toBytes(const QByteArray &bytes)
{
    return Bytes(bytes.cbegin(), bytes.cend());
}
inline QByteArray toQt(const Bytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

// The decoded report; `into` (the same device's earlier reports) keeps what this one lacks
// (a scan response without a name does not erase the name).
ScanResult scanResult(const Advertisement &advert);
void mergeScanResult(ScanResult &into, const ScanResult &report);

// Every characteristic in handle order, named by `names` (value handle and descriptor
// handles → name).
std::vector<CharacteristicInfo> characteristicInfos(const GattDatabase &database,
                                                    const QHash<quint16, QString> &names);
CharacteristicInfo characteristicInfo(const Service &service, const Characteristic &characteristic,
                                      const QHash<quint16, QString> &names);

// A UUID as users type it ("2a19", "0x2A19", the 36-character form); throws
// InvalidArgumentException otherwise.
Uuid parseUuid(const std::string &text);

} // namespace gattscope::detail
