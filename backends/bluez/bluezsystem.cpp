// SPDX-License-Identifier: MIT
#include "bluezsystem.h"

#ifdef GATTSCOPE_BLUEZ_DBUS
#include "bluezdbussystem_p.h"
#endif

#include <QBluetoothLocalDevice>
#include <QElapsedTimer>
#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace gattscope {

BluezSystem *BluezSystem::create(const BluezOptions &options, QObject *parent)
{
#ifdef GATTSCOPE_BLUEZ_DBUS
    return new BluezDbusSystem(options, parent);
#else
    return new BluezSystem(options, parent);
#endif
}

BluezSystem::BluezSystem(const BluezOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<gattscope::BluezAdapterInfo>();
}

BluezSystem::~BluezSystem() = default;

BluezSystem::Features BluezSystem::features() const
{
    return {};
}

Error BluezSystem::notSupported() const
{
    return Error(Error::Kind::NotSupported,
                 tr("The system Bluetooth stack of this platform does not offer this"));
}

namespace {

BluezAdapterInfo infoOf(const QBluetoothHostInfo &host)
{
    BluezAdapterInfo info;
    info.name = host.name();
    info.alias = host.name();
    info.address = DeviceAddress(host.address().toUInt64());
    const QBluetoothLocalDevice local(host.address());
    info.powered = local.isValid() && local.hostMode() != QBluetoothLocalDevice::HostPoweredOff;
    return info;
}

} // namespace

QList<BluezAdapterInfo> BluezSystem::listAdapters(int timeoutMs)
{
#ifdef GATTSCOPE_BLUEZ_DBUS
    return BluezDbusSystem::listAdapters(timeoutMs);
#else
    Q_UNUSED(timeoutMs);
    QList<BluezAdapterInfo> out;
    const QList<QBluetoothHostInfo> hosts = QBluetoothLocalDevice::allDevices();
    for (const QBluetoothHostInfo &host : hosts)
        out.append(infoOf(host));
    return out;
#endif
}

namespace {

// What listAdapters() found last, shared by every thread (the pickers poll it on the GUI thread).
struct AdapterCache
{
    QMutex mutex;
    QList<BluezAdapterInfo> adapters;
    QElapsedTimer age; // invalid until the first answer
    std::optional<QFuture<void>> refreshing; // the refresh under way
};

AdapterCache &adapterCache()
{
    static AdapterCache cache;
    return cache;
}

} // namespace

QFuture<void> BluezSystem::refreshAdapters()
{
    AdapterCache &cache = adapterCache();
    QMutexLocker lock(&cache.mutex);
    if (cache.refreshing)
        return *cache.refreshing;
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    cache.refreshing = promise->future();
    QThreadPool::globalInstance()->start([promise] {
        const QList<BluezAdapterInfo> found = listAdapters(1500);
        AdapterCache &c = adapterCache();
        {
            QMutexLocker relock(&c.mutex);
            c.adapters = found;
            c.age.restart();
            c.refreshing.reset();
        }
        promise->finish();
    });
    return *cache.refreshing;
}

QList<BluezAdapterInfo> BluezSystem::cachedAdapters()
{
    AdapterCache &cache = adapterCache();
    bool stale = false;
    QList<BluezAdapterInfo> adapters;
    {
        QMutexLocker lock(&cache.mutex);
        stale = !cache.refreshing && (!cache.age.isValid() || cache.age.elapsed() > 2000);
        adapters = cache.adapters;
    }
    if (stale)
        refreshAdapters();
    return adapters;
}

void BluezSystem::start(const QString &adapter, std::function<void(const Result<BluezAdapterInfo> &)> done)
{
    const QList<QBluetoothHostInfo> hosts = QBluetoothLocalDevice::allDevices();
    for (const QBluetoothHostInfo &host : hosts) {
        if (adapter.isEmpty() || host.name() == adapter || host.address().toString() == adapter) {
            later(std::move(done), Result<BluezAdapterInfo>(infoOf(host)));
            return;
        }
    }
    later(std::move(done),
          Result<BluezAdapterInfo>(Error(Error::Kind::NotFound,
                                         adapter.isEmpty() ? tr("This computer has no Bluetooth adapter")
                                                           : tr("No Bluetooth adapter '%1'").arg(adapter))));
}

void BluezSystem::stop() { }

void BluezSystem::setPowered(bool, std::function<void(const Status &)> done)
{
    later(std::move(done), Status(notSupported()));
}

void BluezSystem::setDiscoveryFilter(const ScanOptions &, std::function<void(const Status &)> done)
{
    later(std::move(done), success()); // Qt Bluetooth's own settings are all there is
}

void BluezSystem::findDevice(const DeviceAddress &address, int,
                             std::function<void(const Result<DeviceAddress> &)> done)
{
    later(std::move(done), Result<DeviceAddress>(address));
}

void BluezSystem::connectDevice(const DeviceAddress &, int, std::function<void(const Status &)> done)
{
    later(std::move(done), success()); // Qt Bluetooth makes the link itself
}

void BluezSystem::cancelConnect(const DeviceAddress &) { }

void BluezSystem::disconnectDevice(const DeviceAddress &, std::function<void(const Status &)> done)
{
    later(std::move(done), success());
}

void BluezSystem::pair(const DeviceAddress &, std::function<void(const Status &)> done)
{
    later(std::move(done), Status(notSupported()));
}

void BluezSystem::providePasskey(const DeviceAddress &, std::optional<quint32>) { }

void BluezSystem::bonds(std::function<void(const Result<QList<DeviceAddress>> &)> done)
{
    later(std::move(done), Result<QList<DeviceAddress>>(notSupported()));
}

void BluezSystem::removeBond(const DeviceAddress &, std::function<void(const Status &)> done)
{
    later(std::move(done), Status(notSupported()));
}

void BluezSystem::database(const DeviceAddress &, std::function<void(const Result<GattDatabase> &)> done)
{
    later(std::move(done), Result<GattDatabase>(notSupported()));
}

std::optional<int> BluezSystem::rssi(const DeviceAddress &) const
{
    return std::nullopt;
}

std::optional<int> BluezSystem::mtu(const DeviceAddress &) const
{
    return std::nullopt;
}

bool BluezSystem::isPaired(const DeviceAddress &) const
{
    return false;
}

std::optional<DeviceAddress> BluezSystem::knownAddress(const DeviceAddress &) const
{
    return std::nullopt;
}

} // namespace gattscope
