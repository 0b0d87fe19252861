// SPDX-License-Identifier: MIT
#include "scannermodel.h"

#include <gattscope/ui/common/corebridge.h>

#include <QDateTime>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>

#include <algorithm>
#include <utility>

namespace gattscope {

namespace {
qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

QString timeOfDay(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
}

// The table's "last seen": to the second (milliseconds are in the tooltip) — a column an
// engineer reads at a glance, kept narrow.
QString clockTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000).toString(QStringLiteral("HH:mm:ss"));
}

// Roles whose value may change when a device is updated; the proxy re-sorts and re-filters
// only when its sort/filter role is listed, so both are always included.
const QList<int> &updateRoles()
{
    static const QList<int> roles { Qt::DisplayRole,
                                    Qt::ToolTipRole,
                                    Qt::FontRole,
                                    ScannerModel::RssiRole,
                                    ScannerModel::LastSeenRole,
                                    ScannerModel::StaleRole,
                                    ScannerModel::ConnectableRole,
                                    ScannerModel::ConnectBlockedRole,
                                    ScannerModel::SortRole,
                                    ScannerModel::FilterRole };
    return roles;
}
} // namespace

ScannerModel::ScannerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_staleTimer.setInterval(1000);
    connect(&m_staleTimer, &QTimer::timeout, this, [this] { refreshStale(nowUs()); });
    m_staleTimer.start();
    m_changeTimer.setSingleShot(true);
    connect(&m_changeTimer, &QTimer::timeout, this, &ScannerModel::emitPendingChanges);
}

void ScannerModel::setChangeInterval(std::chrono::milliseconds interval)
{
    m_changeTimer.setInterval(std::max(std::chrono::milliseconds(0), interval));
    if (interval.count() <= 0)
        emitPendingChanges();
}

void ScannerModel::emitPendingChanges()
{
    m_changeTimer.stop();
    if (m_pendingChanges.isEmpty())
        return;
    QList<int> rows;
    rows.reserve(m_pendingChanges.size());
    for (const DeviceAddress &address : std::as_const(m_pendingChanges)) {
        if (const auto it = m_rows.constFind(address); it != m_rows.cend())
            rows.append(*it); // evicted or cleared since: nothing to announce
    }
    m_pendingChanges.clear();
    emitChangedRuns(std::move(rows), updateRoles());
}

ScannerModel::~ScannerModel() = default;

int ScannerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int ScannerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const ScannedDevice *ScannerModel::device(int row) const
{
    if (row < 0 || row >= int(m_devices.size()))
        return nullptr;
    return &m_devices[size_t(row)];
}

int ScannerModel::rowOf(const DeviceAddress &address) const
{
    return m_rows.value(address, -1);
}

