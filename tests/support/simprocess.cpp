// SPDX-License-Identifier: MIT
#include "simprocess.h"

#include <QDeadlineTimer>

namespace gattscope::test {

SimProcess::SimProcess(QString program)
    : m_program(std::move(program))
{ }

SimProcess::~SimProcess()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimProcess::start(const QStringList &arguments, int timeoutMs)
{
    // Its complaints go to ours: an unread pipe would fill up and stall the sim.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setProgram(m_program);
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    const QByteArray marker("serving a virtual BLED112 on ");
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const qsizetype at = out.indexOf(marker);
        if (at >= 0 && out.indexOf('\n', at) > at) {
            const qsizetype begin = at + marker.size();
            m_path = QString::fromLocal8Bit(out.mid(begin, out.indexOf('\n', at) - begin).trimmed());
            return true;
        }
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        out += m_process.readAllStandardOutput();
    }
    m_error = QStringLiteral("%1 announced no pty within %2 ms").arg(m_program).arg(timeoutMs);
    return false;
}

void SimProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace gattscope::test
