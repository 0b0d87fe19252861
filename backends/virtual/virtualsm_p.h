// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/backends/bgapi/protocol/bgapism.h>
#include <gattscope/core/base/deviceaddress.h>

#include <array>
#include <optional>

namespace gattscope {

class VirtualDonglePrivate;

// The sm (security manager) class of the virtual BLED112: encryption, pairing ("just
// works", or with the passkey the peripheral's profile names) and up to 8 bonds, which
// survive a reboot as the dongle's flash does.
//
// Notes for implementers: dongle thread only. sm_encrypt_start answers at once; the
// result follows encryptDelayMs later: connection_status with Encrypted (and, when a bond
// was made, sm_bond_status before it), or sm_bonding_fail. With a passkey the dongle first
// asks for it (sm_passkey_request) and waits for sm_passkey_entry.
class VirtualSm
{
public:
    explicit VirtualSm(VirtualDonglePrivate &dongle);

    void handle(const bgapi::SmEncryptStart &command);
    void handle(const bgapi::SmSetBondableMode &command);
    void handle(const bgapi::SmDeleteBonding &command);
    void handle(const bgapi::SmPasskeyEntry &command);
    void handle(const bgapi::SmGetBonds &command);

    // The bond handle stored for a peer, if any.
    std::optional<quint8> bondFor(const DeviceAddress &address) const;
    // After a reboot: not bondable; bonds stay.
    void reset();

private:
    struct Bond
    {
        DeviceAddress address;
        bool mitm = false;
    };

    void finishPairing(quint8 handle, quint64 generation, bool mitm);

    VirtualDonglePrivate &m_dongle;
    std::array<std::optional<Bond>, 8> m_bonds;
    bool m_bondable = false;
};

} // namespace gattscope
