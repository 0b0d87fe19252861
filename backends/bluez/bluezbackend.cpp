// SPDX-License-Identifier: MIT
#include "bluezbackend.h"

#include "bluezconnection.h"
#include "bluezerror.h"
#include "bluezscanner.h"

#include <memory>

namespace gattscope {

BluezBackend::BluezBackend(QString uri, QString adapter, const BluezOptions &options, QObject *parent)
    : Backend(std::move(uri), parent)
    , m_adapterName(std::move(adapter))
    , m_options(options)
{ }

BluezBackend::~BluezBackend()
{
    if (m_system)
        m_system->stop();
}

QBluetoothAddress BluezBackend::adapterAddress() const
{
    return m_adapter.address.isNull() ? QBluetoothAddress() : QBluetoothAddress(m_adapter.address.toUInt64());
}

QBluetoothDeviceInfo BluezBackend::deviceInfo(const DeviceAddress &address) const
{
    if (m_scanner)
        return m_scanner->deviceInfo(address);
    QBluetoothDeviceInfo info(QBluetoothAddress(address.toUInt64()), QString(), 0);
    info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    return info;
}

int BluezBackend::scannedDeviceCount() const
{
    return m_scanner ? m_scanner->deviceCount() : -1;
}

BluezConnection *BluezBackend::connection(const DeviceAddress &address) const
{
    const QList<Connection *> all = connections();
    for (Connection *c : all) {
        if (c->address().toUInt64() == address.toUInt64())
            return static_cast<BluezConnection *>(c);
    }
    return nullptr;
}

void BluezBackend::ensureSystem()
{
    if (m_system)
        return;
    m_system = BluezSystem::create(m_options, this);
    connect(m_system, &BluezSystem::daemonChanged, this, &BluezBackend::onDaemonChanged);
    connect(m_system, &BluezSystem::adapterChanged, this, &BluezBackend::onAdapterChanged);
    connect(m_system, &BluezSystem::adapterRemoved, this, [this] {
        becomeUnavailable(Error(Error::Kind::TransportLost,
                                tr("The Bluetooth adapter %1 was removed").arg(m_adapter.name)));
    });
    connect(m_system, &BluezSystem::deviceDisconnected, this,
            [this](const DeviceAddress &a, const Error &reason) {
                if (BluezConnection *c = connection(a))
                    c->stackDisconnected(reason);
            });
    connect(m_system, &BluezSystem::pairedChanged, this, [this](const DeviceAddress &a, bool paired) {
        if (BluezConnection *c = connection(a))
            c->stackPairedChanged(paired);
    });
    connect(m_system, &BluezSystem::passkeyRequested, this, [this](const DeviceAddress &a) {
        if (BluezConnection *c = connection(a))
            c->stackPasskeyRequested();
    });
    connect(m_system, &BluezSystem::passkeyDisplayed, this, [this](const DeviceAddress &a, quint32 passkey) {
        if (BluezConnection *c = connection(a))
            c->stackPasskeyDisplayed(passkey);
    });
    connect(m_system, &BluezSystem::pairingCancelled, this, [this](const DeviceAddress &a) {
        if (BluezConnection *c = connection(a))
            c->stackPairingCancelled();
    });
}

void BluezBackend::startSystem(std::function<void(const Status &)> done)
{
    const quint64 generation = m_generation;
    m_system->start(m_adapterName, [this, generation, done](const Result<BluezAdapterInfo> &adapter) {
        if (generation != m_generation) {
            done(Error(Error::Kind::Cancelled, tr("The backend was closed meanwhile")));
            return;
        }
        if (!adapter.ok()) {
            done(adapter.error());
            return;
        }
        applyAdapter(adapter.value());
        setState(State::Ready);
        if (!m_adapter.powered) {
            Q_EMIT errorOccurred(
                Error(Error::Kind::PoweredOff,
                      tr("The Bluetooth adapter %1 is switched off; switch it on to scan and connect")
                          .arg(m_adapter.name)));
        }
        resumeScan();
        done(success());
    });
}

void BluezBackend::applyAdapter(const BluezAdapterInfo &adapter)
{
    m_adapter = adapter;
    Info info;
    info.name = adapter.name.isEmpty() ? tr("System Bluetooth") : adapter.name;
    info.description = adapter.path.isEmpty()
        ? tr("System Bluetooth adapter %1").arg(adapter.address.toString())
        : tr("BlueZ adapter %1 (%2, %3)").arg(adapter.name, adapter.alias, adapter.address.toString());
    info.address = adapter.address;
    // BlueZ does not say how many LE links the controller takes; most take several.
    info.maxConnections = 7;
    const BluezSystem::Features features = m_system->features();
    info.capabilities = Capability::StackOwnsCccd | Capability::NoConnectionParameters;
    if (!features.testFlag(BluezSystem::Feature::PeerHandles))
        info.capabilities |= Capability::SyntheticHandles;
    if (features.testFlag(BluezSystem::Feature::AdapterPower))
        info.capabilities |= Capability::PowerControl;
    info.powered = adapter.powered;
    setInfo(info);
}

void BluezBackend::onAdapterChanged(const BluezAdapterInfo &adapter)
{
    if (state() == State::Closed || state() == State::Opening)
        return;
    const BluezAdapterInfo before = m_adapter;
    if (before.powered == adapter.powered && before.alias == adapter.alias
        && before.address == adapter.address && state() != State::Unavailable)
        return; // Discovering and the like: nothing the info shows
    applyAdapter(adapter);
    if (state() == State::Unavailable) { // the adapter is back
        setState(State::Ready);
        resumeScan();
        return;
    }
    if (before.powered && !adapter.powered) {
        if (m_scanner)
            m_scanner->stop();
        if (state() == State::Scanning)
            setState(State::Ready);
        const Error off(Error::Kind::PoweredOff,
                        tr("The Bluetooth adapter %1 was switched off").arg(adapter.name));
        endAllLinks(off);
        Q_EMIT errorOccurred(off);
    } else if (!before.powered && adapter.powered) {
        resumeScan();
    }
}

void BluezBackend::onDaemonChanged(bool running)
{
    if (state() == State::Closed || state() == State::Opening)
        return;
    if (!running) {
        becomeUnavailable(Error(Error::Kind::TransportLost, BluezError::notRunningMessage()));
        return;
    }
    startSystem([this](const Status &status) {
        if (!status.ok())
            Q_EMIT errorOccurred(status.error());
    });
}

void BluezBackend::becomeUnavailable(const Error &error)
{
    if (m_scanner) {
        // The discovery session died with bluetoothd; a new scanner starts a new one.
        m_scanner->deleteLater();
        m_scanner = nullptr;
    }
    endAllLinks(error);
    setState(State::Unavailable);
    Q_EMIT errorOccurred(error);
}

void BluezBackend::endAllLinks(const Error &reason)
{
    const QList<Connection *> all = connections();
    for (Connection *c : all)
        static_cast<BluezConnection *>(c)->linkLost(reason);
}

void BluezBackend::resumeScan()
{
    if (!m_scanWanted || !m_adapter.powered || state() != State::Ready)
        return;
    Pending<std::monostate> resumed;
    doStartScan(*m_scanWanted, resumed);
    resumed.future().then(this, [this](const Status &status) {
        if (!status.ok())
            Q_EMIT errorOccurred(status.error());
    });
}

Error BluezBackend::notReady() const
{
    switch (state()) {
    case State::Unavailable:
        return Error(Error::Kind::TransportLost, tr("The Bluetooth adapter is not available now"));
    case State::Opening: return Error(Error::Kind::Busy, tr("The Bluetooth adapter is still being opened"));
    default: return Error(Error::Kind::NotSupported, tr("Open the backend first"));
    }
}

void BluezBackend::doOpen(Pending<std::monostate> pending)
{
    if (state() != State::Closed) {
        pending.finish(state() == State::Opening ? Status(notReady()) : success());
        return;
    }
    ++m_generation;
    setState(State::Opening);
    ensureSystem();
    startSystem([this, pending](const Status &status) {
        if (!status.ok()) {
            m_system->stop();
            setState(State::Closed);
        }
        pending.finish(status);
    });
}

void BluezBackend::doClose(Pending<std::monostate> pending)
{
    ++m_generation;
    m_scanWanted.reset();
    if (m_scanner) {
        m_scanner->stop();
        m_scanner->deleteLater();
        m_scanner = nullptr;
    }
    const QList<Connection *> all = connections();
    for (Connection *c : all) {
        if (m_system && c->state() != Connection::State::Disconnected)
            m_system->disconnectDevice(c->address(), [](const Status &) {});
        static_cast<BluezConnection *>(c)->linkLost(Error::controller(0x16, tr("The backend was closed")));
    }
    if (m_system)
        m_system->stop();
    setState(State::Closed);
    pending.finish(success());
}

void BluezBackend::doStartScan(const ScanOptions &options, Pending<std::monostate> pending)
{
    if (state() != State::Ready && state() != State::Scanning) {
        pending.finish(notReady());
        return;
    }
    if (!m_adapter.powered) {
        pending.finish(
            Error(Error::Kind::PoweredOff,
                  tr("The Bluetooth adapter %1 is switched off; switch it on to scan").arg(m_adapter.name)));
        return;
    }
    if (!m_scanner) {
        m_scanner = new BluezScanner(m_system, m_adapter, m_options, this);
        connect(m_scanner, &BluezScanner::advertisementsReceived, this, &BluezBackend::deliverAdvertisements);
        connect(m_scanner, &BluezScanner::stopped, this, [this](const Error &error) {
            if (state() == State::Scanning)
                setState(State::Ready);
            Q_EMIT errorOccurred(error);
        });
    }
    const quint64 generation = m_generation;
    m_scanner->start(options, [this, generation, options, pending](const Status &status) {
        if (generation != m_generation) {
            pending.finish(Error(Error::Kind::Cancelled, tr("The backend was closed meanwhile")));
            return;
        }
        if (status.ok()) {
            m_scanWanted = options;
            setState(State::Scanning);
        }
        pending.finish(status);
    });
}

void BluezBackend::doStopScan(Pending<std::monostate> pending)
{
    m_scanWanted.reset();
    if (m_scanner)
        m_scanner->stop();
    if (state() == State::Scanning)
        setState(State::Ready);
    pending.finish(success());
}

void BluezBackend::doConnect(const DeviceAddress &address, const ConnectOptions &options,
                             Pending<Connection *> pending)
{
    if (state() != State::Ready && state() != State::Scanning) {
        pending.finish(notReady());
        return;
    }
    if (!m_adapter.powered) {
        pending.finish(Error(
            Error::Kind::PoweredOff,
            tr("The Bluetooth adapter %1 is switched off; switch it on to connect").arg(m_adapter.name)));
        return;
    }
    if (BluezConnection *c = connection(address)) {
        c->open(options, pending);
        return;
    }
    // The stack knows whether the address is public or random (callers may not), once it
    // has seen the device: look for it first if need be.
    const quint64 generation = m_generation;
    m_system->findDevice(
        address, options.timeoutMs, [this, generation, options, pending](const Result<DeviceAddress> &found) {
            if (generation != m_generation) {
                pending.finish(Error(Error::Kind::Cancelled, tr("The backend was closed meanwhile")));
                return;
            }
            if (!found.ok()) {
                pending.finish(found.error());
                return;
            }
            BluezConnection *c = connection(found.value());
            if (!c) {
                c = new BluezConnection(found.value(), this);
                addConnection(c);
            }
            c->open(options, pending);
        });
}

void BluezBackend::doCancelConnect(const DeviceAddress &address)
{
    if (BluezConnection *c = connection(address))
        c->abortOpen(Error(Error::Kind::Cancelled, tr("Connection attempt cancelled")));
    else if (m_system)
        m_system->cancelConnect(address); // still looking for it
}

int BluezBackend::bondHandle(const DeviceAddress &address)
{
    auto it = m_bondHandles.find(address.toUInt64());
    if (it == m_bondHandles.end())
        it = m_bondHandles.insert(address.toUInt64(), m_nextBond++);
    return *it;
}

void BluezBackend::doBonds(Pending<QList<Bond>> pending)
{
    if (state() == State::Closed || state() == State::Opening || state() == State::Unavailable) {
        pending.finish(notReady());
        return;
    }
    m_system->bonds([this, pending](const Result<QList<DeviceAddress>> &addresses) {
        if (!addresses.ok()) {
            pending.finish(addresses.error());
            return;
        }
        QList<Bond> out;
        for (const DeviceAddress &a : addresses.value()) {
            Bond b;
            b.handle = bondHandle(a);
            b.address = a;
            out.append(b); // BlueZ does not tell key size or MITM over D-Bus
        }
        pending.finish(out);
    });
}

void BluezBackend::doDeleteBond(int handle, Pending<std::monostate> pending)
{
    if (state() == State::Closed || state() == State::Opening || state() == State::Unavailable) {
        pending.finish(notReady());
        return;
    }
    if (handle >= 0) {
        for (auto it = m_bondHandles.cbegin(); it != m_bondHandles.cend(); ++it) {
            if (it.value() == handle) {
                m_system->removeBond(DeviceAddress(it.key()),
                                     [pending](const Status &s) { pending.finish(s); });
                return;
            }
        }
        pending.finish(
            Error(Error::Kind::InvalidArgument, tr("There is no bond %1; list the bonds first").arg(handle)));
        return;
    }
    // Every bond, one after the other; the first failure ends it.
    m_system->bonds([this, pending](const Result<QList<DeviceAddress>> &addresses) {
        if (!addresses.ok()) {
            pending.finish(addresses.error());
            return;
        }
        auto left = std::make_shared<QList<DeviceAddress>>(addresses.value());
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, left, next, pending] {
            if (left->isEmpty()) {
                pending.finish(success());
                *next = nullptr; // break the cycle
                return;
            }
            m_system->removeBond(left->takeFirst(), [next, pending](const Status &s) {
                if (!s.ok()) {
                    pending.finish(s);
                    *next = nullptr;
                    return;
                }
                const std::function<void()> run = *next; // *next may clear itself
                if (run)
                    run();
            });
        };
        const std::function<void()> run = *next;
        run();
    });
}

void BluezBackend::doSetPowered(bool on, Pending<std::monostate> pending)
{
    if (state() == State::Closed || state() == State::Opening || state() == State::Unavailable) {
        pending.finish(notReady());
        return;
    }
    if (!m_system->features().testFlag(BluezSystem::Feature::AdapterPower)) {
        Backend::doSetPowered(on, pending);
        return;
    }
    m_system->setPowered(on, [pending](const Status &s) { pending.finish(s); });
}

} // namespace gattscope
