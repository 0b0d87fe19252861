// SPDX-License-Identifier: MIT
#include "trafficbtsnoopexporter.h"

#include <gattscope/core/gatt/attpdu.h>
#include <gattscope/core/session/devicesession.h>

#include <QIODevice>

#include <algorithm>

namespace gattscope {

namespace {

using Dir = BtsnoopWriter::Direction;

constexpr quint8 kAttributeNotFound = 0x0A;
constexpr quint16 kLastHandle = 0xFFFF;
constexpr int kMinMtu = 23;
constexpr int kMaxMtu = 517;

int validMtu(int mtu)
{
    return mtu < kMinMtu ? kMinMtu : qMin(mtu, kMaxMtu);
}

// The handle where characteristic `index` of `service` ends: its own endHandle when the
// database has it, else the handle before the next declaration (or the service's end).
quint16 characteristicEnd(const Service &service, const QList<const Characteristic *> &chars, qsizetype index)
{
    const Characteristic *c = chars.at(index);
    if (c->endHandle >= c->valueHandle && c->endHandle != 0)
        return c->endHandle;
    if (index + 1 < chars.size())
        return quint16(chars.at(index + 1)->declarationHandle - 1);
    return qMax(service.endHandle, c->valueHandle);
}

// Read By Group Type over all handles for services of `type` (0x2800 or 0x2801).
void discoverServices(QList<QByteArray> &out, const QList<const Service *> &services, const Uuid &type,
                      int room)
{
    quint16 start = 1;
    qsizetype next = 0;
    for (;;) {
        out << AttPdu::readByGroupTypeRequest(start, kLastHandle, type);
        if (next >= services.size()) {
            out << AttPdu::errorResponse(AttOpcode::ReadByGroupTypeRequest, start, kAttributeNotFound);
            return;
        }
        QList<AttPdu::GroupValue> rows;
        const qsizetype width = services.at(next)->uuid.toAttBytes().size();
        const qsizetype rowSize = 4 + width;
        while (next < services.size() && services.at(next)->uuid.toAttBytes().size() == width
               && (rows.size() + 1) * rowSize <= room) {
            const Service *s = services.at(next++);
            rows.append({ s->startHandle, s->endHandle, s->uuid.toAttBytes() });
        }
        out << AttPdu::readByGroupTypeResponse(rows);
        if (rows.last().endHandle == kLastHandle)
            return;
        start = quint16(rows.last().endHandle + 1);
    }
}

// Read By Type 0x2803 over one service.
void discoverCharacteristics(QList<QByteArray> &out, const Service &service,
                             const QList<const Characteristic *> &chars, int room)
{
    quint16 start = service.startHandle;
    qsizetype next = 0;
    while (start <= service.endHandle && start != 0) {
        out << AttPdu::readByTypeRequest(start, service.endHandle, GattUuid::CharacteristicDeclaration);
        if (next >= chars.size()) {
            out << AttPdu::errorResponse(AttOpcode::ReadByTypeRequest, start, kAttributeNotFound);
            return;
        }
        const auto declaration = [](const Characteristic &c) {
            QByteArray value;
            value.append(char(quint16(c.properties.toInt()) & 0xFF));
            value.append(char(c.valueHandle & 0xFF));
            value.append(char(c.valueHandle >> 8));
            value.append(c.uuid.toAttBytes());
            return value;
        };
        QList<AttPdu::HandleValue> rows;
        const qsizetype valueSize = declaration(*chars.at(next)).size();
        while (next < chars.size() && declaration(*chars.at(next)).size() == valueSize
               && (rows.size() + 1) * (2 + valueSize) <= room) {
            const Characteristic *c = chars.at(next++);
            rows.append({ c->declarationHandle, declaration(*c) });
        }
        out << AttPdu::readByTypeResponse(rows);
        if (rows.last().handle == kLastHandle)
            return;
        start = quint16(rows.last().handle + 1);
    }
}

// Find Information over [first, last], the descriptors of one characteristic.
void discoverDescriptors(QList<QByteArray> &out, quint16 first, quint16 last, QList<Descriptor> descriptors,
                         int room)
{
    std::sort(descriptors.begin(), descriptors.end(),
              [](const Descriptor &a, const Descriptor &b) { return a.handle < b.handle; });
    quint16 start = first;
    qsizetype next = 0;
    while (next < descriptors.size() && descriptors.at(next).handle < first)
        ++next;
    while (start <= last && start != 0) {
        out << AttPdu::findInformationRequest(start, last);
        if (next >= descriptors.size() || descriptors.at(next).handle > last) {
            out << AttPdu::errorResponse(AttOpcode::FindInformationRequest, start, kAttributeNotFound);
            return;
        }
        QList<AttPdu::HandleUuid> rows;
        const qsizetype width = descriptors.at(next).uuid.toAttBytes().size();
        while (next < descriptors.size() && descriptors.at(next).handle <= last
               && descriptors.at(next).uuid.toAttBytes().size() == width
               && (rows.size() + 1) * (2 + width) <= room) {
            const Descriptor &d = descriptors.at(next++);
            rows.append({ d.handle, d.uuid });
        }
        out << AttPdu::findInformationResponse(rows);
        if (rows.last().handle >= last)
            return;
        start = quint16(rows.last().handle + 1);
    }
}

} // namespace

QList<QByteArray> TrafficBtsnoopExporter::discoveryExchange(const GattDatabase &database, int mtu)
{
    const int room = validMtu(mtu) - 2; // opcode + the length (or format) byte
    QList<const Service *> services;
    for (const Service &s : database.services())
        services.append(&s);
    std::sort(services.begin(), services.end(),
              [](const Service *a, const Service *b) { return a->startHandle < b->startHandle; });
    QList<const Service *> primary;
    QList<const Service *> secondary;
    for (const Service *s : std::as_const(services))
        (s->primary ? primary : secondary).append(s);

    QList<QByteArray> out;
    discoverServices(out, primary, GattUuid::PrimaryService, room);
    if (!secondary.isEmpty())
        discoverServices(out, secondary, GattUuid::SecondaryService, room);
    QList<QList<const Characteristic *>> characteristics;
    for (const Service *s : std::as_const(services)) {
        QList<const Characteristic *> chars;
        for (const Characteristic &c : s->characteristics)
            chars.append(&c);
        std::sort(chars.begin(), chars.end(), [](const Characteristic *a, const Characteristic *b) {
            return a->declarationHandle < b->declarationHandle;
        });
        discoverCharacteristics(out, *s, chars, room);
        characteristics.append(chars);
    }
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QList<const Characteristic *> &chars = characteristics.at(i);
        for (qsizetype j = 0; j < chars.size(); ++j) {
            const quint16 last = characteristicEnd(*services.at(i), chars, j);
            if (last > chars.at(j)->valueHandle)
                discoverDescriptors(out, quint16(chars.at(j)->valueHandle + 1), last,
                                    chars.at(j)->descriptors, room);
        }
    }
    return out;
}

