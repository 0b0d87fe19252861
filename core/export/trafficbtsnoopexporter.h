// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/export/btsnoopwriter.h>
#include <gattscope/core/session/trafficentry.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class QIODevice;

namespace gattscope {

// Turns traffic-log entries into a btsnoop capture (datalink 1002, see BtsnoopWriter) that
// Wireshark dissects: each logged GATT operation becomes the ATT PDUs it stands for, each
// wrapped in a synthesized HCI ACL packet, with the entry's timestamp:
//
//   read         → Read Request, then Read Response — or, for a value longer than one
//                  response (22 bytes at the default MTU of 23), Read Response + Read Blob
//                  Request/Response pairs; an ATT failure → Error Response
//   write        → Write Request + Write Response (a value over 20 bytes: Prepare Write
//                  Request/Response pairs + Execute Write); an ATT failure → Error Response
//                  (to the Execute Write for a long one)
//   write cmd    → Write Command (none when it failed locally: nothing went out)
//   notify       → Handle Value Notification
//   indicate     → Handle Value Indication + Handle Value Confirmation
//   connected    → HCI LE Connection Complete;  disconnected → HCI Disconnection Complete
//
// A failure that is not an ATT error (timeout, link lost) keeps the request only: that is
// what went out. Other events and entries without a device are skipped. Each device gets
// a connection handle (0, 1, 2 … in order of first appearance). The MTU is not in the
// log, so the long-value split assumes 23, a BLED112's; a capture of a larger-MTU link
// still dissects, with more blob reads than the air saw.
class TrafficBtsnoopExporter
{
public:
    struct Packet
    {
        qint64 timestampUs = 0;
        BtsnoopWriter::Direction direction = BtsnoopWriter::Direction::Sent;
        bool event = false; // an HCI event (connection complete …) rather than ACL data
        QByteArray h4; // H4 packet: type byte + HCI packet
    };

    // ATT payload sizes at the default MTU: Read Response (MTU − 1) and Prepare Write
    // value part (MTU − 5); a Write Request carries up to MTU − 3 bytes.
    static constexpr int kReadChunk = 22;
    static constexpr int kWriteRequestMax = 20;
    static constexpr int kPrepareChunk = 18;

    explicit TrafficBtsnoopExporter(QIODevice *device = nullptr);

    // The file header; call once before write().
    bool writeHeader();
    // Appends the records of one entry. False when the device refused the bytes.
    bool write(const TrafficEntry &entry);
    int recordCount() const { return m_records; }
    int skippedCount() const { return m_skipped; }

    // The packets one entry becomes (connection handles are assigned as a side effect).
    QList<Packet> packetsFor(const TrafficEntry &entry);
    // The handle given to `device` ("C0:98:E5:49:00:01"); assigned on first use.
    quint16 connectionHandle(const QString &device);

private:
    QIODevice *m_device;
    QHash<QString, quint16> m_handles;
    int m_records = 0;
    int m_skipped = 0;
};

} // namespace gattscope
