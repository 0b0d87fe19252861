// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>

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

    // What a Direction::Event stands for, so that file exports (btsnoop) can synthesize the
    // matching HCI events; the text in `name` is for people.
    enum class Event : quint8 {
        Other, // discovery, failures, dongle errors …
        Connected, // a link opened; `randomAddress` gives the peer's address type
        Disconnected, // a link closed; `hciReason` says why
    };

    qint64 timestampUs = 0; // µs since the epoch
    QString device; // "C0:98:E5:49:00:01"
    quint16 handle = 0; // 0 for events
    QString name; // attribute name, or the event
    Direction direction = Direction::Event;
    QByteArray value; // bytes written/read/notified
    QString decoded; // the value made readable
    QString error; // empty on success; Error::toString() otherwise
    quint8 attError = 0; // the ATT error code when the peer refused (Error::Kind::Att); else 0
    Event event = Event::Other; // for Direction::Event
    quint8 hciReason = 0; // Event::Disconnected: HCI reason (0x13, 0x16, 0x08 …); 0 = unknown
    bool randomAddress = false; // Event::Connected: the peer's address is a random one
};

// `attError` for an operation's outcome: the ATT code for Error::Kind::Att, else 0.
quint8 trafficAttError(const Error &error);
// `hciReason` for a disconnect reason: the HCI code for Error::Kind::Controller, 0x08
// (Connection Timeout) for a timeout, else 0x1F (Unspecified Error).
quint8 trafficHciReason(const Error &reason);

// "→ write", "→ write cmd", "← read", "← notify", "← indicate", "· event" (translated).
QString trafficDirectionName(TrafficEntry::Direction direction);
// Untranslated keys for files: "write", "write-command", "read", "notify", "indicate", "event".
QString trafficDirectionKey(TrafficEntry::Direction direction);

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::TrafficEntry)
