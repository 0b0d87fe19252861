// SPDX-License-Identifier: MIT
#pragma once

#include "scanneddevice.h"

#include <gattscope/core/backend/advertisement.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <vector>

namespace gattscope {

// The scanner's device list: one row per peer address, adverts and scan responses merged.
//
// Fed in batches (Backend::advertisementsReceived): each batch costs at most one
// beginInsertRows() for the new devices, and dataChanged() for the updated rows: one per
// run of contiguous rows, or a single bounding range when the updates are scattered (one
// proxy re-sort per batch instead of thousands); never a reset. Rows are only appended (until clear()), so a
// row number stays valid for a device's lifetime.
//
// A device not seen for staleAfterSeconds() turns stale (StaleRole); views fade it and
// ScannerFilterModel can hide it. Staleness is re-evaluated by a one-second timer against
// the wall clock, or explicitly by refreshStale(nowUs) (tests).
class ScannerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Name,
        Address,
        Rssi,
        LastSeen,
        Connectable,
        Services,
        Manufacturer,
        Count
    };
    Q_ENUM(Column)

    enum Role {
        AddressRole = Qt::UserRole + 1, // DeviceAddress
        RssiRole, // int dBm, or invalid when unknown
        LastSeenRole, // qint64 µs since the epoch
        StaleRole, // bool
        ConnectableRole, // bool
        SortRole, // a value that sorts naturally (numbers as numbers)
        FilterRole, // lower-case text the filter box searches
    };

    explicit ScannerModel(QObject *parent = nullptr);
    ~ScannerModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Merges one batch of reports (any mix of adverts, scan responses, known and new peers).
    void addAdvertisements(const QList<gattscope::Advertisement> &batch);
    void clear();

    int staleAfterSeconds() const { return m_staleAfterSeconds; }
    void setStaleAfterSeconds(int seconds);
    // Re-evaluates staleness against `nowUs` (µs since the epoch); dataChanged for flips.
    void refreshStale(qint64 nowUs);
    // Stops/starts the one-second wall-clock stale timer (tests drive refreshStale()).
    void setStaleTimerEnabled(bool enabled);

    const ScannedDevice *device(int row) const;
    int rowOf(const DeviceAddress &address) const; // -1 when unknown
    int deviceCount() const { return int(m_devices.size()); }
    qint64 advertCount() const { return m_advertCount; }

private:
    static void derive(ScannedDevice &device);
    void emitChangedRuns(QList<int> rows, const QList<int> &roles);

    std::vector<ScannedDevice> m_devices;
    QHash<DeviceAddress, int> m_rows;
    int m_staleAfterSeconds = 10;
    qint64 m_advertCount = 0;
    QTimer m_staleTimer;
};

} // namespace gattscope
