// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>

#include <QIODevice>
#include <QObject>

namespace gattscope {

// The byte pipe between BgapiBackend and a dongle: a serial port, the in-process virtual
// dongle, or any QIODevice a test provides.
//
// Notes for implementers
// - Lives on the backend's thread (it is a child of the backend). open() is synchronous
//   and quick: it either hands back a readable, writable device or fails.
// - When the device goes away (unplugged, the peer closed it, a read or write failed),
//   emit lost() once per open, with a short reason. The backend then calls close() and
//   polls open() until it succeeds again.
// - After system_reset the dongle re-enumerates; the backend calls close(), waits, and
//   polls open(): an implementation should find the dongle again even when the node name
//   changed (see SerialTransport).
class BgapiTransport : public QObject
{
    Q_OBJECT

public:
    explicit BgapiTransport(QObject *parent = nullptr);
    ~BgapiTransport() override;

    virtual Status open() = 0;
    virtual void close() = 0;
    // Valid between a successful open() and close().
    virtual QIODevice *device() const = 0;
    // What the user sees in Backend::Info::description: "/dev/ttyACM0", "in-process".
    virtual QString description() const = 0;
    // Name of the dongle model for Backend::Info::name.
    virtual QString dongleName() const;
    // Pushes buffered output out (best effort, bounded); used when closing.
    virtual void flush();

Q_SIGNALS:
    void lost(const QString &reason);
};

} // namespace gattscope
