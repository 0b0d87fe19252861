// SPDX-License-Identifier: MIT
#include "mockbluez.h"

#include "mockbluez_p.h"
#include "mockbluezbus.h"
#include "mockbluezdevice.h"
#include "mockbluezgatt.h"

#include <gattscope/backends/virtual/virtualperipheral.h>

#include <QDateTime>
#include <QDBusServiceWatcher>
#include <QTimer>

namespace gattscope {

using namespace mockbluez;

namespace {

QString adapterAddress(int index)
{
    // Made-up addresses that read as the mock's: 00:AA:01:00:00:0N for hciN.
    return QStringLiteral("00:AA:01:00:00:%1").arg(index, 2, 16, QLatin1Char('0')).toUpper();
}

} // namespace

MockBluez::MockBluez(const MockBluezOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_givenTemporaryTimeoutMs(options.temporaryTimeoutMs)
    , m_bus(new MockBluezBus(this))
    , m_returnTimer(new QTimer(this))
    , m_sweepTimer(new QTimer(this))
{
    addMockBluezInterfaceXml(m_bus);
    m_returnTimer->setSingleShot(true);
    connect(m_returnTimer, &QTimer::timeout, this, &MockBluez::comeBack);
    m_sweepTimer->setInterval(250);
    connect(m_sweepTimer, &QTimer::timeout, this, &MockBluez::sweepTemporary);
    connect(m_bus, &MockBluezBus::methodCalled, this,
            [this](const QString &path, const QString &interface, const QString &member) {
                m_calls.append(path + u' ' + interface + u'.' + member);
            });
    m_bus->setGate([this](const QDBusMessage &call) {
        if (m_denied == QLatin1String("all"))
            return true;
        if (m_denied == QLatin1String("power") && call.member() == QLatin1String("Set")
            && call.arguments().value(0).toString() == MockBluezInterface::Adapter
            && call.arguments().value(1).toString() == QLatin1String("Powered"))
            return true;
        return false;
    });
    for (int i = 0; i < std::clamp(options.adapters, 1, 8); ++i) {
        Adapter a;
        a.name = QStringLiteral("hci%1").arg(i);
        a.path = QStringLiteral("/org/bluez/") + a.name;
        a.address = adapterAddress(i);
        a.powered = !options.poweredOff.contains(a.name);
        m_adapters.append(a);
    }
}

MockBluez::~MockBluez()
{
    for (Adapter &a : m_adapters)
        qDeleteAll(a.devices);
    if (m_bus->isOnline())
        m_bus->connection().unregisterService(QStringLiteral("org.bluez"));
}

void MockBluez::addProfiles(const ProfileSet &set)
{
    m_profiles.append(set);
    m_faults.addRules(set.faults);
    for (const PeripheralProfile &profile : set.peripherals) {
        auto *p = new VirtualPeripheral(profile, m_options.seed + quint32(m_peripherals.size()), true, this);
        if (m_options.accelerometerRateHz > 0)
            p->setAccelerometerRate(m_options.accelerometerRateHz);
        connect(p, &VirtualPeripheral::advertised, this, [this, p] { onAdvertised(p); });
        m_peripherals.append(p);
    }
}

bool MockBluez::start(Connector connector)
{
    m_connector = std::move(connector);
    buildTree();
    comeBack();
    if (!isOnline())
        return false;
    m_sweepTimer->start();
    return true;
}

bool MockBluez::isOnline() const
{
    return m_bus->isOnline();
}

void MockBluez::buildTree()
{
    MockBluezBus::Interface agents;
    agents.name = MockBluezInterface::AgentManager;
    agents.methods.insert(QStringLiteral("RegisterAgent"),
                          [this](const QDBusMessage &c) { registerAgent(c); });
    agents.methods.insert(QStringLiteral("UnregisterAgent"),
                          [this](const QDBusMessage &c) { unregisterAgent(c); });
    agents.methods.insert(QStringLiteral("RequestDefaultAgent"),
                          [this](const QDBusMessage &c) { requestDefaultAgent(c); });
    m_bus->addObject(QStringLiteral("/org/bluez"), { agents });
    for (Adapter &a : m_adapters)
        addAdapterObject(a);
}

void MockBluez::addAdapterObject(Adapter &a)
{
    MockBluezBus::Interface i;
    i.name = MockBluezInterface::Adapter;
    i.properties = {
        { QStringLiteral("Address"), a.address },
        { QStringLiteral("AddressType"), QStringLiteral("public") },
        { QStringLiteral("Name"), QStringLiteral("gattscope-sim") },
        { QStringLiteral("Alias"), QStringLiteral("gattscope-sim") },
        { QStringLiteral("Class"), MockValue::uint32(0) },
        { QStringLiteral("Powered"), a.powered },
        { QStringLiteral("Discoverable"), false },
        { QStringLiteral("DiscoverableTimeout"), MockValue::uint32(180) },
        { QStringLiteral("Pairable"), true },
        { QStringLiteral("PairableTimeout"), MockValue::uint32(0) },
        { QStringLiteral("Discovering"), a.discovering },
        { QStringLiteral("UUIDs"),
          QStringList { QStringLiteral("00001800-0000-1000-8000-00805f9b34fb"),
                        QStringLiteral("00001801-0000-1000-8000-00805f9b34fb") } },
        { QStringLiteral("Modalias"), QStringLiteral("usb:v1D6Bp0246d0542") },
        { QStringLiteral("Roles"), QStringList { QStringLiteral("central"), QStringLiteral("peripheral") } },
    };
    i.methods.insert(QStringLiteral("StartDiscovery"), [this](const QDBusMessage &c) { startDiscovery(c); });
    i.methods.insert(QStringLiteral("StopDiscovery"), [this](const QDBusMessage &c) { stopDiscovery(c); });
    i.methods.insert(QStringLiteral("SetDiscoveryFilter"),
                     [this](const QDBusMessage &c) { setDiscoveryFilter(c); });
    i.methods.insert(QStringLiteral("RemoveDevice"), [this](const QDBusMessage &c) { removeDevice(c); });
    i.methods.insert(QStringLiteral("GetDiscoveryFilters"), [this](const QDBusMessage &c) {
        answer(c,
               { {},
                 {},
                 { QStringList { QStringLiteral("UUIDs"), QStringLiteral("RSSI"), QStringLiteral("Pathloss"),
                                 QStringLiteral("Transport"), QStringLiteral("DuplicateData"),
                                 QStringLiteral("Discoverable"), QStringLiteral("Pattern") } } });
    });
    const QString path = a.path;
    i.setters.insert(QStringLiteral("Powered"),
                     [this, path](const QVariant &v) -> std::pair<QString, QString> {
                         if (v.typeId() != QMetaType::Bool)
                             return { invalidArguments().error, invalidArguments().text };
                         if (Adapter *adapter = adapterAt(path))
                             powerAdapter(*adapter, v.toBool());
                         return {};
                     });
    i.setters.insert(QStringLiteral("Alias"), [this, path](const QVariant &v) -> std::pair<QString, QString> {
        if (v.typeId() != QMetaType::QString)
            return { invalidArguments().error, invalidArguments().text };
        m_bus->setProperties(path, MockBluezInterface::Adapter,
                             { { QStringLiteral("Alias"),
                                 v.toString().isEmpty() ? QStringLiteral("gattscope-sim") : v.toString() } });
        return {};
    });
    m_bus->addObject(a.path, { i });
}

MockBluez::Adapter *MockBluez::adapterAt(const QString &path)
{
    for (Adapter &a : m_adapters) {
        if (a.path == path)
            return &a;
    }
    return nullptr;
}

bool MockBluez::adapterPowered(const QString &adapterPath) const
{
    for (const Adapter &a : m_adapters) {
        if (a.path == adapterPath)
            return a.powered;
    }
    return false;
}

bool MockBluez::isBusyElsewhere(VirtualPeripheral *peripheral, const MockBluezDevice *except) const
{
    for (const Adapter &a : m_adapters) {
        for (const MockBluezDevice *d : a.devices) {
            if (d != except && d->peripheral() == peripheral && (d->isConnected() || d->isConnecting()))
                return true;
        }
    }
    return false;
}

MockBluezDevice *MockBluez::device(Adapter &adapter, VirtualPeripheral *peripheral, bool create)
{
    for (MockBluezDevice *d : std::as_const(adapter.devices)) {
        if (d->peripheral() == peripheral)
            return d;
    }
    if (!create)
        return nullptr;
    auto *d = new MockBluezDevice(this, adapter.path, peripheral, this);
    adapter.devices.append(d);
    return d;
}

MockBluezDevice *MockBluez::deviceByAddress(const QString &address) const
{
    for (const Adapter &a : m_adapters) {
        for (MockBluezDevice *d : a.devices) {
            if (d->address().compare(address, Qt::CaseInsensitive) == 0)
                return d;
        }
    }
    return nullptr;
}

// --- clients

void MockBluez::watchClient(const QString &uniqueName)
{
    if (m_clients && !uniqueName.isEmpty() && !m_clients->watchedServices().contains(uniqueName))
        m_clients->addWatchedService(uniqueName);
}

void MockBluez::forgetClient(const QString &owner)
{
    if (m_clients)
        m_clients->removeWatchedService(owner);
    for (qsizetype i = m_agents.size() - 1; i >= 0; --i) {
        if (m_agents[i].owner == owner)
            m_agents.removeAt(i);
    }
    m_defaultAgents.removeAll(owner);
    for (Adapter &a : m_adapters) {
        a.filters.remove(owner);
        if (a.sessions.removeAll(owner) && a.sessions.isEmpty())
            setDiscovering(a, false);
        for (MockBluezDevice *d : std::as_const(a.devices))
            d->gatt()->forgetClient(owner);
    }
}

// --- control

void MockBluez::vanish(int returnAfterMs)
{
    if (!isOnline())
        return;
    // Off the bus first: a daemon that is gone sends no signals about what it drops.
    QDBusConnection old = m_bus->connection();
    old.unregisterService(QStringLiteral("org.bluez"));
    m_bus->setConnection(QDBusConnection(QString()));
    delete m_clients;
    m_clients = nullptr;
    QDBusConnection::disconnectFromBus(m_connectionName);
    for (Adapter &a : m_adapters) {
        for (qsizetype i = a.devices.size() - 1; i >= 0; --i) {
            MockBluezDevice *d = a.devices[i];
            d->dropSilently();
            if (!d->isPaired()) {
                d->unexport();
                a.devices.removeAt(i);
                d->deleteLater();
            }
        }
        a.sessions.clear();
        a.filters.clear();
        a.discovering = false;
        a.powered = true;
        m_bus->setProperties(
            a.path, MockBluezInterface::Adapter,
            { { QStringLiteral("Discovering"), false }, { QStringLiteral("Powered"), true } });
    }
    m_agents.clear();
    m_defaultAgents.clear();
    updateAdvertising();
    Q_EMIT vanished();
    if (returnAfterMs >= 0)
        m_returnTimer->start(returnAfterMs);
}

void MockBluez::comeBack()
{
    if (isOnline() || !m_connector)
        return;
    m_returnTimer->stop();
    QDBusConnection connection = m_connector();
    m_connectionName = connection.name();
    if (!connection.isConnected()) {
        m_error = tr("cannot connect to the bus: %1").arg(connection.lastError().message());
        return;
    }
    m_bus->setConnection(connection);
    if (!m_bus->isOnline()) {
        m_error = tr("cannot export the org.bluez objects on the bus");
        return;
    }
    if (!connection.registerService(QStringLiteral("org.bluez"))) {
        m_error = tr("cannot own org.bluez on this bus (is bluetoothd or another mock running?): %1")
                      .arg(connection.lastError().message());
        m_bus->setConnection(QDBusConnection(QString()));
        QDBusConnection::disconnectFromBus(m_connectionName);
        return;
    }
    m_clients
        = new QDBusServiceWatcher(QString(), connection, QDBusServiceWatcher::WatchForUnregistration, this);
    connect(m_clients, &QDBusServiceWatcher::serviceUnregistered, this, &MockBluez::forgetClient);
    for (Adapter &a : m_adapters) {
        for (MockBluezDevice *d : std::as_const(a.devices))
            d->restore();
    }
    updateAdvertising();
    Q_EMIT returned();
}

bool MockBluez::dropLink(const QString &address, const QString &reason)
{
    MockBluezDevice *d = deviceByAddress(address);
    if (!d || !d->isConnected())
        return false;
    static const QHash<QString, quint8> reasons = { { QStringLiteral("timeout"), 0x08 },
                                                    { QStringLiteral("remote"), 0x13 },
                                                    { QStringLiteral("local"), 0x16 },
                                                    { QStringLiteral("authentication"), 0x05 } };
    const auto [name, message] = disconnectReason(reasons.value(reason.toLower(), 0));
    d->linkLost(name, message);
    return true;
}

bool MockBluez::setInRange(const QString &address, bool inRange)
{
    for (VirtualPeripheral *p : std::as_const(m_peripherals)) {
        if (p->address().toString().compare(address, Qt::CaseInsensitive) == 0) {
            m_inRange.insert(p, inRange);
            updateAdvertising();
            return true;
        }
    }
    return false;
}

bool MockBluez::setPowered(const QString &adapter, bool powered)
{
    for (Adapter &a : m_adapters) {
        if (a.name == adapter || a.path == adapter) {
            powerAdapter(a, powered);
            return true;
        }
    }
    return false;
}

void MockBluez::denyAccess(const QString &scope)
{
    m_denied = scope;
}

void MockBluez::setTemporaryTimeout(int ms)
{
    m_options.temporaryTimeoutMs = std::max(0, ms);
}

void MockBluez::reset()
{
    for (Adapter &a : m_adapters) {
        for (MockBluezDevice *d : std::as_const(a.devices)) {
            if (d->isConnected() || d->isConnecting())
                d->linkLost(QStringLiteral("org.bluez.Reason.Local"),
                            QStringLiteral("Connection terminated by local host"));
            d->forgetBond();
            d->unexport();
            // At once, not later: the peripherals it points to go below. (reset() comes
            // from the control interface, never from inside a device's own call.)
            delete d;
        }
        a.devices.clear();
        a.sessions.clear();
        a.filters.clear();
        setDiscovering(a, false);
        powerAdapter(a, !m_options.poweredOff.contains(a.name));
    }
    qDeleteAll(m_peripherals);
    m_peripherals.clear();
    m_inRange.clear();
    m_faults.clear();
    const ProfileSet profiles = m_profiles;
    m_profiles = {};
    addProfiles(profiles);
    m_methodCounts.clear();
    m_calls.clear();
    m_denied.clear();
    m_options.temporaryTimeoutMs = m_givenTemporaryTimeoutMs;
    updateAdvertising();
}

} // namespace gattscope
