// SPDX-License-Identifier: MIT
#include "bgapigaparbiter.h"

#include "bgapiclientconnection.h"
#include "bgapicommand.h"
#include "bgapilinktable.h"

#include <QLoggingCategory>
#include <QTimer>

namespace gattscope {

Q_LOGGING_CATEGORY(lcBgapiGap, "gattscope.bgapi.gap", QtInfoMsg)

namespace {
constexpr quint16 kWrongState = 0x0181;

bgapi::GapDiscoverMode discoverMode(DiscoveryMode mode)
{
    switch (mode) {
    case DiscoveryMode::Limited: return bgapi::GapDiscoverMode::Limited;
    case DiscoveryMode::General: return bgapi::GapDiscoverMode::Generic;
    case DiscoveryMode::Observation: break;
    }
    return bgapi::GapDiscoverMode::Observation;
}
// Milliseconds to 0.625 ms units, within the range gap_set_scan_parameters accepts.
quint16 scanUnits(int ms)
{
    return quint16(qBound(4, int((qint64(ms) * 1000 + 312) / 625), 0x4000));
}
bgapi::GapSetScanParameters scanParameters(const ScanOptions &o)
{
    bgapi::GapSetScanParameters p;
    p.scanInterval = scanUnits(o.intervalMs);
    p.scanWindow = qMin(scanUnits(o.windowMs), p.scanInterval);
    p.active = o.active;
    return p;
}
// Two scans the dongle cannot tell apart.
bool sameScan(const ScanOptions &a, const ScanOptions &b)
{
    const bgapi::GapSetScanParameters pa = scanParameters(a);
    const bgapi::GapSetScanParameters pb = scanParameters(b);
    return pa.scanInterval == pb.scanInterval && pa.scanWindow == pb.scanWindow && pa.active == pb.active
        && a.filterDuplicates == b.filterDuplicates && discoverMode(a.mode) == discoverMode(b.mode);
}
} // namespace

BgapiGapArbiter::BgapiGapArbiter(BgapiCommandQueue *queue, BgapiLinkTable *links, const BgapiOptions &options,
                                 QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_links(links)
    , m_options(options)
    , m_connectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    QObject::connect(m_connectTimer, &QTimer::timeout, this, &BgapiGapArbiter::onConnectTimeout);
}

BgapiGapArbiter::~BgapiGapArbiter() = default;

// --- availability

void BgapiGapArbiter::resume()
{
    m_ready = true;
    reconcile();
}

void BgapiGapArbiter::suspend(const Error &reason)
{
    m_ready = false;
    ++m_generation;
    m_commandPending = false;
    m_runningScan.reset();
    m_retryScan = false;
    m_connectTimer->stop();
    finishScanWaiters(reason);
}

void BgapiGapArbiter::forgetScan()
{
    m_scanWanted.reset();
}

void BgapiGapArbiter::endAttempts(const Error &reason)
{
    const Error callerError = reason.kind() == Error::Kind::TransportLost
        ? reason
        : Error(Error::Kind::Cancelled, reason.message());
    if (m_attempt)
        endAttempt(callerError, reason);
    std::deque<Attempt> queued;
    queued.swap(m_attemptQueue);
    for (Attempt &a : queued) {
        a.pending.finish(callerError);
        a.connection->linkDown(reason);
    }
}

// --- reconciliation

bool BgapiGapArbiter::canSend() const
{
    return m_ready && !m_commandPending && !m_attempt;
}

void BgapiGapArbiter::reconcile()
{
    if (!canSend())
        return;
    if (!m_attemptQueue.empty()) {
        if (m_runningScan)
            pauseScanForConnect();
        else
            startNextAttempt();
        return;
    }
    if (m_scanWanted && m_runningScan && !sameScan(*m_scanWanted, *m_runningScan)) {
        restartScan();
        return;
    }
    if (m_scanWanted && !m_runningScan) {
        startWantedScan();
        return;
    }
    if (!m_scanWanted && m_runningScan) {
        stopUnwantedScan();
        return;
    }
    finishScanWaiters(success()); // the dongle does what was asked
}

void BgapiGapArbiter::pauseScanForConnect()
{
    endProcedure([this] { reconcile(); });
}

void BgapiGapArbiter::restartScan()
{
    endProcedure([this] { reconcile(); });
}

void BgapiGapArbiter::stopUnwantedScan()
{
    endProcedure([this] {
        finishScanWaiters(success());
        reconcile();
    });
}

// gap_end_procedure, then `then`. Any answer will do (0x0181 only says nothing was running);
// if it gets none, the scan waiters learn why.
void BgapiGapArbiter::endProcedure(std::function<void()> then)
{
    m_commandPending = true;
    const quint64 generation = m_generation;
    m_queue->enqueue(bgapi::makeCommand(
        bgapi::GapEndProcedure(), m_options.commandTimeoutMs, this,
        [this, generation, then](const bgapi::GapEndProcedureResponse &) {
            if (generation != m_generation)
                return;
            m_commandPending = false;
            m_runningScan.reset();
            then();
        },
        [this, generation](const Error &e) {
            if (generation != m_generation)
                return;
            m_commandPending = false;
            m_runningScan.reset();
            finishScanWaiters(e);
            reconcile();
        }));
}

// --- scanning

void BgapiGapArbiter::startScan(const ScanOptions &options, Pending<std::monostate> pending)
{
    m_scanWanted = options;
    m_scanWaiters.append(pending);
    reconcile();
}

void BgapiGapArbiter::stopScan(Pending<std::monostate> pending)
{
    m_scanWanted.reset();
    Q_EMIT scanningChanged(false);
    m_scanWaiters.append(pending);
    reconcile();
}

// The three commands go one after the other, each when the one before was accepted, so that
// a refusal can be retried from the start.
void BgapiGapArbiter::startWantedScan()
{
    const bool retried = std::exchange(m_retryScan, false);
    m_commandPending = true;
    const quint64 generation = m_generation;
    m_queue->enqueue(bgapi::makeCommand(
        scanParameters(*m_scanWanted), m_options.commandTimeoutMs, this,
        [this, generation, retried](const bgapi::GapSetScanParametersResponse &r) {
            if (generation != m_generation)
                return;
            if (r.result)
                onScanRefused(r.result, retried, tr("setting the scan parameters"));
            else
                setScanFilter(generation, retried);
        },
        [this, generation](const Error &e) {
            if (generation == m_generation)
                failScan(e);
        }));
}

void BgapiGapArbiter::setScanFilter(quint64 generation, bool retried)
{
    if (!m_scanWanted) { // stopped meanwhile
        m_commandPending = false;
        reconcile();
        return;
    }
    bgapi::GapSetFiltering filtering;
    filtering.scanDuplicateFiltering = m_scanWanted->filterDuplicates;
    auto next = [this, generation, retried] {
        if (generation == m_generation)
            discover(generation, retried);
    };
    m_queue->enqueue(bgapi::makeCommand(
        filtering, m_options.commandTimeoutMs, this,
        [next](const bgapi::GapSetFilteringResponse &r) {
            if (r.result) // older firmware: duplicates are filtered downstream anyway
                qCDebug(lcBgapiGap) << "gap_set_filtering:" << bgapi::toError(r.result).toString();
            next();
        },
        [this, generation](const Error &e) {
            if (generation == m_generation)
                failScan(e);
        }));
}

void BgapiGapArbiter::discover(quint64 generation, bool retried)
{
    if (!m_scanWanted) {
        m_commandPending = false;
        reconcile();
        return;
    }
    const ScanOptions options = *m_scanWanted;
    bgapi::GapDiscover command;
    command.mode = discoverMode(options.mode);
    m_queue->enqueue(bgapi::makeCommand(
        command, m_options.commandTimeoutMs, this,
        [this, generation, retried, options](const bgapi::GapDiscoverResponse &r) {
            if (generation != m_generation)
                return;
            if (r.result) {
                onScanRefused(r.result, retried, tr("starting the scan"));
                return;
            }
            m_commandPending = false;
            m_runningScan = options;
            if (m_scanWanted) {
                Q_EMIT scanningChanged(true);
                if (sameScan(*m_scanWanted, options))
                    finishScanWaiters(success());
            }
            reconcile(); // stopped or changed meanwhile, or a connect is waiting
        },
        [this, generation](const Error &e) {
            if (generation == m_generation)
                failScan(e);
        }));
}

void BgapiGapArbiter::onScanRefused(quint16 result, bool retried, const QString &context)
{
    if (result == kWrongState && !retried) {
        qCDebug(lcBgapiGap) << "the dongle runs a GAP procedure of its own; ending it";
        endProcedure([this] {
            m_retryScan = true;
            reconcile();
        });
        return;
    }
    failScan(bgapi::resultError(result, context));
}

void BgapiGapArbiter::failScan(const Error &error)
{
    m_commandPending = false;
    m_scanWanted.reset();
    Q_EMIT scanningChanged(false);
    finishScanWaiters(error);
    reconcile();
}

void BgapiGapArbiter::finishScanWaiters(const Status &status)
{
    const QList<Pending<std::monostate>> waiters = std::exchange(m_scanWaiters, {});
    for (const Pending<std::monostate> &p : waiters)
        p.finish(status);
}

// --- connecting

void BgapiGapArbiter::connect(BgapiClientConnection *connection, const ConnectOptions &options,
                              Pending<Connection *> pending)
{
    Attempt a;
    a.id = ++m_attemptSerial;
    a.connection = connection;
    a.options = options;
    a.pending = pending;
    connection->beginConnecting(std::nullopt);
    m_attemptQueue.push_back(std::move(a));
    pending.onCanceled(this, [this, id = m_attemptSerial] { cancelAttempt(id); });
    reconcile();
}

int BgapiGapArbiter::linksInUse() const
{
    QList<BgapiClientConnection *> all = m_links->connections();
    if (m_attempt && !all.contains(m_attempt->connection))
        all.append(m_attempt->connection);
    for (const Attempt &a : m_attemptQueue) {
        if (!all.contains(a.connection))
            all.append(a.connection);
    }
    return int(all.size());
}

void BgapiGapArbiter::startNextAttempt()
{
    Attempt a = std::move(m_attemptQueue.front());
    m_attemptQueue.pop_front();
    if (a.pending.finishIfCanceled()) {
        // The caller gave up while it waited: nothing was sent for it.
        a.connection->linkDown(Error::controller(0x3E, tr("Connection attempt cancelled")));
        reconcile();
        return;
    }
    m_attempt = std::move(a);
    sendConnectDirect(false);
}

void BgapiGapArbiter::sendConnectDirect(bool retried)
{
    const DeviceAddress address = m_attempt->connection->address();
    const ConnectOptions &o = m_attempt->options;
    const quint64 id = m_attempt->id;
    bgapi::GapConnectDirect command;
    command.address = address;
    command.addressType
        = address.isRandom() ? bgapi::PeerAddressType::Random : bgapi::PeerAddressType::Public;
    command.connIntervalMin = quint16(qBound(6, (o.intervalMinUs + 1249) / 1250, 3200));
    command.connIntervalMax
        = quint16(qBound(int(command.connIntervalMin), (o.intervalMaxUs + 1249) / 1250, 3200));
    command.timeout = quint16(qBound(10, o.supervisionTimeoutMs / 10, 3200));
    command.latency = quint16(qBound(0, o.latency, 499));
    m_queue->enqueue(bgapi::makeCommand(
        command, m_options.commandTimeoutMs, this,
        [this, id, retried](const bgapi::GapConnectDirectResponse &r) { onConnectAnswered(id, retried, r); },
        [this, id](const Error &e) {
            if (isRunning(id))
                endAttempt(
                    e, e.kind() == Error::Kind::TransportLost ? e : Error::controller(0x3E, e.toString()));
        }));
}

void BgapiGapArbiter::onConnectAnswered(quint64 id, bool retried, const bgapi::GapConnectDirectResponse &r)
{
    if (!isRunning(id))
        return;
    if (r.result == kWrongState && !retried) {
        // A procedure we do not know of occupies the dongle: end it, then try once more.
        qCDebug(lcBgapiGap) << "gap_connect_direct refused (wrong_state); ending the running procedure";
        m_queue->enqueue(bgapi::makeCommand(
            bgapi::GapEndProcedure(), m_options.commandTimeoutMs, this,
            [this, id](const bgapi::GapEndProcedureResponse &) {
                if (!isRunning(id))
                    return;
                m_runningScan.reset();
                sendConnectDirect(true);
            },
            [this, id](const Error &e) {
                if (isRunning(id))
                    endAttempt(
                        e,
                        e.kind() == Error::Kind::TransportLost ? e : Error::controller(0x3E, e.toString()));
            }));
        return;
    }
    if (r.result) {
        const Error e = bgapi::resultError(r.result, tr("connecting"));
        endAttempt(e, Error::controller(0x3E, e.toString()));
        return;
    }
    m_attempt->connection->beginConnecting(r.connection);
    if (!m_links->at(r.connection))
        m_links->assign(r.connection, m_attempt->connection);
    m_connectTimer->start(qMax(1, m_attempt->options.timeoutMs));
}

void BgapiGapArbiter::onConnectTimeout()
{
    if (!m_attempt)
        return;
    qCDebug(lcBgapiGap) << "connect attempt timed out" << m_attempt->connection->address().toString();
    endAttempt(Error(Error::Kind::Timeout,
                     tr("%1 did not answer within %2 ms")
                         .arg(m_attempt->connection->address().toString())
                         .arg(m_attempt->options.timeoutMs)),
               Error::controller(0x3E, tr("Connection attempt timed out")));
}

// Ends the running attempt: the caller learns `error`, the connection reports `reason`.
void BgapiGapArbiter::endAttempt(const Error &error, const Error &reason)
{
    if (!m_attempt)
        return;
    m_connectTimer->stop();
    Attempt a = std::move(*m_attempt);
    m_attempt.reset();
    if (m_ready && error.kind() != Error::Kind::TransportLost) {
        // Stop the dongle's connect procedure; a link that still comes up after this is
        // nobody's and is disconnected by the backend.
        m_queue->enqueue(bgapi::makeCommand(bgapi::GapEndProcedure(), m_options.commandTimeoutMs, this,
                                            std::function<void(const bgapi::GapEndProcedureResponse &)>(),
                                            {}));
    }
    a.pending.finish(error);
    a.connection->linkDown(reason);
    reconcile();
}

void BgapiGapArbiter::abortConnect(BgapiClientConnection *connection, const Error &reason)
{
    const Error cancelled(Error::Kind::Cancelled, tr("Connection attempt cancelled"));
    if (m_attempt && m_attempt->connection == connection) {
        endAttempt(cancelled, reason);
        return;
    }
    for (auto it = m_attemptQueue.begin(); it != m_attemptQueue.end(); ++it) {
        if (it->connection == connection) {
            Attempt a = std::move(*it);
            m_attemptQueue.erase(it);
            a.pending.finish(cancelled);
            connection->linkDown(reason);
            return;
        }
    }
}

// The caller cancelled its future (its Pending has finished with Cancelled already).
void BgapiGapArbiter::cancelAttempt(quint64 id)
{
    const Error reason = Error::controller(0x3E, tr("Connection attempt cancelled"));
    if (isRunning(id)) {
        endAttempt(Error(Error::Kind::Cancelled), reason);
        return;
    }
    for (auto it = m_attemptQueue.begin(); it != m_attemptQueue.end(); ++it) {
        if (it->id == id) {
            BgapiClientConnection *connection = it->connection;
            m_attemptQueue.erase(it);
            connection->linkDown(reason);
            return;
        }
    }
}

bool BgapiGapArbiter::handleStatus(const bgapi::ConnectionStatusEvent &event)
{
    if (!m_attempt || !event.flags.testFlag(bgapi::ConnectionFlag::Connected))
        return false;
    BgapiClientConnection *holder = m_links->at(event.connection);
    if (holder != m_attempt->connection && event.address != m_attempt->connection->address())
        return false;
    m_connectTimer->stop();
    Attempt a = std::move(*m_attempt);
    m_attempt.reset();
    if (holder && holder != a.connection)
        qCWarning(lcBgapiGap) << "handle" << event.connection << "reused before its disconnect was reported";
    m_links->assign(event.connection, a.connection);
    a.connection->linkUp(event);
    a.pending.finish(static_cast<Connection *>(a.connection));
    reconcile();
    return true;
}

bool BgapiGapArbiter::handleDisconnected(BgapiClientConnection *connection, const Error &reason)
{
    if (!m_attempt || m_attempt->connection != connection)
        return false;
    endAttempt(reason, reason);
    return true;
}

} // namespace gattscope
