// SPDX-License-Identifier: MIT
#include "backendhost.h"

#include <QEventLoop>
#include <QFutureWatcher>

namespace gattscope {

BackendHost::BackendHost(Backend *backend)
    : m_thread(std::make_unique<QThread>())
    , m_backend(backend)
{
    m_thread->setObjectName(QStringLiteral("backend:%1").arg(backend->uri()));
    backend->moveToThread(m_thread.get());
    m_thread->start();
}

BackendHost::~BackendHost()
{
    // Close and delete on the backend's own thread, then stop the thread.
    Backend *b = m_backend;
    // Connect before queueing the deletion: once queued, the backend may be gone at any
    // moment, and connecting to a destroyed object crashes.
    QObject::connect(b, &QObject::destroyed, m_thread.get(), &QThread::quit, Qt::DirectConnection);
    QMetaObject::invokeMethod(
        b,
        [b] {
            b->close(); // queued: runs before deleteLater's DeferredDelete event is handled
            b->deleteLater();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

} // namespace gattscope
