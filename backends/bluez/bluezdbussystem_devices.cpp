// SPDX-License-Identifier: MIT
// BluezDbusSystem: devices — finding one, connecting, pairing, bonds, the GATT database with
// the peer's handles, RSSI and MTU. (The bus, the object tree and the adapter are in
// bluezdbussystem.cpp.)
#include "bluezagent_p.h"
#include "bluezdbussystem_p.h"
#include "bluezdbusvalue_p.h"

#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace gattscope {

namespace {

const QString kObjectManager = QStringLiteral("org.freedesktop.DBus.ObjectManager");

} // namespace

void BluezDbusSystem::finishWaitingFor(const QString &path)
{
    for (qsizetype i = m_waiting.size() - 1; i >= 0; --i) {
        if (devicePath(m_waiting[i].address) == path) {
            const Waiting w = m_waiting.takeAt(i);
            w.finish(success());
        }
    }
}

void BluezDbusSystem::startDiscoveryFor(const DeviceAddress &address, int timeoutMs,
                                        std::function<void(const Status &)> done)
{
    // BlueZ only connects to devices it has seen: look for this one first.
    const quint64 generation = m_generation;
    auto started = std::make_shared<bool>(false);
    auto finished = std::make_shared<bool>(false);
    auto finish = [this, started, finished, done](const Status &status) {
        if (*finished)
            return;
        *finished = true;
        if (*started) {
            call(m_adapterPath, BluezInterface::Adapter, QStringLiteral("StopDiscovery"), {},
                 m_options.probeTimeoutMs, BluezError::Call::Adapter, {},
                 [](const Result<QDBusMessage> &) {});
        }
        done(status);
    };
    m_waiting.append({ address, finish });
    QTimer::singleShot(std::max(0, timeoutMs), this, [this, address, finish, timeoutMs] {
        for (qsizetype i = m_waiting.size() - 1; i >= 0; --i) {
            if (m_waiting[i].address.toUInt64() == address.toUInt64())
                m_waiting.removeAt(i);
        }
        finish(Error(Error::Kind::NotFound,
                     tr("BlueZ did not see %1 within %2 s; is it advertising and in range?")
                         .arg(address.toString())
                         .arg(timeoutMs / 1000.0, 0, 'f', 1)));
    });
    call(m_adapterPath, BluezInterface::Adapter, QStringLiteral("SetDiscoveryFilter"),
         { QVariantMap { { QStringLiteral("Transport"), QStringLiteral("le") } } }, m_options.probeTimeoutMs,
         BluezError::Call::Adapter, {}, [](const Result<QDBusMessage> &) {});
    call(m_adapterPath, BluezInterface::Adapter, QStringLiteral("StartDiscovery"), {},
         m_options.probeTimeoutMs, BluezError::Call::Adapter, tr("looking for %1").arg(address.toString()),
         [this, generation, started, finish](const Result<QDBusMessage> &reply) {
             if (generation != m_generation)
                 return;
             if (reply.ok())
                 *started = true; // ours to stop; InProgress: someone (Qt's scan) is already at it
             else if (reply.error().kind() != Error::Kind::Busy)
                 finish(reply.error());
         });
}

void BluezDbusSystem::findDevice(const DeviceAddress &address, int timeoutMs,
                                 std::function<void(const Result<DeviceAddress> &)> done)
{
    if (const std::optional<DeviceAddress> known = knownAddress(address)) {
        later(std::move(done), Result<DeviceAddress>(*known));
        return;
    }
    if (!m_options.discoverBeforeConnect) {
        later(std::move(done), Result<DeviceAddress>(address)); // Connect will say it is unknown
        return;
    }
    startDiscoveryFor(address, timeoutMs, [this, address, done](const Status &found) {
        if (!found.ok())
            done(found.error());
        else
            done(knownAddress(address).value_or(address));
    });
}

