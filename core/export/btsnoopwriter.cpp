// SPDX-License-Identifier: MIT
#include "btsnoopwriter.h"

namespace gattscope {

namespace {

constexpr char kH4Command = 0x01;
constexpr char kH4Acl = 0x02;
constexpr char kH4Event = 0x04;
constexpr quint8 kEventDisconnectionComplete = 0x05;
constexpr quint8 kEventCommandComplete = 0x0E;
constexpr quint16 kOpcodeReadBdAddr = 0x1009; // OGF 0x04 informational, OCF 0x0009
constexpr quint8 kEventLeMeta = 0x3E;
constexpr quint8 kLeSubeventConnectionComplete = 0x01;
// Packet boundary flag 0b10 "first automatically flushable packet", broadcast flag 0b00.
constexpr quint16 kAclFirstFlushable = 0x2000;
constexpr int kL2capHeaderSize = 4;
constexpr qsizetype kMaxAttPdu = 0xFFFF - kL2capHeaderSize; // the ACL length field is 16 bits

void appendBe32(QByteArray &out, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xFF));
}

void appendBe64(QByteArray &out, quint64 v)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xFF));
}

void appendLe16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}

} // namespace

BtsnoopWriter::~BtsnoopWriter()
{
    close();
}

Error BtsnoopWriter::open(const QString &fileName)
{
    close();
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const Error error = failure(m_file.errorString());
        m_file.setFileName(QString());
        return error;
    }
    const QByteArray header = fileHeader();
    if (m_file.write(header) != header.size() || !m_file.flush()) {
        const Error error = failure(m_file.errorString());
        close();
        return error;
    }
    return {};
}

void BtsnoopWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
    m_records = 0;
}

Error BtsnoopWriter::failure(const QString &what) const
{
    return Error(Error::Kind::InvalidArgument,
                 tr("Cannot write the btsnoop file %1: %2").arg(m_file.fileName(), what));
}

Error BtsnoopWriter::writePacket(qint64 timestampUs, Direction direction, bool commandOrEvent,
                                 const QByteArray &h4Packet)
{
    if (!m_file.isOpen())
        return Error(Error::Kind::InvalidArgument, tr("No btsnoop file is open"));
    QByteArray record = recordHeader(quint32(h4Packet.size()), direction, commandOrEvent, timestampUs);
    record.append(h4Packet);
    // One write per record and a flush after it: a reader (or a crash) never sees half a
    // record header followed by nothing.
    if (m_file.write(record) != record.size() || !m_file.flush())
        return failure(m_file.errorString());
    ++m_records;
    return {};
}

Error BtsnoopWriter::writeAtt(qint64 timestampUs, quint16 connectionHandle, Direction direction,
                              const QByteArray &attPdu)
{
    if (attPdu.isEmpty() || attPdu.size() > kMaxAttPdu)
        return Error(
            Error::Kind::InvalidArgument,
            tr("An ATT PDU of %1 bytes cannot be written (1…%2 bytes)").arg(attPdu.size()).arg(kMaxAttPdu));
    return writePacket(timestampUs, direction, false, aclPacket(connectionHandle, attPdu));
}

Error BtsnoopWriter::writeConnectionComplete(qint64 timestampUs, const BtsnoopLink &link)
{
    return writePacket(timestampUs, Direction::Received, true, connectionCompleteEvent(link));
}

Error BtsnoopWriter::writeLocalAddress(qint64 timestampUs, const DeviceAddress &address)
{
    if (const Error e = writePacket(timestampUs, Direction::Sent, true, readBdAddrCommand()))
        return e;
    return writePacket(timestampUs, Direction::Received, true, readBdAddrCompleteEvent(address));
}

Error BtsnoopWriter::writeDisconnectionComplete(qint64 timestampUs, quint16 connectionHandle, quint8 reason)
{
    return writePacket(timestampUs, Direction::Received, true,
                       disconnectionCompleteEvent(connectionHandle, reason));
}

