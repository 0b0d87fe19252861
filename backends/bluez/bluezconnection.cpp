// SPDX-License-Identifier: MIT
#include "bluezconnection.h"

#include "bluezbackend.h"
#include "bluezsystem.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace gattscope {

namespace {

QString hex4(quint16 v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

const QByteArray kCccdOff = QByteArray::fromHex("0000");
const QByteArray kCccdNotify = QByteArray::fromHex("0100");
const QByteArray kCccdIndicate = QByteArray::fromHex("0200");

} // namespace

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

void BluezConnection::onServicesDiscovered()
{
    if (!m_discovering || !m_controller)
        return;
    QList<QBluetoothUuid> uuids = m_controller->services();
    // Qt keeps no order; sort, so that made-up handles are the same every time.
    std::sort(uuids.begin(), uuids.end(),
              [](const QBluetoothUuid &a, const QBluetoothUuid &b) { return a.toString() < b.toString(); });
    for (const QBluetoothUuid &uuid : std::as_const(uuids)) {
        if (QLowEnergyService *service = m_controller->createServiceObject(uuid, this)) {
            watch(service);
            m_services.append(service);
        }
    }
    m_serviceIndex = 0;
    discoverNextService();
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

void BluezConnection::watch(QLowEnergyService *service)
{
    connect(service, &QLowEnergyService::characteristicRead, this,
            [this, service](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                const auto f = m_waiting.read;
                if (f && f(service, c, value))
                    finishOperation();
            });
    connect(service, &QLowEnergyService::characteristicWritten, this,
            [this, service](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                const auto f = m_waiting.written;
                if (f && f(service, c, value))
                    finishOperation();
            });
    connect(service, &QLowEnergyService::descriptorRead, this,
            [this, service](const QLowEnergyDescriptor &d, const QByteArray &value) {
                const auto f = m_waiting.descriptorRead;
                if (f && f(service, d, value))
                    finishOperation();
            });
    connect(service, &QLowEnergyService::descriptorWritten, this,
            [this, service](const QLowEnergyDescriptor &d, const QByteArray &value) {
                const auto f = m_waiting.descriptorWritten;
                if (f && f(service, d, value))
                    finishOperation();
            });
    connect(service, &QLowEnergyService::errorOccurred, this,
            [this, service](QLowEnergyService::ServiceError e) {
                const auto f = m_waiting.error;
                if (f && f(service, e))
                    finishOperation();
                // Otherwise: a late answer to a Write Without Response (Qt reports nothing on
                // success, so that call finished at once) or to an operation that timed out.
            });
    connect(
        service, &QLowEnergyService::stateChanged, this, [this, service](QLowEnergyService::ServiceState s) {
            if (!m_discovering || m_serviceIndex >= m_services.size() || m_services[m_serviceIndex] != service
                || s != QLowEnergyService::RemoteServiceDiscovered)
                return;
            ++m_serviceIndex;
            QMetaObject::invokeMethod(this, &BluezConnection::discoverNextService, Qt::QueuedConnection);
        });
    connect(service, &QLowEnergyService::characteristicChanged, this,
            [this, service](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                const std::optional<quint16> handle = m_table.valueHandle(service, c);
                // Qt also reports BlueZ's Value updates after reads: only subscriptions count.
                if (!handle || !m_indicating.contains(*handle))
                    return;
                Notification n;
                n.handle = *handle;
                n.value = value;
                n.timestampUs = QDateTime::currentMSecsSinceEpoch() * 1000;
                n.kind = m_indicating.value(*handle) ? Notification::Kind::Indication
                                                     : Notification::Kind::Notification;
                m_notifications.append(n);
                if (!m_flushTimer->isActive())
                    m_flushTimer->start();
            });
}

void BluezConnection::flushNotifications()
{
    m_flushTimer->stop();
    if (!m_notifications.isEmpty())
        deliverNotifications(std::exchange(m_notifications, {}));
}

void BluezConnection::doDiscover(Pending<GattDatabase> pending)
{
    enqueue({ [this, pending] {
                 if (!isConnected() || !m_controller) {
                     pending.finish(notConnected());
                     finishOperation();
                     return;
                 }
                 if (!m_table.isEmpty()) {
                     // Qt Bluetooth discovers once per link; the answer stands.
                     pending.finish(m_table.database());
                     finishOperation();
                     return;
                 }
                 m_discovering = pending;
                 m_waiting.timeout = [this](const Error &e) {
                     if (m_discovering) {
                         m_discovering->finish(e);
                         m_discovering.reset();
                     }
                 };
                 m_waiting.error = [this](QLowEnergyService *service, QLowEnergyService::ServiceError e) {
                     if (m_serviceIndex >= m_services.size() || m_services[m_serviceIndex] != service)
                         return false;
                     m_discovering->finish(serviceError(
                         e, tr("Discovering the service %1").arg(service->serviceUuid().toString())));
                     m_discovering.reset();
                     return true;
                 };
                 m_operationTimer->start(m_backend->options().discoveryTimeoutMs);
                 if (m_controller->state() == QLowEnergyController::DiscoveredState)
                     onServicesDiscovered();
                 else
                     m_controller->discoverServices();
             },
              [pending](const Error &e) {
                  pending.finish(e);
              } });
}

void BluezConnection::discoverNextService()
{
    if (!m_discovering)
        return;
    while (m_serviceIndex < m_services.size()
           && m_services[m_serviceIndex]->state() == QLowEnergyService::RemoteServiceDiscovered)
        ++m_serviceIndex;
    if (m_serviceIndex >= m_services.size()) {
        finishDiscovery();
        return;
    }
    // Structure only, as ATT discovery: reading values is the user's choice (and an
    // encrypted one would start pairing in the middle of discovery).
    m_services[m_serviceIndex]->discoverDetails(QLowEnergyService::SkipValueDiscovery);
}

void BluezConnection::finishDiscovery()
{
    auto complete = [this](const GattDatabase *peer) {
        if (!m_discovering)
            return;
        m_table = BluezGattTable::build(m_services, peer);
        setDatabase(m_table.database());
        const Pending<GattDatabase> p = *m_discovering;
        m_discovering.reset();
        p.finish(m_table.database());
        finishOperation();
    };
    if (!m_system->features().testFlag(BluezSystem::Feature::PeerHandles)) {
        complete(nullptr);
        return;
    }
    const quint64 generation = m_generation;
    m_system->database(address(), [this, generation, complete](const Result<GattDatabase> &peer) {
        if (generation != m_generation)
            return;
        complete(peer.ok() ? &peer.value() : nullptr);
    });
}

void BluezConnection::doRead(quint16 handle, ReadMode, Pending<QByteArray> pending)
{
    enqueue({ [this, handle, pending] {
                 const BluezGattTable::Entry *e = m_table.entry(handle);
                 Error refusal;
                 if (m_table.isEmpty())
                     refusal = Error(Error::Kind::NotFound, tr("Discover the services before reading"));
                 else if (!e)
                     refusal = Error(
                         Error::Kind::InvalidArgument,
                         tr("Handle %1 is not a characteristic value or descriptor").arg(hex4(handle)));
                 else if (e->ambiguous)
                     refusal = Error(
                         Error::Kind::NotSupported,
                         tr("Qt Bluetooth cannot reach %1: an earlier attribute of its service has the same "
                            "UUID")
                             .arg(hex4(handle)));
                 if (refusal) {
                     pending.finish(refusal);
                     finishOperation();
                     return;
                 }
                 QLowEnergyService *service = e->service;
                 const QString what = tr("Reading %1").arg(hex4(handle));
                 m_waiting.timeout = [pending](const Error &error) {
                     pending.finish(error);
                 };
                 m_waiting.error = [this, service, pending, what](QLowEnergyService *s,
                                                                  QLowEnergyService::ServiceError err) {
                     if (s != service || err == QLowEnergyService::CharacteristicWriteError
                         || err == QLowEnergyService::DescriptorWriteError)
                         return false;
                     pending.finish(serviceError(err, what));
                     return true;
                 };
                 m_operationTimer->start(m_backend->options().operationTimeoutMs);
                 if (e->descriptor.isValid()) {
                     const QLowEnergyDescriptor descriptor = e->descriptor;
                     m_waiting.descriptorRead
                         = [this, service, descriptor, handle, pending](
                               QLowEnergyService *s, const QLowEnergyDescriptor &d, const QByteArray &value) {
                               if (s != service || d != descriptor)
                                   return false;
                               storeValue(handle, value);
                               pending.finish(value);
                               return true;
                           };
                     service->readDescriptor(descriptor);
                 } else {
                     const QLowEnergyCharacteristic characteristic = e->characteristic;
                     m_waiting.read = [this, service, characteristic, handle,
                                       pending](QLowEnergyService *s, const QLowEnergyCharacteristic &c,
                                                const QByteArray &value) {
                         if (s != service || c != characteristic)
                             return false;
                         storeValue(handle, value);
                         pending.finish(value);
                         return true;
                     };
                     service->readCharacteristic(characteristic);
                 }
             },
              [pending](const Error &e) {
                  pending.finish(e);
              } });
}

void BluezConnection::doWrite(quint16 handle, const QByteArray &value, WriteMode mode,
                              Pending<std::monostate> pending)
{
    enqueue(
        { [this, handle, value, mode, pending] {
             const BluezGattTable::Entry *e = m_table.entry(handle);
             Error refusal;
             if (m_table.isEmpty())
                 refusal = Error(Error::Kind::NotFound, tr("Discover the services before writing"));
             else if (!e)
                 refusal
                     = Error(Error::Kind::InvalidArgument,
                             tr("Handle %1 is not a characteristic value or descriptor").arg(hex4(handle)));
             else if (e->ambiguous)
                 refusal = Error(
                     Error::Kind::NotSupported,
                     tr("Qt Bluetooth cannot reach %1: an earlier attribute of its service has the same "
                        "UUID")
                         .arg(hex4(handle)));
             if (refusal) {
                 pending.finish(refusal);
                 finishOperation();
                 return;
             }
             if (e->descriptor.isValid()
                 && e->descriptor.uuid()
                     == QBluetoothUuid(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration)) {
                 writeCccd(*e, handle, value, pending);
                 return;
             }
             QLowEnergyService *service = e->service;
             const QString what = tr("Writing %1").arg(hex4(handle));
             m_waiting.timeout = [pending](const Error &error) {
                 pending.finish(error);
             };
             m_waiting.error
                 = [this, service, pending, what](QLowEnergyService *s, QLowEnergyService::ServiceError err) {
                       if (s != service || err == QLowEnergyService::CharacteristicReadError
                           || err == QLowEnergyService::DescriptorReadError)
                           return false;
                       pending.finish(serviceError(err, what));
                       return true;
                   };
             m_operationTimer->start(m_backend->options().operationTimeoutMs);
             if (e->descriptor.isValid()) {
                 const QLowEnergyDescriptor descriptor = e->descriptor;
                 m_waiting.descriptorWritten
                     = [this, service, descriptor, handle, pending](
                           QLowEnergyService *s, const QLowEnergyDescriptor &d, const QByteArray &written) {
                           if (s != service || d != descriptor)
                               return false;
                           storeValue(handle, written);
                           pending.finish(success());
                           return true;
                       };
                 service->writeDescriptor(descriptor, value);
                 return;
             }
             const QLowEnergyCharacteristic characteristic = e->characteristic;
             if (mode == WriteMode::Command) {
                 // Qt says nothing when a Write Without Response went out: done once no
                 // error came while handing it over.
                 service->writeCharacteristic(characteristic, value, QLowEnergyService::WriteWithoutResponse);
                 if (m_waiting.error) { // still ours: no synchronous refusal
                     pending.finish(success());
                     finishOperation();
                 }
                 return;
             }
             m_waiting.written
                 = [this, service, characteristic, handle, pending](
                       QLowEnergyService *s, const QLowEnergyCharacteristic &c, const QByteArray &written) {
                       if (s != service || c != characteristic)
                           return false;
                       storeValue(handle, written);
                       pending.finish(success());
                       return true;
                   };
             // BlueZ turns a value longer than MTU - 3 into a long (prepared) write itself.
             service->writeCharacteristic(characteristic, value, QLowEnergyService::WriteWithResponse);
         },
          [pending](const Error &e) {
              pending.finish(e);
          } });
}

void BluezConnection::writeCccd(const BluezGattTable::Entry &entry, quint16 handle, const QByteArray &value,
                                Pending<std::monostate> pending)
{
    if (value != kCccdOff && value != kCccdNotify && value != kCccdIndicate) {
        pending.finish(
            Error(Error::Kind::InvalidArgument,
                  tr("The Bluetooth stack owns this Client Characteristic Configuration: write 01 00 or "
                     "02 00 to subscribe and 00 00 to unsubscribe; %1 cannot be sent as it is")
                      .arg(QString::fromLatin1(value.toHex(' ')))));
        finishOperation();
        return;
    }
    QLowEnergyService *service = entry.service;
    const QLowEnergyDescriptor descriptor = entry.descriptor;
    const quint16 valueHandle = entry.valueHandle;
    const bool canNotify = entry.characteristic.properties().testFlag(QLowEnergyCharacteristic::Notify);
    // BlueZ's StartNotify enables notifications when the characteristic has them, else
    // indications: the stored value says what is really configured.
    const QByteArray effective = value == kCccdOff ? kCccdOff : canNotify ? kCccdNotify : kCccdIndicate;
    m_waiting.timeout = [pending](const Error &error) {
        pending.finish(error);
    };
    m_waiting.error
        = [this, service, pending, handle](QLowEnergyService *s, QLowEnergyService::ServiceError err) {
              if (s != service || err != QLowEnergyService::DescriptorWriteError)
                  return false;
              pending.finish(serviceError(err, tr("Subscribing through %1").arg(hex4(handle))));
              return true;
          };
    m_waiting.descriptorWritten
        = [this, service, descriptor, handle, valueHandle, effective,
           pending](QLowEnergyService *s, const QLowEnergyDescriptor &d, const QByteArray &) {
              if (s != service || d != descriptor)
                  return false;
              storeValue(handle, effective);
              if (effective == kCccdOff)
                  m_indicating.remove(valueHandle);
              else
                  m_indicating.insert(valueHandle, effective == kCccdIndicate);
              pending.finish(success());
              return true;
          };
    m_operationTimer->start(m_backend->options().operationTimeoutMs);
    // Qt turns this into StartNotify (01 00, 02 00) or StopNotify (00 00).
    service->writeDescriptor(descriptor, value);
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
