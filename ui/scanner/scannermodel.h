// SPDX-License-Identifier: MIT
#pragma once

#include "scanneddevice.h"

#include <gattscope/core/backend/advertisement.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <vector>

namespace gattscope {

// The scanner's device list: one row per peer address, adverts and scan responses merged.
//
// Fed in batches (Backend::advertisementsReceived): each batch costs at most one
// beginInsertRows() for the new devices, and dataChanged() for the updated rows: one per
// run of contiguous rows, or a single bounding range when the updates are scattered (one
// proxy re-sort per batch instead of thousands); never a reset. New devices are appended.
//
// Bounded: past capacity() devices (default DefaultCapacity, File → Preferences) the ones
// heard longest ago are evicted after each batch, with one beginRemoveRows() per contiguous
// run of rows (random advertisers leave the oldest at the top, so usually one), and counted
// in evictedCount(). A device marked connected (setConnected()) is never evicted. Eviction
// moves the rows after it up: look a device up by address (rowOf()), not by a kept row.
//
// A device not seen for staleAfterSeconds() turns stale (StaleRole); views fade it and
// ScannerFilterModel can hide it. A connected device is never stale (a peer stops
// advertising while it holds a link): it shows as connected (ConnectedRole, an icon).
//
// Hidden devices (setHidden(), the scanner's "Hide") are remembered by address for the
// model's lifetime, across clear(), so that a noisy neighbour stays hidden when the scan
// restarts; ScannerFilterModel leaves them out unless asked to show them. Staleness is re-evaluated by a
// one-second timer against the wall clock, or explicitly by refreshStale(nowUs) (tests).
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
        ConnectedRole, // bool: the window holds a link to it (setConnected())
        HiddenRole, // bool: the user hid it (setHidden())
        ConnectBlockedRole, // QString: why Connect is refused ("Not connectable: …"), or empty
    };

    explicit ScannerModel(QObject *parent = nullptr);
    ~ScannerModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int DefaultCapacity = 1000;
    static constexpr int MinimumCapacity = 10;

    // Merges one batch of reports (any mix of adverts, scan responses, known and new peers),
    // then evicts past capacity().
    void addAdvertisements(const QList<gattscope::Advertisement> &batch);
    void clear();
    // After a language change (the view calls it): headerDataChanged() for every column and
    // dataChanged() for the rows, whose names, "yes"/"no" and tool tips are translated.
    void retranslate();

    int capacity() const { return m_capacity; }
    // At least MinimumCapacity; a smaller capacity evicts at once.
    void setCapacity(int devices);
    // Connected devices stay listed whatever the capacity (also one heard later), are marked
    // (ConnectedRole) and never stale.
    void setConnected(const DeviceAddress &address, bool connected);
    bool isConnected(const DeviceAddress &address) const { return m_connected.contains(address); }
    void setHidden(const DeviceAddress &address, bool hidden);
    bool isHidden(const DeviceAddress &address) const { return m_hidden.contains(address); }
    // Hidden devices currently listed (what "Show hidden (N)" counts).
    int hiddenCount() const;
    void unhideAll();
    // Why a connection to the device of `row` makes no sense ("Not connectable: it sends
    // ADV_NONCONN_IND"), or an empty string when it may be tried.
    QString connectBlockedReason(int row) const;
    // Devices evicted to stay within capacity() since construction (clear() keeps it).
    qint64 evictedCount() const { return m_evicted; }

    int staleAfterSeconds() const { return m_staleAfterSeconds; }
    void setStaleAfterSeconds(int seconds);
    // Re-evaluates staleness against `nowUs` (µs since the epoch); dataChanged for flips.
    void refreshStale(qint64 nowUs);
    // Stops/starts the one-second wall-clock stale timer (tests drive refreshStale()).
    void setStaleTimerEnabled(bool enabled);
    // How often updates of known rows (RSSI, counts, advertising data) are announced with
    // dataChanged(). 0 (the default): with every batch. A window sets a few hundred ms: the
    // data is current at once (data() answers from it), but the view repaints and the sorted
    // list reorders a few times a second instead of with every advert, which is both
    // readable and cheap. New rows are inserted at once either way.
    void setChangeInterval(std::chrono::milliseconds interval);

    const ScannedDevice *device(int row) const;
    int rowOf(const DeviceAddress &address) const; // -1 when unknown
    int deviceCount() const { return int(m_devices.size()); }
    qint64 advertCount() const { return m_advertCount; }

Q_SIGNALS:
    // After a batch was merged, with the batch (the RSSI plot takes its points from it).
    void advertisementsMerged(const QList<gattscope::Advertisement> &batch);
    void hiddenChanged();

private:
    void emitRowChanged(const DeviceAddress &address, const QList<int> &roles);

    static void derive(ScannedDevice &device);
    void emitChangedRuns(QList<int> rows, const QList<int> &roles);
    void emitPendingChanges();
    void evictBeyondCapacity();

    std::vector<ScannedDevice> m_devices;
    QHash<DeviceAddress, int> m_rows;
    QSet<DeviceAddress> m_connected;
    QSet<DeviceAddress> m_hidden;
    int m_capacity = DefaultCapacity;
    qint64 m_evicted = 0;
    int m_staleAfterSeconds = 10;
    qint64 m_advertCount = 0;
    QTimer m_staleTimer;
    QTimer m_changeTimer; // single-shot, armed by a batch that changed known rows
    QSet<DeviceAddress> m_pendingChanges; // rows changed since the last dataChanged()
};

} // namespace gattscope
