// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/gatt/gattdatabase.h>

#include <QHash>
#include <QList>
#include <QLowEnergyCharacteristic>
#include <QLowEnergyDescriptor>

#include <optional>

class QLowEnergyService;

namespace gattscope {

// Handles for what Qt Bluetooth discovered. Qt Bluetooth keeps attribute handles to itself
// (and on BlueZ makes them up), so this table gives core's GattDatabase its handles and
// remembers which Qt object each one stands for:
// - the peer's own handles when the stack reported them (BluezSystem::database()) and its
//   services, characteristics and descriptors line up one to one with Qt's — the database
//   is then HandleOrigin::Peer;
// - otherwise numbers in ATT layout (service, declaration, value, descriptors) in Qt's
//   order — HandleOrigin::Synthetic.
// Qt Bluetooth on BlueZ addresses a characteristic by its UUID within its service (and a
// descriptor by UUID within its characteristic), so the second of two with the same UUID
// cannot be reached: such entries are marked `ambiguous` and refused rather than letting an
// operation hit the other one.
class BluezGattTable
{
public:
    struct Entry
    {
        QLowEnergyService *service = nullptr;
        QLowEnergyCharacteristic characteristic;
        QLowEnergyDescriptor descriptor; // valid for descriptor handles only
        quint16 valueHandle = 0; // the characteristic's value handle
        bool ambiguous = false;
    };

    static BluezGattTable build(const QList<QLowEnergyService *> &services, const GattDatabase *peer);

    const GattDatabase &database() const { return m_database; }
    // The characteristic value or descriptor at `handle`, or nullptr.
    const Entry *entry(quint16 handle) const;
    std::optional<quint16> valueHandle(const QLowEnergyService *service,
                                       const QLowEnergyCharacteristic &characteristic) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    bool alignWith(const QList<QLowEnergyService *> &services, const GattDatabase &peer);
    void number(const QList<QLowEnergyService *> &services);

    GattDatabase m_database;
    QHash<quint16, Entry> m_entries;
};

} // namespace gattscope
