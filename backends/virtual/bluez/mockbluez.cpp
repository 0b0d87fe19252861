// SPDX-License-Identifier: MIT
#include "mockbluez.h"

#include "mockbluezbus.h"
#include "mockbluezdevice.h"
#include "mockbluezgatt.h"
#include "mockbluezinterfaces.h"

#include <gattscope/backends/virtual/virtualperipheral.h>
#include <gattscope/core/advertising/advertisingdata.h>

#include <QDateTime>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace gattscope {

namespace {

const QStringList kCapabilities = { QString(),
                                    QStringLiteral("DisplayOnly"),
                                    QStringLiteral("DisplayYesNo"),
                                    QStringLiteral("KeyboardOnly"),
                                    QStringLiteral("NoInputNoOutput"),
                                    QStringLiteral("KeyboardDisplay") };

MockBluez::Reply error(const QString &name, const QString &text)
{
    return { name, text, {} };
}

const MockBluez::Reply kInvalidArguments
    = error(MockBluezError::InvalidArguments, QStringLiteral("Invalid arguments in method call"));
const MockBluez::Reply kNotReady = error(MockBluezError::NotReady, QStringLiteral("Resource Not Ready"));
const MockBluez::Reply kDoesNotExist = error(MockBluezError::DoesNotExist, QStringLiteral("Does Not Exist"));

QString adapterAddress(int index)
{
    // The Linux Foundation's OUI-free "00:AA:01:…" range is unused on real hardware.
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
                             return { kInvalidArguments.error, kInvalidArguments.text };
                         if (Adapter *adapter = adapterAt(path))
                             powerAdapter(*adapter, v.toBool());
                         return {};
                     });
    i.setters.insert(QStringLiteral("Alias"), [this, path](const QVariant &v) -> std::pair<QString, QString> {
        if (v.typeId() != QMetaType::QString)
            return { kInvalidArguments.error, kInvalidArguments.text };
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

// --- discovery

bool MockBluez::filterMatches(const Adapter &adapter, VirtualPeripheral *peripheral, qint8 rssi) const
{
    const PeripheralProfile &profile = peripheral->profile();
    const AdvertisingData ad
        = AdvertisingData::merged(AdvertisingData::parse(profile.advertisingData),
                                  AdvertisingData::parse(profile.scanResponseData, AdSource::ScanResponse));
    const bool discoverable = (ad.flags().value_or(0) & 0x03) != 0;
    for (const QString &session : adapter.sessions) {
        if (!adapter.filters.contains(session)) {
            if (discoverable)
                return true;
            continue;
        }
        // With a filter, bluetoothd reports non-discoverable advertisers too.
        const Filter &f = adapter.filters[session];
        if (f.transport == QLatin1String("bredr"))
            continue;
        if (f.rssi && rssi < *f.rssi)
            continue;
        if (!f.uuids.isEmpty()) {
            bool any = false;
            const QList<Uuid> advertised = ad.serviceUuids();
            for (const QString &text : f.uuids) {
                const std::optional<Uuid> u = Uuid::fromString(text);
                any = any || (u && advertised.contains(*u));
            }
            if (!any)
                continue;
        }
        if (!f.pattern.isEmpty() && !profile.address.toString().startsWith(f.pattern, Qt::CaseInsensitive)
            && !ad.name().startsWith(f.pattern))
            continue;
        return true;
    }
    return false;
}

void MockBluez::onAdvertised(VirtualPeripheral *peripheral)
{
    if (!isOnline() || !isInRange(peripheral))
        return;
    const qint8 rssi = peripheral->stepRssi();
    for (Adapter &a : m_adapters) {
        if (!a.powered || !a.discovering || !filterMatches(a, peripheral, rssi))
            continue;
        bool anyFilter = false;
        bool duplicates = false;
        for (const QString &s : std::as_const(a.sessions)) {
            anyFilter = anyFilter || a.filters.contains(s);
            duplicates = duplicates || a.filters.value(s).duplicateData;
        }
        MockBluezDevice *d = device(a, peripheral, true);
        if (!d->isConnected())
            d->heard(rssi, anyFilter, duplicates);
    }
}

void MockBluez::updateAdvertising()
{
    bool anyone = false;
    for (const Adapter &a : m_adapters)
        anyone = anyone || (a.powered && a.discovering);
    for (VirtualPeripheral *p : std::as_const(m_peripherals))
        p->setAdvertisingReports(anyone && isOnline() && isInRange(p));
}

void MockBluez::setDiscovering(Adapter &adapter, bool on)
{
    if (adapter.discovering == on)
        return;
    adapter.discovering = on;
    m_bus->setProperties(adapter.path, MockBluezInterface::Adapter,
                         { { QStringLiteral("Discovering"), on } });
    updateAdvertising();
    if (!on) {
        for (MockBluezDevice *d : std::as_const(adapter.devices))
            d->discoveryStopped();
    }
}

void MockBluez::sweepTemporary()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Adapter &a : m_adapters) {
        for (qsizetype i = a.devices.size() - 1; i >= 0; --i) {
            MockBluezDevice *d = a.devices[i];
            if (d->isConnected() || d->isConnecting() || d->isPaired())
                continue;
            if (d->isExported() && now - d->lastHeardMs() < m_options.temporaryTimeoutMs)
                continue;
            d->unexport();
            a.devices.removeAt(i);
            d->deleteLater();
        }
    }
}