QVariant ScannerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScannedDevice &d = m_devices[size_t(index.row())];
    const auto column = Column(index.column());
    const bool connected = m_connected.contains(d.address);
    const bool stale = d.stale && !connected;

    switch (role) {
    case AddressRole: return QVariant::fromValue(d.address);
    case RssiRole: return d.rssi == ScannedDevice::NoRssi ? QVariant() : QVariant(int(d.rssi));
    case LastSeenRole: return d.lastSeenUs;
    case StaleRole: return stale;
    case ConnectableRole: return d.connectable;
    case ConnectedRole: return connected;
    case HiddenRole: return m_hidden.contains(d.address);
    case ConnectBlockedRole: return connectBlockedReason(index.row());
    case FilterRole: return d.filterText;
    case SortRole:
        switch (column) {
        case Column::Name: return d.name.toLower();
        case Column::Address: return d.address.toUInt64();
        case Column::Rssi: return d.rssi == ScannedDevice::NoRssi ? -1000 : int(d.rssi);
        case Column::LastSeen: return d.lastSeenUs;
        case Column::Connectable: return connected ? 2 : (d.connectable ? 1 : 0);
        case Column::Services: return d.servicesText.toLower();
        case Column::Manufacturer: return d.manufacturer.toLower();
        case Column::Count: break;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name: return d.name.isEmpty() ? tr("(unnamed)") : d.name;
        case Column::Address: return d.address.toString();
        case Column::Rssi: return d.rssi == ScannedDevice::NoRssi ? QString() : QString::number(d.rssi);
        case Column::LastSeen: return clockTime(d.lastSeenUs);
        case Column::Connectable:
            if (connected)
                return tr("connected");
            return d.connectable ? tr("yes") : tr("no");
        case Column::Services: return d.servicesText;
        case Column::Manufacturer: return d.manufacturer;
        case Column::Count: break;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Column::Name && connected) {
            static const QIcon icon(QStringLiteral(":/gattscope/icons/connect.svg"));
            return icon;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Name:
            if (connected)
                return tr("Connected: this window holds a link to it (it may stop advertising meanwhile)");
            break;
        case Column::Address:
            return tr("%1, %2 address").arg(d.address.toString(), addressTypeName(d.address.type()));
        case Column::Rssi: return tr("Received signal strength of the last report, in dBm");
        case Column::LastSeen:
            return tr("Last seen %1; first seen %2, %n report(s)", nullptr, d.advertCount)
                .arg(timeOfDay(d.lastSeenUs), timeOfDay(d.firstSeenUs));
        case Column::Connectable: {
            if (!d.heardAdvert)
                return tr("Only a scan response was heard so far");
            if (!d.kindKnown)
                return tr("The backend does not report the advertising PDU type (the system's Bluetooth "
                          "stack hands out device properties): assumed connectable");
            const QString reason = connectBlockedReason(index.row());
            const QString pdu = tr("Last advertising PDU: %1").arg(advertisementKindName(d.lastKind));
            return reason.isEmpty() ? pdu : pdu + u'\n' + reason;
        }
        case Column::Services: return d.servicesText;
        default: break;
        }
        return stale ? tr("Not seen for more than %n second(s)", nullptr, m_staleAfterSeconds) : QVariant();
    case Qt::FontRole:
        if (column == Column::Address)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (column == Column::Name && (d.name.isEmpty() || connected)) {
            QFont font;
            font.setItalic(d.name.isEmpty());
            font.setBold(connected);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Rssi)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ScannerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Column::Name: return tr("Name");
        case Column::Address: return tr("Address");
        case Column::Rssi: return tr("RSSI");
        case Column::LastSeen: return tr("Last seen");
        case Column::Connectable: return tr("Connectable");
        case Column::Services: return tr("Services");
        case Column::Manufacturer: return tr("Manufacturer");
        case Column::Count: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Rssi: return tr("Signal strength in dBm (higher is closer)");
        case Column::Services: return tr("Service UUIDs listed in the advert and scan response");
        case Column::Manufacturer: return tr("Company of the manufacturer-specific data");
        default: break;
        }
    }
    return {};
}

void ScannerModel::derive(ScannedDevice &d)
{
    const CoreBridge::AdvertSummary summary = CoreBridge::summarize(d.advertisingData, d.scanResponseData);
    d.name = summary.name;
    d.services = summary.services;
    d.txPower = summary.txPower;
    d.companyId = summary.companyId;

    QStringList names;
    QString haystack = d.name + u'\n' + d.address.toString() + u'\n';
    for (const Uuid &uuid : std::as_const(d.services)) {
        QString name = CoreBridge::serviceName(uuid);
        if (name.isEmpty())
            name = CoreBridge::userName(uuid);
        names << (name.isEmpty() ? uuid.toString() : QStringLiteral("%1 (%2)").arg(name, uuid.toString()));
        haystack += uuid.toCanonicalString() + u'\n';
    }
    d.servicesText = names.join(QStringLiteral(", "));
    if (d.companyId) {
        const QString company = CoreBridge::companyName(*d.companyId);
        const QString id
            = QStringLiteral("0x") + QString::number(*d.companyId, 16).toUpper().rightJustified(4, u'0');
        d.manufacturer = company.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(company, id);
    } else {
        d.manufacturer.clear();
    }
    haystack += d.servicesText + u'\n' + d.manufacturer;
    d.filterText = haystack.toLower();
}

