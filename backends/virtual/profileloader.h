// SPDX-License-Identifier: MIT
#pragma once

#include "faultinjector.h"
#include "peripheralprofile.h"

#include <gattscope/core/base/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gattscope {

// Everything one or more profile files describe.
struct ProfileSet
{
    QList<PeripheralProfile> peripherals;
    QList<FaultRule> faults;

    void append(const ProfileSet &other)
    {
        peripherals += other.peripherals;
        faults += other.faults;
    }
};

// Reads JSON profile files (format: PROFILES.md). Never crashes on bad input: the first
// problem is reported as Error::Kind::InvalidArgument whose message names the source and
// the JSON path, e.g. "my.json: services[1].characteristics[0].uuid: not a UUID".
// Everything is bounded: the file size, numbers (finite, in range, reported as given),
// hex (ASCII digits only), strings (what BLE can carry) and the attribute handles (16 bits).
class ProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::ProfileLoader)

public:
    // The largest profile accepted. Files are read up to one byte past it, so devices and
    // pipes that never end (/dev/zero) fail at once instead of filling memory.
    static constexpr qsizetype kMaxFileBytes = 4 * 1024 * 1024;

    // A file path or a Qt resource path (":/gattscope/profiles/heart-rate.json"); also a
    // device or a pipe (/dev/stdin).
    static Result<ProfileSet> loadFile(const QString &path);
    static Result<ProfileSet> loadJson(const QByteArray &json, const QString &sourceName);
    // Several files, merged in order; fails on the first bad one.
    static Result<ProfileSet> loadFiles(const QStringList &paths);

    // Resource paths of the built-in set (heart-rate strap, environmental sensor, motion
    // sensor with the custom service, iBeacon, Eddystone-URL beacon, manufacturer-data
    // advertiser, non-connectable broadcaster).
    static QStringList builtInProfilePaths();
    static Result<ProfileSet> loadBuiltIn();
    // The flood peripheral (a counter characteristic that notifies as fast as the link
    // takes it); not part of the built-in set.
    static QString floodProfilePath();

private:
    static QString tooLarge();
};

} // namespace gattscope
