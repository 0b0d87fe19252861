// SPDX-License-Identifier: MIT
#include "virtualconnections_p.h"
#include "virtualdongle_p.h"
#include "virtualperipheral.h"

namespace gattscope {

using namespace bgapi;
using namespace bgapiresult;

VirtualConnections::VirtualConnections(VirtualDonglePrivate &dongle)
    : m_dongle(dongle)
{ }

void VirtualConnections::handle(const ConnectionDisconnect &c)
{
    m_dongle.setAnswerLink(c.connection);
    if (!m_dongle.link(c.connection)) {
        m_dongle.respond(ConnectionDisconnectResponse { c.connection, kNotConnected });
        return;
    }
    m_dongle.respond(ConnectionDisconnectResponse { c.connection, kSuccess });
    m_dongle.removeLink(c.connection);
    m_dongle.answer()->link = -1; // gone: a Disconnect fault has nothing left to drop
    m_dongle.emitEvent(ConnectionDisconnectedEvent { c.connection, kLocalHostTerminated });
}

void VirtualConnections::handle(const ConnectionGetRssi &c)
{
    m_dongle.setAnswerLink(c.connection);
    const VirtualLink *l = m_dongle.link(c.connection);
    m_dongle.respond(ConnectionGetRssiResponse { c.connection, l ? l->peripheral->stepRssi() : qint8(0) });
}

void VirtualConnections::handle(const ConnectionUpdate &c)
{
    m_dongle.setAnswerLink(c.connection);
    VirtualLink *l = m_dongle.link(c.connection);
    if (!l) {
        m_dongle.respond(ConnectionUpdateResponse { c.connection, kNotConnected });
        return;
    }
    if (!validConnectionParameters(c.intervalMin, c.intervalMax, c.timeout, c.latency)) {
        m_dongle.respond(ConnectionUpdateResponse { c.connection, kInvalidParam });
        return;
    }
    m_dongle.respond(ConnectionUpdateResponse { c.connection, kSuccess });
    // The new parameters apply at the update instant, some connection events at the old
    // interval (1.25 ms units) from now; then connection_status says so.
    const int delayMs = m_dongle.options.connectionUpdateEvents * l->interval * 5 / 4;
    const DeviceAddress peer = l->address;
    m_dongle.later(delayMs, [this, c, peer] {
        VirtualLink *link = m_dongle.link(c.connection);
        if (!link || link->address != peer)
            return; // the link went down before the instant
        link->interval = c.intervalMax;
        link->timeout = c.timeout;
        link->latency = c.latency;
        m_dongle.emitEvent(connectionStatus(*link, linkFlags(*link) | ConnectionFlag::ParametersChange));
    });
}

void VirtualConnections::handle(const ConnectionVersionUpdate &c)
{
    m_dongle.setAnswerLink(c.connection);
    if (!m_dongle.link(c.connection)) {
        m_dongle.respond(ConnectionVersionUpdateResponse { c.connection, kNotConnected });
        return;
    }
    m_dongle.respond(ConnectionVersionUpdateResponse { c.connection, kSuccess });
    // Bluetooth 4.0 (LL version 6), company 0x0047 (Bluegiga).
    m_dongle.emitEvent(ConnectionVersionIndEvent { c.connection, 6, 0x0047, 0x0001 });
}

void VirtualConnections::handle(const ConnectionGetStatus &c)
{
    m_dongle.setAnswerLink(c.connection);
    m_dongle.respond(ConnectionGetStatusResponse { c.connection });
    if (const VirtualLink *l = m_dongle.link(c.connection))
        m_dongle.emitEvent(connectionStatus(*l, linkFlags(*l)));
}

} // namespace gattscope
