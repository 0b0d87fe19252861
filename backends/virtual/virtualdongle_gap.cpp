// SPDX-License-Identifier: MIT
// VirtualDongle: gap (scanning, connecting) and connection commands, and link bookkeeping.
#include "virtualdongle_p.h"
#include "virtualperipheral.h"

#include <QTimer>

namespace gattscope {

using namespace bgapi;
using namespace bgapiresult;

namespace {

// The Flags AD structure of advertising data, 0 when absent.
quint8 advertisingFlags(const QByteArray &data)
{
    for (qsizetype i = 0; i < data.size();) {
        const int length = quint8(data.at(i));
        if (length == 0 || i + length >= data.size())
            break; // end of significant part, or a structure running past the end
        if (quint8(data.at(i + 1)) == 0x01 && length >= 2)
            return quint8(data.at(i + 2));
        i += length + 1;
    }
    return 0;
}

bool validConnectionParameters(quint16 min, quint16 max, quint16 timeout, quint16 latency)
{
    return min >= 6 && max <= 3200 && min <= max && timeout >= 10 && timeout <= 3200 && latency <= 499;
}

} // namespace

VirtualLink *VirtualDonglePrivate::link(quint8 handle)
{
    auto it = links.find(handle);
    return it == links.end() ? nullptr : &it.value();
}

VirtualPeripheral *VirtualDonglePrivate::findPeripheral(const DeviceAddress &address,
                                                        PeerAddressType type) const
{
    for (VirtualPeripheral *p : peripherals) {
        if (p->address().toUInt64() == address.toUInt64()
            && p->address().isRandom() == (type == PeerAddressType::Random))
            return p;
    }
    return nullptr;
}

std::optional<quint8> VirtualDonglePrivate::bondFor(const DeviceAddress &address) const
{
    for (size_t i = 0; i < bonds.size(); ++i) {
        if (bonds[i] && bonds[i]->address == address)
            return quint8(i);
    }
    return std::nullopt;
}

ConnectionStatusEvent VirtualDonglePrivate::status(const VirtualLink &l, ConnectionFlags flags) const
{
    ConnectionStatusEvent e;
    e.connection = l.handle;
    e.flags = flags;
    e.address = l.address;
    e.addressType = l.addressType;
    e.connInterval = l.interval;
    e.timeout = l.timeout;
    e.latency = l.latency;
    e.bonding = l.bond;
    return e;
}

void VirtualDonglePrivate::establish(quint64 generation)
{
    if (!connecting || connecting->generation != generation)
        return;
    VirtualPeripheral *p = findPeripheral(connecting->address, connecting->addressType);
    if (!p || !p->profile().connectable)
        return; // nobody answers; the host gives up with gap_end_procedure
    for (const VirtualLink &l : std::as_const(links)) {
        if (l.peripheral == p)
            return; // already connected: it does not advertise, so it cannot be connected again
    }
    if (faults.takeRefusal(p->address()))
        return; // a refused connection looks exactly like an absent peer

    VirtualLink l;
    l.handle = connecting->handle;
    l.generation = nextLinkGeneration++;
    l.peripheral = p;
    l.address = p->address();
    l.addressType = connecting->addressType;
    l.interval = connecting->interval;
    l.timeout = connecting->timeout;
    l.latency = connecting->latency;
    l.bond = bondFor(p->address()).value_or(kNoBond);
    const int dropAfter = connecting->dropAfterEstablish;
    const quint16 dropReason = connecting->dropReason;
    connecting.reset();

    p->setAdvertisingReports(false);
    p->setConnected(true);
    const quint8 handle = l.handle;
    links.insert(handle, l);
    send(encodeToBytes(status(l, ConnectionFlag::Connected | ConnectionFlag::Completed)));
    if (dropAfter >= 0)
        dropLink(handle, dropReason);
}

void VirtualDonglePrivate::removeLink(quint8 handle)
{
    auto it = links.find(handle);
    if (it == links.end())
        return;
    VirtualPeripheral *p = it->peripheral;
    links.erase(it);
    floods.removeIf([handle](const Flood &f) { return f.link == handle; });
    if (floods.isEmpty())
        floodTimer->stop();
    bool stillConnected = false;
    for (const VirtualLink &l : std::as_const(links))
        stillConnected = stillConnected || l.peripheral == p;
    if (!stillConnected) {
        p->setConnected(false);
        if (scanning)
            p->setAdvertisingReports(true);
    }
}

void VirtualDonglePrivate::dropLink(quint8 handle, quint16 reason)
{
    if (!link(handle))
        return;
    removeLink(handle);
    send(encodeToBytes(ConnectionDisconnectedEvent { handle, reason }));
}

// --- scanning

void VirtualDonglePrivate::startScan()
{
    scanning = true;
    reported.clear();
    for (VirtualPeripheral *p : std::as_const(peripherals)) {
        bool connected = false;
        for (const VirtualLink &l : std::as_const(links))
            connected = connected || l.peripheral == p;
        if (!connected)
            p->setAdvertisingReports(true);
    }
}

void VirtualDonglePrivate::stopScan()
{
    scanning = false;
    for (VirtualPeripheral *p : std::as_const(peripherals))
        p->setAdvertisingReports(false);
}

void VirtualDonglePrivate::onAdvertised(VirtualPeripheral *p)
{
    if (!scanning)
        return;
    const PeripheralProfile &profile = p->profile();
    const quint8 flags = advertisingFlags(profile.advertisingData);
    if (discoverMode == GapDiscoverMode::Limited && !(flags & 0x01))
        return;
    if (discoverMode == GapDiscoverMode::Generic && !(flags & 0x03))
        return;
    if (filterDuplicates) {
        if (reported.contains(p->address().toUInt64()))
            return;
        reported.insert(p->address().toUInt64());
    }
    const bool scannable = !profile.scanResponseData.isEmpty();
    GapScanResponseEvent e;
    e.rssi = p->stepRssi();
    e.packetType = profile.connectable ? ScanPacketType::ConnectableAdvertisement
                                       : (scannable ? ScanPacketType::DiscoverableAdvertisement
                                                    : ScanPacketType::NonConnectableAdvertisement);
    e.sender = p->address();
    e.addressType = p->address().isRandom() ? PeerAddressType::Random : PeerAddressType::Public;
    e.bond = bondFor(p->address()).value_or(kNoBond);
    e.data = profile.advertisingData;
    send(encodeToBytes(e));
    if (activeScan && scannable) {
        e.packetType = ScanPacketType::ScanResponse;
        e.data = profile.scanResponseData;
        send(encodeToBytes(e));
    }
}

// --- gap commands

void VirtualDonglePrivate::handle(const GapDiscover &c)
{
    if (scanning || connecting) {
        respond(GapDiscoverResponse { kWrongState });
        return;
    }
    if (quint8(c.mode) > quint8(GapDiscoverMode::Observation)) {
        respond(GapDiscoverResponse { kInvalidParam });
        return;
    }
    discoverMode = c.mode;
    respond(GapDiscoverResponse { kSuccess });
    startScan();
}

void VirtualDonglePrivate::handle(const GapEndProcedure &)
{
    if (scanning) {
        stopScan();
        respond(GapEndProcedureResponse { kSuccess });
    } else if (connecting) {
        connecting.reset();
        respond(GapEndProcedureResponse { kSuccess });
    } else {
        respond(GapEndProcedureResponse { kWrongState });
    }
}

void VirtualDonglePrivate::handle(const GapSetScanParameters &c)
{
    if (scanning) {
        respond(GapSetScanParametersResponse { kWrongState });
        return;
    }
    if (c.scanInterval < 4 || c.scanInterval > 0x4000 || c.scanWindow < 4 || c.scanWindow > c.scanInterval) {
        respond(GapSetScanParametersResponse { kInvalidParam });
        return;
    }
    activeScan = c.active;
    respond(GapSetScanParametersResponse { kSuccess });
}

void VirtualDonglePrivate::handle(const GapSetFiltering &c)
{
    filterDuplicates = c.scanDuplicateFiltering;
    respond(GapSetFilteringResponse { kSuccess });
}

void VirtualDonglePrivate::handle(const GapConnectDirect &c)
{
    if (scanning || connecting) {
        respond(GapConnectDirectResponse { kWrongState, 0 });
        return;
    }
    if (!validConnectionParameters(c.connIntervalMin, c.connIntervalMax, c.timeout, c.latency)) {
        respond(GapConnectDirectResponse { kInvalidParam, 0 });
        return;
    }
    for (const VirtualLink &l : std::as_const(links)) {
        if (l.address.toUInt64() == c.address.toUInt64()) {
            respond(GapConnectDirectResponse { kConnectionAlreadyExists, 0 });
            return;
        }
    }
    std::optional<quint8> free;
    for (int h = 0; h < options.maxConnections && !free; ++h) {
        if (!links.contains(quint8(h)))
            free = quint8(h);
    }
    if (!free) {
        respond(GapConnectDirectResponse { kConnectionLimitExceeded, 0 });
        return;
    }
    Connecting pending;
    pending.handle = *free;
    pending.address = c.address;
    pending.addressType = c.addressType;
    pending.interval = c.connIntervalMax;
    pending.timeout = c.timeout;
    pending.latency = c.latency;
    pending.generation = nextLinkGeneration++;
    connecting = pending;
    respond(GapConnectDirectResponse { kSuccess, *free });
    const quint64 generation = pending.generation;
    QTimer::singleShot(std::max(0, options.connectDelayMs), q, [this, generation] { establish(generation); });
}

void VirtualDonglePrivate::handle(const GapConnectSelective &)
{
    // Needs a whitelist of peers; the emulator keeps none, so it is refused.
    respond(GapConnectSelectiveResponse { 0x0183, 0 }); // not_implemented
}

// --- connection commands

void VirtualDonglePrivate::handle(const ConnectionDisconnect &c)
{
    answer->link = c.connection;
    if (!link(c.connection)) {
        respond(ConnectionDisconnectResponse { c.connection, kNotConnected });
        return;
    }
    respond(ConnectionDisconnectResponse { c.connection, kSuccess });
    removeLink(c.connection);
    answer->link = -1;
    emitEvent(ConnectionDisconnectedEvent { c.connection, kLocalHostTerminated });
}

void VirtualDonglePrivate::handle(const ConnectionGetRssi &c)
{
    answer->link = c.connection;
    const VirtualLink *l = link(c.connection);
    respond(ConnectionGetRssiResponse { c.connection, l ? l->peripheral->stepRssi() : qint8(0) });
}

void VirtualDonglePrivate::handle(const ConnectionUpdate &c)
{
    answer->link = c.connection;
    VirtualLink *l = link(c.connection);
    if (!l) {
        respond(ConnectionUpdateResponse { c.connection, kNotConnected });
        return;
    }
    if (!validConnectionParameters(c.intervalMin, c.intervalMax, c.timeout, c.latency)) {
        respond(ConnectionUpdateResponse { c.connection, kInvalidParam });
        return;
    }
    respond(ConnectionUpdateResponse { c.connection, kSuccess });
    l->interval = c.intervalMax;
    l->timeout = c.timeout;
    l->latency = c.latency;
    ConnectionFlags flags = ConnectionFlag::Connected | ConnectionFlag::ParametersChange;
    if (l->client.encrypted)
        flags |= ConnectionFlag::Encrypted;
    emitEvent(status(*l, flags));
}

void VirtualDonglePrivate::handle(const ConnectionVersionUpdate &c)
{
    answer->link = c.connection;
    if (!link(c.connection)) {
        respond(ConnectionVersionUpdateResponse { c.connection, kNotConnected });
        return;
    }
    respond(ConnectionVersionUpdateResponse { c.connection, kSuccess });
    // Bluetooth 4.0 (LL version 6), company 0x0047 (Bluegiga).
    emitEvent(ConnectionVersionIndEvent { c.connection, 6, 0x0047, 0x0001 });
}

void VirtualDonglePrivate::handle(const ConnectionGetStatus &c)
{
    answer->link = c.connection;
    respond(ConnectionGetStatusResponse { c.connection });
    if (const VirtualLink *l = link(c.connection)) {
        ConnectionFlags flags = ConnectionFlag::Connected;
        if (l->client.encrypted)
            flags |= ConnectionFlag::Encrypted;
        emitEvent(status(*l, flags));
    }
}

} // namespace gattscope
