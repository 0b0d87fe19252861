// SPDX-License-Identifier: MIT
#pragma once

#include "adapterengine_p.h"
#include "blockingcall_p.h"
#include "device.h"

#include <gattscope/core/series/streamcursor.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace gattscope {
class Connection;
class DeviceSession;
class NotificationHub;
} // namespace gattscope

namespace gattscope::detail {

// One device on the session thread: its DeviceSession (the same the GUI and the CLI use),
// the subscriptions and their hub cursors, what goes to the callback thread.
//
// Notifications take the one pipeline: connection → hub (the session attached it) → this
// context reads each subscribed stream's new range with a StreamCursor and posts ONE task per
// hub batch to the callback thread. Those tasks are bounded (CallbackLimitBytes): past it a
// batch is not posted but counted, and the next value delivered says how many were lost
// (ReceivedValue::lostBefore), as are values the hub's hand-off dropped or evicted.
class DeviceContext : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 CallbackLimitBytes = 32 * 1024 * 1024;

    DeviceContext(AdapterEngine *engine, Connection *connection, NotificationHub *hub, const QString &name,
                  QObject *parent);
    ~DeviceContext() override;

    DeviceSession *session() const { return m_session; }
    const std::shared_ptr<DeviceState> &state() const { return m_state; }
    // A new link to the same peer.
    void setConnection(Connection *connection);
    // Copies the session's database, names and link state into state().
    void publish();

    void subscribe(quint16 handle, SubscribeMode mode, Device::NotificationCallback callback,
                   const std::shared_ptr<Waiter<std::monostate>> &waiter);
    void unsubscribe(quint16 handle, const std::shared_ptr<Waiter<std::monostate>> &waiter);
    void bond(Device::PasskeyCallback passkey, bool permanent,
              const std::shared_ptr<Waiter<std::monostate>> &waiter);

private:
    struct Subscription
    {
        StreamCursor cursor;
        std::shared_ptr<Device::NotificationCallback> callback;
        std::shared_ptr<std::atomic<bool>> active;
        quint64 lost = 0;
    };
    void onSamplesAdded(const StreamKey &key, quint64 first, quint64 end);
    void onDisconnected(const Error &reason);
    void onPasskeyRequested();
    void endSubscription(quint16 handle);

    AdapterEngine *m_engine;
    QPointer<Connection> m_connection;
    DeviceSession *m_session = nullptr;
    NotificationHub *m_hub;
    std::shared_ptr<DeviceState> m_state;
    QHash<quint16, Subscription> m_subscriptions;
    std::shared_ptr<std::atomic<qint64>> m_queuedBytes;
    Device::PasskeyCallback m_passkey;
    QList<QMetaObject::Connection> m_links;
};

} // namespace gattscope::detail
