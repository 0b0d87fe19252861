// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gattscope {

// org.bluetooth.unit assigned numbers (the Unit field of the 0x2904 Presentation Format
// descriptor): 0x2700 unitless … 0x27B6 irradiance, as listed in Assigned Numbers and in
// the SDK headers that copy it. Unknown numbers get a "unit 0x27C9" name and no symbol.

// Human name, translated: "temperature (degree Celsius)", "period (beats per minute)".
QString gattUnitName(quint16 unit);
// Symbol to print after a value: "°C", "bpm", "%", "V", "m/s²". Empty for unitless
// (0x2700) and unknown units.
QString gattUnitSymbol(quint16 unit);
bool isKnownGattUnit(quint16 unit);

} // namespace gattscope
