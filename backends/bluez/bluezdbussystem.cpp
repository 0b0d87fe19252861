// SPDX-License-Identifier: MIT
#include "bluezagent_p.h"
#include "bluezdbussystem_p.h"
#include "bluezdbusvalue_p.h"

#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <utility>

namespace gattscope {

namespace {

const QString kBluez = QStringLiteral("org.bluez");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kObjectManager = QStringLiteral("org.freedesktop.DBus.ObjectManager");

Error errorOf(const QDBusMessage &reply, BluezError::Call kind, const QString &what)
{
    return BluezError::fromReply(reply.errorName(), reply.errorMessage(), kind, what);
}

QList<BluezAdapterInfo> adaptersIn(const BluezObjects &objects)
{
    QList<BluezAdapterInfo> out;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (!it->contains(BluezInterface::Adapter))
            continue;
        const QVariantMap &p = (*it)[BluezInterface::Adapter];
        BluezAdapterInfo info;
        info.path = it.key();
        info.name = it.key().section(u'/', -1);
        info.address = DeviceAddress::fromString(p.value(QStringLiteral("Address")).toString())
                           .value_or(DeviceAddress());
        info.alias = p.value(QStringLiteral("Alias")).toString();
        info.powered = p.value(QStringLiteral("Powered")).toBool();
        info.discovering = p.value(QStringLiteral("Discovering")).toBool();
        out.append(info);
    }
    std::sort(out.begin(), out.end(), [](const BluezAdapterInfo &a, const BluezAdapterInfo &b) {
        return a.name.size() != b.name.size() ? a.name.size() < b.name.size() : a.name < b.name;
    });
    return out;
}

} // namespace

BluezDbusSystem::BluezDbusSystem(const BluezOptions &options, QObject *parent)
    : BluezSystem(options, parent)
{ }

BluezDbusSystem::~BluezDbusSystem()
{
    stop();
}

BluezSystem::Features BluezDbusSystem::features() const
{
    return Feature::AdapterPower | Feature::Pairing | Feature::Bonds | Feature::DeviceProperties
        | Feature::ConnectFirst | Feature::PeerHandles | Feature::DisconnectReasons;
}

QList<BluezAdapterInfo> BluezDbusSystem::listAdapters(int timeoutMs)
{
    static std::atomic<int> serial { 0 };
    const QString name = QStringLiteral("gattscope-bluez-list-%1").arg(++serial);
    QList<BluezAdapterInfo> out;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SystemBus, name);
        if (bus.isConnected()) {
            const QDBusMessage ask = QDBusMessage::createMethodCall(
                kBluez, QStringLiteral("/"), kObjectManager, QStringLiteral("GetManagedObjects"));
            const QDBusMessage reply = bus.call(ask, QDBus::Block, timeoutMs);
            if (reply.type() == QDBusMessage::ReplyMessage)
                out = adaptersIn(BluezDbusValue::managedObjects(reply.arguments().value(0)));
        }
    }
    QDBusConnection::disconnectFromBus(name);
    return out;
}

void BluezDbusSystem::call(const QString &path, const QString &interface, const QString &method,
                           const QVariantList &arguments, int timeoutMs, BluezError::Call kind,
                           const QString &what, std::function<void(const Result<QDBusMessage> &)> done)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kBluez, path, interface, method);
    message.setArguments(arguments);
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(message, timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [watcher, kind, what, done](QDBusPendingCallWatcher *) {
                watcher->deleteLater();
                const QDBusMessage reply = watcher->reply();
                if (reply.type() == QDBusMessage::ErrorMessage)
                    done(errorOf(reply, kind, what));
                else
                    done(reply);
            });
}

void BluezDbusSystem::start(const QString &adapter,
                            std::function<void(const Result<BluezAdapterInfo> &)> done)
{
    m_wanted = adapter;
    if (!QDBusConnection::systemBus().isConnected()) {
        later(std::move(done),
              Result<BluezAdapterInfo>(Error(Error::Kind::TransportLost,
                                             tr("Cannot reach the D-Bus system bus (%1)")
                                                 .arg(QDBusConnection::systemBus().lastError().message()))));
        return;
    }
    subscribe();
    load(std::move(done));
}

