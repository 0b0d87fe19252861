// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace gattscope {
class AdvertisingData;
}

namespace gattscope::cli {

// The JSON form of decoded advertising data, shared by `adv` and (later) `scan --json`.
// Keys are stable identifiers, never translated:
//   { "advertisement": hex, "scanResponse": hex?, "wellFormed": bool,
//     "structures": [{ "source", "offset", "length", "type", "typeName", "data", "description",
//                      "value"?: {…decoded…}, "error"?, "truncated"? }],
//     "errors": [{ "source", "offset", "message" }],
//     "summary": { "name"?, "txPower"?, "flags"?, "appearance"?, "serviceUuids": [],
//                  "iBeacon"?, "eddystone"? } }
QJsonObject advertisingDataToJson(const AdvertisingData &data, const QByteArray &advertisement,
                                  const std::optional<QByteArray> &scanResponse = std::nullopt);

} // namespace gattscope::cli