void BluezDbusSystem::connectDevice(const DeviceAddress &address, int timeoutMs,
                                    std::function<void(const Status &)> done)
{
    const QString path = devicePath(address);
    if (path.isEmpty()) {
        if (!m_options.discoverBeforeConnect) {
            later(std::move(done),
                  Status(Error(Error::Kind::NotFound,
                               tr("BlueZ does not know %1 yet; scan for it first").arg(address.toString()))));
            return;
        }
        QElapsedTimer clock;
        clock.start();
        startDiscoveryFor(address, timeoutMs, [this, address, timeoutMs, clock, done](const Status &found) {
            if (!found.ok()) {
                done(found);
                return;
            }
            connectDevice(address, std::max(1000, timeoutMs - int(clock.elapsed())), done);
        });
        return;
    }
    const QString what = tr("connecting to %1").arg(address.toString());
    claim(path);
    call(path, BluezInterface::Device, QStringLiteral("Connect"), {}, timeoutMs, BluezError::Call::Connect,
         what, [this, path, done](const Result<QDBusMessage> &reply) {
             if (!reply.ok())
                 unclaim(path);
             if (!reply.ok() && reply.error().kind() == Error::Kind::Timeout) {
                 // Give up the attempt BlueZ is still making.
                 call(path, BluezInterface::Device, QStringLiteral("Disconnect"), {},
                      m_options.disconnectTimeoutMs, BluezError::Call::Connect, {},
                      [](const Result<QDBusMessage> &) {});
             }
             done(reply.ok() ? success() : Status(reply.error()));
         });
}

void BluezDbusSystem::cancelConnect(const DeviceAddress &address)
{
    for (qsizetype i = m_waiting.size() - 1; i >= 0; --i) {
        if (m_waiting[i].address.toUInt64() == address.toUInt64())
            m_waiting.takeAt(i).finish(Error(Error::Kind::Cancelled, tr("Connection attempt cancelled")));
    }
    const QString path = devicePath(address);
    if (!path.isEmpty()) {
        // Device1.Disconnect also cancels a Connect that has not been answered yet.
        call(path, BluezInterface::Device, QStringLiteral("Disconnect"), {}, m_options.disconnectTimeoutMs,
             BluezError::Call::Connect, {}, [](const Result<QDBusMessage> &) {});
    }
}

void BluezDbusSystem::disconnectDevice(const DeviceAddress &address, std::function<void(const Status &)> done)
{
    const QString path = devicePath(address);
    if (path.isEmpty()) {
        later(std::move(done), success());
        return;
    }
    call(path, BluezInterface::Device, QStringLiteral("Disconnect"), {}, m_options.disconnectTimeoutMs,
         BluezError::Call::Connect, tr("disconnecting %1").arg(address.toString()),
         [done](const Result<QDBusMessage> &reply) {
             done(reply.ok() || reply.error().kind() == Error::Kind::Disconnected ? success()
                                                                                  : Status(reply.error()));
         });
}

void BluezDbusSystem::pair(const DeviceAddress &address, std::function<void(const Status &)> done)
{
    const QString path = devicePath(address);
    if (path.isEmpty()) {
        later(std::move(done),
              Status(Error(Error::Kind::NotFound, tr("BlueZ does not know %1").arg(address.toString()))));
        return;
    }
    claim(path);
    call(path, BluezInterface::Device, QStringLiteral("Pair"), {}, m_options.pairingTimeoutMs,
         BluezError::Call::Pair, tr("pairing with %1").arg(address.toString()),
         [this, path, done](const Result<QDBusMessage> &reply) {
             // AlreadyExists: paired before, which is what was asked for.
             if (!reply.ok()
                 && !(reply.error().kind() == Error::Kind::Busy
                      && deviceProperties(path).value(QStringLiteral("Paired")).toBool())) {
                 done(reply.error());
                 return;
             }
             done(success());
         });
}

