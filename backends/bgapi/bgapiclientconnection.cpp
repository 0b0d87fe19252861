// SPDX-License-Identifier: MIT
#include "bgapiclientconnection.h"

#include "bgapibackend.h"
#include "bgapibondmanager.h"
#include "bgapicommand.h"
#include "bgapigaparbiter.h"
#include "bgapigattclient.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace gattscope {

Q_LOGGING_CATEGORY(lcBgapiConnection, "gattscope.bgapi.connection", QtInfoMsg)

namespace {
constexpr int kMaxShortWrite = 20; // ATT_MTU 23 − opcode − handle
constexpr int kMaxAttributeLength = 512;

QString hex4(quint16 v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}
ConnectionParameters parametersOf(const bgapi::ConnectionStatusEvent &s)
{
    ConnectionParameters p;
    p.intervalUs = int(s.connInterval) * 1250;
    p.latency = s.latency;
    p.supervisionTimeoutMs = int(s.timeout) * 10;
    return p;
}
} // namespace

BgapiClientConnection::BgapiClientConnection(const DeviceAddress &address, BgapiBackend *backend)
    : Connection(address)
    , m_backend(backend)
    , m_gatt(new BgapiGattClient(backend->commandQueue(), backend->options(), this))
    , m_disconnectTimer(new QTimer(this))
    , m_pairingTimer(new QTimer(this))
{
    m_disconnectTimer->setSingleShot(true);
    m_pairingTimer->setSingleShot(true);
    connect(m_disconnectTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcBgapiConnection) << "no connection_disconnected for" << this->address().toString();
        linkDown(Error::controller(0x16, tr("The dongle did not confirm the disconnection")));
    });
    connect(m_pairingTimer, &QTimer::timeout, this,
            [this] { endPairing(Error(Error::Kind::Timeout, tr("Pairing did not complete in time"))); });
}

BgapiClientConnection::~BgapiClientConnection() = default;

// --- link life cycle

void BgapiClientConnection::beginConnecting(std::optional<quint8> handle)
{
    m_handle = handle;
    if (handle)
        m_gatt->setConnection(*handle);
    if (state() != State::Connecting) {
        m_bonded = false;
        setState(State::Connecting);
    }
}

void BgapiClientConnection::linkUp(const bgapi::ConnectionStatusEvent &status)
{
    m_handle = status.connection;
    m_gatt->setConnection(status.connection);
    setMtu(23); // the BLED112 has no MTU exchange
    applyStatus(status);
    setState(State::Connected);
    runNext();
}

void BgapiClientConnection::linkDown(const Error &reason)
{
    // Re-entrancy: cancelling this link's commands below may call back into linkDown().
    if (m_ending || (state() == State::Disconnected && !m_handle))
        return;
    m_ending = true;
    const std::optional<quint8> handle = m_handle;
    m_handle.reset();
    m_disconnectTimer->stop();
    if (handle)
        m_backend->forgetLink(this, *handle);

    const Error opError = reason.kind() == Error::Kind::TransportLost
        ? reason
        : Error(Error::Kind::Disconnected, tr("The link ended: %1").arg(reason.toString()));
    // Operations first, then disconnected(): a caller never sees its future still pending
    // after the link is reported down.
    m_backend->commandQueue()->cancel(this, opError);
    m_gatt->abort(opError);
    std::deque<Operation> queued;
    queued.swap(m_operations);
    for (Operation &op : queued)
        op.fail(opError);
    if (m_pairing)
        endPairing(opError);
    flushNotifications();
    reportDisconnected(reason);
    const QList<Pending<std::monostate>> waiters = std::exchange(m_disconnectWaiters, {});
    for (const Pending<std::monostate> &p : waiters)
        p.finish(success());
    m_ending = false;
}

void BgapiClientConnection::applyStatus(const bgapi::ConnectionStatusEvent &status)
{
    setEncrypted(status.flags.testFlag(bgapi::ConnectionFlag::Encrypted));
    if (status.bonding != bgapi::kNoBond)
        m_bonded = true;
    const ConnectionParameters p = parametersOf(status);
    const ConnectionParameters old = parameters();
    if (p.intervalUs != old.intervalUs || p.latency != old.latency
        || p.supervisionTimeoutMs != old.supervisionTimeoutMs)
        setParameters(p);
}

void BgapiClientConnection::handleStatus(const bgapi::ConnectionStatusEvent &status)
{
    applyStatus(status);
    if (m_pairing && status.flags.testFlag(bgapi::ConnectionFlag::Encrypted))
        endPairing(Error());
}

