// SPDX-License-Identifier: MIT
#pragma once

// QtDBus values → the plain Qt Core values BluezProperties works on (Linux only).

#include "bluezproperties.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QVariant>

namespace gattscope::BluezDbusValue {

// Unwraps QDBusArgument (arrays, maps, structures), QDBusVariant, QDBusObjectPath and
// QDBusSignature recursively: a{sv} → QVariantMap, a{qv} → QVariantMap keyed "89", ay →
// QByteArray, as / ao → QStringList, o → QString. Anything it cannot read becomes an
// invalid QVariant, never a crash.
QVariant plain(const QVariant &value);

// The body of a GetManagedObjects reply (a{oa{sa{sv}}}) or of InterfacesAdded's second
// argument (a{sa{sv}}).
BluezObjects managedObjects(const QVariant &argument);
QMap<QString, QVariantMap> interfaces(const QVariant &argument);

} // namespace gattscope::BluezDbusValue
