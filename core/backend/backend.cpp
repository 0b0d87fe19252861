// SPDX-License-Identifier: MIT
#include "backend.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QTimer>

namespace gattscope {

Backend::Backend(QString uri, QObject *parent)
    : QObject(parent)
    , m_uri(std::move(uri))
{
    qRegisterMetaType<gattscope::Advertisement>();
    qRegisterMetaType<QList<gattscope::Advertisement>>();
    qRegisterMetaType<gattscope::Notification>();
    qRegisterMetaType<QList<gattscope::Notification>>();
    qRegisterMetaType<gattscope::Error>();
    qRegisterMetaType<gattscope::GattDatabase>();
    qRegisterMetaType<gattscope::Backend::Info>();
    qRegisterMetaType<gattscope::ConnectionParameters>();
}

Backend::~Backend() = default;

Backend::Info Backend::info() const
{
    QMutexLocker lock(&m_mutex);
    return m_info;
}

QList<Connection *> Backend::connections() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

void Backend::post(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

QFuture<Status> Backend::open()
{
    Pending<std::monostate> p;
    post([this, p] { doOpen(p); });
    return p.future();
}

QFuture<Status> Backend::close()
{
    Pending<std::monostate> p;
    post([this, p] { doClose(p); });
    return p.future();
}

QFuture<Status> Backend::startScan(const ScanOptions &options)
{
    Pending<std::monostate> p;
    post([this, options, p] { doStartScan(options, p); });
    return p.future();
}

QFuture<Status> Backend::stopScan()
{
    Pending<std::monostate> p;
    post([this, p] { doStopScan(p); });
    return p.future();
}

QFuture<Result<Connection *>> Backend::connectToDevice(const DeviceAddress &address,
                                                       const ConnectOptions &options)
{
    Pending<Connection *> p;
    post([this, address, options, p] {
        if (!p.finishIfCanceled())
            doConnect(address, options, p);
    });
    return p.future();
}

void Backend::cancelConnect(const DeviceAddress &address)
{
    post([this, address] { doCancelConnect(address); });
}

QFuture<Result<QList<Backend::Bond>>> Backend::bonds()
{
    Pending<QList<Bond>> p;
    post([this, p] {
        if (!p.finishIfCanceled())
            doBonds(p);
    });
    return p.future();
}

QFuture<Status> Backend::deleteBond(int bondHandle)
{
    Pending<std::monostate> p;
    post([this, bondHandle, p] {
        if (!p.finishIfCanceled())
            doDeleteBond(bondHandle, p);
    });
    return p.future();
}

QFuture<Status> Backend::setPowered(bool on)
{
    Pending<std::monostate> p;
    post([this, on, p] { doSetPowered(on, p); });
    return p.future();
}

void Backend::doCancelConnect(const DeviceAddress &) { }

void Backend::doBonds(Pending<QList<Bond>> pending)
{
    pending.finish(Error(Error::Kind::NotSupported, tr("This backend does not manage bonds")));
}

void Backend::doDeleteBond(int, Pending<std::monostate> pending)
{
    pending.finish(Error(Error::Kind::NotSupported, tr("This backend does not manage bonds")));
}

void Backend::doSetPowered(bool, Pending<std::monostate> pending)
{
    pending.finish(Error(Error::Kind::NotSupported, tr("This backend cannot switch its radio on or off")));
}

void Backend::setState(State state)
{
    if (m_state.exchange(state) != state)
        Q_EMIT stateChanged(state);
}

void Backend::setInfo(const Info &info)
{
    {
        QMutexLocker lock(&m_mutex);
        m_info = info;
    }
    Q_EMIT infoChanged(info);
}

void Backend::addConnection(Connection *connection)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_connections.contains(connection))
            return;
        connection->setParent(this);
        m_connections.append(connection);
        QMutexLocker connectionLock(&connection->m_mutex);
        connection->m_localAddress = m_info.address;
    }
    Q_EMIT connectionAdded(connection);
}

void Backend::deliverAdvertisements(const QList<Advertisement> &batch)
{
    if (batch.isEmpty())
        return;
    if (!m_advertTimer) { // here, on the backend's thread: the timer lives there
        m_advertTimer = new QTimer(this);
        m_advertTimer->setSingleShot(true);
        m_advertTimer->setInterval(AdvertPacing);
        connect(m_advertTimer, &QTimer::timeout, this, &Backend::flushAdvertisements);
    }
    m_pendingAdverts += batch;
    if (!m_advertTimer->isActive())
        flushAdvertisements();
}

void Backend::flushAdvertisements()
{
    // Nothing came during the interval: the next batch goes out at once.
    if (m_pendingAdverts.isEmpty())
        return;
    Q_EMIT advertisementsReceived(std::exchange(m_pendingAdverts, {}));
    m_advertTimer->start();
}

QString backendStateName(Backend::State state)
{
    switch (state) {
    case Backend::State::Closed: return QCoreApplication::translate("gattscope::Backend", "Closed");
    case Backend::State::Opening: return QCoreApplication::translate("gattscope::Backend", "Opening");
    case Backend::State::Ready: return QCoreApplication::translate("gattscope::Backend", "Ready");
    case Backend::State::Scanning: return QCoreApplication::translate("gattscope::Backend", "Scanning");
    case Backend::State::Unavailable: return QCoreApplication::translate("gattscope::Backend", "Unavailable");
    }
    return {};
}

} // namespace gattscope