void BluezDbusSystem::providePasskey(const DeviceAddress &address, std::optional<quint32> passkey)
{
    const QString path = devicePath(address);
    if (!path.isEmpty())
        BluezAgent::instance()->answer(path, passkey);
}

void BluezDbusSystem::bonds(std::function<void(const Result<QList<DeviceAddress>> &)> done)
{
    QList<DeviceAddress> out;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        if (!it->contains(BluezInterface::Device) || !isOurDevice(it.key()))
            continue;
        const QVariantMap &props = (*it)[BluezInterface::Device];
        if (!props.value(QStringLiteral("Paired")).toBool()
            && !props.value(QStringLiteral("Bonded")).toBool())
            continue;
        const Result<DeviceAddress> a = BluezProperties::address(props);
        if (a.ok())
            out.append(a.value());
    }
    later(std::move(done), Result<QList<DeviceAddress>>(out));
}

void BluezDbusSystem::removeBond(const DeviceAddress &address, std::function<void(const Status &)> done)
{
    const QString path = devicePath(address);
    if (path.isEmpty()) {
        later(std::move(done),
              Status(Error(Error::Kind::NotFound, tr("BlueZ has no bond with %1").arg(address.toString()))));
        return;
    }
    call(m_adapterPath, BluezInterface::Adapter, QStringLiteral("RemoveDevice"),
         { QVariant::fromValue(QDBusObjectPath(path)) }, m_options.probeTimeoutMs, BluezError::Call::Adapter,
         tr("removing %1").arg(address.toString()),
         [done](const Result<QDBusMessage> &reply) { done(reply.ok() ? success() : Status(reply.error())); });
}

void BluezDbusSystem::database(const DeviceAddress &address,
                               std::function<void(const Result<GattDatabase> &)> done)
{
    // A fresh GetManagedObjects: the tree as bluetoothd has it now, whatever the order in
    // which signals reached this thread.
    call(QStringLiteral("/"), kObjectManager, QStringLiteral("GetManagedObjects"), {},
         m_options.probeTimeoutMs, BluezError::Call::Adapter, tr("reading the GATT objects"),
         [this, address, done](const Result<QDBusMessage> &reply) {
             if (!reply.ok()) {
                 done(reply.error());
                 return;
             }
             m_objects = BluezDbusValue::managedObjects(reply.value().arguments().value(0));
             const QString path = devicePath(address);
             if (path.isEmpty()) {
                 done(Error(Error::Kind::NotFound, tr("BlueZ does not know %1").arg(address.toString())));
                 return;
             }
             done(BluezProperties::database(m_objects, path));
         });
}

std::optional<int> BluezDbusSystem::rssi(const DeviceAddress &address) const
{
    const QVariantMap props = deviceProperties(devicePath(address));
    if (!props.contains(QStringLiteral("RSSI")))
        return std::nullopt;
    bool ok = false;
    const int v = props.value(QStringLiteral("RSSI")).toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<int> BluezDbusSystem::mtu(const DeviceAddress &address) const
{
    const QString path = devicePath(address);
    if (path.isEmpty())
        return std::nullopt;
    int best = 0;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        if (!it.key().startsWith(path + QLatin1Char('/')))
            continue;
        best = std::max(best,
                        it->value(BluezInterface::GattCharacteristic).value(QStringLiteral("MTU")).toInt());
    }
    return best > 0 ? std::optional<int>(best) : std::nullopt;
}

bool BluezDbusSystem::isPaired(const DeviceAddress &address) const
{
    return deviceProperties(devicePath(address)).value(QStringLiteral("Paired")).toBool();
}

std::optional<DeviceAddress> BluezDbusSystem::knownAddress(const DeviceAddress &address) const
{
    const Result<DeviceAddress> a = BluezProperties::address(deviceProperties(devicePath(address)));
    return a.ok() ? std::optional<DeviceAddress>(a.value()) : std::nullopt;
}

} // namespace gattscope
