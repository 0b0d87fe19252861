// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace gattscope {

// Keeps the program's log (qDebug/qInfo/qWarning/qCritical output) readable when something
// repeats at flood rate — a garbage-spewing dongle once wrote 9,150 "skipped garbage" lines
// in 11 s. Per logging category and message type:
// - a message identical to the one printed just before is counted, not printed; the count
//   follows as "<message> (×N)" when another message comes or the window ends;
// - at most burst() different messages are printed per window (windowMs()); the others are
//   counted, and at the end of the window the last of them is printed as
//   "<message> (×N similar)".
// Fatal messages always pass at once. Nothing is lost silently: every suppressed message is
// in a count.
//
// Notes for users
// - handle() may be called from any thread (the backend thread logs too); the sink runs with
//   the limiter's lock held, from the calling thread.
// - The window ends when the next message of the key arrives after it, or when flush() runs
//   (install() runs it on a timer of this object's thread, and on destruction).
class MessageLimiter : public QObject
{
    Q_OBJECT

public:
    using Sink
        = std::function<void(QtMsgType type, const QMessageLogContext &context, const QString &message)>;

    // An empty `sink`: the message handler installed before install().
    explicit MessageLimiter(Sink sink = {}, QObject *parent = nullptr);
    ~MessageLimiter() override;

    int burst() const { return m_burst; }
    void setBurst(int messages) { m_burst = qMax(1, messages); }
    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 ms) { m_windowMs = qMax<qint64>(1, ms); }

    // `nowMs`: a monotonic clock (install() uses a QElapsedTimer).
    void handle(QtMsgType type, const QMessageLogContext &context, const QString &message, qint64 nowMs);
    // Prints the pending counts of every window that ended by `nowMs` (all of them with -1).
    void flush(qint64 nowMs = -1);
    // Messages suppressed (counted, not printed) since construction.
    qint64 suppressedCount() const;

    // Makes `limiter` the application's message handler, passing on to the handler that was
    // installed before; flushes every windowMs() on the limiter's thread. nullptr restores the
    // previous handler.
    static void install(MessageLimiter *limiter);

private:
    struct Key
    {
        QByteArray category;
        QtMsgType type;
        friend bool operator==(const Key &a, const Key &b) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.category, int(k.type));
        }
    };
    struct State
    {
        const char *category = nullptr; // the logging category's name (static)
        qint64 windowStart = 0;
        int printed = 0; // distinct messages printed in this window
        QString last; // the message printed last
        qint64 repeats = 0; // identical to `last`, not printed
        QString lastSuppressed; // the last message past the burst
        qint64 suppressed = 0; // past the burst, not printed
    };
    void emitCounts(const Key &key, State &state);
    void deliver(QtMsgType type, const QMessageLogContext &context, const QString &message);

    Sink m_sink;
    int m_burst = 10;
    qint64 m_windowMs = 1000;
    mutable QMutex m_mutex;
    QHash<Key, State> m_states;
    qint64 m_suppressedTotal = 0;
    QTimer m_timer;
};

} // namespace gattscope
