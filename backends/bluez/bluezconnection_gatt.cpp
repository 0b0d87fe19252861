// SPDX-License-Identifier: MIT
// BluezConnection: GATT through Qt Bluetooth — discovery, reads, writes, the CCCD mapping,
// notifications. (The link itself is in bluezconnection.cpp.)
#include "bluezbackend.h"
#include "bluezconnection.h"
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

template<typename T>
void BluezConnection::awaitOutcome(QLowEnergyService *service, Pending<T> pending, const QString &what,
                                   bool (*ours)(QLowEnergyService::ServiceError))
{
    m_waiting.timeout = [pending](const Error &error) {
        pending.finish(error);
    };
    m_waiting.error
        = [this, service, pending, what, ours](QLowEnergyService *s, QLowEnergyService::ServiceError err) {
              if (s != service || !ours(err))
                  return false;
              pending.finish(serviceError(err, what));
              return true;
          };
    m_operationTimer->start(m_backend->options().operationTimeoutMs);
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
                 awaitOutcome(service, pending, tr("Reading %1").arg(hex4(handle)),
                              [](QLowEnergyService::ServiceError err) {
                                  return err != QLowEnergyService::CharacteristicWriteError
                                      && err != QLowEnergyService::DescriptorWriteError;
                              });
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
             awaitOutcome(service, pending, tr("Writing %1").arg(hex4(handle)),
                          [](QLowEnergyService::ServiceError err) {
                              return err != QLowEnergyService::CharacteristicReadError
                                  && err != QLowEnergyService::DescriptorReadError;
                          });
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
    awaitOutcome(
        service, pending, tr("Subscribing through %1").arg(hex4(handle)),
        [](QLowEnergyService::ServiceError err) { return err == QLowEnergyService::DescriptorWriteError; });
    // Qt turns this into StartNotify (01 00, 02 00) or StopNotify (00 00).
    service->writeDescriptor(descriptor, value);
}

} // namespace gattscope
