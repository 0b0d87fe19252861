// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace gattscope {

// Assembles advertising / scan-response payloads from AD structures (Core spec Supplement
// Part A): each is a length byte, an AD type byte and length-1 data bytes. Nothing is
// checked here; the caller compares size() with the 31 bytes a legacy PDU carries.
class AdvertisingDataBuilder
{
public:
    static constexpr int kMaxLegacyLength = 31;

    void addFlags(quint8 flags);
    void addLocalName(const QString &name, bool complete = true);
    // Groups the UUIDs by width into 16-, 32- and 128-bit lists (complete or incomplete).
    void addServiceUuids(const QList<Uuid> &uuids, bool complete = true);
    void addTxPower(qint8 dBm);
    void addAppearance(quint16 appearance);
    void addManufacturerData(quint16 companyId, const QByteArray &data);
    void addServiceData(const Uuid &uuid, const QByteArray &data);
    void addStructure(quint8 type, const QByteArray &data);
    // Bytes that are already AD structures.
    void addRaw(const QByteArray &bytes);

    const QByteArray &data() const { return m_data; }
    int size() const { return int(m_data.size()); }

private:
    QByteArray m_data;
};

} // namespace gattscope