// --- operation queue

template<typename T> void BgapiClientConnection::enqueue(const Pending<T> &pending, std::function<void()> run)
{
    Operation op;
    op.id = ++m_lastOperation;
    op.run = std::move(run);
    op.fail = [pending](const Error &e) {
        pending.finish(e);
    };
    op.isCanceled = [pending] {
        return pending.isCanceled();
    };
    const quint64 id = op.id;
    enqueue(std::move(op));
    if (!pending.isFinished())
        pending.onCanceled(this, [this, id] { cancelOperation(id); });
}

void BgapiClientConnection::enqueue(Operation operation)
{
    if (state() != State::Connected) {
        operation.fail(notConnectedError());
        return;
    }
    m_operations.push_back(std::move(operation));
    runNext();
}

void BgapiClientConnection::runNext()
{
    while (!m_running && !m_ending && !m_operations.empty() && state() == State::Connected) {
        Operation op = std::move(m_operations.front());
        m_operations.pop_front();
        if (op.isCanceled()) {
            op.fail(Error(Error::Kind::Cancelled)); // it waited; nothing was sent for it
            continue;
        }
        m_running = true;
        m_current = op.id;
        m_gatt->beginOperation(op.isCanceled);
        op.run();
    }
}

// The caller cancelled operation `id` (its future has completed with Cancelled).
void BgapiClientConnection::cancelOperation(quint64 id)
{
    const auto queued = std::find_if(m_operations.begin(), m_operations.end(),
                                     [id](const Operation &op) { return op.id == id; });
    if (queued != m_operations.end()) {
        m_operations.erase(queued);
        return;
    }
    if (!m_running || m_current != id)
        return; // over already
    // Each of these may end the operation, and the next one may start meanwhile.
    if (m_pairing)
        endPairing(Error(Error::Kind::Cancelled, tr("Pairing cancelled")));
    if (m_running && m_current == id)
        m_gatt->cancelOperation();
}

template<typename T>
void BgapiClientConnection::sendCancellable(BgapiCommandQueue::Command command, const Pending<T> &pending)
{
    command.isCanceled = [pending] {
        return pending.isCanceled();
    };
    const quint64 ticket = m_backend->commandQueue()->enqueue(std::move(command));
    if (pending.isFinished())
        return;
    pending.onCanceled(this, [this, ticket] {
        m_backend->commandQueue()->cancelCommand(ticket, Error(Error::Kind::Cancelled));
    });
}

void BgapiClientConnection::operationFinished()
{
    m_running = false;
    runNext();
}

Error BgapiClientConnection::notConnectedError() const
{
    return Error(Error::Kind::Disconnected, tr("%1 is not connected").arg(address().toString()));
}

// --- GATT

void BgapiClientConnection::doDiscover(Pending<GattDatabase> pending)
{
    enqueue(pending, [this, pending] {
        m_gatt->discover([this, pending](const Result<GattDatabase> &r) {
            if (r.ok() && !pending.isCanceled())
                setDatabase(r.value());
            pending.finish(r);
            operationFinished();
        });
    });
}

void BgapiClientConnection::doRead(quint16 handle, ReadMode mode, Pending<QByteArray> pending)
{
    if (handle == 0) {
        pending.finish(Error(Error::Kind::InvalidArgument, tr("Handle 0x0000 does not exist")));
        return;
    }
    enqueue(pending, [this, handle, mode, pending] {
        readValue(handle, mode, m_backend->options().autoPairOnInsufficientAuthentication,
                  [this, handle, pending](const Result<QByteArray> &r) {
                      if (r.ok() && !pending.isCanceled())
                          storeValue(handle, r.value());
                      pending.finish(r);
                      operationFinished();
                  });
    });
}

void BgapiClientConnection::readValue(quint16 handle, ReadMode mode, bool mayPair,
                                      std::function<void(const Result<QByteArray> &)> done)
{
    auto finish = [this, handle, mode, mayPair, done](const Result<QByteArray> &r) {
        if (!r.ok() && mayPair && shouldAutoPair(r.error())) {
            pairNow(PairingOptions(), [this, handle, mode, done](const Error &e) {
                if (e)
                    done(e);
                else
                    readValue(handle, mode, false, done);
            });
            return;
        }
        done(r);
    };
    if (mode == ReadMode::Long) {
        m_gatt->readLong(handle, finish);
        return;
    }
    m_gatt->readShort(handle, [this, handle, mode, finish](const Result<QByteArray> &r) {
        // A value that fills the PDU may go on: read it again as a long read.
        if (mode == ReadMode::Auto && r.ok() && r.value().size() >= mtu() - 1)
            m_gatt->readLong(handle, finish);
        else
            finish(r);
    });
}

