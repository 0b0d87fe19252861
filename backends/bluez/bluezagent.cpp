// SPDX-License-Identifier: MIT
#include "bluezagent_p.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusPendingCall>
#include <QDBusServiceWatcher>
#include <QMutex>

namespace gattscope {

namespace {

const QString kBluez = QStringLiteral("org.bluez");
const QString kAgentManager = QStringLiteral("org.bluez.AgentManager1");

void callAgentManager(const QString &method, const QVariantList &arguments)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(kBluez, QStringLiteral("/org/bluez"), kAgentManager, method);
    call.setArguments(arguments);
    // Fire and forget: failures (no bluetoothd, refused by policy) only mean that pairing
    // requests will not reach us, which pair() then reports.
    QDBusConnection::systemBus().asyncCall(call, 3000);
}

} // namespace

BluezAgent *BluezAgent::instance()
{
    static QMutex mutex;
    static BluezAgent *agent = nullptr;
    QMutexLocker lock(&mutex);
    if (!agent) {
        agent = new BluezAgent;
        // Lives as long as the process, in the application's thread.
        if (QCoreApplication *app = QCoreApplication::instance())
            agent->moveToThread(app->thread());
    }
    return agent;
}

QString BluezAgent::objectPath()
{
    return QStringLiteral("/org/gattscope/bluez/agent");
}

BluezAgent::BluezAgent() = default;

void BluezAgent::acquire()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_watcher) {
                m_watcher = new QDBusServiceWatcher(kBluez, QDBusConnection::systemBus(),
                                                    QDBusServiceWatcher::WatchForRegistration, this);
                connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
                    if (m_users > 0)
                        registerWithBluez(); // a restarted bluetoothd forgot every agent
                });
            }
            if (m_users++ == 0)
                registerWithBluez();
        },
        Qt::QueuedConnection);
}

void BluezAgent::release()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_users > 0 && --m_users == 0)
                unregisterFromBluez();
        },
        Qt::QueuedConnection);
}

void BluezAgent::registerWithBluez()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!m_exported)
        m_exported = bus.registerObject(objectPath(), this, QDBusConnection::ExportAllSlots);
    const QVariant path = QVariant::fromValue(QDBusObjectPath(objectPath()));
    callAgentManager(QStringLiteral("RegisterAgent"), { path, QStringLiteral("KeyboardDisplay") });
    callAgentManager(QStringLiteral("RequestDefaultAgent"), { path });
}

void BluezAgent::unregisterFromBluez()
{
    callAgentManager(QStringLiteral("UnregisterAgent"),
                     { QVariant::fromValue(QDBusObjectPath(objectPath())) });
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        QDBusConnection::systemBus().send(it.value().createErrorReply(
            QStringLiteral("org.bluez.Error.Canceled"), QStringLiteral("Closed")));
    m_waiting.clear();
}

void BluezAgent::claim(const QString &devicePath)
{
    QMetaObject::invokeMethod(
        this, [this, devicePath] { ++m_claimed[devicePath]; }, Qt::QueuedConnection);
}

void BluezAgent::unclaim(const QString &devicePath)
{
    QMetaObject::invokeMethod(
        this,
        [this, devicePath] {
            auto it = m_claimed.find(devicePath);
            if (it != m_claimed.end() && --*it <= 0)
                m_claimed.erase(it);
        },
        Qt::QueuedConnection);
}

void BluezAgent::reject(const QString &why)
{
    sendErrorReply(QStringLiteral("org.bluez.Error.Rejected"), why);
}

void BluezAgent::answer(const QString &devicePath, std::optional<quint32> passkey)
{
    QMetaObject::invokeMethod(
        this,
        [this, devicePath, passkey] {
            const auto it = m_waiting.constFind(devicePath);
            if (it == m_waiting.cend())
                return;
            const QDBusMessage call = *it;
            m_waiting.erase(it);
            QDBusConnection::systemBus().send(
                passkey ? call.createReply(QVariant::fromValue(quint32(*passkey)))
                        : call.createErrorReply(QStringLiteral("org.bluez.Error.Rejected"),
                                                QStringLiteral("Passkey entry cancelled")));
        },
        Qt::QueuedConnection);
}

void BluezAgent::Release()
{
    m_waiting.clear();
}

QString BluezAgent::RequestPinCode(const QDBusObjectPath &)
{
    // Legacy BR/EDR PIN pairing: not for LE devices.
    reject(QStringLiteral("PIN codes are not supported"));
    return {};
}

void BluezAgent::DisplayPinCode(const QDBusObjectPath &device, const QString &pincode)
{
    bool ok = false;
    const uint code = pincode.toUInt(&ok);
    if (ok && m_claimed.contains(device.path()))
        Q_EMIT passkeyDisplayed(device.path(), code);
}

quint32 BluezAgent::RequestPasskey(const QDBusObjectPath &device)
{
    if (!m_claimed.contains(device.path())) {
        reject(QStringLiteral("gattscope does not work with this device"));
        return 0;
    }
    setDelayedReply(true);
    const auto old = m_waiting.constFind(device.path());
    if (old != m_waiting.cend()) {
        QDBusConnection::systemBus().send(
            old->createErrorReply(QStringLiteral("org.bluez.Error.Canceled"), QStringLiteral("Superseded")));
    }
    m_waiting.insert(device.path(), message());
    Q_EMIT passkeyRequested(device.path());
    return 0;
}

void BluezAgent::DisplayPasskey(const QDBusObjectPath &device, quint32 passkey, quint16)
{
    if (m_claimed.contains(device.path()))
        Q_EMIT passkeyDisplayed(device.path(), passkey);
}

void BluezAgent::RequestConfirmation(const QDBusObjectPath &device, quint32 passkey)
{
    if (!m_claimed.contains(device.path())) {
        reject(QStringLiteral("gattscope does not work with this device"));
        return;
    }
    Q_EMIT passkeyDisplayed(device.path(), passkey);
}

void BluezAgent::RequestAuthorization(const QDBusObjectPath &)
{
    reject(QStringLiteral("gattscope does not accept incoming pairing"));
}

void BluezAgent::AuthorizeService(const QDBusObjectPath &, const QString &)
{
    reject(QStringLiteral("gattscope does not accept incoming connections"));
}

void BluezAgent::Cancel()
{
    const QStringList paths = m_waiting.keys();
    m_waiting.clear();
    for (const QString &path : paths)
        Q_EMIT cancelled(path);
}

} // namespace gattscope
