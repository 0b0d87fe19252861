// SPDX-License-Identifier: MIT
#include "bluezconnection.h"

#include "bluezbackend.h"
#include "bluezsystem.h"

#include <QTimer>

#include <algorithm>

namespace gattscope {

BluezConnection::BluezConnection(const DeviceAddress &address, BluezBackend *backend)
    : Connection(address, backend)
    , m_backend(backend)
    , m_system(backend->system())
    , m_openTimer(new QTimer(this))
    , m_operationTimer(new QTimer(this))
    , m_flushTimer(new QTimer(this))
    , m_disconnectTimer(new QTimer(this))
{
    m_openTimer->setSingleShot(true);
    connect(m_openTimer, &QTimer::timeout, this, [this] {
        m_system->cancelConnect(this->address());
        failOpen(
            Error(Error::Kind::Timeout, tr("%1 did not connect in time").arg(this->address().toString())));
    });
    m_operationTimer->setSingleShot(true);
    connect(m_operationTimer, &QTimer::timeout, this, [this] {
        const auto timeout = m_waiting.timeout;
        m_waiting = {};
        if (timeout)
            timeout(Error(Error::Kind::Timeout, tr("The Bluetooth stack did not answer in time")));
        finishOperation();
    });
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, &BluezConnection::flushNotifications);
    m_disconnectTimer->setSingleShot(true);
    connect(m_disconnectTimer, &QTimer::timeout, this, [this] {
        linkDown(Error::controller(0x16, tr("Disconnected (the stack did not confirm in time)")));
    });
}

BluezConnection::~BluezConnection() = default;

Error BluezConnection::notConnected() const
{
    return Error(Error::Kind::Disconnected, tr("%1 is not connected").arg(address().toString()));
}

// --- link

void BluezConnection::open(const ConnectOptions &options, Pending<Connection *> pending)
{
    if (state() == State::Connected) {
        pending.finish(this);
        return;
    }
    if (m_opening || state() != State::Disconnected) {
        pending.finish(Error(Error::Kind::Busy, tr("Already connecting to %1").arg(address().toString())));
        return;
    }
    const quint64 generation = ++m_generation;
    m_opening = pending;
    m_stackReason.reset();
    m_localDisconnect = false;
    setState(State::Connecting);
    // The stack has its own timeout of options.timeoutMs; this one catches the rest.
    m_openTimer->start(std::max(1000, options.timeoutMs) + 2000);
    if (m_system->features().testFlag(BluezSystem::Feature::ConnectFirst)) {
        m_system->connectDevice(address(), std::max(1000, options.timeoutMs),
                                [this, generation](const Status &status) {
                                    if (generation != m_generation || !m_opening)
                                        return;
                                    if (!status.ok())
                                        failOpen(status.error());
                                    else
                                        attach();
                                });
    } else {
        attach();
    }
}

void BluezConnection::attach()
{
    const quint64 generation = m_generation;
    m_controller = QLowEnergyController::createCentral(m_backend->deviceInfo(address()),
                                                       m_backend->adapterAddress(), this);
    connect(m_controller, &QLowEnergyController::connected, this, [this, generation] {
        if (generation != m_generation || !m_opening)
            return;
        m_openTimer->stop();
        setState(State::Connected);
        const std::optional<int> stackMtu = m_system->mtu(address());
        setMtu(stackMtu ? *stackMtu : m_controller->mtu() > 0 ? m_controller->mtu() : 23);
        const Pending<Connection *> p = *m_opening;
        m_opening.reset();
        p.finish(this);
    });
    connect(m_controller, &QLowEnergyController::disconnected, this, [this, generation] {
        if (generation != m_generation)
            return;
        if (m_stackReason)
            linkDown(*m_stackReason);
        else if (m_localDisconnect)
            linkDown(Error::controller(0x16, tr("Disconnected by gattscope")));
        else
            linkDown(
                Error(Error::Kind::Disconnected, tr("The link ended (the Bluetooth stack did not say why)")));
    });
    connect(m_controller, &QLowEnergyController::errorOccurred, this,
            [this, generation](QLowEnergyController::Error error) {
                if (generation != m_generation)
                    return;
                if (m_opening) {
                    failOpen(qtError(error));
                } else if (m_discovering) {
                    const auto timeout = m_waiting.timeout;
                    m_waiting = {};
                    m_operationTimer->stop();
                    if (timeout)
                        timeout(qtError(error));
                    finishOperation();
                } else if (error == QLowEnergyController::RemoteHostClosedError
                           || error == QLowEnergyController::NetworkError) {
                    linkDown(qtError(error));
                }
            });
    connect(m_controller, &QLowEnergyController::discoveryFinished, this, [this, generation] {
        if (generation == m_generation)
            onServicesDiscovered();
    });
    // On Linux the link is up already and connected() comes from inside this call.
    m_controller->connectToDevice();
}