void BgapiClientConnection::doWrite(quint16 handle, const QByteArray &value, WriteMode mode,
                                    Pending<std::monostate> pending)
{
    if (handle == 0) {
        pending.finish(Error(Error::Kind::InvalidArgument, tr("Handle 0x0000 does not exist")));
        return;
    }
    if (mode == WriteMode::Auto)
        mode = value.size() <= kMaxShortWrite ? WriteMode::Request : WriteMode::Long;
    if ((mode == WriteMode::Request || mode == WriteMode::Command) && value.size() > kMaxShortWrite) {
        pending.finish(Error(Error::Kind::InvalidArgument,
                             tr("%1 bytes do not fit one write (at most %2); use a long write")
                                 .arg(value.size())
                                 .arg(kMaxShortWrite)));
        return;
    }
    if (value.size() > kMaxAttributeLength) {
        pending.finish(Error(Error::Kind::InvalidArgument,
                             tr("An attribute value holds at most %1 bytes").arg(kMaxAttributeLength)));
        return;
    }
    enqueue(pending, [this, handle, value, mode, pending] {
        writeValue(handle, value, mode, m_backend->options().autoPairOnInsufficientAuthentication,
                   [this, handle, value, pending](const Error &e) {
                       if (!e) // the peer holds it now, cancelled or not
                           storeValue(handle, value);
                       pending.finish(e ? Status(e) : success());
                       operationFinished();
                   });
    });
}

void BgapiClientConnection::writeValue(quint16 handle, const QByteArray &value, WriteMode mode, bool mayPair,
                                       StatusDone done)
{
    auto finish = [this, handle, value, mode, mayPair, done](const Error &e) {
        if (e && mayPair && shouldAutoPair(e)) {
            pairNow(PairingOptions(), [this, handle, value, mode, done](const Error &pe) {
                if (pe)
                    done(pe);
                else
                    writeValue(handle, value, mode, false, done);
            });
            return;
        }
        if (e && e.message().isEmpty())
            done(Error(e.kind(), tr("writing handle %1").arg(hex4(handle)), e.code()));
        else
            done(e);
    };
    switch (mode) {
    case WriteMode::Command: m_gatt->writeCommand(handle, value, finish); break;
    case WriteMode::Long: m_gatt->writeLong(handle, value, finish); break;
    case WriteMode::Request:
    case WriteMode::Auto: m_gatt->writeRequest(handle, value, finish); break;
    }
}

// --- events

void BgapiClientConnection::handleValue(const bgapi::AttributeValueView &value, qint64 timestampUs)
{
    using bgapi::AttributeValueType;
    switch (value.type) {
    case AttributeValueType::Notify:
    case AttributeValueType::Indicate:
    case AttributeValueType::IndicateRspReq: {
        if (value.type == AttributeValueType::IndicateRspReq && m_handle) {
            // The peer waits for our confirmation before it sends the next indication.
            bgapi::AttclientIndicateConfirm confirm;
            confirm.connection = *m_handle;
            m_backend->commandQueue()->enqueue(bgapi::makeCommand(
                confirm, m_backend->options().commandTimeoutMs, this, {}, [](const Error &e) {
                    qCWarning(lcBgapiConnection) << "indicate_confirm failed:" << e.toString();
                }));
        }
        if (m_batch.isEmpty())
            m_backend->notificationsPending(this);
        Notification n;
        n.handle = value.handle;
        n.value = value.value.toByteArray();
        n.timestampUs = timestampUs;
        n.kind = value.type == AttributeValueType::Notify ? Notification::Kind::Notification
                                                          : Notification::Kind::Indication;
        m_batch.append(std::move(n));
        return;
    }
    case AttributeValueType::Read:
    case AttributeValueType::ReadBlob:
    case AttributeValueType::ReadByType: break;
    }
    if (!m_gatt->handleValue(value))
        qCDebug(lcBgapiConnection) << "attribute_value nobody waits for, handle" << value.handle;
}

void BgapiClientConnection::flushNotifications()
{
    if (m_batch.isEmpty())
        return;
    deliverNotifications(std::exchange(m_batch, {}));
}

void BgapiClientConnection::handleEvent(const bgapi::AttclientProcedureCompletedEvent &event)
{
    if (!m_gatt->handleEvent(event))
        qCDebug(lcBgapiConnection) << "procedure_completed nobody waits for" << event.result << event.handle;
}