void BluezDbusSystem::load(std::function<void(const Result<BluezAdapterInfo> &)> done)
{
    const quint64 generation = m_generation;
    call(QStringLiteral("/"), kObjectManager, QStringLiteral("GetManagedObjects"), {},
         m_options.probeTimeoutMs, BluezError::Call::Adapter, tr("asking bluetoothd for its adapters"),
         [this, generation, done](const Result<QDBusMessage> &reply) {
             if (!reply.ok()) {
                 done(reply.error());
                 return;
             }
             if (generation != m_generation) {
                 done(Error(Error::Kind::TransportLost, BluezError::notRunningMessage()));
                 return;
             }
             m_objects = BluezDbusValue::managedObjects(reply.value().arguments().value(0));
             const QList<BluezAdapterInfo> adapters = adaptersIn(m_objects);
             QStringList names;
             for (const BluezAdapterInfo &a : adapters)
                 names.append(a.name);
             const auto found
                 = std::find_if(adapters.cbegin(), adapters.cend(), [this](const BluezAdapterInfo &a) {
                       return m_wanted.isEmpty() || a.name == m_wanted || a.path == m_wanted;
                   });
             if (found == adapters.cend()) {
                 done(Error(
                     Error::Kind::NotFound,
                     adapters.isEmpty() ? tr(
                         "BlueZ has no Bluetooth adapter (is one plugged in, and not blocked by rfkill?)")
                                        : tr("BlueZ has no adapter '%1'; it has %2")
                                              .arg(m_wanted, names.join(QStringLiteral(", ")))));
                 return;
             }
             m_adapterPath = found->path;
             // BlueZ answered on D-Bus, so Qt Bluetooth must use its D-Bus GATT API (BlueZ ≥ 5.42).
             // Qt decides by running "bluetoothd --version", which fails when bluetoothd is not
             // readable by this user (or is a mock); it would then fall back to the raw kernel
             // ATT socket, which needs privileges. Set before the first Qt Bluetooth object.
             if (qEnvironmentVariableIsEmpty("BLUETOOTH_FORCE_DBUS_LE_VERSION"))
                 qputenv("BLUETOOTH_FORCE_DBUS_LE_VERSION", "5.42");
             if (!m_agent) {
                 m_agent = true;
                 BluezAgent *agent = BluezAgent::instance();
                 agent->acquire();
                 connect(agent, &BluezAgent::passkeyRequested, this, [this](const QString &path) {
                     const Result<DeviceAddress> addr = BluezProperties::address(deviceProperties(path));
                     if (isOurDevice(path) && addr.ok())
                         Q_EMIT passkeyRequested(addr.value());
                 });
                 connect(agent, &BluezAgent::passkeyDisplayed, this,
                         [this](const QString &path, quint32 passkey) {
                             const Result<DeviceAddress> addr
                                 = BluezProperties::address(deviceProperties(path));
                             if (isOurDevice(path) && addr.ok())
                                 Q_EMIT passkeyDisplayed(addr.value(), passkey);
                         });
                 connect(agent, &BluezAgent::cancelled, this, [this](const QString &path) {
                     const Result<DeviceAddress> addr = BluezProperties::address(deviceProperties(path));
                     if (isOurDevice(path) && addr.ok())
                         Q_EMIT pairingCancelled(addr.value());
                 });
             }
             done(*found);
         });
}

void BluezDbusSystem::subscribe()
{
    if (m_subscribed)
        return;
    QDBusConnection bus = QDBusConnection::systemBus();
    bus.connect(kBluez, QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesAdded"), this,
                SLOT(onInterfacesAdded(QDBusMessage)));
    bus.connect(kBluez, QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesRemoved"), this,
                SLOT(onInterfacesRemoved(QDBusMessage)));
    bus.connect(kBluez, QString(), kProperties, QStringLiteral("PropertiesChanged"), this,
                SLOT(onPropertiesChanged(QDBusMessage)));
    bus.connect(kBluez, QString(), BluezInterface::Device, QStringLiteral("Disconnected"), this,
                SLOT(onDeviceDisconnected(QDBusMessage)));
    m_daemon = new QDBusServiceWatcher(kBluez, bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_daemon, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &oldOwner, const QString &newOwner) {
                if (!oldOwner.isEmpty()) {
                    ++m_generation;
                    m_objects.clear();
                    const QList<Waiting> waiting = std::exchange(m_waiting, {});
                    for (const Waiting &w : waiting)
                        w.finish(Error(Error::Kind::TransportLost, BluezError::notRunningMessage()));
                    Q_EMIT daemonChanged(false);
                }
                if (!newOwner.isEmpty())
                    Q_EMIT daemonChanged(true);
            });
    m_subscribed = true;
}