void MockBluez::startDiscovery(const QDBusMessage &call)
{
    const std::optional<FaultRule> rule = commandFault(QStringLiteral("StartDiscovery"));
    if (preempt(rule, call, nullptr))
        return;
    Adapter *a = adapterAt(call.path());
    if (!a || !a->powered) {
        answer(call, kNotReady, rule);
        return;
    }
    if (a->sessions.contains(call.service())) {
        answer(call, error(MockBluezError::InProgress, QStringLiteral("Operation already in progress")),
               rule);
        return;
    }
    a->sessions.append(call.service());
    watchClient(call.service());
    answer(call, {}, rule);
    setDiscovering(*a, true);
}

void MockBluez::stopDiscovery(const QDBusMessage &call)
{
    const std::optional<FaultRule> rule = commandFault(QStringLiteral("StopDiscovery"));
    if (preempt(rule, call, nullptr))
        return;
    Adapter *a = adapterAt(call.path());
    if (!a || !a->powered) {
        answer(call, kNotReady, rule);
        return;
    }
    if (!a->sessions.removeOne(call.service())) {
        answer(call, error(MockBluezError::Failed, QStringLiteral("No discovery started")), rule);
        return;
    }
    a->filters.remove(call.service());
    answer(call, {}, rule);
    if (a->sessions.isEmpty())
        setDiscovering(*a, false);
}

void MockBluez::setDiscoveryFilter(const QDBusMessage &call)
{
    Adapter *a = adapterAt(call.path());
    if (!a || !a->powered) {
        answer(call, kNotReady);
        return;
    }
    const std::optional<QVariantMap> dict = MockBluezBus::dictionary(call.arguments().value(0));
    if (!dict) {
        answer(call, kInvalidArguments);
        return;
    }
    const QVariantMap &options = *dict;
    Filter f;
    bool rssi = false;
    bool pathloss = false;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QVariant &v = it.value();
        const QString &key = it.key();
        if (key == QLatin1String("UUIDs") && v.typeId() == QMetaType::QStringList) {
            f.uuids = v.toStringList();
        } else if (key == QLatin1String("RSSI") && v.typeId() == QMetaType::Short) {
            f.rssi = v.toInt();
            rssi = true;
        } else if (key == QLatin1String("Pathloss") && v.typeId() == QMetaType::UShort) {
            pathloss = true;
        } else if (key == QLatin1String("Transport") && v.typeId() == QMetaType::QString
                   && QStringList({ QStringLiteral("auto"), QStringLiteral("le"), QStringLiteral("bredr") })
                          .contains(v.toString())) {
            f.transport = v.toString();
        } else if (key == QLatin1String("DuplicateData") && v.typeId() == QMetaType::Bool) {
            f.duplicateData = v.toBool();
        } else if (key == QLatin1String("Discoverable") && v.typeId() == QMetaType::Bool) {
            // Makes the adapter discoverable meanwhile; nothing to model for a central.
        } else if (key == QLatin1String("Pattern") && v.typeId() == QMetaType::QString) {
            f.pattern = v.toString();
        } else {
            answer(call, kInvalidArguments);
            return;
        }
    }
    if (rssi && pathloss) {
        answer(call, kInvalidArguments);
        return;
    }
    if (options.isEmpty())
        a->filters.remove(call.service());
    else
        a->filters.insert(call.service(), f);
    watchClient(call.service());
    answer(call, {});
}

