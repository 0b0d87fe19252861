// SPDX-License-Identifier: MIT
#include "devicefinder.h"

#include "backend.h"

#include <gattscope/core/advertising/advertisingdata.h>

#include <QFutureWatcher>

namespace gattscope {

DeviceQuery DeviceQuery::parse(const QString &text)
{
    DeviceQuery query;
    const QString trimmed = text.trimmed();
    if (const std::optional<DeviceAddress> address = DeviceAddress::fromString(trimmed))
        query.address = address;
    else
        query.name = trimmed;
    return query;
}

bool DeviceQuery::matches(const DeviceAddress &heard, const QString &advertisedName) const
{
    if (address)
        return address->toUInt64() == heard.toUInt64();
    return !name.isEmpty() && advertisedName.compare(name, Qt::CaseInsensitive) == 0;
}

QString DeviceQuery::toString() const
{
    return address ? address->toString() : name;
}

QFuture<Result<FoundDevice>> DeviceFinder::find(Backend *backend, const DeviceQuery &query, int timeoutMs,
                                                QObject *context)
{
    if (query.isEmpty()) {
        return Pending<FoundDevice>::ready(
            Error(Error::Kind::InvalidArgument, tr("name a device by its address or its advertised name")));
    }
    auto *finder = new DeviceFinder(backend, query, context);
    QFuture<Result<FoundDevice>> future = finder->m_pending.future();
    finder->start(timeoutMs);
    return future;
}

DeviceFinder::DeviceFinder(Backend *backend, const DeviceQuery &query, QObject *context)
    : QObject(context)
    , m_backend(backend)
    , m_query(query)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Error(
            Error::Kind::NotFound,
            m_query.address
                ? tr("no device %1 heard within %2 ms").arg(m_query.toString()).arg(m_timeout.interval())
                : tr("no device named '%1' heard within %2 ms")
                      .arg(m_query.toString())
                      .arg(m_timeout.interval())));
    });
    connect(backend, &Backend::advertisementsReceived, this, &DeviceFinder::onAdvertisements);
    // The caller gave up (QFuture::cancel()): stop at once.
    auto *watcher = new QFutureWatcher<Result<FoundDevice>>(this);
    connect(watcher, &QFutureWatcherBase::canceled, this, [this] { finish(Error(Error::Kind::Cancelled)); });
    watcher->setFuture(m_pending.future());
}

void DeviceFinder::start(int timeoutMs)
{
    m_timeout.start(qMax(0, timeoutMs));
    if (m_backend->state() == Backend::State::Scanning)
        return;
    m_startedScan = true;
    QFutureWatcher<Status> *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Status started = watcher->future().isCanceled() ? Status(Error(Error::Kind::Cancelled))
                                                              : watcher->future().result();
        if (!started.ok())
            finish(started.error());
    });
    ScanOptions options;
    options.active = true; // names often come in the scan response only
    watcher->setFuture(m_backend->startScan(options));
}

void DeviceFinder::onAdvertisements(const QList<Advertisement> &batch)
{
    for (const Advertisement &advert : batch) {
        const QString name = AdvertisingData::parse(advert.data).name();
        if (!name.isEmpty())
            m_names.insert(advert.address.toUInt64(), name);
        const QString known = m_names.value(advert.address.toUInt64());
        if (m_query.matches(advert.address, known)) {
            finish(FoundDevice { advert.address, known, advert.rssi });
            return;
        }
    }
}

void DeviceFinder::finish(const Result<FoundDevice> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    disconnect(m_backend, nullptr, this, nullptr);
    if (m_startedScan && m_backend->state() == Backend::State::Scanning)
        m_backend->stopScan();
    m_pending.finish(result);
    deleteLater();
}

} // namespace gattscope
