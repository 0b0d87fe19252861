// SPDX-License-Identifier: MIT
// Feeds a ScannerModel behind a sorted ScannerFilterModel with synthetic advert batches and
// prints how long the model work takes per batch and per report.
#include <gattscope/ui/scanner/scannerfiltermodel.h>
#include <gattscope/ui/scanner/scannermodel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace gattscope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int devices = 10000;
    constexpr int reports = 200000;
    constexpr int batchSize = 1000;

    ScannerModel model;
    model.setStaleTimerEnabled(false);
    model.setCapacity(devices); // the list at its full size: eviction has bench_scanner_flood
    ScannerFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(int(ScannerModel::Column::Rssi), Qt::DescendingOrder);
    proxy.setFilterText(QStringLiteral("a0"));

    quint32 seed = 1;
    auto next = [&seed] {
        return seed = seed * 1664525u + 1013904223u;
    };
    QList<QList<Advertisement>> batches;
    QList<Advertisement> batch;
    for (int i = 0; i < reports; ++i) {
        Advertisement a;
        const quint64 device = i < devices ? quint64(i) : quint64(next() % devices);
        a.address = DeviceAddress(0xA00000000000ULL + device);
        a.rssi = qint8(-30 - int(next() % 70));
        a.data = QByteArray::fromHex("0201060909746573742d646576");
        a.timestampUs = 1'700'000'000'000'000 + i;
        batch << a;
        if (batch.size() == batchSize) {
            batches << batch;
            batch.clear();
        }
    }

    QElapsedTimer timer;
    timer.start();
    for (const auto &b : std::as_const(batches))
        model.addAdvertisements(b);
    const qint64 ns = timer.nsecsElapsed();

    QTextStream out(stdout);
    out << "devices: " << model.rowCount() << " devices\n";
    out << "reports: " << model.advertCount() << " reports\n";
    out << "per batch of " << batchSize << ": " << double(ns) / batches.size() / 1e6 << " ms\n";
    out << "per report: " << double(ns) / reports / 1e3 << " us\n";
    out << "throughput: " << reports / (double(ns) / 1e9) << " reports/s\n";
    return 0;
}
