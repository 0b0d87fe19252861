// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/error.h>
#include <gattscope/core/codecs/valuedecoder.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <memory>

namespace gattscope {

struct NotificationSample;

// One line of the traffic log: an operation's outcome, a value the peer pushed, or an event
// (connected, discovered, disconnected, a dongle error). The GUI's log, its file exports
// (CSV, JSON Lines, btsnoop) and the CLI read the same entries.
//
// Every entry is made by one of the builders below (DeviceSession calls them for what
// happens on a link), so the fields mean the same everywhere.
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
        Discovered, // discovery filled the database; `database` and `mtu` hold what it found
    };

    qint64 timestampUs = 0; // µs since the epoch; for an operation, when its outcome arrived
    // Operations: when the request went out (µs since the epoch); 0 when not known (a read
    // made elsewhere). A capture gives the request this time and the response timestampUs.
    qint64 requestTimestampUs = 0;
    QString device; // "C0:98:E5:49:00:01"
    quint16 handle = 0; // 0 for events
    QString name; // attribute name, or the event
    Direction direction = Direction::Event;
    QByteArray value; // bytes written/read/notified
    QString decoded; // the value made readable; see decodedText()
    QString error; // empty on success; Error::toString() otherwise
    quint8 attError = 0; // the ATT error code when the peer refused (Error::Kind::Att); else 0
    Event event = Event::Other; // for Direction::Event
    quint8 hciReason = 0; // Event::Disconnected: HCI reason (0x13, 0x16, 0x08 …); 0 = unknown
    bool randomAddress = false; // Event::Connected: the peer's address is a random one
    // Event::Connected: the address of our side of the link (the dongle's); null if unknown.
    DeviceAddress localAddress;
    // Event::Discovered: the database as discovery found it, and the link's ATT MTU then.
    std::shared_ptr<const GattDatabase> database;
    int mtu = 0;
    // Notifications leave `decoded` empty and carry their characteristic's decoder instead:
    // a flood of values costs no text until someone looks at it (decodedText()).
    std::shared_ptr<const ValueDecoder> decoder;

    // `decoded`, or the decoder's text for `value` (made now; a log caches it).
    QString decodedText() const;

    // --- the builders
    // An operation on an attribute: a read (value or error), a write (value sent, error). A
    // cancelled one (Error::Kind::Cancelled) reads "cancelled", without an error.
    static TrafficEntry operation(Direction direction, const QString &device, quint16 handle,
                                  const QString &name, const QByteArray &value, const QString &decoded,
                                  const Error &error = Error(), qint64 timestampUs = 0);
    // A value the peer pushed, as the hub stored it (a gap becomes an Event that says how many
    // values the hand-off dropped).
    static TrafficEntry notification(const QString &device, quint16 handle, const QString &name,
                                     const NotificationSample &sample,
                                     std::shared_ptr<const ValueDecoder> decoder);
    // Something that happened: "Discovered 3 service(s)", "Dongle error" with its message.
    static TrafficEntry note(const QString &device, const QString &what, const QString &error = {},
                             qint64 timestampUs = 0);
    // `localAddress`: our side of the link (Connection::localAddress()), may be null.
    static TrafficEntry connected(const DeviceAddress &address, qint64 timestampUs = 0,
                                  const DeviceAddress &localAddress = {});
    // Discovery succeeded (`what`: "Discovered 3 service(s)"); the entry carries the database
    // and the MTU, for captures that replay the discovery exchange.
    static TrafficEntry discovered(const DeviceAddress &address, const QString &what,
                                   const GattDatabase &database, int mtu, qint64 timestampUs = 0);
    static TrafficEntry disconnected(const DeviceAddress &address, const Error &reason,
                                     qint64 timestampUs = 0);

    // Now, in µs since the epoch, to the µs (what the builders use for timestampUs 0).
    static qint64 nowUs();
};

// `attError` for an operation's outcome: the ATT code for Error::Kind::Att, else 0.
quint8 trafficAttError(const Error &error);
// `hciReason` for a disconnect reason: the HCI code for Error::Kind::Controller, 0x08
// (Connection Timeout) for a timeout, else 0x1F (Unspecified Error).
quint8 trafficHciReason(const Error &reason);
// A disconnect reason in words: "Connection Timeout (HCI 0x08)", or Error::toString().
QString disconnectReasonText(const Error &reason);

// "→ write", "→ write cmd", "← read", "← notify", "← indicate", "· event" (translated).
QString trafficDirectionName(TrafficEntry::Direction direction);
// Untranslated keys for files: "write", "write-command", "read", "notify", "indicate", "event".
QString trafficDirectionKey(TrafficEntry::Direction direction);

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::TrafficEntry)
