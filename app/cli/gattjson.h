// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/discovery/discovereddevices.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QJsonArray>
#include <QJsonObject>

namespace gattscope {
class DeviceSession;
}

namespace gattscope::cli {

// The JSON forms shared by services, read, dump and scan. Keys are stable identifiers,
// never translated; UUIDs in their shortest form ("180D", or 128-bit lower case), handles
// as numbers, bytes as lower-case hex without separators.
namespace GattJson {

// { "address", "addressType", "name"?, "rssi"? }
QJsonObject device(const DiscoveredDevice &device);
// ["read", "notify", …] (the spec's names, camelCase).
QJsonArray properties(CharacteristicProperties properties);
// { "uuid", "name", "primary", "startHandle", "endHandle", "characteristics": [ … ] } with
// every characteristic { "uuid", "name", "declarationHandle", "valueHandle", "properties",
// "descriptors": [{ "uuid", "name", "handle" }] }.
QJsonArray services(const DeviceSession &session);
// A value: { "hex", "decoded", "fields"?: [{ "key", "name", "value", "unit" }] }.
QJsonObject value(const DeviceSession &session, quint16 handle, const QByteArray &bytes);
// "c098e5490001"-style hex (lower case, no separators).
QString hex(const QByteArray &bytes);

} // namespace GattJson

} // namespace gattscope::cli
