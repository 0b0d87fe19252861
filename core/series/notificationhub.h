// SPDX-License-Identifier: MIT
#pragma once

#include "samplestream.h"
#include "streamkey.h"

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/gatt/notification.h>

#include <QHash>
#include <QObject>

#include <memory>

namespace gattscope {

class Connection;
class NotificationInlet;

// Collects the notifications of every attached connection into one stream per
// characteristic (SampleStream: timestamped, packed) within ONE memory budget, and
// announces new data by range, so that every consumer — the traffic log, the GATT tree's
// last value, the plots (SeriesRecorder), the file recorder (NotificationRecorder), the CLI's
// printer — reads only what is new, from the same place. No consumer is fed around it.
//
// Notes for users
// - Lives on the consumer's thread (the GUI thread, or main() in the CLI). attach() feeds it
//   a connection's notificationsReceived() through a NotificationInlet: a bounded hand-off
//   that wakes this thread once per drain however fast the backend delivers. What the inlet
//   had to drop is stored as a gap (NotificationSample::isGap()) in its stream.
// - Signals, once per batch or drain: streamAdded(key) for a stream's first value, then
//   samplesAdded(key, first, end) per stream that grew, then batchAdded(). Read the range
//   with stream(key) while handling the signal or later; a StreamCursor does the
//   bookkeeping (what is new, what was lost, clear()).
// - Memory: all streams share memoryBudget() (default DefaultMemoryBudget, settable at any
//   time). Past it the oldest values are evicted, across streams, a chunk at a time, from the
//   streams that hold more than half their fair share — so a 1 Hz heart-rate strap keeps its
//   history while a flood churns. A consumer that reads an evicted range sees a jump of
//   firstSequence() and counts it (StreamCursor::Span::lost); evictedCount() totals them.
// - clear() forgets every stream and bumps generation(): sequences of the new streams start
//   again at 0, and a reader holding a sequence from an older generation must start over
//   (StreamCursor does) instead of skipping or misreading.
class NotificationHub : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMemoryBudget = 256LL * 1024 * 1024;
    static constexpr qint64 MinimumMemoryBudget = 1LL * 1024 * 1024;

    explicit NotificationHub(QObject *parent = nullptr);
    ~NotificationHub() override;

    // Total bytes for every stream's values; clamped to at least MinimumMemoryBudget.
    // Lowering it evicts at once.
    void setMemoryBudget(qint64 bytes);
    qint64 memoryBudget() const { return m_budget; }
    qint64 memoryUsed() const { return m_memory; }

    // An extra cap on the records one stream keeps (default: none but the budget).
    void setCapacity(qsizetype samplesPerStream);
    qsizetype capacity() const { return m_capacity; }

    // Starts/stops listening to a connection's notificationsReceived(), through inlet().
    void attach(Connection *connection);
    void detach(Connection *connection);
    bool isAttached(Connection *connection) const { return m_attached.contains(connection); }
    NotificationInlet *inlet() const { return m_inlet; }
    // Takes what the inlet holds now rather than on its wake-up (tests, shutdown).
    void drainInlet();

    // Feeds a batch directly (attach() goes through the inlet; tests and replay use this).
    void addBatch(const DeviceAddress &device, const QList<Notification> &batch);

    QList<StreamKey> streams() const { return m_streams.keys(); }
    // nullptr when nothing was received for the key in this generation.
    const SampleStream *stream(const StreamKey &key) const;
    quint64 generation() const { return m_generation; }
    void clear();

    // Since construction (clear() does not reset them): values received (stored or not),
    // values dropped at the hand-off, records evicted to stay within the budget.
    quint64 totalReceived() const { return m_total; }
    quint64 droppedCount() const { return m_dropped; }
    quint64 evictedCount() const { return m_evicted; }

Q_SIGNALS:
    void streamAdded(const gattscope::StreamKey &key);
    // Records [first, end) of `key` were appended. Emitted once per batch and stream.
    void samplesAdded(const gattscope::StreamKey &key, quint64 first, quint64 end);
    // After the samplesAdded() of one batch (or drain): for consumers that work per batch.
    void batchAdded();
    // clear() ran; `generation` is the new generation().
    void cleared(quint64 generation);
    // The hand-off dropped values or the budget evicted some: for status texts.
    void lossChanged();

private:
    struct Touched
    {
        StreamKey key;
        quint64 first = 0;
        bool isNew = false;
    };
    SampleStream &streamFor(const StreamKey &key, QList<Touched> &touched);
    void append(const DeviceAddress &device, const QList<Notification> &batch, QList<Touched> &touched);
    void announce(const QList<Touched> &touched);
    void enforceBudget();
    void onInletReady();

    qint64 m_budget = DefaultMemoryBudget;
    qint64 m_memory = 0;
    qsizetype m_capacity = 0; // 0: no per-stream cap
    QHash<StreamKey, std::shared_ptr<SampleStream>> m_streams;
    QHash<Connection *, QMetaObject::Connection> m_attached;
    NotificationInlet *m_inlet = nullptr;
    quint64 m_generation = 0;
    quint64 m_total = 0;
    quint64 m_dropped = 0;
    quint64 m_evicted = 0;
};

} // namespace gattscope