TrafficBtsnoopExporter::TrafficBtsnoopExporter(QIODevice *device)
    : m_device(device)
{ }

TrafficBtsnoopExporter::Link &TrafficBtsnoopExporter::link(const QString &device)
{
    auto it = m_links.find(device);
    if (it == m_links.end()) {
        Link l;
        l.handle = quint16(m_links.size() % 0x0F00); // valid handles: 0x000–0xEFF
        it = m_links.insert(device, l);
    }
    return *it;
}

quint16 TrafficBtsnoopExporter::connectionHandle(const QString &device)
{
    return link(device).handle;
}

void TrafficBtsnoopExporter::setLocalAddress(const DeviceAddress &address)
{
    if (!address.isNull())
        m_localAddress = address;
}

void TrafficBtsnoopExporter::setDatabase(const QString &device, const GattDatabase &database, int mtu)
{
    Link &l = link(device);
    l.database = std::make_shared<const GattDatabase>(database);
    l.mtu = validMtu(mtu);
}

void TrafficBtsnoopExporter::setSession(const DeviceSession &session)
{
    if (const Connection *c = session.connection()) {
        setLocalAddress(c->localAddress());
        setDatabase(session.address().toString(), session.database(), c->mtu());
    } else {
        setDatabase(session.address().toString(), session.database());
    }
}

