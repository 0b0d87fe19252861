// SPDX-License-Identifier: MIT
#include "virtualdongle_p.h"
#include "virtualperipheral.h"
#include "virtualsm_p.h"

namespace gattscope {

using namespace bgapi;
using namespace bgapiresult;

namespace {

SmBondKeys bondKeys(const DeviceAddress &address)
{
    SmBondKeys keys = SmBondKey::Ltk | SmBondKey::EdivRand;
    keys |= address.isRandom() ? SmBondKey::StaticAddress : SmBondKey::PublicAddress;
    return keys;
}

} // namespace

VirtualSm::VirtualSm(VirtualDonglePrivate &dongle)
    : m_dongle(dongle)
{ }

std::optional<quint8> VirtualSm::bondFor(const DeviceAddress &address) const
{
    for (size_t i = 0; i < m_bonds.size(); ++i) {
        if (m_bonds[i] && m_bonds[i]->address == address)
            return quint8(i);
    }
    return std::nullopt;
}

void VirtualSm::reset()
{
    m_bondable = false;
}

void VirtualSm::handle(const SmSetBondableMode &c)
{
    m_bondable = c.bondable;
    m_dongle.respond(SmSetBondableModeResponse {});
}

void VirtualSm::handle(const SmEncryptStart &c)
{
    m_dongle.setAnswerLink(c.connection);
    VirtualLink *l = m_dongle.link(c.connection);
    if (!l) {
        m_dongle.respond(SmEncryptStartResponse { c.connection, kNotConnected });
        return;
    }
    if (l->pairing.running) {
        m_dongle.respond(SmEncryptStartResponse { c.connection, kWrongState });
        return;
    }
    m_dongle.respond(SmEncryptStartResponse { c.connection, kSuccess });
    const quint64 generation = l->generation;
    const quint8 handle = l->handle;
    l->pairing.running = true;
    const int delay = m_dongle.options.encryptDelayMs;
    if (const std::optional<quint8> bond = bondFor(l->address)) {
        // Bonded: the stored keys encrypt the link without pairing again.
        const bool mitm = m_bonds[*bond]->mitm;
        l->pairing.wantBond = false;
        m_dongle.later(delay, [this, handle, generation, mitm] { finishPairing(handle, generation, mitm); });
        return;
    }
    l->pairing.wantBond = c.bonding && m_bondable;
    if (l->peripheral->profile().passkey) {
        // The peripheral displays a passkey; the host must type it (sm_passkey_entry).
        l->pairing.awaitingPasskey = true;
        m_dongle.emitEvent(SmPasskeyRequestEvent { handle });
        return;
    }
    // "Just works" pairing.
    m_dongle.later(delay, [this, handle, generation] { finishPairing(handle, generation, false); });
}

void VirtualSm::handle(const SmPasskeyEntry &c)
{
    m_dongle.setAnswerLink(c.connection);
    VirtualLink *l = m_dongle.link(c.connection);
    if (!l || !l->pairing.awaitingPasskey) {
        m_dongle.respond(SmPasskeyEntryResponse { l ? kWrongState : kNotConnected });
        return;
    }
    if (c.passkey > 999999) {
        m_dongle.respond(SmPasskeyEntryResponse { kInvalidParam });
        return;
    }
    m_dongle.respond(SmPasskeyEntryResponse { kSuccess });
    l->pairing.awaitingPasskey = false;
    const quint64 generation = l->generation;
    const quint8 handle = l->handle;
    const int delay = m_dongle.options.encryptDelayMs;
    if (c.passkey == *l->peripheral->profile().passkey) {
        m_dongle.later(delay, [this, handle, generation] { finishPairing(handle, generation, true); });
        return;
    }
    // A wrong passkey makes the confirm values differ (SMP Confirm Value Failed).
    m_dongle.later(delay, [this, handle, generation] {
        VirtualLink *failed = m_dongle.link(handle);
        if (!failed || failed->generation != generation)
            return;
        failed->pairing.running = false;
        m_dongle.send(encodeToBytes(SmBondingFailEvent { handle, kConfirmValueFailed }));
    });
}

void VirtualSm::finishPairing(quint8 handle, quint64 generation, bool mitm)
{
    VirtualLink *l = m_dongle.link(handle);
    if (!l || l->generation != generation)
        return;
    l->pairing.running = false;
    if (l->pairing.wantBond) {
        std::optional<quint8> slot;
        for (size_t i = 0; i < m_bonds.size() && !slot; ++i) {
            if (!m_bonds[i])
                slot = quint8(i);
        }
        if (!slot) {
            m_dongle.send(encodeToBytes(SmBondingFailEvent { handle, kOutOfBonds }));
            return;
        }
        m_bonds[*slot] = Bond { l->address, mitm };
        l->bond = *slot;
        m_dongle.send(encodeToBytes(SmBondStatusEvent { *slot, 16, mitm, bondKeys(l->address) }));
    }
    l->client.encrypted = true;
    // Encryption on an existing link: Connected | Encrypted, without Completed (which
    // announces a new connection).
    m_dongle.send(encodeToBytes(connectionStatus(*l, ConnectionFlag::Connected | ConnectionFlag::Encrypted)));
}

void VirtualSm::handle(const SmGetBonds &)
{
    quint8 count = 0;
    for (const auto &b : m_bonds)
        count += b ? 1 : 0;
    m_dongle.respond(SmGetBondsResponse { count });
    for (size_t i = 0; i < m_bonds.size(); ++i) {
        if (m_bonds[i])
            m_dongle.emitEvent(
                SmBondStatusEvent { quint8(i), 16, m_bonds[i]->mitm, bondKeys(m_bonds[i]->address) });
    }
}

void VirtualSm::handle(const SmDeleteBonding &c)
{
    if (c.bond == kNoBond) { // 0xFF: every bond
        for (auto &b : m_bonds)
            b.reset();
        m_dongle.respond(SmDeleteBondingResponse { kSuccess });
        return;
    }
    if (c.bond >= m_bonds.size() || !m_bonds[c.bond]) {
        m_dongle.respond(SmDeleteBondingResponse { kInvalidParam });
        return;
    }
    m_bonds[c.bond].reset();
    for (VirtualLink &l : m_dongle.links()) {
        if (l.bond == c.bond)
            l.bond = kNoBond;
    }
    m_dongle.respond(SmDeleteBondingResponse { kSuccess });
}

} // namespace gattscope
