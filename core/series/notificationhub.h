// SPDX-License-Identifier: MIT
#pragma once

#include "ringbuffer.h"

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/gatt/notification.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace gattscope {

class Connection;

// Identifies one notifying characteristic of one device.
struct StreamKey
{
    DeviceAddress device;
    quint16 handle = 0;

    friend bool operator==(const StreamKey &a, const StreamKey &b)
    {
        return a.device == b.device && a.handle == b.handle;
    }
};
size_t qHash(const StreamKey &key, size_t seed = 0) noexcept;

// One received value, as kept by the hub.
struct NotificationSample
{
    qint64 timestampUs = 0;
    QByteArray value;
    Notification::Kind kind = Notification::Kind::Notification;
};

// Collects the notifications of every attached connection into per-characteristic,
// timestamped ring buffers, and announces new data by range (samplesAdded(key, first, end))
// once per incoming batch, so that the log, the plots, the recorders and the CLI read only
// what is new. Lives on the consumer's thread (the GUI thread); connections deliver to it
// with queued signals.
class NotificationHub : public QObject
{
    Q_OBJECT

public:
    explicit NotificationHub(QObject *parent = nullptr);
    ~NotificationHub() override;

    // Ring capacity for streams created from now on (default 1,000,000 samples).
    void setCapacity(qsizetype samplesPerStream);
    qsizetype capacity() const { return m_capacity; }

    // Starts/stops listening to a connection's notificationsReceived().
    void attach(Connection *connection);
    void detach(Connection *connection);

    // Feeds a batch directly (used by attach(), tests and replay).
    void addBatch(const DeviceAddress &device, const QList<Notification> &batch);

    QList<StreamKey> streams() const { return m_streams.keys(); }
    // nullptr when nothing was received for the key yet.
    const RingBuffer<NotificationSample> *stream(const StreamKey &key) const;
    quint64 totalReceived() const { return m_total; }
    void clear();

Q_SIGNALS:
    void streamAdded(const gattscope::StreamKey &key);
    // Samples [first, end) of `key` were appended. Emitted once per batch and stream.
    void samplesAdded(const gattscope::StreamKey &key, quint64 first, quint64 end);

private:
    qsizetype m_capacity = 1'000'000;
    QHash<StreamKey, std::shared_ptr<RingBuffer<NotificationSample>>> m_streams;
    QHash<Connection *, QMetaObject::Connection> m_attached;
    quint64 m_total = 0;
};

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::StreamKey)
