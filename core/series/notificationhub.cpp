// SPDX-License-Identifier: MIT
#include "notificationhub.h"

#include <gattscope/core/backend/connection.h>

#include <QHashFunctions>

namespace gattscope {

size_t qHash(const StreamKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.device, key.handle);
}

NotificationHub::NotificationHub(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<gattscope::StreamKey>();
}

NotificationHub::~NotificationHub()
{
    for (const QMetaObject::Connection &c : std::as_const(m_attached))
        disconnect(c);
}

void NotificationHub::setCapacity(qsizetype samplesPerStream)
{
    m_capacity = qMax<qsizetype>(1, samplesPerStream);
}

void NotificationHub::attach(Connection *connection)
{
    if (!connection || m_attached.contains(connection))
        return;
    const DeviceAddress device = connection->address();
    // Queued when the connection lives on a backend thread: the batch is copied once.
    m_attached.insert(connection,
                      connect(connection, &Connection::notificationsReceived, this,
                              [this, device](const QList<Notification> &batch) { addBatch(device, batch); }));
    connect(connection, &QObject::destroyed, this, [this, connection] { m_attached.remove(connection); });
}

void NotificationHub::detach(Connection *connection)
{
    const auto it = m_attached.constFind(connection);
    if (it == m_attached.constEnd())
        return;
    disconnect(*it);
    m_attached.erase(it);
}

void NotificationHub::addBatch(const DeviceAddress &device, const QList<Notification> &batch)
{
    // Group by handle so each stream is announced once per batch, in arrival order.
    QHash<quint16, quint64> firstOfBatch;
    QList<quint16> order;
    for (const Notification &n : batch) {
        const StreamKey key { device, n.handle };
        auto it = m_streams.find(key);
        if (it == m_streams.end()) {
            it = m_streams.insert(key, std::make_shared<RingBuffer<NotificationSample>>(m_capacity));
            Q_EMIT streamAdded(key);
        }
        const quint64 seq = (*it)->append({ n.timestampUs, n.value, n.kind });
        if (!firstOfBatch.contains(n.handle)) {
            firstOfBatch.insert(n.handle, seq);
            order.append(n.handle);
        }
    }
    m_total += quint64(batch.size());
    for (quint16 handle : std::as_const(order)) {
        const StreamKey key { device, handle };
        Q_EMIT samplesAdded(key, firstOfBatch.value(handle), m_streams.value(key)->endSequence());
    }
}

const RingBuffer<NotificationSample> *NotificationHub::stream(const StreamKey &key) const
{
    const auto it = m_streams.constFind(key);
    return it == m_streams.constEnd() ? nullptr : it->get();
}

void NotificationHub::clear()
{
    m_streams.clear();
    m_total = 0;
}

} // namespace gattscope
