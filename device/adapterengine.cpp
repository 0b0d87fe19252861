// SPDX-License-Identifier: MIT
#include "adaptercontext_p.h"
#include "adapterengine_p.h"
#include "facadeconvert_p.h"
#include "qtruntime_p.h"

namespace gattscope::detail {

AdapterEngine::AdapterEngine(const std::string &uri, const Adapter::Options &options)
    : m_uri(uri)
    , m_timeoutMs(options.timeout.count())
{
    ensureQtRuntime();
    BackendOptions backendOptions;
    for (const std::string &file : options.demoProfiles)
        backendOptions.demoProfiles.append(toQt(file));
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("gattscope-session"));
    m_context = new AdapterContext(this, toQt(uri), backendOptions);
    m_context->moveToThread(m_thread.get());
    m_thread->start();
}

AdapterEngine::~AdapterEngine()
{
    close();
}

bool AdapterEngine::postToSession(std::function<void()> fn)
{
    std::lock_guard lock(m_mutex);
    if (!m_context)
        return false;
    QMetaObject::invokeMethod(m_context, std::move(fn), Qt::QueuedConnection);
    return true;
}

void AdapterEngine::track(const std::shared_ptr<WaiterBase> &waiter)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_waiters, [](const std::weak_ptr<WaiterBase> &w) { return w.expired(); });
    m_waiters.push_back(waiter);
}

void AdapterEngine::close()
{
    if (m_closed.exchange(true))
        return;
    {
        std::lock_guard lock(scanMutex);
        scanRunning = false;
    }
    scanStopped.notify_all();
    // Disconnect the devices while the session still runs, so that every link ends with
    // its disconnect callback (the backend's close would end them too, less politely).
    tryCall<std::monostate>(std::chrono::milliseconds(5000),
                            [](AdapterContext *context, const std::shared_ptr<Waiter<std::monostate>> &w) {
                                context->disconnectAll(w);
                            });
    AdapterContext *context = nullptr;
    std::vector<std::weak_ptr<WaiterBase>> waiters;
    {
        std::lock_guard lock(m_mutex);
        context = std::exchange(m_context, nullptr);
        waiters.swap(m_waiters);
    }
    const Error closed(Error::Kind::Disconnected,
                       QCoreApplication::translate("gattscope::Adapter", "the adapter is closed"));
    for (const std::weak_ptr<WaiterBase> &w : waiters) {
        if (const std::shared_ptr<WaiterBase> waiter = w.lock())
            waiter->abort(closed);
    }
    if (context) {
        // Delete on its own thread (which closes the backend and joins its thread), then end
        // the session thread.
        QMetaObject::invokeMethod(
            context,
            [context] {
                delete context;
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread->wait();
    }
    m_callbacks.stop();
}

} // namespace gattscope::detail
