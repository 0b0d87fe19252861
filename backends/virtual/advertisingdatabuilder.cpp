// SPDX-License-Identifier: MIT
#include "advertisingdatabuilder.h"

namespace gattscope {

namespace {

QByteArray le16(quint16 v)
{
    QByteArray b;
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b;
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
    return b;
}

// The UUID in the given width, little-endian, as AD structures carry it.
QByteArray uuidBytes(const Uuid &uuid, Uuid::Width width)
{
    switch (width) {
    case Uuid::Width::Bits16: return le16(quint16(uuid.toUInt32()));
    case Uuid::Width::Bits32: return le32(uuid.toUInt32());
    case Uuid::Width::Bits128: break;
    }
    QByteArray b;
    const auto &be = uuid.bigEndianBytes();
    for (auto it = be.rbegin(); it != be.rend(); ++it)
        b.append(char(*it));
    return b;
}

} // namespace

void AdvertisingDataBuilder::addStructure(quint8 type, const QByteArray &data)
{
    m_data.append(char(quint8(data.size() + 1)));
    m_data.append(char(type));
    m_data.append(data);
}

void AdvertisingDataBuilder::addRaw(const QByteArray &bytes)
{
    m_data.append(bytes);
}

void AdvertisingDataBuilder::addFlags(quint8 flags)
{
    addStructure(0x01, QByteArray(1, char(flags)));
}

void AdvertisingDataBuilder::addLocalName(const QString &name, bool complete)
{
    addStructure(complete ? 0x09 : 0x08, name.toUtf8());
}

void AdvertisingDataBuilder::addServiceUuids(const QList<Uuid> &uuids, bool complete)
{
    struct Group
    {
        Uuid::Width width;
        quint8 incompleteType;
    };
    static constexpr Group groups[]
        = { { Uuid::Width::Bits16, 0x02 }, { Uuid::Width::Bits32, 0x04 }, { Uuid::Width::Bits128, 0x06 } };
    for (const Group &group : groups) {
        QByteArray list;
        for (const Uuid &uuid : uuids) {
            if (uuid.minimumWidth() == group.width)
                list.append(uuidBytes(uuid, group.width));
        }
        if (!list.isEmpty())
            addStructure(quint8(group.incompleteType + (complete ? 1 : 0)), list);
    }
}

void AdvertisingDataBuilder::addTxPower(qint8 dBm)
{
    addStructure(0x0A, QByteArray(1, char(dBm)));
}

void AdvertisingDataBuilder::addAppearance(quint16 appearance)
{
    addStructure(0x19, le16(appearance));
}

void AdvertisingDataBuilder::addManufacturerData(quint16 companyId, const QByteArray &data)
{
    addStructure(0xFF, le16(companyId) + data);
}

void AdvertisingDataBuilder::addServiceData(const Uuid &uuid, const QByteArray &data)
{
    switch (uuid.minimumWidth()) {
    case Uuid::Width::Bits16: addStructure(0x16, uuidBytes(uuid, Uuid::Width::Bits16) + data); break;
    case Uuid::Width::Bits32: addStructure(0x20, uuidBytes(uuid, Uuid::Width::Bits32) + data); break;
    case Uuid::Width::Bits128: addStructure(0x21, uuidBytes(uuid, Uuid::Width::Bits128) + data); break;
    }
}

} // namespace gattscope