void MockBluez::removeDevice(const QDBusMessage &call)
{
    const std::optional<FaultRule> rule = commandFault(QStringLiteral("RemoveDevice"));
    if (preempt(rule, call, nullptr))
        return;
    Adapter *a = adapterAt(call.path());
    const QString path = qvariant_cast<QDBusObjectPath>(call.arguments().value(0)).path();
    MockBluezDevice *d = nullptr;
    if (a) {
        for (MockBluezDevice *candidate : std::as_const(a->devices)) {
            if (candidate->path() == path && candidate->isExported())
                d = candidate;
        }
    }
    if (!d) {
        answer(call, kDoesNotExist, rule);
        return;
    }
    if (d->isConnected() || d->isConnecting())
        d->linkLost(QStringLiteral("org.bluez.Reason.Local"),
                    QStringLiteral("Connection terminated by local host"));
    d->forgetBond();
    d->unexport();
    a->devices.removeOne(d);
    d->deleteLater();
    answer(call, {}, rule);
}

void MockBluez::powerAdapter(Adapter &adapter, bool on)
{
    if (adapter.powered == on)
        return;
    if (!on) {
        adapter.sessions.clear();
        adapter.filters.clear();
        setDiscovering(adapter, false);
        for (MockBluezDevice *d : std::as_const(adapter.devices)) {
            if (d->isConnected() || d->isConnecting())
                d->linkLost(QStringLiteral("org.bluez.Reason.Local"),
                            QStringLiteral("Connection terminated by local host"));
        }
    }
    adapter.powered = on;
    m_bus->setProperties(adapter.path, MockBluezInterface::Adapter, { { QStringLiteral("Powered"), on } });
    updateAdvertising();
}

// --- agents

void MockBluez::registerAgent(const QDBusMessage &call)
{
    const QVariantList args = call.arguments();
    const QString path = qvariant_cast<QDBusObjectPath>(args.value(0)).path();
    const QString capability = args.value(1).toString();
    if (path.isEmpty() || !kCapabilities.contains(capability) || call.signature() != QLatin1String("os")) {
        answer(call, kInvalidArguments);
        return;
    }
    if (hasAgentFor(call.service())) {
        answer(call, error(MockBluezError::AlreadyExists, QStringLiteral("Already Exists")));
        return;
    }
    m_agents.append({ call.service(), path, capability });
    watchClient(call.service());
    answer(call, {});
}

void MockBluez::unregisterAgent(const QDBusMessage &call)
{
    const QString path = qvariant_cast<QDBusObjectPath>(call.arguments().value(0)).path();
    for (qsizetype i = 0; i < m_agents.size(); ++i) {
        if (m_agents[i].owner == call.service() && m_agents[i].path == path) {
            m_agents.removeAt(i);
            m_defaultAgents.removeAll(call.service());
            answer(call, {});
            return;
        }
    }
    answer(call, kDoesNotExist);
}

void MockBluez::requestDefaultAgent(const QDBusMessage &call)
{
    const QString path = qvariant_cast<QDBusObjectPath>(call.arguments().value(0)).path();
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.owner == call.service() && a.path == path) {
            m_defaultAgents.removeAll(a.owner);
            m_defaultAgents.append(a.owner);
            answer(call, {});
            return;
        }
    }
    answer(call, kDoesNotExist);
}

bool MockBluez::hasAgentFor(const QString &owner) const
{
    for (const Agent &a : m_agents) {
        if (a.owner == owner)
            return true;
    }
    return false;
}

QString MockBluez::agentCapability(const QString &owner) const
{
    const QString who = hasAgentFor(owner) ? owner : m_defaultAgents.value(m_defaultAgents.size() - 1);
    for (const Agent &a : m_agents) {
        if (a.owner == who)
            return a.capability.isEmpty() ? QStringLiteral("KeyboardDisplay") : a.capability;
    }
    return QStringLiteral("NoInputNoOutput"); // no agent at all
}

