// SPDX-License-Identifier: MIT
#include "gatttoolsession.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

#include <chrono>
#include <csignal>
#include <cstring>

namespace gattscope {

Q_LOGGING_CATEGORY(lcGatttool, "gattscope.gatttool", QtInfoMsg)

namespace {

constexpr char kFencePrefix[] = "gattscope-sync-";
constexpr int kStderrLines = 4;

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

GatttoolSession::GatttoolSession(const GatttoolOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_timer(new QTimer(this))
    , m_probeTimer(new QTimer(this))
    , m_killTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_killTimer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &GatttoolSession::onTimeout);
    connect(m_probeTimer, &QTimer::timeout, this, &GatttoolSession::onProbeTimer);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

GatttoolSession::~GatttoolSession()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString GatttoolSession::resolveProgram(const GatttoolOptions &options, QString *looked)
{
    QString name = options.program;
    if (name.isEmpty())
        name = qEnvironmentVariable("GATTSCOPE_GATTTOOL");
    if (name.isEmpty())
        name = QStringLiteral("gatttool");
    if (looked)
        *looked = name;
    if (name.contains(u'/')) {
        const QFileInfo info(name);
        return info.exists() ? info.absoluteFilePath() : QString();
    }
    // gatttool lives in /usr/bin on Debian; some distributions put BlueZ's deprecated
    // tools elsewhere, so look in the usual sbin folders too.
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name, { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/bin") });
    if (looked)
        *looked = tr("'%1' in PATH").arg(name);
    return found;
}

Error GatttoolSession::missingProgramError(const QString &looked)
{
    return Error(Error::Kind::TransportLost,
                 tr("gatttool was not found (looked for %1). It is part of BlueZ's tools: install the "
                    "'bluez' package on Debian and Ubuntu (sudo apt install bluez), 'bluez-deprecated' on "
                    "Fedora, 'bluez-deprecated-tools' on Arch; or set GATTSCOPE_GATTTOOL to its path")
                     .arg(looked));
}

void GatttoolSession::start(std::function<void(const Error &)> done)
{
    if (m_running || m_process) {
        done(Error(Error::Kind::Busy, tr("gatttool is already running")));
        return;
    }
    QString looked;
    m_program = resolveProgram(m_options, &looked);
    if (m_program.isEmpty()) {
        done(missingProgramError(looked));
        return;
    }
    m_stopping = false;
    m_stderrLines.clear();
    m_stderrBuffer.clear();
    m_parser.reset();
    m_promptConnected = false;
    m_startDone = std::move(done);

    m_process = new QProcess(this);
    QStringList arguments { QStringLiteral("-I") };
    if (!m_options.adapter.isEmpty())
        arguments << QStringLiteral("-i") << m_options.adapter;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // readline: no terminal escapes beyond the prompt colours, no scrolling or wrapping.
    environment.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
    environment.insert(QStringLiteral("COLUMNS"), QStringLiteral("4096"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    m_process->setProcessEnvironment(environment);
    m_process->setProgram(m_program);
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &GatttoolSession::onReadyReadStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &GatttoolSession::onReadyReadStderr);
    connect(m_process, &QProcess::finished, this, &GatttoolSession::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &GatttoolSession::onProcessError);
    connect(m_process, &QProcess::started, this, [this] {
        m_running = true;
        qCDebug(lcGatttool) << "started" << m_program << m_process->arguments();
        // The handshake: the prompt, then the answer to a fence.
        Command hello;
        hello.fenced = true;
        hello.timeoutMs = m_options.startTimeoutMs;
        hello.done = [this](const Error &error) {
            auto started = std::move(m_startDone);
            m_startDone = nullptr;
            if (!started)
                return;
            if (error) {
                const Error failure(
                    Error::Kind::TransportLost,
                    tr("%1 did not answer as gatttool -I does: %2").arg(m_program, error.toString()));
                stop();
                started(failure);
                return;
            }
            started(Error());
        };
        m_queue.push_front(std::move(hello));
        pump();
    });
    m_process->start();
}

void GatttoolSession::stop()
{
    m_probeTimer->stop();
    failAll(Error(Error::Kind::Cancelled, tr("gatttool is being stopped")));
    if (!m_process)
        return;
    m_stopping = true;
    if (m_process->state() == QProcess::Running) {
        m_process->write("exit\n");
        m_killTimer->start(m_options.stopTimeoutMs);
    } else if (m_process->state() == QProcess::Starting) {
        m_process->kill();
    }
}

void GatttoolSession::setProbeInterval(int intervalMs)
{
    if (intervalMs <= 0) {
        m_probeTimer->stop();
        return;
    }
    m_probeTimer->start(intervalMs);
}

void GatttoolSession::onProbeTimer()
{
    if (m_running && !m_stopping && isIdle())
        probe();
}

void GatttoolSession::probe()
{
    Command fence;
    fence.fenced = true;
    fence.timeoutMs = m_options.commandTimeoutMs;
    run(std::move(fence));
}

QString GatttoolSession::stderrTail() const
{
    return m_stderrLines.join(QStringLiteral("; "));
}

void GatttoolSession::write(const QByteArray &line)
{
    if (m_process && m_process->state() == QProcess::Running)
        m_process->write(line + '\n');
}

QByteArray GatttoolSession::nextFence()
{
    return kFencePrefix + QByteArray::number(++m_fenceSerial);
}

void GatttoolSession::sendFence(InFlight &flight)
{
    if (!flight.fence.isEmpty())
        return;
    flight.fence = nextFence();
    write(flight.fence);
}

void GatttoolSession::run(Command command)
{
    if (!m_process || m_stopping) {
        if (command.done)
            command.done(Error(Error::Kind::TransportLost, tr("gatttool is not running")));
        return;
    }
    m_queue.push_back(std::move(command));
    pump();
}

void GatttoolSession::pump()
{
    if (m_inFlight || m_queue.empty() || !m_running)
        return;
    m_inFlight = InFlight { std::move(m_queue.front()), {}, {} };
    m_queue.pop_front();
    InFlight &flight = *m_inFlight;
    if (!flight.command.line.isEmpty()) {
        qCDebug(lcGatttool) << ">" << flight.command.line;
        write(flight.command.line);
    }
    if (flight.command.fenced || flight.command.line.isEmpty())
        sendFence(flight);
    m_timer->start(flight.command.timeoutMs);
}

void GatttoolSession::cancelCurrent(const Error &reason)
{
    complete(reason);
}

void GatttoolSession::complete(const Error &error)
{
    if (!m_inFlight)
        return;
    m_timer->stop();
    auto done = std::move(m_inFlight->command.done);
    m_inFlight.reset();
    if (done)
        done(error);
    pump();
}

void GatttoolSession::failAll(const Error &error)
{
    m_timer->stop();
    std::deque<Command> queued;
    queued.swap(m_queue);
    if (m_inFlight) {
        auto done = std::move(m_inFlight->command.done);
        m_inFlight.reset();
        if (done)
            done(error);
    }
    for (Command &c : queued) {
        if (c.done)
            c.done(error);
    }
}

void GatttoolSession::onTimeout()
{
    if (!m_inFlight)
        return;
    const QByteArray line
        = m_inFlight->command.line.isEmpty() ? QByteArray("(prompt check)") : m_inFlight->command.line;
    qCWarning(lcGatttool) << "no answer to" << line;
    complete(
        Error(Error::Kind::Timeout, tr("gatttool did not answer '%1' in time").arg(QString::fromUtf8(line))));
    Q_EMIT commandTimedOut();
}

void GatttoolSession::onReadyReadStdout()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    const qint64 timestampUs = nowUs();
    QList<Notification> batch;
    for (const GatttoolEvent &event : m_parser.feed(chunk))
        dispatch(event, &batch, timestampUs);
    if (!batch.isEmpty())
        Q_EMIT notificationsReceived(batch);
}

void GatttoolSession::dispatch(const GatttoolEvent &event, QList<Notification> *batch, qint64 timestampUs)
{
    switch (event.kind) {
    case GatttoolEvent::Kind::Notification:
    case GatttoolEvent::Kind::Indication: {
        Notification n;
        n.handle = event.handle;
        n.value = event.value;
        n.timestampUs = timestampUs;
        n.kind = event.kind == GatttoolEvent::Kind::Notification ? Notification::Kind::Notification
                                                                 : Notification::Kind::Indication;
        batch->append(n);
        return;
    }
    case GatttoolEvent::Kind::Prompt:
    case GatttoolEvent::Kind::Echo:
        m_promptConnected = event.connected;
        Q_EMIT promptChanged(event.connected);
        return;
    default: break;
    }
    if (event.kind == GatttoolEvent::Kind::Error && event.failure == GatttoolEvent::Failure::UnknownCommand
        && event.text.startsWith(QLatin1StringView(kFencePrefix))) {
        if (m_inFlight && event.text.toLatin1() == m_inFlight->fence)
            complete(m_inFlight->outcome);
        return; // a fence of a command that gave up earlier
    }
    if (!m_inFlight || !m_inFlight->command.onEvent) {
        qCDebug(lcGatttool) << "unsolicited:" << int(event.kind) << event.text;
        return;
    }
    const Step step = m_inFlight->command.onEvent(event);
    switch (step.kind) {
    case Step::Kind::Continue: break;
    case Step::Kind::Finish: complete(step.error); break;
    case Step::Kind::FinishAtFence:
        if (step.error && !m_inFlight->outcome)
            m_inFlight->outcome = step.error;
        sendFence(*m_inFlight);
        break;
    }
}

void GatttoolSession::onReadyReadStderr()
{
    m_stderrBuffer += m_process->readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderrBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(m_stderrBuffer.left(newline)).trimmed();
        m_stderrBuffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        qCDebug(lcGatttool) << "stderr:" << line;
        // GLib's warning when gatttool shuts a link's channel down (BlueZ 5.x): a signal,
        // not something to quote when gatttool fails later.
        if (line.contains(u"Invalid file descriptor")) {
            Q_EMIT linkWarning();
            continue;
        }
        m_stderrLines.append(line);
        while (m_stderrLines.size() > kStderrLines)
            m_stderrLines.removeFirst();
    }
    if (m_stderrBuffer.size() > 64 * 1024)
        m_stderrBuffer.clear();
}

void GatttoolSession::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onReadyReadStderr();
    const bool expected = m_stopping;
    m_running = false;
    m_killTimer->stop();
    m_probeTimer->stop();
    QString why;
    if (status == QProcess::CrashExit) {
        // On Unix, QProcess reports the signal number as the exit code of a crash.
        why = exitCode > 0 && exitCode < 65 ? tr("gatttool crashed (signal %1, %2)")
                                                  .arg(exitCode)
                                                  .arg(QString::fromLocal8Bit(::strsignal(exitCode)))
                                            : tr("gatttool crashed");
    } else {
        why = tr("gatttool exited with code %1").arg(exitCode);
    }
    if (!m_stderrLines.isEmpty())
        why += tr(": %1").arg(stderrTail());
    const Error reason(Error::Kind::TransportLost, why);
    qCDebug(lcGatttool) << why;
    m_process->deleteLater();
    m_process = nullptr;
    failAll(expected ? Error(Error::Kind::Cancelled, tr("gatttool was stopped")) : reason);
    if (m_startDone) {
        auto done = std::move(m_startDone);
        m_startDone = nullptr;
        done(reason);
        return;
    }
    if (!expected)
        Q_EMIT stopped(reason);
}

void GatttoolSession::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return;
    // errorString() carries the reason from exec(): "Permission denied", "No such file …".
    const QString reason = m_process->errorString();
    const Error failure(Error::Kind::TransportLost, tr("cannot run %1: %2").arg(m_program, reason));
    m_process->deleteLater();
    m_process = nullptr;
    m_running = false;
    failAll(failure);
    if (m_startDone) {
        auto done = std::move(m_startDone);
        m_startDone = nullptr;
        done(failure);
    }
}

} // namespace gattscope
