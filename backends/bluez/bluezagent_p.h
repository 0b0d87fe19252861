// SPDX-License-Identifier: MIT
#pragma once

// The org.bluez.Agent1 of this process (Linux only).

#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QHash>
#include <QObject>

#include <optional>

class QDBusServiceWatcher;

namespace gattscope {

// One pairing agent per process ("KeyboardDisplay"), registered with bluetoothd and made
// the default agent while at least one BlueZ backend is open (bluetoothd sends the passkey
// requests of security elevation, e.g. a read of an encrypted characteristic, to the
// default agent). bluetoothd allows one agent per D-Bus connection, and every backend of
// this process shares QDBusConnection::systemBus(), hence the singleton.
//
// Lives in the application's main thread (which runs an event loop in the GUI, the CLI's
// blocking facade and tests). acquire(), release() and answer() may be called from any
// thread; the signals carry the device's object path, for each backend to pick its own.
//
// It answers only for devices a backend of this process works with (claim()/unclaim()):
// anything else — a phone pairing with this computer while gattscope runs — is rejected,
// and so are incoming authorisations (RequestAuthorization, AuthorizeService: a central
// never needs them). Numeric comparison (RequestConfirmation) for a claimed device is
// confirmed and its number shown through passkeyDisplayed(): core's Connection has no
// "confirm?" question to ask yet.
class BluezAgent : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.bluez.Agent1")

public:
    static BluezAgent *instance();
    static QString objectPath();

    void acquire();
    void release();
    // The device at this object path is being connected or paired by this process.
    void claim(const QString &devicePath);
    void unclaim(const QString &devicePath);
    // The passkey for a pending RequestPasskey of `devicePath`; nullopt rejects it.
    void answer(const QString &devicePath, std::optional<quint32> passkey);

Q_SIGNALS:
    void passkeyRequested(const QString &devicePath);
    void passkeyDisplayed(const QString &devicePath, quint32 passkey);
    void cancelled(const QString &devicePath);

public Q_SLOTS:
    // org.bluez.Agent1, named as the D-Bus methods (QtDBus exports slots by their names).
    void Release();
    QString RequestPinCode(const QDBusObjectPath &device);
    void DisplayPinCode(const QDBusObjectPath &device, const QString &pincode);
    quint32 RequestPasskey(const QDBusObjectPath &device);
    void DisplayPasskey(const QDBusObjectPath &device, quint32 passkey, quint16 entered);
    void RequestConfirmation(const QDBusObjectPath &device, quint32 passkey);
    void RequestAuthorization(const QDBusObjectPath &device);
    void AuthorizeService(const QDBusObjectPath &device, const QString &uuid);
    void Cancel();

private:
    BluezAgent();
    void registerWithBluez();
    void unregisterFromBluez();

    void reject(const QString &why);

    QHash<QString, QDBusMessage> m_waiting; // device path → its RequestPasskey call
    QHash<QString, int> m_claimed; // device path → how many backends claimed it
    QDBusServiceWatcher *m_watcher = nullptr;
    int m_users = 0;
    bool m_exported = false;
};

} // namespace gattscope
