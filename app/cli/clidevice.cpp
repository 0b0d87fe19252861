// SPDX-License-Identifier: MIT
#include "clidevice.h"

#include "terminal.h"

#include <gattscope/backends/backendfactory.h>
#include <gattscope/core/discovery/devicefinder.h>

namespace gattscope::cli {

CliDevice::CliDevice(CliContext &context, QString command)
    : m_context(context)
    , m_command(std::move(command))
{ }

CliDevice::~CliDevice()
{
    if (m_session && m_session->isConnected())
        awaitResult(m_session->disconnectFromDevice(), 2000);
    m_session.reset();
    m_host.reset(); // closes the backend on its thread and joins it
}

QString CliDevice::title() const
{
    const QString name = m_device.name();
    return name.isEmpty() ? m_device.address.toString() : name;
}

int CliDevice::fail(const QString &message, int code)
{
    Terminal::clearProgress(m_context);
    m_context.out.flush();
    m_context.err << QCoreApplication::applicationName() << QLatin1String(": ") << m_command
                  << QLatin1String(": ") << message << u'\n';
    m_context.err.flush();
    return code;
}

int CliDevice::fail(const QString &what, const Error &error)
{
    return fail(what.isEmpty() ? error.toString() : what + QLatin1String(": ") + error.toString(),
                exitCodeFor(error));
}

Error CliDevice::explain(const Error &error) const
{
    if (m_transportError && error.kind() != Error::Kind::TransportLost
        && (error.kind() == Error::Kind::Disconnected || error.kind() == Error::Kind::Timeout))
        return m_transportError;
    if (error.kind() == Error::Kind::Disconnected && m_session && m_session->lastDisconnectReason()
        && m_session->lastDisconnectReason().kind() == Error::Kind::TransportLost)
        return m_session->lastDisconnectReason();
    return error;
}

int CliDevice::openBackend()
{
    Result<std::unique_ptr<BackendHost>> created = createBackend(m_context.backendUri);
    if (!created.ok()) {
        const int code
            = created.error().kind() == Error::Kind::InvalidArgument ? ExitUsageError : ExitFailure;
        return fail(created.error().message().isEmpty() ? created.error().toString()
                                                        : created.error().message(),
                    code);
    }
    m_host = std::move(created.value());
    // Queued to this thread (the hub lives here).
    QObject::connect(m_host->backend(), &Backend::errorOccurred, &m_hub, [this](const Error &error) {
        if (error.kind() == Error::Kind::TransportLost)
            m_transportError = error;
    });
    Terminal::progress(m_context, tr("Opening %1…").arg(m_context.backendUri));
    const Status opened = awaitResult(m_host->backend()->open(), m_context.timeoutMs);
    Terminal::clearProgress(m_context);
    if (!opened.ok())
        return fail(tr("cannot open %1").arg(m_context.backendUri), opened.error());
    return ExitOk;
}

int CliDevice::find(const QString &deviceText)
{
    const DeviceQuery query = DeviceQuery::parse(deviceText);
    if (query.isEmpty())
        return fail(tr("give a device: an address (C0:98:E5:49:00:01) or a name"), ExitUsageError);
    Terminal::progress(m_context, tr("Looking for %1…").arg(query.text()));
    DeviceFinder finder(backend());
    const Result<DiscoveredDevice> found
        = awaitResult(finder.find(query, m_context.timeoutMs), m_context.timeoutMs + 2000);
    awaitResult(backend()->stopScan(), m_context.timeoutMs);
    Terminal::clearProgress(m_context);
    if (!found.ok())
        return fail(QString(), explain(found.error()));
    m_device = found.value();
    return ExitOk;
}

int CliDevice::connectAndDiscover(bool readUserDescriptions)
{
    Terminal::progress(m_context, tr("Connecting to %1…").arg(title()));
    ConnectOptions options;
    options.timeoutMs = m_context.timeoutMs;
    const Result<Connection *> connected
        = await(backend()->connectToDevice(m_device.address, options), m_context.timeoutMs + 2000);
    if (!connected.ok())
        return fail(tr("cannot connect to %1").arg(title()), connected.error());
    m_session = std::make_unique<DeviceSession>(connected.value(), &m_hub, m_device.name());
    m_openingTraffic.clear();
    const QMetaObject::Connection recording
        = QObject::connect(m_session.get(), &DeviceSession::trafficRecorded, m_session.get(),
                           [this](const TrafficEntry &entry) { m_openingTraffic.append(entry); });
    Terminal::progress(m_context, tr("Discovering the services of %1…").arg(title()));
    const Result<GattDatabase> discovered = await(m_session->discover(readUserDescriptions));
    QObject::disconnect(recording);
    Terminal::clearProgress(m_context);
    if (!discovered.ok())
        return fail(tr("cannot discover the services of %1").arg(title()), discovered.error());
    return ExitOk;
}

int CliDevice::open(const QString &deviceText, bool readUserDescriptions)
{
    if (const int code = openBackend())
        return code;
    if (const int code = find(deviceText))
        return code;
    return connectAndDiscover(readUserDescriptions);
}

std::optional<AttributeRef> CliDevice::resolve(const QString &text, int *code)
{
    Result<AttributeRef> ref = AttributeRef::resolve(m_session->database(), text);
    if (ref.ok())
        return ref.value();
    *code = fail(ref.error().message(),
                 ref.error().kind() == Error::Kind::InvalidArgument ? ExitUsageError : ExitNotFound);
    return std::nullopt;
}

} // namespace gattscope::cli
