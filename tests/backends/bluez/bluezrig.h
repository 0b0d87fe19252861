// SPDX-License-Identifier: MIT
#pragma once

// Test rig for the BlueZ backend against the mock BlueZ that the CTest fixture
// (mockbluez-fixture.sh) serves on a private D-Bus bus named by DBUS_SYSTEM_BUS_ADDRESS:
// a client for the mock's control interface (org.gattscope.MockBluez1) and a BluezBackend on
// its own thread with short timeouts.

#include <gattscope/backends/bluez/bluezbackend.h>
#include <gattscope/core/backend/awaitresult.h>
#include <gattscope/core/backend/backendhost.h>

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QTest>

#include <memory>

namespace gattscope::testing {

template<typename T> Result<T> await(const QFuture<Result<T>> &future, int timeoutMs = 10000)
{
    return awaitResult(future, timeoutMs);
}

// Never the machine's own bus: without the fixture's address the tests do not run.
inline bool haveMockBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SYSTEM_BUS_ADDRESS")
        && qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS").contains(QStringLiteral("gattscope-mockbluez"));
}

// org.gattscope.MockBluez1 (see backends/virtual/bluez/mockbluezcontrol.h).
class MockBluezControl
{
public:
    QDBusMessage call(const QString &method, const QVariantList &arguments = {}) const
    {
        QDBusMessage m = QDBusMessage::createMethodCall(QStringLiteral("org.gattscope.MockBluez"),
                                                        QStringLiteral("/org/gattscope/MockBluez"),
                                                        QStringLiteral("org.gattscope.MockBluez1"), method);
        m.setArguments(arguments);
        return QDBusConnection::systemBus().call(m, QDBus::Block, 5000);
    }
    bool ok(const QString &method, const QVariantList &arguments = {}) const
    {
        const QDBusMessage reply = call(method, arguments);
        if (reply.type() != QDBusMessage::ReplyMessage) {
            qWarning("MockBluez1.%s: %s", qPrintable(method), qPrintable(reply.errorMessage()));
            return false;
        }
        return reply.arguments().isEmpty() || reply.arguments().first().typeId() != QMetaType::Bool
            || reply.arguments().first().toBool();
    }
    bool reset() const { return ok(QStringLiteral("Reset")); }
    bool vanish(int returnAfterMs) const { return ok(QStringLiteral("Vanish"), { returnAfterMs }); }
    bool comeBack() const { return ok(QStringLiteral("Return")); }
    bool dropLink(const QString &address, const QString &reason) const
    {
        return ok(QStringLiteral("DropLink"), { address, reason });
    }
    bool setInRange(const QString &address, bool inRange) const
    {
        return ok(QStringLiteral("SetInRange"), { address, inRange });
    }
    bool setPowered(const QString &adapter, bool on) const
    {
        return ok(QStringLiteral("SetPowered"), { adapter, on });
    }
    bool denyAccess(const QString &scope) const { return ok(QStringLiteral("DenyAccess"), { scope }); }
    bool setTemporaryTimeout(int ms) const { return ok(QStringLiteral("SetTemporaryTimeout"), { ms }); }
    QString addFaults(const QString &json) const
    {
        const QDBusMessage reply = call(QStringLiteral("AddFaults"), { json });
        return reply.type() == QDBusMessage::ReplyMessage ? reply.arguments().value(0).toString()
                                                          : reply.errorMessage();
    }
    QStringList calls() const { return call(QStringLiteral("Calls")).arguments().value(0).toStringList(); }
    bool online() const
    {
        QDBusMessage m = QDBusMessage::createMethodCall(
            QStringLiteral("org.gattscope.MockBluez"), QStringLiteral("/org/gattscope/MockBluez"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        m.setArguments({ QStringLiteral("org.gattscope.MockBluez1"), QStringLiteral("Online") });
        const QDBusMessage reply = QDBusConnection::systemBus().call(m, QDBus::Block, 5000);
        return qvariant_cast<QDBusVariant>(reply.arguments().value(0)).variant().toBool();
    }
};

inline BluezOptions fastBluezOptions()
{
    BluezOptions o;
    o.probeTimeoutMs = 3000;
    o.operationTimeoutMs = 3000;
    o.discoveryTimeoutMs = 5000;
    o.disconnectTimeoutMs = 2000;
    o.pairingTimeoutMs = 5000;
    o.ageOutMs = 30000;
    return o;
}

struct BluezRig
{
    std::unique_ptr<BackendHost> host;
    BluezBackend *backend = nullptr;

    explicit BluezRig(const QString &adapter = QString(), const BluezOptions &options = fastBluezOptions())
    {
        backend = new BluezBackend(QStringLiteral("bluez:") + adapter, adapter, options);
        host = std::make_unique<BackendHost>(backend);
    }

    Status open() { return await(backend->open()); }

    // Runs `fn` on the backend's thread and returns its result.
    template<typename F> auto onBackendThread(F fn)
    {
        decltype(fn()) result {};
        QMetaObject::invokeMethod(
            backend, [&] { result = fn(); }, Qt::BlockingQueuedConnection);
        return result;
    }
};

} // namespace gattscope::testing
