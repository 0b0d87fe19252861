// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/error.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <optional>

namespace gattscope {

// Turns what we know about a real device — its GATT database as discovery found it, the
// values read so far, its name, address and advertising — into a virtual-peripheral
// profile (the JSON format of backends/virtual/PROFILES.md), so "Save as virtual
// peripheral…" gives a file that `gattscope-sim --profile` and Demo mode serve.
//
// What the file keeps and what it cannot:
// - Services, characteristics and descriptors in handle order, with UUIDs, the
//   properties byte and descriptor order (a CCCD after a 0x2901 stays after it). Handles
//   themselves are renumbered from 1 by the loader, so only the relative layout survives.
// - Values read (or written / notified) so far, as hex; never-read ones are written as
//   "" (empty). CCCD values are left out: they are per-connection state.
// - The Generic Access service 0x1800 is left out because the virtual dongle always adds
//   its own (Device Name from "name", Appearance from "appearance", which is taken from a
//   read 0x2A01 value).
// - Things the format cannot express are left out and reported through `notes`: included
//   services, a CCCD on a characteristic without notify/indicate (the loader refuses it),
//   values over 512 bytes, advertising data over 31 bytes or malformed, services of a
//   non-connectable device. Access rules ("encrypted") and generators are not known from
//   a client's view; the loader's defaults apply (access open where the properties allow).
class ProfileWriter
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::ProfileWriter)

public:
    ProfileWriter() = default;
    ProfileWriter(GattDatabase database, QString name, DeviceAddress address);

    const GattDatabase &database() const { return m_database; }
    void setDatabase(GattDatabase database) { m_database = std::move(database); }
    // Device Name; when empty, the 0x2A00 value read from Generic Access is used.
    QString name() const { return m_name; }
    void setName(QString name) { m_name = std::move(name); }
    // Its type gives "addressType": public, or random for any random sub-type.
    DeviceAddress address() const { return m_address; }
    void setAddress(DeviceAddress address) { m_address = address; }
    // Raw AD structures as received. Empty advertising data = unknown: the loader then
    // advertises flags + name. Empty scan response = none.
    void setAdvertisingData(QByteArray data) { m_advertisingData = std::move(data); }
    void setScanResponseData(QByteArray data) { m_scanResponseData = std::move(data); }
    // Default true. A non-connectable profile carries no services.
    void setConnectable(bool connectable) { m_connectable = connectable; }
    // Mean RSSI of the virtual peripheral (clamped to the loader's −127…20 dBm).
    void setRssi(std::optional<qint8> rssi) { m_rssi = rssi; }
    // The profile's "description"; by default "Saved by gattscope from <address>".
    void setDescription(QString description) { m_description = std::move(description); }

    // A value the characteristic notified or indicated, `atMs` after the recording began.
    struct RecordedValue
    {
        qint64 atMs = 0;
        QByteArray value;
    };
    // What the characteristic with this value handle pushed while recording, in time order:
    // written as a "replay" generator (PROFILES.md), so the virtual peripheral notifies the
    // same values at the same times, from each connection on, over and over. Values over 512
    // bytes are cut (a note says so); an empty list removes the recording.
    void setRecording(quint16 valueHandle, QList<RecordedValue> values);

    // The profile, one peripheral object. `notes`, when given, receives one translated line
    // per thing left out or changed (see above); empty when the copy is faithful.
    QJsonDocument toJson(QStringList *notes = nullptr) const;
    // Writes toJson() atomically (QSaveFile): on failure the old file is untouched and the
    // Error (Kind::InvalidArgument) names the file and the reason.
    Error save(const QString &fileName, QStringList *notes = nullptr) const;

private:
    GattDatabase m_database;
    QString m_name;
    DeviceAddress m_address;
    QByteArray m_advertisingData;
    QByteArray m_scanResponseData;
    bool m_connectable = true;
    std::optional<qint8> m_rssi;
    QString m_description;
    QHash<quint16, QList<RecordedValue>> m_recordings;
};

} // namespace gattscope
