// SPDX-License-Identifier: MIT
#include "devicecontext_p.h"
#include "facadeconvert_p.h"

#include <gattscope/core/backend/connection.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/samplestream.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/core/session/whendone.h>

namespace gattscope::detail {

namespace {
// What a queued value is counted as, beside its bytes.
constexpr qint64 ValueOverhead = 64;
} // namespace

DeviceContext::DeviceContext(AdapterEngine *engine, Connection *connection, NotificationHub *hub,
                             const QString &name, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_hub(hub)
    , m_state(std::make_shared<DeviceState>())
    , m_queuedBytes(std::make_shared<std::atomic<qint64>>(0))
{
    m_session = new DeviceSession(connection, hub, name, this);
    m_state->address = connection->address().toString();
    m_state->name = name;
    m_state->timeoutMs.store(engine->timeout().count());
    m_state->context = this;
    connect(m_session, &DeviceSession::disconnected, this, &DeviceContext::onDisconnected);
    connect(m_session, &DeviceSession::discovered, this, &DeviceContext::publish);
    connect(m_session, &DeviceSession::namesChanged, this, &DeviceContext::publish);
    connect(hub, &NotificationHub::samplesAdded, this, &DeviceContext::onSamplesAdded);
    setConnection(connection);
}

DeviceContext::~DeviceContext()
{
    for (Subscription &s : m_subscriptions)
        s.active->store(false);
    std::lock_guard lock(m_state->mutex);
    m_state->connected = false;
    if (!m_state->reason) {
        m_state->reason = Error(Error::Kind::Disconnected, tr("the adapter is closed"));
    }
}

void DeviceContext::setConnection(Connection *connection)
{
    for (const QMetaObject::Connection &c : std::as_const(m_links))
        disconnect(c);
    m_links.clear();
    m_connection = connection;
    m_session->setConnection(connection);
    m_links << connect(connection, &Connection::passkeyRequested, this, &DeviceContext::onPasskeyRequested);
    publish();
}

void DeviceContext::publish()
{
    QHash<quint16, QString> names;
    for (const Service &s : m_session->database().services()) {
        for (const Characteristic &c : s.characteristics) {
            names.insert(c.valueHandle, m_session->attributeName(c.valueHandle));
            for (const Descriptor &d : c.descriptors)
                names.insert(d.handle, m_session->attributeName(d.handle));
        }
    }
    std::lock_guard lock(m_state->mutex);
    m_state->database = m_session->database();
    m_state->names = std::move(names);
    m_state->connected = m_session->isConnected();
    m_state->mtu = m_connection ? m_connection->mtu() : 23;
    if (m_state->connected)
        m_state->reason = Error();
}

void DeviceContext::subscribe(quint16 handle, SubscribeMode mode, Device::NotificationCallback callback,
                              const std::shared_ptr<Waiter<std::monostate>> &waiter)
{
    // Listen before the CCCD is written: the first value may come before the write response.
    endSubscription(handle);
    Subscription s;
    s.cursor = StreamCursor(StreamKey { m_session->address(), handle });
    s.cursor.startAtEnd(*m_hub);
    s.callback = std::make_shared<Device::NotificationCallback>(std::move(callback));
    s.active = std::make_shared<std::atomic<bool>>(true);
    m_subscriptions.insert(handle, s);
    QFuture<Status> writing;
    switch (mode) {
    case SubscribeMode::Auto: writing = m_session->setSubscribed(handle, true); break;
    case SubscribeMode::Notify:
        writing = m_session->subscribe(handle, Connection::Subscription::Notify);
        break;
    case SubscribeMode::Indicate:
        writing = m_session->subscribe(handle, Connection::Subscription::Indicate);
        break;
    }
    const std::shared_ptr<std::atomic<bool>> active = s.active;
    waiter->setCancel([writing]() mutable { writing.cancel(); });
    whenDone(this, writing, [this, handle, active, waiter](const QFuture<Status> &f) {
        const Status r = f.isCanceled() ? Status(Error(Error::Kind::Cancelled)) : f.result();
        if (!r.ok() && active->load()) {
            endSubscription(handle);
        }
        waiter->finish(r);
    });
}

void DeviceContext::unsubscribe(quint16 handle, const std::shared_ptr<Waiter<std::monostate>> &waiter)
{
    const bool had = m_subscriptions.contains(handle);
    endSubscription(handle);
    if (!had || !m_session->isConnected()) {
        waiter->finish(success());
        return;
    }
    waiter->follow(this, m_session->setSubscribed(handle, false));
}

void DeviceContext::endSubscription(quint16 handle)
{
    const auto it = m_subscriptions.find(handle);
    if (it == m_subscriptions.end())
        return;
    it->active->store(false);
    m_subscriptions.erase(it);
}

void DeviceContext::onSamplesAdded(const StreamKey &key, quint64, quint64)
{
    if (key.device != m_session->address())
        return;
    const auto it = m_subscriptions.find(key.handle);
    if (it == m_subscriptions.end())
        return;
    const SampleStream *stream = m_hub->stream(key);
    if (!stream)
        return;
    Subscription &s = *it;
    const StreamCursor::Span span = s.cursor.next(*m_hub);
    s.lost += span.lost;
    std::vector<ReceivedValue> values;
    qint64 cost = 0;
    stream->forEach(span.first, span.end, [&](quint64, const NotificationSample &sample) {
        if (sample.isGap()) {
            s.lost += sample.missing;
            return;
        }
        ReceivedValue v;
        v.handle = key.handle;
        v.value.assign(sample.value.cbegin(), sample.value.cend());
        v.timestampUs = sample.timestampUs;
        v.indication = sample.kind == Notification::Kind::Indication;
        v.lostBefore = std::exchange(s.lost, 0);
        cost += qint64(v.value.size()) + ValueOverhead;
        values.push_back(std::move(v));
    });
    if (values.empty())
        return;
    if (m_queuedBytes->load() + cost > CallbackLimitBytes) {
        // The callbacks fell too far behind: count, do not queue.
        for (const ReceivedValue &v : values)
            s.lost += 1 + v.lostBefore;
        return;
    }
    m_queuedBytes->fetch_add(cost);
    m_engine->callbacks().post(
        [callback = s.callback, active = s.active, queued = m_queuedBytes, cost, values = std::move(values)] {
            queued->fetch_sub(cost);
            for (const ReceivedValue &v : values) {
                if (!active->load())
                    return; // unsubscribed meanwhile: not one more call
                (*callback)(v);
            }
        });
}

void DeviceContext::onDisconnected(const Error &reason)
{
    for (Subscription &s : m_subscriptions)
        s.active->store(false);
    m_subscriptions.clear();
    Device::DisconnectCallback callback;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->connected = false;
        m_state->reason = reason;
        callback = m_state->onDisconnected;
    }
    if (callback) {
        const ErrorInfo info = ErrorInfo::from(reason);
        m_engine->callbacks().post([callback, info] { callback(info); });
    }
}

void DeviceContext::bond(Device::PasskeyCallback passkey, bool permanent,
                         const std::shared_ptr<Waiter<std::monostate>> &waiter)
{
    if (!m_connection || !m_session->isConnected()) {
        waiter->finish(Error(Error::Kind::Disconnected, tr("%1 is not connected").arg(m_session->title())));
        return;
    }
    m_passkey = std::move(passkey);
    PairingOptions options;
    options.bond = permanent;
    options.mitm = bool(m_passkey);
    QFuture<Status> pairing = m_connection->pair(options);
    waiter->setCancel([pairing]() mutable { pairing.cancel(); });
    whenDone(this, pairing, [this, waiter](const QFuture<Status> &f) {
        m_passkey = {};
        publish();
        waiter->finish(f.isCanceled() ? Status(Error(Error::Kind::Cancelled)) : f.result());
    });
}

void DeviceContext::onPasskeyRequested()
{
    QPointer<Connection> connection = m_connection;
    if (!m_passkey) {
        if (connection)
            connection->providePasskey(std::nullopt);
        return;
    }
    // Asked on the callback thread (the user may prompt), answered on this one.
    QPointer<DeviceContext> self(this);
    AdapterEngine *engine = m_engine;
    m_engine->callbacks().post([engine, self, passkey = m_passkey] {
        const std::optional<std::uint32_t> answer = passkey();
        engine->postToSession([self, answer] {
            if (self && self->m_connection)
                self->m_connection->providePasskey(answer ? std::optional<quint32>(*answer) : std::nullopt);
        });
    });
}

} // namespace gattscope::detail
