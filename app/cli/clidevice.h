// SPDX-License-Identifier: MIT
#pragma once

#include "attributeref.h"
#include "clicommand.h"

#include <gattscope/core/backend/awaitresult.h>
#include <gattscope/core/backend/backendhost.h>
#include <gattscope/core/discovery/discovereddevices.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/session/devicesession.h>

#include <memory>

namespace gattscope::cli {

// The device a command works on, and the steps to reach it, each with a timeout
// (CliContext::timeoutMs), progress on a terminal and one clear line when it fails:
// open the backend (--backend), find the device by address or name (a scan), connect, and
// discover its GATT database through a DeviceSession fed by a NotificationHub — the same
// session and hub as the GUI's, so the CLI has no second implementation of any of it.
//
// Every step returns ExitOk, or prints "gattscope-cli: <command>: <what failed>" on stderr
// and returns the exit code for it. Lives on main()'s thread; the backend runs on its own.
// Destroying it disconnects (briefly waiting for the peer) and closes the backend.
class CliDevice
{
    Q_DECLARE_TR_FUNCTIONS(CliDevice)
public:
    CliDevice(CliContext &context, QString command);
    ~CliDevice();
    CliDevice(const CliDevice &) = delete;
    CliDevice &operator=(const CliDevice &) = delete;

    int openBackend();
    // `deviceText`: an address or a name (DeviceQuery).
    int find(const QString &deviceText);
    int connectAndDiscover(bool readUserDescriptions = true);
    // All of the above.
    int open(const QString &deviceText, bool readUserDescriptions = true);

    Backend *backend() const { return m_host ? m_host->backend() : nullptr; }
    NotificationHub *hub() { return &m_hub; }
    DeviceSession *session() const { return m_session.get(); }
    const DiscoveredDevice &device() const { return m_device; }
    // What the session recorded while connectAndDiscover() ran — Connected (with the dongle's
    // address), Discovered (with the database) — at their real times, for captures that
    // begin with the link (subscribe --btsnoop).
    const QList<TrafficEntry> &openingTraffic() const { return m_openingTraffic; }
    // The device's name, else its address.
    QString title() const;

    // A CHARACTERISTIC argument (AttributeRef); prints the failure and sets `code`.
    std::optional<AttributeRef> resolve(const QString &text, int *code);

    // Waits for an operation (cancels it after the timeout) and explains a link lost meanwhile
    // by why it was lost (a dongle that went away is TransportLost, not a mere Disconnected).
    template<typename T> Result<T> await(const QFuture<Result<T>> &future, int timeoutMs = -1)
    {
        Result<T> result = awaitResult(future, timeoutMs < 0 ? m_context.timeoutMs : timeoutMs);
        if (!result.ok() && result.error().kind() == Error::Kind::Timeout && !future.isFinished())
            QFuture<Result<T>>(future).cancel();
        if (!result.ok())
            return explain(result.error());
        return result;
    }
    Error explain(const Error &error) const;

    // One line on stderr; returns `code`.
    int fail(const QString &message, int code);
    int fail(const QString &what, const Error &error);

private:
    CliContext &m_context;
    QString m_command;
    std::unique_ptr<BackendHost> m_host;
    NotificationHub m_hub;
    std::unique_ptr<DeviceSession> m_session;
    DiscoveredDevice m_device;
    QList<TrafficEntry> m_openingTraffic;
    Error m_transportError; // the backend said it lost its transport
};

} // namespace gattscope::cli
