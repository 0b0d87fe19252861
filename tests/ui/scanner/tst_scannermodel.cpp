// SPDX-License-Identifier: MIT
#include <gattscope/ui/scanner/scannerdelegate.h>
#include <gattscope/ui/scanner/scannerfiltermodel.h>
#include <gattscope/ui/scanner/scannermodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gattscope;

namespace {
constexpr qint64 T0 = 1'700'000'000'000'000; // µs since the epoch

Advertisement advert(quint64 address, qint8 rssi, qint64 timeUs,
                     AdvertisementKind kind = AdvertisementKind::ConnectableUndirected,
                     QByteArray data = QByteArray::fromHex("020106"))
{
    Advertisement a;
    a.address = DeviceAddress(address, AddressType::Public);
    a.rssi = rssi;
    a.kind = kind;
    a.data = data;
    a.timestampUs = timeUs;
    return a;
}

QString cell(const QAbstractItemModel &model, int row, ScannerModel::Column column,
             int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role).toString();
}
} // namespace

class TestScannerModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesAdvertAndScanResponse()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QByteArray adv = QByteArray::fromHex("0201060302 0d18");
        const QByteArray rsp = QByteArray::fromHex("0709476174742d31");
        model.addAdvertisements(
            { advert(0xC098E5490001, -60, T0, AdvertisementKind::ConnectableUndirected, adv) });
        model.addAdvertisements(
            { advert(0xC098E5490001, -58, T0 + 10, AdvertisementKind::ScanResponse, rsp) });

        QCOMPARE(model.rowCount(), 1);
        const ScannedDevice *d = model.device(0);
        QVERIFY(d);
        QCOMPARE(d->advertisingData, adv);
        QCOMPARE(d->scanResponseData, rsp);
        QVERIFY(d->hasScanResponse);
        QVERIFY(d->connectable); // a scan response does not change connectability
        QCOMPARE(d->advertCount, 2);
        QCOMPARE(cell(model, 0, ScannerModel::Column::Address), QStringLiteral("C0:98:E5:49:00:01"));
        QCOMPARE(model.index(0, int(ScannerModel::Column::Rssi)).data(ScannerModel::RssiRole).toInt(), -58);
        QCOMPARE(model.index(0, 0).data(ScannerModel::LastSeenRole).toLongLong(), T0 + 10);
        QCOMPARE(model.rowOf(DeviceAddress(0xC098E5490001)), 0);
        QCOMPARE(model.rowOf(DeviceAddress(0x1)), -1);
    }

    void namesServicesAndManufacturerFromCore()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        ScannerFilterModel proxy;
        proxy.setSourceModel(&model);
        // Flags, 16-bit services {180D}, manufacturer data of Nordic (0x0059); name in the
        // scan response.
        const QByteArray adv = QByteArray::fromHex("020106 03030d18 05ff59000102");
        const QByteArray rsp = QByteArray::fromHex("0709476174742d31");
        model.addAdvertisements(
            { advert(0x10, -60, T0, AdvertisementKind::ConnectableUndirected, adv), advert(0x20, -70, T0) });
        QCOMPARE(cell(model, 0, ScannerModel::Column::Name), QStringLiteral("(unnamed)"));
        model.addAdvertisements({ advert(0x10, -60, T0 + 1, AdvertisementKind::ScanResponse, rsp) });
        QCOMPARE(cell(model, 0, ScannerModel::Column::Name), QStringLiteral("Gatt-1"));
        QVERIFY(cell(model, 0, ScannerModel::Column::Services).contains(QStringLiteral("Heart Rate")));
        QVERIFY(cell(model, 0, ScannerModel::Column::Services).contains(QStringLiteral("180D")));
        QVERIFY(cell(model, 0, ScannerModel::Column::Manufacturer).contains(QStringLiteral("0x0059")));
        QVERIFY(cell(model, 0, ScannerModel::Column::Manufacturer).contains(QStringLiteral("Nordic")));

        const QStringList needles { QStringLiteral("gatt-1"), QStringLiteral("HEART"),
                                    QStringLiteral("0000180d-0000-1000-8000-00805f9b34fb"),
                                    QStringLiteral("nordic"), QStringLiteral("00:00:00:00:00:10") };
        for (const QString &needle : needles) {
            proxy.setFilterText(needle);
            QCOMPARE(proxy.rowCount(), 1);
        }
        proxy.setFilterText(QStringLiteral("name"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void connectableFollowsPduKind_data()
    {
        QTest::addColumn<AdvertisementKind>("kind");
        QTest::addColumn<bool>("connectable");
        QTest::newRow("ADV_IND") << AdvertisementKind::ConnectableUndirected << true;
        QTest::newRow("ADV_DIRECT_IND") << AdvertisementKind::ConnectableDirected << true;
        QTest::newRow("ADV_SCAN_IND") << AdvertisementKind::ScannableUndirected << false;
        QTest::newRow("ADV_NONCONN_IND") << AdvertisementKind::NonConnectable << false;
    }
    void connectableFollowsPduKind()
    {
        QFETCH(AdvertisementKind, kind);
        QFETCH(bool, connectable);
        ScannerModel model;
        model.addAdvertisements({ advert(0x10, -50, T0, kind) });
        QCOMPARE(model.index(0, 0).data(ScannerModel::ConnectableRole).toBool(), connectable);
    }

    void unknownRssiKeepsLastKnown()
    {
        ScannerModel model;
        model.addAdvertisements({ advert(0x10, -50, T0), advert(0x10, ScannedDevice::NoRssi, T0 + 1) });
        QCOMPARE(model.index(0, 0).data(ScannerModel::RssiRole).toInt(), -50);
        model.addAdvertisements({ advert(0x20, ScannedDevice::NoRssi, T0) });
        QVERIFY(!model.index(1, 0).data(ScannerModel::RssiRole).isValid());
        QCOMPARE(cell(model, 1, ScannerModel::Column::Rssi), QString());
    }

    void oneInsertPerBatchAndNoReset()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<Advertisement> batch;
        for (int i = 0; i < 50; ++i)
            batch << advert(0x1000 + i, -40 - i, T0 + i) << advert(0x1000 + i, -41 - i, T0 + 100 + i);
        model.addAdvertisements(batch);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 49);
        QCOMPARE(changed.size(), 0); // new rows are not "changed"

        // Update rows 3..5 and 10, add two new devices.
        model.addAdvertisements({ advert(0x1003, -1, T0 + 500), advert(0x1004, -2, T0 + 500),
                                  advert(0x1005, -3, T0 + 500), advert(0x100A, -4, T0 + 500),
                                  advert(0x9000, -5, T0 + 500), advert(0x9001, -6, T0 + 500) });
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 52);
        QCOMPARE(changed.size(), 2); // two contiguous runs: 3..5 and 10
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 10);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(ScannerModel::RssiRole));
        QVERIFY(roles.contains(ScannerModel::SortRole));
        QCOMPARE(reset.size(), 0);
    }

    // With a change interval, updates of known rows are announced together once the interval
    // passed (the data itself is current at once); new rows still come at once.
    void changesAreAnnouncedAtTheInterval()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        model.setChangeInterval(std::chrono::milliseconds(100));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addAdvertisements({ advert(0x10, -50, T0), advert(0x20, -60, T0), advert(0x30, -70, T0) });
        QCOMPARE(inserted.size(), 1);
        for (int i = 0; i < 5; ++i)
            model.addAdvertisements({ advert(0x10, -40 - i, T0 + 1 + i), advert(0x30, -45, T0 + 1 + i) });
        QCOMPARE(model.index(0, 0).data(ScannerModel::RssiRole).toInt(), -44); // current at once
        QCOMPARE(changed.size(), 0);
        QVERIFY(changed.wait());
        // Rows 0 and 2: two runs, each announced once for the five batches.
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 2);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ScannerModel::RssiRole));
        QVERIFY(!changed.wait(300)); // nothing more to say

        // A row cleared away before the interval passed is not announced.
        model.addAdvertisements({ advert(0x20, -30, T0 + 10) });
        model.clear();
        QVERIFY(!changed.wait(300));
        QCOMPARE(changed.size(), 2);

        // Back to 0: what was pending is announced at once, and later batches too.
        model.addAdvertisements({ advert(0x10, -50, T0 + 20) });
        model.addAdvertisements({ advert(0x10, -51, T0 + 21) });
        QCOMPARE(changed.size(), 2);
        model.setChangeInterval(std::chrono::milliseconds(0));
        QCOMPARE(changed.size(), 3);
        model.addAdvertisements({ advert(0x10, -52, T0 + 22) });
        QCOMPARE(changed.size(), 4);
    }

    void staleDevicesFlipAndRecover()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        model.setStaleAfterSeconds(5);
        model.addAdvertisements({ advert(0x10, -50, T0), advert(0x20, -50, T0 + 4'000'000) });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.refreshStale(T0 + 6'000'000);
        QVERIFY(model.index(0, 0).data(ScannerModel::StaleRole).toBool());
        QVERIFY(!model.index(1, 0).data(ScannerModel::StaleRole).toBool());
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(ScannerModel::StaleRole));

        model.refreshStale(T0 + 6'000'001); // nothing flips: no signal
        QCOMPARE(changed.size(), 1);

        model.addAdvertisements({ advert(0x10, -50, T0 + 7'000'000) });
        QVERIFY(!model.index(0, 0).data(ScannerModel::StaleRole).toBool());
    }

    void filterByTextRssiAndStale()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        ScannerFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.addAdvertisements({ advert(0xC098E5490001, -40, T0), advert(0xC098E5490002, -80, T0),
                                  advert(0x112233445566, -95, T0 + 9'000'000) });
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setFilterText(QStringLiteral("c0:98"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("C0:98 00:02")); // every word must match
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("no such device"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});

        proxy.setMinimumRssi(-85);
        QCOMPARE(proxy.rowCount(), 2);
        // An update that crosses the threshold shows the row (dynamic filter).
        model.addAdvertisements({ advert(0x112233445566, -60, T0 + 9'000'001) });
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setMinimumRssi(ScannerFilterModel::NoMinimumRssi);

        model.setStaleAfterSeconds(5);
        model.refreshStale(T0 + 7'000'000);
        proxy.setHideStale(true);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, ScannerModel::Column::Address), QStringLiteral("11:22:33:44:55:66"));
        // Stale devices that come back reappear.
        model.addAdvertisements({ advert(0xC098E5490001, -40, T0 + 7'000'000) });
        QCOMPARE(proxy.rowCount(), 2);
    }

    void sortsEveryColumnNumerically()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        ScannerFilterModel proxy;
        proxy.setSourceModel(&model);
        model.addAdvertisements(
            { advert(0x30, -9, T0 + 2), advert(0x10, -100, T0 + 3), advert(0x20, -80, T0 + 1) });

        proxy.sort(int(ScannerModel::Column::Rssi), Qt::DescendingOrder);
        QCOMPARE(cell(proxy, 0, ScannerModel::Column::Rssi), QStringLiteral("-9"));
        QCOMPARE(cell(proxy, 1, ScannerModel::Column::Rssi), QStringLiteral("-80"));
        QCOMPARE(cell(proxy, 2, ScannerModel::Column::Rssi), QStringLiteral("-100"));

        proxy.sort(int(ScannerModel::Column::Address), Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, ScannerModel::Column::Address), QStringLiteral("00:00:00:00:00:10"));

        proxy.sort(int(ScannerModel::Column::LastSeen), Qt::DescendingOrder);
        QCOMPARE(cell(proxy, 0, ScannerModel::Column::Address), QStringLiteral("00:00:00:00:00:10"));

        // Re-sorts as RSSI changes.
        proxy.sort(int(ScannerModel::Column::Rssi), Qt::DescendingOrder);
        model.addAdvertisements({ advert(0x10, -1, T0 + 4) });
        QCOMPARE(cell(proxy, 0, ScannerModel::Column::Address), QStringLiteral("00:00:00:00:00:10"));

        for (int c = 0; c < int(ScannerModel::Column::Count); ++c)
            proxy.sort(c, Qt::AscendingOrder); // every column sorts without complaint
        QCOMPARE(proxy.rowCount(), 3);
    }

    void rssiBar()
    {
        QCOMPARE(ScannerDelegate::rssiFraction(-120), 0.0);
        QCOMPARE(ScannerDelegate::rssiFraction(-30), 1.0);
        QCOMPARE(ScannerDelegate::rssiFraction(-65), 0.5);
    }

    // 10,000 devices, 100,000 reports in batches of 1,000, with the model tester attached
    // to source and proxy. Functional only; bench_scanner_model prints timings.
    void syntheticFeed()
    {
        constexpr int devices = 10000;
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        model.setCapacity(devices);
        ScannerFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(ScannerModel::Column::Rssi), Qt::DescendingOrder);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        constexpr int reports = 100000;
        constexpr int batchSize = 1000;
        quint32 seed = 12345;
        auto next = [&seed] {
            return seed = seed * 1664525u + 1013904223u;
        };
        QList<Advertisement> batch;
        batch.reserve(batchSize);
        for (int i = 0; i < reports; ++i) {
            // The first pass introduces every device in order; later ones are random.
            const quint64 device = i < devices ? quint64(i) : quint64(next() % devices);
            batch << advert(0xA00000000000ULL + device, qint8(-30 - int(next() % 70)), T0 + i,
                            (i % 3) ? AdvertisementKind::ConnectableUndirected
                                    : AdvertisementKind::ScanResponse);
            if (batch.size() == batchSize) {
                model.addAdvertisements(batch);
                batch.clear();
            }
        }
        QCOMPARE(model.rowCount(), devices);
        QCOMPARE(model.advertCount(), qint64(reports));
        QCOMPARE(proxy.rowCount(), devices);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), devices / batchSize);
        int previous = 0;
        for (int row = 0; row < proxy.rowCount(); row += 97) {
            const int rssi = proxy.index(row, 0).data(ScannerModel::RssiRole).toInt();
            if (row > 0)
                QVERIFY(rssi <= previous);
            previous = rssi;
        }
        proxy.setMinimumRssi(-50);
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < devices);
    }

    // --- the cap: the devices heard longest ago go first, connected ones never

    void capEvictsTheOldestHeard()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        model.setCapacity(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QList<Advertisement> first;
        for (int i = 0; i < 10; ++i)
            first << advert(0xA0 + i, -60, T0 + i);
        model.addAdvertisements(first);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(removed.size(), 0);
        // Device 0 is heard again: now the newest. Three new ones push out 1, 2 and 3.
        model.addAdvertisements({ advert(0xA0, -50, T0 + 100), advert(0xB0, -60, T0 + 101),
                                  advert(0xB1, -60, T0 + 102), advert(0xB2, -60, T0 + 103) });
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.evictedCount(), qint64(3));
        QCOMPARE(removed.size(), 1); // one contiguous run, one removal
        for (quint64 gone : { 0xA1, 0xA2, 0xA3 })
            QCOMPARE(model.rowOf(DeviceAddress(gone, AddressType::Public)), -1);
        for (quint64 kept : { 0xA0, 0xA4, 0xA9, 0xB0, 0xB2 })
            QVERIFY(model.rowOf(DeviceAddress(kept, AddressType::Public)) >= 0);
        for (int row = 0; row < model.rowCount(); ++row) // lookups follow the moved rows
            QCOMPARE(model.rowOf(model.device(row)->address), row);
        QCOMPARE(model.advertCount(), qint64(14)); // reports of evicted devices still counted

        // A smaller capacity evicts at once; below the minimum it is the minimum.
        model.setCapacity(3);
        QCOMPARE(model.capacity(), ScannerModel::MinimumCapacity);
        QCOMPARE(model.rowCount(), 10);
        model.addAdvertisements({ advert(0xC0, -60, T0 + 200) });
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.rowOf(DeviceAddress(0xA4, AddressType::Public)), -1);
    }

    void connectedDevicesAreNeverEvicted()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        model.setCapacity(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DeviceAddress oldest(0xA0, AddressType::Public);
        model.setConnected(oldest, true);
        model.setConnected(DeviceAddress(0xFF, AddressType::Public), true); // not heard yet: fine
        QVERIFY(model.isConnected(oldest));
        for (int i = 0; i < 50; ++i)
            model.addAdvertisements({ advert(0xA0 + i, -60, T0 + i) });
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.rowOf(oldest) >= 0); // heard first, kept: it is connected
        QCOMPARE(model.evictedCount(), qint64(40));
        // Disconnected, it is the oldest heard: the next device to come pushes it out.
        model.setConnected(oldest, false);
        QCOMPARE(model.rowCount(), 10);
        model.addAdvertisements({ advert(0xB0, -60, T0 + 100) });
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.rowOf(oldest), -1);
        QVERIFY(model.rowOf(DeviceAddress(0xA0 + 49, AddressType::Public)) >= 0);

        // More connected devices than the capacity: all stay, nothing else does.
        ScannerModel pinned;
        pinned.setStaleTimerEnabled(false);
        pinned.setCapacity(10);
        QAbstractItemModelTester pinnedTester(&pinned,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 12; ++i)
            pinned.setConnected(DeviceAddress(0x100 + i, AddressType::Public), true);
        QList<Advertisement> batch;
        for (int i = 0; i < 12; ++i)
            batch << advert(0x100 + i, -60, T0 + i);
        batch << advert(0x200, -60, T0 + 50);
        pinned.addAdvertisements(batch);
        QCOMPARE(pinned.rowCount(), 12);
        QCOMPARE(pinned.rowOf(DeviceAddress(0x200, AddressType::Public)), -1);
    }

    // Random advertisers, scattered updates and evictions, behind a sorted, filtered proxy:
    // both models stay consistent (the testers), the list never exceeds its capacity.
    void randomAdvertisersStayWithinTheCap_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("addresses");
        QTest::newRow("every report a new device") << 100 << 1'000'000;
        QTest::newRow("a pool twice the cap") << 100 << 200;
        QTest::newRow("a pool within the cap") << 100 << 80;
    }

    void randomAdvertisersStayWithinTheCap()
    {
        QFETCH(int, capacity);
        QFETCH(int, addresses);
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        model.setCapacity(capacity);
        ScannerFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(ScannerModel::Column::LastSeen), Qt::DescendingOrder);
        proxy.setFilterText(QStringLiteral("a"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        quint32 seed = 99;
        auto next = [&seed] {
            return seed = seed * 1664525u + 1013904223u;
        };
        for (int b = 0; b < 40; ++b) {
            QList<Advertisement> batch;
            for (int i = 0; i < 37; ++i)
                batch << advert(0xA00000000000ULL + next() % quint32(addresses), -40, T0 + b * 100 + i);
            model.addAdvertisements(batch);
            QVERIFY(model.rowCount() <= capacity);
        }
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), std::min(capacity, addresses));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.device(row)->address), row);
        QCOMPARE(model.advertCount(), qint64(40 * 37));
    }
};

QTEST_MAIN(TestScannerModel)
#include "tst_scannermodel.moc"
