// SPDX-License-Identifier: MIT
#include "notificationinlet.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

namespace gattscope {

namespace {
const QEvent::Type WakeUp = QEvent::Type(QEvent::registerEventType());
} // namespace

struct NotificationInlet::State
{
    QMutex mutex;
    QObject *target = nullptr; // cleared by the inlet's destructor, under the mutex
    bool wakePending = false;
    qint64 limit = DefaultLimitBytes;
    qint64 queuedBytes = 0;
    quint64 droppedTotal = 0;
    Drained queue;

    static void push(const std::shared_ptr<State> &state, const DeviceAddress &device,
                     const QList<Notification> &batch)
    {
        if (batch.isEmpty())
            return;
        qint64 cost = 0;
        for (const Notification &n : batch)
            cost += costOf(n);
        QMutexLocker lock(&state->mutex);
        if (!state->target)
            return;
        if (state->queuedBytes + cost <= state->limit) {
            state->queue.batches.append({ device, batch });
            state->queuedBytes += cost;
        } else {
            for (const Notification &n : batch) {
                Dropped &d = state->queue.dropped[StreamKey { device, n.handle }];
                if (d.count++ == 0)
                    d.firstUs = n.timestampUs;
            }
            state->droppedTotal += quint64(batch.size());
        }
        if (!state->wakePending) {
            state->wakePending = true;
            // Under the mutex: the destructor cannot run between the check and the post, and
            // Qt discards events posted to an object when it is deleted.
            QCoreApplication::postEvent(state->target, new QEvent(WakeUp));
        }
    }
};

qsizetype NotificationInlet::Drained::notificationCount() const
{
    qsizetype n = 0;
    for (const Batch &b : batches)
        n += b.notifications.size();
    return n;
}

NotificationInlet::NotificationInlet(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_state->target = this;
}

NotificationInlet::~NotificationInlet()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->target = nullptr;
    m_state->queue = {};
}

qint64 NotificationInlet::costOf(const Notification &notification)
{
    // The list slot and the value's heap block (header + bytes, rounded) as malloc sees them.
    return qint64(sizeof(Notification)) + 48 + notification.value.size();
}

void NotificationInlet::push(const DeviceAddress &device, const QList<Notification> &batch)
{
    State::push(m_state, device, batch);
}

NotificationInlet::Sink NotificationInlet::sink(const DeviceAddress &device) const
{
    return [state = m_state, device](const QList<Notification> &batch) {
        State::push(state, device, batch);
    };
}

void NotificationInlet::setLimitBytes(qint64 bytes)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->limit = qMax<qint64>(1, bytes);
}

qint64 NotificationInlet::limitBytes() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->limit;
}

qint64 NotificationInlet::queuedBytes() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->queuedBytes;
}

quint64 NotificationInlet::droppedTotal() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->droppedTotal;
}

NotificationInlet::Drained NotificationInlet::drain()
{
    QMutexLocker lock(&m_state->mutex);
    Drained out = std::exchange(m_state->queue, {});
    m_state->queuedBytes = 0;
    // Paced and values came: pushes only queue until the timer says ready() again (then a
    // drain of nothing opens the door, and the next value wakes this thread at once).
    const bool hold = m_paceTimer && !out.isEmpty();
    m_state->wakePending = hold;
    if (hold && !m_paceTimer->isActive())
        m_paceTimer->start();
    return out;
}

void NotificationInlet::setPacing(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        delete std::exchange(m_paceTimer, nullptr);
        QMutexLocker lock(&m_state->mutex);
        // A door held shut by the timer just deleted: ask for the drain it would have asked
        // for, or open it.
        if (m_state->wakePending) {
            if (!m_state->queue.isEmpty())
                QCoreApplication::postEvent(this, new QEvent(WakeUp));
            else
                m_state->wakePending = false;
        }
        return;
    }
    if (!m_paceTimer) {
        m_paceTimer = new QTimer(this);
        m_paceTimer->setSingleShot(true);
        m_paceTimer->setTimerType(Qt::PreciseTimer);
        connect(m_paceTimer, &QTimer::timeout, this, &NotificationInlet::ready);
    }
    m_paceTimer->setInterval(interval);
}

std::chrono::milliseconds NotificationInlet::pacing() const
{
    return m_paceTimer ? m_paceTimer->intervalAsDuration() : std::chrono::milliseconds(0);
}

bool NotificationInlet::event(QEvent *event)
{
    if (event->type() != WakeUp)
        return QObject::event(event);
    Q_EMIT ready();
    return true;
}

} // namespace gattscope