void ScannerModel::addAdvertisements(const QList<Advertisement> &batch)
{
    if (batch.isEmpty())
        return;
    const qint64 now = nowUs();
    std::vector<ScannedDevice> added;
    QHash<DeviceAddress, int> addedIndex;
    QList<int> changed;
    changed.reserve(batch.size());

    for (const Advertisement &a : batch) {
        const qint64 ts = a.timestampUs > 0 ? a.timestampUs : now;
        ScannedDevice *d = nullptr;
        if (const auto it = m_rows.constFind(a.address); it != m_rows.cend()) {
            d = &m_devices[size_t(*it)];
            changed.append(*it);
        } else if (const auto jt = addedIndex.constFind(a.address); jt != addedIndex.cend()) {
            d = &added[size_t(*jt)];
        } else {
            addedIndex.insert(a.address, int(added.size()));
            d = &added.emplace_back();
            d->address = a.address;
            d->firstSeenUs = ts;
        }

        d->address.setType(a.address.type()); // a later report may classify it better
        d->lastSeenUs = std::max(d->lastSeenUs, ts);
        if (a.rssi != ScannedDevice::NoRssi)
            d->rssi = a.rssi;
        d->bonded = a.bonded;
        d->stale = false;
        ++d->advertCount;

        bool rawChanged = d->advertCount == 1;
        if (a.isScanResponse()) {
            if (!d->hasScanResponse || d->scanResponseData != a.data) {
                d->scanResponseData = a.data;
                d->hasScanResponse = true;
                rawChanged = true;
            }
        } else {
            d->connectable = a.isConnectable();
            d->lastKind = a.kind;
            d->kindKnown = !a.rebuilt;
            d->heardAdvert = true;
            if (d->advertisingData != a.data) {
                d->advertisingData = a.data;
                rawChanged = true;
            }
        }
        if (rawChanged)
            derive(*d);
    }
    m_advertCount += batch.size();

    if (m_changeTimer.interval() > 0) {
        for (int row : std::as_const(changed))
            m_pendingChanges.insert(m_devices[size_t(row)].address);
        if (!m_pendingChanges.isEmpty() && !m_changeTimer.isActive())
            m_changeTimer.start();
    } else {
        emitChangedRuns(std::move(changed), updateRoles());
    }

    if (!added.empty()) {
        const int first = int(m_devices.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        m_devices.reserve(m_devices.size() + added.size());
        for (ScannedDevice &d : added) {
            m_rows.insert(d.address, int(m_devices.size()));
            m_devices.push_back(std::move(d));
        }
        endInsertRows();
    }
    evictBeyondCapacity();
    Q_EMIT advertisementsMerged(batch);
}

void ScannerModel::setCapacity(int devices)
{
    m_capacity = std::max(MinimumCapacity, devices);
    evictBeyondCapacity();
}

void ScannerModel::setConnected(const DeviceAddress &address, bool connected)
{
    if (connected) {
        if (m_connected.contains(address))
            return;
        m_connected.insert(address);
        emitRowChanged(address, updateRoles());
    } else if (m_connected.remove(address)) {
        emitRowChanged(address, updateRoles());
        evictBeyondCapacity();
    }
}

void ScannerModel::setHidden(const DeviceAddress &address, bool hidden)
{
    if (hidden == m_hidden.contains(address))
        return;
    if (hidden)
        m_hidden.insert(address);
    else
        m_hidden.remove(address);
    emitRowChanged(address, { HiddenRole, SortRole, FilterRole });
    Q_EMIT hiddenChanged();
}

void ScannerModel::unhideAll()
{
    if (m_hidden.isEmpty())
        return;
    const QSet<DeviceAddress> hidden = std::exchange(m_hidden, {});
    QList<int> rows;
    for (const DeviceAddress &address : hidden) {
        if (const int row = rowOf(address); row >= 0)
            rows.append(row);
    }
    emitChangedRuns(std::move(rows), { HiddenRole, SortRole, FilterRole });
    Q_EMIT hiddenChanged();
}

int ScannerModel::hiddenCount() const
{
    int count = 0;
    for (const DeviceAddress &address : m_hidden)
        count += m_rows.contains(address);
    return count;
}

QString ScannerModel::connectBlockedReason(int row) const
{
    const ScannedDevice *d = device(row);
    if (!d || d->connectable || m_connected.contains(d->address) || !d->heardAdvert)
        return {};
    switch (d->lastKind) {
    case AdvertisementKind::NonConnectable:
        return tr("Not connectable: it sends ADV_NONCONN_IND (a broadcaster or beacon)");
    case AdvertisementKind::ScannableUndirected:
        return tr("Not connectable: it sends ADV_SCAN_IND (scannable, not connectable)");
    default: break;
    }
    return tr("Not connectable: its advertisements do not accept connections");
}

void ScannerModel::emitRowChanged(const DeviceAddress &address, const QList<int> &roles)
{
    if (const int row = rowOf(address); row >= 0)
        emitChangedRuns({ row }, roles);
}

void ScannerModel::evictBeyondCapacity()
{
    const auto excess = qsizetype(m_devices.size()) - m_capacity;
    if (excess <= 0)
        return;
    // The `excess` devices heard longest ago, connected ones aside.
    std::vector<std::pair<qint64, int>> candidates;
    candidates.reserve(m_devices.size());
    for (size_t row = 0; row < m_devices.size(); ++row) {
        if (!m_connected.contains(m_devices[row].address))
            candidates.emplace_back(m_devices[row].lastSeenUs, int(row));
    }
    const auto count = std::min(excess, qsizetype(candidates.size()));
    if (count <= 0)
        return;
    std::nth_element(candidates.begin(), candidates.begin() + (count - 1), candidates.end());
    std::vector<int> rows;
    rows.reserve(size_t(count));
    for (qsizetype i = 0; i < count; ++i)
        rows.push_back(candidates[size_t(i)].second);
    std::sort(rows.begin(), rows.end());
    // Contiguous runs, last first: the rows before a run keep their numbers.
    auto end = rows.end();
    while (end != rows.begin()) {
        auto first = end - 1;
        while (first != rows.begin() && *(first - 1) == *first - 1)
            --first;
        const int from = *first;
        const int to = *(end - 1);
        beginRemoveRows(QModelIndex(), from, to);
        for (int row = from; row <= to; ++row)
            m_rows.remove(m_devices[size_t(row)].address);
        m_devices.erase(m_devices.begin() + from, m_devices.begin() + to + 1);
        for (size_t row = size_t(from); row < m_devices.size(); ++row)
            m_rows[m_devices[row].address] = int(row);
        endRemoveRows();
        end = first;
    }
    m_evicted += count;
}

void ScannerModel::emitChangedRuns(QList<int> rows, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int lastColumn = int(Column::Count) - 1;
    // Many scattered runs cost a proxy model one re-sort each; past a few, a single bounding
    // range is far cheaper for every listener (one pass instead of thousands).
    constexpr int maxRuns = 16;
    int runs = 1;
    for (qsizetype i = 1; i < rows.size() && runs <= maxRuns; ++i)
        runs += rows[i] != rows[i - 1] + 1;
    if (runs > maxRuns) {
        Q_EMIT dataChanged(index(rows.first(), 0), index(rows.last(), lastColumn), roles);
        return;
    }
    int start = rows.first();
    int previous = start;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows[i] == previous + 1) {
            previous = rows[i];
            continue;
        }
        Q_EMIT dataChanged(index(start, 0), index(previous, lastColumn), roles);
        if (i < rows.size())
            start = previous = rows[i];
    }
}

