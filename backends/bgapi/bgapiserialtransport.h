// SPDX-License-Identifier: MIT
#pragma once

#include "bgapitransport.h"

#include <QList>
#include <QPointer>
#include <QSerialPort>
#include <QSerialPortInfo>

namespace gattscope {

// A BLED112 (or anything speaking BGAPI) on a serial port: a USB CDC-ACM node, a COM
// port, or a pseudo-terminal such as gattscope-sim's. 115200 8N1 without flow control;
// over USB CDC the settings do not matter and RTS/CTS would be harmless.
//
// The port is named at construction: "auto" takes the first port whose USB VID:PID is
// 2458:0001; anything else is a port name (/dev/ttyACM0, COM3, /dev/pts/7).
// After a successful open the transport remembers the dongle's USB serial number, so that
// when the dongle re-enumerates (after system_reset, or unplugged and plugged back) under
// a new node name it is still found.
class BgapiSerialTransport : public BgapiTransport
{
    Q_OBJECT

public:
    static constexpr quint16 VendorId = 0x2458;
    static constexpr quint16 ProductId = 0x0001;

    explicit BgapiSerialTransport(QString portSpec, QObject *parent = nullptr);
    ~BgapiSerialTransport() override;

    Status open() override;
    void close() override;
    QIODevice *device() const override;
    QString description() const override;
    void flush() override;

    // The port name last opened, or the spec given at construction.
    QString portName() const;
    // Every BLED112 the system lists now.
    static QList<QSerialPortInfo> dongles();
    // The same, for a list polled every few seconds: listing the serial ports is not free
    // (udev, a stat per tty: ~6 % of the GUI's CPU at a 3 s poll), so on Linux the last list
    // is kept while the device folders (/dev, /dev/serial/by-id) have not changed and is at
    // most a minute old. A dongle's node, and udev's link once it labelled it, change them.
    static QList<QSerialPortInfo> donglesPolled();
    // What donglesPolled() compares: per folder its modification time (ns) and its number
    // of entries; -1, -1 for a folder that does not exist.
    static QList<qint64> folderStamp(const QStringList &folders);

private:
    void onErrorOccurred(QSerialPort::SerialPortError error);
    // Where to look, in order of preference; empty when nothing matches.
    QStringList candidates() const;

    const QString m_spec;
    QString m_openedName;
    QString m_serialNumber; // of the dongle last opened; empty for ptys and unknown ports
    QPointer<QSerialPort> m_port;
    bool m_lostReported = false;
};

} // namespace gattscope
