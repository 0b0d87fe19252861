// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace gattscope {

// One line of the traffic log: an operation's outcome or a value the peer pushed.
struct TrafficEntry
{
    enum class Direction : quint8 {
        Write, // → Write Request (or prepared/long write)
        WriteCommand, // → Write Command, no response
        Read, // ← Read (short or long)
        Notification, // ← Handle Value Notification
        Indication, // ← Handle Value Indication
        Event, // · connection events (connected, discovered, disconnected)
    };

    qint64 timestampUs = 0; // µs since the epoch
    QString device; // "C0:98:E5:49:00:01"
    quint16 handle = 0; // 0 for events
    QString name; // attribute name, or the event
    Direction direction = Direction::Event;
    QByteArray value; // bytes written/read/notified
    QString decoded; // the value made readable
    QString error; // empty on success; Error::toString() otherwise
};

// "→ write", "→ write cmd", "← read", "← notify", "← indicate", "· event" (translated).
QString trafficDirectionName(TrafficEntry::Direction direction);
// Untranslated keys for files: "write", "write-command", "read", "notify", "indicate", "event".
QString trafficDirectionKey(TrafficEntry::Direction direction);

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::TrafficEntry)
