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
class ProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::ProfileLoader)

public:
    // A file path or a Qt resource path (":/gattscope/profiles/heart-rate.json").
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
};

} // namespace gattscope
