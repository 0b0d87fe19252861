// SPDX-License-Identifier: MIT
// bench_gui: the real GUI (MainWindow with the application's backend catalog, driven by the
// start-up script as `gattscope --connect … --subscribe …` would), offscreen, under load.
//
//   bench_gui --flood RATE [--seconds 20] [--budget MB]
//       gattscope-sim --flood RATE on a pty (0 = as fast as the link takes it); the GUI opens
//       bgapi:<pty>, connects to "Flood" and subscribes to its counter. Prints the rate that
//       reached the hub, what was dropped or evicted, RSS (peak, and its growth over the last
//       half of the run), event-loop latency (a posted event's wait: what a click or the Help
//       menu waits for), how long after the sim is killed the tab shows "Disconnected", and
//       how long quitting takes with the flood still running (a second run, a few seconds),
//       and the CPU time (user+sys) of the GUI process and of its GUI thread per second.
//   bench_gui --realtime [--seconds 20]
//       The Demo dongle's heart-rate strap and its 100 Hz accelerometer, both plotted, as a
//       user watches them: the average CPU of the whole process ("gui cpu").
//
// Figures only: nothing here asserts a time.
#include "support/demosession.h"
#include "support/simprocess.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/app/gui/startupscript.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/ui/window/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <time.h>
#include <vector>

using namespace gattscope;

namespace {

const QString FloodCounter = QStringLiteral("6a77f101-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const QString Accelerometer = QStringLiteral("6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

template<typename Predicate> bool waitFor(Predicate done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Posts an event every 10 ms and measures how long it waits in the queue.
class LatencyProbe : public QObject
{
public:
    std::vector<double> delaysMs;
    // The GUI thread's CPU time while each event waited: work on the thread when it is close
    // to the wait, the machine's other load (the thread waiting for a core) when it is far below.
    std::vector<double> busyMs;

    static qint64 threadCpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

    LatencyProbe()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QCoreApplication::postEvent(this, new Stamp(m_clock.nsecsElapsed(), threadCpuNs()));
        });
        m_timer.start();
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() != Stamp::Type)
            return QObject::event(e);
        const auto *stamp = static_cast<Stamp *>(e);
        delaysMs.push_back(double(m_clock.nsecsElapsed() - stamp->posted) / 1e6);
        busyMs.push_back(double(threadCpuNs() - stamp->cpu) / 1e6);
        return true;
    }

private:
    struct Stamp : QEvent
    {
        static constexpr QEvent::Type Type = QEvent::Type(QEvent::User + 43);
        Stamp(qint64 ns, qint64 cpuNs)
            : QEvent(Type)
            , posted(ns)
            , cpu(cpuNs)
        { }
        qint64 posted;
        qint64 cpu;
    };
    QElapsedTimer m_clock;
    QTimer m_timer;
};

// The GUI thread's CPU time during the waits at and above the p99 (their median).
double busyAtP99(const LatencyProbe &probe)
{
    const double p99 = percentile(probe.delaysMs, 0.99);
    std::vector<double> busy;
    for (size_t i = 0; i < probe.delaysMs.size(); ++i)
        if (probe.delaysMs[i] >= p99)
            busy.push_back(probe.busyMs[i]);
    return percentile(busy, 0.5);
}

std::unique_ptr<MainWindow> openWindow()
{
    auto window = std::make_unique<MainWindow>(makeBackendCatalog());
    window->resize(1280, 820);
    window->show();
    return window;
}

// Runs the start-up script; false (with the reason printed) when it failed.
bool runScript(MainWindow *window, const QStringList &targets, const QStringList &subscribes,
               const QStringList &plots)
{
    StartupScript script(window);
    for (const QString &t : targets)
        script.addConnectTarget(t);
    for (const QString &s : subscribes)
        script.addSubscribe(s);
    for (const QString &p : plots)
        script.addPlot(p);
    bool done = false;
    Error failure;
    QObject::connect(&script, &StartupScript::finished, [&](const Error &e) {
        failure = e;
        done = true;
    });
    script.start();
    if (!waitFor([&] { return done; }, 60000) || failure) {
        std::fprintf(stderr, "bench_gui: the start-up script failed: %s\n",
                     qPrintable(done ? failure.message() : QStringLiteral("timeout")));
        return false;
    }
    return true;
}