void BluezDbusSystem::unsubscribe()
{
    if (!m_subscribed)
        return;
    QDBusConnection bus = QDBusConnection::systemBus();
    bus.disconnect(kBluez, QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesAdded"), this,
                   SLOT(onInterfacesAdded(QDBusMessage)));
    bus.disconnect(kBluez, QStringLiteral("/"), kObjectManager, QStringLiteral("InterfacesRemoved"), this,
                   SLOT(onInterfacesRemoved(QDBusMessage)));
    bus.disconnect(kBluez, QString(), kProperties, QStringLiteral("PropertiesChanged"), this,
                   SLOT(onPropertiesChanged(QDBusMessage)));
    bus.disconnect(kBluez, QString(), BluezInterface::Device, QStringLiteral("Disconnected"), this,
                   SLOT(onDeviceDisconnected(QDBusMessage)));
    delete m_daemon;
    m_daemon = nullptr;
    m_subscribed = false;
}

void BluezDbusSystem::claim(const QString &path)
{
    if (!path.isEmpty() && !m_claimed.contains(path)) {
        m_claimed.insert(path);
        BluezAgent::instance()->claim(path);
    }
}

void BluezDbusSystem::unclaim(const QString &path)
{
    if (m_claimed.remove(path))
        BluezAgent::instance()->unclaim(path);
}

void BluezDbusSystem::stop()
{
    const QSet<QString> claimed = m_claimed;
    for (const QString &path : claimed)
        unclaim(path);
    if (m_agent) {
        BluezAgent *agent = BluezAgent::instance();
        disconnect(agent, nullptr, this, nullptr);
        agent->release();
        m_agent = false;
    }
    unsubscribe();
    ++m_generation;
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting)
        w.finish(Error(Error::Kind::Cancelled, tr("The backend was closed")));
}

BluezAdapterInfo BluezDbusSystem::adapterInfo() const
{
    const QList<BluezAdapterInfo> all = adaptersIn(m_objects);
    for (const BluezAdapterInfo &a : all) {
        if (a.path == m_adapterPath)
            return a;
    }
    return {};
}

bool BluezDbusSystem::isOurDevice(const QString &path) const
{
    return !m_adapterPath.isEmpty() && path.startsWith(m_adapterPath + QLatin1Char('/'))
        && path.count(u'/') == m_adapterPath.count(u'/') + 1;
}

QVariantMap BluezDbusSystem::deviceProperties(const QString &path) const
{
    const auto it = m_objects.constFind(path);
    return it == m_objects.cend() ? QVariantMap() : it->value(BluezInterface::Device);
}

QString BluezDbusSystem::devicePath(const DeviceAddress &address) const
{
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        if (!it->contains(BluezInterface::Device) || !isOurDevice(it.key()))
            continue;
        const Result<DeviceAddress> a = BluezProperties::address((*it)[BluezInterface::Device]);
        if (a.ok() && a.value().toUInt64() == address.toUInt64())
            return it.key();
    }
    return {};
}

void BluezDbusSystem::onInterfacesAdded(const QDBusMessage &message)
{
    const QString path = BluezDbusValue::plain(message.arguments().value(0)).toString();
    const QMap<QString, QVariantMap> added = BluezDbusValue::interfaces(message.arguments().value(1));
    if (path.isEmpty())
        return;
    QMap<QString, QVariantMap> &object = m_objects[path];
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        object.insert(it.key(), it.value());
    if (added.contains(BluezInterface::Device) && isOurDevice(path)) {
        const QVariantMap props = object[BluezInterface::Device];
        const Result<DeviceAddress> a = BluezProperties::address(props);
        if (a.ok()) {
            Q_EMIT deviceChanged(a.value(), props, props.keys());
            finishWaitingFor(path);
        }
    }
    if (added.contains(BluezInterface::Adapter) && path == m_adapterPath)
        Q_EMIT adapterChanged(adapterInfo());
}

