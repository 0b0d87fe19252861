// SPDX-License-Identifier: MIT
#pragma once

#include "bgapioptions.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/core/backend/backend.h>

#include <QList>
#include <QObject>

#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace gattscope {

class BgapiClientConnection;
class BgapiCommandQueue;
class BgapiLinkTable;

// Who owns the dongle's one GAP procedure. A BLED112 runs either a scan (gap_discover) or a
// connect attempt (gap_connect_direct), never both; a second one is answered with
// wrong_state (0x0181). The backend says what is wanted (a scan with these options, a link
// to that peer) and reports the dongle's link events; the arbiter moves the dongle towards
// it one GAP command at a time, in reconcile():
//   1. a connect attempt is queued: end a running scan (it pauses), then gap_connect_direct;
//   2. else the running scan has other options than the wanted one: end it, then 3;
//   3. else a scan is wanted and not running: gap_set_scan_parameters (interval and window
//      in 0.625 ms units), gap_set_filtering (duplicates), gap_discover(mode);
//   4. else a scan runs that nobody wants: gap_end_procedure.
// So connecting while scanning pauses the scan and it resumes afterwards; connect attempts
// run one after another, in the order they were asked for.
//
// Notes for implementers
// - Lives on the backend's thread; not thread-safe. Commands go through the backend's
//   BgapiCommandQueue. Nothing is sent between suspend() and resume() (the dongle is away,
//   restarting or closed); wishes made meanwhile are kept and acted on at resume().
// - wrong_state (0x0181) to gap_connect_direct, gap_set_scan_parameters or gap_discover means
//   the dongle runs a GAP procedure we did not start or whose end we missed (an answer to
//   gap_discover that came too late, a scan a previous program left running): the arbiter
//   sends gap_end_procedure and the same command once more before it gives up.
// - scanningChanged(true) once the wanted scan runs; (false) when it is no longer wanted or
//   failed to start. startScan()/stopScan() Pendings finish when the dongle does what was
//   last asked, or with the error that prevented it. Scans are not cancellable: they answer
//   within a command timeout anyway, and stopScan() is the way to end one.
// - A connect attempt ends exactly once: connection_status Connected (the Pending gets the
//   Connection and the link is up), connection_disconnected (that reason), no status within
//   ConnectOptions::timeoutMs (Timeout; the link reports controller 0x3E), abortConnect() or
//   the caller cancelling its future (Cancelled; the link reports 0x3E), or endAttempts().
//   When it ends without a link while the dongle still runs it, gap_end_procedure stops it;
//   a link that comes up after that is no longer ours (the backend disconnects it). A queued
//   attempt that is cancelled never reaches the dongle.
class BgapiGapArbiter : public QObject
{
    Q_OBJECT

public:
    BgapiGapArbiter(BgapiCommandQueue *queue, BgapiLinkTable *links, const BgapiOptions &options,
                    QObject *parent = nullptr);
    ~BgapiGapArbiter() override;

    // --- the dongle's availability
    // Start-up is done: act on what is wanted (a scan that ran before the transport went
    // away resumes).
    void resume();
    // The dongle went away, restarted or is being closed: nothing of ours runs on it any
    // more. Scan waiters fail with `reason`; the wanted scan is kept for resume().
    void suspend(const Error &reason);
    // Forgets the wanted scan (the backend is closing).
    void forgetScan();
    // Ends every connect attempt (after suspend()): callers get `reason` when it is
    // TransportLost and Cancelled otherwise; the links report `reason`.
    void endAttempts(const Error &reason);

    // --- scanning
    void startScan(const ScanOptions &options, Pending<std::monostate> pending);
    void stopScan(Pending<std::monostate> pending);
    // A scan or a connect attempt runs on the dongle.
    bool isProcedureRunning() const { return m_runningScan.has_value() || m_attempt.has_value(); }

    // --- connecting
    void connect(BgapiClientConnection *connection, const ConnectOptions &options,
                 Pending<Connection *> pending);
    // Gives up the attempt (queued or running) of `connection`; the link reports `reason`.
    void abortConnect(BgapiClientConnection *connection, const Error &reason);
    // Connections that hold a handle or have an attempt queued or running: the links in
    // use, as far as the dongle's maxconn is concerned.
    int linksInUse() const;

    // --- link events; true when they belonged to the running connect attempt
    bool handleStatus(const bgapi::ConnectionStatusEvent &event);
    bool handleDisconnected(BgapiClientConnection *connection, const Error &reason);

Q_SIGNALS:
    void scanningChanged(bool scanning);

private:
    struct Attempt
    {
        quint64 id = 0;
        BgapiClientConnection *connection = nullptr;
        ConnectOptions options;
        Pending<Connection *> pending;
    };

    void reconcile();
    bool canSend() const;
    // the steps of reconcile()
    void pauseScanForConnect();
    void restartScan();
    void startWantedScan();
    void stopUnwantedScan();
    // scanning
    void endProcedure(std::function<void()> then);
    void setScanFilter(quint64 generation, bool retried);
    void discover(quint64 generation, bool retried);
    void onScanRefused(quint16 result, bool retried, const QString &context);
    void failScan(const Error &error);
    void finishScanWaiters(const Status &status);
    // connecting
    void startNextAttempt();
    void sendConnectDirect(bool retried);
    void onConnectAnswered(quint64 id, bool retried, const bgapi::GapConnectDirectResponse &response);
    void onConnectTimeout();
    void endAttempt(const Error &error, const Error &reason);
    void cancelAttempt(quint64 id);
    bool isRunning(quint64 id) const { return m_attempt && m_attempt->id == id; }

    BgapiCommandQueue *m_queue;
    BgapiLinkTable *m_links;
    const BgapiOptions &m_options;
    QTimer *m_connectTimer;

    bool m_ready = false; // resumed: commands may be sent
    bool m_commandPending = false; // a GAP command of ours awaits its answer
    quint64 m_generation = 0; // bumped by suspend(): late answers are ignored

    std::optional<ScanOptions> m_scanWanted;
    std::optional<ScanOptions> m_runningScan; // what gap_discover started, until it ends
    bool m_retryScan = false; // the next scan start follows a wrong_state: last try
    QList<Pending<std::monostate>> m_scanWaiters;

    std::deque<Attempt> m_attemptQueue;
    std::optional<Attempt> m_attempt;
    quint64 m_attemptSerial = 0;
};

} // namespace gattscope
