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
//   "" (empty), and each is reported through `unread` (and `notes`) with the reason its
//   read failed (setReadFailures()) — the clone would answer an empty value. CCCD values are
//   left out: they are per-connection state.
// - A characteristic that notifies or indicates gets a generator, so the clone pushes too:
//   the recording when there is one (setRecording()); else for Heart Rate Measurement
//   (0x2A37) the "heartRate" generator and for Battery Level (0x2A19) "battery" from the
//   level read; else the last known value replayed once a second. One that was neither
//   read nor notified has nothing to push (reported through `unread`).
// - The Generic Access service 0x1800 is left out because the virtual dongle always adds
//   its own (Device Name from "name", Appearance from "appearance", which is taken from a
//   read 0x2A01 value).
// - Things the format cannot express are left out and reported through `notes`: included
//   services, a CCCD on a characteristic without notify/indicate (the loader refuses it),
//   values over 512 bytes, advertising data over 31 bytes or malformed, services of a
//   non-connectable device. Access rules ("encrypted") and the original's generators are
//   not known from a client's view; the loader's defaults apply (access open where the
//   properties allow).
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

    // Why values could not be read (DeviceSession::readFailures()), by handle: the lines
    // about values saved empty say it.
    void setReadFailures(QHash<quint16, Error> failures) { m_readFailures = std::move(failures); }

    // The profile, one peripheral object. `notes`, when given, receives one translated line
    // per thing left out or changed (see above); empty when the copy is faithful. `unread`
    // receives the lines of `notes` about values the file lacks (never read, or the read
    // failed): what the user should be warned about.
    QJsonDocument toJson(QStringList *notes = nullptr, QStringList *unread = nullptr) const;
    // Writes toJson() atomically (QSaveFile): on failure the old file is untouched and the
    // Error (Kind::InvalidArgument) names the file and the reason.
    Error save(const QString &fileName, QStringList *notes = nullptr, QStringList *unread = nullptr) const;

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
    QHash<quint16, Error> m_readFailures;
};

} // namespace gattscope
