// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/export/btsnoopwriter.h>
#include <gattscope/core/gatt/gattdatabase.h>
#include <gattscope/core/session/trafficentry.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;

namespace gattscope {

class DeviceSession;

// The project's capture writer: turns traffic-log entries into a btsnoop capture (datalink
// 1002, see BtsnoopWriter) that Wireshark dissects as if it had been sniffed on an HCI. The
// GUI's log export and the CLI's `subscribe --btsnoop` both write through it.
//
// Each logged GATT operation becomes the ATT PDUs it stands for, each wrapped in a
// synthesized HCI ACL packet (L2CAP CID 4; requests host → controller, responses,
// notifications and events controller → host):
//
//   read         → Read Request, then Read Response — or, for a value longer than one
//                  response (MTU − 1 bytes), Read Response + Read Blob Request/Response
//                  pairs; an ATT failure → Error Response
//   write        → Write Request + Write Response (a value over MTU − 3 bytes: Prepare Write
//                  Request/Response pairs + Execute Write); an ATT failure → Error Response
//                  (to the Execute Write for a long one)
//   write cmd    → Write Command (none when it failed locally: nothing went out)
//   notify       → Handle Value Notification
//   indicate     → Handle Value Indication + Handle Value Confirmation
//   connected    → HCI LE Connection Complete;  disconnected → HCI Disconnection Complete
//   discovered   → the discovery exchange (below)
//
// A failure that is not an ATT error (timeout, link lost) keeps the request only: that is
// what went out. Other events and entries without a device are skipped. Each device gets
// a connection handle (0, 1, 2 … in order of first appearance).
//
// Times: a request carries the entry's requestTimestampUs (when it was sent), its response
// the entry's timestampUs (when the answer arrived); the pairs of a long read or write are
// spread evenly in between. Without a request time the request is put 1 µs before its
// response. Every time is strictly later than the one before within an entry.
//
// What Wireshark needs beyond the operations is synthesized, so that it names every handle
// ("Heart Rate Measurement") and decodes values by their characteristic:
// - once, before the first packet: HCI Read_BD_ADDR and its Command Complete with the
//   dongle's address (setLocalAddress(), or the localAddress of a Connected entry);
// - HCI LE Connection Complete with the peer's address and type, for a Connected entry or,
//   when a device's first entry is something else, before that entry;
// - the discovery exchange of the device's GattDatabase (discoveryExchange()): for a
//   Discovered entry, and before the first operation of a link when the database is known
//   otherwise (setDatabase(), learn()) — a capture that starts after discovery (the CLI's)
//   still begins with it. With an MTU above 23 an Exchange MTU pair comes first.
// Synthesized packets are stamped 1 µs apart, ending 1 µs before the entry that needed them
// (a Discovered entry: at its own time), but never before a packet already given out: where
// there is no room they share the time of the previous packet.
class TrafficBtsnoopExporter
{
public:
    struct Packet
    {
        qint64 timestampUs = 0;
        BtsnoopWriter::Direction direction = BtsnoopWriter::Direction::Sent;
        bool event = false; // an HCI command or event (connection complete …) rather than ACL data
        QByteArray h4; // H4 packet: type byte + HCI packet
    };

    static constexpr int kDefaultMtu = 23;
    // ATT payload sizes at the default MTU: Read Response (MTU − 1) and Prepare Write
    // value part (MTU − 5); a Write Request carries up to MTU − 3 bytes.
    static constexpr int kReadChunk = kDefaultMtu - 1;
    static constexpr int kWriteRequestMax = kDefaultMtu - 3;
    static constexpr int kPrepareChunk = kDefaultMtu - 5;

    explicit TrafficBtsnoopExporter(QIODevice *device = nullptr);

    // The dongle's own address (Connection::localAddress()). A null address is ignored.
    void setLocalAddress(const DeviceAddress &address);
    DeviceAddress localAddress() const { return m_localAddress; }
    // The database of `device` ("C0:98:E5:49:00:01") and the link's ATT MTU, for a capture
    // whose entries begin after discovery. A Discovered entry replaces it.
    void setDatabase(const QString &device, const GattDatabase &database, int mtu = kDefaultMtu);
    // The local address, database and MTU of a session, as setLocalAddress() and setDatabase().
    void setSession(const DeviceSession &session);
    // Takes what a capture needs from an entry without writing it: the local address of a
    // Connected entry, the database of a Discovered one. The log's export learns from every
    // row before it writes the chosen ones, so a part of the log still gets its discovery.
    void learn(const TrafficEntry &entry);

    // The file header; call once before write().
    bool writeHeader();
    // Appends the records of one entry. False when the device refused the bytes.
    bool write(const TrafficEntry &entry);
    int recordCount() const { return m_records; }
    int skippedCount() const { return m_skipped; }

    // The packets one entry becomes, synthesized ones included (the exporter's state — handles,
    // links, what was synthesized — advances as a side effect).
    QList<Packet> packetsFor(const TrafficEntry &entry);
    // The handle given to `device`; assigned on first use.
    quint16 connectionHandle(const QString &device);

    // The ATT PDUs of discovering `database` at `mtu` as a client does: Read By Group Type
    // (0x2800, then 0x2801 when there are secondary services) over all handles, Read By
    // Type (0x2803) over each service, Find Information over each characteristic's
    // descriptor range, each procedure ended by the Error Response "Attribute Not Found"
    // where a server sends one. Every response fits the MTU. The list alternates request,
    // response, request, response …
    static QList<QByteArray> discoveryExchange(const GattDatabase &database, int mtu = kDefaultMtu);

private:
    struct Link
    {
        quint16 handle = 0;
        bool open = false; // a Connection Complete is in the capture, no Disconnection since
        bool discovered = false; // the discovery exchange is in the capture for this link
        int mtu = kDefaultMtu;
        std::shared_ptr<const GattDatabase> database;
    };
    Link &link(const QString &device);

    QIODevice *m_device;
    DeviceAddress m_localAddress;
    bool m_localAddressWritten = false;
    qint64 m_lastUs = 0; // the latest time given to a packet so far
    QHash<QString, Link> m_links;
    int m_records = 0;
    int m_skipped = 0;
};

} // namespace gattscope
