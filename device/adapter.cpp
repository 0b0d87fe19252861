// SPDX-License-Identifier: MIT
#include "adapter.h"

#include "adaptercontext_p.h"
#include "adapterengine_p.h"
#include "facadeconvert_p.h"

#include <gattscope/core/backend/backend.h>

namespace gattscope {

using detail::AdapterContext;
using detail::Waiter;
using Started = std::shared_ptr<Waiter<std::monostate>>;

namespace {
void raiseClosed()
{
    Exception::raise(Error(Error::Kind::Disconnected,
                           QCoreApplication::translate("gattscope::Adapter", "the adapter is closed")));
}
} // namespace

Adapter::Adapter(const std::string &uri)
    : Adapter(uri, Options())
{ }

Adapter::Adapter(const std::string &uri, const Options &options)
    : m_engine(std::make_shared<detail::AdapterEngine>(uri, options))
{
    const Status opened = m_engine->tryCall<std::monostate>(
        options.timeout, [](AdapterContext *c, const Started &w) { c->open(w); });
    if (!opened.ok()) {
        m_engine->close();
        Exception::raise(opened.error());
    }
}

Adapter::~Adapter()
{
    if (m_engine)
        m_engine->close();
}

Adapter::Adapter(Adapter &&) noexcept = default;

Adapter &Adapter::operator=(Adapter &&other) noexcept
{
    if (this != &other) {
        if (m_engine)
            m_engine->close();
        m_engine = std::move(other.m_engine);
    }
    return *this;
}

std::string Adapter::uri() const
{
    return m_engine ? m_engine->uri() : std::string();
}

namespace {
Backend::Info backendInfo(detail::AdapterEngine *engine)
{
    if (!engine || engine->isClosed())
        return {};
    const Result<Backend::Info> info = engine->tryCall<Backend::Info>(
        engine->timeout(), [](AdapterContext *c, const std::shared_ptr<Waiter<Backend::Info>> &w) {
            w->finish(c->backend()->info());
        });
    return info.ok() ? info.value() : Backend::Info();
}
} // namespace

std::string Adapter::name() const
{
    return detail::toStd(backendInfo(m_engine.get()).name);
}

std::string Adapter::description() const
{
    return detail::toStd(backendInfo(m_engine.get()).description);
}

bool Adapter::isOpen() const
{
    return m_engine && !m_engine->isClosed();
}

void Adapter::startScan(ScanCallback callback)
{
    if (!isOpen())
        raiseClosed();
    {
        // Before the scan starts: a callback may stop it at once.
        std::lock_guard lock(m_engine->scanMutex);
        m_engine->scanRunning = true;
    }
    m_engine->call<std::monostate>(
        m_engine->timeout(), [callback](AdapterContext *c, const Started &w) { c->startScan(callback, w); });
}

void Adapter::stopScan()
{
    if (!isOpen())
        return;
    {
        std::lock_guard lock(m_engine->scanMutex);
        m_engine->scanRunning = false;
    }
    m_engine->scanStopped.notify_all();
    m_engine->call<std::monostate>(m_engine->timeout(),
                                   [](AdapterContext *c, const Started &w) { c->stopScan(w); });
}

std::vector<ScanResult> Adapter::scan(std::chrono::milliseconds duration, ScanCallback callback)
{
    startScan(std::move(callback));
    {
        std::unique_lock lock(m_engine->scanMutex);
        m_engine->scanStopped.wait_for(lock, duration, [this] { return !m_engine->scanRunning; });
    }
    stopScan();
    return m_engine->call<std::vector<ScanResult>>(
        m_engine->timeout(),
        [](AdapterContext *c, const std::shared_ptr<Waiter<std::vector<ScanResult>>> &w) {
            w->finish(c->scanResults());
        });
}

Device Adapter::connect(const std::string &addressOrName)
{
    return connect(addressOrName, ConnectOptions());
}

Device Adapter::connect(const std::string &addressOrName, const ConnectOptions &options)
{
    if (!isOpen())
        raiseClosed();
    const DeviceQuery query = DeviceQuery::parse(detail::toQt(addressOrName));
    // The operation's own timeouts come first; this one only guards against a silent backend.
    const std::chrono::milliseconds limit = options.scanTimeout + options.timeout + std::chrono::seconds(5);
    std::shared_ptr<detail::DeviceState> state = m_engine->call<std::shared_ptr<detail::DeviceState>>(
        limit,
        [query, options](AdapterContext *c,
                         const std::shared_ptr<Waiter<std::shared_ptr<detail::DeviceState>>> &w) {
            c->connectDevice(query, options, w);
        });
    return Device(m_engine, std::move(state));
}

std::vector<Device> Adapter::devices() const
{
    std::vector<Device> out;
    if (!isOpen())
        return out;
    using States = std::vector<std::shared_ptr<detail::DeviceState>>;
    const States states = m_engine->call<States>(
        m_engine->timeout(), [](AdapterContext *c, const std::shared_ptr<Waiter<States>> &w) {
            w->finish(c->connectedDevices());
        });
    for (const std::shared_ptr<detail::DeviceState> &s : states)
        out.push_back(Device(m_engine, s));
    return out;
}

void Adapter::close()
{
    if (m_engine)
        m_engine->close();
}

std::chrono::milliseconds Adapter::timeout() const
{
    return m_engine ? m_engine->timeout() : std::chrono::milliseconds(0);
}

void Adapter::setTimeout(std::chrono::milliseconds timeout)
{
    if (m_engine)
        m_engine->setTimeout(timeout);
}

} // namespace gattscope
