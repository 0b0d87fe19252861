// SPDX-License-Identifier: MIT
#include "virtualdongle_p.h"
#include "virtualgap_p.h"
#include "virtualperipheral.h"

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

} // namespace

VirtualGap::VirtualGap(VirtualDonglePrivate &dongle)
    : m_dongle(dongle)
{ }

void VirtualGap::reset()
{
    stopScan();
    m_connecting.reset();
    m_filterDuplicates = false;
    m_activeScan = true;
}

void VirtualGap::onPeripheralAdded(VirtualPeripheral *peripheral)
{
    QObject::connect(peripheral, &VirtualPeripheral::advertised, m_dongle.q,
                     [this, peripheral] { onAdvertised(peripheral); });
    if (m_scanning)
        peripheral->setAdvertisingReports(true);
}

void VirtualGap::onLinkRemoved(VirtualPeripheral *peripheral)
{
    if (!m_dongle.isConnected(peripheral) && m_scanning)
        peripheral->setAdvertisingReports(true);
}

bool VirtualGap::dropNextConnection(quint16 reason)
{
    if (!m_connecting)
        return false;
    m_connecting->dropReason = reason;
    return true;
}

// --- scanning

void VirtualGap::startScan()
{
    m_scanning = true;
    m_reported.clear();
    for (VirtualPeripheral *p : std::as_const(m_dongle.peripherals)) {
        if (!m_dongle.isConnected(p))
            p->setAdvertisingReports(true);
    }
}

void VirtualGap::stopScan()
{
    m_scanning = false;
    for (VirtualPeripheral *p : std::as_const(m_dongle.peripherals))
        p->setAdvertisingReports(false);
}

void VirtualGap::onAdvertised(VirtualPeripheral *p)
{
    if (!m_scanning)
        return;
    const PeripheralProfile &profile = p->profile();
    const quint8 flags = advertisingFlags(profile.advertisingData);
    if (m_discoverMode == GapDiscoverMode::Limited && !(flags & 0x01))
        return;
    if (m_discoverMode == GapDiscoverMode::Generic && !(flags & 0x03))
        return;
    if (m_filterDuplicates) {
        if (m_reported.contains(p->address().toUInt64()))
            return;
        m_reported.insert(p->address().toUInt64());
    }
    const bool scannable = !profile.scanResponseData.isEmpty();
    GapScanResponseEvent e;
    e.rssi = p->stepRssi();
    e.packetType = profile.connectable ? ScanPacketType::ConnectableAdvertisement
                                       : (scannable ? ScanPacketType::DiscoverableAdvertisement
                                                    : ScanPacketType::NonConnectableAdvertisement);
    e.sender = p->address();
    e.addressType = p->address().isRandom() ? PeerAddressType::Random : PeerAddressType::Public;
    e.bond = m_dongle.sm.bondFor(p->address()).value_or(kNoBond);
    e.data = profile.advertisingData;
    m_dongle.send(encodeToBytes(e));
    if (m_activeScan && scannable) {
        e.packetType = ScanPacketType::ScanResponse;
        e.data = profile.scanResponseData;
        m_dongle.send(encodeToBytes(e));
    }
}

// --- connecting

void VirtualGap::establish(quint64 generation)
{
    if (!m_connecting || m_connecting->generation != generation)
        return;
    VirtualPeripheral *p = m_dongle.findPeripheral(m_connecting->address, m_connecting->addressType);
    if (!p || !p->profile().connectable)
        return; // nobody answers; the host gives up with gap_end_procedure
    if (m_dongle.isConnected(p))
        return; // a connected peripheral does not advertise, so it cannot be connected again
    if (m_dongle.faults.takeRefusal(p->address()))
        return; // a refused connection looks exactly like an absent peer

    VirtualLink l;
    l.handle = m_connecting->handle;
    l.generation = m_dongle.nextLinkGeneration();
    l.peripheral = p;
    l.address = p->address();
    l.addressType = m_connecting->addressType;
    l.interval = m_connecting->interval;
    l.timeout = m_connecting->timeout;
    l.latency = m_connecting->latency;
    l.bond = m_dongle.sm.bondFor(p->address()).value_or(kNoBond);
    const std::optional<quint16> dropReason = m_connecting->dropReason;
    m_connecting.reset();

    p->setAdvertisingReports(false);
    const VirtualLink &added = m_dongle.addLink(l);
    m_dongle.send(
        encodeToBytes(connectionStatus(added, ConnectionFlag::Connected | ConnectionFlag::Completed)));
    if (dropReason)
        m_dongle.dropLink(l.handle, *dropReason);
}

