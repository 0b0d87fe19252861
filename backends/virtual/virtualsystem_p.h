// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/backends/bgapi/protocol/bgapisystem.h>

namespace gattscope {

class VirtualDonglePrivate;

// The system class of the virtual BLED112: who the dongle is (address, firmware info,
// connection slots) and its reboot. system_hello and the whitelist commands get the
// router's default answer.
//
// Notes for implementers: dongle thread only. system_reset has no response: the dongle
// reboots (VirtualDonglePrivate::reboot()), links vanish without an event, and boot()
// announces it when it is back.
class VirtualSystem
{
public:
    explicit VirtualSystem(VirtualDonglePrivate &dongle);

    void handle(const bgapi::SystemReset &command);
    void handle(const bgapi::SystemAddressGet &command);
    void handle(const bgapi::SystemGetInfo &command);
    void handle(const bgapi::SystemGetCounters &command);
    void handle(const bgapi::SystemGetConnections &command);

    // Sends system_boot (after a reset or a replug).
    void boot();

private:
    VirtualDonglePrivate &m_dongle;
};

} // namespace gattscope
