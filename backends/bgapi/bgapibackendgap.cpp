// SPDX-License-Identifier: MIT
// BgapiBackend: GAP arbitration (scanning and connecting share the dongle's one GAP
// procedure), link events, security settings and bonds.
#include "bgapibackend.h"
#include "bgapiclientconnection.h"
#include "bgapicommand.h"

#include <QLoggingCategory>
#include <QTimer>

namespace gattscope {

Q_DECLARE_LOGGING_CATEGORY(lcBgapi)

namespace {
AdvertisementKind kindOf(bgapi::ScanPacketType type)
{
    switch (type) {
    case bgapi::ScanPacketType::ConnectableAdvertisement: return AdvertisementKind::ConnectableUndirected;
    case bgapi::ScanPacketType::DirectedAdvertisement: return AdvertisementKind::ConnectableDirected;
    case bgapi::ScanPacketType::NonConnectableAdvertisement: return AdvertisementKind::NonConnectable;
    case bgapi::ScanPacketType::ScanResponse: return AdvertisementKind::ScanResponse;
    case bgapi::ScanPacketType::DiscoverableAdvertisement: return AdvertisementKind::ScannableUndirected;
    }
    return AdvertisementKind::NonConnectable;
}
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
} // namespace

Error BgapiBackend::notReadyError() const
{
    switch (state()) {
    case State::Unavailable: return Error(Error::Kind::TransportLost, tr("The dongle is not available"));
    case State::Opening: return Error(Error::Kind::Busy, tr("The dongle is still starting"));
    default: return Error(Error::Kind::NotSupported, tr("Open the backend first"));
    }
}

void BgapiBackend::finishScanWaiters(const Status &status)
{
    const QList<Pending<std::monostate>> waiters = std::exchange(m_scanWaiters, {});
    for (const Pending<std::monostate> &p : waiters)
        p.finish(status);
}

// --- scanning

void BgapiBackend::doStartScan(const ScanOptions &options, Pending<std::monostate> pending)
{
    if (state() != State::Ready && state() != State::Scanning) {
        pending.finish(notReadyError());
        return;
    }
    m_scanWanted = options;
    m_scanRestart = m_scanRunning; // new parameters need a new gap_discover
    m_scanWaiters.append(pending);
    reconcileGap();
}

void BgapiBackend::doStopScan(Pending<std::monostate> pending)
{
    m_scanWanted.reset();
    m_scanRestart = false;
    if (state() == State::Scanning)
        setState(State::Ready);
    m_scanWaiters.append(pending);
    reconcileGap();
}

// Drives the dongle's single GAP procedure towards what is wanted: a queued connect first
// (pausing a scan), else the scan the user asked for, else nothing.
void BgapiBackend::reconcileGap()
{
    if (m_gapBusy || m_connecting || !m_attached || m_starting || m_tearingDown)
        return;
    const quint64 generation = m_generation;
    auto endProcedure = [this, generation](std::function<void()> then) {
        m_gapBusy = true;
        m_queue->enqueue(bgapi::makeCommand(
            bgapi::GapEndProcedure(), m_options.commandTimeoutMs, this,
            [this, generation, then](const bgapi::GapEndProcedureResponse &) {
                if (generation != m_generation)
                    return;
                m_gapBusy = false;
                m_scanRunning = false;
                then();
            },
            [this, generation](const Error &e) {
                if (generation != m_generation)
                    return;
                m_gapBusy = false;
                m_scanRunning = false;
                finishScanWaiters(e);
                reconcileGap();
            }));
    };

    if (!m_connectQueue.empty()) {
        if (m_scanRunning) {
            endProcedure([this] { reconcileGap(); });
            return;
        }
        ConnectRequest request = std::move(m_connectQueue.front());
        m_connectQueue.pop_front();
        startConnect(std::move(request));
        return;
    }
    if (m_scanWanted && m_scanRunning && m_scanRestart) {
        m_scanRestart = false;
        endProcedure([this] { reconcileGap(); });
        return;
    }
    if (m_scanWanted && !m_scanRunning) {
        const ScanOptions o = *m_scanWanted;
        m_gapBusy = true;
        auto failed = [this, generation](const Error &e) {
            if (generation != m_generation)
                return;
            m_gapBusy = false;
            m_scanWanted.reset();
            if (state() == State::Scanning)
                setState(State::Ready);
            finishScanWaiters(e);
        };
        bgapi::GapSetScanParameters parameters;
        parameters.scanInterval = scanUnits(o.intervalMs);
        parameters.scanWindow = qMin(scanUnits(o.windowMs), parameters.scanInterval);
        parameters.active = o.active;
        m_queue->enqueue(bgapi::makeCommand(
            parameters, m_options.commandTimeoutMs, this,
            [failed](const bgapi::GapSetScanParametersResponse &r) {
                if (r.result)
                    failed(bgapi::resultError(r.result, tr("setting the scan parameters")));
            },
            failed));
        bgapi::GapSetFiltering filtering;
        filtering.scanDuplicateFiltering = o.filterDuplicates;
        m_queue->enqueue(bgapi::makeCommand(
            filtering, m_options.commandTimeoutMs, this,
            [](const bgapi::GapSetFilteringResponse &r) {
                if (r.result) // older firmware: duplicates are filtered downstream anyway
                    qCDebug(lcBgapi) << "gap_set_filtering:" << bgapi::toError(r.result).toString();
            },
            {}));
        bgapi::GapDiscover discover;
        discover.mode = discoverMode(o.mode);
        m_queue->enqueue(bgapi::makeCommand(
            discover, m_options.commandTimeoutMs, this,
            [this, generation, failed](const bgapi::GapDiscoverResponse &r) {
                if (generation != m_generation || !m_gapBusy)
                    return; // set_scan_parameters already failed
                if (r.result) {
                    failed(bgapi::resultError(r.result, tr("starting the scan")));
                    return;
                }
                m_gapBusy = false;
                m_scanRunning = true;
                if (!m_scanWanted) { // stopped meanwhile
                    reconcileGap();
                    return;
                }
                setState(State::Scanning);
                finishScanWaiters(success());
                reconcileGap();
            },
            failed));
        return;
    }
    if (!m_scanWanted && m_scanRunning) {
        endProcedure([this] {
            if (state() == State::Scanning)
                setState(State::Ready);
            finishScanWaiters(success());
            reconcileGap();
        });
        return;
    }
    finishScanWaiters(success());
}

void BgapiBackend::onScanResponse(const bgapi::GapScanResponseEvent &event)
{
    Advertisement a;
    a.address = event.sender;
    a.rssi = event.rssi;
    a.kind = kindOf(event.packetType);
    a.data = event.data;
    a.timestampUs = m_chunkTimestampUs;
    a.bonded = event.bond != bgapi::kNoBond;
    m_adverts.append(std::move(a));
}

// --- connecting

void BgapiBackend::doConnect(const DeviceAddress &address, const ConnectOptions &options,
                             Pending<Connection *> pending)
{
    if (state() != State::Ready && state() != State::Scanning) {
        pending.finish(notReadyError());
        return;
    }
    if (const Error invalid = bgapi::connectionParametersError(
            options.intervalMinUs, options.intervalMaxUs, options.latency, options.supervisionTimeoutMs)) {
        pending.finish(invalid);
        return;
    }
    BgapiClientConnection *connection = nullptr;
    const QList<Connection *> all = connections();
    for (Connection *c : all) {
        if (c->address() == address)
            connection = static_cast<BgapiClientConnection *>(c);
    }
    if (connection) {
        switch (connection->state()) {
        case Connection::State::Connected: pending.finish(static_cast<Connection *>(connection)); return;
        case Connection::State::Connecting:
        case Connection::State::Disconnecting:
            pending.finish(Error(Error::Kind::Busy,
                                 tr("%1 is connecting or disconnecting already").arg(address.toString())));
            return;
        case Connection::State::Disconnected: break;
        }
    }
    int links = int(m_connectQueue.size()) + (m_connecting ? 1 : 0);
    for (BgapiClientConnection *c : m_links)
        links += c ? 1 : 0;
    if (links >= m_dongle.maxConnections) {
        pending.finish(Error::controller(
            0x09, tr("The dongle holds at most %1 connections").arg(m_dongle.maxConnections)));
        return;
    }
    if (!connection) {
        connection = new BgapiClientConnection(address, this);
        addConnection(connection);
    }
    ConnectRequest request;
    request.id = ++m_connectSerial;
    request.connection = connection;
    request.options = options;
    request.pending = pending;
    connection->beginConnecting(std::nullopt);
    m_connectQueue.push_back(std::move(request));
    reconcileGap();
}

void BgapiBackend::startConnect(ConnectRequest request)
{
    const DeviceAddress address = request.connection->address();
    const ConnectOptions o = request.options;
    const quint64 id = request.id;
    m_connecting = std::move(request);
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
        [this, id](const bgapi::GapConnectDirectResponse &r) {
            if (!m_connecting || m_connecting->id != id)
                return;
            if (r.result) {
                const Error e = bgapi::resultError(r.result, tr("connecting"));
                endConnect(e, Error::controller(0x3E, e.toString()));
                return;
            }
            m_connecting->connection->beginConnecting(r.connection);
            if (!m_links[r.connection])
                m_links[r.connection] = m_connecting->connection;
            m_connectTimer->start(qMax(1, m_connecting->options.timeoutMs));
        },
        [this, id](const Error &e) {
            if (m_connecting && m_connecting->id == id)
                endConnect(
                    e, e.kind() == Error::Kind::TransportLost ? e : Error::controller(0x3E, e.toString()));
        }));
}

