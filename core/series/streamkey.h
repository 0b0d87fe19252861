// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>

#include <QMetaType>

namespace gattscope {

// Identifies one notifying characteristic of one device: the hub keeps one stream per key.
struct StreamKey
{
    DeviceAddress device;
    quint16 handle = 0; // value handle

    friend bool operator==(const StreamKey &a, const StreamKey &b)
    {
        return a.device == b.device && a.handle == b.handle;
    }
};
size_t qHash(const StreamKey &key, size_t seed = 0) noexcept;

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::StreamKey)
