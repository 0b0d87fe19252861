// SPDX-License-Identifier: MIT
#pragma once

// Test rig for the BlueZ backend against the mock BlueZ that the CTest fixture
// (mockbluez-fixture.sh) serves on a private D-Bus bus named by DBUS_SYSTEM_BUS_ADDRESS:
// a BluezBackend on its own thread with short timeouts (the mock's control interface is in
// support/mockbluezcontrol.h).

#include "support/mockbluezcontrol.h"

#include <gattscope/backends/bluez/bluezbackend.h>
#include <gattscope/core/backend/awaitresult.h>
#include <gattscope/core/backend/backendhost.h>

#include <QTest>

#include <memory>

namespace gattscope::testing {

template<typename T> Result<T> await(const QFuture<Result<T>> &future, int timeoutMs = 10000)
{
    return awaitResult(future, timeoutMs);
}

inline BluezOptions fastBluezOptions()
{
    BluezOptions o;
    o.probeTimeoutMs = 3000;
    o.operationTimeoutMs = 3000;
    o.discoveryTimeoutMs = 5000;
    o.disconnectTimeoutMs = 2000;
    o.pairingTimeoutMs = 5000;
    o.ageOutMs = 30000;
    return o;
}

struct BluezRig
{
    std::unique_ptr<BackendHost> host;
    BluezBackend *backend = nullptr;

    explicit BluezRig(const QString &adapter = QString(), const BluezOptions &options = fastBluezOptions())
    {
        backend = new BluezBackend(QStringLiteral("bluez:") + adapter, adapter, options);
        host = std::make_unique<BackendHost>(backend);
    }

    Status open() { return await(backend->open()); }

    // Runs `fn` on the backend's thread and returns its result.
    template<typename F> auto onBackendThread(F fn)
    {
        decltype(fn()) result {};
        QMetaObject::invokeMethod(
            backend, [&] { result = fn(); }, Qt::BlockingQueuedConnection);
        return result;
    }
};

} // namespace gattscope::testing
