// SPDX-License-Identifier: MIT
#include "connection.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace gattscope {

Connection::Connection(const DeviceAddress &address, QObject *parent)
    : QObject(parent)
    , m_address(address)
{ }

Connection::~Connection() = default;

GattDatabase Connection::database() const
{
    QMutexLocker lock(&m_mutex);
    return m_database;
}

bool Connection::isDiscovered() const
{
    QMutexLocker lock(&m_mutex);
    return m_discovered;
}

Error Connection::lastDisconnectReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastDisconnectReason;
}

ConnectionParameters Connection::parameters() const
{
    QMutexLocker lock(&m_mutex);
    return m_parameters;
}

DeviceAddress Connection::localAddress() const
{
    QMutexLocker lock(&m_mutex);
    return m_localAddress;
}

void Connection::post(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

QFuture<Result<GattDatabase>> Connection::discover()
{
    Pending<GattDatabase> p;
    post([this, p] {
        if (!p.finishIfCanceled())
            doDiscover(p);
    });
    return p.future();
}

QFuture<Result<QByteArray>> Connection::read(quint16 handle, ReadMode mode)
{
    Pending<QByteArray> p;
    post([this, handle, mode, p] {
        if (!p.finishIfCanceled())
            doRead(handle, mode, p);
    });
    return p.future();
}

QFuture<Status> Connection::write(quint16 handle, const QByteArray &value, WriteMode mode)
{
    Pending<std::monostate> p;
    post([this, handle, value, mode, p] {
        if (!p.finishIfCanceled())
            doWrite(handle, value, mode, p);
    });
    return p.future();
}

QFuture<Status> Connection::subscribe(quint16 valueHandle, Subscription mode)
{
    Pending<std::monostate> p;
    post([this, valueHandle, mode, p] {
        if (!p.finishIfCanceled())
            doSubscribe(valueHandle, mode, p);
    });
    return p.future();
}

QFuture<Result<int>> Connection::readRssi()
{
    Pending<int> p;
    post([this, p] {
        if (!p.finishIfCanceled())
            doReadRssi(p);
    });
    return p.future();
}

QFuture<Status> Connection::updateParameters(const ConnectionParameters &parameters)
{
    Pending<std::monostate> p;
    post([this, parameters, p] {
        if (!p.finishIfCanceled())
            doUpdateParameters(parameters, p);
    });
    return p.future();
}

QFuture<Status> Connection::pair(const PairingOptions &options)
{
    Pending<std::monostate> p;
    post([this, options, p] {
        if (!p.finishIfCanceled())
            doPair(options, p);
    });
    return p.future();
}

void Connection::providePasskey(std::optional<quint32> passkey)
{
    post([this, passkey] { doProvidePasskey(passkey); });
}

QFuture<Status> Connection::disconnectFromDevice()
{
    Pending<std::monostate> p;
    post([this, p] { doDisconnect(p); });
    return p.future();
}

void Connection::doUpdateParameters(const ConnectionParameters &, Pending<std::monostate> pending)
{
    pending.finish(Error(Error::Kind::NotSupported, tr("This backend cannot change connection parameters")));
}

void Connection::doPair(const PairingOptions &, Pending<std::monostate> pending)
{
    pending.finish(Error(Error::Kind::NotSupported, tr("This backend cannot pair")));
}

void Connection::doProvidePasskey(std::optional<quint32>) { }

void Connection::doSubscribe(quint16 valueHandle, Subscription mode, Pending<std::monostate> pending)
{
    std::optional<quint16> cccd;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_discovered) {
            pending.finish(Error(Error::Kind::NotFound, tr("Discover the services before subscribing")));
            return;
        }
        const Characteristic *c = m_database.characteristicForHandle(valueHandle);
        if (!c || c->valueHandle != valueHandle) {
            pending.finish(Error(
                Error::Kind::InvalidArgument,
                tr("Handle 0x%1 is not a characteristic value").arg(valueHandle, 4, 16, QLatin1Char('0'))));
            return;
        }
        cccd = c->cccdHandle();
    }
    if (!cccd) {
        pending.finish(Error(
            Error::Kind::NotFound,
            tr("The characteristic at handle 0x%1 has no Client Characteristic Configuration descriptor")
                .arg(valueHandle, 4, 16, QLatin1Char('0'))));
        return;
    }
    const quint8 bits = mode == Subscription::Notify ? 0x01 : mode == Subscription::Indicate ? 0x02 : 0x00;
    QByteArray value(2, '\0');
    value[0] = char(bits);
    doWrite(*cccd, value, WriteMode::Request, pending);
}

void Connection::setState(State state)
{
    if (m_state.exchange(state) != state)
        Q_EMIT stateChanged(state);
}

void Connection::setDatabase(const GattDatabase &database)
{
    {
        QMutexLocker lock(&m_mutex);
        m_database = database;
        m_discovered = true;
    }
    Q_EMIT discovered(database);
}

void Connection::storeValue(quint16 handle, const QByteArray &value)
{
    QMutexLocker lock(&m_mutex);
    m_database.setValue(handle, value);
}

void Connection::setEncrypted(bool encrypted)
{
    if (m_encrypted.exchange(encrypted) != encrypted)
        Q_EMIT encryptionChanged(encrypted);
}

void Connection::setParameters(const ConnectionParameters &parameters)
{
    {
        QMutexLocker lock(&m_mutex);
        m_parameters = parameters;
    }
    Q_EMIT parametersChanged(parameters);
}

void Connection::deliverNotifications(const QList<Notification> &batch)
{
    if (batch.isEmpty())
        return;
    {
        QMutexLocker lock(&m_mutex);
        for (const Notification &n : batch)
            m_database.setValue(n.handle, n.value);
    }
    Q_EMIT notificationsReceived(batch);
}

void Connection::reportDisconnected(const Error &reason)
{
    if (state() == State::Disconnected)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_lastDisconnectReason = reason;
    }
    m_encrypted.store(false);
    setState(State::Disconnected);
    Q_EMIT disconnected(reason);
}

QString connectionStateName(Connection::State state)
{
    switch (state) {
    case Connection::State::Disconnected:
        return QCoreApplication::translate("gattscope::Connection", "Disconnected");
    case Connection::State::Connecting:
        return QCoreApplication::translate("gattscope::Connection", "Connecting");
    case Connection::State::Connected:
        return QCoreApplication::translate("gattscope::Connection", "Connected");
    case Connection::State::Disconnecting:
        return QCoreApplication::translate("gattscope::Connection", "Disconnecting");
    }
    return {};
}

} // namespace gattscope
