// SPDX-License-Identifier: MIT
#pragma once

#include "bgapitransport.h"

#include <QPointer>

namespace gattscope {

// A BGAPI link over any QIODevice: the host end of the virtual dongle's LoopbackDevice
// pair, or a device a test builds. open() opens the device if it is not open (and fails
// while the far end is away, as a vanished serial port does); readChannelFinished() means
// the far end went away (the virtual dongle was "unplugged").
class BgapiDeviceTransport : public BgapiTransport
{
    Q_OBJECT

public:
    // Takes ownership of `device`: it becomes a child of the transport, so it moves to the
    // backend's thread with the backend.
    BgapiDeviceTransport(QIODevice *device, QString description, QString dongleName,
                         QObject *parent = nullptr);
    ~BgapiDeviceTransport() override;

    // Keeps `object` (say, the virtual dongle serving the far end) alive as long as the
    // transport, on the same thread. Takes ownership.
    void adopt(QObject *object);

    Status open() override;
    void close() override;
    QIODevice *device() const override;
    QString description() const override { return m_description; }
    QString dongleName() const override { return m_dongleName; }

private:
    void onReadChannelFinished();

    QPointer<QIODevice> m_device;
    const QString m_description;
    const QString m_dongleName;
    bool m_open = false;
};

} // namespace gattscope
