// SPDX-License-Identifier: MIT
// bench_plot: 8 streams × 1,000 notifications/s for 60 s of simulated time into the plot
// panel, offscreen, on an accelerated clock (10 ms of data per 1 ms of real time), with the
// panel's own frame timer drawing. Prints frame time (preparation + replot), event-loop
// latency (delay of posted events) and peak RSS.
//
//   bench_plot [--seconds N] [--rate HZ] [--window S|all] [--hub-capacity N]
//   bench_plot --screenshot FILE   heart-rate strap + accelerometer, one minute, as a PNG
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/ui/plot/plotcanvas.h>
#include <gattscope/ui/plot/plotpanel.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace gattscope;

namespace {

const qint64 T0 = 1'714'564'800'000'000; // 2024-05-01 12:00:00 UTC

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / double(v.size());
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QByteArray triple(double x, double y, double z, double scale)
{
    QByteArray b;
    for (double v : { x, y, z }) {
        const auto raw = qint16(std::clamp(std::lround(v / scale), -32768L, 32767L));
        b.append(char(quint16(raw) & 0xFF));
        b.append(char(quint16(raw) >> 8));
    }
    return b;
}

// Posts events and measures how long they wait: what a click would wait for.
class LatencyProbe : public QObject
{
public:
    std::vector<double> delaysMs;
    QElapsedTimer clock;

    LatencyProbe()
    {
        clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { QCoreApplication::postEvent(this, new StampEvent(clock.nsecsElapsed())); });
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() != StampEvent::Type)
            return QObject::event(e);
        delaysMs.push_back(double(clock.nsecsElapsed() - static_cast<StampEvent *>(e)->posted) / 1e6);
        return true;
    }

private:
    struct StampEvent : QEvent
    {
        static constexpr QEvent::Type Type = QEvent::Type(QEvent::User + 42);
        explicit StampEvent(qint64 postedNs)
            : QEvent(Type)
            , posted(postedNs)
        { }
        qint64 posted;
    };
    QTimer m_timer;
};

int runBench(int seconds, int rate, qint64 windowMs, qsizetype hubCapacity)
{
    NotificationHub hub;
    hub.setCapacity(hubCapacity);
    PlotPanel panel(&hub);
    panel.resize(1600, 1000);
    panel.show();
    panel.setWindow(std::chrono::milliseconds(windowMs));

    // 4 devices × 2 characteristics, each a 3-axis "<hhh" sensor; 4 units → 4 stacked plots.
    const QStringList units { QStringLiteral("g"), QStringLiteral("dps"), QStringLiteral("µT"),
                              QStringLiteral("hPa") };
    struct Stream
    {
        DeviceAddress device;
        quint16 handle;
        double scale;
    };
    std::vector<Stream> streams;
    for (int i = 0; i < 8; ++i) {
        const Stream s { DeviceAddress(0xC098E5490000 + quint64(i / 2)), quint16(0x20 + 2 * (i % 2)), 0.001 };
        streams.push_back(s);
        panel.addStream({ s.device, s.handle }, QStringLiteral("Sensor %1").arg(i + 1),
                        DecoderSpec::forLayout(u"<hhh", s.scale, 0, units[i % 4]).value());
    }

    // Wall time (what a user sees, including the other programs on this machine) and the
    // GUI thread's CPU time (what the panel itself costs) of each replot.
    std::vector<double> framesMs, prepareMs, cpuMs;
    PlotCanvas *canvas = panel.canvas();
    double cpuAtStart = 0;
    QObject::connect(canvas, &QCustomPlot::beforeReplot, canvas, [&] { cpuAtStart = threadCpuMs(); });
    QObject::connect(canvas, &QCustomPlot::afterReplot, canvas, [&] {
        prepareMs.push_back(canvas->lastPrepareMs());
        framesMs.push_back(canvas->lastPrepareMs() + canvas->replotTime());
        cpuMs.push_back(canvas->lastPrepareMs() + threadCpuMs() - cpuAtStart);
    });

    const qint64 stepUs = 10'000; // one connection interval of data per feeder tick
    const int perStep = int(rate * stepUs / 1'000'000);
    const qint64 endUs = qint64(seconds) * 1'000'000;
    qint64 simUs = 0;
    quint64 pushed = 0;
    QElapsedTimer wall;
    wall.start();
    LatencyProbe probe;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(1);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        // One batch per device per tick, as a backend delivers them.
        for (size_t d = 0; d < streams.size(); d += 2) {
            QList<Notification> batch;
            batch.reserve(perStep * 2);
            for (int k = 0; k < perStep; ++k) {
                const qint64 t = simUs + qint64(k) * stepUs / perStep;
                const double ts = double(t) / 1e6;
                for (size_t j = d; j < d + 2; ++j) {
                    Notification n;
                    n.handle = streams[j].handle;
                    n.timestampUs = T0 + t;
                    n.value = triple(std::sin(ts * 6.0 + double(j)), std::cos(ts * 2.5) * 0.5,
                                     std::sin(ts * 40.0) * 0.2 + 0.9, streams[j].scale);
                    batch.append(n);
                }
            }
            pushed += quint64(batch.size());
            hub.addBatch(streams[d].device, batch);
        }
        simUs += stepUs;
        if (simUs >= endUs) {
            feeder.stop();
            // Let the last frame draw, then stop.
            QTimer::singleShot(200, qApp, &QCoreApplication::quit);
        }
    });
    feeder.start();
    QApplication::exec();
    probe.stop();

    const double realS = double(wall.nsecsElapsed()) / 1e9;
    std::printf("streams: 8 (3 axes each, 24 series, 4 stacked plots)\n");
    std::printf("notifications: %llu over %d s simulated (%d /s per stream)\n", (unsigned long long)pushed,
                seconds, rate);
    std::printf("real time: %.2f s (clock x%.1f)\n", realS, double(seconds) / realS);
    std::printf("window: %s\n", windowMs ? qPrintable(QStringLiteral("%1 s").arg(windowMs / 1000)) : "all");
    std::printf("hub capacity: %lld per stream\n", (long long)hubCapacity);
    std::printf("frames: %zu\n", framesMs.size());
    std::printf("frame mean: %.2f ms\n", mean(framesMs));
    std::printf("frame p99: %.2f ms\n", percentile(framesMs, 0.99));
    std::printf("frame preparation (decimation) mean: %.2f ms\n", mean(prepareMs));
    std::printf("frame CPU mean: %.2f ms\n", mean(cpuMs));
    std::printf("frame CPU p99: %.2f ms\n", percentile(cpuMs, 0.99));
    std::printf("frame max: %.2f ms\n",
                framesMs.empty() ? 0.0 : *std::max_element(framesMs.begin(), framesMs.end()));
    std::printf("event-loop latency p50: %.2f ms\n", percentile(probe.delaysMs, 0.50));
    std::printf("event-loop latency p99: %.2f ms\n", percentile(probe.delaysMs, 0.99));
    std::printf("peak RSS: %.1f MB\n", peakRssMb());
    return 0;
}

