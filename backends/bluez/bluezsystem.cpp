// SPDX-License-Identifier: MIT
#include "bluezsystem.h"

#ifdef GATTSCOPE_BLUEZ_DBUS
#include "bluezdbussystem_p.h"
#endif

#include <QBluetoothLocalDevice>
#include <QElapsedTimer>
#include <QMutex>
#include <QThreadPool>

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

QList<BluezAdapterInfo> BluezSystem::cachedAdapters()
{
    static QMutex mutex;
    static QList<BluezAdapterInfo> cache;
    static QElapsedTimer age;
    static bool refreshing = false;
    QMutexLocker lock(&mutex);
    if (!refreshing && (!age.isValid() || age.elapsed() > 2000)) {
        refreshing = true;
        QThreadPool::globalInstance()->start([] {
            const QList<BluezAdapterInfo> found = listAdapters(1500);
            QMutexLocker relock(&mutex);
            cache = found;
            age.restart();
            refreshing = false;
        });
    }
    return cache;
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
