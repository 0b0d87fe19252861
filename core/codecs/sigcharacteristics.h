// SPDX-License-Identifier: MIT
#pragma once

#include "decodedvalue.h"

#include <gattscope/core/base/result.h>
#include <gattscope/core/base/uuid.h>

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace gattscope {

// Characteristic UUIDs the SIG decoders know (GATT Specification Supplement).
namespace SigCharacteristicUuid {
inline const Uuid DeviceName { 0x2A00 };
inline const Uuid Appearance { 0x2A01 };
inline const Uuid ServiceChanged { 0x2A05 };
inline const Uuid TemperatureMeasurement { 0x2A1C };
inline const Uuid TemperatureType { 0x2A1D };
inline const Uuid BatteryLevel { 0x2A19 };
inline const Uuid ModelNumberString { 0x2A24 };
inline const Uuid SerialNumberString { 0x2A25 };
inline const Uuid FirmwareRevisionString { 0x2A26 };
inline const Uuid HardwareRevisionString { 0x2A27 };
inline const Uuid SoftwareRevisionString { 0x2A28 };
inline const Uuid ManufacturerNameString { 0x2A29 };
inline const Uuid HeartRateMeasurement { 0x2A37 };
inline const Uuid BodySensorLocation { 0x2A38 };
inline const Uuid HeartRateControlPoint { 0x2A39 };
inline const Uuid Temperature { 0x2A6E };
} // namespace SigCharacteristicUuid

// Decoders for well-known SIG characteristics and descriptors:
//   0x2A00 Device Name, 0x2A24–0x2A29 DIS strings (UTF-8, NUL padding stripped)
//   0x2A01 Appearance ("0x0341 (Heart Rate Sensor: Heart Rate Belt)", name from
//   AssignedNumbers), 0x2A05 Service Changed (handle range)
//   0x2A19 Battery Level (uint8 %, 0–100), 0x2A6E Temperature (sint16 × 0.01 °C,
//   0x8000 = unknown), 0x2A1C Temperature Measurement (flags, FLOAT, optional time
//   stamp and type), 0x2A1D Temperature Type, 0x2A37 Heart Rate Measurement,
//   0x2A38 Body Sensor Location, 0x2A39 Heart Rate Control Point;
//   descriptors 0x2900 Extended Properties, 0x2901 User Description, 0x2902 CCCD,
//   0x2904 Presentation Format.
//
// Fields (plot series keys): battery_level [%], temperature [°C or °F], heart_rate [bpm],
// energy_expended [kJ], rr_interval [ms] (0..n per packet, in packet order).
bool isKnownSigValue(const Uuid &uuid);
// nullopt for UUIDs not in the list above. Malformed bytes give a value with `error` set
// (and whatever could be decoded in `text`).
std::optional<DecodedValue> decodeSigValue(const Uuid &uuid, QByteArrayView bytes);
// Writable ones: strings, Appearance, Battery Level, Temperature, Temperature Type,
// Body Sensor Location (name or number), Heart Rate Control Point ("reset" or a number),
// User Description, CCCD ("notify", "indicate", "notify+indicate", "off", or hex).
// NotSupported for the rest (e.g. notify-only measurements): edit those as hex.
bool isSigValueEncodable(const Uuid &uuid);
Result<QByteArray> encodeSigValue(const Uuid &uuid, QStringView text);

// 0 Other, 1 Chest, 2 Wrist, 3 Finger, 4 Hand, 5 Ear Lobe, 6 Foot; "Reserved (0x07)".
QString bodySensorLocationName(quint8 location);
// 1 Armpit, 2 Body (general), 3 Ear, 4 Finger, 5 Gastro-intestinal tract, 6 Mouth,
// 7 Rectum, 8 Toe, 9 Tympanum (ear drum); "Reserved (0x0A)".
QString temperatureTypeName(quint8 type);

} // namespace gattscope