void ScannerModel::clear()
{
    if (m_devices.empty())
        return;
    beginResetModel();
    m_devices.clear();
    m_rows.clear();
    m_pendingChanges.clear();
    m_advertCount = 0;
    endResetModel();
    Q_EMIT hiddenChanged(); // the count of listed hidden devices changed
}

void ScannerModel::setStaleAfterSeconds(int seconds)
{
    m_staleAfterSeconds = std::max(1, seconds);
    refreshStale(nowUs());
}

void ScannerModel::setStaleTimerEnabled(bool enabled)
{
    if (enabled)
        m_staleTimer.start();
    else
        m_staleTimer.stop();
}

void ScannerModel::refreshStale(qint64 now)
{
    const qint64 limit = qint64(m_staleAfterSeconds) * 1000000;
    QList<int> flipped;
    for (size_t row = 0; row < m_devices.size(); ++row) {
        ScannedDevice &d = m_devices[row];
        const bool stale = now - d.lastSeenUs > limit;
        if (stale != d.stale) {
            d.stale = stale;
            flipped.append(int(row));
        }
    }
    emitChangedRuns(std::move(flipped),
                    { StaleRole, Qt::ToolTipRole, ScannerModel::SortRole, ScannerModel::FilterRole });
}

void ScannerModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           { Qt::DisplayRole, Qt::ToolTipRole });
}

} // namespace gattscope
