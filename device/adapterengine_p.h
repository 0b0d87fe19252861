// SPDX-License-Identifier: MIT
#pragma once

#include "adapter.h"
#include "blockingcall_p.h"
#include "callbackqueue_p.h"
#include "exception.h"

#include <gattscope/core/base/result.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QHash>
#include <QMetaObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

namespace gattscope::detail {

class AdapterContext;
class DeviceContext;

// What the Device handles of one link share with its DeviceContext: a snapshot of the
// database and names (so that characteristics() and handle() answer on the caller's thread
// without a round trip), the link state, the callbacks. `context` is touched on the session
// thread only.
struct DeviceState
{
    QString address;
    std::atomic<long long> timeoutMs { 10000 };

    mutable std::mutex mutex; // guards what follows
    QString name;
    GattDatabase database;
    QHash<quint16, QString> names;
    bool connected = false;
    int mtu = 23;
    Error reason;
    Device::DisconnectCallback onDisconnected;

    QPointer<DeviceContext> context; // session thread only
};

// The engine behind one Adapter, shared by it and its Device handles: the session thread
// and the AdapterContext that lives there, the callback thread, the blocking-call machinery.
//
// call() is the one way a facade method reaches the session: it posts `start` to the
// session thread, where `start` begins the operation and completes the waiter (usually via
// Waiter::follow()), and waits on the calling thread — without an event loop — for the
// result or the timeout. On timeout it cancels the operation on the session thread.
class AdapterEngine
{
public:
    template<typename T>
    using Start = std::function<void(AdapterContext *, const std::shared_ptr<Waiter<T>> &)>;

    AdapterEngine(const std::string &uri, const Adapter::Options &options);
    ~AdapterEngine();

    const std::string &uri() const { return m_uri; }
    CallbackQueue &callbacks() { return m_callbacks; }
    bool isClosed() const { return m_closed.load(); }
    std::chrono::milliseconds timeout() const { return std::chrono::milliseconds(m_timeoutMs.load()); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeoutMs.store(timeout.count()); }

    template<typename T> Result<T> tryCall(std::chrono::milliseconds timeout, Start<T> start);
    // As tryCall, but throws the matching Exception on failure.
    template<typename T> T call(std::chrono::milliseconds timeout, Start<T> start)
    {
        Result<T> r = tryCall<T>(timeout, std::move(start));
        if (!r.ok())
            Exception::raise(r.error());
        return std::move(r.value());
    }

    // Scan bookkeeping for Adapter::scan(): woken by stopScan().
    std::mutex scanMutex;
    std::condition_variable scanStopped;
    bool scanRunning = false;

    void close();
    // Runs `fn` on the session thread; false when the adapter is closed.
    bool postToSession(std::function<void()> fn);

private:
    void track(const std::shared_ptr<WaiterBase> &waiter);

    const std::string m_uri;
    std::atomic<long long> m_timeoutMs;
    std::atomic<bool> m_closed { false };
    CallbackQueue m_callbacks;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex; // guards m_context (the pointer, not the object) and m_waiters
    AdapterContext *m_context = nullptr;
    std::vector<std::weak_ptr<WaiterBase>> m_waiters;
};

template<typename T> Result<T> AdapterEngine::tryCall(std::chrono::milliseconds timeout, Start<T> start)
{
    auto waiter = Waiter<T>::create();
    track(waiter);
    // If the session goes before it ran `start` (the adapter closed), the event and this
    // guard are destroyed unrun, and the call fails at once instead of timing out.
    auto started = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<void> guard(nullptr, [waiter, started](void *) {
        if (!started->load())
            waiter->finish(Error(Error::Kind::Disconnected,
                                 QCoreApplication::translate("gattscope::Adapter", "the adapter is closed")));
    });
    const bool posted = postToSession([this, waiter, started, guard, start] {
        started->store(true);
        start(m_context, waiter);
    });
    if (!posted) {
        return Error(Error::Kind::Disconnected,
                     QCoreApplication::translate("gattscope::Adapter", "the adapter is closed"));
    }
    std::optional<Result<T>> result = waiter->waitFor(timeout);
    if (result)
        return *result;
    waiter->finish(Error(Error::Kind::Timeout,
                         QCoreApplication::translate("gattscope::Adapter", "no answer within %1 ms")
                             .arg(qint64(timeout.count()))));
    postToSession([waiter] {
        if (const std::function<void()> cancel = waiter->takeCancel())
            cancel();
    });
    return *waiter->waitFor(std::chrono::milliseconds(0));
}

} // namespace gattscope::detail