void BluezDbusSystem::onInterfacesRemoved(const QDBusMessage &message)
{
    const QString path = BluezDbusValue::plain(message.arguments().value(0)).toString();
    const QStringList removed = BluezDbusValue::plain(message.arguments().value(1)).toStringList();
    auto it = m_objects.find(path);
    if (it == m_objects.end())
        return;
    const QVariantMap device = it->value(BluezInterface::Device);
    for (const QString &interface : removed)
        it->remove(interface);
    if (it->isEmpty())
        m_objects.erase(it);
    if (removed.contains(BluezInterface::Device) && isOurDevice(path)) {
        const Result<DeviceAddress> a = BluezProperties::address(device);
        if (a.ok())
            Q_EMIT deviceRemoved(a.value());
    }
    if (removed.contains(BluezInterface::Adapter) && path == m_adapterPath)
        Q_EMIT adapterRemoved();
}

void BluezDbusSystem::onPropertiesChanged(const QDBusMessage &message)
{
    const QVariantList args = message.arguments();
    const QString interface = args.value(0).toString();
    const QVariantMap changed = BluezDbusValue::plain(args.value(1)).toMap();
    const QStringList invalidated = BluezDbusValue::plain(args.value(2)).toStringList();
    const QString path = message.path();
    QVariantMap &props = m_objects[path][interface];
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        props.insert(it.key(), it.value());
    for (const QString &name : invalidated)
        props.remove(name);
    if (interface == BluezInterface::Device && isOurDevice(path)) {
        const Result<DeviceAddress> a = BluezProperties::address(props);
        if (!a.ok())
            return;
        if (changed.contains(QStringLiteral("Connected"))
            && !changed.value(QStringLiteral("Connected")).toBool())
            unclaim(path);
        Q_EMIT deviceChanged(a.value(), props, changed.keys() + invalidated);
        if (changed.contains(QStringLiteral("Paired")))
            Q_EMIT pairedChanged(a.value(), changed.value(QStringLiteral("Paired")).toBool());
        finishWaitingFor(path);
    } else if (interface == BluezInterface::Adapter && path == m_adapterPath) {
        Q_EMIT adapterChanged(adapterInfo());
    }
}

void BluezDbusSystem::onDeviceDisconnected(const QDBusMessage &message)
{
    if (!isOurDevice(message.path()))
        return;
    const Result<DeviceAddress> a = BluezProperties::address(deviceProperties(message.path()));
    if (!a.ok())
        return;
    const QVariantList args = message.arguments();
    Q_EMIT deviceDisconnected(
        a.value(), BluezError::disconnectReason(args.value(0).toString(), args.value(1).toString()));
}

// --- adapter

void BluezDbusSystem::setPowered(bool on, std::function<void(const Status &)> done)
{
    call(m_adapterPath, kProperties, QStringLiteral("Set"),
         { BluezInterface::Adapter, QStringLiteral("Powered"), QVariant::fromValue(QDBusVariant(on)) },
         m_options.probeTimeoutMs, BluezError::Call::Adapter,
         on ? tr("switching %1 on").arg(m_adapterPath.section(u'/', -1))
            : tr("switching %1 off").arg(m_adapterPath.section(u'/', -1)),
         [done](const Result<QDBusMessage> &reply) { done(reply.ok() ? success() : Status(reply.error())); });
}

void BluezDbusSystem::setDiscoveryFilter(const ScanOptions &options, std::function<void(const Status &)> done)
{
    const QVariantMap filter = { { QStringLiteral("Transport"), QStringLiteral("le") },
                                 { QStringLiteral("DuplicateData"), !options.filterDuplicates } };
    call(m_adapterPath, BluezInterface::Adapter, QStringLiteral("SetDiscoveryFilter"), { filter },
         m_options.probeTimeoutMs, BluezError::Call::Adapter, tr("setting the discovery filter"),
         [done](const Result<QDBusMessage> &reply) { done(reply.ok() ? success() : Status(reply.error())); });
}

} // namespace gattscope