void BgapiClientConnection::handleEvent(const bgapi::AttclientGroupFoundEvent &event)
{
    if (!m_gatt->handleEvent(event))
        qCDebug(lcBgapiConnection) << "stray group_found" << event.start;
}

void BgapiClientConnection::handleEvent(const bgapi::AttclientFindInformationFoundEvent &event)
{
    if (!m_gatt->handleEvent(event))
        qCDebug(lcBgapiConnection) << "stray find_information_found" << event.handle;
}

void BgapiClientConnection::handleEvent(const bgapi::AttclientAttributeFoundEvent &event)
{
    if (!m_gatt->handleEvent(event))
        qCDebug(lcBgapiConnection) << "stray attribute_found" << event.declarationHandle;
}

// --- link-level commands

void BgapiClientConnection::doReadRssi(Pending<int> pending)
{
    if (state() != State::Connected || !m_handle) {
        pending.finish(notConnectedError());
        return;
    }
    bgapi::ConnectionGetRssi command;
    command.connection = *m_handle;
    sendCancellable(bgapi::makeCommand(
                        command, m_backend->options().commandTimeoutMs, this,
                        [pending](const bgapi::ConnectionGetRssiResponse &r) { pending.finish(int(r.rssi)); },
                        [pending](const Error &e) { pending.finish(e); }),
                    pending);
}

void BgapiClientConnection::doUpdateParameters(const ConnectionParameters &parameters,
                                               Pending<std::monostate> pending)
{
    if (state() != State::Connected || !m_handle) {
        pending.finish(notConnectedError());
        return;
    }
    if (const Error invalid
        = bgapi::connectionParametersError(parameters.intervalUs, parameters.intervalUs, parameters.latency,
                                           parameters.supervisionTimeoutMs)) {
        pending.finish(invalid);
        return;
    }
    bgapi::ConnectionUpdate command;
    command.connection = *m_handle;
    const int interval = qBound(6, (parameters.intervalUs + 625) / 1250, 3200);
    command.intervalMin = quint16(interval);
    command.intervalMax = quint16(interval);
    command.latency = quint16(qBound(0, parameters.latency, 499));
    command.timeout = quint16(qBound(10, parameters.supervisionTimeoutMs / 10, 3200));
    sendCancellable(bgapi::makeCommand(
                        command, m_backend->options().commandTimeoutMs, this,
                        [pending](const bgapi::ConnectionUpdateResponse &r) {
                            pending.finish(r.result ? Status(bgapi::resultError(r.result)) : success());
                        },
                        [pending](const Error &e) { pending.finish(e); }),
                    pending);
}

void BgapiClientConnection::doDisconnect(Pending<std::monostate> pending)
{
    switch (state()) {
    case State::Disconnected: pending.finish(success()); return;
    case State::Connecting:
        m_disconnectWaiters.append(pending);
        m_backend->gapArbiter()->abortConnect(this,
                                              Error::controller(0x3E, tr("Connection attempt cancelled")));
        return;
    case State::Disconnecting: m_disconnectWaiters.append(pending); return;
    case State::Connected: break;
    }
    m_disconnectWaiters.append(pending);
    setState(State::Disconnecting);
    bgapi::ConnectionDisconnect command;
    command.connection = m_handle.value_or(0);
    m_backend->commandQueue()->enqueue(bgapi::makeCommand(
        command, m_backend->options().commandTimeoutMs, this,
        [this](const bgapi::ConnectionDisconnectResponse &r) {
            if (r.result == 0x0186) { // not connected: the link is already gone
                linkDown(Error::controller(0x16));
                return;
            }
            if (r.result) {
                const Error e = bgapi::resultError(r.result);
                setState(State::Connected);
                const QList<Pending<std::monostate>> waiters = std::exchange(m_disconnectWaiters, {});
                for (const Pending<std::monostate> &p : waiters)
                    p.finish(e);
                runNext();
                return;
            }
            m_disconnectTimer->start(m_backend->options().disconnectTimeoutMs);
        },
        [this](const Error &e) {
            if (state() == State::Disconnecting)
                linkDown(e.kind() == Error::Kind::TransportLost ? e : Error::controller(0x16, e.toString()));
        }));
}

// --- security

bool BgapiClientConnection::shouldAutoPair(const Error &error) const
{
    return error.isAtt(AttError::InsufficientAuthentication) || error.isAtt(AttError::InsufficientEncryption);
}

void BgapiClientConnection::doPair(const PairingOptions &options, Pending<std::monostate> pending)
{
    enqueue(pending, [this, options, pending] {
        pairNow(options, [this, pending](const Error &e) {
            pending.finish(e ? Status(e) : success());
            operationFinished();
        });
    });
}

