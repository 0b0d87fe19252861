// SPDX-License-Identifier: MIT
#include "messagelimiter.h"

#include <QElapsedTimer>
#include <QMutexLocker>

#include <atomic>

namespace gattscope {

namespace {
std::atomic<MessageLimiter *> g_installed { nullptr };
QtMessageHandler g_previous = nullptr;
QElapsedTimer g_clock;

void limitedHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (MessageLimiter *limiter = g_installed.load())
        limiter->handle(type, context, message, g_clock.elapsed());
    else if (g_previous)
        g_previous(type, context, message);
}
} // namespace

MessageLimiter::MessageLimiter(Sink sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(g_clock.isValid() ? g_clock.elapsed() : -1); });
}

MessageLimiter::~MessageLimiter()
{
    if (g_installed.load() == this)
        install(nullptr);
    flush();
}

void MessageLimiter::install(MessageLimiter *limiter)
{
    if (limiter) {
        if (!g_clock.isValid())
            g_clock.start();
        if (!g_installed.exchange(limiter))
            g_previous = qInstallMessageHandler(limitedHandler);
        limiter->m_timer.start(int(qMin<qint64>(limiter->m_windowMs, 60000)));
        return;
    }
    if (MessageLimiter *old = g_installed.exchange(nullptr)) {
        old->m_timer.stop();
        qInstallMessageHandler(g_previous);
    }
}

void MessageLimiter::deliver(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (m_sink)
        m_sink(type, context, message);
    else if (g_previous)
        g_previous(type, context, message);
}

void MessageLimiter::emitCounts(const Key &key, State &state)
{
    const QMessageLogContext context(nullptr, 0, nullptr, state.category);
    if (state.repeats > 0) {
        deliver(key.type, context, QStringLiteral("%1 (×%2)").arg(state.last).arg(state.repeats));
        state.repeats = 0;
    }
    if (state.suppressed > 0) {
        deliver(key.type, context,
                QStringLiteral("%1 (×%2 similar)").arg(state.lastSuppressed).arg(state.suppressed));
        state.suppressed = 0;
        state.lastSuppressed.clear();
    }
}

void MessageLimiter::handle(QtMsgType type, const QMessageLogContext &context, const QString &message,
                            qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    if (type == QtFatalMsg) {
        for (auto it = m_states.begin(); it != m_states.end(); ++it)
            emitCounts(it.key(), it.value());
        deliver(type, context, message);
        return;
    }
    const Key key { QByteArray(context.category ? context.category : "default"), type };
    auto it = m_states.find(key);
    if (it == m_states.end()) {
        it = m_states.insert(key, State {});
        it->windowStart = nowMs;
    }
    State &s = *it;
    s.category = context.category;
    if (nowMs - s.windowStart >= m_windowMs) {
        emitCounts(key, s);
        s.windowStart = nowMs;
        s.printed = 0;
    }
    if (s.printed > 0 && message == s.last) {
        ++s.repeats;
        ++m_suppressedTotal;
        return;
    }
    if (s.printed >= m_burst) {
        s.lastSuppressed = message;
        ++s.suppressed;
        ++m_suppressedTotal;
        return;
    }
    if (s.repeats > 0) { // the run of identical ones ends here: say how long it was
        deliver(type, context, QStringLiteral("%1 (×%2)").arg(s.last).arg(s.repeats));
        s.repeats = 0;
    }
    ++s.printed;
    s.last = message;
    deliver(type, context, message);
}

void MessageLimiter::flush(qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        State &s = *it;
        if (nowMs >= 0 && nowMs - s.windowStart < m_windowMs)
            continue;
        emitCounts(it.key(), s);
        s.printed = 0;
        s.last.clear();
        if (nowMs >= 0)
            s.windowStart = nowMs;
    }
}

qint64 MessageLimiter::suppressedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_suppressedTotal;
}

} // namespace gattscope
