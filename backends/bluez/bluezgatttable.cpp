// SPDX-License-Identifier: MIT
#include "bluezgatttable.h"

#include <QBluetoothUuid>
#include <QLowEnergyService>

#include <algorithm>

namespace gattscope {

namespace {

Uuid uuidOf(const QBluetoothUuid &uuid)
{
    return Uuid::fromString(uuid.toString(QUuid::WithoutBraces)).value_or(Uuid());
}

CharacteristicProperties propertiesOf(const QLowEnergyCharacteristic &c)
{
    // Qt's property bits are the declaration's properties byte.
    return CharacteristicProperties::fromInt(quint16(int(c.properties()) & 0xFF));
}

// True when an earlier element of `list` up to `index` has the same UUID.
template<typename T> bool repeated(const QList<T> &list, qsizetype index)
{
    for (qsizetype i = 0; i < index; ++i) {
        if (list[i].uuid() == list[index].uuid())
            return true;
    }
    return false;
}

} // namespace

BluezGattTable BluezGattTable::build(const QList<QLowEnergyService *> &services, const GattDatabase *peer)
{
    BluezGattTable table;
    if (!peer || !table.alignWith(services, *peer)) {
        table.m_entries.clear();
        table.number(services);
    }
    return table;
}

const BluezGattTable::Entry *BluezGattTable::entry(quint16 handle) const
{
    const auto it = m_entries.constFind(handle);
    return it == m_entries.cend() ? nullptr : &*it;
}

std::optional<quint16> BluezGattTable::valueHandle(const QLowEnergyService *service,
                                                   const QLowEnergyCharacteristic &characteristic) const
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->service == service && !it->descriptor.isValid() && it->characteristic == characteristic
            && it.key() == it->valueHandle)
            return it.key();
    }
    return std::nullopt;
}

bool BluezGattTable::alignWith(const QList<QLowEnergyService *> &services, const GattDatabase &peer)
{
    QList<Service> out;
    for (QLowEnergyService *s : services) {
        const QList<const Service *> matches = peer.servicesByUuid(uuidOf(s->serviceUuid()));
        if (matches.size() != 1)
            return false; // Qt keys services by UUID: two with one UUID cannot be told apart
        const Service &ps = *matches.first();
        const QList<QLowEnergyCharacteristic> qc = s->characteristics();
        if (qc.size() != ps.characteristics.size())
            return false;
        for (qsizetype i = 0; i < qc.size(); ++i) {
            const Characteristic &pc = ps.characteristics[i];
            if (uuidOf(qc[i].uuid()) != pc.uuid)
                return false;
            const QList<QLowEnergyDescriptor> qd = qc[i].descriptors();
            if (qd.size() != pc.descriptors.size())
                return false;
            const bool charAmbiguous = repeated(qc, i);
            m_entries.insert(pc.valueHandle, { s, qc[i], {}, pc.valueHandle, charAmbiguous });
            for (qsizetype j = 0; j < qd.size(); ++j) {
                if (uuidOf(qd[j].uuid()) != pc.descriptors[j].uuid)
                    return false;
                m_entries.insert(pc.descriptors[j].handle,
                                 { s, qc[i], qd[j], pc.valueHandle, charAmbiguous || repeated(qd, j) });
            }
        }
        out.append(ps);
    }
    std::sort(out.begin(), out.end(),
              [](const Service &a, const Service &b) { return a.startHandle < b.startHandle; });
    m_database = GattDatabase(out);
    m_database.setHandleOrigin(GattDatabase::HandleOrigin::Peer);
    return true;
}

void BluezGattTable::number(const QList<QLowEnergyService *> &services)
{
    QList<Service> out;
    quint32 next = 1;
    auto take = [&next] {
        return quint16(std::min<quint32>(next++, 0xFFFF));
    };
    for (QLowEnergyService *s : services) {
        Service service;
        service.startHandle = take();
        service.uuid = uuidOf(s->serviceUuid());
        service.primary = s->type().testFlag(QLowEnergyService::PrimaryService);
        const QList<QLowEnergyCharacteristic> qc = s->characteristics();
        for (qsizetype i = 0; i < qc.size(); ++i) {
            Characteristic c;
            c.declarationHandle = take();
            c.valueHandle = take();
            c.uuid = uuidOf(qc[i].uuid());
            c.properties = propertiesOf(qc[i]);
            const bool charAmbiguous = repeated(qc, i);
            m_entries.insert(c.valueHandle, { s, qc[i], {}, c.valueHandle, charAmbiguous });
            const QList<QLowEnergyDescriptor> qd = qc[i].descriptors();
            for (qsizetype j = 0; j < qd.size(); ++j) {
                Descriptor d;
                d.handle = take();
                d.uuid = uuidOf(qd[j].uuid());
                c.descriptors.append(d);
                m_entries.insert(d.handle,
                                 { s, qc[i], qd[j], c.valueHandle, charAmbiguous || repeated(qd, j) });
            }
            c.endHandle = c.descriptors.isEmpty() ? c.valueHandle : c.descriptors.constLast().handle;
            service.characteristics.append(c);
        }
        service.endHandle = quint16(next - 1);
        out.append(service);
    }
    m_database = GattDatabase(out);
    m_database.setHandleOrigin(GattDatabase::HandleOrigin::Synthetic);
}

} // namespace gattscope
