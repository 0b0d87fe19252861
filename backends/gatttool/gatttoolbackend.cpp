// SPDX-License-Identifier: MIT
#include "gatttoolbackend.h"

#include "gatttoolconnection.h"
#include "gatttoolsession.h"

#include <QPointer>
#include <QTimer>

namespace gattscope {

GatttoolBackend::GatttoolBackend(QString uri, const GatttoolOptions &options, QObject *parent)
    : Backend(std::move(uri), parent)
    , m_options(options)
{ }

GatttoolBackend::~GatttoolBackend() = default;

void GatttoolBackend::reportError(const Error &error)
{
    Q_EMIT errorOccurred(error);
}

void GatttoolBackend::doOpen(Pending<std::monostate> pending)
{
    if (state() != State::Closed) {
        pending.finish(success());
        return;
    }
    setState(State::Opening);
    // Start gatttool once to see that it is there and answers; each link has its own.
    auto *probe = new GatttoolSession(m_options, this);
    const quint64 generation = ++m_generation;
    probe->start([this, probe, pending, generation](const Error &error) {
        const QString program = probe->program();
        probe->stop();
        QTimer::singleShot(m_options.stopTimeoutMs + 500, probe, &QObject::deleteLater);
        if (generation != m_generation)
            return;
        if (error) {
            setState(State::Closed);
            pending.finish(error);
            return;
        }
        Info info;
        info.name = m_options.adapter.isEmpty() ? QStringLiteral("gatttool") : m_options.adapter;
        info.description = m_options.adapter.isEmpty()
            ? tr("BlueZ gatttool (%1), default adapter").arg(program)
            : tr("BlueZ gatttool (%1) on %2").arg(program, m_options.adapter);
        info.maxConnections = kMaxConnections;
        info.capabilities
            = Capability::PairingWithoutPasskey | Capability::NoBondList | Capability::NoConnectionParameters;
        setInfo(info);
        setState(State::Ready);
        pending.finish(success());
    });
}

void GatttoolBackend::doClose(Pending<std::monostate> pending)
{
    ++m_generation;
    for (Connection *c : connections())
        static_cast<GatttoolConnection *>(c)->shutdown();
    setState(State::Closed);
    pending.finish(success());
}

void GatttoolBackend::doStartScan(const ScanOptions &, Pending<std::monostate> pending)
{
    pending.finish(Error(Error::Kind::NotSupported,
                         tr("gatttool cannot scan; connect to a known address, or scan with another backend "
                            "(or 'hcitool lescan')")));
}

void GatttoolBackend::doStopScan(Pending<std::monostate> pending)
{
    pending.finish(success());
}

GatttoolConnection *GatttoolBackend::connectionFor(const DeviceAddress &address) const
{
    for (Connection *c : connections()) {
        if (c->address() == address)
            return static_cast<GatttoolConnection *>(c);
    }
    return nullptr;
}

void GatttoolBackend::doConnect(const DeviceAddress &address, const ConnectOptions &options,
                                Pending<Connection *> pending)
{
    if (state() != State::Ready) {
        pending.finish(Error(Error::Kind::TransportLost, tr("The gatttool backend is not open")));
        return;
    }
    GatttoolConnection *connection = connectionFor(address);
    int busy = 0;
    for (Connection *c : connections()) {
        if (c != connection && c->state() != Connection::State::Disconnected)
            ++busy;
    }
    if (!connection || connection->state() == Connection::State::Disconnected) {
        if (busy >= kMaxConnections) {
            pending.finish(Error(
                Error::Kind::Busy,
                tr("%1 links are open, as many as this backend runs gatttool processes for").arg(busy)));
            return;
        }
    }
    if (!connection) {
        connection = new GatttoolConnection(address, this);
        addConnection(connection);
    }
    QPointer<GatttoolConnection> target = connection;
    connection->connectLink(options, [target, pending](const Error &error) {
        if (error)
            pending.finish(error);
        else
            pending.finish(target.data());
    });
}

void GatttoolBackend::doCancelConnect(const DeviceAddress &address)
{
    if (GatttoolConnection *c = connectionFor(address))
        c->abortConnect(Error::controller(0x3E, tr("Connection attempt cancelled")));
}

} // namespace gattscope