void BluezConnection::failOpen(const Error &error)
{
    if (!m_opening)
        return;
    m_openTimer->stop();
    const Pending<Connection *> p = *m_opening;
    m_opening.reset();
    p.finish(error);
    if (m_system->features().testFlag(BluezSystem::Feature::ConnectFirst)
        && error.kind() != Error::Kind::TransportLost)
        m_system->disconnectDevice(address(), [](const Status &) {});
    linkDown(error);
}

void BluezConnection::abortOpen(const Error &reason)
{
    if (!m_opening)
        return;
    m_system->cancelConnect(address());
    failOpen(reason);
}

void BluezConnection::linkLost(const Error &reason)
{
    if (m_opening)
        failOpen(reason);
    else
        linkDown(reason);
}

void BluezConnection::linkDown(const Error &reason)
{
    if (state() == State::Disconnected && !m_opening)
        return;
    flushNotifications();
    const Error failure = reason.kind() == Error::Kind::TransportLost
        ? reason
        : Error(Error::Kind::Disconnected, tr("The link ended: %1").arg(reason.toString()));
    m_openTimer->stop();
    m_operationTimer->stop();
    m_disconnectTimer->stop();
    if (m_opening) {
        const Pending<Connection *> p = *m_opening;
        m_opening.reset();
        p.finish(reason);
    }
    // The running operation, then the queued ones, finish before disconnected().
    const auto timeout = m_waiting.timeout;
    m_waiting = {};
    if (timeout)
        timeout(failure);
    if (m_discovering) {
        m_discovering->finish(failure);
        m_discovering.reset();
    }
    std::deque<Operation> queued = std::exchange(m_operations, {});
    for (const Operation &op : queued)
        op.fail(failure);
    m_running = false;
    if (m_pairing) {
        m_pairing->finish(failure);
        m_pairing.reset();
    }
    teardown();
    ++m_generation;
    m_indicating.clear();
    reportDisconnected(reason);
    const QList<Pending<std::monostate>> waiters = std::exchange(m_disconnectWaiters, {});
    for (const Pending<std::monostate> &w : waiters)
        w.finish(success());
}

void BluezConnection::teardown()
{
    for (QLowEnergyService *s : std::as_const(m_services)) {
        disconnect(s, nullptr, this, nullptr);
        s->deleteLater();
    }
    m_services.clear();
    m_table = {};
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
        m_controller->deleteLater();
        m_controller = nullptr;
    }
}

Error BluezConnection::qtError(QLowEnergyController::Error error) const
{
    const QString said = m_controller ? m_controller->errorString() : QString();
    switch (error) {
    case QLowEnergyController::UnknownRemoteDeviceError:
        return Error(Error::Kind::NotFound,
                     tr("The Bluetooth stack does not know %1; scan for it first").arg(address().toString()));
    case QLowEnergyController::InvalidBluetoothAdapterError:
        return Error(Error::Kind::NotFound, tr("The Bluetooth adapter is gone: %1").arg(said));
    case QLowEnergyController::NetworkError: return Error(Error::Kind::TransportLost, said);
    case QLowEnergyController::ConnectionError:
        return Error::controller(0x3E,
                                 tr("%1 did not accept the connection (%2)").arg(address().toString(), said));
    case QLowEnergyController::RemoteHostClosedError:
        return Error::controller(0x13, tr("%1 ended the link").arg(address().toString()));
    case QLowEnergyController::AuthorizationError:
    case QLowEnergyController::MissingPermissionsError:
        return Error(Error::Kind::PermissionDenied,
                     tr("The system does not allow this program to use Bluetooth: %1").arg(said));
    case QLowEnergyController::NoError:
    case QLowEnergyController::UnknownError:
    case QLowEnergyController::AdvertisingError: break;
    }
    return Error(Error::Kind::Backend, said.isEmpty() ? tr("The Bluetooth stack failed") : said);
}