void MockBluez::requestPasskey(const QString &owner, const QString &devicePath,
                               std::function<void(std::optional<quint32>, const QString &)> done)
{
    const QString who = hasAgentFor(owner) ? owner : m_defaultAgents.value(m_defaultAgents.size() - 1);
    const Agent *agent = nullptr;
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.owner == who)
            agent = &a;
    }
    if (!agent) {
        done(std::nullopt, MockBluezError::AuthenticationFailed);
        return;
    }
    QDBusMessage ask = QDBusMessage::createMethodCall(agent->owner, agent->path, MockBluezInterface::Agent,
                                                      QStringLiteral("RequestPasskey"));
    ask << QVariant::fromValue(QDBusObjectPath(devicePath));
    auto *watcher
        = new QDBusPendingCallWatcher(m_bus->connection().asyncCall(ask, m_options.agentTimeoutMs), this);
    const QString agentOwner = agent->owner;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, done, agentOwner](QDBusPendingCallWatcher *) {
                watcher->deleteLater();
                const QDBusMessage reply = watcher->reply();
                if (reply.type() == QDBusMessage::ReplyMessage && reply.signature() == QLatin1String("u")) {
                    done(reply.arguments().value(0).toUInt(), QString());
                    return;
                }
                const QString name = reply.errorName();
                if (name == QLatin1String("org.bluez.Error.Rejected")) {
                    done(std::nullopt, MockBluezError::AuthenticationRejected);
                } else if (name == QLatin1String("org.bluez.Error.Canceled")) {
                    done(std::nullopt, MockBluezError::AuthenticationCanceled);
                } else if (name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
                           || name == QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
                    cancelAgent(agentOwner);
                    done(std::nullopt, MockBluezError::AuthenticationTimeout);
                } else {
                    done(std::nullopt, MockBluezError::AuthenticationFailed);
                }
            });
}

void MockBluez::cancelAgent(const QString &owner)
{
    const QString who = hasAgentFor(owner) ? owner : m_defaultAgents.value(m_defaultAgents.size() - 1);
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.owner != who)
            continue;
        QDBusMessage cancel = QDBusMessage::createMethodCall(a.owner, a.path, MockBluezInterface::Agent,
                                                             QStringLiteral("Cancel"));
        cancel.setAutoStartService(false);
        m_bus->connection().call(cancel, QDBus::NoBlock);
    }
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

// --- faults and replies

QString MockBluez::faultCommand(const QString &method)
{
    // What goes over the air (or to the controller) for each call: the BGAPI command a
    // fault file names for the virtual BLED112 means the same step here.
    static const QHash<QString, QString> commands = {
        { QStringLiteral("ReadValue"), QStringLiteral("attclient_read_by_handle") },
        { QStringLiteral("WriteValue"), QStringLiteral("attclient_attribute_write") },
        { QStringLiteral("StartNotify"), QStringLiteral("attclient_attribute_write") },
        { QStringLiteral("StopNotify"), QStringLiteral("attclient_attribute_write") },
        { QStringLiteral("Connect"), QStringLiteral("gap_connect_direct") },
        { QStringLiteral("Disconnect"), QStringLiteral("connection_disconnect") },
        { QStringLiteral("Pair"), QStringLiteral("sm_encrypt_start") },
        { QStringLiteral("StartDiscovery"), QStringLiteral("gap_discover") },
        { QStringLiteral("StopDiscovery"), QStringLiteral("gap_end_procedure") },
        { QStringLiteral("RemoveDevice"), QStringLiteral("sm_delete_bonding") },
    };
    return commands.value(method, method);
}

Result<ProfileSet> MockBluez::loadFaults(const QByteArray &json, const QString &sourceName)
{
    QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject() && doc.object().value(QStringLiteral("faults")).isArray()) {
        QJsonObject root = doc.object();
        QJsonArray rules = root.value(QStringLiteral("faults")).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject rule = rules[i].toObject();
            const QString on = rule.value(QStringLiteral("on")).toString();
            if (!on.isEmpty())
                rule.insert(QStringLiteral("on"), faultCommand(on));
            rules[i] = rule;
        }
        root.insert(QStringLiteral("faults"), rules);
        doc.setObject(root);
    }
    // Anything else (broken JSON included) goes to ProfileLoader as it is, for its message.
    return ProfileLoader::loadJson(doc.isNull() ? json : doc.toJson(), sourceName);
}

