// SPDX-License-Identifier: MIT
#pragma once

#include "bgapioptions.h"
#include "bgapistartup.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>
#include <gattscope/core/backend/backend.h>

#include <QList>

#include <atomic>
#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace gattscope {

class BgapiClientConnection;
class BgapiCommandQueue;
class BgapiTransport;
struct BgapiPacketView;

// A BLED112 (or the virtual dongle, or anything else speaking the Bluegiga BGAPI) as a
// core Backend: scanning, up to maxconn GATT client links, bonding.
//
// Create it through createBackend() (backends/backendfactory.h); it runs on the thread a
// BackendHost gives it. See CLIENT.md beside this file for the state machines and the
// ordering rules. In short:
// - One command in flight (BgapiCommandQueue), a deadline on every response and every
//   procedure; events are routed by connection handle and never thrown away because
//   something else was being waited for.
// - The dongle runs one GAP procedure at a time. Scanning and connecting are arbitrated
//   here: a connect pauses a running scan and the scan resumes afterwards.
// - When the transport goes away: state Unavailable, errorOccurred(TransportLost), every
//   pending operation fails, every link ends with disconnected(TransportLost); then the
//   port is polled and the start-up runs again when it is back (a scan that was running
//   resumes; links do not come back by themselves).
class BgapiBackend : public Backend
{
    Q_OBJECT

public:
    // Takes ownership of `transport`.
    BgapiBackend(QString uri, BgapiTransport *transport, const BgapiOptions &options = BgapiOptions(),
                 QObject *parent = nullptr);
    ~BgapiBackend() override;

    const BgapiOptions &options() const { return m_options; }
    BgapiTransport *transport() const { return m_transport; }
    // Bytes skipped while resynchronising after garbage, since construction. Thread-safe.
    quint64 skippedBytes() const { return m_skippedBytes.load(); }

    // --- for BgapiClientConnection, on the backend's thread
    BgapiCommandQueue *commandQueue() const { return m_queue; }
    void notificationsPending(BgapiClientConnection *connection);
    void forgetLink(BgapiClientConnection *connection, quint8 handle);
    // Gives up a connection attempt (queued or running) of `connection`.
    void abortConnect(BgapiClientConnection *connection, const Error &reason);
    // Sets the dongle's bondable mode and MITM requirement if they differ, then calls done.
    void applySecurity(bool bondable, bool mitm, std::function<void(const Error &)> done);

protected:
    void doOpen(Pending<std::monostate> pending) override;
    void doClose(Pending<std::monostate> pending) override;
    void doStartScan(const ScanOptions &options, Pending<std::monostate> pending) override;
    void doStopScan(Pending<std::monostate> pending) override;
    void doConnect(const DeviceAddress &address, const ConnectOptions &options,
                   Pending<Connection *> pending) override;
    void doCancelConnect(const DeviceAddress &address) override;
    void doBonds(Pending<QList<Bond>> pending) override;
    void doDeleteBond(int bondHandle, Pending<std::monostate> pending) override;

private:
    struct ConnectRequest
    {
        quint64 id = 0;
        BgapiClientConnection *connection = nullptr;
        ConnectOptions options;
        Pending<Connection *> pending;
    };

    // transport
    bool attach();
    void detach();
    void onReadyRead();
    void processPacket(const BgapiPacketView &packet);
    void flushBatches();
    void onTransportLost(const QString &reason);
    void onReconnectTick();
    void afterReset();
    // start-up
    void startUp(bool reconnecting);
    void finishOpen(const Status &status);
    void onDongleRebooted();
    // links
    BgapiClientConnection *link(quint8 handle) const { return m_links[handle]; }
    void endAllLinks(const Error &reason);
    // GAP arbitration (scan / connect)
    void reconcileGap();
    void startConnect(ConnectRequest request);
    void endConnect(const Error &error, const Error &reason);
    void finishScanWaiters(const Status &status);
    Error notReadyError() const;
    // bonds
    void queryBonds(std::function<void(const Result<QList<Bond>> &)> done);
    void deleteBonds(QList<int> handles, Pending<std::monostate> pending);
    void finishBondQuery(const Result<QList<Bond>> &result);

    // events
    void onStatus(const bgapi::ConnectionStatusEvent &event);
    void onDisconnected(const bgapi::ConnectionDisconnectedEvent &event);
    void onScanResponse(const bgapi::GapScanResponseEvent &event);
    void onBondStatus(const bgapi::SmBondStatusEvent &event);
    void dispatchEvent(const BgapiPacketView &packet);

    const BgapiOptions m_options;
    BgapiTransport *m_transport;
    BgapiCommandQueue *m_queue;
    BgapiReassembler m_reassembler;
    std::atomic<quint64> m_skippedBytes { 0 };
    QTimer *m_reconnectTimer;
    QTimer *m_connectTimer;
    QTimer *m_bondTimer;

    bool m_attached = false;
    bool m_inFeed = false;
    bool m_lostWhileFeeding = false;
    bool m_starting = false;
    bool m_tearingDown = false; // ending every link: do not start GAP procedures meanwhile
    bool m_reconnecting = false;
    quint64 m_generation = 0; // bumped on close/loss: stale callbacks check it
    qint64 m_resetDeadlineMs = 0;
    qint64 m_expectBootUntilMs = 0; // a system_boot before this follows our own reset
    qint64 m_chunkTimestampUs = 0;
    QList<Pending<std::monostate>> m_openWaiters;
    BgapiStartup::Outcome m_dongle;
    bool m_bondable = false;
    bool m_mitm = false;

    BgapiClientConnection *m_links[256] = {};
    QList<BgapiClientConnection *> m_dirty;
    QList<Advertisement> m_adverts;

    std::optional<ScanOptions> m_scanWanted;
    bool m_scanRunning = false;
    bool m_scanRestart = false;
    bool m_gapBusy = false;
    QList<Pending<std::monostate>> m_scanWaiters;
    std::deque<ConnectRequest> m_connectQueue;
    std::optional<ConnectRequest> m_connecting;
    quint64 m_connectSerial = 0;

    struct BondQuery
    {
        int expected = 0;
        QList<Bond> bonds;
        QList<std::function<void(const Result<QList<Bond>> &)>> waiters;
    };
    std::optional<BondQuery> m_bondQuery;
};

} // namespace gattscope
