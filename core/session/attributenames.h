// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QString>

// What gattscope calls an attribute, the same in the tree, the log, the plots and the CLI:
// the user's name for a UUID, else its assigned name, else (characteristics) the device's
// own 0x2901 User Description, else "Unknown characteristic".
namespace gattscope::AttributeNames {

enum class Kind : quint8 {
    Service,
    Characteristic,
    Descriptor
};

// The assigned name, else the user's name (AssignedNumbers::userName); empty when neither.
QString knownName(const Uuid &uuid, Kind kind);
// knownName(), else "Unknown service" / "Unknown characteristic" / "Unknown descriptor".
QString displayName(const Uuid &uuid, Kind kind);
// A characteristic: knownName(), else userDescriptionName(), else "Unknown characteristic".
QString displayName(const Characteristic &characteristic);
// The name the characteristic's 0x2901 User Description gives it, without a trailing
// field-layout hint ("Accelerometer x,y,z (mg) <hhh" → "Accelerometer x,y,z (mg)");
// empty when it has none or it has not been read.
QString userDescriptionName(const Characteristic &characteristic);
// The 0x2901 text as read (empty when none was read).
QString userDescription(const Characteristic &characteristic);
// A layout that a User Description suggests, when its last word parses as one with an
// explicit byte order ("Accelerometer x,y,z (mg) <hhh" → "<hhh"); else empty. Only a
// suggestion to prefill a dialog with: descriptions are free text.
QString layoutHint(const QString &userDescription);
// What a plot or the CLI calls a characteristic: knownName(), else userDescriptionName(),
// else the UUID.
QString label(const Characteristic &characteristic);

} // namespace gattscope::AttributeNames
