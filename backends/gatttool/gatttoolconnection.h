// SPDX-License-Identifier: MIT
#pragma once

#include "gatttoolsession.h"

#include <gattscope/core/backend/backend.h>
#include <gattscope/core/backend/connection.h>

#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace gattscope {

class GatttoolBackend;
class GatttoolDiscovery;

// One link, through a gatttool process of its own (gatttool holds one link per process).
//
// State machine (Connection::State):
//   Disconnected ─connectLink()─► Connecting ─"Connection successful"─► Connected
//   Connected ─disconnectFromDevice()─► Disconnecting ─fence answered─► Disconnected
//   any state ─connect error / timeout / prompt loses its colour / gatttool dies─► Disconnected
// The process is started on the first connect and kept between links; when it dies (a
// real gatttool 5.66 crashes if the peer drops the link during a request), the link ends
// with TransportLost, the backend reports the error, and the next connect starts a new
// process. Operations run one at a time; each is one or more gatttool commands
// (GatttoolSession). A GATT operation that gets no answer within options.attTimeoutMs
// leaves the ATT bearer unusable (ATT's transaction timeout rule): the process is stopped
// and the link reported down with Timeout.
//
// Not available through gatttool: RSSI, connection parameters, passkey entry, bond lists,
// Write Commands longer than MTU − 3 and empty values (gatttool refuses them).
class GatttoolConnection : public Connection
{
    Q_OBJECT

public:
    GatttoolConnection(const DeviceAddress &address, GatttoolBackend *backend);
    ~GatttoolConnection() override;

    // --- driven by GatttoolBackend, on the backend's thread
    void connectLink(const ConnectOptions &options, std::function<void(const Error &)> done);
    void abortConnect(const Error &reason);
    // The backend closes: ends the link (if any) and the process.
    void shutdown();
    bool hasSession() const { return m_session; }

protected:
    void doDiscover(Pending<GattDatabase> pending) override;
    void doRead(quint16 handle, ReadMode mode, Pending<QByteArray> pending) override;
    void doWrite(quint16 handle, const QByteArray &value, WriteMode mode,
                 Pending<std::monostate> pending) override;
    void doReadRssi(Pending<int> pending) override;
    void doPair(const PairingOptions &options, Pending<std::monostate> pending) override;
    void doDisconnect(Pending<std::monostate> pending) override;

private:
    struct Operation
    {
        std::function<void(quint64 id)> run; // must end with finishOperation(id)
        std::function<void(const Error &)> fail;
    };
    using Done = std::function<void(const Error &)>;

    void enqueue(Operation operation);
    void runNext();
    void finishOperation(quint64 id);
    Error notConnectedError() const;

    void ensureSession(Done done);
    void sendConnect(const ConnectOptions &options);
    // `disconnect` (with a fence): ends the link, or gives up an attempt in progress.
    void sendDisconnect(Done done = nullptr);
    // Ends a connection attempt: `error` for the caller, `reason` (default: the same) for
    // disconnected().
    void finishConnect(const Error &error, const Error &reason = Error());
    void linkDown(const Error &reason);
    void onSessionStopped(const Error &reason);
    void onPromptChanged(bool connected);
    void dropSession();
    // One GATT command. `answer` sees each event first and returns the step it means, or
    // nullopt; unclaimed "Error: …"/"Command Failed: …" lines fail the command with a
    // mapped error. A Timeout, or "Command Failed: Disconnected", also ends the link, after
    // `done` has run.
    using Answer = std::function<std::optional<GatttoolSession::Step>(const GatttoolEvent &)>;
    void gattCommand(const QByteArray &line, const QString &context, Answer answer, Done done,
                     bool fenced = false);
    void discoverStep(quint64 id, int step, Pending<GattDatabase> pending,
                      std::shared_ptr<GatttoolDiscovery> discovery, QList<quint16> extended);

    GatttoolBackend *m_backend;
    QPointer<GatttoolSession> m_session;
    std::deque<Operation> m_operations;
    std::optional<Operation> m_current;
    quint64 m_currentId = 0;
    quint64 m_operationSerial = 0;
    Done m_connectDone;
    QList<Pending<std::monostate>> m_disconnectWaiters;
    bool m_ending = false;
};

} // namespace gattscope
