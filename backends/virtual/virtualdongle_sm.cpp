// SPDX-License-Identifier: MIT
// VirtualDongle: security manager (encryption, pairing with passkey, bonds).
#include "virtualdongle_p.h"
#include "virtualperipheral.h"

#include <QTimer>

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

void VirtualDonglePrivate::handle(const SmSetBondableMode &c)
{
    bondable = c.bondable;
    respond(SmSetBondableModeResponse {});
}

void VirtualDonglePrivate::handle(const SmEncryptStart &c)
{
    answer->link = c.connection;
    VirtualLink *l = link(c.connection);
    if (!l) {
        respond(SmEncryptStartResponse { c.connection, kNotConnected });
        return;
    }
    if (l->pairing) {
        respond(SmEncryptStartResponse { c.connection, kWrongState });
        return;
    }
    respond(SmEncryptStartResponse { c.connection, kSuccess });
    const quint64 generation = l->generation;
    const quint8 handle = l->handle;
    l->pairing = true;
    if (const std::optional<quint8> bond = bondFor(l->address)) {
        // Bonded: the stored keys encrypt the link without pairing again.
        const bool mitm = bonds[*bond]->mitm;
        l->wantBond = false;
        QTimer::singleShot(options.encryptDelayMs, q,
                           [this, handle, generation, mitm] { finishPairing(handle, generation, mitm); });
        return;
    }
    l->wantBond = c.bonding && bondable;
    if (l->peripheral->profile().passkey) {
        // The peripheral displays a passkey; the host must type it (sm_passkey_entry).
        l->awaitingPasskey = true;
        emitEvent(SmPasskeyRequestEvent { handle });
        return;
    }
    // "Just works" pairing.
    QTimer::singleShot(options.encryptDelayMs, q,
                       [this, handle, generation] { finishPairing(handle, generation, false); });
}

void VirtualDonglePrivate::handle(const SmPasskeyEntry &c)
{
    answer->link = c.connection;
    VirtualLink *l = link(c.connection);
    if (!l || !l->awaitingPasskey) {
        respond(SmPasskeyEntryResponse { l ? kWrongState : kNotConnected });
        return;
    }
    if (c.passkey > 999999) {
        respond(SmPasskeyEntryResponse { kInvalidParam });
        return;
    }
    respond(SmPasskeyEntryResponse { kSuccess });
    l->awaitingPasskey = false;
    const quint64 generation = l->generation;
    const quint8 handle = l->handle;
    if (c.passkey == *l->peripheral->profile().passkey) {
        QTimer::singleShot(options.encryptDelayMs, q,
                           [this, handle, generation] { finishPairing(handle, generation, true); });
        return;
    }
    // A wrong passkey makes the confirm values differ (SMP Confirm Value Failed).
    QTimer::singleShot(options.encryptDelayMs, q, [this, handle, generation] {
        VirtualLink *failed = link(handle);
        if (!failed || failed->generation != generation)
            return;
        failed->pairing = false;
        send(encodeToBytes(SmBondingFailEvent { handle, kConfirmValueFailed }));
    });
}

void VirtualDonglePrivate::finishPairing(quint8 handle, quint64 generation, bool mitm)
{
    VirtualLink *l = link(handle);
    if (!l || l->generation != generation)
        return;
    l->pairing = false;
    if (l->wantBond) {
        std::optional<quint8> slot;
        for (size_t i = 0; i < bonds.size() && !slot; ++i) {
            if (!bonds[i])
                slot = quint8(i);
        }
        if (!slot) {
            send(encodeToBytes(SmBondingFailEvent { handle, kOutOfBonds }));
            return;
        }
        bonds[*slot] = VirtualBond { l->address, mitm };
        l->bond = *slot;
        send(encodeToBytes(SmBondStatusEvent { *slot, 16, mitm, bondKeys(l->address) }));
    }
    l->client.encrypted = true;
    // Encryption on an existing link: Connected | Encrypted, without Completed (which
    // announces a new connection).
    send(encodeToBytes(status(*l, ConnectionFlag::Connected | ConnectionFlag::Encrypted)));
}

void VirtualDonglePrivate::handle(const SmGetBonds &)
{
    quint8 count = 0;
    for (const auto &b : bonds)
        count += b ? 1 : 0;
    respond(SmGetBondsResponse { count });
    for (size_t i = 0; i < bonds.size(); ++i) {
        if (bonds[i])
            emitEvent(SmBondStatusEvent { quint8(i), 16, bonds[i]->mitm, bondKeys(bonds[i]->address) });
    }
}

void VirtualDonglePrivate::handle(const SmDeleteBonding &c)
{
    if (c.bond == kNoBond) { // 0xFF: every bond
        for (auto &b : bonds)
            b.reset();
        respond(SmDeleteBondingResponse { kSuccess });
        return;
    }
    if (c.bond >= bonds.size() || !bonds[c.bond]) {
        respond(SmDeleteBondingResponse { kInvalidParam });
        return;
    }
    bonds[c.bond].reset();
    for (VirtualLink &l : links) {
        if (l.bond == c.bond)
            l.bond = kNoBond;
    }
    respond(SmDeleteBondingResponse { kSuccess });
}

} // namespace gattscope
