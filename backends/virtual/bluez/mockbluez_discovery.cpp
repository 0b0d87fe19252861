// SPDX-License-Identifier: MIT
// MockBluez: Adapter1 — discovery sessions and filters, what is heard, RemoveDevice, power.
#include "mockbluez_p.h"
#include "mockbluezbus.h"
#include "mockbluezdevice.h"
#include "mockbluezgatt.h"

#include <gattscope/backends/virtual/virtualperipheral.h>
#include <gattscope/core/advertising/advertisingdata.h>

#include <QDateTime>

namespace gattscope {

using namespace mockbluez;

bool MockBluez::filterMatches(const Adapter &adapter, VirtualPeripheral *peripheral, qint8 rssi) const
{
    const PeripheralProfile &profile = peripheral->profile();
    const AdvertisingData ad
        = AdvertisingData::merged(AdvertisingData::parse(profile.advertisingData),
                                  AdvertisingData::parse(profile.scanResponseData, AdSource::ScanResponse));
    const bool discoverable = (ad.flags().value_or(0) & 0x03) != 0;
    for (const QString &session : adapter.sessions) {
        if (!adapter.filters.contains(session)) {
            if (discoverable)
                return true;
            continue;
        }
        // With a filter, bluetoothd reports non-discoverable advertisers too.
        const Filter &f = adapter.filters[session];
        if (f.transport == QLatin1String("bredr"))
            continue;
        if (f.rssi && rssi < *f.rssi)
            continue;
        if (!f.uuids.isEmpty()) {
            bool any = false;
            const QList<Uuid> advertised = ad.serviceUuids();
            for (const QString &text : f.uuids) {
                const std::optional<Uuid> u = Uuid::fromString(text);
                any = any || (u && advertised.contains(*u));
            }
            if (!any)
                continue;
        }
        if (!f.pattern.isEmpty() && !profile.address.toString().startsWith(f.pattern, Qt::CaseInsensitive)
            && !ad.name().startsWith(f.pattern))
            continue;
        return true;
    }
    return false;
}

void MockBluez::onAdvertised(VirtualPeripheral *peripheral)
{
    if (!isOnline() || !isInRange(peripheral))
        return;
    const qint8 rssi = peripheral->stepRssi();
    for (Adapter &a : m_adapters) {
        if (!a.powered || !a.discovering || !filterMatches(a, peripheral, rssi))
            continue;
        bool anyFilter = false;
        bool duplicates = false;
        for (const QString &s : std::as_const(a.sessions)) {
            anyFilter = anyFilter || a.filters.contains(s);
            duplicates = duplicates || a.filters.value(s).duplicateData;
        }
        MockBluezDevice *d = device(a, peripheral, true);
        if (!d->isConnected())
            d->heard(rssi, anyFilter, duplicates);
    }
}

void MockBluez::updateAdvertising()
{
    bool anyone = false;
    for (const Adapter &a : m_adapters)
        anyone = anyone || (a.powered && a.discovering);
    for (VirtualPeripheral *p : std::as_const(m_peripherals))
        p->setAdvertisingReports(anyone && isOnline() && isInRange(p));
}

void MockBluez::setDiscovering(Adapter &adapter, bool on)
{
    if (adapter.discovering == on)
        return;
    adapter.discovering = on;
    m_bus->setProperties(adapter.path, MockBluezInterface::Adapter,
                         { { QStringLiteral("Discovering"), on } });
    updateAdvertising();
    if (!on) {
        for (MockBluezDevice *d : std::as_const(adapter.devices))
            d->discoveryStopped();
    }
}

void MockBluez::sweepTemporary()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Adapter &a : m_adapters) {
        for (qsizetype i = a.devices.size() - 1; i >= 0; --i) {
            MockBluezDevice *d = a.devices[i];
            if (d->isConnected() || d->isConnecting() || d->isPaired())
                continue;
            if (d->isExported() && now - d->lastHeardMs() < m_options.temporaryTimeoutMs)
                continue;
            d->unexport();
            a.devices.removeAt(i);
            d->deleteLater();
        }
    }
}

void MockBluez::startDiscovery(const QDBusMessage &call)
{
    const std::optional<FaultRule> rule = commandFault(QStringLiteral("StartDiscovery"));
    if (preempt(rule, call, nullptr))
        return;
    Adapter *a = adapterAt(call.path());
    if (!a || !a->powered) {
        answer(call, notReady(), rule);
        return;
    }
    if (a->sessions.contains(call.service())) {
        answer(call, error(MockBluezError::InProgress, QStringLiteral("Operation already in progress")),
               rule);
        return;
    }
    a->sessions.append(call.service());
    watchClient(call.service());
    answer(call, {}, rule);
    setDiscovering(*a, true);
}

