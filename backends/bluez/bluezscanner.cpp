// SPDX-License-Identifier: MIT
#include "bluezscanner.h"

#include "bluezproperties.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothUuid>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTimer>

namespace gattscope {

namespace {

// Device1 properties that come from advertising; a change of anything else (Connected,
// ServicesResolved, Paired …) is not a reception.
const QStringList kAdvertisingKeys = { QStringLiteral("RSSI"),
                                       QStringLiteral("Name"),
                                       QStringLiteral("Alias"),
                                       QStringLiteral("UUIDs"),
                                       QStringLiteral("ManufacturerData"),
                                       QStringLiteral("ServiceData"),
                                       QStringLiteral("TxPower"),
                                       QStringLiteral("AdvertisingFlags"),
                                       QStringLiteral("AdvertisingData"),
                                       QStringLiteral("Appearance") };

quint64 keyOf(const DeviceAddress &address)
{
    return address.toUInt64(); // the 48 bits: Qt's reports do not carry the address type
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

BluezScanner::BluezScanner(BluezSystem *system, const BluezAdapterInfo &adapter, const BluezOptions &options,
                           QObject *parent)
    : QObject(parent)
    , m_system(system)
    , m_adapter(adapter)
    , m_options(options)
    , m_fromSystem(system->features().testFlag(BluezSystem::Feature::DeviceProperties))
    , m_flushTimer(new QTimer(this))
    , m_ageTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, &BluezScanner::flush);
    m_ageTimer->setInterval(std::clamp(options.ageOutMs / 4, 50, 1000));
    connect(m_ageTimer, &QTimer::timeout, this, &BluezScanner::ageOut);
    if (m_fromSystem) {
        connect(system, &BluezSystem::deviceChanged, this, &BluezScanner::onSystemDevice);
        connect(system, &BluezSystem::deviceRemoved, this, &BluezScanner::onSystemDeviceRemoved);
    }
}

BluezScanner::~BluezScanner()
{
    if (m_agent && m_agent->isActive())
        m_agent->stop();
}

Error BluezScanner::agentError() const
{
    const QString said = m_agent ? m_agent->errorString() : QString();
    switch (m_agent ? m_agent->error() : QBluetoothDeviceDiscoveryAgent::UnknownError) {
    case QBluetoothDeviceDiscoveryAgent::PoweredOffError:
        return Error(Error::Kind::PoweredOff, tr("The adapter %1 is switched off").arg(m_adapter.name));
    case QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError:
        return Error(Error::Kind::NotFound, tr("No Bluetooth adapter %1: %2").arg(m_adapter.name, said));
    case QBluetoothDeviceDiscoveryAgent::InputOutputError:
        return Error(Error::Kind::TransportLost, tr("The Bluetooth stack failed: %1").arg(said));
    case QBluetoothDeviceDiscoveryAgent::UnsupportedPlatformError:
    case QBluetoothDeviceDiscoveryAgent::UnsupportedDiscoveryMethod:
        return Error(Error::Kind::NotSupported, tr("LE scanning is not supported here: %1").arg(said));
    case QBluetoothDeviceDiscoveryAgent::LocationServiceTurnedOffError:
    case QBluetoothDeviceDiscoveryAgent::MissingPermissionsError:
        return Error(Error::Kind::PermissionDenied,
                     tr("The system does not allow Bluetooth scanning: %1").arg(said));
    case QBluetoothDeviceDiscoveryAgent::NoError:
    case QBluetoothDeviceDiscoveryAgent::UnknownError: break;
    }
    return Error(Error::Kind::Backend, tr("Scanning failed: %1").arg(said));
}

void BluezScanner::start(const ScanOptions &options, std::function<void(const Status &)> done)
{
    if (m_running) {
        m_system->setDiscoveryFilter(options, std::move(done));
        return;
    }
    if (!m_agent) {
        m_agent = m_adapter.address.isNull()
            ? new QBluetoothDeviceDiscoveryAgent(this)
            : new QBluetoothDeviceDiscoveryAgent(QBluetoothAddress(m_adapter.address.toUInt64()), this);
        m_agent->setLowEnergyDiscoveryTimeout(0); // until stop()
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
                &BluezScanner::onAgentDevice);
        connect(
            m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [this](const QBluetoothDeviceInfo &info, QBluetoothDeviceInfo::Fields) { onAgentDevice(info); });
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this, [this] {
            if (!m_running)
                return; // start() reports it
            m_running = false;
            m_ageTimer->stop();
            Q_EMIT stopped(agentError());
        });
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this, [this] {
            if (!m_running)
                return;
            m_running = false;
            m_ageTimer->stop();
            Q_EMIT stopped(Error(Error::Kind::Cancelled, tr("The system ended the scan")));
        });
    }
    m_devices.clear();
    m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
    if (!m_agent->isActive()) {
        // Qt reports start-up failures (adapter off or gone) from inside start().
        QMetaObject::invokeMethod(
            this, [done, error = agentError()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    m_ageTimer->start();
    // Duplicate reports and "LE only", which Qt's agent does not ask BlueZ for.
    m_system->setDiscoveryFilter(options, [done](const Status &status) {
        // Not fatal: the scan runs, only with BlueZ's defaults.
        Q_UNUSED(status);
        done(success());
    });
}

void BluezScanner::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_ageTimer->stop();
    m_agent->stop();
    flush();
    m_devices.clear();
}

void BluezScanner::onAgentDevice(const QBluetoothDeviceInfo &info)
{
    if (!m_running || !(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration))
        return;
    const DeviceAddress address = addressOf(info);
    if (address.isNull())
        return;
    Entry &entry = m_devices[keyOf(address)];
    entry.info = info;
    if (m_fromSystem)
        return; // BlueZ's own properties are the source (onSystemDevice)
    entry.properties = properties(info, address);
    report(keyOf(address), entry.properties);
}

void BluezScanner::onSystemDevice(const DeviceAddress &address, const QVariantMap &properties,
                                  const QStringList &changed)
{
    if (!m_running || !properties.contains(QStringLiteral("RSSI")))
        return; // not heard in this discovery
    bool advertising = false;
    for (const QString &key : changed)
        advertising = advertising || kAdvertisingKeys.contains(key);
    Entry &entry = m_devices[keyOf(address)];
    const bool fresh = entry.properties.isEmpty();
    entry.properties = properties;
    if (advertising || fresh)
        report(keyOf(address), properties);
}

void BluezScanner::onSystemDeviceRemoved(const DeviceAddress &address)
{
    m_devices.remove(keyOf(address));
}

void BluezScanner::report(quint64 key, const QVariantMap &properties)
{
    const qint64 now = nowMs();
    const Result<Advertisement> advert = BluezProperties::advertisement(properties, now * 1000);
    if (!advert.ok())
        return; // an unusable address: nothing to report
    m_devices[key].lastSeenMs = now;
    m_batch.append(advert.value());
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void BluezScanner::flush()
{
    m_flushTimer->stop();
    if (m_batch.isEmpty())
        return;
    const QList<Advertisement> batch = std::exchange(m_batch, {});
    Q_EMIT advertisementsReceived(batch);
}

void BluezScanner::ageOut()
{
    const qint64 limit = nowMs() - m_options.ageOutMs;
    for (auto it = m_devices.begin(); it != m_devices.end();) {
        if (it->lastSeenMs < limit)
            it = m_devices.erase(it);
        else
            ++it;
    }
}

QBluetoothDeviceInfo BluezScanner::deviceInfo(const DeviceAddress &address) const
{
    const auto it = m_devices.constFind(keyOf(address));
    if (it != m_devices.cend() && it->info.isValid())
        return it->info;
    QBluetoothDeviceInfo info(QBluetoothAddress(address.toUInt64()), QString(), 0);
    info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    return info;
}

DeviceAddress BluezScanner::addressOf(const QBluetoothDeviceInfo &info)
{
    if (!info.address().isNull())
        return DeviceAddress(info.address().toUInt64());
    if (info.deviceUuid().isNull())
        return {};
    // CoreBluetooth hides addresses: 48 bits of a hash of the device UUID stand in, marked
    // as a non-resolvable private address (top bits 00) so no one takes it for a real one.
    const QByteArray hash
        = QCryptographicHash::hash(info.deviceUuid().toRfc4122(), QCryptographicHash::Sha1).left(6);
    quint64 value = 0;
    for (char c : hash)
        value = (value << 8) | quint8(c);
    value &= 0x3FFFFFFFFFFFull;
    return DeviceAddress(value ? value : 1, AddressType::RandomNonResolvable);
}

QVariantMap BluezScanner::properties(const QBluetoothDeviceInfo &info, const DeviceAddress &address)
{
    QVariantMap p;
    p.insert(QStringLiteral("Address"), address.toString());
    p.insert(QStringLiteral("AddressType"),
             address.isRandom() ? QStringLiteral("random") : QStringLiteral("public"));
    if (!info.name().isEmpty())
        p.insert(QStringLiteral("Name"), info.name());
    if (info.rssi() != 0)
        p.insert(QStringLiteral("RSSI"), int(info.rssi()));
    QStringList uuids;
    const QList<QBluetoothUuid> services = info.serviceUuids();
    for (const QBluetoothUuid &u : services)
        uuids.append(u.toString(QUuid::WithoutBraces));
    p.insert(QStringLiteral("UUIDs"), uuids);
    QVariantMap manufacturer;
    const QMultiHash<quint16, QByteArray> m = info.manufacturerData();
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        manufacturer.insert(QString::number(it.key()), it.value());
    if (!manufacturer.isEmpty())
        p.insert(QStringLiteral("ManufacturerData"), manufacturer);
    QVariantMap serviceData;
    const QMultiHash<QBluetoothUuid, QByteArray> s = info.serviceData();
    for (auto it = s.cbegin(); it != s.cend(); ++it)
        serviceData.insert(it.key().toString(QUuid::WithoutBraces), it.value());
    if (!serviceData.isEmpty())
        p.insert(QStringLiteral("ServiceData"), serviceData);
    return p;
}

} // namespace gattscope
