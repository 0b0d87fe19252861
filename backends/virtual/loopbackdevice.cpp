// SPDX-License-Identifier: MIT
#include "loopbackdevice.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <cstring>

namespace gattscope {

namespace {

struct EndState
{
    LoopbackDevice *device = nullptr; // null once destroyed
    bool open = false;
    QByteArray rx; // bytes waiting to be read by this end, from rxHead on
    qsizetype rxHead = 0;
    bool readyReadPending = false;
    qint64 consumedByPeer = 0; // bytes this end wrote that the peer read, not yet reported
    bool bytesWrittenPending = false;

    qsizetype available() const { return rx.size() - rxHead; }
};

int indexOf(LoopbackDevice::Role role)
{
    return role == LoopbackDevice::Role::Host ? 0 : 1;
}

} // namespace

struct LoopbackShared
{
    QMutex mutex;
    QWaitCondition changed;
    EndState ends[2];
};

LoopbackDevice::Pair LoopbackDevice::createPair(QObject *hostParent, QObject *deviceParent)
{
    auto shared = QSharedPointer<LoopbackShared>::create();
    Pair pair;
    pair.host = new LoopbackDevice(Role::Host, shared, hostParent);
    pair.device = new LoopbackDevice(Role::Device, shared, deviceParent);
    shared->ends[0].open = true;
    shared->ends[1].open = true;
    pair.host->QIODevice::open(ReadWrite | Unbuffered);
    pair.device->QIODevice::open(ReadWrite | Unbuffered);
    return pair;
}

LoopbackDevice::LoopbackDevice(Role role, QSharedPointer<LoopbackShared> shared, QObject *parent)
    : QIODevice(parent)
    , m_role(role)
    , m_shared(std::move(shared))
{
    m_shared->ends[indexOf(role)].device = this;
}

LoopbackDevice::~LoopbackDevice()
{
    close();
    QMutexLocker lock(&m_shared->mutex);
    m_shared->ends[indexOf(m_role)].device = nullptr;
    m_shared->changed.wakeAll();
}

bool LoopbackDevice::isPeerOpen() const
{
    QMutexLocker lock(&m_shared->mutex);
    const EndState &peer = m_shared->ends[1 - indexOf(m_role)];
    return peer.device && peer.open;
}

bool LoopbackDevice::open(OpenMode mode)
{
    if (isOpen())
        return false;
    {
        QMutexLocker lock(&m_shared->mutex);
        EndState &self = m_shared->ends[indexOf(m_role)];
        EndState &peer = m_shared->ends[1 - indexOf(m_role)];
        if (m_role == Role::Host && !(peer.device && peer.open)) {
            setErrorString(tr("The virtual dongle is not present"));
            return false;
        }
        self.open = true;
        self.rx.clear();
        self.rxHead = 0;
        if (LoopbackDevice *other = peer.device)
            QMetaObject::invokeMethod(
                other, [other] { other->deliverPeerEvent(true); }, Qt::QueuedConnection);
    }
    return QIODevice::open(mode | Unbuffered);
}

void LoopbackDevice::close()
{
    if (!isOpen())
        return;
    QIODevice::close(); // emits aboutToClose()
    QMutexLocker lock(&m_shared->mutex);
    EndState &self = m_shared->ends[indexOf(m_role)];
    EndState &peer = m_shared->ends[1 - indexOf(m_role)];
    self.open = false;
    self.rx.clear(); // closing a port discards unread input
    self.rxHead = 0;
    if (LoopbackDevice *other = peer.device)
        QMetaObject::invokeMethod(
            other, [other] { other->deliverPeerEvent(false); }, Qt::QueuedConnection);
    m_shared->changed.wakeAll();
}

qint64 LoopbackDevice::bytesAvailable() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->ends[indexOf(m_role)].available() + QIODevice::bytesAvailable();
}

qint64 LoopbackDevice::bytesToWrite() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->ends[1 - indexOf(m_role)].available();
}

