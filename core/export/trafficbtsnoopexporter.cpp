// SPDX-License-Identifier: MIT
#include "trafficbtsnoopexporter.h"

#include <gattscope/core/gatt/attpdu.h>

#include <QIODevice>

namespace gattscope {

namespace {
using Dir = BtsnoopWriter::Direction;
} // namespace

TrafficBtsnoopExporter::TrafficBtsnoopExporter(QIODevice *device)
    : m_device(device)
{ }

quint16 TrafficBtsnoopExporter::connectionHandle(const QString &device)
{
    const auto it = m_handles.constFind(device);
    if (it != m_handles.cend())
        return *it;
    const quint16 handle = quint16(m_handles.size() % 0x0F00); // valid handles: 0x000–0xEFF
    m_handles.insert(device, handle);
    return handle;
}

QList<TrafficBtsnoopExporter::Packet> TrafficBtsnoopExporter::packetsFor(const TrafficEntry &e)
{
    QList<Packet> out;
    const std::optional<DeviceAddress> address = DeviceAddress::fromString(e.device);
    if (!address)
        return out; // dongle errors and other device-less lines
    const qint64 t = e.timestampUs;
    const bool failed = !e.error.isEmpty();
    const quint16 h = e.handle;

    if (e.direction == TrafficEntry::Direction::Event) {
        if (e.event == TrafficEntry::Event::Connected) {
            BtsnoopLink link;
            link.connectionHandle = connectionHandle(e.device);
            link.peer = *address;
            link.peer.setType(e.randomAddress ? AddressType::RandomStatic : AddressType::Public);
            out.append({ t, Dir::Received, true, BtsnoopWriter::connectionCompleteEvent(link) });
        } else if (e.event == TrafficEntry::Event::Disconnected) {
            const quint8 reason = e.hciReason ? e.hciReason : quint8(0x1F);
            out.append({ t, Dir::Received, true,
                         BtsnoopWriter::disconnectionCompleteEvent(connectionHandle(e.device), reason) });
        }
        return out;
    }

    const quint16 link = connectionHandle(e.device);
    const auto acl = [&](Dir direction, const QByteArray &pdu) {
        out.append({ t, direction, false, BtsnoopWriter::aclPacket(link, pdu) });
    };
    const auto refusal = [&](AttOpcode request) {
        if (e.attError)
            acl(Dir::Received, AttPdu::errorResponse(request, h, e.attError));
    };

    switch (e.direction) {
    case TrafficEntry::Direction::Read:
        acl(Dir::Sent, AttPdu::readRequest(h));
        if (failed) {
            refusal(AttOpcode::ReadRequest);
        } else {
            acl(Dir::Received, AttPdu::readResponse(e.value.left(kReadChunk)));
            for (qsizetype offset = kReadChunk; offset < e.value.size(); offset += kReadChunk) {
                acl(Dir::Sent, AttPdu::readBlobRequest(h, quint16(offset)));
                acl(Dir::Received, AttPdu::readBlobResponse(e.value.mid(offset, kReadChunk)));
            }
        }
        break;
    case TrafficEntry::Direction::Write:
        if (e.value.size() <= kWriteRequestMax) {
            acl(Dir::Sent, AttPdu::writeRequest(h, e.value));
            if (failed)
                refusal(AttOpcode::WriteRequest);
            else
                acl(Dir::Received, AttPdu::writeResponse());
            break;
        }
        for (qsizetype offset = 0; offset < e.value.size(); offset += kPrepareChunk) {
            const QByteArray part = e.value.mid(offset, kPrepareChunk);
            acl(Dir::Sent, AttPdu::prepareWriteRequest(h, quint16(offset), part));
            acl(Dir::Received, AttPdu::prepareWriteResponse(h, quint16(offset), part));
        }
        acl(Dir::Sent, AttPdu::executeWriteRequest(true));
        if (failed)
            refusal(AttOpcode::ExecuteWriteRequest);
        else
            acl(Dir::Received, AttPdu::executeWriteResponse());
        break;
    case TrafficEntry::Direction::WriteCommand:
        if (!failed)
            acl(Dir::Sent, AttPdu::writeCommand(h, e.value));
        break;
    case TrafficEntry::Direction::Notification: acl(Dir::Received, AttPdu::notification(h, e.value)); break;
    case TrafficEntry::Direction::Indication:
        acl(Dir::Received, AttPdu::indication(h, e.value));
        acl(Dir::Sent, AttPdu::confirmation());
        break;
    case TrafficEntry::Direction::Event: break;
    }
    return out;
}

bool TrafficBtsnoopExporter::writeHeader()
{
    const QByteArray header = BtsnoopWriter::fileHeader();
    return m_device && m_device->write(header) == header.size();
}

bool TrafficBtsnoopExporter::write(const TrafficEntry &entry)
{
    const QList<Packet> packets = packetsFor(entry);
    if (packets.isEmpty())
        ++m_skipped;
    for (const Packet &p : packets) {
        QByteArray record
            = BtsnoopWriter::recordHeader(quint32(p.h4.size()), p.direction, p.event, p.timestampUs);
        record += p.h4;
        if (!m_device || m_device->write(record) != record.size())
            return false;
        ++m_records;
    }
    return true;
}

} // namespace gattscope