QByteArray BtsnoopWriter::fileHeader()
{
    QByteArray header("btsnoop", 8); // the terminating NUL is part of the magic
    appendBe32(header, kVersion);
    appendBe32(header, kDatalinkH4);
    return header;
}

QByteArray BtsnoopWriter::recordHeader(quint32 packetLength, Direction direction, bool commandOrEvent,
                                       qint64 timestampUs)
{
    QByteArray header;
    header.reserve(kRecordHeaderSize);
    appendBe32(header, packetLength); // original length
    appendBe32(header, packetLength); // included length: never truncated
    quint32 flags = direction == Direction::Received ? 0x01 : 0x00;
    if (commandOrEvent)
        flags |= 0x02;
    appendBe32(header, flags);
    appendBe32(header, 0); // cumulative drops
    appendBe64(header, quint64(timestampUs + kEpochOffsetUs));
    return header;
}

QByteArray BtsnoopWriter::aclPacket(quint16 connectionHandle, const QByteArray &attPdu)
{
    const qsizetype pduLength = qMin(attPdu.size(), kMaxAttPdu);
    QByteArray packet;
    packet.reserve(1 + 4 + kL2capHeaderSize + pduLength);
    packet.append(kH4Acl);
    appendLe16(packet, quint16((connectionHandle & 0x0FFF) | kAclFirstFlushable));
    appendLe16(packet, quint16(kL2capHeaderSize + pduLength)); // ACL data length
    appendLe16(packet, quint16(pduLength)); // L2CAP payload length
    appendLe16(packet, kAttCid);
    packet.append(attPdu.constData(), pduLength);
    return packet;
}

QByteArray BtsnoopWriter::connectionCompleteEvent(const BtsnoopLink &link)
{
    QByteArray params;
    params.append(char(kLeSubeventConnectionComplete));
    params.append(char(0x00)); // status: success
    appendLe16(params, quint16(link.connectionHandle & 0x0FFF));
    params.append(char(link.weAreCentral ? 0x00 : 0x01)); // role
    params.append(char(link.peer.isRandom() ? 0x01 : 0x00)); // peer address type
    params.append(link.peer.toLittleEndian());
    appendLe16(params, link.intervalUnits);
    appendLe16(params, link.peripheralLatency);
    appendLe16(params, link.supervisionTimeoutUnits);
    params.append(char(0x00)); // central clock accuracy: 500 ppm (unknown to BGAPI)

    QByteArray packet;
    packet.append(kH4Event);
    packet.append(char(kEventLeMeta));
    packet.append(char(params.size())); // 19
    packet.append(params);
    return packet;
}

QByteArray BtsnoopWriter::disconnectionCompleteEvent(quint16 connectionHandle, quint8 reason)
{
    QByteArray packet;
    packet.append(kH4Event);
    packet.append(char(kEventDisconnectionComplete));
    packet.append(char(4)); // parameter length
    packet.append(char(0x00)); // status: success
    appendLe16(packet, quint16(connectionHandle & 0x0FFF));
    packet.append(char(reason));
    return packet;
}

QByteArray BtsnoopWriter::readBdAddrCommand()
{
    QByteArray packet;
    packet.append(kH4Command);
    appendLe16(packet, kOpcodeReadBdAddr);
    packet.append(char(0)); // parameter length
    return packet;
}

QByteArray BtsnoopWriter::readBdAddrCompleteEvent(const DeviceAddress &address)
{
    QByteArray packet;
    packet.append(kH4Event);
    packet.append(char(kEventCommandComplete));
    packet.append(char(10)); // parameter length
    packet.append(char(1)); // Num_HCI_Command_Packets
    appendLe16(packet, kOpcodeReadBdAddr);
    packet.append(char(0x00)); // status: success
    packet.append(address.toLittleEndian());
    return packet;
}

} // namespace gattscope
