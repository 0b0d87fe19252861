// SPDX-License-Identifier: MIT
#include "virtualdongle_p.h"
#include "virtualsystem_p.h"

namespace gattscope {

using namespace bgapi;

namespace {

// The firmware this dongle claims to run: BLED112 1.3.2 build 122, link layer 4 (BT 4.0),
// protocol 1, hardware 1.
constexpr SystemGetInfoResponse kInfo { 1, 3, 2, 122, 4, 1, 1 };

} // namespace

VirtualSystem::VirtualSystem(VirtualDonglePrivate &dongle)
    : m_dongle(dongle)
{ }

void VirtualSystem::handle(const SystemReset &)
{
    // No response: the dongle reboots. A DFU reboot is treated the same; the bootloader is
    // not emulated.
    m_dongle.reboot();
}

void VirtualSystem::handle(const SystemAddressGet &)
{
    m_dongle.respond(SystemAddressGetResponse { m_dongle.options.address });
}

void VirtualSystem::handle(const SystemGetInfo &)
{
    m_dongle.respond(kInfo);
}

void VirtualSystem::handle(const SystemGetCounters &)
{
    m_dongle.respond(SystemGetCountersResponse { 0, 0, 0, 0, 0 });
}

void VirtualSystem::handle(const SystemGetConnections &)
{
    // The response, then the status of each live link (what the firmware sends here is
    // not documented; this is the documented guess of bgapi.md §5).
    m_dongle.respond(SystemGetConnectionsResponse { quint8(m_dongle.options.maxConnections) });
    for (const VirtualLink &link : m_dongle.links())
        m_dongle.emitEvent(connectionStatus(link, linkFlags(link)));
}

void VirtualSystem::boot()
{
    SystemBootEvent e;
    e.major = kInfo.major;
    e.minor = kInfo.minor;
    e.patch = kInfo.patch;
    e.build = kInfo.build;
    e.llVersion = kInfo.llVersion;
    e.protocolVersion = kInfo.protocolVersion;
    e.hardware = kInfo.hardware;
    m_dongle.send(encodeToBytes(e));
    Q_EMIT m_dongle.q->booted();
}

} // namespace gattscope