void TrafficBtsnoopExporter::learn(const TrafficEntry &entry)
{
    if (entry.direction != TrafficEntry::Direction::Event || !DeviceAddress::fromString(entry.device))
        return;
    if (entry.event == TrafficEntry::Event::Connected && m_localAddress.isNull())
        setLocalAddress(entry.localAddress);
    if (entry.event == TrafficEntry::Event::Discovered && entry.database) {
        Link &l = link(entry.device);
        if (!l.database) { // the first discovery: what a capture of the log's start needs
            l.database = entry.database;
            l.mtu = validMtu(entry.mtu);
        }
    }
}

QList<TrafficBtsnoopExporter::Packet> TrafficBtsnoopExporter::packetsFor(const TrafficEntry &e)
{
    const std::optional<DeviceAddress> address = DeviceAddress::fromString(e.device);
    if (!address)
        return {}; // dongle errors and other device-less lines
    const qint64 t = e.timestampUs;
    const bool failed = !e.error.isEmpty();
    const quint16 h = e.handle;
    Link &l = link(e.device);
    const bool isEvent = e.direction == TrafficEntry::Direction::Event;

    // What Wireshark needs before this entry, stamped afterwards.
    QList<Packet> prefix;
    const auto hci = [&](Dir direction, const QByteArray &packet) {
        prefix.append({ 0, direction, true, packet });
    };
    const auto att = [&](Dir direction, const QByteArray &pdu) {
        prefix.append({ 0, direction, false, BtsnoopWriter::aclPacket(l.handle, pdu) });
    };
    if (isEvent && e.event == TrafficEntry::Event::Connected)
        setLocalAddress(e.localAddress);
    const bool wantsLink = !isEvent || e.event == TrafficEntry::Event::Discovered;
    if (!m_localAddressWritten && !m_localAddress.isNull()
        && (wantsLink || e.event != TrafficEntry::Event::Other)) {
        hci(Dir::Sent, BtsnoopWriter::readBdAddrCommand());
        hci(Dir::Received, BtsnoopWriter::readBdAddrCompleteEvent(m_localAddress));
        m_localAddressWritten = true;
    }
    if (wantsLink && !l.open) {
        BtsnoopLink link;
        link.connectionHandle = l.handle;
        link.peer = *address;
        hci(Dir::Received, BtsnoopWriter::connectionCompleteEvent(link));
        l.open = true;
        l.discovered = false;
    }
    if (isEvent && e.event == TrafficEntry::Event::Discovered && e.database) {
        l.database = e.database;
        l.mtu = validMtu(e.mtu);
        l.discovered = false; // a re-discovery is replayed again
    }
    if (wantsLink && !l.discovered && l.database) {
        if (l.mtu > kDefaultMtu) {
            att(Dir::Sent, AttPdu::exchangeMtuRequest(quint16(l.mtu)));
            att(Dir::Received, AttPdu::exchangeMtuResponse(quint16(l.mtu)));
        }
        const QList<QByteArray> exchange = discoveryExchange(*l.database, l.mtu);
        for (qsizetype i = 0; i < exchange.size(); ++i)
            att(i % 2 == 0 ? Dir::Sent : Dir::Received, exchange.at(i));
        l.discovered = true;
    }

    // The entry's own packets.
    QList<Packet> own;
    const auto acl = [&](Dir direction, const QByteArray &pdu) {
        own.append({ 0, direction, false, BtsnoopWriter::aclPacket(l.handle, pdu) });
    };
    const auto refusal = [&](AttOpcode request) {
        if (e.attError)
            acl(Dir::Received, AttPdu::errorResponse(request, h, e.attError));
    };
    const int readChunk = l.mtu - 1;
    const int writeRequestMax = l.mtu - 3;
    const int prepareChunk = l.mtu - 5;
    bool pushed = false; // the peer's packet comes first: it is stamped with the entry's time

    switch (e.direction) {
    case TrafficEntry::Direction::Event:
        if (e.event == TrafficEntry::Event::Connected) {
            BtsnoopLink link;
            link.connectionHandle = l.handle;
            link.peer = *address;
            link.peer.setType(e.randomAddress ? AddressType::RandomStatic : AddressType::Public);
            own.append({ 0, Dir::Received, true, BtsnoopWriter::connectionCompleteEvent(link) });
            l.open = true;
            l.discovered = false;
        } else if (e.event == TrafficEntry::Event::Disconnected) {
            const quint8 reason = e.hciReason ? e.hciReason : quint8(0x1F);
            own.append(
                { 0, Dir::Received, true, BtsnoopWriter::disconnectionCompleteEvent(l.handle, reason) });
            l.open = false;
            l.discovered = false;
        }
        pushed = true;
        break;
    case TrafficEntry::Direction::Read:
        acl(Dir::Sent, AttPdu::readRequest(h));
        if (failed) {
            refusal(AttOpcode::ReadRequest);
        } else {
            acl(Dir::Received, AttPdu::readResponse(e.value.left(readChunk)));
            for (qsizetype offset = readChunk; offset < e.value.size(); offset += readChunk) {
                acl(Dir::Sent, AttPdu::readBlobRequest(h, quint16(offset)));
                acl(Dir::Received, AttPdu::readBlobResponse(e.value.mid(offset, readChunk)));
            }
        }
        break;
    case TrafficEntry::Direction::Write:
        if (e.value.size() <= writeRequestMax) {
            acl(Dir::Sent, AttPdu::writeRequest(h, e.value));
            if (failed)
                refusal(AttOpcode::WriteRequest);
            else
                acl(Dir::Received, AttPdu::writeResponse());
            break;
        }
        for (qsizetype offset = 0; offset < e.value.size(); offset += prepareChunk) {
            const QByteArray part = e.value.mid(offset, prepareChunk);
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
    case TrafficEntry::Direction::Notification:
        acl(Dir::Received, AttPdu::notification(h, e.value));
        pushed = true;
        break;
    case TrafficEntry::Direction::Indication:
        acl(Dir::Received, AttPdu::indication(h, e.value));
        acl(Dir::Sent, AttPdu::confirmation());
        pushed = true;
        break;
    }

    // Times. A request goes out at requestTimestampUs and its (last) response arrives at
    // timestampUs; what the peer pushed arrives at timestampUs and is answered after.
    const qsizetype n = own.size();
    qint64 first = t;
    qint64 last = t + qMax<qsizetype>(n - 1, 0);
    if (!pushed && n > 0) {
        const qint64 sent = e.requestTimestampUs;
        const bool sentKnown = sent > 0 && sent <= t && (n == 1 || sent < t);
        first = sentKnown ? sent : t - (n - 1);
        last = n == 1 ? first : t;
    }
    for (qsizetype i = 0; i < n; ++i) {
        qint64 at = n == 1 ? first : first + (last - first) * i / (n - 1);
        if (i > 0)
            at = qMax(at, own.at(i - 1).timestampUs + 1);
        own[i].timestampUs = at;
    }
    const qint64 beforeOwn = n > 0 ? own.first().timestampUs : t + 1;
    for (qsizetype i = 0; i < prefix.size(); ++i)
        prefix[i].timestampUs = qMax(beforeOwn - (prefix.size() - i), m_lastUs);
    if (!prefix.isEmpty())
        m_lastUs = qMax(m_lastUs, prefix.last().timestampUs);
    if (n > 0)
        m_lastUs = qMax(m_lastUs, own.last().timestampUs);
    return prefix + own;
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
