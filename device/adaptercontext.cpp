// SPDX-License-Identifier: MIT
#include "adaptercontext_p.h"
#include "devicecontext_p.h"
#include "facadeconvert_p.h"

#include <gattscope/core/discovery/devicefinder.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/core/session/whendone.h>

namespace gattscope::detail {

namespace {
// The facade copies values out as they arrive: the hub only has to bridge one batch.
constexpr qint64 HubBudgetBytes = 8LL * 1024 * 1024;
} // namespace

AdapterContext::AdapterContext(AdapterEngine *engine, QString uri, BackendOptions options)
    : m_engine(engine)
    , m_uri(std::move(uri))
    , m_options(std::move(options))
{ }

AdapterContext::~AdapterContext()
{
    // Sessions first (they detach from connections the backend owns), then the backend.
    qDeleteAll(m_devices);
    m_devices.clear();
    delete m_hub;
    m_hub = nullptr;
    m_host.reset();
}

void AdapterContext::open(const std::shared_ptr<Waiter<std::monostate>> &waiter)
{
    Result<std::unique_ptr<BackendHost>> created = createBackend(m_uri, m_options);
    if (!created.ok()) {
        waiter->finish(created.error());
        return;
    }
    m_host = std::move(created.value());
    m_hub = new NotificationHub(this);
    m_hub->setMemoryBudget(HubBudgetBytes);
    connect(m_host->backend(), &Backend::advertisementsReceived, this, &AdapterContext::onAdvertisements);
    waiter->follow(this, m_host->backend()->open());
}

void AdapterContext::startScan(Adapter::ScanCallback callback,
                               const std::shared_ptr<Waiter<std::monostate>> &waiter)
{
    m_scanCallback = std::move(callback);
    m_results.clear();
    m_resultIndex.clear();
    ScanOptions options;
    options.active = true; // names often come in the scan response
    waiter->follow(this, backend()->startScan(options));
}

void AdapterContext::stopScan(const std::shared_ptr<Waiter<std::monostate>> &waiter)
{
    m_scanCallback = {};
    if (backend()->state() != Backend::State::Scanning) {
        waiter->finish(success());
        return;
    }
    waiter->follow(this, backend()->stopScan());
}

std::vector<ScanResult> AdapterContext::scanResults() const
{
    return m_results;
}

void AdapterContext::onAdvertisements(const QList<Advertisement> &batch)
{
    std::vector<ScanResult> reports;
    reports.reserve(size_t(batch.size()));
    for (const Advertisement &advert : batch) {
        ScanResult report = scanResult(advert);
        const quint64 key = advert.address.toUInt64();
        HeardDevice &heard = m_heard[key];
        heard.address = advert.address;
        if (!report.name.empty())
            heard.name = toQt(report.name);
        const auto index = m_resultIndex.constFind(key);
        if (index == m_resultIndex.cend()) {
            m_resultIndex.insert(key, int(m_results.size()));
            m_results.push_back(report);
        } else {
            mergeScanResult(m_results[size_t(*index)], report);
        }
        if (report.name.empty())
            report.name = toStd(heard.name); // the scan response named it earlier
        reports.push_back(std::move(report));
    }
    if (m_scanCallback && !reports.empty()) {
        m_engine->callbacks().post([callback = m_scanCallback, reports = std::move(reports)] {
            for (const ScanResult &r : reports)
                callback(r);
        });
    }
}

DeviceContext *AdapterContext::deviceFor(const DeviceAddress &address) const
{
    for (DeviceContext *d : m_devices) {
        if (d->session()->address().toUInt64() == address.toUInt64())
            return d;
    }
    return nullptr;
}

void AdapterContext::connectDevice(const DeviceQuery &query, const Adapter::ConnectOptions &options,
                                   const std::shared_ptr<Waiter<std::shared_ptr<DeviceState>>> &waiter)
{
    if (query.isAddress() && options.addressType != Adapter::ConnectOptions::AddressType::FromScan) {
        DeviceAddress address = query.address();
        address.setType(options.addressType == Adapter::ConnectOptions::AddressType::Public
                            ? AddressType::Public
                            : DeviceAddress::typeForRandom(address.toUInt64()));
        connectTo(address, m_heard.value(address.toUInt64()).name, options, waiter);
        return;
    }
    for (const HeardDevice &heard : std::as_const(m_heard)) {
        if (query.matches(heard.address, heard.name)) {
            connectTo(heard.address, heard.name, options, waiter);
            return;
        }
    }
    // The finder scans (DeviceFinder leaves the scan running); a scan this lookup started
    // ends with it, one the caller started goes on.
    const bool wasScanning = backend()->state() == Backend::State::Scanning;
    auto *finder = new DeviceFinder(backend(), this);
    QFuture<Result<DiscoveredDevice>> found = finder->find(query, int(options.scanTimeout.count()));
    waiter->setCancel([found]() mutable { found.cancel(); });
    whenDone(this, found,
             [this, finder, wasScanning, options, waiter](const QFuture<Result<DiscoveredDevice>> &f) {
                 finder->deleteLater();
                 if (!wasScanning && backend()->state() == Backend::State::Scanning)
                     backend()->stopScan();
                 const Result<DiscoveredDevice> r
                     = f.isCanceled() ? Result<DiscoveredDevice>(Error(Error::Kind::Cancelled)) : f.result();
                 if (!r.ok()) {
                     waiter->finish(r.error());
                     return;
                 }
                 const HeardDevice heard { r.value().address, r.value().name() };
                 m_heard.insert(heard.address.toUInt64(), heard);
                 connectTo(heard.address, heard.name, options, waiter);
             });
}

void AdapterContext::connectTo(const DeviceAddress &address, const QString &name,
                               const Adapter::ConnectOptions &options,
                               const std::shared_ptr<Waiter<std::shared_ptr<DeviceState>>> &waiter)
{
    DeviceContext *existing = deviceFor(address);
    if (existing && existing->session()->isConnected() && existing->session()->hasDatabase()) {
        waiter->finish(existing->state());
        return;
    }
    gattscope::ConnectOptions connectOptions;
    connectOptions.timeoutMs = int(options.timeout.count());
    QFuture<Result<Connection *>> connecting = backend()->connectToDevice(address, connectOptions);
    Backend *b = backend();
    waiter->setCancel([b, address, connecting]() mutable {
        connecting.cancel();
        b->cancelConnect(address);
    });
    whenDone(this, connecting, [this, name, waiter](const QFuture<Result<Connection *>> &f) {
        const Result<Connection *> r
            = f.isCanceled() ? Result<Connection *>(Error(Error::Kind::Cancelled)) : f.result();
        if (!r.ok()) {
            waiter->finish(r.error());
            return;
        }
        Connection *connection = r.value();
        DeviceContext *device = deviceFor(connection->address());
        if (device) {
            device->setConnection(connection);
        } else {
            device = new DeviceContext(m_engine, connection, m_hub, name, this);
            m_devices.append(device);
        }
        QPointer<DeviceContext> guard(device);
        QFuture<Result<GattDatabase>> discovering = device->session()->discover(false);
        waiter->setCancel([discovering]() mutable { discovering.cancel(); });
        whenDone(device, discovering, [guard, waiter](const QFuture<Result<GattDatabase>> &d) {
            const Result<GattDatabase> found
                = d.isCanceled() ? Result<GattDatabase>(Error(Error::Kind::Cancelled)) : d.result();
            if (!found.ok()) {
                // Half a device is no device: end the link, report why discovery failed.
                if (guard->session()->isConnected())
                    guard->session()->disconnectFromDevice();
                waiter->finish(found.error());
                return;
            }
            guard->publish();
            waiter->finish(guard->state());
        });
    });
}

std::vector<std::shared_ptr<DeviceState>> AdapterContext::connectedDevices() const
{
    std::vector<std::shared_ptr<DeviceState>> out;
    for (DeviceContext *d : m_devices) {
        if (d->session()->isConnected())
            out.push_back(d->state());
    }
    return out;
}

void AdapterContext::disconnectAll(const std::shared_ptr<Waiter<std::monostate>> &waiter)
{
    auto remaining = std::make_shared<int>(0);
    for (DeviceContext *d : std::as_const(m_devices)) {
        if (!d->session()->isConnected())
            continue;
        ++*remaining;
        whenDone(this, d->session()->disconnectFromDevice(), [remaining, waiter](const QFuture<Status> &) {
            if (--*remaining == 0)
                waiter->finish(success());
        });
    }
    if (*remaining == 0)
        waiter->finish(success());
}

} // namespace gattscope::detail
