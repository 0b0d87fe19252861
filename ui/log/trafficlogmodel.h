// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/session/trafficentry.h>

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>

class QIODevice;

namespace gattscope {

// The traffic log: every operation and notification, newest last.
//
// Built for thousands of entries per second: append() only queues; a timer (every
// flushIntervalMs) moves the queue into the model with one beginInsertRows() per flush.
// The model is bounded: past capacity() the oldest rows go, in chunks of a tenth of the
// capacity, with one beginRemoveRows() per chunk, so removal is rare and cheap.
//
// Pause stops the flushing only: entries keep queueing and appear on resume, nothing is
// lost unless the queue itself passes capacity (then its oldest entries are dropped and
// counted in droppedCount()).
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
    };

    explicit TrafficLogModel(QObject *parent = nullptr);
    ~TrafficLogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    void setCapacity(int rows);
    int flushInterval() const { return m_timer.interval(); }
    void setFlushInterval(int ms) { m_timer.setInterval(ms); }

    bool isPaused() const { return m_paused; }
    int pendingCount() const { return int(m_pending.size()); }
    qint64 droppedCount() const { return m_dropped; }
    qint64 totalCount() const { return m_total; } // everything ever appended
    const TrafficEntry &entry(int row) const { return m_rows[size_t(row)]; }

    // Text of a row as the table shows it, tab-separated (for Copy).
    QString rowText(int row) const;
    // All rows (or `rows`, source row numbers) as CSV with a header line / as JSON Lines.
    bool writeCsv(QIODevice *device, const QList<int> &rows = {}) const;
    bool writeJsonLines(QIODevice *device, const QList<int> &rows = {}) const;
    // The same rows as a btsnoop capture for Wireshark: ATT PDUs in synthesized HCI ACL
    // packets, datalink 1002 (TrafficBtsnoopExporter says what each entry becomes).
    // `records`, when given, receives the number of records written.
    bool writeBtsnoop(QIODevice *device, const QList<int> &rows = {}, int *records = nullptr) const;

public Q_SLOTS:
    void append(const gattscope::TrafficEntry &entry);
    void appendBatch(const QList<gattscope::TrafficEntry> &entries);
    // Moves queued entries into the model now (unless paused).
    void flush();
    void setPaused(bool paused);
    void clear();

Q_SIGNALS:
    void pausedChanged(bool paused);
    // After each flush or clear: for status texts.
    void countsChanged();

private:
    void trimPending();
    QString cellText(const TrafficEntry &e, Column column) const;

    std::deque<TrafficEntry> m_rows;
    std::deque<TrafficEntry> m_pending;
    int m_capacity = 100000;
    bool m_paused = false;
    qint64 m_dropped = 0;
    qint64 m_total = 0;
    QTimer m_timer;
};

} // namespace gattscope
