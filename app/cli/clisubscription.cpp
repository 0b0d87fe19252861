// SPDX-License-Identifier: MIT
#include "clisubscription.h"

#include <gattscope/app/common/signalwatcher.h>
#include <gattscope/core/series/samplestream.h>

#include <QEventLoop>
#include <QTimer>

namespace gattscope::cli {

CliSubscription::CliSubscription(CliDevice &device, QList<quint16> valueHandles, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_handles(std::move(valueHandles))
{
    for (quint16 handle : std::as_const(m_handles))
        m_cursors.append(StreamCursor(StreamKey { device.device().address, handle }));
}

int CliSubscription::subscribe(Connection::Subscription mode)
{
    DeviceSession *session = m_device.session();
    // Whatever the hub holds from before (nothing, normally) is not part of this run.
    for (StreamCursor &cursor : m_cursors)
        cursor.startAtEnd(*m_device.hub());
    m_startedUs = TrafficEntry::nowUs();
    for (quint16 handle : std::as_const(m_handles)) {
        const Characteristic *c = session->characteristic(handle);
        Connection::Subscription wanted = mode;
        if (wanted == Connection::Subscription::Off && c)
            wanted = c->properties.testFlag(CharacteristicProperty::Notify)
                ? Connection::Subscription::Notify
                : Connection::Subscription::Indicate;
        const Status done = m_device.await(session->subscribe(handle, wanted));
        if (!done.ok())
            return m_device.fail(tr("subscribing to %1").arg(session->attributeName(handle)), done.error());
    }
    return ExitOk;
}

bool CliSubscription::drain()
{
    const NotificationHub &hub = *m_device.hub();
    for (StreamCursor &cursor : m_cursors) {
        const SampleStream *stream = hub.stream(cursor.key());
        const StreamCursor::Span span = cursor.next(hub);
        if (!stream || span.isEmpty())
            continue;
        stream->forEach(span.first, span.end, [&](quint64, const NotificationSample &sample) {
            if (m_full)
                return;
            if (!m_sink(cursor.key().handle, sample)) {
                m_full = true;
                m_end = End::SinkFailed;
                return;
            }
            if (!sample.isGap() && ++m_values == m_limits.count) {
                m_full = true;
                if (!m_end)
                    m_end = End::Count;
            }
        });
        if (m_full)
            return false;
    }
    return true;
}

CliSubscription::End CliSubscription::run(const Limits &limits, const Sink &sink)
{
    m_sink = sink;
    m_limits = limits;
    m_end.reset();
    m_full = false;
    QEventLoop loop;
    SignalWatcher watcher;
    QTimer duration;
    duration.setSingleShot(true);
    const auto stop = [this, &loop](End end) {
        if (!m_end)
            m_end = end;
        loop.quit();
    };
    connect(&watcher, &SignalWatcher::terminationRequested, &loop, [stop] { stop(End::Interrupted); });
    connect(&duration, &QTimer::timeout, &loop, [stop] { stop(End::Duration); });
    connect(m_device.hub(), &NotificationHub::batchAdded, &loop, [this, &loop] {
        if (!drain())
            loop.quit();
    });
    connect(m_device.session(), &DeviceSession::disconnected, &loop, [this, stop](const Error &reason) {
        // What arrived before the link went is still written.
        m_device.hub()->drainInlet();
        drain();
        m_linkError = m_device.explain(reason.kind() == Error::Kind::TransportLost
                                           ? reason
                                           : Error(Error::Kind::Disconnected, disconnectReasonText(reason)));
        stop(End::LinkLost);
    });
    if (limits.durationMs > 0)
        duration.start(limits.durationMs);
    if (!m_device.session()->isConnected()) {
        m_linkError = m_device.explain(Error(Error::Kind::Disconnected));
        m_end = End::LinkLost;
    } else if (drain()) {
        loop.exec();
    }
    m_device.hub()->drainInlet();
    drain();
    return m_end.value_or(End::Interrupted);
}

void CliSubscription::unsubscribe()
{
    DeviceSession *session = m_device.session();
    for (quint16 handle : std::as_const(m_handles)) {
        if (!session->isConnected())
            return;
        m_device.await(session->subscribe(handle, Connection::Subscription::Off), 2000);
    }
}

} // namespace gattscope::cli
