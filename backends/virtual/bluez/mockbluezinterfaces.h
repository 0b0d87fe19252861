// SPDX-License-Identifier: MIT
#pragma once

// Names the mock BlueZ uses on the bus: bluetoothd's interfaces and error names, and the
// mock's own control interface.

#include "mockbluezbus.h"

#include <QString>

namespace gattscope {

namespace MockBluezInterface {
inline const QString Adapter = QStringLiteral("org.bluez.Adapter1");
inline const QString Device = QStringLiteral("org.bluez.Device1");
inline const QString GattService = QStringLiteral("org.bluez.GattService1");
inline const QString GattCharacteristic = QStringLiteral("org.bluez.GattCharacteristic1");
inline const QString GattDescriptor = QStringLiteral("org.bluez.GattDescriptor1");
inline const QString AgentManager = QStringLiteral("org.bluez.AgentManager1");
inline const QString Agent = QStringLiteral("org.bluez.Agent1");
} // namespace MockBluezInterface

// org.bluez.Error.* names with the texts bluetoothd sends (src/error.c).
namespace MockBluezError {
inline const QString Failed = QStringLiteral("org.bluez.Error.Failed");
inline const QString InProgress = QStringLiteral("org.bluez.Error.InProgress");
inline const QString NotReady = QStringLiteral("org.bluez.Error.NotReady");
inline const QString NotConnected = QStringLiteral("org.bluez.Error.NotConnected");
inline const QString AlreadyConnected = QStringLiteral("org.bluez.Error.AlreadyConnected");
inline const QString AlreadyExists = QStringLiteral("org.bluez.Error.AlreadyExists");
inline const QString DoesNotExist = QStringLiteral("org.bluez.Error.DoesNotExist");
inline const QString InvalidArguments = QStringLiteral("org.bluez.Error.InvalidArguments");
inline const QString NotPermitted = QStringLiteral("org.bluez.Error.NotPermitted");
inline const QString NotAuthorized = QStringLiteral("org.bluez.Error.NotAuthorized");
inline const QString NotSupported = QStringLiteral("org.bluez.Error.NotSupported");
inline const QString AuthenticationFailed = QStringLiteral("org.bluez.Error.AuthenticationFailed");
inline const QString AuthenticationCanceled = QStringLiteral("org.bluez.Error.AuthenticationCanceled");
inline const QString AuthenticationRejected = QStringLiteral("org.bluez.Error.AuthenticationRejected");
inline const QString AuthenticationTimeout = QStringLiteral("org.bluez.Error.AuthenticationTimeout");
inline const QString ConnectionAttemptFailed = QStringLiteral("org.bluez.Error.ConnectionAttemptFailed");
} // namespace MockBluezError

// Registers the introspection XML of every interface above with `bus`.
void addMockBluezInterfaceXml(MockBluezBus *bus);

} // namespace gattscope
