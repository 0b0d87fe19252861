// SPDX-License-Identifier: MIT
#include "bgapistartup.h"

#include "bgapicommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace gattscope {

Q_LOGGING_CATEGORY(lcBgapiStartup, "gattscope.bgapi.startup", QtInfoMsg)

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct BgapiStartupTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::BgapiStartup)
};
} // namespace

void BgapiStartup::run(BgapiCommandQueue *queue, const BgapiOptions &options, const void *owner, Done done)
{
    std::make_shared<BgapiStartup>(queue, options, owner, std::move(done))->hello();
}

BgapiStartup::BgapiStartup(BgapiCommandQueue *queue, const BgapiOptions &options, const void *owner,
                           Done done)
    : m_queue(queue)
    , m_options(options)
    , m_owner(owner)
    , m_done(std::move(done))
{ }

void BgapiStartup::fail(const Error &error)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(error);
}

void BgapiStartup::hello()
{
    auto self = shared_from_this();
    m_queue->enqueue(bgapi::makeCommand(
        bgapi::SystemHello(), m_options.commandTimeoutMs, m_owner,
        [self](const bgapi::SystemHelloResponse &) { self->endProcedure(); },
        [self](const Error &e) {
            self->fail(e.kind() == Error::Kind::Timeout
                           ? Error(Error::Kind::Timeout,
                                   BgapiStartupTexts::tr("The dongle does not answer (system_hello)"))
                           : e);
        }));
}

void BgapiStartup::endProcedure()
{
    auto self = shared_from_this();
    m_queue->enqueue(bgapi::makeCommand(
        bgapi::GapEndProcedure(), m_options.commandTimeoutMs, m_owner,
        [self](const bgapi::GapEndProcedureResponse &) { self->setMode(); },
        [self](const Error &e) {
            if (e.kind() == Error::Kind::TransportLost) {
                self->fail(e);
                return;
            }
            qCDebug(lcBgapiStartup) << "gap_end_procedure:" << e.toString();
            self->setMode();
        }));
}

void BgapiStartup::setMode()
{
    auto self = shared_from_this();
    bgapi::GapSetMode command;
    command.discover = bgapi::GapDiscoverableMode::NonDiscoverable;
    command.connect = bgapi::GapConnectableMode::NonConnectable;
    m_queue->enqueue(bgapi::makeCommand(
        command, m_options.commandTimeoutMs, m_owner,
        [self](const bgapi::GapSetModeResponse &r) {
            if (r.result)
                qCDebug(lcBgapiStartup) << "gap_set_mode(0, 0):" << bgapi::toError(r.result).toString();
            self->getConnections();
        },
        [self](const Error &e) {
            if (e.kind() == Error::Kind::TransportLost) {
                self->fail(e);
                return;
            }
            self->getConnections();
        }));
}

void BgapiStartup::getConnections()
{
    auto self = shared_from_this();
    m_queue->enqueue(bgapi::makeCommand(
        bgapi::SystemGetConnections(), m_options.commandTimeoutMs, m_owner,
        [self](const bgapi::SystemGetConnectionsResponse &r) {
            self->m_outcome.maxConnections = qMax(1, int(r.maxConnections));
            self->disconnectLeftover(0);
        },
        [self](const Error &e) { self->fail(e); }));
}

void BgapiStartup::disconnectLeftover(int handle)
{
    if (handle >= m_outcome.maxConnections) {
        security();
        return;
    }
    auto self = shared_from_this();
    bgapi::ConnectionDisconnect command;
    command.connection = quint8(handle);
    m_queue->enqueue(bgapi::makeCommand(
        command, m_options.commandTimeoutMs, m_owner,
        [self, handle](const bgapi::ConnectionDisconnectResponse &r) {
            if (r.result == 0)
                qCDebug(lcBgapiStartup) << "dropped a leftover link on handle" << handle;
            self->disconnectLeftover(handle + 1);
        },
        [self, handle](const Error &e) {
            if (e.kind() == Error::Kind::TransportLost) {
                self->fail(e);
                return;
            }
            self->disconnectLeftover(handle + 1);
        }));
}

void BgapiStartup::security()
{
    auto self = shared_from_this();
    bgapi::SmSetBondableMode bondable;
    bondable.bondable = m_options.bondable;
    m_queue->enqueue(bgapi::makeCommand(bondable, m_options.commandTimeoutMs, m_owner,
                                        std::function<void(const bgapi::SmSetBondableModeResponse &)>(),
                                        [](const Error &e) { qCDebug(lcBgapiStartup) << e.toString(); }));
    bgapi::SmSetParameters parameters;
    parameters.mitm = m_options.mitm;
    parameters.minKeySize = quint8(qBound(7, m_options.minKeySize, 16));
    parameters.ioCapabilities = bgapi::SmIoCapabilities(quint8(m_options.ioCapabilities));
    m_queue->enqueue(bgapi::makeCommand(
        parameters, m_options.commandTimeoutMs, m_owner,
        [self](const bgapi::SmSetParametersResponse &) { self->address(); },
        [self](const Error &e) {
            if (e.kind() == Error::Kind::TransportLost) {
                self->fail(e);
                return;
            }
            qCDebug(lcBgapiStartup) << "sm_set_parameters:" << e.toString();
            self->address();
        }));
}

void BgapiStartup::address()
{
    auto self = shared_from_this();
    m_queue->enqueue(bgapi::makeCommand(
        bgapi::SystemAddressGet(), m_options.commandTimeoutMs, m_owner,
        [self](const bgapi::SystemAddressGetResponse &r) {
            self->m_outcome.address = r.address;
            self->info();
        },
        [self](const Error &e) { self->fail(e); }));
}

void BgapiStartup::info()
{
    auto self = shared_from_this();
    m_queue->enqueue(bgapi::makeCommand(
        bgapi::SystemGetInfo(), m_options.commandTimeoutMs, m_owner,
        [self](const bgapi::SystemGetInfoResponse &r) {
            Outcome &o = self->m_outcome;
            o.major = r.major;
            o.minor = r.minor;
            o.patch = r.patch;
            o.build = r.build;
            o.protocolVersion = r.protocolVersion;
            o.hardware = r.hardware;
            Done done = std::move(self->m_done);
            self->m_done = nullptr;
            if (done)
                done(o);
        },
        [self](const Error &e) { self->fail(e); }));
}

} // namespace gattscope
