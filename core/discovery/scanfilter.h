// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/uuid.h>

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace gattscope {

struct DiscoveredDevice;

// Which scanned devices a user wants to see. Every criterion that is set must hold:
// - name: the advertised name contains `nameContains` (ignoring case), or matches
//   `nameRegex` (a device without a name never matches either);
// - address: the same 48 bits (any address type);
// - services: every UUID is advertised (complete or incomplete lists, or service data);
// - minRssi: the last report was at least this strong (dBm).
struct ScanFilter
{
    QString nameContains;
    QRegularExpression nameRegex; // ignored while its pattern is empty
    std::optional<DeviceAddress> address;
    QList<Uuid> services;
    std::optional<int> minRssi;

    bool isEmpty() const;
    bool matches(const DiscoveredDevice &device) const;
};

} // namespace gattscope
