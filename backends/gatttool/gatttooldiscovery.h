// SPDX-License-Identifier: MIT
#pragma once

#include "gatttoolparser.h"

#include <gattscope/core/gatt/gattdatabase.h>

#include <QHash>
#include <QList>

namespace gattscope {

// Builds the GATT model from what gatttool's three discovery commands print: `primary`
// (services), `characteristics` (declarations) and `char-desc` (every attribute handle
// with its type). Pure: events in, services out.
//
// A characteristic ends before the next declaration in its service, or with the service;
// its descriptors are the handles after its value handle up to its end. char-desc lists
// service declarations, characteristic declarations and values too: they are not
// descriptors and are left out by position, never by guessing from UUIDs alone. Secondary
// services are not found (gatttool's `primary` only asks for primary ones).
class GatttoolDiscovery
{
public:
    void addService(const GatttoolEvent &event); // Kind::Service
    void addCharacteristic(const GatttoolEvent &event); // Kind::Characteristic
    void addDescriptor(const GatttoolEvent &event); // Kind::Descriptor

    QList<Service> services() const;
    // Descriptor handles of Extended Properties (0x2900) whose characteristic has the
    // extended-properties bit: the caller reads them and calls setExtendedProperties().
    QList<quint16> extendedPropertiesHandles() const;
    void setExtendedProperties(quint16 descriptorHandle, const QByteArray &value);

private:
    QList<GatttoolEvent> m_services;
    QList<GatttoolEvent> m_characteristics;
    QList<GatttoolEvent> m_descriptors;
    QHash<quint16, QByteArray> m_extended;
};

} // namespace gattscope