// One minute of a heart-rate strap (bpm, RR, contact) and a 3-axis accelerometer at
// 50 Hz, with the cursor on, rendered as the whole panel.
int screenshot(const QString &fileName)
{
    NotificationHub hub;
    PlotPanel panel(&hub);
    panel.resize(1280, 820);
    panel.show();
    panel.setWindow(std::chrono::seconds(60));
    const DeviceAddress strap(0xC098E5490001);
    const DeviceAddress sensor(0xC098E5490002);
    panel.addStream({ strap, 0x0E }, QStringLiteral("HR strap"),
                    DecoderSpec::forCharacteristic(Uuid(0x2A37)));
    panel.addStream({ sensor, 0x20 }, QStringLiteral("Accelerometer"),
                    DecoderSpec::forLayout(u"<hhh", 0.001, 0, QStringLiteral("g")).value());

    double beatS = 0;
    for (int ms = 0; ms < 60'000; ms += 20) {
        const double ts = ms / 1000.0;
        QList<Notification> accel;
        Notification n;
        n.handle = 0x20;
        n.timestampUs = T0 + qint64(ms) * 1000;
        // Walking: a 1.8 Hz gait on z, sway on x and y, a little noise.
        const double noise = std::sin(ts * 91.0) * 0.03;
        n.value = triple(0.25 * std::sin(2 * M_PI * 0.9 * ts) + noise, 0.15 * std::cos(2 * M_PI * 1.8 * ts),
                         1.0 + 0.4 * std::sin(2 * M_PI * 1.8 * ts) + noise, 0.001);
        accel.append(n);
        hub.addBatch(sensor, accel);
        if (ms % 1000 == 0) {
            // Heart rate rising from 68 to ~95 bpm, with the RR intervals since the last packet.
            const double bpm = 68 + 27 / (1 + std::exp(-(ts - 30) / 6)) + 2 * std::sin(ts / 3);
            Notification h;
            h.handle = 0x0E;
            h.timestampUs = n.timestampUs;
            h.value.append(char(0x16)); // uint8 bpm, contact detected, RR present
            h.value.append(char(qRound(bpm)));
            while (beatS + 60.0 / bpm <= ts) {
                beatS += 60.0 / bpm;
                const quint16 rr
                    = quint16(std::lround(60.0 / bpm * 1024 * (1 + 0.03 * std::sin(beatS * 1.3))));
                h.value.append(char(rr & 0xFF));
                h.value.append(char(rr >> 8));
            }
            hub.addBatch(strap, { h });
        }
    }
    panel.renderFrame();
    panel.setCursorEnabled(true);
    panel.canvas()->setCursorTimeUs(T0 + 41'250'000);
    panel.renderFrame();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const bool ok = panel.grab().save(fileName);
    std::printf("%s: %s\n", qPrintable(fileName), ok ? "written" : "FAILED");
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Simulated seconds."),
                                        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("Notifications/s per stream."),
                                     QStringLiteral("hz"), QStringLiteral("1000"));
    const QCommandLineOption windowOpt(QStringLiteral("window"), QStringLiteral("Window in s, or all."),
                                       QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption hubOpt(QStringLiteral("hub-capacity"), QStringLiteral("Hub ring per stream."),
                                    QStringLiteral("n"), QStringLiteral("131072"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Write a demo PNG."),
                                     QStringLiteral("file"));
    parser.addOptions({ secondsOpt, rateOpt, windowOpt, hubOpt, shotOpt });
    parser.process(app);
    if (parser.isSet(shotOpt))
        return screenshot(parser.value(shotOpt));
    const QString window = parser.value(windowOpt);
    return runBench(parser.value(secondsOpt).toInt(), parser.value(rateOpt).toInt(),
                    window == QLatin1String("all") ? 0 : window.toLongLong() * 1000,
                    parser.value(hubOpt).toLongLong());
}
