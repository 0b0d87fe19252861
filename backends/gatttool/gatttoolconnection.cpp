// SPDX-License-Identifier: MIT
#include "gatttoolconnection.h"

#include "gatttoolbackend.h"
#include "gatttooldiscovery.h"
#include "gatttoolerrors.h"

#include <QLoggingCategory>
#include <QTimer>

namespace gattscope {

Q_LOGGING_CATEGORY(lcGatttoolConnection, "gattscope.gatttool.connection", QtInfoMsg)

namespace {

constexpr int kMaxAttributeLength = 512;

QString hex4(quint16 v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

QByteArray handleArgument(quint16 v)
{
    return "0x" + QByteArray::number(v, 16).rightJustified(4, '0');
}

using Step = GatttoolSession::Step;

} // namespace

GatttoolConnection::GatttoolConnection(const DeviceAddress &address, GatttoolBackend *backend)
    : Connection(address)
    , m_backend(backend)
{ }

GatttoolConnection::~GatttoolConnection() = default;

// --- the process

void GatttoolConnection::ensureSession(Done done)
{
    if (m_session && m_session->isRunning()) {
        done(Error());
        return;
    }
    dropSession();
    auto *session = new GatttoolSession(m_backend->options(), this);
    m_session = session;
    connect(session, &GatttoolSession::notificationsReceived, this, [this](const QList<Notification> &batch) {
        if (state() == State::Connected || state() == State::Disconnecting)
            deliverNotifications(batch);
    });
    connect(session, &GatttoolSession::promptChanged, this, &GatttoolConnection::onPromptChanged);
    connect(session, &GatttoolSession::stopped, this, &GatttoolConnection::onSessionStopped);
    connect(session, &GatttoolSession::linkWarning, this, [this] {
        // GLib's complaint as gatttool closes a link's channel: look at the prompt now.
        if (state() == State::Connected && m_session)
            m_session->probe();
    });
    session->start([this, session, done](const Error &error) {
        if (error && m_session == session)
            dropSession();
        done(error);
    });
}

void GatttoolConnection::dropSession()
{
    if (!m_session)
        return;
    GatttoolSession *session = m_session;
    m_session.clear();
    session->disconnect(this);
    session->stop();
    // Give `exit` its time, then the object goes (its destructor kills a stuck process).
    QTimer::singleShot(m_backend->options().stopTimeoutMs + 500, session, &QObject::deleteLater);
}

void GatttoolConnection::shutdown()
{
    abortConnect(Error(Error::Kind::Cancelled, tr("The backend is closing")));
    if (state() != State::Disconnected)
        linkDown(Error::controller(0x16, tr("The backend closed")));
    dropSession();
}

void GatttoolConnection::onSessionStopped(const Error &reason)
{
    qCWarning(lcGatttoolConnection) << reason.toString();
    m_session.clear();
    sender()->deleteLater();
    // Worth reporting even when the link was seen to drop just before (a 5.66 gatttool
    // crashes when a peer drops the link during a request).
    m_backend->reportError(reason);
    if (m_connectDone)
        finishConnect(reason);
    linkDown(reason);
}

void GatttoolConnection::onPromptChanged(bool connected)
{
    // gatttool prints nothing when a link drops; its prompt loses the blue colour.
    if (!connected && state() == State::Connected && !m_ending)
        linkDown(Error(Error::Kind::Disconnected, tr("The link to %1 dropped").arg(address().toString())));
}

// --- link life cycle

void GatttoolConnection::connectLink(const ConnectOptions &options, std::function<void(const Error &)> done)
{
    if (state() == State::Connected) {
        done(Error());
        return;
    }
    if (m_connectDone) {
        done(Error(Error::Kind::Busy,
                   tr("A connection to %1 is already being made").arg(address().toString())));
        return;
    }
    m_connectDone = std::move(done);
    setState(State::Connecting);
    ensureSession([this, options](const Error &error) {
        if (!m_connectDone)
            return; // aborted meanwhile
        if (error) {
            finishConnect(error);
            return;
        }
        const QString level = m_backend->options().securityLevel;
        if (level.isEmpty() || level == u"low") {
            sendConnect(options);
            return;
        }
        GatttoolSession::Command secLevel;
        secLevel.line = "sec-level " + level.toLatin1();
        secLevel.fenced = true;
        secLevel.timeoutMs = m_backend->options().commandTimeoutMs;
        secLevel.onEvent = [](const GatttoolEvent &e) {
            if (e.kind == GatttoolEvent::Kind::Usage || e.kind == GatttoolEvent::Kind::Error)
                return Step::finishAtFence(GatttoolErrors::fromEvent(e, tr("setting the security level")));
            return Step::next();
        };
        secLevel.done = [this, options](const Error &e) {
            if (!m_connectDone)
                return;
            if (e)
                finishConnect(e);
            else
                sendConnect(options);
        };
        m_session->run(std::move(secLevel));
    });
}

void GatttoolConnection::sendConnect(const ConnectOptions &options)
{
    const DeviceAddress peer = address();
    GatttoolSession::Command attempt;
    attempt.line = "connect " + peer.toString().toLatin1() + (peer.isRandom() ? " random" : " public");
    attempt.timeoutMs = qMax(1000, options.timeoutMs);
    attempt.onEvent = [](const GatttoolEvent &e) {
        switch (e.kind) {
        case GatttoolEvent::Kind::ConnectionSuccessful: return Step::finish();
        case GatttoolEvent::Kind::Error:
            return Step::finish(e.failure == GatttoolEvent::Failure::Connect
                                        || e.failure == GatttoolEvent::Failure::Other
                                    ? GatttoolErrors::connectFailed(e)
                                    : GatttoolErrors::fromEvent(e, tr("connecting")));
        default: return Step::next();
        }
    };
    attempt.done = [this](const Error &error) {
        if (!m_connectDone)
            return;
        if (error.kind() == Error::Kind::Timeout) {
            // Give up the attempt inside gatttool too, so that the next one starts clean.
            sendDisconnect();
            const QString why
                = tr("%1 did not answer the connection request in time").arg(address().toString());
            finishConnect(Error(Error::Kind::Timeout, why), Error::controller(0x3E, why));
            return;
        }
        if (error) {
            finishConnect(error);
            return;
        }
        // Linked. Optionally a larger MTU, then the operations may run.
        const int mtu = m_backend->options().mtu;
        if (mtu >= 23 && m_session) {
            GatttoolSession::Command exchange;
            exchange.line = "mtu " + QByteArray::number(mtu);
            exchange.timeoutMs = m_backend->options().attTimeoutMs;
            exchange.onEvent = [this](const GatttoolEvent &e) {
                if (e.kind == GatttoolEvent::Kind::MtuExchanged) {
                    setMtu(e.number);
                    return Step::finish();
                }
                if (e.kind == GatttoolEvent::Kind::Error || e.kind == GatttoolEvent::Kind::CommandFailed)
                    return Step::finish(GatttoolErrors::fromEvent(e, tr("exchanging the MTU")));
                return Step::next();
            };
            exchange.done = [this](const Error &e) {
                if (e)
                    qCWarning(lcGatttoolConnection) << "MTU exchange:" << e.toString();
                if (m_connectDone)
                    finishConnect(Error());
            };
            setMtu(23);
            m_session->run(std::move(exchange));
            return;
        }
        setMtu(23);
        finishConnect(Error());
    };
    m_session->run(std::move(attempt));
}

void GatttoolConnection::sendDisconnect(Done done)
{
    if (!m_session || !m_session->isRunning()) {
        if (done)
            done(Error(Error::Kind::TransportLost, tr("gatttool is not running")));
        return;
    }
    GatttoolSession::Command disconnect;
    disconnect.line = "disconnect";
    disconnect.fenced = true;
    disconnect.timeoutMs = m_backend->options().commandTimeoutMs;
    disconnect.done = std::move(done);
    m_session->run(std::move(disconnect));
}

void GatttoolConnection::finishConnect(const Error &error, const Error &reason)
{
    Done done = std::move(m_connectDone);
    m_connectDone = nullptr;
    if (!error) {
        setEncrypted(false);
        setState(State::Connected);
        if (m_session)
            m_session->setProbeInterval(m_backend->options().linkCheckIntervalMs);
        if (done)
            done(Error());
        runNext();
        return;
    }
    if (done)
        done(error);
    reportDisconnected(reason ? reason : error);
    const QList<Pending<std::monostate>> waiters = std::exchange(m_disconnectWaiters, {});
    for (const Pending<std::monostate> &p : waiters)
        p.finish(success());
}

void GatttoolConnection::abortConnect(const Error &reason)
{
    if (!m_connectDone)
        return;
    finishConnect(reason);
    if (m_session && m_session->isRunning()) {
        // Stop waiting for the attempt's answer, then close the half-open channel.
        m_session->cancelCurrent(reason);
        sendDisconnect();
    }
}

void GatttoolConnection::linkDown(const Error &reason)
{
    if (m_ending || state() == State::Disconnected)
        return;
    m_ending = true;
    if (m_session)
        m_session->setProbeInterval(0);
    const Error opError = reason.kind() == Error::Kind::TransportLost
        ? reason
        : Error(Error::Kind::Disconnected, tr("The link ended: %1").arg(reason.toString()));
    // Operations first, then disconnected().
    if (m_current) {
        Operation current = std::move(*m_current);
        m_current.reset();
        current.fail(opError);
    }
    std::deque<Operation> queued;
    queued.swap(m_operations);
    for (Operation &op : queued)
        op.fail(opError);
    reportDisconnected(reason);
    const QList<Pending<std::monostate>> waiters = std::exchange(m_disconnectWaiters, {});
    for (const Pending<std::monostate> &p : waiters)
        p.finish(success());
    m_ending = false;
}

void GatttoolConnection::doDisconnect(Pending<std::monostate> pending)
{
    switch (state()) {
    case State::Disconnected: pending.finish(success()); return;
    case State::Connecting:
        m_disconnectWaiters.append(pending);
        abortConnect(Error::controller(0x3E, tr("Connection attempt cancelled")));
        return;
    case State::Disconnecting: m_disconnectWaiters.append(pending); return;
    case State::Connected: break;
    }
    m_disconnectWaiters.append(pending);
    setState(State::Disconnecting);
    if (!m_session) {
        linkDown(Error::controller(0x16));
        return;
    }
    m_session->setProbeInterval(0);
    sendDisconnect([this](const Error &error) {
        if (error && error.kind() != Error::Kind::TransportLost)
            qCWarning(lcGatttoolConnection) << "disconnect:" << error.toString();
        linkDown(error.kind() == Error::Kind::TransportLost ? error : Error::controller(0x16));
    });
}

// --- operation queue

void GatttoolConnection::enqueue(Operation operation)
{
    if (state() != State::Connected) {
        operation.fail(notConnectedError());
        return;
    }
    m_operations.push_back(std::move(operation));
    runNext();
}

void GatttoolConnection::runNext()
{
    if (m_current || m_ending || m_operations.empty() || state() != State::Connected)
        return;
    m_current = std::move(m_operations.front());
    m_operations.pop_front();
    m_currentId = ++m_operationSerial;
    m_current->run(m_currentId);
}

void GatttoolConnection::finishOperation(quint64 id)
{
    if (!m_current || id != m_currentId)
        return;
    m_current.reset();
    runNext();
}

Error GatttoolConnection::notConnectedError() const
{
    return Error(Error::Kind::Disconnected, tr("%1 is not connected").arg(address().toString()));
}

void GatttoolConnection::gattCommand(const QByteArray &line, const QString &context, Answer answer, Done done,
                                     bool fenced)
{
    if (!m_session) {
        done(notConnectedError());
        return;
    }
    GatttoolSession::Command c;
    c.line = line;
    c.fenced = fenced;
    c.timeoutMs = m_backend->options().attTimeoutMs;
    c.onEvent = [answer, context, fenced](const GatttoolEvent &e) {
        if (answer) {
            if (const std::optional<Step> step = answer(e))
                return *step;
        }
        switch (e.kind) {
        case GatttoolEvent::Kind::Error:
        case GatttoolEvent::Kind::CommandFailed:
        case GatttoolEvent::Kind::Usage:
            return fenced ? Step::finishAtFence(GatttoolErrors::fromEvent(e, context))
                          : Step::finish(GatttoolErrors::fromEvent(e, context));
        default: return Step::next();
        }
    };
    c.done = [this, done, context](const Error &error) {
        const bool timeout = error.kind() == Error::Kind::Timeout;
        if (!timeout && error.kind() != Error::Kind::Disconnected) {
            done(error);
            return;
        }
        // The link is gone (or, after an ATT transaction timeout, unusable): this operation
        // gets its own error, the queued ones Disconnected, and nothing new starts between.
        m_ending = true;
        done(error);
        m_ending = false;
        linkDown(timeout ? Error(Error::Kind::Timeout, tr("No answer while %1").arg(context)) : error);
        if (timeout)
            dropSession();
    };
    m_session->run(std::move(c));
}

// --- GATT

void GatttoolConnection::doDiscover(Pending<GattDatabase> pending)
{
    enqueue({ [this, pending](quint64 id) {
                 discoverStep(id, 0, pending, std::make_shared<GatttoolDiscovery>(), {});
             },
              [pending](const Error &e) {
                  pending.finish(e);
              } });
}

void GatttoolConnection::discoverStep(quint64 id, int step, Pending<GattDatabase> pending,
                                      std::shared_ptr<GatttoolDiscovery> discovery, QList<quint16> extended)
{
    auto failed = [this, id, pending](const Error &e) {
        pending.finish(e);
        finishOperation(id);
    };
    // A listing step: every row of `kind` goes to `add`; "No attribute found" (0x0A) ends a
    // list with nothing (more) in it; then discovery goes on at `next` (after the descriptors,
    // with the Extended Properties descriptors to read).
    auto listStep = [=, this](const char *command, const QString &context, GatttoolEvent::Kind kind,
                              GatttoolEvent::Failure failure,
                              void (GatttoolDiscovery::*add)(const GatttoolEvent &), int next) {
        gattCommand(
            command, context,
            [discovery, kind, failure, add](const GatttoolEvent &e) -> std::optional<Step> {
                if (e.kind == kind) {
                    (discovery.get()->*add)(e);
                    return Step::finishAtFence();
                }
                if (e.kind == GatttoolEvent::Kind::Error && e.failure == failure
                    && e.attError == quint8(0x0A))
                    return Step::finish();
                return std::nullopt;
            },
            [=, this](const Error &e) {
                if (e)
                    failed(e);
                else
                    discoverStep(id, next, pending, discovery,
                                 kind == GatttoolEvent::Kind::Descriptor
                                     ? discovery->extendedPropertiesHandles()
                                     : QList<quint16>());
            });
    };
    switch (step) {
    case 0:
        listStep("primary", tr("discovering services"), GatttoolEvent::Kind::Service,
                 GatttoolEvent::Failure::Primary, &GatttoolDiscovery::addService, 1);
        return;
    case 1:
        listStep("characteristics", tr("discovering characteristics"), GatttoolEvent::Kind::Characteristic,
                 GatttoolEvent::Failure::Characteristics, &GatttoolDiscovery::addCharacteristic, 2);
        return;
    case 2:
        listStep("char-desc", tr("discovering descriptors"), GatttoolEvent::Kind::Descriptor,
                 GatttoolEvent::Failure::Descriptors, &GatttoolDiscovery::addDescriptor, 3);
        return;
    default: break;
    }
    if (!extended.isEmpty()) {
        // Reliable Write / Writable Auxiliaries live in the Extended Properties descriptor.
        const quint16 handle = extended.takeFirst();
        gattCommand(
            "char-read-hnd " + handleArgument(handle), tr("reading handle %1").arg(hex4(handle)),
            [discovery, handle](const GatttoolEvent &e) -> std::optional<Step> {
                if (e.kind == GatttoolEvent::Kind::Value) {
                    discovery->setExtendedProperties(handle, e.value);
                    return Step::finish();
                }
                return std::nullopt;
            },
            [=, this](const Error &e) {
                const Error::Kind k = e.kind();
                if (k == Error::Kind::Disconnected || k == Error::Kind::TransportLost
                    || k == Error::Kind::Timeout) {
                    failed(e);
                    return;
                }
                if (e)
                    qCDebug(lcGatttoolConnection) << "extended properties at" << handle << e.toString();
                discoverStep(id, 3, pending, discovery, extended);
            });
        return;
    }
    const GattDatabase database(discovery->services());
    setDatabase(database);
    pending.finish(database);
    finishOperation(id);
}

void GatttoolConnection::doRead(quint16 handle, ReadMode mode, Pending<QByteArray> pending)
{
    if (handle == 0) {
        pending.finish(Error(Error::Kind::InvalidArgument, tr("Handle 0x0000 does not exist")));
        return;
    }
    enqueue({ [this, handle, mode, pending](quint64 id) {
                 auto value = std::make_shared<QByteArray>();
                 gattCommand(
                     "char-read-hnd " + handleArgument(handle), tr("reading handle %1").arg(hex4(handle)),
                     [value](const GatttoolEvent &e) -> std::optional<Step> {
                         if (e.kind != GatttoolEvent::Kind::Value)
                             return std::nullopt;
                         *value = e.value;
                         return Step::finish();
                     },
                     [this, id, handle, mode, value, pending](const Error &e) {
                         if (e) {
                             pending.finish(e);
                         } else {
                             // gatttool always goes on with Read Blob when the answer fills
                             // the MTU; a short read is the first MTU − 1 bytes of that.
                             QByteArray v = *value;
                             if (mode == ReadMode::Short)
                                 v.truncate(mtu() - 1);
                             storeValue(handle, v);
                             pending.finish(v);
                         }
                         finishOperation(id);
                     });
             },
              [pending](const Error &e) {
                  pending.finish(e);
              } });
}

void GatttoolConnection::doWrite(quint16 handle, const QByteArray &value, WriteMode mode,
                                 Pending<std::monostate> pending)
{
    if (handle == 0) {
        pending.finish(Error(Error::Kind::InvalidArgument, tr("Handle 0x0000 does not exist")));
        return;
    }
    if (value.isEmpty()) {
        pending.finish(Error(Error::Kind::NotSupported, tr("gatttool cannot write an empty value")));
        return;
    }
    if (value.size() > kMaxAttributeLength) {
        pending.finish(Error(Error::Kind::InvalidArgument,
                             tr("An attribute value holds at most %1 bytes").arg(kMaxAttributeLength)));
        return;
    }
    const int maxShort = mtu() - 3;
    if ((mode == WriteMode::Request || mode == WriteMode::Command) && value.size() > maxShort) {
        pending.finish(Error(Error::Kind::InvalidArgument,
                             tr("%1 bytes do not fit one write (at most %2); use a long write")
                                 .arg(value.size())
                                 .arg(maxShort)));
        return;
    }
    // char-write-req sends a Write Request, or Prepare/Execute Writes when the value does
    // not fit: that covers Request, Long and Auto. char-write-cmd has no answer at all.
    const bool command = mode == WriteMode::Command;
    const QByteArray line
        = (command ? "char-write-cmd " : "char-write-req ") + handleArgument(handle) + ' ' + value.toHex();
    enqueue({ [this, handle, value, command, line, pending](quint64 id) {
                 gattCommand(
                     line, tr("writing handle %1").arg(hex4(handle)),
                     [command](const GatttoolEvent &e) -> std::optional<Step> {
                         if (!command && e.kind == GatttoolEvent::Kind::WriteSuccessful)
                             return Step::finish();
                         return std::nullopt;
                     },
                     [this, id, handle, value, pending](const Error &e) {
                         if (!e)
                             storeValue(handle, value);
                         pending.finish(e ? Status(e) : success());
                         finishOperation(id);
                     },
                     command);
             },
              [pending](const Error &e) {
                  pending.finish(e);
              } });
}

void GatttoolConnection::doReadRssi(Pending<int> pending)
{
    pending.finish(Error(Error::Kind::NotSupported, tr("gatttool cannot read the RSSI of a link")));
}

void GatttoolConnection::doPair(const PairingOptions &options, Pending<std::monostate> pending)
{
    // gatttool can only raise the link's security level and let the kernel pair; it has no
    // passkey entry and does not say whether pairing worked (a later read tells).
    const QByteArray level = options.mitm ? "high" : "medium";
    enqueue({ [this, level, pending](quint64 id) {
                 gattCommand(
                     "sec-level " + level, tr("setting the security level"),
                     [](const GatttoolEvent &) -> std::optional<Step> { return std::nullopt; },
                     [this, id, pending](const Error &e) {
                         pending.finish(e ? Status(e) : success());
                         finishOperation(id);
                     },
                     true);
             },
              [pending](const Error &e) {
                  pending.finish(e);
              } });
}

} // namespace gattscope
