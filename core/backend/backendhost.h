// SPDX-License-Identifier: MIT
#pragma once

#include "backend.h"

#include <QThread>

#include <memory>

namespace gattscope {

// Runs a Backend on a thread of its own, so that backend I/O never runs on the GUI thread
// (or on main() in the CLI). Destroying the host closes the backend on its thread, deletes
// it there and joins the thread.
class BackendHost
{
public:
    // Takes ownership; `backend` must have no parent and must not have started anything yet.
    explicit BackendHost(Backend *backend);
    ~BackendHost();
    BackendHost(const BackendHost &) = delete;
    BackendHost &operator=(const BackendHost &) = delete;

    Backend *backend() const { return m_backend; }
    Backend *operator->() const { return m_backend; }
    QThread *thread() const { return m_thread.get(); }

private:
    std::unique_ptr<QThread> m_thread;
    Backend *m_backend;
};

} // namespace gattscope
