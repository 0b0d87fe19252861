// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/error.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace gattscope {

// The link a synthesized HCI LE Connection Complete event describes (Core spec Vol 4
// Part E §7.7.65.1). Units are the HCI ones.
struct BtsnoopLink
{
    quint16 connectionHandle = 0; // 12 bits; BLED112 connection numbers 0…7 fit as they are
    DeviceAddress peer; // its type gives the peer address type (public / random)
    bool weAreCentral = true; // role 0x00; a BLED112 client always connects as central
    quint16 intervalUnits = 40; // × 1.25 ms (50 ms)
    quint16 peripheralLatency = 0; // connection events
    quint16 supervisionTimeoutUnits = 100; // × 10 ms (1 s)
};

// Writes a btsnoop capture (datalink 1002, HCI UART/H4) of an ATT-level session, so that
// Wireshark dissects what a BGAPI dongle did as if it had been sniffed on an HCI.
//
// BGAPI is not HCI: the traffic log records GATT *operations*. Each one becomes the ATT
// PDU it stands for (see AttPdu), wrapped as an H4 ACL data packet: type 0x02, HCI ACL
// header (connection handle, PB = 0b10 "first automatically flushable", BC = 0, length),
// L2CAP basic header (length, CID 0x0004 = ATT), then the PDU. One PDU is one packet, never
// fragmented, whatever its length: a file needs no controller buffers.
//
// What is synthesized beyond ATT: nothing automatically. The exporter calls
// writeLocalAddress() first (HCI Read_BD_ADDR and its Command Complete: Wireshark takes the
// controller's own address from that answer and shows it as the source or destination of
// every ACL packet, instead of 00:00:00:00:00:00), writeConnectionComplete() when a link
// opens (an H4 event 0x04, HCI event 0x3E subevent 0x01, received) so that Wireshark knows
// the peer's address and that the link is LE, and writeDisconnectionComplete() (event
// 0x05) when it closes. All are optional: without them Wireshark still dissects the ATT
// PDUs (it handles CID 0x0004 on any ACL link).
//
// File layout (all big-endian): header "btsnoop\0", version 1, datalink 1002; per record
// original length, included length (always equal: nothing is truncated), flags (bit 0:
// 0 = sent host→controller, 1 = received; bit 1: 0 = data, 1 = command/event),
// cumulative drops (0), timestamp in µs since 0000-01-01 (Unix µs + kEpochOffsetUs).
//
// Every record is flushed to the OS as soon as it is written, so a capture survives a
// crash of the program up to its last record. Not thread-safe; use from one thread.
class BtsnoopWriter
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::BtsnoopWriter)
    Q_DISABLE_COPY_MOVE(BtsnoopWriter)

public:
    enum class Direction : quint8 {
        Sent, // host → controller: our requests, commands, confirmations
        Received, // controller → host: responses, notifications, indications, events
    };

    static constexpr quint32 kVersion = 1;
    static constexpr quint32 kDatalinkH4 = 1002;
    // Added to Unix µs to get btsnoop time: the constant btsnoop writers and readers (Android's
    // snoop logger, Wireshark) agree on for "µs since 0000-01-01" at the Unix epoch.
    static constexpr qint64 kEpochOffsetUs = 0x00DCDDB30F2F8000LL;
    static constexpr int kFileHeaderSize = 16;
    static constexpr int kRecordHeaderSize = 24;
    static constexpr quint16 kAttCid = 0x0004;

    BtsnoopWriter() = default;
    ~BtsnoopWriter();

    // Creates (or truncates) `fileName` and writes the file header. On failure the writer
    // stays closed and the error names the file and the reason.
    Error open(const QString &fileName);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    int recordCount() const { return m_records; }

    // One ATT PDU on `connectionHandle`, at `timestampUs` (µs since the Unix epoch, as
    // Notification::timestampUs). Build `attPdu` with AttPdu. Fails when the writer is not
    // open, the PDU does not fit one L2CAP frame (65535 bytes) or the disk refuses it.
    Error writeAtt(qint64 timestampUs, quint16 connectionHandle, Direction direction,
                   const QByteArray &attPdu);
    // HCI LE Connection Complete (status 0) for `link`, as received from the controller.
    Error writeConnectionComplete(qint64 timestampUs, const BtsnoopLink &link);
    // HCI Read_BD_ADDR (sent) and its Command Complete carrying `address` (received), both
    // at `timestampUs`.
    Error writeLocalAddress(qint64 timestampUs, const DeviceAddress &address);
    // HCI Disconnection Complete (status 0) with `reason`, an HCI error code (0x13 remote
    // user terminated, 0x16 terminated by local host, 0x08 supervision timeout …).
    Error writeDisconnectionComplete(qint64 timestampUs, quint16 connectionHandle, quint8 reason);
    // Any H4 packet (first byte: 0x01 command, 0x02 ACL, 0x04 event). `commandOrEvent` sets
    // flags bit 1.
    Error writePacket(qint64 timestampUs, Direction direction, bool commandOrEvent,
                      const QByteArray &h4Packet);

    // The byte layouts, for tests and for callers that write elsewhere.
    static QByteArray fileHeader();
    static QByteArray recordHeader(quint32 packetLength, Direction direction, bool commandOrEvent,
                                   qint64 timestampUs);
    // H4 type 0x02 + HCI ACL header + L2CAP basic header (CID 0x0004) + `attPdu`.
    static QByteArray aclPacket(quint16 connectionHandle, const QByteArray &attPdu);
    static QByteArray connectionCompleteEvent(const BtsnoopLink &link);
    static QByteArray disconnectionCompleteEvent(quint16 connectionHandle, quint8 reason);
    // H4 command Read_BD_ADDR (OGF 0x04, OCF 0x0009: opcode 0x1009, no parameters).
    static QByteArray readBdAddrCommand();
    // H4 event Command Complete (0x0E) for Read_BD_ADDR: status 0 and `address`.
    static QByteArray readBdAddrCompleteEvent(const DeviceAddress &address);

private:
    Error failure(const QString &what) const;

    QFile m_file;
    int m_records = 0;
};

} // namespace gattscope
