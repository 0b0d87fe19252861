// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusMessage>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QStringList>

namespace gattscope {

class MockBluez;
class MockBluezDevice;

// The GATT objects of one mock BlueZ device: GattService1 / GattCharacteristic1 /
// GattDescriptor1 under the device path, named as bluetoothd names them
// (service%04x = start handle, char%04x = declaration handle, desc%04x = descriptor
// handle), backed by the virtual peripheral's VirtualGattServer with the device's client
// state. The Generic Access service is not exported: bluetoothd's GAP plugin claims it.
//
// ReadValue / WriteValue / StartNotify / StopNotify behave as bluetoothd 5.66's
// gatt-client.c: the write procedure is chosen from "type" and the properties, the CCCD is
// written by StartNotify/StopNotify only (a WriteValue on it is "Write not permitted"),
// notify sessions are per client, ATT errors map to org.bluez.Error as
// create_gatt_dbus_error() does, and an Insufficient Authentication answer raises the
// link's security (MockBluezDevice::secure) and retries once.
class MockBluezGatt : public QObject
{
    Q_OBJECT

public:
    MockBluezGatt(MockBluez *mock, MockBluezDevice *device);

    // Adds the objects not on the bus yet (depth first: service, its characteristics, each
    // with its descriptors).
    void exportAll();
    void unexport();
    bool isExported() const { return m_exported; }
    QStringList serviceUuids() const;
    // The link is up: CCCDs of the notify sessions kept over a reconnection are written.
    void linkUp();
    // The link ended: Notifying=false; sessions of a paired device are kept for the next
    // link, others end.
    void linkDown(bool keepSessions, bool silent);
    // A client left the bus: its notify sessions end.
    void forgetClient(const QString &owner);

private:
    struct Chr
    {
        QString path;
        int index = -1; // into VirtualGattServer::characteristics()
        QStringList sessions; // clients with a notify session
        bool notifying = false;
    };
    void readValue(const QDBusMessage &call, quint16 handle, const QString &path, const QString &interface,
                   bool retried = false);
    void writeValue(const QDBusMessage &call, quint16 handle, bool descriptor, bool retried = false);
    void startNotify(const QDBusMessage &call, quint16 valueHandle);
    void stopNotify(const QDBusMessage &call, quint16 valueHandle);
    void onValueGenerated(quint16 valueHandle, const QByteArray &value);
    // Writes the CCCD for the sessions of `chr`; the ATT error, 0 = done.
    quint8 applyCccd(Chr &chr);
    void setNotifying(Chr &chr, bool on);
    bool checkConnected(const QDBusMessage &call);

    MockBluez *m_mock;
    MockBluezDevice *m_device;
    bool m_exported = false;
    QMap<quint16, Chr> m_chrs; // by value handle
    QMap<quint16, QString> m_objects; // handle → path of every exported object, in handle order
};

} // namespace gattscope
