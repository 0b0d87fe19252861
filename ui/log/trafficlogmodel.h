// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/streamcursor.h>
#include <gattscope/core/session/trafficentry.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <functional>

class QIODevice;

namespace gattscope {

// The traffic log: every operation, event and notification, newest last.
//
// Two sources, one timeline: entries given to append() (operations and events, from the
// device sessions and the window), and the notifications of a NotificationHub (setHub()),
// which the log reads like every other consumer — the range that is new in each stream —
// when it flushes. Rows are ordered by time within a flush.
//
// Built for floods: append() only queues, and the hub is only read when a timer (every
// flushInterval() ms, armed by new data) flushes, with one beginInsertRows() per flush. A
// notification's row is built from the hub's bytes and its session's name and decoder;
// its decoded text is made when a view (or the filter, or an export) first asks for it, and
// kept.
//
// Bounded twice, and never silent about it:
// - Rate: a flush inserts at most maxRowsPerFlush() notification rows — the newest; the
//   others are not shown and counted in droppedCount() (a display update skipped, never a
//   recorded value: the hub, the plots and the recorder have those). Queued entries
//   (operations, events) are always shown. So a flood costs the GUI thread a fixed amount
//   of work per flush, whatever its rate.
// - Size: past capacity() the oldest rows go, in chunks of a tenth of the capacity, with one
//   beginRemoveRows() per chunk; they are counted in removedCount().
//
// Pause stops the flushing only: entries keep queueing and the hub keeps recording; they
// appear on resume. What could not wait (the queue past capacity(), values the hub evicted
// to stay within its memory budget before the log read them) is counted in droppedCount().
class TrafficLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Time,
        Device,
        Handle,
        Name,
        Direction,
        Hex,
        Decoded,
        Count
    };
    Q_ENUM(Column)

    enum Role {
        FilterRole = Qt::UserRole + 1, // lower-case text of the whole row
        ErrorRole, // bool: the operation failed
        TimestampRole, // qint64 µs since the epoch
        AddressRole, // QString: the device's address as recorded ("C0:98:E5:49:00:01")
        DirectionRole, // int: TrafficEntry::Direction
        EventRole, // int: TrafficEntry::Event (Event::Other for operations and notifications)
    };

    // The entry of a value the hub holds (the device session's name and decoder).
    using Describer = std::function<TrafficEntry(const StreamKey &key, const NotificationSample &sample)>;

    // 500 rows per 50 ms flush: 10,000 rows a second, more than anyone reads, little enough
    // that a flood costs the GUI thread a few milliseconds per flush.
    static constexpr int DefaultMaxRowsPerFlush = 500;

    explicit TrafficLogModel(QObject *parent = nullptr);
    ~TrafficLogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    void setCapacity(int rows);
    // Notification rows one flush inserts at most (the newest); at least 1.
    int maxRowsPerFlush() const { return m_maxRowsPerFlush; }
    void setMaxRowsPerFlush(int rows) { m_maxRowsPerFlush = std::max(1, rows); }
    int flushInterval() const { return m_timer.interval(); }
    void setFlushInterval(int ms) { m_timer.setInterval(ms); }

    // Reads the notifications of `hub` from now on (what it already holds too), with
    // `describe` making each row. nullptr detaches.
    void setHub(NotificationHub *hub, Describer describe);
    NotificationHub *hub() const { return m_hub; }

    bool isPaused() const { return m_paused; }
    // Entries waiting for the next flush: queued ones and the notifications not yet read.
    int pendingCount() const;
    // Entries never shown: notifications past maxRowsPerFlush() or evicted by the hub before
    // the log read them, queued entries past capacity() while paused.
    qint64 droppedCount() const { return m_dropped; }
    // Rows shown once and removed (the oldest) to stay within capacity().
    qint64 removedCount() const { return m_removed; }
    qint64 totalCount() const { return m_total; } // everything ever appended
    // The row as the table shows it (its decoded text made if it was not yet).
    const TrafficEntry &entry(int row) const;
    // The row's decoded text (made on first use and kept).
    QString decodedText(int row) const;

    // Names shown next to addresses in the Device column: "Polar H10 (C0:98:E5:49:00:01)".
    // `address` as entries carry it; an empty name shows the address alone. Rows already
    // shown follow (dataChanged() on the Device column).
    void setDeviceName(const QString &address, const QString &name);
    QString deviceName(const QString &address) const { return m_deviceNames.value(address); }
    // "Name (address)", or the address when the name is not known.
    QString deviceLabel(const QString &address) const;
    // The addresses of every device the log has shown a row of (not forgotten by clear()),
    // in the order they first appeared; entries without a device (dongle errors) are not
    // listed.
    QStringList devices() const { return m_devices; }

    // Text of a row as the table shows it, tab-separated (for Copy).
    QString rowText(int row) const;
    // All rows (or `rows`, source row numbers) as CSV with a header line / as JSON Lines.
    // Fail when the device refused the data.
    Status writeCsv(QIODevice *device, const QList<int> &rows = {}) const;
    Status writeJsonLines(QIODevice *device, const QList<int> &rows = {}) const;
    // The same rows as a btsnoop capture for Wireshark: ATT PDUs in synthesized HCI ACL
    // packets, datalink 1002 (TrafficBtsnoopExporter says what each entry becomes). The
    // capture begins with what Wireshark needs to name handles — the dongle's address, the
    // link, the discovery exchange of each device's database — taken from the log's
    // Connected and Discovered entries, also when those rows are not among `rows` or were
    // removed or cleared since. The value is the number of records written.
    Result<int> writeBtsnoop(QIODevice *device, const QList<int> &rows = {}) const;

public Q_SLOTS:
    void append(const gattscope::TrafficEntry &entry);
    void appendBatch(const QList<gattscope::TrafficEntry> &entries);
    // Moves queued entries into the model now (unless paused).
    void flush();
    void setPaused(bool paused);
    void clear();
    // After a language change (the view calls it): headerDataChanged() for every column and
    // dataChanged() for the translated Direction column. Recorded names and errors stay in
    // the language they were recorded in.
    void retranslate();

Q_SIGNALS:
    void pausedChanged(bool paused);
    // After each flush or clear: for status texts.
    void countsChanged();
    // devices() grew, or a device's name changed.
    void devicesChanged();

private:
    void trimPending();
    void schedule();
    QString cellText(const TrafficEntry &e, Column column) const;
    const QString &decodedOf(const TrafficEntry &e) const;
    // What is new in the hub, newest `limit` of it; counts what was lost.
    void takeNotifications(std::vector<TrafficEntry> &out, qsizetype limit);

    // Keeps what a btsnoop export needs from Connected and Discovered entries: the newest of
    // each per device, whatever happens to the rows.
    void keepCaptureContext(const TrafficEntry &entry);

    // Rows decode on demand: data() caches the decoded text in the row.
    mutable std::deque<TrafficEntry> m_rows;
    std::deque<TrafficEntry> m_pending;
    QPointer<NotificationHub> m_hub;
    Describer m_describe;
    QHash<StreamKey, StreamCursor> m_cursors;
    int m_capacity = 100000;
    int m_maxRowsPerFlush = DefaultMaxRowsPerFlush;
    bool m_paused = false;
    qint64 m_dropped = 0;
    qint64 m_removed = 0;
    qint64 m_total = 0;
    QTimer m_timer;
    QHash<QString, TrafficEntry> m_captureContext; // "device/event" → newest such entry
    QHash<QString, QString> m_deviceNames; // address → name
    QStringList m_devices; // seen, in order of appearance
};

} // namespace gattscope