std::optional<FaultRule> MockBluez::commandFault(const QString &method)
{
    const QString command = faultCommand(method);
    const int occurrence = ++m_methodCounts[command];
    if (const FaultRule *rule = m_faults.takeCommandFault(command, occurrence))
        return *rule;
    return std::nullopt;
}

void MockBluez::answer(const QDBusMessage &call, const Reply &reply, const std::optional<FaultRule> &rule)
{
    auto send = [this, call, reply] {
        if (reply.error.isEmpty())
            m_bus->reply(call, reply.arguments);
        else
            m_bus->replyError(call, reply.error, reply.text);
    };
    if (rule && rule->action == FaultRule::Action::DropResponse)
        return;
    if (rule && rule->action == FaultRule::Action::DelayResponse) {
        QTimer::singleShot(std::max(0, rule->delayMs), this, send);
        return;
    }
    send();
}

bool MockBluez::preempt(const std::optional<FaultRule> &rule, const QDBusMessage &call,
                        MockBluezDevice *device)
{
    if (!rule)
        return false;
    switch (rule->action) {
    case FaultRule::Action::Unplug: vanish(rule->delayMs); return true;
    case FaultRule::Action::Reset:
        for (Adapter &a : m_adapters) {
            if (device && a.path != device->adapterPath())
                continue;
            powerAdapter(a, false);
            const QString path = a.path;
            QTimer::singleShot(200, this, [this, path] {
                if (Adapter *back = adapterAt(path))
                    powerAdapter(*back, true);
            });
        }
        return true;
    case FaultRule::Action::Disconnect:
        if (!device || !device->isConnected() || call.member() == QLatin1String("Connect")
            || call.member() == QLatin1String("Pair"))
            return false;
        // The link drops while the request is on the air: the call fails, then the
        // disconnect sequence follows.
        m_bus->replyError(call, MockBluezError::Failed, QStringLiteral("Operation failed"));
        {
            const auto [reason, message] = disconnectReason(quint8(rule->reason & 0xFF));
            device->linkLost(reason, message);
        }
        return true;
    default: return false;
    }
}

std::pair<QString, QString> MockBluez::disconnectReason(quint8 hciReason)
{
    switch (hciReason) {
    case 0x08: return { QStringLiteral("org.bluez.Reason.Timeout"), QStringLiteral("Connection timeout") };
    case 0x13:
        return { QStringLiteral("org.bluez.Reason.Remote"),
                 QStringLiteral("Connection terminated by remote user") };
    case 0x16:
        return { QStringLiteral("org.bluez.Reason.Local"),
                 QStringLiteral("Connection terminated by local host") };
    case 0x05:
        return { QStringLiteral("org.bluez.Reason.Authentication"),
                 QStringLiteral("Connection terminated due to authentication failure") };
    default: return { QStringLiteral("org.bluez.Reason.Unknown"), QStringLiteral("Unspecified") };
    }
}

MockBluez::Reply MockBluez::attErrorReply(quint8 attError)
{
    switch (attError) {
    case 0x02: return error(MockBluezError::NotPermitted, QStringLiteral("Read not permitted"));
    case 0x03: return error(MockBluezError::NotPermitted, QStringLiteral("Write not permitted"));
    case 0x05:
    case 0x0C:
    case 0x0F: return error(MockBluezError::NotPermitted, QStringLiteral("Not paired"));
    case 0x07: return error(MockBluezError::InvalidArguments, QStringLiteral("Invalid offset"));
    case 0x0D: return error(MockBluezError::InvalidArguments, QStringLiteral("Invalid Length"));
    case 0x08: return error(MockBluezError::NotAuthorized, QStringLiteral("Operation Not Authorized"));
    case 0x06: return error(MockBluezError::NotSupported, QStringLiteral("Operation is not supported"));
    case 0x00: return error(MockBluezError::Failed, QStringLiteral("Operation failed"));
    default:
        return error(
            MockBluezError::Failed,
            QStringLiteral("Operation failed with ATT error: 0x%1").arg(attError, 2, 16, QLatin1Char('0')));
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
            d->deleteLater();
        }
        a.devices.clear();
        a.sessions.clear();
        a.filters.clear();
        setDiscovering(a, false);
        powerAdapter(a, true);
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
