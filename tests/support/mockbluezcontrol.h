// SPDX-License-Identifier: MIT
#pragma once

// A client for the control interface (org.gattscope.MockBluez1, see
// backends/virtual/bluez/mockbluezcontrol.h) of the mock BlueZ that the CTest fixture
// bluez_mock (tests/backends/bluez/mockbluez-fixture.sh) serves on a private D-Bus bus named
// by DBUS_SYSTEM_BUS_ADDRESS. Header only; a test that includes it links Qt6::DBus.

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QStringList>
#include <QVariantList>

namespace gattscope::testing {

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

} // namespace gattscope::testing