// Ends the running attempt: the caller learns `error`, the connection reports `reason`.
void BgapiBackend::endConnect(const Error &error, const Error &reason)
{
    if (!m_connecting)
        return;
    m_connectTimer->stop();
    ConnectRequest request = std::move(*m_connecting);
    m_connecting.reset();
    if (m_attached && error.kind() != Error::Kind::TransportLost) {
        // Stop the dongle's connect procedure; a link that still comes up after this is
        // an unknown link and is disconnected (see onStatus).
        m_queue->enqueue(bgapi::makeCommand(bgapi::GapEndProcedure(), m_options.commandTimeoutMs, this,
                                            std::function<void(const bgapi::GapEndProcedureResponse &)>(),
                                            {}));
    }
    request.pending.finish(error);
    request.connection->linkDown(reason);
    reconcileGap();
}

void BgapiBackend::doCancelConnect(const DeviceAddress &address)
{
    const QList<Connection *> all = connections();
    for (Connection *c : all) {
        if (c->address() == address)
            abortConnect(static_cast<BgapiClientConnection *>(c),
                         Error::controller(0x3E, tr("Connection attempt cancelled")));
    }
}

void BgapiBackend::abortConnect(BgapiClientConnection *connection, const Error &reason)
{
    const Error cancelled(Error::Kind::Cancelled, tr("Connection attempt cancelled"));
    if (m_connecting && m_connecting->connection == connection) {
        endConnect(cancelled, reason);
        return;
    }
    for (auto it = m_connectQueue.begin(); it != m_connectQueue.end(); ++it) {
        if (it->connection == connection) {
            ConnectRequest request = std::move(*it);
            m_connectQueue.erase(it);
            request.pending.finish(cancelled);
            connection->linkDown(reason);
            return;
        }
    }
}

