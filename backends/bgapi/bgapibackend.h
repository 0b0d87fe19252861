// SPDX-License-Identifier: MIT
#pragma once

#include "bgapilinktable.h"
#include "bgapioptions.h"
#include "bgapistartup.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>
#include <gattscope/core/backend/backend.h>

#include <QList>

#include <atomic>

class QTimer;

namespace gattscope {

class BgapiBondManager;
class BgapiClientConnection;
class BgapiCommandQueue;
class BgapiGapArbiter;
class BgapiTransport;
struct BgapiPacketView;

// A BLED112 (or the virtual dongle, or anything else speaking the Bluegiga BGAPI) as a
// core Backend: scanning, up to maxconn GATT client links, bonding.
//
// Create it through createBackend() (backends/backendfactory.h); it runs on the thread a
// BackendHost gives it. See CLIENT.md beside this file for the state machines and the
// ordering rules. It composes:
// - the transport, the reassembler and one BgapiCommandQueue (one command in flight, a
//   deadline on every response) — owned here, with start-up (BgapiStartup), reconnection
//   after the transport went away, and close();
// - BgapiGapArbiter: the dongle's one GAP procedure, shared by scanning and connect attempts;
// - BgapiBondManager: bond listing and deletion, and the security settings pairing uses;
// - one BgapiClientConnection per peer, found by the dongle's connection handle through
//   the BgapiLinkTable.
// Events are routed by type and connection handle and never thrown away because something
// else was being waited for.
//
// When the transport goes away: state Unavailable, errorOccurred(TransportLost), every
// pending operation fails, every link ends with disconnected(TransportLost); then the port
// is polled and the start-up runs again when it is back (a scan that was running resumes;
// links do not come back by themselves).
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
    BgapiGapArbiter *gapArbiter() const { return m_gap; }
    BgapiBondManager *bondManager() const { return m_bonds; }
    void notificationsPending(BgapiClientConnection *connection);
    void forgetLink(BgapiClientConnection *connection, quint8 handle) { m_links.release(handle, connection); }

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
    // transport
    bool attach();
    void detach();
    void onReadyRead();
    void feedChunk(QByteArrayView chunk);
    void onFragmentOverdue();
    void armFragmentTimer();
    void processPacket(const BgapiPacketView &packet);
    void flushBatches();
    void onTransportLost(const QString &reason);
    void onReconnectTick();
    void afterReset();
    // start-up and teardown
    void startUp(bool reconnecting);
    void onStartedUp(const Result<BgapiStartup::Outcome> &result);
    void finishOpen(const Status &status);
    void onDongleRebooted();
    void endEverything(const Error &reason, const Error &linkReason);
    Error notReadyError() const;
    // Finishes `pending` with notReadyError() unless the dongle is Ready or Scanning.
    template<typename T> bool refuseUnlessReady(const Pending<T> &pending) const
    {
        if (state() == State::Ready || state() == State::Scanning)
            return false;
        pending.finish(notReadyError());
        return true;
    }
    BgapiClientConnection *connectionTo(const DeviceAddress &address) const;

    // events
    void dispatchEvent(const BgapiPacketView &packet);
    void onStatus(const bgapi::ConnectionStatusEvent &event);
    void onDisconnected(const bgapi::ConnectionDisconnectedEvent &event);
    void onScanResponse(const bgapi::GapScanResponseEvent &event);
    template<typename Event> void routeToLink(const Event &event);

    const BgapiOptions m_options;
    BgapiTransport *m_transport;
    BgapiCommandQueue *m_queue;
    BgapiReassembler m_reassembler;
    BgapiLinkTable m_links;
    BgapiGapArbiter *m_gap;
    BgapiBondManager *m_bonds;
    std::atomic<quint64> m_skippedBytes { 0 };
    QTimer *m_reconnectTimer;
    QTimer *m_fragmentTimer; // drops a fragment that stayed silent (armFragmentTimer)

    bool m_attached = false;
    bool m_inFeed = false;
    bool m_starting = false;
    bool m_reconnecting = false;
    quint64 m_generation = 0; // bumped on close/loss: stale callbacks check it
    qint64 m_resetDeadlineMs = 0;
    qint64 m_expectBootUntilMs = 0; // a system_boot before this follows our own reset
    qint64 m_chunkTimestampUs = 0;
    QList<Pending<std::monostate>> m_openWaiters;
    BgapiStartup::Outcome m_dongle;

    QList<BgapiClientConnection *> m_dirty;
    QList<Advertisement> m_adverts;
};

} // namespace gattscope
