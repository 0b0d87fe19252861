// SPDX-License-Identifier: MIT
#include "bgapidevicetransport.h"

#include <QCoreApplication>

namespace gattscope {

BgapiDeviceTransport::BgapiDeviceTransport(QIODevice *device, QString description, QString dongleName,
                                           QObject *parent)
    : BgapiTransport(parent)
    , m_device(device)
    , m_description(std::move(description))
    , m_dongleName(std::move(dongleName))
{
    if (m_device)
        m_device->setParent(this);
}

BgapiDeviceTransport::~BgapiDeviceTransport() = default;

void BgapiDeviceTransport::adopt(QObject *object)
{
    if (object)
        object->setParent(this);
}

Status BgapiDeviceTransport::open()
{
    if (!m_device)
        return Error(Error::Kind::TransportLost,
                     QCoreApplication::translate("gattscope::BgapiDeviceTransport", "The device is gone"));
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadWrite)) {
        return Error(Error::Kind::TransportLost,
                     QCoreApplication::translate("gattscope::BgapiDeviceTransport", "Cannot open %1: %2")
                         .arg(m_description, m_device->errorString()));
    }
    if (!m_open) {
        m_open = true;
        connect(m_device, &QIODevice::readChannelFinished, this, &BgapiDeviceTransport::onReadChannelFinished,
                Qt::UniqueConnection);
    }
    return success();
}

void BgapiDeviceTransport::close()
{
    m_open = false;
    if (m_device) {
        disconnect(m_device, &QIODevice::readChannelFinished, this,
                   &BgapiDeviceTransport::onReadChannelFinished);
        m_device->close();
    }
}

QIODevice *BgapiDeviceTransport::device() const
{
    return m_open ? m_device.data() : nullptr;
}

void BgapiDeviceTransport::onReadChannelFinished()
{
    if (!m_open)
        return;
    Q_EMIT lost(
        QCoreApplication::translate("gattscope::BgapiDeviceTransport", "%1 went away").arg(m_description));
}

} // namespace gattscope
