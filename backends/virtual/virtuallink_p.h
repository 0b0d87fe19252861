// SPDX-License-Identifier: MIT
#pragma once

// One connection of the virtual dongle, as every subsystem sees it. The link table is
// owned by VirtualDonglePrivate; each subsystem keeps its per-link state in its own part
// of VirtualLink (procedure: VirtualAttclient, pairing: VirtualSm) and never touches the
// others' parts.

#include "virtualgattserver.h"
#include "virtualperipheral.h"

#include <gattscope/backends/bgapi/protocol/bgapiconnection.h>
#include <gattscope/core/base/deviceaddress.h>

#include <QByteArray>
#include <QHash>
#include <QList>

namespace gattscope {

// The running attclient procedure of a link (VirtualAttclient). One at a time per link.
struct VirtualProcedure
{
    bool running = false;
    // Its events, sent one per ATT round trip (procedureStepMs) after the response.
    QList<QByteArray> events;
    int emitted = 0;
    int dropAfterEvents = -1; // Disconnect fault: the link drops after this many events
    quint16 dropReason = 0;
    // CCCDs this procedure wrote → their configuration bits before it. What the write
    // turns on starts only once every event of the procedure is out (a BLED112 reports the
    // peer's Write Response before any notification the peer sends after it); what it
    // turns off stops at once.
    QHash<quint16, quint16> heldCccds;
};

// Pairing in progress on a link (VirtualSm).
struct VirtualPairing
{
    bool running = false;
    bool awaitingPasskey = false;
    bool wantBond = false;
};

struct VirtualLink
{
    quint8 handle = 0;
    quint64 generation = 0; // tells delayed work whether "its" link still exists
    VirtualPeripheral *peripheral = nullptr;
    DeviceAddress address;
    bgapi::PeerAddressType addressType = bgapi::PeerAddressType::Public;
    quint16 interval = 0; // 1.25 ms units
    quint16 timeout = 0; // 10 ms units
    quint16 latency = 0;
    quint8 bond = bgapi::kNoBond;
    // What the peripheral's GATT server keeps for this client: encryption, CCCDs, the
    // prepare queue, indication flow control.
    VirtualGattServer::ClientState client;
    VirtualProcedure procedure;
    VirtualPairing pairing;
};

// Connection parameters a BLED112 accepts (gap_connect_direct, connection_update): interval
// 7.5 ms … 4 s (1.25 ms units), supervision timeout 100 ms … 32 s (10 ms units), latency
// below 500 connection events.
inline bool validConnectionParameters(quint16 intervalMin, quint16 intervalMax, quint16 timeout,
                                      quint16 latency)
{
    return intervalMin >= 6 && intervalMax <= 3200 && intervalMin <= intervalMax && timeout >= 10
        && timeout <= 3200 && latency <= 499;
}

// connection_status for `link` with `flags`.
inline bgapi::ConnectionStatusEvent connectionStatus(const VirtualLink &link, bgapi::ConnectionFlags flags)
{
    bgapi::ConnectionStatusEvent e;
    e.connection = link.handle;
    e.flags = flags;
    e.address = link.address;
    e.addressType = link.addressType;
    e.connInterval = link.interval;
    e.timeout = link.timeout;
    e.latency = link.latency;
    e.bonding = link.bond;
    return e;
}

// The flags of a link that is up: Connected, plus Encrypted once it is.
inline bgapi::ConnectionFlags linkFlags(const VirtualLink &link)
{
    bgapi::ConnectionFlags flags = bgapi::ConnectionFlag::Connected;
    if (link.client.encrypted)
        flags |= bgapi::ConnectionFlag::Encrypted;
    return flags;
}

// How `link` hears about a new value of `valueHandle` right now: its CCCD as the
// peripheral's GATT server keeps it, minus what a running procedure has only just turned
// on (VirtualProcedure::heldCccds). Every path that pushes values asks this.
inline VirtualGattServer::Push effectivePush(const VirtualLink &link, quint16 valueHandle)
{
    const VirtualCharacteristic *c = link.peripheral->gatt().characteristicForValue(valueHandle);
    if (!c || !c->cccdHandle)
        return VirtualGattServer::Push::None;
    quint16 bits = link.client.cccd.value(c->cccdHandle, 0);
    if (const auto held = link.procedure.heldCccds.constFind(c->cccdHandle);
        held != link.procedure.heldCccds.constEnd())
        bits &= *held;
    return VirtualGattServer::pushFor(bits);
}

} // namespace gattscope