Error BluezConnection::serviceError(QLowEnergyService::ServiceError error, const QString &what) const
{
    switch (error) {
    case QLowEnergyService::CharacteristicReadError:
    case QLowEnergyService::DescriptorReadError:
    case QLowEnergyService::CharacteristicWriteError:
    case QLowEnergyService::DescriptorWriteError:
        return Error(
            Error::Kind::Backend,
            tr("%1 failed: the device or the Bluetooth stack refused (Qt Bluetooth does not pass on the "
               "ATT error code; btmon shows it)")
                .arg(what));
    case QLowEnergyService::OperationError:
        return Error(
            Error::Kind::NotSupported,
            tr("%1: Qt Bluetooth refused the operation (the characteristic does not allow it)").arg(what));
    case QLowEnergyService::NoError:
    case QLowEnergyService::UnknownError: break;
    }
    return Error(Error::Kind::Backend, tr("%1 failed").arg(what));
}

void BluezConnection::stackDisconnected(const Error &reason)
{
    m_stackReason = reason;
}

void BluezConnection::stackPasskeyRequested()
{
    Q_EMIT passkeyRequested();
}

void BluezConnection::stackPasskeyDisplayed(quint32 passkey)
{
    Q_EMIT passkeyDisplayed(passkey);
}

void BluezConnection::stackPairingCancelled() { }

void BluezConnection::stackPairedChanged(bool paired)
{
    // BlueZ pairs by itself when an attribute needs it (security elevation).
    if (paired && isConnected())
        setEncrypted(true);
}

// --- operations

void BluezConnection::enqueue(Operation operation)
{
    if (!isConnected()) {
        operation.fail(notConnected());
        return;
    }
    m_operations.push_back(std::move(operation));
    if (!m_running)
        runNext();
}

void BluezConnection::runNext()
{
    if (m_running || m_operations.empty())
        return;
    m_running = true;
    const Operation op = std::move(m_operations.front());
    m_operations.pop_front();
    op.run();
}

void BluezConnection::finishOperation()
{
    m_operationTimer->stop();
    m_waiting = {};
    m_running = false;
    // Queued: the caller may still be inside a Qt signal.
    QMetaObject::invokeMethod(this, &BluezConnection::runNext, Qt::QueuedConnection);
}

void BluezConnection::doReadRssi(Pending<int> pending)
{
    if (!isConnected()) {
        pending.finish(notConnected());
        return;
    }
    if (const std::optional<int> rssi = m_system->rssi(address())) {
        pending.finish(*rssi);
        return;
    }
    pending.finish(Error(Error::Kind::NotSupported,
                         tr("The Bluetooth stack reports a connected device's RSSI only while a scan runs")));
}

void BluezConnection::doPair(const PairingOptions &, Pending<std::monostate> pending)
{
    if (!isConnected()) {
        pending.finish(notConnected());
        return;
    }
    if (m_pairing) {
        pending.finish(Error(Error::Kind::Busy, tr("Pairing is already running")));
        return;
    }
    // BlueZ always bonds and asks for MITM protection when the devices can provide it.
    m_pairing = pending;
    const quint64 generation = m_generation;
    m_system->pair(address(), [this, generation](const Status &status) {
        if (generation != m_generation || !m_pairing)
            return;
        const Pending<std::monostate> p = *m_pairing;
        m_pairing.reset();
        if (status.ok())
            setEncrypted(true);
        p.finish(status);
    });
}

void BluezConnection::doProvidePasskey(std::optional<quint32> passkey)
{
    if (passkey && *passkey > 999999) {
        m_system->providePasskey(address(), std::nullopt);
        return;
    }
    m_system->providePasskey(address(), passkey);
}

void BluezConnection::doDisconnect(Pending<std::monostate> pending)
{
    if (state() == State::Disconnected && !m_opening) {
        pending.finish(success());
        return;
    }
    m_disconnectWaiters.append(pending);
    if (state() == State::Disconnecting)
        return;
    m_localDisconnect = true;
    if (m_opening) {
        abortOpen(Error(Error::Kind::Cancelled, tr("Disconnected before the link was up")));
        return;
    }
    setState(State::Disconnecting);
    m_disconnectTimer->start(m_backend->options().disconnectTimeoutMs);
    if (m_controller) {
        m_controller->disconnectFromDevice();
    } else {
        const quint64 generation = m_generation;
        m_system->disconnectDevice(address(), [this, generation](const Status &) {
            if (generation == m_generation)
                linkDown(Error::controller(0x16, tr("Disconnected by gattscope")));
        });
    }
}

} // namespace gattscope
