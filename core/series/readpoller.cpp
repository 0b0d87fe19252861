// SPDX-License-Identifier: MIT
#include "readpoller.h"

#include <chrono>

namespace gattscope {

ReadPoller::ReadPoller(ReadFunction read, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_read(std::move(read))
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ReadPoller::poll);
}

ReadPoller::~ReadPoller() = default;

void ReadPoller::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void ReadPoller::start()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    poll();
}

void ReadPoller::stop()
{
    m_timer.stop();
    ++m_generation;
    m_busy = false;
}

void ReadPoller::poll()
{
    if (m_busy) {
        ++m_skipped;
        return;
    }
    if (!m_read)
        return;
    m_busy = true;
    const quint64 generation = m_generation;
    // The continuation runs on this object's thread and is dropped with this object.
    m_read().then(this, [this, generation](const Result<QByteArray> &result) {
        if (generation != m_generation)
            return;
        m_busy = false;
        if (!result.ok()) {
            ++m_failures;
            Q_EMIT readFailed(result.error());
            return;
        }
        ++m_reads;
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        Q_EMIT valueRead(std::chrono::duration_cast<std::chrono::microseconds>(now).count(), result.value());
    });
}

} // namespace gattscope
