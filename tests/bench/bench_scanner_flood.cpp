// SPDX-License-Identifier: MIT
// bench_scanner_flood: the scanner as a user sees it (ScannerPanel: model, sorted filter
// proxy, view, details) shown offscreen, fed scan-report batches from random advertisers as
// the backend thread delivers them (one batch every 50 ms), for a while.
//
//   bench_scanner_flood [--advertisers 100000] [--rate 20000] [--seconds 60] [--capacity N]
//
// Each report comes from an address drawn from a pool of `advertisers` random addresses,
// with a name, a service list and manufacturer data that differ per device (so every new
// device costs its parsing). Prints RSS at the start and the end and its slope over the
// second half, the CPU of the process (everything runs on the GUI thread) and the rows the
// list holds. Figures only: nothing here asserts a time.
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace gattscope;

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

// Least-squares slope of `samples` taken every `stepS` seconds.
double slope(const std::vector<double> &samples, double stepS)
{
    const size_t n = samples.size();
    if (n < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (size_t i = 0; i < n; ++i) {
        const double x = double(i) * stepS;
        sx += x;
        sy += samples[i];
        sxx += x * x;
        sxy += x * samples[i];
    }
    const double dn = double(n);
    return (dn * sxy - sx * sy) / (dn * sxx - sx * sx);
}

// An advert as a device of the pool sends it: flags, a name, a 16-bit service, and
// manufacturer data, all derived from the device's number.
QByteArray advertData(quint32 device)
{
    QByteArray d = QByteArray::fromHex("020106");
    const QByteArray name = "dev-" + QByteArray::number(device, 16);
    d.append(char(name.size() + 1)).append(char(0x09)).append(name);
    d.append(QByteArray::fromHex("0303"));
    d.append(char(0x0D + device % 8)).append(char(0x18));
    d.append(char(7)).append(char(0xFF)).append(char(0x59)).append(char(0x00));
    for (int i = 0; i < 4; ++i)
        d.append(char((device >> (8 * i)) & 0xFF));
    return d;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption advertisersOpt(QStringLiteral("advertisers"),
                                            QStringLiteral("Random addresses in the pool."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("Scan reports per second."),
                                     QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Seconds to run."),
                                        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption capacityOpt(QStringLiteral("capacity"),
                                         QStringLiteral("Scanner capacity (default: the model's)."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({ advertisersOpt, rateOpt, secondsOpt, capacityOpt });
    parser.process(app);
    const auto advertisers = quint32(qMax(1, parser.value(advertisersOpt).toInt()));
    const int rate = qMax(20, parser.value(rateOpt).toInt());
    const int seconds = qMax(2, parser.value(secondsOpt).toInt());

    ScannerModel model;
    if (parser.value(capacityOpt).toInt() > 0)
        model.setCapacity(parser.value(capacityOpt).toInt());
    ScannerPanel panel(&model);
    panel.resize(560, 800);
    panel.show();

    // The pool: random addresses, fixed per run.
    QRandomGenerator random(0x5CA7);
    std::vector<quint64> pool(advertisers);
    for (quint64 &a : pool)
        a = random.generate64() & 0x3FFFFFFFFFFFULL; // non-resolvable private addresses

    std::printf("mode: %u random advertisers, %d reports/s in batches every 50 ms, %d s, capacity %d\n",
                advertisers, rate, seconds, model.capacity());
    const int perBatch = rate / 20;
    qint64 sent = 0;
    QElapsedTimer clock;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(50);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        QList<Advertisement> batch;
        batch.reserve(perBatch);
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
        for (int i = 0; i < perBatch; ++i) {
            const auto device = quint32(random.bounded(advertisers));
            Advertisement a;
            a.address = DeviceAddress(pool[device], AddressType::RandomNonResolvable);
            a.rssi = qint8(-30 - int(random.bounded(70)));
            a.kind = AdvertisementKind::ConnectableUndirected;
            a.data = advertData(device);
            a.timestampUs = now + i;
            batch << a;
        }
        model.addAdvertisements(batch);
        sent += batch.size();
    });

    std::vector<double> rss;
    QTimer sampler;
    sampler.setInterval(500);
    QObject::connect(&sampler, &QTimer::timeout, [&] { rss.push_back(rssMb()); });

    const double rssStart = rssMb();
    const double cpu0 = cpuSeconds();
    clock.start();
    feeder.start();
    sampler.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    feeder.stop();
    sampler.stop();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = (cpuSeconds() - cpu0) / elapsed * 100.0;
    const std::vector<double> secondHalf(rss.begin() + qsizetype(rss.size() / 2), rss.end());

    std::printf("reports fed: %lld (%.0f /s)\n", (long long)sent, double(sent) / elapsed);
    std::printf("devices listed: %d (capacity %d)\n", model.rowCount(), model.capacity());
    std::printf("devices evicted: %lld\n", (long long)model.evictedCount());
    std::printf("rss start: %.1f MB\n", rssStart);
    std::printf("rss end: %.1f MB\n", rss.empty() ? 0.0 : rss.back());
    std::printf("rss slope over the second half: %.3f MB/s\n", slope(secondHalf, 0.5));
    std::printf("ui cpu: %.1f %% of a core\n", cpu);
    return 0;
}
