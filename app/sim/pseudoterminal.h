// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

class QSocketNotifier;

namespace gattscope {

// The master side of a pseudo-terminal (posix_openpt/grantpt/unlockpt), as a QIODevice,
// so that VirtualDongle can serve BGAPI on it; a host program opens slavePath() as if it
// were the BLED112's /dev/ttyACM0. Linux and macOS.
//
// - open() creates a new pty each time (a re-opened dongle may get another name, as a
//   re-enumerated BLED112 does); close() destroys it, so the host sees the line hang up.
// - The slave is put in raw mode and kept open by this object as well, so that the master
//   never sees a hang-up while no host has the port open.
// - Non-blocking: write() queues and returns at once; the queue drains when the kernel
//   takes more (bytesWritten() reports it). bytesToWrite() is the queue length. Beyond
//   kMaxQueued bytes further writes are dropped whole, keeping packets intact.
class PseudoTerminal : public QIODevice
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxQueued = 8 * 1024 * 1024;

    explicit PseudoTerminal(QObject *parent = nullptr);
    ~PseudoTerminal() override;

    // The slave device path ("/dev/pts/5"); empty while closed.
    QString slavePath() const { return m_slavePath; }

    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override;
    void close() override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void onReadable();
    void flush(bool fromNotifier);

    int m_master = -1;
    int m_keeper = -1; // our own descriptor of the slave
    QString m_slavePath;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_readBuffer;
    QByteArray m_writeBuffer;
    qsizetype m_writeHead = 0;
    qint64 m_unreported = 0; // written to the kernel, not yet reported by bytesWritten()
    bool m_reportQueued = false;
};

} // namespace gattscope
