// SPDX-License-Identifier: MIT
#include "bgapiserialtransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace gattscope {

Q_LOGGING_CATEGORY(lcBgapiSerial, "gattscope.bgapi.serial", QtInfoMsg)

namespace {
bool isDongle(const QSerialPortInfo &info)
{
    return info.hasVendorIdentifier() && info.hasProductIdentifier()
        && info.vendorIdentifier() == BgapiSerialTransport::VendorId
        && info.productIdentifier() == BgapiSerialTransport::ProductId;
}
} // namespace

BgapiSerialTransport::BgapiSerialTransport(QString portSpec, QObject *parent)
    : BgapiTransport(parent)
    , m_spec(std::move(portSpec))
{ }

BgapiSerialTransport::~BgapiSerialTransport()
{
    close();
}

QList<QSerialPortInfo> BgapiSerialTransport::dongles()
{
    QList<QSerialPortInfo> out;
    const QList<QSerialPortInfo> all = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : all) {
        if (isDongle(info))
            out.append(info);
    }
    return out;
}

QList<QSerialPortInfo> BgapiSerialTransport::donglesPolled()
{
#ifdef Q_OS_LINUX
    static QMutex mutex;
    static QList<qint64> stamp;
    static QDeadlineTimer fresh;
    static QList<QSerialPortInfo> listed;
    // Stamped before listing: a change during the listing makes the next call list again.
    const QList<qint64> now = folderStamp({ QStringLiteral("/dev"), QStringLiteral("/dev/serial/by-id") });
    QMutexLocker lock(&mutex);
    if (stamp == now && !fresh.hasExpired())
        return listed;
    listed = dongles();
    stamp = now;
    fresh.setRemainingTime(std::chrono::minutes(1));
    return listed;
#else
    return dongles();
#endif
}

QList<qint64> BgapiSerialTransport::folderStamp(const QStringList &folders)
{
    QList<qint64> out;
    for (const QString &folder : folders) {
        qint64 modifiedNs = -1;
#ifdef Q_OS_UNIX
        struct stat st;
        if (::stat(QFile::encodeName(folder).constData(), &st) == 0 && S_ISDIR(st.st_mode))
            modifiedNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
#else
        if (const QFileInfo info(folder); info.isDir())
            modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1'000'000;
#endif
        if (modifiedNs < 0) {
            out << -1 << -1;
            continue;
        }
        // The count as well: two changes within one tick of the file system's clock leave
        // the same time.
        qint64 entries = 0;
        for (QDirIterator it(folder, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
             it.hasNext(); it.next())
            ++entries;
        out << modifiedNs << entries;
    }
    return out;
}

QStringList BgapiSerialTransport::candidates() const
{
    QStringList names;
    const QList<QSerialPortInfo> found = dongles();
    // The very dongle we had, whatever its node is called now.
    if (!m_serialNumber.isEmpty()) {
        for (const QSerialPortInfo &info : found) {
            if (info.serialNumber() == m_serialNumber)
                names.append(info.systemLocation());
        }
    }
    if (m_spec.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        for (const QSerialPortInfo &info : found) {
            if (!names.contains(info.systemLocation()))
                names.append(info.systemLocation());
        }
    } else if (!names.contains(m_spec)) {
        names.append(m_spec);
    }
    return names;
}

Status BgapiSerialTransport::open()
{
    close();
    const QStringList names = candidates();
    if (names.isEmpty())
        return Error(Error::Kind::TransportLost, tr("No BLED112 dongle found (USB 2458:0001)"));

    QString lastError;
    for (const QString &name : names) {
        auto *port = new QSerialPort(this);
        port->setPortName(name);
        if (!port->open(QIODevice::ReadWrite)) {
            lastError = tr("Cannot open %1: %2").arg(name, port->errorString());
            delete port;
            continue;
        }
        // Settings after open(): some platforms apply them only to an open port. Failures
        // here are harmless on USB CDC and on ptys, so they are only logged.
        if (!port->setBaudRate(QSerialPort::Baud115200) || !port->setDataBits(QSerialPort::Data8)
            || !port->setParity(QSerialPort::NoParity) || !port->setStopBits(QSerialPort::OneStop)
            || !port->setFlowControl(QSerialPort::NoFlowControl)) {
            qCDebug(lcBgapiSerial) << "could not configure" << name << port->errorString();
            port->clearError();
        }
        port->clear(); // drop bytes left over from a previous session
        m_port = port;
        m_openedName = name;
        m_lostReported = false;
        const QSerialPortInfo info(*port);
        if (isDongle(info) && !info.serialNumber().isEmpty())
            m_serialNumber = info.serialNumber();
        connect(port, &QSerialPort::errorOccurred, this, &BgapiSerialTransport::onErrorOccurred);
        qCDebug(lcBgapiSerial) << "opened" << name;
        return success();
    }
    return Error(Error::Kind::TransportLost, lastError);
}

void BgapiSerialTransport::close()
{
    if (!m_port)
        return;
    QSerialPort *port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    port->close();
    // Deferred: close() may run from inside one of the port's own signals.
    port->deleteLater();
}

QIODevice *BgapiSerialTransport::device() const
{
    return m_port.data();
}

QString BgapiSerialTransport::description() const
{
    return m_openedName.isEmpty() ? m_spec : m_openedName;
}

QString BgapiSerialTransport::portName() const
{
    return description();
}

void BgapiSerialTransport::flush()
{
    if (m_port && m_port->isOpen() && m_port->bytesToWrite() > 0) {
        m_port->flush();
        if (m_port->bytesToWrite() > 0)
            m_port->waitForBytesWritten(100);
    }
}

void BgapiSerialTransport::onErrorOccurred(QSerialPort::SerialPortError error)
{
    switch (error) {
    case QSerialPort::ResourceError: // unplugged; the pty's other end closed
    case QSerialPort::ReadError:
    case QSerialPort::WriteError:
    case QSerialPort::DeviceNotFoundError: break;
    case QSerialPort::NoError:
    case QSerialPort::TimeoutError: // only from the waitFor* calls
    case QSerialPort::PermissionError:
    case QSerialPort::NotOpenError:
    case QSerialPort::UnknownError:
    case QSerialPort::OpenError:
    case QSerialPort::UnsupportedOperationError:
        if (error != QSerialPort::NoError)
            qCDebug(lcBgapiSerial) << "port error" << error << (m_port ? m_port->errorString() : QString());
        return;
    }
    const QString why = m_port ? m_port->errorString() : QString();
    if (m_port)
        m_port->clearError();
    if (m_lostReported)
        return;
    m_lostReported = true;
    qCDebug(lcBgapiSerial) << "port" << m_openedName << "lost:" << why;
    Q_EMIT lost(tr("%1 went away: %2").arg(m_openedName, why));
}

} // namespace gattscope
