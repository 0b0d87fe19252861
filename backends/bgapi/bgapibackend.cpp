// SPDX-License-Identifier: MIT
#include "bgapibackend.h"

#include "bgapibondmanager.h"
#include "bgapiclientconnection.h"
#include "bgapicommand.h"
#include "bgapigaparbiter.h"
#include "bgapitransport.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

#include <chrono>
#include <limits>

namespace gattscope {

Q_LOGGING_CATEGORY(lcBgapi, "gattscope.bgapi", QtInfoMsg)

namespace {
// The framing safeguards shared with the virtual dongle: unknown payloads capped (every
// message a BLED112 sends is short, so a garbage header cannot swallow the good packets
// behind it) and a fragment that stays silent for 100 ms dropped before the next packet.
// "Silent" is decided by a timer that first reads what the port holds, never by the gap
// between two reads: on a busy host this thread may not run for longer than that, and the
// rest of the packet then waits in the kernel (onFragmentOverdue).
BgapiReassemblerOptions reassemblerOptions()
{
    BgapiReassemblerOptions o = BgapiReassemblerOptions::bled112(bgapi::Direction::DeviceToHost);
    o.overdueCheckedOnFeed = false;
    return o;
}

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

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
} // namespace

BgapiBackend::BgapiBackend(QString uri, BgapiTransport *transport, const BgapiOptions &options,
                           QObject *parent)
    : Backend(std::move(uri), parent)
    , m_options(options)
    , m_transport(transport)
    , m_queue(new BgapiCommandQueue(this))
    , m_reassembler(reassemblerOptions())
    , m_gap(new BgapiGapArbiter(m_queue, &m_links, m_options, this))
    , m_bonds(new BgapiBondManager(m_queue, m_options, this))
    , m_reconnectTimer(new QTimer(this))
    , m_fragmentTimer(new QTimer(this))
{
    m_transport->setParent(this);
    m_reconnectTimer->setSingleShot(true);
    m_fragmentTimer->setSingleShot(true);
    m_fragmentTimer->setTimerType(Qt::PreciseTimer);
    connect(m_fragmentTimer, &QTimer::timeout, this, &BgapiBackend::onFragmentOverdue);
    connect(m_transport, &BgapiTransport::lost, this, &BgapiBackend::onTransportLost);
    connect(m_queue, &BgapiCommandQueue::writeFailed, this, &BgapiBackend::onTransportLost);
    connect(m_reconnectTimer, &QTimer::timeout, this, &BgapiBackend::onReconnectTick);
    connect(m_queue, &BgapiCommandQueue::commandTimedOut, this, [this] {
        // The dongle sends whole packets at once. A partial packet still waiting for its
        // rest when a response is overdue is garbage (or a truncated packet): drop it, so
        // the next packet is read from its real start.
        if (m_reassembler.bufferedBytes() > 0 && !m_inFeed) {
            qCWarning(lcBgapi) << "dropping" << m_reassembler.bufferedBytes()
                               << "bytes of an incomplete packet";
            m_reassembler.reset();
        }
    });
    connect(m_gap, &BgapiGapArbiter::scanningChanged, this, [this](bool scanning) {
        if (scanning && state() == State::Ready)
            setState(State::Scanning);
        else if (!scanning && state() == State::Scanning)
            setState(State::Ready);
    });
    m_reassembler.setSkippedBytesHandler([this](QByteArrayView skipped) {
        m_skippedBytes += quint64(skipped.size());
        qCWarning(lcBgapi) << "skipped" << skipped.size()
                           << "bytes of garbage:" << skipped.toByteArray().left(16).toHex(' ');
    });
}

BgapiBackend::~BgapiBackend()
{
    // Callbacks in the queue capture this backend and its connections: drop them unrun.
    delete m_queue;
    m_queue = nullptr;
}

// --- transport

bool BgapiBackend::attach()
{
    QIODevice *device = m_transport->device();
    if (!device)
        return false;
    m_reassembler.reset();
    connect(device, &QIODevice::readyRead, this, &BgapiBackend::onReadyRead, Qt::UniqueConnection);
    m_queue->setDevice(device);
    m_attached = true;
    return true;
}

void BgapiBackend::detach()
{
    if (QIODevice *device = m_transport->device())
        disconnect(device, &QIODevice::readyRead, this, &BgapiBackend::onReadyRead);
    m_attached = false;
    m_queue->setDevice(nullptr); // fails whatever was queued or in flight
    m_transport->close();
    if (!m_inFeed)
        m_reassembler.reset();
}

void BgapiBackend::onReadyRead()
{
    QIODevice *device = m_transport->device();
    if (!m_attached || !device || m_inFeed)
        return;
    const QByteArray chunk = device->readAll();
    if (chunk.isEmpty())
        return;
    feedChunk(chunk);
}

// Empty `chunk`: only drop an overdue fragment.
void BgapiBackend::feedChunk(QByteArrayView chunk)
{
    // One timestamp per chunk: these bytes arrived together.
    m_chunkTimestampUs = nowUs();
    const quint64 generation = m_generation;
    m_inFeed = true;
    m_reassembler.feed(chunk, [this, generation](const BgapiPacketView &packet) {
        if (generation == m_generation)
            processPacket(packet);
    });
    m_inFeed = false;
    if (generation != m_generation)
        m_reassembler.reset();
    armFragmentTimer();
    flushBatches();
}

void BgapiBackend::armFragmentTimer()
{
    const qint64 due = m_reassembler.msUntilFragmentOverdue();
    if (due < 0)
        m_fragmentTimer->stop();
    else
        m_fragmentTimer->start(int(qMin<qint64>(due, std::numeric_limits<int>::max())));
}

// The timer fired, but this thread may have been kept from running for a while: bytes that
// reached the kernel meanwhile are read first (waitForReadyRead(0) polls the port and
// emits readyRead). Only a fragment that is still overdue after that goes.
void BgapiBackend::onFragmentOverdue()
{
    QIODevice *device = m_transport->device();
    if (!m_attached || !device || m_inFeed)
        return;
    device->waitForReadyRead(0);
    if (device->bytesAvailable() > 0)
        onReadyRead();
    if (m_reassembler.msUntilFragmentOverdue() == 0)
        feedChunk({});
    else
        armFragmentTimer();
}

void BgapiBackend::flushBatches()
{
    if (!m_adverts.isEmpty())
        deliverAdvertisements(std::exchange(m_adverts, {}));
    const QList<BgapiClientConnection *> dirty = std::exchange(m_dirty, {});
    for (BgapiClientConnection *c : dirty)
        c->flushNotifications();
}

void BgapiBackend::notificationsPending(BgapiClientConnection *connection)
{
    m_dirty.append(connection);
}

void BgapiBackend::processPacket(const BgapiPacketView &packet)
{
    if (!packet.isEvent()) {
        if (!m_queue->handleResponse(quint8(packet.messageClass), packet.messageId, packet.payload))
            qCDebug(lcBgapi) << "stray response"
                             << bgapi::messageName(packet, bgapi::Direction::DeviceToHost);
        return;
    }
    // The hot path first: notifications without building the event variant.
    if (const std::optional<bgapi::AttributeValueView> value = bgapi::attributeValueView(packet)) {
        if (BgapiClientConnection *c = m_links.at(value->connection))
            c->handleValue(*value, m_chunkTimestampUs);
        else
            qCDebug(lcBgapi) << "attribute_value for unknown connection" << value->connection;
        return;
    }
    dispatchEvent(packet);
}

void BgapiBackend::onTransportLost(const QString &reason)
{
    if (!m_attached)
        return;
    // Whatever the device still holds arrived before it went away: handle it first.
    if (!m_inFeed)
        onReadyRead();
    if (!m_attached)
        return; // handling those bytes closed the backend
    qCWarning(lcBgapi) << "transport lost:" << reason;
    ++m_generation;
    const Error lost(Error::Kind::TransportLost, reason);
    if (m_starting && !m_reconnecting) {
        // Lost while opening: open() fails; nothing to come back to yet.
        m_starting = false;
        finishOpen(lost);
        return;
    }
    m_gap->suspend(lost);
    detach();
    m_starting = false;
    endEverything(lost, lost);
    setState(State::Unavailable);
    Q_EMIT errorOccurred(lost);
    const QList<Pending<std::monostate>> waiters = std::exchange(m_openWaiters, {});
    for (const Pending<std::monostate> &p : waiters)
        p.finish(lost);
    m_reconnecting = true;
    m_reconnectTimer->start(m_options.reconnectIntervalMs);
}

void BgapiBackend::onReconnectTick()
{
    if (m_resetDeadlineMs) {
        afterReset();
        return;
    }
    if (!m_reconnecting)
        return;
    if (!m_transport->open().ok() || !attach()) {
        m_reconnectTimer->start(m_options.reconnectIntervalMs);
        return;
    }
    qCDebug(lcBgapi) << "transport is back:" << m_transport->description();
    startUp(true);
}

// Everything that ran on the dongle is gone: scan and bond waiters learn `reason`, connect
// attempts and links end (operations first, then disconnected(linkReason)).
void BgapiBackend::endEverything(const Error &reason, const Error &linkReason)
{
    m_gap->suspend(reason); // first: nothing starts a GAP procedure while links end
    m_bonds->fail(reason);
    m_gap->endAttempts(linkReason);
    const QList<BgapiClientConnection *> links = m_links.takeAll();
    for (BgapiClientConnection *c : links)
        c->linkDown(linkReason);
}

// --- open, start-up, close

void BgapiBackend::doOpen(Pending<std::monostate> pending)
{
    switch (state()) {
    case State::Ready:
    case State::Scanning: pending.finish(success()); return;
    case State::Opening:
    case State::Unavailable: m_openWaiters.append(pending); return;
    case State::Closed: break;
    }
    m_openWaiters.append(pending);
    setState(State::Opening);
    const Status opened = m_transport->open();
    if (!opened.ok() || !attach()) {
        finishOpen(opened.ok() ? Status(Error(Error::Kind::TransportLost, m_transport->description()))
                               : opened);
        return;
    }
    if (!m_options.resetOnOpen) {
        startUp(false);
        return;
    }
    // system_reset has no response: the dongle drops off USB and re-enumerates, possibly
    // under another name. Close, let it settle, then poll for it.
    m_queue->enqueue(bgapi::makeCommand(bgapi::SystemReset(), m_options.commandTimeoutMs, this,
                                        std::function<void(const bgapi::NoResponse &)>(), {}));
    m_transport->flush();
    detach();
    m_resetDeadlineMs
        = QDateTime::currentMSecsSinceEpoch() + m_options.resetSettleMs + m_options.resetReopenTimeoutMs;
    m_expectBootUntilMs = m_resetDeadlineMs + m_options.resetSettleMs;
    m_reconnectTimer->start(m_options.resetSettleMs);
}

void BgapiBackend::afterReset()
{
    if (m_transport->open().ok() && attach()) {
        m_resetDeadlineMs = 0;
        startUp(false);
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() > m_resetDeadlineMs) {
        m_resetDeadlineMs = 0;
        finishOpen(
            Error(Error::Kind::TransportLost,
                  tr("The dongle did not come back after its reset (%1)").arg(m_transport->description())));
        return;
    }
    m_reconnectTimer->start(m_options.reconnectIntervalMs);
}

void BgapiBackend::startUp(bool reconnecting)
{
    m_starting = true;
    m_reconnecting = reconnecting;
    setState(State::Opening);
    const quint64 generation = m_generation;
    BgapiStartup::run(m_queue, m_options, this, [this, generation](const Result<BgapiStartup::Outcome> &r) {
        if (generation == m_generation)
            onStartedUp(r);
    });
}

void BgapiBackend::onStartedUp(const Result<BgapiStartup::Outcome> &r)
{
    m_starting = false;
    if (!r.ok() && r.error().kind() == Error::Kind::Timeout
        && QDateTime::currentMSecsSinceEpoch() < m_expectBootUntilMs) {
        // Reopened before the dongle finished booting after our reset: ask again.
        qCDebug(lcBgapi) << "the dongle is still booting";
        startUp(m_reconnecting);
        return;
    }
    if (!r.ok()) {
        qCWarning(lcBgapi) << "start-up failed:" << r.error().toString();
        if (m_reconnecting) {
            // Still not answering properly: close and keep polling.
            detach();
            setState(State::Unavailable);
            m_reconnectTimer->start(m_options.reconnectIntervalMs);
            return;
        }
        finishOpen(r.error());
        return;
    }
    m_dongle = r.value();
    m_bonds->reset(m_options.bondable, m_options.mitm);
    Info info;
    info.name = m_transport->dongleName();
    info.address = m_dongle.address;
    info.maxConnections = m_dongle.maxConnections;
    info.description = tr("%1 on %2, firmware %3.%4.%5 build %6")
                           .arg(info.name, m_transport->description())
                           .arg(m_dongle.major)
                           .arg(m_dongle.minor)
                           .arg(m_dongle.patch)
                           .arg(m_dongle.build);
    setInfo(info);
    m_reconnecting = false;
    finishOpen(success());
}

void BgapiBackend::finishOpen(const Status &status)
{
    if (status.ok()) {
        setState(State::Ready);
        m_gap->resume(); // resumes a scan that ran before the transport went away
    } else {
        detach();
        setState(State::Closed);
    }
    const QList<Pending<std::monostate>> waiters = std::exchange(m_openWaiters, {});
    for (const Pending<std::monostate> &p : waiters)
        p.finish(status);
}

void BgapiBackend::onDongleRebooted()
{
    // system_boot while we were talking to it: every link and procedure is gone. (Not
    // during start-up, and not the boot that follows our own system_reset.)
    if (m_starting || !m_attached)
        return; // start-up is talking to a fresh dongle anyway
    if (QDateTime::currentMSecsSinceEpoch() < m_expectBootUntilMs) {
        m_expectBootUntilMs = 0;
        return;
    }
    qCWarning(lcBgapi) << "the dongle restarted";
    ++m_generation;
    const Error gone(Error::Kind::TransportLost, tr("The dongle restarted"));
    endEverything(gone, gone); // first, so that no operation starts another command meanwhile
    m_queue->failAll(gone);
    Q_EMIT errorOccurred(gone);
    startUp(true);
}

void BgapiBackend::doClose(Pending<std::monostate> pending)
{
    ++m_generation;
    m_reconnectTimer->stop();
    m_resetDeadlineMs = 0;
    m_reconnecting = false;
    m_starting = false;
    const Error closed(Error::Kind::Cancelled, tr("The backend was closed"));
    if (QIODevice *device = m_attached ? m_transport->device() : nullptr) {
        // Leave the dongle idle for the next program: written directly, since nobody will
        // wait for the answers.
        if (m_gap->isProcedureRunning())
            device->write(bgapi::encodeToBytes(bgapi::GapEndProcedure()));
        for (BgapiClientConnection *c : m_links.connections()) {
            if (c->handle()) {
                bgapi::ConnectionDisconnect command;
                command.connection = *c->handle();
                device->write(bgapi::encodeToBytes(command));
            }
        }
        m_transport->flush();
    }
    m_gap->suspend(closed);
    m_gap->forgetScan();
    m_queue->failAll(closed);
    endEverything(closed, Error::controller(0x16, tr("The backend was closed")));
    detach();
    const QList<Pending<std::monostate>> waiters = std::exchange(m_openWaiters, {});
    for (const Pending<std::monostate> &p : waiters)
        p.finish(closed);
    setState(State::Closed);
    pending.finish(success());
}

// --- what the arbiter and the bond manager do for the user

Error BgapiBackend::notReadyError() const
{
    switch (state()) {
    case State::Unavailable: return Error(Error::Kind::TransportLost, tr("The dongle is not available"));
    case State::Opening: return Error(Error::Kind::Busy, tr("The dongle is still starting"));
    default: return Error(Error::Kind::NotSupported, tr("Open the backend first"));
    }
}

void BgapiBackend::doStartScan(const ScanOptions &options, Pending<std::monostate> pending)
{
    if (refuseUnlessReady(pending))
        return;
    m_gap->startScan(options, pending);
}

void BgapiBackend::doStopScan(Pending<std::monostate> pending)
{
    m_gap->stopScan(pending);
}

BgapiClientConnection *BgapiBackend::connectionTo(const DeviceAddress &address) const
{
    const QList<Connection *> all = connections();
    for (Connection *c : all) {
        if (c->address() == address)
            return static_cast<BgapiClientConnection *>(c);
    }
    return nullptr;
}

void BgapiBackend::doConnect(const DeviceAddress &address, const ConnectOptions &options,
                             Pending<Connection *> pending)
{
    if (refuseUnlessReady(pending))
        return;
    if (const Error invalid = bgapi::connectionParametersError(
            options.intervalMinUs, options.intervalMaxUs, options.latency, options.supervisionTimeoutMs)) {
        pending.finish(invalid);
        return;
    }
    BgapiClientConnection *connection = connectionTo(address);
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
    if (m_gap->linksInUse() >= m_dongle.maxConnections) {
        pending.finish(Error::controller(
            0x09, tr("The dongle holds at most %1 connections").arg(m_dongle.maxConnections)));
        return;
    }
    if (!connection) {
        connection = new BgapiClientConnection(address, this);
        addConnection(connection);
    }
    m_gap->connect(connection, options, pending);
}

void BgapiBackend::doCancelConnect(const DeviceAddress &address)
{
    if (BgapiClientConnection *c = connectionTo(address))
        m_gap->abortConnect(c, Error::controller(0x3E, tr("Connection attempt cancelled")));
}

void BgapiBackend::doBonds(Pending<QList<Bond>> pending)
{
    if (refuseUnlessReady(pending))
        return;
    m_bonds->list(pending);
}

void BgapiBackend::doDeleteBond(int bondHandle, Pending<std::monostate> pending)
{
    if (refuseUnlessReady(pending))
        return;
    m_bonds->remove(bondHandle, pending);
}

// --- events

void BgapiBackend::onStatus(const bgapi::ConnectionStatusEvent &event)
{
    if (m_gap->handleStatus(event))
        return; // it completed a connect attempt
    BgapiClientConnection *c = m_links.at(event.connection);
    if (c && c->state() != Connection::State::Connecting) {
        c->handleStatus(event);
        return;
    }
    if (event.flags.testFlag(bgapi::ConnectionFlag::Connected) && !m_starting) {
        // A link nobody asked for (it came up after its attempt ended): drop it.
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
    BgapiClientConnection *c = m_links.at(event.connection);
    if (!c) {
        qCDebug(lcBgapi) << "disconnected event for unknown connection" << event.connection;
        return;
    }
    quint8 hci = quint8(event.reason & 0xFF);
    if (hci == 0)
        hci = c->state() == Connection::State::Disconnecting ? 0x16 : 0x13;
    const Error reason = Error::controller(hci);
    m_links.release(event.connection);
    if (!m_gap->handleDisconnected(c, reason))
        c->linkDown(reason);
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

// Attclient and Security Manager events belong to the link whose handle they carry.
template<typename Event> void BgapiBackend::routeToLink(const Event &event)
{
    if (BgapiClientConnection *c = m_links.at(event.connection))
        c->handleEvent(event);
    else
        qCDebug(lcBgapi) << Event::name << "for unknown connection" << event.connection;
}

void BgapiBackend::dispatchEvent(const BgapiPacketView &packet)
{
    const Result<bgapi::Event> decoded = bgapi::decodeEvent(packet);
    if (!decoded.ok()) {
        qCWarning(lcBgapi) << "malformed event:" << decoded.error().toString();
        return;
    }
    auto route
        = [this, &packet](const auto &e) {
              using T = std::decay_t<decltype(e)>;
              if constexpr (std::is_same_v<T, bgapi::ConnectionStatusEvent>)
                  onStatus(e);
              else if constexpr (std::is_same_v<T, bgapi::ConnectionDisconnectedEvent>)
                  onDisconnected(e);
              else if constexpr (std::is_same_v<T, bgapi::GapScanResponseEvent>)
                  onScanResponse(e);
              else if constexpr (std::is_same_v<T, bgapi::SmBondStatusEvent>)
                  m_bonds->handleBondStatus(e);
              else if constexpr (std::is_same_v<T, bgapi::SystemBootEvent>)
                  onDongleRebooted();
              else if constexpr (std::is_same_v<T, bgapi::SystemProtocolErrorEvent>)
                  qCWarning(lcBgapi) << "the dongle reports a protocol error" << e.reason;
              else if constexpr (
                  std::
                      is_same_v<T, bgapi::AttclientProcedureCompletedEvent> || std::is_same_v<T, bgapi::AttclientGroupFoundEvent> || std::is_same_v<T, bgapi::AttclientFindInformationFoundEvent> || std::is_same_v<T, bgapi::AttclientAttributeFoundEvent> || std::is_same_v<T, bgapi::SmBondingFailEvent> || std::is_same_v<T, bgapi::SmPasskeyRequestEvent> || std::is_same_v<T, bgapi::SmPasskeyDisplayEvent>)
                  routeToLink(e);
              else if constexpr (std::is_same_v<T, bgapi::RawPacket>)
                  qCDebug(lcBgapi) << "unknown event"
                                   << bgapi::messageName(packet, bgapi::Direction::DeviceToHost);
              else
                  qCDebug(lcBgapi) << "ignoring" << T::name;
          };
    std::visit(route, decoded.value());
}

} // namespace gattscope
