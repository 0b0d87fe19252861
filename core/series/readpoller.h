// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>
#include <gattscope/core/base/result.h>

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace gattscope {

// Reads a characteristic that does not notify at a fixed interval, so it can be plotted
// like one that does. The read itself is a callback returning the operation's future
// (the main window passes `[c, h] { return c->read(h); }` for a Connection c and a value
// handle h), so this class knows nothing about connections.
//
// Contract: at most one read is outstanding; a tick that finds the previous read still
// running is skipped and counted (skippedTicks()), so a slow link is never flooded.
// valueRead() carries the host time at which the answer arrived. A failed read emits
// readFailed() and polling carries on; stop() or destruction abandons the pending read
// (its late answer is ignored). Lives on and is used from one thread (the GUI thread).
class ReadPoller : public QObject
{
    Q_OBJECT

public:
    using ReadFunction = std::function<QFuture<Result<QByteArray>>()>;

    explicit ReadPoller(ReadFunction read, std::chrono::milliseconds interval = std::chrono::seconds(1),
                        QObject *parent = nullptr);
    ~ReadPoller() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }

    // start() reads once at once, then every interval.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    quint64 readCount() const { return m_reads; }
    quint64 failureCount() const { return m_failures; }
    quint64 skippedTicks() const { return m_skipped; }

Q_SIGNALS:
    void valueRead(qint64 timestampUs, const QByteArray &value);
    void readFailed(const gattscope::Error &error);

private:
    void poll();

    ReadFunction m_read;
    QTimer m_timer;
    quint64 m_generation = 0; // bumped by stop(): answers of older generations are dropped
    bool m_busy = false;
    quint64 m_reads = 0;
    quint64 m_failures = 0;
    quint64 m_skipped = 0;
};

} // namespace gattscope