void BgapiBackend::onStatus(const bgapi::ConnectionStatusEvent &event)
{
    const bool connected = event.flags.testFlag(bgapi::ConnectionFlag::Connected);
    BgapiClientConnection *c = link(event.connection);
    if (m_connecting && connected
        && (c == m_connecting->connection || event.address == m_connecting->connection->address())) {
        m_connectTimer->stop();
        ConnectRequest request = std::move(*m_connecting);
        m_connecting.reset();
        if (c && c != request.connection)
            qCWarning(lcBgapi) << "handle" << event.connection << "reused before its disconnect was reported";
        m_links[event.connection] = request.connection;
        request.connection->linkUp(event);
        request.pending.finish(static_cast<Connection *>(request.connection));
        reconcileGap();
        return;
    }
    if (c && c->state() != Connection::State::Connecting) {
        c->handleStatus(event);
        return;
    }
    if (connected && !m_starting) {
        // A link nobody asked for (it came up after its attempt timed out): drop it.
        qCDebug(lcBgapi) << "disconnecting unknown link" << event.connection;
        bgapi::ConnectionDisconnect command;
        command.connection = event.connection;
        m_queue->enqueue(
            bgapi::makeCommand(command, m_options.commandTimeoutMs, this,
                               std::function<void(const bgapi::ConnectionDisconnectResponse &)>(), {}));
    }
}

void BgapiBackend::onDisconnected(const bgapi::ConnectionDisconnectedEvent &event)
{
    // Every disconnect reason the dongle gives is 0x02xx (controller) or 0: report the HCI
    // status; 0 becomes "terminated by local host" when we asked for it.
    BgapiClientConnection *c = link(event.connection);
    if (!c) {
        qCDebug(lcBgapi) << "disconnected event for unknown connection" << event.connection;
        return;
    }
    quint8 hci = quint8(event.reason & 0xFF);
    if (hci == 0)
        hci = c->state() == Connection::State::Disconnecting ? 0x16 : 0x13;
    const Error reason = Error::controller(hci);
    m_links[event.connection] = nullptr;
    if (m_connecting && m_connecting->connection == c) {
        endConnect(reason, reason);
        return;
    }
    c->linkDown(reason);
}

