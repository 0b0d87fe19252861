// SPDX-License-Identifier: MIT
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/notificationinlet.h>
#include <gattscope/ui/log/trafficlogmodel.h>

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace gattscope;

namespace {
TrafficEntry entry(int i, TrafficEntry::Direction direction = TrafficEntry::Direction::Notification)
{
    TrafficEntry e;
    e.timestampUs = 1'700'000'000'000'000 + i;
    e.device = QStringLiteral("C0:98:E5:49:00:01");
    e.handle = quint16(0x0003 + (i % 3));
    e.name = QStringLiteral("Heart Rate Measurement");
    e.direction = direction;
    e.value = QByteArray::fromHex("16") + char(i & 0xFF);
    e.decoded = QStringLiteral("%1 bpm").arg(i & 0xFF);
    return e;
}

const DeviceAddress Strap(0xC098E5490001);

// A Heart Rate Measurement notification (value handle 0x0E) at tUs.
Notification hrm(quint8 bpm, qint64 tUs)
{
    Notification n;
    n.handle = 0x0E;
    n.value.append(char(0x06));
    n.value.append(char(bpm));
    n.timestampUs = tUs;
    return n;
}
} // namespace

class TestTrafficLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsInBatchesOnFlush()
    {
        TrafficLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 500; ++i)
            model.append(entry(i));
        QCOMPARE(model.rowCount(), 0); // queued, not yet in the model
        QCOMPARE(model.pendingCount(), 500);
        model.flush();
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0, int(TrafficLogModel::Column::Direction)).data().toString(),
                 QStringLiteral("← notify"));
        QCOMPARE(model.index(0, int(TrafficLogModel::Column::Handle)).data().toString(),
                 QStringLiteral("0x0003"));
        QCOMPARE(model.index(1, int(TrafficLogModel::Column::Hex)).data().toString(),
                 QStringLiteral("16 01"));

        // The timer flushes by itself.
        model.append(entry(1000));
        QTRY_COMPARE(model.rowCount(), 501);
    }

    void boundedDropsOldestInChunks()
    {
        TrafficLogModel model;
        model.setCapacity(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int batch = 0; batch < 30; ++batch) {
            QList<TrafficEntry> entries;
            for (int i = 0; i < 100; ++i)
                entries << entry(batch * 100 + i);
            model.appendBatch(entries);
            model.flush();
            QVERIFY(model.rowCount() <= 1000);
        }
        QCOMPARE(model.entry(model.rowCount() - 1).timestampUs, entry(2999).timestampUs); // newest kept
        QVERIFY(removed.size() < 20); // in chunks
        QCOMPARE(model.totalCount(), qint64(3000));
    }

    void pauseKeepsRecording()
    {
        TrafficLogModel model;
        QSignalSpy paused(&model, &TrafficLogModel::pausedChanged);
        model.append(entry(0));
        model.flush();
        model.setPaused(true);
        for (int i = 1; i <= 10; ++i)
            model.append(entry(i));
        model.flush();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.pendingCount(), 10);
        model.setPaused(false); // everything recorded meanwhile appears
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.droppedCount(), qint64(0));
        QCOMPARE(paused.size(), 2);

        model.setCapacity(10);
        model.setPaused(true);
        for (int i = 0; i < 25; ++i)
            model.append(entry(i));
        QCOMPARE(model.pendingCount(), 10); // the queue is bounded too; the excess is counted
        QCOMPARE(model.droppedCount(), qint64(15));
    }

    void clear()
    {
        TrafficLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(entry(0));
        model.flush();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void errorsShowInDecodedColumn()
    {
        TrafficLogModel model;
        TrafficEntry e = entry(0, TrafficEntry::Direction::Read);
        e.error = QStringLiteral("ATT error 0x05 (Insufficient Authentication)");
        model.append(e);
        model.flush();
        const QModelIndex decoded = model.index(0, int(TrafficLogModel::Column::Decoded));
        QCOMPARE(decoded.data().toString(), e.error);
        QVERIFY(decoded.data(TrafficLogModel::ErrorRole).toBool());
        QVERIFY(
            decoded.data(TrafficLogModel::FilterRole).toString().contains(QStringLiteral("insufficient")));
    }

    void csvAndJsonLines()
    {
        TrafficLogModel model;
        TrafficEntry e = entry(7, TrafficEntry::Direction::Write);
        e.decoded = QStringLiteral("says \"hi\", twice");
        model.append(e);
        model.append(entry(8));
        model.flush();

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(model.writeCsv(&csv).ok());
        const QStringList lines = QString::fromUtf8(csv.data()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0],
                 QStringLiteral("timestamp_us,time,device,handle,name,direction,hex,decoded,error"));
        QVERIFY(lines[1].startsWith(
            QStringLiteral("1700000000000007,2023-11-14T22:13:20.000Z,C0:98:E5:49:00:01,")));
        QVERIFY(lines[1].contains(QStringLiteral(",write,1607,\"says \"\"hi\"\", twice\",")));

        QBuffer jsonl;
        jsonl.open(QIODevice::WriteOnly);
        QVERIFY(model.writeJsonLines(&jsonl, { 1 }).ok());
        const QList<QByteArray> rows = jsonl.data().split('\n');
        QCOMPARE(rows.size(), 2); // one line + the final newline
        const QJsonObject o = QJsonDocument::fromJson(rows[0]).object();
        QCOMPARE(o.value(QStringLiteral("direction")).toString(), QStringLiteral("notify"));
        QCOMPARE(o.value(QStringLiteral("hex")).toString(), QStringLiteral("1608"));
        QCOMPARE(o.value(QStringLiteral("handle")).toInt(), 0x0005);
        QCOMPARE(o.value(QStringLiteral("timestamp_us")).toInteger(), 1'700'000'000'000'008);
        QVERIFY(!o.contains(QStringLiteral("error")));
    }

    // --- notifications come from the hub, read like every consumer reads it
    void notificationsComeFromTheHub()
    {
        NotificationHub hub;
        TrafficLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int described = 0;
        model.setHub(&hub, [&described](const StreamKey &key, const NotificationSample &sample) {
            ++described;
            return TrafficEntry::notification(key.device.toString(), key.handle, QStringLiteral("Heart Rate"),
                                              sample, std::make_shared<const ValueDecoder>(Uuid(0x2A37)));
        });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        hub.addBatch(Strap, { hrm(72, 2000), hrm(73, 4000) });
        TrafficEntry read = entry(0, TrafficEntry::Direction::Read);
        read.timestampUs = 3000;
        model.append(read);
        QCOMPARE(model.rowCount(), 0); // nothing before the flush
        QCOMPARE(model.pendingCount(), 3);
        model.flush();
        QCOMPARE(inserted.size(), 1); // one insert for both sources
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(described, 2);
        // One timeline: by time.
        QCOMPARE(model.entry(0).timestampUs, 2000);
        QCOMPARE(model.entry(1).direction, TrafficEntry::Direction::Read);
        QCOMPARE(model.entry(2).timestampUs, 4000);
        // Text made when asked for (the entries the hub's values became carry a decoder, no
        // text), then kept.
        const QModelIndex decoded = model.index(2, int(TrafficLogModel::Column::Decoded));
        QVERIFY2(decoded.data().toString().contains(QStringLiteral("73 bpm")),
                 qPrintable(decoded.data().toString()));
        QVERIFY(model.entry(2).decoded.contains(QStringLiteral("73 bpm")));
        QVERIFY(!model.entry(2).decoder);
        QCOMPARE(model.index(0, int(TrafficLogModel::Column::Direction)).data().toString(),
                 QStringLiteral("← notify"));
        // The timer flushes by itself when the hub has news.
        hub.addBatch(Strap, { hrm(74, 5000) });
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalCount(), qint64(4));
    }

    void aFloodShowsTheNewestAndCountsTheRest()
    {
        NotificationHub hub;
        TrafficLogModel model;
        model.setCapacity(1000);
        model.setMaxRowsPerFlush(10000); // the capacity is the tighter bound here
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int described = 0;
        model.setHub(&hub, [&described](const StreamKey &key, const NotificationSample &sample) {
            ++described;
            return TrafficEntry::notification(key.device.toString(), key.handle, {}, sample, nullptr);
        });
        QList<Notification> flood;
        for (int i = 0; i < 5000; ++i)
            flood.append(hrm(quint8(i), 10'000 + i));
        hub.addBatch(Strap, flood);
        model.flush();
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(described, 1000); // rows that would scroll out at once are never built
        QCOMPARE(model.entry(999).timestampUs, 14'999);
        QCOMPARE(model.droppedCount(), qint64(4000));
        QCOMPARE(model.totalCount(), qint64(5000));
        // The hub still has every value: only the display skipped them.
        QCOMPARE(hub.stream({ Strap, 0x0E })->size(), 5000);
    }

    // However fast the hub fills, one flush builds and inserts at most maxRowsPerFlush() rows
    // (the newest, across streams); the rest is counted, and stays in the hub.
    void aFlushInsertsAtMostItsRowBudget()
    {
        NotificationHub hub;
        TrafficLogModel model;
        model.setMaxRowsPerFlush(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int described = 0;
        model.setHub(&hub, [&described](const StreamKey &key, const NotificationSample &sample) {
            ++described;
            return TrafficEntry::notification(key.device.toString(), key.handle, {}, sample, nullptr);
        });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int round = 0; round < 5; ++round) {
            QList<Notification> strap, other;
            for (int i = 0; i < 300; ++i) {
                strap.append(hrm(quint8(i), round * 1000 + 2 * i));
                Notification n = hrm(quint8(i), round * 1000 + 2 * i + 1);
                n.handle = 0x20;
                other.append(n);
            }
            hub.addBatch(Strap, strap);
            hub.addBatch(Strap, other);
            TrafficEntry read = entry(round, TrafficEntry::Direction::Read);
            read.timestampUs = round * 1000; // older than every notification of the round
            model.append(read);
            model.flush();
            QCOMPARE(model.rowCount(), (round + 1) * 101); // 100 notifications + the read
            // The newest of both streams, interleaved by time; the read is never skipped.
            QCOMPARE(model.entry(model.rowCount() - 1).timestampUs, round * 1000 + 599);
            QCOMPARE(model.entry(model.rowCount() - 100).timestampUs, round * 1000 + 500);
            QCOMPARE(model.entry(model.rowCount() - 101).direction, TrafficEntry::Direction::Read);
        }
        QCOMPARE(inserted.size(), 5);
        QVERIFY(described <= 5 * 200); // at most the budget per stream is ever built
        QCOMPARE(model.droppedCount(), qint64(5 * 500));
        QCOMPARE(model.totalCount(), qint64(5 * 601));
        QCOMPARE(model.removedCount(), qint64(0));
        QCOMPARE(hub.stream({ Strap, 0x0E })->size(), 1500); // recorded, only not shown
        QCOMPARE(hub.stream({ Strap, 0x20 })->size(), 1500);
    }

    void removedRowsAreCounted()
    {
        TrafficLogModel model;
        model.setCapacity(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &TrafficLogModel::countsChanged);
        for (int i = 0; i < 250; ++i) {
            model.append(entry(i));
            if (i % 10 == 9)
                model.flush();
        }
        QVERIFY(model.rowCount() <= 100);
        QCOMPARE(model.removedCount() + model.rowCount(), qint64(250));
        QCOMPARE(model.droppedCount(), qint64(0)); // every entry was shown once
        QCOMPARE(model.entry(model.rowCount() - 1).timestampUs, entry(249).timestampUs);
        const qint64 before = model.removedCount();
        const int rows = model.rowCount();
        model.setCapacity(10); // a smaller log (Preferences) removes at once, and says so
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.removedCount(), before + rows - 10);
        QVERIFY(!counts.isEmpty());
    }

    void pauseReadsTheHubOnResume()
    {
        NotificationHub hub;
        hub.setCapacity(5);
        TrafficLogModel model;
        model.setHub(&hub, [](const StreamKey &key, const NotificationSample &sample) {
            return TrafficEntry::notification(key.device.toString(), key.handle, {}, sample, nullptr);
        });
        model.setPaused(true);
        hub.addBatch(Strap, { hrm(1, 1), hrm(2, 2), hrm(3, 3) });
        QCOMPARE(model.pendingCount(), 3);
        QCOMPARE(model.rowCount(), 0);
        // Meanwhile the hub forgets the oldest: counted when the log catches up.
        hub.addBatch(Strap, { hrm(4, 4), hrm(5, 5), hrm(6, 6), hrm(7, 7) });
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.droppedCount(), qint64(2));
        QCOMPARE(model.entry(4).timestampUs, 7);
        // clear() forgets what the hub holds now, and hub.clear() does not make it skip.
        model.clear();
        hub.clear();
        hub.addBatch(Strap, { hrm(9, 9) });
        model.flush();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).timestampUs, 9);
    }

    void gapsAreShown()
    {
        NotificationHub hub;
        TrafficLogModel model;
        model.setHub(&hub, [](const StreamKey &key, const NotificationSample &sample) {
            return TrafficEntry::notification(key.device.toString(), key.handle, {}, sample, nullptr);
        });
        hub.inlet()->setLimitBytes(1);
        hub.inlet()->push(Strap, { hrm(1, 1), hrm(2, 2) });
        hub.drainInlet();
        model.flush();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).direction, TrafficEntry::Direction::Event);
        QVERIFY2(model.entry(0).error.contains(QStringLiteral("2 value")), qPrintable(model.entry(0).error));
    }

    // Thousands of entries per flush stay one insert each (functional; no timing).
    void highRate()
    {
        TrafficLogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int flush = 0; flush < 20; ++flush) {
            QList<TrafficEntry> entries;
            for (int i = 0; i < 5000; ++i)
                entries << entry(i);
            model.appendBatch(entries);
            model.flush();
        }
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(inserted.size(), 20);
        model.appendBatch({ entry(1) });
        model.flush();
        QVERIFY(model.rowCount() <= model.capacity());
    }
};

QTEST_MAIN(TestTrafficLogModel)
#include "tst_trafficlogmodel.moc"
