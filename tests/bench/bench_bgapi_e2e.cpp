// SPDX-License-Identifier: MIT
// bench_bgapi_e2e: the whole client path under load. gattscope-sim --flood 0 pushes
// notifications through a pty as fast as it can; the BGAPI backend (QSerialPort, reassembler,
// command queue, connection state machine, batching, a queued hop to this thread) delivers
// them to a subscriber here, which checks the sequence numbers for gaps.
//
// Usage: bench_bgapi_e2e [path/to/gattscope-sim] [seconds]
#include <gattscope/backends/backendfactory.h>
#include <gattscope/core/backend/awaitresult.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

using namespace gattscope;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_bgapi_e2e: " << message << Qt::endl;
    return 1;
}

template<typename Predicate> bool waitFor(Predicate done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString simPath = args.size() > 1
        ? args.at(1)
        : qEnvironmentVariable("GATTSCOPE_SIM", QStringLiteral(GATTSCOPE_SIM_PATH));
    const double seconds = args.size() > 2 ? args.at(2).toDouble() : 3.0;
    if (!QFileInfo::exists(simPath))
        return fail(QStringLiteral("gattscope-sim not found at %1").arg(simPath));

    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(simPath,
              { QStringLiteral("--flood"), QStringLiteral("0"), QStringLiteral("--profile"),
                QStringLiteral(":/gattscope/profiles/ibeacon.json") });
    if (!sim.waitForStarted(5000))
        return fail(QStringLiteral("cannot start %1").arg(simPath));
    QByteArray announcement;
    const QByteArray marker("serving a virtual BLED112 on ");
    while (!(announcement.contains(marker) && announcement.endsWith('\n')) && sim.waitForReadyRead(5000))
        announcement += sim.readAllStandardOutput();
    if (!announcement.contains(marker))
        return fail(QStringLiteral("no pty announced"));
    const QString path
        = QString::fromLocal8Bit(announcement.mid(announcement.indexOf(marker) + marker.size()).trimmed());

    Result<std::unique_ptr<BackendHost>> created = createBackend(QStringLiteral("bgapi:") + path);
    if (!created.ok())
        return fail(created.error().toString());
    std::unique_ptr<BackendHost> host = std::move(created.value());
    Backend *backend = host->backend();
    if (const Status s = awaitResult(backend->open()); !s.ok())
        return fail(s.error().toString());

    ConnectOptions options;
    options.intervalMinUs = 7500;
    options.intervalMaxUs = 7500;
    const DeviceAddress flood = DeviceAddress::fromAirAddress(0xC0FFEE000001ull, true);
    const Result<Connection *> connected = awaitResult(backend->connectToDevice(flood, options));
    if (!connected.ok())
        return fail(connected.error().toString());
    Connection *c = connected.value();
    const Result<GattDatabase> db = awaitResult(c->discover());
    if (!db.ok())
        return fail(db.error().toString());
    const QList<const Characteristic *> chars
        = db.value().characteristicsByUuid(*Uuid::fromString(u"6a77f101-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
    if (chars.isEmpty())
        return fail(QStringLiteral("no flood characteristic"));

    quint64 count = 0;
    quint64 lost = 0;
    quint64 batches = 0;
    quint32 expected = 0;
    bool haveSequence = false;
    QObject context;
    QObject::connect(c, &Connection::notificationsReceived, &context, [&](const QList<Notification> &batch) {
        ++batches;
        for (const Notification &n : batch) {
            if (n.value.size() < 4)
                continue;
            const auto *b = reinterpret_cast<const uchar *>(n.value.constData());
            const quint32 seq
                = quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24;
            if (haveSequence && seq != expected)
                lost += seq > expected ? seq - expected : 0;
            expected = seq + 1;
            haveSequence = true;
            ++count;
        }
    });
    if (const Status s
        = awaitResult(c->subscribe(chars.first()->valueHandle, Connection::Subscription::Notify));
        !s.ok())
        return fail(s.error().toString());

    // Warm-up, then measure.
    waitFor([] { return false; }, 300);
    const quint64 startCount = count;
    const quint64 startLost = lost;
    const quint64 startBatches = batches;
    const double startCpu = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    waitFor([] { return false; }, int(seconds * 1000));
    const double elapsed = double(clock.nsecsElapsed()) * 1e-9;
    const double cpu = cpuSeconds() - startCpu;
    const quint64 n = count - startCount;

    QTextStream out(stdout);
    out << "e2e: " << qRound64(double(n) / elapsed) << " notifications/s" << Qt::endl;
    out << "lost: " << (lost - startLost) << Qt::endl;
    out << "cpu: " << QString::number(n ? cpu * 1e6 / double(n) : 0.0, 'f', 2) << " us/notification"
        << Qt::endl;
    out << "batch: " << QString::number(double(n) / double(qMax<quint64>(1, batches - startBatches)), 'f', 1)
        << " notifications/batch" << Qt::endl;

    host.reset();
    sim.terminate();
    sim.waitForFinished(5000);
    return n > 0 && lost == startLost ? 0 : 2;
}
