// SPDX-License-Identifier: MIT
#pragma once

// What BlueZ's D-Bus error replies and disconnect reasons mean for core: typed Errors with
// the message a user needs (how to start bluetoothd, how to get the permission …). Pure and
// total like BluezProperties: any name and message give an Error.

#include <gattscope/core/base/error.h>

#include <QCoreApplication>
#include <QString>

namespace gattscope {

class BluezError
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::BluezError)

public:
    // What a D-Bus call was doing when it failed; the same BlueZ error means different
    // things (NotPermitted on a read is an ATT error, on an adapter a policy).
    enum class Call : quint8 {
        Adapter, // properties and methods of Adapter1 and the ObjectManager
        Connect, // Device1.Connect / Disconnect
        Pair, // Device1.Pair, Agent1 traffic
        Gatt, // ReadValue / WriteValue / StartNotify / StopNotify
    };

    // A D-Bus error reply (name and message) as a typed Error, e.g.
    //   org.bluez.Error.Failed "Operation failed with ATT error: 0x0e" → ATT 0x0E;
    //   org.bluez.Error.NotPermitted "Not paired" on a Gatt call → ATT 0x05;
    //   org.bluez.Error.NotReady on Connect → PoweredOff;
    //   org.freedesktop.DBus.Error.AccessDenied → PermissionDenied with the fix;
    //   org.freedesktop.DBus.Error.ServiceUnknown → TransportLost ("bluetoothd is not running").
    // `what` names the operation for the message ("reading 0x0012").
    static Error fromReply(QStringView name, QStringView message, Call call, const QString &what = {});

    // "org.bluez.Reason.Timeout" (Device1.Disconnected, BlueZ ≥ 5.78) → HCI reason.
    static Error disconnectReason(QStringView reason, QStringView message);

    // The messages shared with the backend.
    static QString notRunningMessage();
    static QString permissionMessage();
};

} // namespace gattscope