// Least-squares slope of the last `windowS` seconds of `samples` (taken every `stepS`).
double slopeMbPerS(const std::vector<double> &samples, double stepS, double windowS)
{
    const auto n = std::min(samples.size(), size_t(windowS / stepS));
    if (n < 2)
        return 0.0;
    const size_t first = samples.size() - n;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (size_t i = 0; i < n; ++i) {
        const double x = double(i) * stepS;
        const double y = samples[first + i];
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double dn = double(n);
    return (dn * sxy - sx * sy) / (dn * sxx - sx * sx);
}

int flood(const QString &simPath, int rate, int seconds, int budgetMb)
{
    std::printf("mode: flood %d /s (0 = as fast as the pty takes it), %d s\n", rate, seconds);
    test::SimProcess sim(simPath);
    if (!sim.start({ QStringLiteral("--flood"), QString::number(rate) })) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    const double rssBefore = statusMb("VmRSS");
    std::unique_ptr<MainWindow> window = openWindow();
    if (budgetMb > 0)
        window->notificationHub()->setMemoryBudget(qint64(budgetMb) * 1024 * 1024);
    const qint64 budget = window->notificationHub()->memoryBudget();
    if (const Status opened = window->openBackend(sim.uri()); !opened.ok()) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(opened.error().message()));
        return 1;
    }
    if (!runScript(window.get(), { QStringLiteral("Flood") }, { FloodCounter }, {}))
        return 1;

    NotificationHub *hub = window->notificationHub();
    const quint64 receivedAtStart = hub->totalReceived();
    LatencyProbe probe;
    std::vector<double> rss;
    std::vector<double> outside; // RSS minus what the hub holds: what must not grow
    QTimer sampler;
    sampler.setInterval(250);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        rss.push_back(statusMb("VmRSS"));
        outside.push_back(rss.back() - double(hub->memoryUsed()) / 1048576.0);
    });
    sampler.start();
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    const double thread0 = cpuSeconds(RUSAGE_THREAD);
    QElapsedTimer wall;
    wall.start();
    runFor(seconds * 1000);
    sampler.stop();
    const double elapsedS = double(wall.nsecsElapsed()) / 1e9;
    const double cpuPerS = (cpuSeconds(RUSAGE_SELF) - cpu0) / elapsedS;
    const double guiCpuPerS = (cpuSeconds(RUSAGE_THREAD) - thread0) / elapsedS;
    const quint64 received = hub->totalReceived() - receivedAtStart;
    const double half = rss.empty() ? 0 : rss[rss.size() / 2];
    const double last = rss.empty() ? 0 : rss.back();

    // The sim dies: how long until the tab says so.
    DeviceTab *tab = window->deviceTab(window->deviceTabs()->count() ? window->currentDeviceTab()->address()
                                                                     : DeviceAddress());
    QElapsedTimer killed;
    qint64 shownMs = -1;
    if (tab) {
        QObject::connect(tab->session(), &DeviceSession::disconnected, tab,
                         [&] { shownMs = killed.elapsed(); });
    }
    killed.start();
    sim.kill();
    waitFor([&] { return shownMs >= 0; }, 60000);

    std::printf("hub memory budget: %.0f MB\n", double(budget) / 1048576.0);
    std::printf("notifications reached the hub: %llu (%.0f /s)\n", (unsigned long long)received,
                double(received) / elapsedS);
    std::printf("dropped at the hand-off: %llu\n", (unsigned long long)hub->droppedCount());
    std::printf("evicted (memory budget): %llu\n", (unsigned long long)hub->evictedCount());
    std::printf("hub memory used: %.1f MB\n", double(hub->memoryUsed()) / 1048576.0);
    std::printf("rss before the window: %.1f MB\n", rssBefore);
    std::printf("peak rss: %.1f MB (budget + %.1f MB)\n", statusMb("VmHWM"),
                statusMb("VmHWM") - double(budget) / 1048576.0);
    std::printf("rss growth over the last half: %.1f MB (%.1f -> %.1f MB)\n", last - half, half, last);
    std::printf("rss slope over the last 10 s: %.2f MB/s\n", slopeMbPerS(rss, 0.25, 10.0));
    // The hub may grow up to its budget; everything else must stay flat.
    std::printf("rss outside the hub: %.1f MB at the end, peak %.1f MB\n",
                outside.empty() ? 0.0 : outside.back(),
                outside.empty() ? 0.0 : *std::max_element(outside.begin(), outside.end()));
    std::printf("rss outside the hub slope over the last 10 s: %.2f MB/s\n",
                slopeMbPerS(outside, 0.25, 10.0));
    // CPU time is less sensitive to a loaded machine than latencies are.
    std::printf("gui process cpu (user+sys): %.2f s/s\n", cpuPerS);
    std::printf("gui thread cpu (user+sys): %.2f s/s\n", guiCpuPerS);
    std::printf("event-loop latency p50: %.2f ms\n", percentile(probe.delaysMs, 0.50));
    std::printf("event-loop latency p99: %.2f ms\n", percentile(probe.delaysMs, 0.99));
    std::printf("event-loop latency max: %.2f ms\n",
                probe.delaysMs.empty() ? 0.0
                                       : *std::max_element(probe.delaysMs.begin(), probe.delaysMs.end()));
    std::printf("gui thread cpu while waiting, at the p99 wait: %.2f ms\n", busyAtP99(probe));
    std::printf("disconnect shown after: %lld ms\n", (long long)shownMs);
    window.reset();

    // Quitting while the flood runs: a close event behind whatever is queued, then the
    // window and its backend go (closing the port, joining the backend thread).
    test::SimProcess second(simPath);
    if (!second.start({ QStringLiteral("--flood"), QString::number(rate) }))
        return 1;
    window = openWindow();
    if (!window->openBackend(second.uri()).ok()
        || !runScript(window.get(), { QStringLiteral("Flood") }, { FloodCounter }, {}))
        return 1;
    runFor(3000);
    // The window asks before it drops the live link; the user answers Quit at once.
    test::QuestionAnswerer answerQuit(QMessageBox::AcceptRole);
    QElapsedTimer quitting;
    quitting.start();
    bool closed = false;
    QTimer::singleShot(0, window.get(), [&] {
        window->close();
        closed = true;
    });
    waitFor([&] { return closed; }, 60000);
    const qint64 closeMs = quitting.elapsed();
    window.reset();
    std::printf("quit under flood: %lld ms (close event handled after %lld ms)\n",
                (long long)quitting.elapsed(), (long long)closeMs);
    return 0;
}

