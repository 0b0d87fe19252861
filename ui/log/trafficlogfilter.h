// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace gattscope {

// What the traffic log shows: the rows of a TrafficLogModel that pass every filter at once —
// the text (case-insensitive, anywhere in the row as shown), the device, the direction and
// the kind of entry. A filter left at its default lets everything through.
class TrafficLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Direction {
        All,
        Sent, // writes and write commands
        Received, // reads, notifications, indications
    };
    Q_ENUM(Direction)

    enum class Kind {
        All,
        Read,
        Write, // with or without response
        Notify,
        Indicate,
        Event, // connected, discovered, disconnected, dongle errors, dropped values
        Error, // any entry that failed (an error text), whatever its kind
    };
    Q_ENUM(Kind)

    explicit TrafficLogFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The address as entries carry it ("C0:98:E5:49:00:01"); empty = every device.
    void setDevice(const QString &address);
    QString device() const { return m_device; }
    void setDirection(Direction direction);
    Direction direction() const { return m_direction; }
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }

    // Whether any filter holds rows back.
    bool isActive() const;

Q_SIGNALS:
    // After any of the filters changed.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_device;
    Direction m_direction = Direction::All;
    Kind m_kind = Kind::All;
};

} // namespace gattscope