// --- security

void BgapiBackend::applySecurity(bool bondable, bool mitm, std::function<void(const Error &)> done)
{
    if (bondable != m_bondable) {
        m_bondable = bondable;
        bgapi::SmSetBondableMode command;
        command.bondable = bondable;
        m_queue->enqueue(bgapi::makeCommand(command, m_options.commandTimeoutMs, this,
                                            std::function<void(const bgapi::SmSetBondableModeResponse &)>(),
                                            {}));
    }
    if (mitm == m_mitm) {
        done(Error());
        return;
    }
    m_mitm = mitm;
    bgapi::SmSetParameters command;
    command.mitm = mitm;
    command.minKeySize = quint8(qBound(7, m_options.minKeySize, 16));
    command.ioCapabilities = bgapi::SmIoCapabilities(quint8(m_options.ioCapabilities));
    m_queue->enqueue(bgapi::makeCommand(
        command, m_options.commandTimeoutMs, this,
        [done](const bgapi::SmSetParametersResponse &) { done(Error()); }, done));
}

// --- bonds

void BgapiBackend::doBonds(Pending<QList<Bond>> pending)
{
    if (state() != State::Ready && state() != State::Scanning) {
        pending.finish(notReadyError());
        return;
    }
    queryBonds([pending](const Result<QList<Bond>> &r) { pending.finish(r); });
}

void BgapiBackend::queryBonds(std::function<void(const Result<QList<Bond>> &)> done)
{
    if (m_bondQuery) {
        m_bondQuery->waiters.append(std::move(done));
        return;
    }
    m_bondQuery = BondQuery();
    m_bondQuery->waiters.append(std::move(done));
    m_queue->enqueue(bgapi::makeCommand(
        bgapi::SmGetBonds(), m_options.commandTimeoutMs, this,
        [this](const bgapi::SmGetBondsResponse &r) {
            if (!m_bondQuery)
                return;
            m_bondQuery->expected = r.bonds;
            if (m_bondQuery->bonds.size() >= r.bonds)
                finishBondQuery(m_bondQuery->bonds);
            else
                m_bondTimer->start(m_options.commandTimeoutMs);
        },
        [this](const Error &e) { finishBondQuery(e); }));
}

void BgapiBackend::onBondStatus(const bgapi::SmBondStatusEvent &event)
{
    // Also sent when pairing stores a new bond; only a running query collects them.
    if (!m_bondQuery)
        return;
    Bond b;
    b.handle = event.bond;
    b.keySize = event.keySize;
    b.mitm = event.mitm;
    m_bondQuery->bonds.append(b);
    if (m_bondQuery->expected > 0 && m_bondQuery->bonds.size() >= m_bondQuery->expected)
        finishBondQuery(m_bondQuery->bonds);
}

void BgapiBackend::finishBondQuery(const Result<QList<Bond>> &result)
{
    if (!m_bondQuery)
        return;
    m_bondTimer->stop();
    const BondQuery query = std::move(*m_bondQuery);
    m_bondQuery.reset();
    for (const auto &waiter : query.waiters)
        waiter(result);
}

void BgapiBackend::doDeleteBond(int bondHandle, Pending<std::monostate> pending)
{
    if (state() != State::Ready && state() != State::Scanning) {
        pending.finish(notReadyError());
        return;
    }
    if (bondHandle >= 0) {
        deleteBonds({ bondHandle }, pending);
        return;
    }
    queryBonds([this, pending](const Result<QList<Bond>> &r) {
        if (!r.ok()) {
            pending.finish(r.error());
            return;
        }
        QList<int> handles;
        for (auto it = r.value().crbegin(); it != r.value().crend(); ++it)
            handles.append(it->handle);
        deleteBonds(handles, pending);
    });
}

void BgapiBackend::deleteBonds(QList<int> handles, Pending<std::monostate> pending)
{
    if (handles.isEmpty()) {
        pending.finish(success());
        return;
    }
    bgapi::SmDeleteBonding command;
    command.bond = quint8(handles.takeFirst());
    m_queue->enqueue(bgapi::makeCommand(
        command, m_options.commandTimeoutMs, this,
        [this, handles, pending](const bgapi::SmDeleteBondingResponse &r) {
            if (r.result) {
                pending.finish(bgapi::resultError(r.result, tr("deleting a bond")));
                return;
            }
            deleteBonds(handles, pending);
        },
        [pending](const Error &e) { pending.finish(e); }));
}

} // namespace gattscope
