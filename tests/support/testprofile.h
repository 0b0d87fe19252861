// SPDX-License-Identifier: MIT
#pragma once

// The profile the engine tests talk to, with its handles (Generic Access service first):
//   0x01 service 1800          0x02/0x03 2A00 "Test HRM"   0x04/0x05 2A01
//   0x06 service 180D          0x07/0x08 2A37 notify (counter)   0x09 CCCD
//                              0x0A/0x0B 2A38 read "01" (max 1)
//   0x0C service 6a770001-…    0x0D/0x0E 1234 read/write, 50-byte ramp (max 100)
//                              0x0F/0x10 1235 encrypted read/write "s"
//                              0x11/0x12 1236 read/indicate (counter)  0x13 2901  0x14 CCCD
//                              0x15/0x16 1237 read, 22 bytes, max 22 (not long)
// A second peripheral (66:55:44:33:22:11) is connectable with no services of its own.

#include <QByteArray>

namespace gattscope::test {

inline QByteArray testProfileJson()
{
    return QByteArrayLiteral(R"({
  "peripherals": [
    {
      "name": "Test HRM",
      "address": "00:11:22:33:44:55",
      "advertisingInterval": 20,
      "rssi": { "mean": -60, "drift": 0 },
      "passkey": 123456,
      "advertising": { "flags": 6, "name": "T" },
      "scanResponse": { "txPower": 4 },
      "services": [
        { "uuid": "180D", "characteristics": [
            { "uuid": "2A37", "properties": ["notify"], "generator": { "type": "counter", "rateHz": 100 } },
            { "uuid": "2A38", "properties": ["read"], "hex": "01", "maxLength": 1 } ] },
        { "uuid": "6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10", "characteristics": [
            { "uuid": "1234", "properties": ["read", "write"], "ramp": 50, "maxLength": 100 },
            { "uuid": "1235", "properties": ["read", "write"], "read": "encrypted", "write": "encrypted", "text": "s" },
            { "uuid": "1236", "properties": ["read", "indicate"], "hex": "00",
              "generator": { "type": "counter", "rateHz": 100 },
              "descriptors": [ { "uuid": "2901", "text": "x" }, { "uuid": "2902" } ] },
            { "uuid": "1237", "properties": ["read"], "ramp": 22, "maxLength": 22 } ] }
      ]
    },
    {
      "name": "Other",
      "address": "66:55:44:33:22:11",
      "advertisingInterval": 1000,
      "rssi": { "mean": -90, "drift": 0 }
    }
  ]
})");
}

} // namespace gattscope::test
