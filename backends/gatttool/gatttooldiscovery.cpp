// SPDX-License-Identifier: MIT
#include "gatttooldiscovery.h"

#include <algorithm>

namespace gattscope {

void GatttoolDiscovery::addService(const GatttoolEvent &event)
{
    m_services.append(event);
}

void GatttoolDiscovery::addCharacteristic(const GatttoolEvent &event)
{
    m_characteristics.append(event);
}

void GatttoolDiscovery::addDescriptor(const GatttoolEvent &event)
{
    m_descriptors.append(event);
}

QList<Service> GatttoolDiscovery::services() const
{
    QList<GatttoolEvent> services = m_services;
    std::sort(services.begin(), services.end(),
              [](const GatttoolEvent &a, const GatttoolEvent &b) { return a.handle < b.handle; });
    QList<GatttoolEvent> declarations = m_characteristics;
    std::sort(declarations.begin(), declarations.end(),
              [](const GatttoolEvent &a, const GatttoolEvent &b) { return a.handle < b.handle; });

    QList<Service> out;
    for (const GatttoolEvent &s : std::as_const(services)) {
        Service service;
        service.startHandle = s.handle;
        service.endHandle = std::max(s.handle, s.endHandle);
        service.uuid = s.uuid;
        service.primary = true;
        QList<GatttoolEvent> mine;
        for (const GatttoolEvent &c : std::as_const(declarations)) {
            if (c.handle > service.startHandle && c.handle <= service.endHandle)
                mine.append(c);
        }
        for (qsizetype i = 0; i < mine.size(); ++i) {
            const GatttoolEvent &c = mine.at(i);
            Characteristic ch;
            ch.declarationHandle = c.handle;
            ch.valueHandle = c.valueHandle;
            ch.uuid = c.uuid;
            ch.properties = CharacteristicProperties(c.properties);
            ch.endHandle = i + 1 < mine.size() ? quint16(mine.at(i + 1).handle - 1) : service.endHandle;
            if (ch.endHandle < ch.valueHandle)
                ch.endHandle = ch.valueHandle;
            for (const GatttoolEvent &d : m_descriptors) {
                if (d.handle <= ch.valueHandle || d.handle > ch.endHandle)
                    continue;
                bool known = false;
                for (const Descriptor &existing : std::as_const(ch.descriptors))
                    known = known || existing.handle == d.handle;
                if (known)
                    continue;
                Descriptor descriptor;
                descriptor.handle = d.handle;
                descriptor.uuid = d.uuid;
                if (m_extended.contains(d.handle)) {
                    descriptor.value = m_extended.value(d.handle);
                    descriptor.hasValue = true;
                    const quint8 bits = descriptor.value.isEmpty() ? 0 : quint8(descriptor.value.at(0));
                    if (bits & 0x01)
                        ch.properties |= CharacteristicProperty::ReliableWrite;
                    if (bits & 0x02)
                        ch.properties |= CharacteristicProperty::WritableAuxiliaries;
                }
                ch.descriptors.append(descriptor);
            }
            std::sort(ch.descriptors.begin(), ch.descriptors.end(),
                      [](const Descriptor &a, const Descriptor &b) { return a.handle < b.handle; });
            service.characteristics.append(ch);
        }
        out.append(service);
    }
    return out;
}

QList<quint16> GatttoolDiscovery::extendedPropertiesHandles() const
{
    QList<quint16> handles;
    for (const Service &s : services()) {
        for (const Characteristic &c : s.characteristics) {
            if (!(c.properties & CharacteristicProperty::ExtendedProperties))
                continue;
            if (const Descriptor *d = c.descriptor(GattUuid::ExtendedProperties))
                handles.append(d->handle);
        }
    }
    return handles;
}

void GatttoolDiscovery::setExtendedProperties(quint16 descriptorHandle, const QByteArray &value)
{
    m_extended.insert(descriptorHandle, value);
}

} // namespace gattscope
