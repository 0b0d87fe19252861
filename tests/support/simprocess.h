// SPDX-License-Identifier: MIT
#pragma once

// gattscope-sim as a child process on a pseudo-terminal, for the tests and benchmarks that
// drive a real serial path (QSerialPort → BGAPI client) instead of the in-process dongle.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace gattscope::test {

class SimProcess
{
public:
    // `program`: the gattscope-sim binary. Nothing runs until start().
    explicit SimProcess(QString program);
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Starts the sim with `arguments` and waits (up to `timeoutMs`) for the pty it
    // announces. Returns false (see errorString()) when it did not start or announce.
    bool start(const QStringList &arguments, int timeoutMs = 10000);
    // The pty's path ("/dev/pts/7") and the backend URI for it ("bgapi:/dev/pts/7").
    QString ptyPath() const { return m_path; }
    QString uri() const { return QStringLiteral("bgapi:") + m_path; }
    QString errorString() const { return m_error; }
    qint64 processId() const { return m_process.processId(); }
    // SIGKILL, as an unplugged dongle or a crashed sim: the pty goes away at once.
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    QString m_program;
    QProcess m_process;
    QString m_path;
    QString m_error;
};

} // namespace gattscope::test
