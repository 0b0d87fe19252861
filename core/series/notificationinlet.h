// SPDX-License-Identifier: MIT
#pragma once

#include "streamkey.h"

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/gatt/notification.h>

#include <QHash>
#include <QList>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace gattscope {

// The bounded hand-off of notification batches from the threads that receive them (a
// backend's) to the thread that consumes them (the hub's, the GUI thread).
//
// Notes for users
// - push() (or a sink()) may be called from any thread. It appends the batch to a queue and,
//   when the queue was empty, posts ONE wake-up to the inlet's thread: however many batches
//   arrive meanwhile, the consumer's event loop sees one event, and ready() fires once per
//   drain (with setPacing(), at most once per interval while values keep coming). Nothing else of the
//   producer's reaches the consumer's event queue, so a flood cannot bury a click, a disconnect or Quit
//   behind millions of queued signals.
// - The queue is bounded by limitBytes() (an estimate: the value's bytes plus the
//   per-notification overhead). A batch that would pass it is not queued: its values are
//   counted per stream as dropped, and drain() reports them, so that the hub records a gap
//   where they were and every consumer can count and show them. Nothing is dropped silently.
// - drain() runs on the inlet's thread and takes everything queued (batches in arrival
//   order, then the drops, which happened after them).
// - A sink stays safe to call after the inlet is gone (it then does nothing), so a backend
//   thread racing with the window's destruction cannot touch freed memory.
class NotificationInlet : public QObject
{
    Q_OBJECT

public:
    struct Batch
    {
        DeviceAddress device;
        QList<Notification> notifications;
    };
    struct Dropped
    {
        quint64 count = 0;
        qint64 firstUs = 0; // when the first dropped value arrived
    };
    struct Drained
    {
        QList<Batch> batches;
        QHash<StreamKey, Dropped> dropped;
        qsizetype notificationCount() const;
        bool isEmpty() const { return batches.isEmpty() && dropped.isEmpty(); }
    };
    using Sink = std::function<void(const QList<Notification> &)>;

    static constexpr qint64 DefaultLimitBytes = 32 * 1024 * 1024;

    explicit NotificationInlet(QObject *parent = nullptr);
    ~NotificationInlet() override;

    // Any thread.
    void push(const DeviceAddress &device, const QList<Notification> &batch);
    Sink sink(const DeviceAddress &device) const;

    void setLimitBytes(qint64 bytes);
    qint64 limitBytes() const;
    qint64 queuedBytes() const;
    quint64 droppedTotal() const;
    // What one queued notification is counted as.
    static qint64 costOf(const Notification &notification);

    // The inlet's thread.
    Drained drain();
    // At most one ready() per `interval` while values keep coming (0, the default: a
    // ready() as soon as something is queued after a drain). A GUI sets ~20 ms: at a
    // 100 Hz notification rate its thread then wakes 50 times a second instead of 100+,
    // and nothing waits longer than the interval. The first value after a quiet spell is
    // still announced at once.
    void setPacing(std::chrono::milliseconds interval);
    std::chrono::milliseconds pacing() const;

Q_SIGNALS:
    // Something is queued (or was dropped): drain() it. Emitted once per wake-up.
    void ready();

protected:
    bool event(QEvent *event) override;

private:
    struct State;
    std::shared_ptr<State> m_state;
    QTimer *m_paceTimer = nullptr; // runs while the door is held shut after a drain
};

} // namespace gattscope