int realtime(int seconds)
{
    std::printf("mode: realtime, Demo dongle, heart-rate strap + 100 Hz accelerometer plotted, %d s\n",
                seconds);
    std::unique_ptr<MainWindow> window = openWindow();
    if (const Status opened = window->openBackend(QStringLiteral("demo")); !opened.ok()) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(opened.error().message()));
        return 1;
    }
    if (!runScript(window.get(), { QStringLiteral("HRM Strap"), QStringLiteral("gattscope Motion") }, {},
                   { QStringLiteral("2A37"), Accelerometer + QStringLiteral("=<hhh") }))
        return 1;
    runFor(2000); // the plots fill their first frames
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    const double thread0 = cpuSeconds(RUSAGE_THREAD);
    QElapsedTimer wall;
    wall.start();
    runFor(seconds * 1000);
    const double elapsed = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = (cpuSeconds(RUSAGE_SELF) - cpu0) / elapsed * 100.0;
    const double gui = (cpuSeconds(RUSAGE_THREAD) - thread0) / elapsed * 100.0;
    std::printf("notifications reached the hub: %llu\n",
                (unsigned long long)window->notificationHub()->totalReceived());
    std::printf("gui cpu: %.1f %% of a core\n", cpu);
    std::printf("gui thread cpu: %.1f %% of a core\n", gui);
    std::printf("peak rss: %.1f MB\n", statusMb("VmHWM"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("gattscope-bench"));
    QStandardPaths::setTestModeEnabled(true); // the user's settings stay untouched
    QSettings().clear();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption floodOpt(QStringLiteral("flood"), QStringLiteral("Flood rate (0 = unlimited)."),
                                      QStringLiteral("rate"));
    const QCommandLineOption realtimeOpt(QStringLiteral("realtime"),
                                         QStringLiteral("Demo plots, CPU figure."));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Seconds to run."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption budgetOpt(QStringLiteral("budget"), QStringLiteral("Hub memory budget, MB."),
                                       QStringLiteral("mb"), QStringLiteral("0"));
    const QCommandLineOption simOpt(QStringLiteral("sim"), QStringLiteral("gattscope-sim to run."),
                                    QStringLiteral("path"), QStringLiteral(GATTSCOPE_SIM_PATH));
    parser.addOptions({ floodOpt, realtimeOpt, secondsOpt, budgetOpt, simOpt });
    parser.process(app);
    const int seconds = qMax(1, parser.value(secondsOpt).toInt());
    if (parser.isSet(floodOpt))
        return flood(parser.value(simOpt), parser.value(floodOpt).toInt(), seconds,
                     parser.value(budgetOpt).toInt());
    if (parser.isSet(realtimeOpt))
        return realtime(seconds);
    // `make bench`: both, shorter.
    const int rc = realtime(qMin(seconds, 10));
    return rc ? rc : flood(parser.value(simOpt), 0, qMin(seconds, 10), 0);
}