// --- commands

void VirtualGap::handle(const GapDiscover &c)
{
    if (m_scanning || m_connecting) {
        m_dongle.respond(GapDiscoverResponse { kWrongState });
        return;
    }
    if (quint8(c.mode) > quint8(GapDiscoverMode::Observation)) {
        m_dongle.respond(GapDiscoverResponse { kInvalidParam });
        return;
    }
    m_discoverMode = c.mode;
    m_dongle.respond(GapDiscoverResponse { kSuccess });
    startScan();
}

void VirtualGap::handle(const GapEndProcedure &)
{
    if (m_scanning) {
        stopScan();
        m_dongle.respond(GapEndProcedureResponse { kSuccess });
    } else if (m_connecting) {
        m_connecting.reset();
        m_dongle.respond(GapEndProcedureResponse { kSuccess });
    } else {
        m_dongle.respond(GapEndProcedureResponse { kWrongState });
    }
}

void VirtualGap::handle(const GapSetScanParameters &c)
{
    if (m_scanning) {
        m_dongle.respond(GapSetScanParametersResponse { kWrongState });
        return;
    }
    if (c.scanInterval < 4 || c.scanInterval > 0x4000 || c.scanWindow < 4 || c.scanWindow > c.scanInterval) {
        m_dongle.respond(GapSetScanParametersResponse { kInvalidParam });
        return;
    }
    m_activeScan = c.active;
    m_dongle.respond(GapSetScanParametersResponse { kSuccess });
}

void VirtualGap::handle(const GapSetFiltering &c)
{
    m_filterDuplicates = c.scanDuplicateFiltering;
    m_dongle.respond(GapSetFilteringResponse { kSuccess });
}

void VirtualGap::handle(const GapConnectDirect &c)
{
    if (m_scanning || m_connecting) {
        m_dongle.respond(GapConnectDirectResponse { kWrongState, 0 });
        return;
    }
    if (!validConnectionParameters(c.connIntervalMin, c.connIntervalMax, c.timeout, c.latency)) {
        m_dongle.respond(GapConnectDirectResponse { kInvalidParam, 0 });
        return;
    }
    for (const VirtualLink &l : m_dongle.links()) {
        if (l.address.toUInt64() == c.address.toUInt64()) {
            m_dongle.respond(GapConnectDirectResponse { kConnectionAlreadyExists, 0 });
            return;
        }
    }
    std::optional<quint8> free;
    for (int h = 0; h < m_dongle.options.maxConnections && !free; ++h) {
        if (!m_dongle.links().contains(quint8(h)))
            free = quint8(h);
    }
    if (!free) {
        m_dongle.respond(GapConnectDirectResponse { kConnectionLimitExceeded, 0 });
        return;
    }
    Connecting pending;
    pending.handle = *free;
    pending.address = c.address;
    pending.addressType = c.addressType;
    pending.interval = c.connIntervalMax;
    pending.timeout = c.timeout;
    pending.latency = c.latency;
    pending.generation = m_dongle.nextLinkGeneration();
    m_connecting = pending;
    m_dongle.respond(GapConnectDirectResponse { kSuccess, *free });
    const quint64 generation = pending.generation;
    m_dongle.later(m_dongle.options.connectDelayMs, [this, generation] { establish(generation); });
}

void VirtualGap::handle(const GapConnectSelective &)
{
    // Needs a whitelist of peers; the emulator keeps none, so it is refused.
    m_dongle.respond(GapConnectSelectiveResponse { kNotImplemented, 0 });
}

} // namespace gattscope
