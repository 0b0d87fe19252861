// SPDX-License-Identifier: MIT
#include "gattdatabase.h"

#include <QStringList>

namespace gattscope {

QString propertyBadges(CharacteristicProperties p)
{
    QStringList out;
    if (p & CharacteristicProperty::Broadcast)
        out << QStringLiteral("B");
    if (p & CharacteristicProperty::Read)
        out << QStringLiteral("R");
    if (p & CharacteristicProperty::Write)
        out << QStringLiteral("W");
    if (p & CharacteristicProperty::WriteWithoutResponse)
        out << QStringLiteral("WnR");
    if (p & CharacteristicProperty::Notify)
        out << QStringLiteral("N");
    if (p & CharacteristicProperty::Indicate)
        out << QStringLiteral("I");
    if (p & CharacteristicProperty::AuthenticatedSignedWrites)
        out << QStringLiteral("Auth");
    if (p & CharacteristicProperty::ExtendedProperties)
        out << QStringLiteral("Ext");
    return out.join(u' ');
}

const Descriptor *Characteristic::descriptor(const Uuid &id) const
{
    for (const Descriptor &d : descriptors) {
        if (d.uuid == id)
            return &d;
    }
    return nullptr;
}

std::optional<quint16> Characteristic::cccdHandle() const
{
    if (const Descriptor *d = descriptor(GattUuid::ClientCharacteristicConfiguration))
        return d->handle;
    return std::nullopt;
}

GattDatabase::GattDatabase(QList<Service> services)
    : m_services(std::move(services))
{
    reindex();
}

void GattDatabase::setServices(QList<Service> services)
{
    m_services = std::move(services);
    reindex();
}

void GattDatabase::clear()
{
    m_services.clear();
    m_index.clear();
    m_handleOrigin = HandleOrigin::Peer;
}

void GattDatabase::reindex()
{
    m_index.clear();
    for (int s = 0; s < m_services.size(); ++s) {
        const Service &svc = m_services[s];
        m_index.insert(svc.startHandle, { AttributeKind::Service, s, -1, -1 });
        for (int c = 0; c < svc.characteristics.size(); ++c) {
            const Characteristic &ch = svc.characteristics[c];
            m_index.insert(ch.declarationHandle, { AttributeKind::CharacteristicDeclaration, s, c, -1 });
            m_index.insert(ch.valueHandle, { AttributeKind::CharacteristicValue, s, c, -1 });
            for (int d = 0; d < ch.descriptors.size(); ++d)
                m_index.insert(ch.descriptors[d].handle, { AttributeKind::Descriptor, s, c, d });
        }
    }
}

GattDatabase::Location GattDatabase::locate(quint16 handle) const
{
    return m_index.value(handle);
}

GattDatabase::AttributeKind GattDatabase::kindOfHandle(quint16 handle) const
{
    return locate(handle).kind;
}

const Service *GattDatabase::serviceForHandle(quint16 handle) const
{
    for (const Service &s : m_services) {
        if (handle >= s.startHandle && handle <= s.endHandle)
            return &s;
    }
    return nullptr;
}

const Characteristic *GattDatabase::characteristicForHandle(quint16 handle) const
{
    const Location loc = locate(handle);
    if (loc.characteristic >= 0)
        return &m_services[loc.service].characteristics[loc.characteristic];
    // Handles inside a characteristic's range that discovery did not list.
    if (const Service *s = serviceForHandle(handle)) {
        for (const Characteristic &c : s->characteristics) {
            if (handle >= c.declarationHandle && handle <= c.endHandle)
                return &c;
        }
    }
    return nullptr;
}

const Descriptor *GattDatabase::descriptorForHandle(quint16 handle) const
{
    const Location loc = locate(handle);
    if (loc.kind != AttributeKind::Descriptor)
        return nullptr;
    return &m_services[loc.service].characteristics[loc.characteristic].descriptors[loc.descriptor];
}

QList<const Characteristic *> GattDatabase::characteristicsByUuid(const Uuid &uuid) const
{
    QList<const Characteristic *> out;
    for (const Service &s : m_services) {
        for (const Characteristic &c : s.characteristics) {
            if (c.uuid == uuid)
                out.append(&c);
        }
    }
    return out;
}

const Characteristic *GattDatabase::characteristic(const Uuid &serviceUuid, const Uuid &uuid) const
{
    for (const Service &s : m_services) {
        if (s.uuid != serviceUuid)
            continue;
        for (const Characteristic &c : s.characteristics) {
            if (c.uuid == uuid)
                return &c;
        }
    }
    return nullptr;
}

QList<const Service *> GattDatabase::servicesByUuid(const Uuid &uuid) const
{
    QList<const Service *> out;
    for (const Service &s : m_services) {
        if (s.uuid == uuid)
            out.append(&s);
    }
    return out;
}

bool GattDatabase::setValue(quint16 handle, const QByteArray &value)
{
    const Location loc = locate(handle);
    if (loc.kind == AttributeKind::CharacteristicValue) {
        Characteristic &c = m_services[loc.service].characteristics[loc.characteristic];
        c.value = value;
        c.hasValue = true;
        return true;
    }
    if (loc.kind == AttributeKind::Descriptor) {
        Descriptor &d
            = m_services[loc.service].characteristics[loc.characteristic].descriptors[loc.descriptor];
        d.value = value;
        d.hasValue = true;
        return true;
    }
    return false;
}

std::optional<QByteArray> GattDatabase::value(quint16 handle) const
{
    const Location loc = locate(handle);
    if (loc.kind == AttributeKind::CharacteristicValue) {
        const Characteristic &c = m_services[loc.service].characteristics[loc.characteristic];
        return c.hasValue ? std::optional(c.value) : std::nullopt;
    }
    if (loc.kind == AttributeKind::Descriptor) {
        const Descriptor &d
            = m_services[loc.service].characteristics[loc.characteristic].descriptors[loc.descriptor];
        return d.hasValue ? std::optional(d.value) : std::nullopt;
    }
    return std::nullopt;
}

int GattDatabase::attributeCount() const
{
    return int(m_index.size());
}

} // namespace gattscope
