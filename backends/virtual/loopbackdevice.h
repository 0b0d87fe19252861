// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QSharedPointer>

namespace gattscope {

struct LoopbackShared;

// One end of an in-process "serial line": two LoopbackDevices created by createPair() are
// wired back to back, so bytes written to one end become readable at the other. The host
// end stands in for the QSerialPort a BGAPI client would open; the device end is what
// VirtualDongle serves. Used by tests and by the GUI's Demo mode: no pty, no OS.
//
// Contract (what a QSerialPort user can rely on):
// - Both ends start open (ReadWrite | Unbuffered). isSequential() is true.
// - write() never blocks and never fails while the other end is present; the bytes are
//   appended to the peer's receive buffer at once.
// - readyRead() is emitted on the *receiving* end asynchronously, through a queued
//   invocation in that end's thread, never from inside write() and never re-entrantly.
//   Several writes before the receiver's event loop runs yield one readyRead().
// - bytesWritten(n) is emitted on the *writing* end, also asynchronously, when the peer has
//   read n of its bytes; bytesToWrite() is the number of written bytes the peer has not
//   read yet. (A serial port reports bytes handed to the OS; here "consumed by the peer"
//   gives the same flow-control signal and lets a producer such as the flood generator
//   throttle itself.)
// - Thread safe: the two ends may live in different threads (the BGAPI client's backend
//   thread and the dongle's thread). Each end must be used from the thread it lives in.
// - Unplugging: close() on either end makes the other end see it: peerClosed() is
//   emitted there (queued) together with readChannelFinished(). Unread bytes stay
//   readable. While the device end is closed the host end's write() fails (-1, error
//   string set) and its open() fails, as reopening a vanished serial port does. The device
//   end can always be (re)opened; the host end then receives peerOpened() and may open()
//   again ("re-enumeration"). Bytes the device writes while the host end is closed are
//   dropped, like a dongle talking to a port nobody has open.
// - waitForReadyRead()/waitForBytesWritten() block the calling thread; they only make
//   sense when the peer lives in another thread (otherwise they time out).
class LoopbackDevice : public QIODevice
{
    Q_OBJECT

public:
    enum class Role : quint8 {
        Host, // stands in for the serial port a client opens
        Device, // the dongle's side
    };
    Q_ENUM(Role)

    struct Pair
    {
        LoopbackDevice *host = nullptr;
        LoopbackDevice *device = nullptr;
    };
    // Two connected, open ends. Each is owned by the given parent (or by the caller).
    static Pair createPair(QObject *hostParent = nullptr, QObject *deviceParent = nullptr);

    ~LoopbackDevice() override;

    Role role() const { return m_role; }
    // True while the other end exists and is open.
    bool isPeerOpen() const;

    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override;
    void close() override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool waitForReadyRead(int msecs) override;
    bool waitForBytesWritten(int msecs) override;

Q_SIGNALS:
    // The other end was closed (unplugged) or destroyed.
    void peerClosed();
    // The other end was opened again (re-plugged).
    void peerOpened();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    LoopbackDevice(Role role, QSharedPointer<LoopbackShared> shared, QObject *parent);
    void deliverReadyRead();
    void deliverBytesWritten();
    void deliverPeerEvent(bool opened);

    Role m_role;
    QSharedPointer<LoopbackShared> m_shared;
};

} // namespace gattscope
