// SPDX-License-Identifier: MIT
#include "notificationhub.h"

#include "notificationinlet.h"

#include <gattscope/core/backend/connection.h>

#include <QHashFunctions>

#include <limits>

namespace gattscope {

size_t qHash(const StreamKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.device, key.handle);
}

NotificationHub::NotificationHub(QObject *parent)
    : QObject(parent)
    , m_inlet(new NotificationInlet(this))
{
    qRegisterMetaType<gattscope::StreamKey>();
    m_inlet->setLimitBytes(qMax(NotificationInlet::DefaultLimitBytes, m_budget / 8));
    connect(m_inlet, &NotificationInlet::ready, this, &NotificationHub::onInletReady);
}

NotificationHub::~NotificationHub()
{
    for (const QMetaObject::Connection &c : std::as_const(m_attached))
        disconnect(c);
}

void NotificationHub::setMemoryBudget(qint64 bytes)
{
    m_budget = qMax(MinimumMemoryBudget, bytes);
    // The hand-off may hold an eighth of the budget while this thread is busy.
    m_inlet->setLimitBytes(qMax(NotificationInlet::DefaultLimitBytes / 8, m_budget / 8));
    enforceBudget();
}

void NotificationHub::setCapacity(qsizetype samplesPerStream)
{
    m_capacity = qMax<qsizetype>(0, samplesPerStream);
    if (m_capacity == 0)
        return;
    for (const auto &s : std::as_const(m_streams)) {
        const qint64 before = s->memoryUsed();
        s->trimTo(m_capacity);
        m_memory += s->memoryUsed() - before;
    }
}

void NotificationHub::attach(Connection *connection)
{
    if (!connection || m_attached.contains(connection))
        return;
    // Direct: the sink runs on the connection's (backend) thread and only queues the batch;
    // the inlet wakes this thread once per drain.
    m_attached.insert(connection,
                      connect(connection, &Connection::notificationsReceived, m_inlet,
                              m_inlet->sink(connection->address()), Qt::DirectConnection));
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

void NotificationHub::onInletReady()
{
    drainInlet();
}

void NotificationHub::drainInlet()
{
    NotificationInlet::Drained drained = m_inlet->drain();
    if (drained.isEmpty())
        return;
    QList<Touched> touched;
    for (const NotificationInlet::Batch &b : std::as_const(drained.batches))
        append(b.device, b.notifications, touched);
    // The drops came after what was queued: their gaps follow it.
    for (auto it = drained.dropped.cbegin(); it != drained.dropped.cend(); ++it) {
        SampleStream &s = streamFor(it.key(), touched);
        const qint64 before = s.memoryUsed();
        quint64 left = it->count;
        while (left > 0) {
            const auto n = quint32(qMin<quint64>(left, std::numeric_limits<quint32>::max()));
            s.appendGap(it->firstUs, n, m_total);
            left -= n;
        }
        m_memory += s.memoryUsed() - before;
        m_total += it->count;
        m_dropped += it->count;
    }
    enforceBudget();
    announce(touched);
    if (!drained.dropped.isEmpty())
        Q_EMIT lossChanged();
}

SampleStream &NotificationHub::streamFor(const StreamKey &key, QList<Touched> &touched)
{
    auto it = m_streams.find(key);
    if (it == m_streams.end()) {
        it = m_streams.insert(key, std::make_shared<SampleStream>());
        touched.append({ key, 0, true });
        return **it;
    }
    SampleStream &s = **it;
    // Linear: a batch touches a handful of streams.
    if (std::none_of(touched.cbegin(), touched.cend(), [&](const Touched &t) { return t.key == key; }))
        touched.append({ key, s.endSequence(), false });
    return s;
}

void NotificationHub::append(const DeviceAddress &device, const QList<Notification> &batch,
                             QList<Touched> &touched)
{
    // Consecutive values of one handle (the usual case) reuse the stream found for the first.
    SampleStream *current = nullptr;
    quint16 currentHandle = 0;
    for (const Notification &n : batch) {
        if (!current || n.handle != currentHandle) {
            current = &streamFor({ device, n.handle }, touched);
            currentHandle = n.handle;
        }
        const qint64 before = current->memoryUsed();
        current->append(n.timestampUs, n.value, n.kind, m_total++);
        m_memory += current->memoryUsed() - before;
        if (m_capacity > 0 && current->size() > m_capacity) {
            const qint64 untrimmed = current->memoryUsed();
            current->trimTo(m_capacity);
            m_memory += current->memoryUsed() - untrimmed;
        }
    }
}

void NotificationHub::addBatch(const DeviceAddress &device, const QList<Notification> &batch)
{
    if (batch.isEmpty())
        return;
    QList<Touched> touched;
    append(device, batch, touched);
    enforceBudget();
    announce(touched);
}

void NotificationHub::announce(const QList<Touched> &touched)
{
    // streamAdded() for new streams first, then the ranges (part of a range may already be
    // evicted when one batch passed the budget: readers see it as lost), then the batch.
    for (const Touched &t : touched) {
        if (t.isNew)
            Q_EMIT streamAdded(t.key);
    }
    for (const Touched &t : touched) {
        if (const SampleStream *s = stream(t.key))
            Q_EMIT samplesAdded(t.key, t.first, s->endSequence());
    }
    Q_EMIT batchAdded();
}

void NotificationHub::enforceBudget()
{
    bool evicted = false;
    while (m_memory > m_budget && !m_streams.isEmpty()) {
        // Candidates: streams above half their fair share; among them the oldest chunk goes.
        const qint64 floor = m_budget / (2 * qint64(m_streams.size()));
        SampleStream *victim = nullptr;
        for (const auto &s : std::as_const(m_streams)) {
            if (s->isEmpty() || s->memoryUsed() <= floor)
                continue;
            if (!victim || s->oldestArrival() < victim->oldestArrival())
                victim = s.get();
        }
        if (!victim)
            break;
        const quint64 firstBefore = victim->firstSequence();
        m_memory -= victim->evictFront();
        m_evicted += victim->firstSequence() - firstBefore;
        evicted = true;
    }
    if (evicted)
        Q_EMIT lossChanged();
}

const SampleStream *NotificationHub::stream(const StreamKey &key) const
{
    const auto it = m_streams.constFind(key);
    return it == m_streams.constEnd() ? nullptr : it->get();
}

void NotificationHub::clear()
{
    m_streams.clear();
    m_memory = 0;
    ++m_generation;
    Q_EMIT cleared(m_generation);
}

} // namespace gattscope
