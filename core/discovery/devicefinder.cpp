// SPDX-License-Identifier: MIT
#include "devicefinder.h"

#include <gattscope/core/backend/pending.h>

namespace gattscope {

DeviceFinder::DeviceFinder(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_timeout.setSingleShot(true);
    m_settle.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const double seconds = m_timeoutMs / 1000.0;
        finish(
            Error(Error::Kind::NotFound,
                  m_query.isAddress()
                      ? tr("%1 was not heard within %2 s").arg(m_query.text()).arg(seconds)
                      : tr("no device named \"%1\" was heard within %2 s").arg(m_query.text()).arg(seconds)));
    });
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (const DiscoveredDevice *d = m_match ? m_devices.find(*m_match) : nullptr)
            finish(*d);
    });
}

QFuture<Result<DiscoveredDevice>> DeviceFinder::find(const DeviceQuery &query, int timeoutMs,
                                                     int scanResponseWaitMs)
{
    m_pending = Pending<DiscoveredDevice>();
    m_query = query;
    m_match.reset();
    m_devices.clear();
    m_timeoutMs = timeoutMs;
    m_settle.setInterval(std::max(0, scanResponseWaitMs));
    if (!m_backend)
        return Pending<DiscoveredDevice>::ready(Error(Error::Kind::TransportLost));
    if (query.isEmpty())
        return Pending<DiscoveredDevice>::ready(Error(Error::Kind::InvalidArgument, tr("no device given")));
    connect(m_backend, &Backend::advertisementsReceived, this, &DeviceFinder::onAdvertisements,
            Qt::UniqueConnection);
    m_timeout.start(timeoutMs);
    const Pending<DiscoveredDevice> pending = m_pending;
    ScanOptions options;
    options.active = true;
    whenScanStarted(m_backend->startScan(options), pending);
    return pending.future();
}

void DeviceFinder::whenScanStarted(const QFuture<Status> &started, const Pending<DiscoveredDevice> &pending)
{
    QFuture<Status>(started).then(this, [this, pending](const Status &status) {
        if (!status.ok() && !pending.isFinished())
            finish(status.error());
    });
}

void DeviceFinder::onAdvertisements(const QList<Advertisement> &batch)
{
    if (m_pending.isFinished())
        return;
    const QList<qsizetype> touched = m_devices.update(batch);
    for (qsizetype i : touched) {
        const DiscoveredDevice &d = m_devices.devices().at(i);
        if (m_match) {
            if (d.address.toUInt64() == m_match->toUInt64() && !d.scanResponse.isEmpty()) {
                finish(d);
                return;
            }
            continue;
        }
        if (!m_query.matches(d.address, d.name()))
            continue;
        m_match = d.address;
        // A scannable device answers a scan request: wait a moment for what it says there
        // (often the name, or service data), unless it said it already.
        const bool scannable = d.kind == AdvertisementKind::ConnectableUndirected
            || d.kind == AdvertisementKind::ScannableUndirected;
        if (!d.scanResponse.isEmpty() || !scannable || m_settle.interval() == 0) {
            finish(d);
            return;
        }
        m_settle.start();
    }
}

void DeviceFinder::finish(Result<DiscoveredDevice> result)
{
    m_timeout.stop();
    m_settle.stop();
    if (m_backend)
        disconnect(m_backend, &Backend::advertisementsReceived, this, &DeviceFinder::onAdvertisements);
    m_pending.finish(std::move(result));
}

} // namespace gattscope
