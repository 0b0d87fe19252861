// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace gattscope {

// A value the peer pushed: a notification or an indication (already confirmed by the
// backend when the link requires it).
struct Notification
{
    enum class Kind : quint8 {
        Notification,
        Indication
    };

    quint16 handle = 0; // value handle
    QByteArray value;
    qint64 timestampUs = 0; // µs since the Unix epoch, when the bytes arrived on the host
    Kind kind = Kind::Notification;
};

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::Notification)
