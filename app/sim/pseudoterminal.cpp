// SPDX-License-Identifier: MIT
#include "pseudoterminal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace gattscope {

namespace {

QString systemError(const char *what)
{
    return QCoreApplication::translate("gattscope-sim", "%1: %2")
        .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

PseudoTerminal::PseudoTerminal(QObject *parent)
    : QIODevice(parent)
{ }

PseudoTerminal::~PseudoTerminal()
{
    close();
}

bool PseudoTerminal::open(OpenMode mode)
{
    if (isOpen())
        return false;
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) {
        setErrorString(systemError("posix_openpt"));
        return false;
    }
    const char *name = nullptr;
    if (grantpt(master) != 0 || unlockpt(master) != 0 || !(name = ptsname(master))) {
        setErrorString(systemError("grantpt/unlockpt"));
        ::close(master);
        return false;
    }
    const QString path = QString::fromLocal8Bit(name);
    const int keeper = ::open(name, O_RDWR | O_NOCTTY | O_NONBLOCK);
    termios tio {};
    if (keeper < 0 || tcgetattr(keeper, &tio) != 0) {
        setErrorString(systemError("open slave"));
        if (keeper >= 0)
            ::close(keeper);
        ::close(master);
        return false;
    }
    cfmakeraw(&tio); // bytes pass unchanged: no echo, no line editing, no CR/LF mapping
    tio.c_cflag |= CLOCAL | CREAD;
    cfsetispeed(&tio, B115200);
    cfsetospeed(&tio, B115200);
    tcsetattr(keeper, TCSANOW, &tio);
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);

    m_master = master;
    m_keeper = keeper;
    m_slavePath = path;
    m_readBuffer.clear();
    m_writeBuffer.clear();
    m_writeHead = 0;
    m_readNotifier = new QSocketNotifier(master, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] { onReadable(); });
    m_writeNotifier = new QSocketNotifier(master, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] { flush(true); });
    return QIODevice::open(mode | Unbuffered);
}

void PseudoTerminal::close()
{
    if (!isOpen())
        return;
    QIODevice::close();
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    ::close(m_keeper);
    ::close(m_master);
    m_keeper = -1;
    m_master = -1;
    m_slavePath.clear();
    m_readBuffer.clear();
    m_writeBuffer.clear();
    m_writeHead = 0;
}

qint64 PseudoTerminal::bytesAvailable() const
{
    return m_readBuffer.size() + QIODevice::bytesAvailable();
}

qint64 PseudoTerminal::bytesToWrite() const
{
    return m_writeBuffer.size() - m_writeHead;
}

void PseudoTerminal::onReadable()
{
    char buffer[4096];
    bool any = false;
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            m_readBuffer.append(buffer, qsizetype(n));
            any = true;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EAGAIN: drained. EIO cannot happen while the keeper holds the slave.
    }
    if (any)
        Q_EMIT readyRead();
}

qint64 PseudoTerminal::readData(char *data, qint64 maxSize)
{
    const qsizetype n = qsizetype(qMin<qint64>(maxSize, m_readBuffer.size()));
    std::memcpy(data, m_readBuffer.constData(), size_t(n));
    m_readBuffer.remove(0, n);
    return n;
}

qint64 PseudoTerminal::writeData(const char *data, qint64 maxSize)
{
    if (bytesToWrite() + maxSize > kMaxQueued)
        return maxSize; // nobody is reading: drop whole writes rather than grow forever
    const bool wasEmpty = bytesToWrite() == 0;
    m_writeBuffer.append(data, qsizetype(maxSize));
    if (wasEmpty)
        flush(false);
    return maxSize;
}

void PseudoTerminal::flush(bool fromNotifier)
{
    qint64 written = 0;
    while (m_writeHead < m_writeBuffer.size()) {
        const ssize_t n = ::write(m_master, m_writeBuffer.constData() + m_writeHead,
                                  size_t(m_writeBuffer.size() - m_writeHead));
        if (n > 0) {
            m_writeHead += n;
            written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EAGAIN: the kernel buffer is full; wait for the write notifier
    }
    if (m_writeHead == m_writeBuffer.size()) {
        m_writeBuffer.resize(0);
        m_writeHead = 0;
    } else if (m_writeHead > 65536) {
        m_writeBuffer.remove(0, m_writeHead);
        m_writeHead = 0;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(bytesToWrite() > 0);
    // Never emit bytesWritten() from inside write(): a slot that writes again would recurse.
    m_unreported += written;
    if (m_unreported > 0 && fromNotifier) {
        const qint64 n = m_unreported;
        m_unreported = 0;
        Q_EMIT bytesWritten(n);
    } else if (m_unreported > 0 && !m_reportQueued) {
        m_reportQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_reportQueued = false;
                const qint64 n = m_unreported;
                m_unreported = 0;
                if (n > 0)
                    Q_EMIT bytesWritten(n);
            },
            Qt::QueuedConnection);
    }
}

} // namespace gattscope
