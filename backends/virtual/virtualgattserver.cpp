// SPDX-License-Identifier: MIT
#include "virtualgattserver.h"

#include <gattscope/core/base/error.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <utility>

namespace gattscope {

namespace {

constexpr quint8 kOk = 0;
constexpr quint8 err(AttError e)
{
    return quint8(e);
}

// Read By Type Response rows carry at most ATT_MTU - 4 value bytes.
constexpr int kMaxReadByTypeValue = 19;

QByteArray le16(quint16 v)
{
    QByteArray b;
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
    return b;
}

// Attributes one service makes: its declaration, and per characteristic a declaration, a
// value and the descriptors (ProfileLoader has already appended a missing CCCD).
qsizetype serviceAttributeCount(const ServiceProfile &service)
{
    qsizetype n = 1;
    for (const CharacteristicProfile &c : service.characteristics)
        n += 2 + c.descriptors.size();
    return n;
}

// Generic Access: the service, Device Name and Appearance.
constexpr qsizetype kGapServiceAttributes = 5;

} // namespace

qsizetype VirtualGattServer::attributeCount(const PeripheralProfile &profile, bool gapService)
{
    qsizetype n = gapService ? kGapServiceAttributes : 0;
    for (const ServiceProfile &service : profile.services)
        n += serviceAttributeCount(service);
    return n;
}

VirtualGattServer::VirtualGattServer(const PeripheralProfile &profile, bool gapService)
{
    if (gapService) {
        ServiceProfile gap;
        gap.uuid = Uuid(0x1800);
        CharacteristicProfile name;
        name.uuid = Uuid(0x2A00);
        name.properties = quint8(CharacteristicProperty::Read);
        name.read = AttributeAccess::Open;
        name.value = profile.name.toUtf8();
        CharacteristicProfile appearance;
        appearance.uuid = Uuid(0x2A01);
        appearance.properties = quint8(CharacteristicProperty::Read);
        appearance.read = AttributeAccess::Open;
        appearance.value = le16(profile.appearance);
        appearance.maxLength = 2;
        gap.characteristics = { name, appearance };
        addService(gap);
    }
    for (const ServiceProfile &service : profile.services) {
        // Handles are 16 bits: a service that would not fit is left out whole (a profile
        // from ProfileLoader always fits; this guards profiles built in code).
        if (m_attributes.size() + serviceAttributeCount(service) > kMaxHandle)
            break;
        addService(service);
    }
}

void VirtualGattServer::addService(const ServiceProfile &service)
{
    VirtualAttribute decl;
    decl.kind
        = service.primary ? VirtualAttribute::Kind::PrimaryService : VirtualAttribute::Kind::SecondaryService;
    decl.handle = quint16(m_attributes.size() + 1);
    decl.type = service.primary ? GattUuid::PrimaryService : GattUuid::SecondaryService;
    decl.value = service.uuid.toAttBytes();
    const int serviceIndex = int(m_attributes.size());
    m_attributes.append(decl);

    for (const CharacteristicProfile &c : service.characteristics) {
        VirtualCharacteristic info;
        info.declarationHandle = quint16(m_attributes.size() + 1);
        info.valueHandle = quint16(info.declarationHandle + 1);
        info.properties = c.properties;
        info.uuid = c.uuid;
        info.generator = c.generator;
        const int index = int(m_characteristics.size());

        VirtualAttribute declaration;
        declaration.kind = VirtualAttribute::Kind::CharacteristicDeclaration;
        declaration.handle = info.declarationHandle;
        declaration.type = GattUuid::CharacteristicDeclaration;
        declaration.value = QByteArray(1, char(c.properties)) + le16(info.valueHandle) + c.uuid.toAttBytes();
        declaration.characteristic = index;
        m_attributes.append(declaration);

        VirtualAttribute value;
        value.kind = VirtualAttribute::Kind::Value;
        value.handle = info.valueHandle;
        value.type = c.uuid;
        value.value = c.value;
        value.read = c.read;
        value.write = c.write;
        value.maxLength = c.maxLength;
        value.characteristic = index;
        m_attributes.append(value);

        for (const DescriptorProfile &d : c.descriptors) {
            VirtualAttribute descriptor;
            descriptor.handle = quint16(m_attributes.size() + 1);
            descriptor.type = d.uuid;
            descriptor.characteristic = index;
            if (d.uuid == GattUuid::ClientCharacteristicConfiguration && info.cccdHandle == 0) {
                descriptor.kind = VirtualAttribute::Kind::Cccd;
                descriptor.read = AttributeAccess::Open;
                descriptor.write = AttributeAccess::Open;
                descriptor.maxLength = 2;
                info.cccdHandle = descriptor.handle;
            } else {
                descriptor.kind = VirtualAttribute::Kind::Descriptor;
                descriptor.value = d.value;
                descriptor.read = d.read;
                descriptor.write = d.write;
                descriptor.maxLength = d.maxLength;
            }
            m_attributes.append(descriptor);
        }
        info.endHandle = quint16(m_attributes.size());
        m_characteristics.append(info);
    }
    m_attributes[serviceIndex].groupEnd = quint16(m_attributes.size());
}

const VirtualAttribute *VirtualGattServer::attribute(quint16 handle) const
{
    if (handle == 0 || handle > m_attributes.size())
        return nullptr;
    return &m_attributes.at(handle - 1);
}

const VirtualCharacteristic *VirtualGattServer::characteristicForValue(quint16 valueHandle) const
{
    const VirtualAttribute *a = attribute(valueHandle);
    if (!a || a->kind != VirtualAttribute::Kind::Value)
        return nullptr;
    return &m_characteristics.at(a->characteristic);
}

const VirtualCharacteristic *VirtualGattServer::characteristicForCccd(quint16 cccdHandle) const
{
    const VirtualAttribute *a = attribute(cccdHandle);
    if (!a || a->kind != VirtualAttribute::Kind::Cccd)
        return nullptr;
    return &m_characteristics.at(a->characteristic);
}

quint8 VirtualGattServer::checkRead(const VirtualAttribute &attribute, const ClientState &client) const
{
    switch (attribute.read) {
    case AttributeAccess::Open: return kOk;
    case AttributeAccess::Encrypted:
        return client.encrypted ? kOk : err(AttError::InsufficientAuthentication);
    case AttributeAccess::Denied: return err(AttError::ReadNotPermitted);
    }
    return err(AttError::ReadNotPermitted);
}

quint8 VirtualGattServer::checkWrite(const VirtualAttribute &attribute, const ClientState &client) const
{
    switch (attribute.write) {
    case AttributeAccess::Open: return kOk;
    case AttributeAccess::Encrypted:
        return client.encrypted ? kOk : err(AttError::InsufficientAuthentication);
    case AttributeAccess::Denied: return err(AttError::WriteNotPermitted);
    }
    return err(AttError::WriteNotPermitted);
}

QByteArray VirtualGattServer::readValue(const VirtualAttribute &attribute, const ClientState &client) const
{
    if (attribute.kind == VirtualAttribute::Kind::Cccd)
        return le16(client.cccd.value(attribute.handle, 0));
    return attribute.value;
}

quint8 VirtualGattServer::read(quint16 handle, const ClientState &client, QByteArray *value) const
{
    const VirtualAttribute *a = attribute(handle);
    if (!a)
        return err(AttError::InvalidHandle);
    if (const quint8 e = checkRead(*a, client))
        return e;
    *value = readValue(*a, client);
    return kOk;
}

quint8 VirtualGattServer::readBlob(quint16 handle, quint16 offset, const ClientState &client,
                                   QByteArray *value) const
{
    const VirtualAttribute *a = attribute(handle);
    if (!a)
        return err(AttError::InvalidHandle);
    if (const quint8 e = checkRead(*a, client))
        return e;
    const QByteArray full = readValue(*a, client);
    // A short fixed-length attribute: the spec lets the server refuse blob reads.
    if (a->maxLength <= kMaxReadChunk && full.size() <= kMaxReadChunk)
        return err(AttError::AttributeNotLong);
    if (offset > full.size())
        return err(AttError::InvalidOffset);
    *value = full.mid(offset, kMaxReadChunk);
    return kOk;
}

quint8 VirtualGattServer::write(quint16 handle, const QByteArray &value, ClientState &client)
{
    const VirtualAttribute *a = attribute(handle);
    if (!a)
        return err(AttError::InvalidHandle);
    if (const quint8 e = checkWrite(*a, client))
        return e;
    if (value.size() > a->maxLength)
        return err(AttError::InvalidAttributeValueLength);
    if (a->kind == VirtualAttribute::Kind::Cccd) {
        if (value.size() != 2)
            return err(AttError::InvalidAttributeValueLength);
        const quint16 bits = quint16(quint8(value.at(0)) | (quint8(value.at(1)) << 8));
        const quint8 props = m_characteristics.at(a->characteristic).properties;
        quint16 supported = 0;
        if (props & quint8(CharacteristicProperty::Notify))
            supported |= 0x0001;
        if (props & quint8(CharacteristicProperty::Indicate))
            supported |= 0x0002;
        if (bits & ~supported)
            return err(AttError::CccdImproperlyConfigured);
        client.cccd.insert(handle, bits);
        return kOk;
    }
    m_attributes[handle - 1].value = value;
    return kOk;
}

quint8 VirtualGattServer::checkPrepareWrite(quint16 handle, const ClientState &client) const
{
    const VirtualAttribute *a = attribute(handle);
    if (!a)
        return err(AttError::InvalidHandle);
    return checkWrite(*a, client);
}

quint8 VirtualGattServer::prepareWrite(quint16 handle, quint16 offset, const QByteArray &data,
                                       ClientState &client) const
{
    if (const quint8 e = checkPrepareWrite(handle, client))
        return e;
    if (client.prepareQueue.size() >= kMaxPrepareQueue)
        return err(AttError::PrepareQueueFull);
    client.prepareQueue.append({ handle, offset, data });
    return kOk;
}

quint8 VirtualGattServer::executeWrite(bool commit, ClientState &client, quint16 *handle)
{
    const QList<PreparedWrite> queue = std::exchange(client.prepareQueue, {});
    *handle = queue.isEmpty() ? 0 : queue.first().handle;
    if (!commit || queue.isEmpty())
        return kOk;
    const quint8 e = executeWrites(queue, client, handle);
    if (!e)
        *handle = queue.first().handle;
    return e;
}

VirtualGattServer::Push VirtualGattServer::pushFor(quint16 cccdBits)
{
    if (cccdBits & 0x0002)
        return Push::Indicate;
    if (cccdBits & 0x0001)
        return Push::Notify;
    return Push::None;
}

VirtualGattServer::Push VirtualGattServer::pushFor(quint16 valueHandle, const ClientState &client) const
{
    const VirtualCharacteristic *c = characteristicForValue(valueHandle);
    if (!c || !c->cccdHandle)
        return Push::None;
    return pushFor(client.cccd.value(c->cccdHandle, 0));
}

bool VirtualGattServer::offerIndication(ClientState &client, quint16 valueHandle, const QByteArray &value)
{
    if (!client.indicationInFlight) {
        client.indicationInFlight = true;
        return true;
    }
    for (HandleValue &waiting : client.waitingIndications) {
        if (waiting.handle == valueHandle) {
            waiting.value = value;
            return false;
        }
    }
    client.waitingIndications.append({ valueHandle, value });
    return false;
}

std::optional<VirtualGattServer::HandleValue> VirtualGattServer::confirmIndication(ClientState &client)
{
    client.indicationInFlight = !client.waitingIndications.isEmpty();
    if (client.waitingIndications.isEmpty())
        return std::nullopt;
    return client.waitingIndications.takeFirst();
}

quint8 VirtualGattServer::executeWrites(const QList<PreparedWrite> &writes, ClientState &client,
                                        quint16 *failedHandle)
{
    // Build every new value first, so that a failing part leaves all attributes unchanged.
    QHash<quint16, QByteArray> values;
    QList<quint16> order;
    for (const PreparedWrite &w : writes) {
        *failedHandle = w.handle;
        const VirtualAttribute *a = attribute(w.handle);
        if (!a)
            return err(AttError::InvalidHandle);
        if (!values.contains(w.handle)) {
            values.insert(w.handle, readValue(*a, client));
            order.append(w.handle);
        }
        QByteArray &v = values[w.handle];
        if (w.offset > v.size())
            return err(AttError::InvalidOffset);
        v = v.left(w.offset) + w.data;
        if (v.size() > a->maxLength)
            return err(AttError::InvalidAttributeValueLength);
    }
    for (quint16 handle : order) {
        *failedHandle = handle;
        if (const quint8 e = write(handle, values.value(handle), client))
            return e;
    }
    return kOk;
}

quint8 VirtualGattServer::findInformation(quint16 start, quint16 end, QList<FoundInformation> *found) const
{
    if (start == 0 || start > end)
        return err(AttError::InvalidHandle);
    for (quint16 h = start; h <= lastHandle() && h <= end && h != 0; ++h)
        found->append({ h, m_attributes.at(h - 1).type });
    return found->isEmpty() ? err(AttError::AttributeNotFound) : kOk;
}

quint8 VirtualGattServer::readByGroupType(quint16 start, quint16 end, const Uuid &groupType,
                                          QList<Group> *groups) const
{
    if (start == 0 || start > end)
        return err(AttError::InvalidHandle);
    if (groupType != GattUuid::PrimaryService && groupType != GattUuid::SecondaryService)
        return err(AttError::UnsupportedGroupType);
    for (const VirtualAttribute &a : m_attributes) {
        if (a.handle < start || a.handle > end || a.type != groupType)
            continue;
        groups->append({ a.handle, a.groupEnd, Uuid::fromAttBytes(a.value).value_or(Uuid()) });
    }
    return groups->isEmpty() ? err(AttError::AttributeNotFound) : kOk;
}

quint8 VirtualGattServer::readByType(quint16 start, quint16 end, const Uuid &type, const ClientState &client,
                                     QList<HandleValue> *values) const
{
    if (start == 0 || start > end)
        return err(AttError::InvalidHandle);
    for (const VirtualAttribute &a : m_attributes) {
        if (a.handle < start || a.handle > end || a.type != type)
            continue;
        if (const quint8 e = checkRead(a, client))
            return e; // rows found so far stay in `values`
        values->append({ a.handle, readValue(a, client).left(kMaxReadByTypeValue) });
    }
    return values->isEmpty() ? err(AttError::AttributeNotFound) : kOk;
}

quint8 VirtualGattServer::findByTypeValue(quint16 start, quint16 end, const Uuid &type,
                                          const QByteArray &value, QList<Group> *groups) const
{
    if (start == 0 || start > end)
        return err(AttError::InvalidHandle);
    for (const VirtualAttribute &a : m_attributes) {
        if (a.handle < start || a.handle > end || a.type != type || a.value != value)
            continue;
        const quint16 groupEnd = a.groupEnd ? a.groupEnd : a.handle;
        groups->append({ a.handle, groupEnd, Uuid::fromAttBytes(a.value).value_or(Uuid()) });
    }
    return groups->isEmpty() ? err(AttError::AttributeNotFound) : kOk;
}

void VirtualGattServer::setValue(quint16 handle, const QByteArray &value)
{
    if (handle == 0 || handle > m_attributes.size())
        return;
    m_attributes[handle - 1].value = value;
}

} // namespace gattscope
