// SPDX-License-Identifier: MIT
#pragma once

#include "bgapienums.h"
#include "bgapipacket.h"

#include <gattscope/core/base/error.h>

#include <QString>

namespace gattscope {

// Name of a BGAPI result code, by source (high byte):
//   0x0000 "success"; 0x01xx the stack's own identifiers ("wrong_state", "timeout", …);
//   0x02xx hciErrorName(low byte); 0x03xx smpErrorName(low byte); 0x04xx attErrorName(low byte);
//   anything else "unknown".
QString bgapiErrorName(quint16 code);

namespace bgapi {

// A BGAPI result as a typed Error; a default (no-error) Error for 0.
//   0x04xx → Error::att, 0x02xx → Error::controller, 0x03xx → Error::security (low byte);
//   0x0185 → Kind::Timeout; other codes → Kind::Backend with the full code and a message
//   such as "BGAPI wrong_state (0x0181)".
Error toError(quint16 result);

// "system", "attclient", …, or "class12" for a class without a name.
QString className(MessageClass messageClass);

// Log name of a message: "attclient_read_by_handle" (a response has its command's name),
// "attclient_attribute_value". Known-but-untyped IDs (system_debug, …) are named too;
// anything else reads like "hardware_evt_3" or "class12_cmd_7".
QString messageName(MessageClass messageClass, quint8 messageId, Kind kind);
QString messageName(const BgapiPacketView &packet, Direction direction);

} // namespace bgapi
} // namespace gattscope
