// SPDX-License-Identifier: MIT
#pragma once

#include "adapter.h"
#include "adapterengine_p.h"
#include "blockingcall_p.h"

#include <gattscope/backends/backendfactory.h>
#include <gattscope/core/discovery/devicequery.h>

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace gattscope {
class NotificationHub;
}

namespace gattscope::detail {

class DeviceContext;

// The Adapter's side on the session thread: the backend (on its own thread, through
// BackendHost), the notification hub every device of the adapter feeds, the scan, the
// devices. Every method runs on the session thread and completes its waiter exactly once.
class AdapterContext : public QObject
{
    Q_OBJECT

public:
    AdapterContext(AdapterEngine *engine, QString uri, BackendOptions options);
    ~AdapterContext() override;

    Backend *backend() const { return m_host ? m_host->backend() : nullptr; }
    NotificationHub *hub() const { return m_hub; }
    AdapterEngine *engine() const { return m_engine; }

    void open(const std::shared_ptr<Waiter<std::monostate>> &waiter);
    void startScan(Adapter::ScanCallback callback, const std::shared_ptr<Waiter<std::monostate>> &waiter);
    void stopScan(const std::shared_ptr<Waiter<std::monostate>> &waiter);
    // What the scan running (or the last one) heard, one entry per address, in order.
    std::vector<ScanResult> scanResults() const;
    void connectDevice(const DeviceQuery &query, const Adapter::ConnectOptions &options,
                       const std::shared_ptr<Waiter<std::shared_ptr<DeviceState>>> &waiter);
    std::vector<std::shared_ptr<DeviceState>> connectedDevices() const;
    // Disconnects every device (waiting for each, within `timeoutMs`).
    void disconnectAll(const std::shared_ptr<Waiter<std::monostate>> &waiter);

private:
    void onAdvertisements(const QList<Advertisement> &batch);
    void connectTo(const DeviceAddress &address, const QString &name, const Adapter::ConnectOptions &options,
                   const std::shared_ptr<Waiter<std::shared_ptr<DeviceState>>> &waiter);
    DeviceContext *deviceFor(const DeviceAddress &address) const;

    AdapterEngine *m_engine;
    QString m_uri;
    BackendOptions m_options;
    std::unique_ptr<BackendHost> m_host;
    NotificationHub *m_hub = nullptr;
    QList<DeviceContext *> m_devices;

    // Every device heard since the adapter opened (for connect by name or address), and the
    // current scan's results in the order first heard.
    struct HeardDevice
    {
        DeviceAddress address;
        QString name;
    };
    QHash<quint64, HeardDevice> m_heard;
    QHash<quint64, int> m_resultIndex;
    std::vector<ScanResult> m_results;
    Adapter::ScanCallback m_scanCallback;
};

} // namespace gattscope::detail
