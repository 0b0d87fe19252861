// SPDX-License-Identifier: MIT
#include "fakebackend.h"

#include <QDateTime>
#include <QMutexLocker>

namespace gattscope::test {

namespace {
using P = CharacteristicProperty;

Characteristic characteristic(quint16 declaration, Uuid uuid, CharacteristicProperties properties,
                              QList<Descriptor> descriptors = {})
{
    Characteristic c;
    c.declarationHandle = declaration;
    c.valueHandle = quint16(declaration + 1);
    c.endHandle = descriptors.isEmpty() ? c.valueHandle : descriptors.last().handle;
    c.uuid = uuid;
    c.properties = properties;
    c.descriptors = std::move(descriptors);
    return c;
}

Descriptor descriptor(quint16 handle, Uuid uuid)
{
    return Descriptor { handle, uuid, {}, false };
}

Uuid vendor(const char *text)
{
    return *Uuid::fromString(QString::fromLatin1(text));
}

QByteArray bytes(const char *hex)
{
    return QByteArray::fromHex(hex);
}
} // namespace

GattDatabase sampleDatabase()
{
    Service heartRate { 0x0001, 0x0006, Uuid(0x180D), true, {}, {} };
    heartRate.characteristics << characteristic(
        0x0002, Uuid(0x2A37), P::Notify, { descriptor(0x0004, GattUuid::ClientCharacteristicConfiguration) })
                              << characteristic(0x0005, Uuid(0x2A38), P::Read);
    Service battery { 0x0007, 0x000A, Uuid(0x180F), true, {}, {} };
    battery.characteristics << characteristic(
        0x0008, Uuid(0x2A19), P::Read | P::Notify,
        { descriptor(0x000A, GattUuid::ClientCharacteristicConfiguration) });
    Service info { 0x000B, 0x000D, Uuid(0x180A), true, {}, {} };
    info.characteristics << characteristic(0x000C, Uuid(0x2A29), P::Read);
    Service uart { 0x000E, 0x0016, vendor("6e400001-b5a3-f393-e0a9-e50e24dcca9e"), true, {}, {} };
    uart.characteristics << characteristic(0x000F, vendor("6e400002-b5a3-f393-e0a9-e50e24dcca9e"),
                                           P::Write | P::WriteWithoutResponse)
                         << characteristic(
                                0x0011, vendor("6e400003-b5a3-f393-e0a9-e50e24dcca9e"), P::Notify,
                                { descriptor(0x0013, GattUuid::ClientCharacteristicConfiguration) })
                         << characteristic(0x0014, vendor("a0b1c2d3-0000-4000-8000-00000000c0de"), P::Read,
                                           { descriptor(0x0016, GattUuid::UserDescription) });
    return GattDatabase({ heartRate, battery, info, uart });
}

// --- FakeConnection

FakeConnection::FakeConnection(const DeviceAddress &address, QObject *parent)
    : Connection(address, parent)
{
    m_values.insert(Handle::BodySensorLocation, bytes("01"));
    m_values.insert(Handle::BatteryLevel, bytes("5a"));
    m_values.insert(Handle::ManufacturerName, QByteArray("gattscope"));
    m_values.insert(Handle::SecretUserDescription, QByteArray("Secret"));
}

void FakeConnection::establish()
{
    {
        QMutexLocker lock(&m_serverMutex);
        for (quint16 cccd : { Handle::HeartRateCccd, Handle::BatteryCccd, Handle::UartTxCccd })
            m_values.insert(cccd, bytes("0000"));
    }
    setState(State::Connected);
}

QByteArray FakeConnection::serverValue(quint16 handle) const
{
    QMutexLocker lock(&m_serverMutex);
    return m_values.value(handle);
}

int FakeConnection::writeCount() const
{
    QMutexLocker lock(&m_serverMutex);
    return m_writes;
}

void FakeConnection::notify(quint16 valueHandle, const QByteArray &value)
{
    post([this, valueHandle, value] {
        if (!isConnected())
            return;
        const Characteristic *c = m_server.characteristicForHandle(valueHandle);
        const auto cccd = c ? c->cccdHandle() : std::nullopt;
        if (!cccd)
            return;
        const QByteArray config = serverValue(*cccd);
        if (config.isEmpty() || !(quint8(config[0]) & 0x03))
            return;
        Notification n;
        n.handle = valueHandle;
        n.value = value;
        n.timestampUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        n.kind
            = (quint8(config[0]) & 0x01) ? Notification::Kind::Notification : Notification::Kind::Indication;
        deliverNotifications({ n });
    });
}

void FakeConnection::injectDisconnect(quint8 hciReason)
{
    post([this, hciReason] { reportDisconnected(Error::controller(hciReason)); });
}

void FakeConnection::doDiscover(Pending<GattDatabase> pending)
{
    if (!isConnected()) {
        pending.finish(Error(Error::Kind::Disconnected));
        return;
    }
    setDatabase(m_server);
    pending.finish(m_server);
}

void FakeConnection::doRead(quint16 handle, ReadMode, Pending<QByteArray> pending)
{
    if (!isConnected()) {
        pending.finish(Error(Error::Kind::Disconnected));
        return;
    }
    const auto kind = m_server.kindOfHandle(handle);
    if (kind == GattDatabase::AttributeKind::None) {
        pending.finish(Error::att(AttError::InvalidHandle));
        return;
    }
    if (handle == Handle::Secret) {
        pending.finish(Error::att(AttError::InsufficientAuthentication));
        return;
    }
    if (kind == GattDatabase::AttributeKind::CharacteristicValue
        && !(m_server.characteristicForHandle(handle)->properties & P::Read)) {
        pending.finish(Error::att(AttError::ReadNotPermitted));
        return;
    }
    const QByteArray value = serverValue(handle);
    storeValue(handle, value);
    pending.finish(value);
}

void FakeConnection::doWrite(quint16 handle, const QByteArray &value, WriteMode mode,
                             Pending<std::monostate> pending)
{
    if (!isConnected()) {
        pending.finish(Error(Error::Kind::Disconnected));
        return;
    }
    const auto kind = m_server.kindOfHandle(handle);
    Error error;
    if (kind == GattDatabase::AttributeKind::CharacteristicValue) {
        const auto props = m_server.characteristicForHandle(handle)->properties;
        const bool allowed
            = mode == WriteMode::Command ? bool(props & P::WriteWithoutResponse) : bool(props & P::Write);
        if (!allowed)
            error = Error::att(AttError::WriteNotPermitted);
    } else if (kind == GattDatabase::AttributeKind::Descriptor) {
        const Descriptor *d = m_server.descriptorForHandle(handle);
        if (d->uuid != GattUuid::ClientCharacteristicConfiguration)
            error = Error::att(AttError::WriteNotPermitted);
        else if (value.size() != 2)
            error = Error::att(AttError::InvalidAttributeValueLength);
    } else {
        error = Error::att(AttError::WriteNotPermitted);
    }
    if (error) {
        // A Write Command gets no answer, even when the server refuses it.
        pending.finish(mode == WriteMode::Command ? Status(success()) : Status(error));
        return;
    }
    {
        QMutexLocker lock(&m_serverMutex);
        m_values.insert(handle, value);
        ++m_writes;
    }
    storeValue(handle, value);
    pending.finish(success());
}

void FakeConnection::doReadRssi(Pending<int> pending)
{
    pending.finish(-55);
}

void FakeConnection::doDisconnect(Pending<std::monostate> pending)
{
    if (!isConnected()) {
        pending.finish(Error(Error::Kind::Disconnected));
        return;
    }
    setState(State::Disconnecting);
    reportDisconnected(Error::controller(0x16)); // Connection Terminated by Local Host
    pending.finish(success());
}

// --- FakeBackend

FakeBackend::FakeBackend(QString uri, QObject *parent)
    : Backend(std::move(uri), parent)
{ }

QList<Advertisement> FakeBackend::sampleAdverts(qint64 timestampUs)
{
    if (timestampUs == 0)
        timestampUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    Advertisement hrm;
    hrm.address = DeviceAddress(0xC098E5490001, AddressType::Public);
    hrm.rssi = -52;
    hrm.kind = AdvertisementKind::ConnectableUndirected;
    hrm.data = bytes("020106 03030d18 060948524d2d31"); // flags, {180D}, "HRM-1"
    hrm.timestampUs = timestampUs;
    Advertisement beacon;
    beacon.address = DeviceAddress(0xC098E5490002, AddressType::RandomStatic);
    beacon.rssi = -81;
    beacon.kind = AdvertisementKind::NonConnectable;
    beacon.data = bytes("020104 0709546865726d6f 05ff59000102"); // "Thermo", Nordic data
    beacon.timestampUs = timestampUs;
    return { hrm, beacon };
}

FakeConnection *FakeBackend::connection(const DeviceAddress &address) const
{
    QMutexLocker lock(&m_mutex);
    return m_connections.value(address);
}

void FakeBackend::injectAdvertisements(const QList<Advertisement> &batch)
{
    post([this, batch] {
        if (state() == State::Scanning)
            deliverAdvertisements(batch);
    });
}

void FakeBackend::injectTransportLoss()
{
    post([this] {
        setState(State::Unavailable);
        Q_EMIT errorOccurred(Error(Error::Kind::TransportLost, QStringLiteral("fake dongle unplugged")));
    });
}

void FakeBackend::injectRecovery()
{
    post([this] { setState(State::Ready); });
}

void FakeBackend::doOpen(Pending<std::monostate> pending)
{
    setState(State::Opening);
    Info info;
    info.name = QStringLiteral("Fake dongle");
    info.description = QStringLiteral("In-memory test double");
    info.address = DeviceAddress(0x0007806B1234);
    info.maxConnections = 3;
    setInfo(info);
    setState(State::Ready);
    pending.finish(success());
}

void FakeBackend::doClose(Pending<std::monostate> pending)
{
    const QList<Connection *> links = connections();
    for (Connection *c : links)
        static_cast<FakeConnection *>(c)->injectDisconnect(0x16);
    setState(State::Closed);
    pending.finish(success());
}

void FakeBackend::doStartScan(const ScanOptions &, Pending<std::monostate> pending)
{
    if (state() != State::Ready && state() != State::Scanning) {
        pending.finish(Error(Error::Kind::Busy, QStringLiteral("not ready")));
        return;
    }
    setState(State::Scanning);
    pending.finish(success());
}

void FakeBackend::doStopScan(Pending<std::monostate> pending)
{
    if (state() == State::Scanning)
        setState(State::Ready);
    pending.finish(success());
}

void FakeBackend::doConnect(const DeviceAddress &address, const ConnectOptions &,
                            Pending<Connection *> pending)
{
    FakeConnection *c = connection(address);
    if (!c) {
        c = new FakeConnection(address);
        QMutexLocker lock(&m_mutex);
        m_connections.insert(address, c);
    }
    c->establish();
    addConnection(c);
    pending.finish(static_cast<Connection *>(c));
}

} // namespace gattscope::test