void BgapiClientConnection::pairNow(const PairingOptions &options, StatusDone done)
{
    if (isEncrypted() && (m_bonded || !options.bond)) {
        done(Error());
        return;
    }
    m_pairing = std::move(done);
    m_pairingTimer->start(m_backend->options().pairingTimeoutMs);
    m_backend->bondManager()->applySecurity(options.bond, options.mitm, [this, options](const Error &e) {
        if (!m_pairing)
            return;
        if (e) {
            endPairing(e);
            return;
        }
        bgapi::SmEncryptStart command;
        command.connection = m_handle.value_or(0);
        command.bonding = options.bond;
        m_backend->commandQueue()->enqueue(bgapi::makeCommand(
            command, m_backend->options().commandTimeoutMs, this,
            [this](const bgapi::SmEncryptStartResponse &r) {
                if (r.result)
                    endPairing(bgapi::resultError(r.result, tr("starting encryption")));
            },
            [this](const Error &error) { endPairing(error); }));
    });
}

void BgapiClientConnection::endPairing(const Error &error)
{
    if (!m_pairing)
        return;
    m_pairingTimer->stop();
    m_awaitingPasskey = false;
    m_abandoningPairing = false;
    StatusDone done = std::move(*m_pairing);
    m_pairing.reset();
    done(error);
}

void BgapiClientConnection::handleEvent(const bgapi::SmBondingFailEvent &event)
{
    if (m_abandoningPairing) {
        endPairing(Error(Error::Kind::Cancelled, tr("Passkey entry cancelled")));
        return;
    }
    endPairing(bgapi::resultError(event.result ? event.result : quint16(0x0308), tr("pairing")));
}

void BgapiClientConnection::handleEvent(const bgapi::SmPasskeyRequestEvent &)
{
    // The user needs time to read the peripheral's display and type.
    if (m_pairing) {
        m_pairingTimer->start(m_backend->options().passkeyTimeoutMs);
        m_awaitingPasskey = true;
    }
    Q_EMIT passkeyRequested();
}

void BgapiClientConnection::handleEvent(const bgapi::SmPasskeyDisplayEvent &event)
{
    Q_EMIT passkeyDisplayed(event.passkey);
}

void BgapiClientConnection::doProvidePasskey(std::optional<quint32> passkey)
{
    if (!passkey && m_pairing && m_awaitingPasskey && m_handle) {
        // BGAPI has no command that aborts pairing: the dongle would stay in passkey entry
        // until SMP's 30-s timeout and refuse the next sm_encrypt_start meanwhile. A passkey
        // the peer did not show ends SMP on both sides (Confirm Value Failed); pairing ends
        // Cancelled when the dongle reports that end (the pairing timer still bounds it).
        constexpr quint32 kAbandonPasskey = 480913; // arbitrary, unlikely to be the peer's
        m_awaitingPasskey = false;
        m_abandoningPairing = true;
        bgapi::SmPasskeyEntry command;
        command.connection = *m_handle;
        command.passkey = kAbandonPasskey;
        m_backend->commandQueue()->enqueue(bgapi::makeCommand(
            command, m_backend->options().commandTimeoutMs, this,
            [this](const bgapi::SmPasskeyEntryResponse &r) {
                if (r.result)
                    endPairing(Error(Error::Kind::Cancelled, tr("Passkey entry cancelled")));
            },
            [this](const Error &) {
                endPairing(Error(Error::Kind::Cancelled, tr("Passkey entry cancelled")));
            }));
        return;
    }
    if (!passkey) {
        endPairing(Error(Error::Kind::Cancelled, tr("Passkey entry cancelled")));
        return;
    }
    m_awaitingPasskey = false;
    if (*passkey > 999999) {
        endPairing(Error(Error::Kind::InvalidArgument, tr("A passkey has at most six digits")));
        return;
    }
    if (!m_handle)
        return;
    if (m_pairing)
        m_pairingTimer->start(m_backend->options().pairingTimeoutMs);
    bgapi::SmPasskeyEntry command;
    command.connection = *m_handle;
    command.passkey = *passkey;
    m_backend->commandQueue()->enqueue(bgapi::makeCommand(
        command, m_backend->options().commandTimeoutMs, this,
        [this](const bgapi::SmPasskeyEntryResponse &r) {
            if (r.result)
                endPairing(bgapi::resultError(r.result, tr("entering the passkey")));
        },
        [this](const Error &error) { endPairing(error); }));
}

} // namespace gattscope