void MockBluez::stopDiscovery(const QDBusMessage &call)
{
    const std::optional<FaultRule> rule = commandFault(QStringLiteral("StopDiscovery"));
    if (preempt(rule, call, nullptr))
        return;
    Adapter *a = adapterAt(call.path());
    if (!a || !a->powered) {
        answer(call, notReady(), rule);
        return;
    }
    if (!a->sessions.removeOne(call.service())) {
        answer(call, error(MockBluezError::Failed, QStringLiteral("No discovery started")), rule);
        return;
    }
    a->filters.remove(call.service());
    answer(call, {}, rule);
    if (a->sessions.isEmpty())
        setDiscovering(*a, false);
}

void MockBluez::setDiscoveryFilter(const QDBusMessage &call)
{
    Adapter *a = adapterAt(call.path());
    if (!a || !a->powered) {
        answer(call, notReady());
        return;
    }
    const std::optional<QVariantMap> dict = MockBluezBus::dictionary(call.arguments().value(0));
    if (!dict) {
        answer(call, invalidArguments());
        return;
    }
    const QVariantMap &options = *dict;
    Filter f;
    bool rssi = false;
    bool pathloss = false;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QVariant &v = it.value();
        const QString &key = it.key();
        if (key == QLatin1String("UUIDs") && v.typeId() == QMetaType::QStringList) {
            f.uuids = v.toStringList();
        } else if (key == QLatin1String("RSSI") && v.typeId() == QMetaType::Short) {
            f.rssi = v.toInt();
            rssi = true;
        } else if (key == QLatin1String("Pathloss") && v.typeId() == QMetaType::UShort) {
            pathloss = true;
        } else if (key == QLatin1String("Transport") && v.typeId() == QMetaType::QString
                   && QStringList({ QStringLiteral("auto"), QStringLiteral("le"), QStringLiteral("bredr") })
                          .contains(v.toString())) {
            f.transport = v.toString();
        } else if (key == QLatin1String("DuplicateData") && v.typeId() == QMetaType::Bool) {
            f.duplicateData = v.toBool();
        } else if (key == QLatin1String("Discoverable") && v.typeId() == QMetaType::Bool) {
            // Makes the adapter discoverable meanwhile; nothing to model for a central.
        } else if (key == QLatin1String("Pattern") && v.typeId() == QMetaType::QString) {
            f.pattern = v.toString();
        } else {
            answer(call, invalidArguments());
            return;
        }
    }
    if (rssi && pathloss) {
        answer(call, invalidArguments());
        return;
    }
    if (options.isEmpty())
        a->filters.remove(call.service());
    else
        a->filters.insert(call.service(), f);
    watchClient(call.service());
    answer(call, {});
}

void MockBluez::removeDevice(const QDBusMessage &call)
{
    const std::optional<FaultRule> rule = commandFault(QStringLiteral("RemoveDevice"));
    if (preempt(rule, call, nullptr))
        return;
    Adapter *a = adapterAt(call.path());
    const QString path = qvariant_cast<QDBusObjectPath>(call.arguments().value(0)).path();
    MockBluezDevice *d = nullptr;
    if (a) {
        for (MockBluezDevice *candidate : std::as_const(a->devices)) {
            if (candidate->path() == path && candidate->isExported())
                d = candidate;
        }
    }
    if (!d) {
        answer(call, doesNotExist(), rule);
        return;
    }
    if (d->isConnected() || d->isConnecting())
        d->linkLost(QStringLiteral("org.bluez.Reason.Local"),
                    QStringLiteral("Connection terminated by local host"));
    d->forgetBond();
    d->unexport();
    a->devices.removeOne(d);
    d->deleteLater();
    answer(call, {}, rule);
}

void MockBluez::powerAdapter(Adapter &adapter, bool on)
{
    if (adapter.powered == on)
        return;
    if (!on) {
        adapter.sessions.clear();
        adapter.filters.clear();
        setDiscovering(adapter, false);
        for (MockBluezDevice *d : std::as_const(adapter.devices)) {
            if (d->isConnected() || d->isConnecting())
                d->linkLost(QStringLiteral("org.bluez.Reason.Local"),
                            QStringLiteral("Connection terminated by local host"));
        }
    }
    adapter.powered = on;
    m_bus->setProperties(adapter.path, MockBluezInterface::Adapter, { { QStringLiteral("Powered"), on } });
    updateAdvertising();
}

} // namespace gattscope