qint64 LoopbackDevice::readData(char *data, qint64 maxSize)
{
    QMutexLocker lock(&m_shared->mutex);
    EndState &self = m_shared->ends[indexOf(m_role)];
    EndState &peer = m_shared->ends[1 - indexOf(m_role)];
    const qsizetype n = qsizetype(qMin<qint64>(maxSize, self.available()));
    if (n <= 0)
        return 0;
    std::memcpy(data, self.rx.constData() + self.rxHead, size_t(n));
    self.rxHead += n;
    if (self.rxHead == self.rx.size()) {
        self.rx.resize(0); // keeps the capacity for the next burst
        self.rxHead = 0;
    } else if (self.rxHead > 65536 && self.rxHead > self.rx.size() / 2) {
        self.rx.remove(0, self.rxHead);
        self.rxHead = 0;
    }
    peer.consumedByPeer += n;
    if (LoopbackDevice *other = peer.device; other && !peer.bytesWrittenPending) {
        peer.bytesWrittenPending = true;
        QMetaObject::invokeMethod(
            other, [other] { other->deliverBytesWritten(); }, Qt::QueuedConnection);
    }
    m_shared->changed.wakeAll();
    return n;
}

qint64 LoopbackDevice::writeData(const char *data, qint64 maxSize)
{
    QMutexLocker lock(&m_shared->mutex);
    EndState &peer = m_shared->ends[1 - indexOf(m_role)];
    if (!peer.device || !peer.open) {
        if (m_role == Role::Device)
            return maxSize; // nobody listening: the bytes are lost, as on a real line
        lock.unlock();
        setErrorString(tr("The virtual dongle was unplugged"));
        return -1;
    }
    peer.rx.append(data, qsizetype(maxSize));
    if (LoopbackDevice *other = peer.device; !peer.readyReadPending) {
        peer.readyReadPending = true;
        QMetaObject::invokeMethod(
            other, [other] { other->deliverReadyRead(); }, Qt::QueuedConnection);
    }
    m_shared->changed.wakeAll();
    return maxSize;
}

void LoopbackDevice::deliverReadyRead()
{
    bool hasData = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        EndState &self = m_shared->ends[indexOf(m_role)];
        self.readyReadPending = false;
        hasData = self.available() > 0;
    }
    if (hasData && isOpen())
        Q_EMIT readyRead();
}

void LoopbackDevice::deliverBytesWritten()
{
    qint64 n = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        EndState &self = m_shared->ends[indexOf(m_role)];
        self.bytesWrittenPending = false;
        n = self.consumedByPeer;
        self.consumedByPeer = 0;
    }
    if (n > 0 && isOpen())
        Q_EMIT bytesWritten(n);
}

void LoopbackDevice::deliverPeerEvent(bool opened)
{
    if (opened) {
        Q_EMIT peerOpened();
        return;
    }
    if (isOpen())
        Q_EMIT readChannelFinished();
    Q_EMIT peerClosed();
}

bool LoopbackDevice::waitForReadyRead(int msecs)
{
    if (!isOpen())
        return false;
    QDeadlineTimer deadline(msecs);
    {
        QMutexLocker lock(&m_shared->mutex);
        EndState &self = m_shared->ends[indexOf(m_role)];
        const EndState &peer = m_shared->ends[1 - indexOf(m_role)];
        while (self.available() == 0) {
            if (!peer.device || !peer.open)
                return false;
            if (!m_shared->changed.wait(&m_shared->mutex, deadline))
                return false;
        }
    }
    Q_EMIT readyRead();
    return true;
}

bool LoopbackDevice::waitForBytesWritten(int msecs)
{
    if (!isOpen())
        return false;
    QDeadlineTimer deadline(msecs);
    qint64 n = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        EndState &self = m_shared->ends[indexOf(m_role)];
        const EndState &peer = m_shared->ends[1 - indexOf(m_role)];
        if (peer.available() == 0 && self.consumedByPeer == 0)
            return false; // nothing was pending
        while (peer.available() > 0) {
            if (!peer.device || !peer.open)
                return false;
            if (!m_shared->changed.wait(&m_shared->mutex, deadline))
                return false;
        }
        n = self.consumedByPeer;
        self.consumedByPeer = 0;
    }
    if (n > 0)
        Q_EMIT bytesWritten(n);
    return true;
}

} // namespace gattscope
