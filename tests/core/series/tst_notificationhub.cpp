// SPDX-License-Identifier: MIT
#include <gattscope/core/export/notificationrecorder.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/ringbuffer.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gattscope;

namespace {
QList<Notification> batch(quint16 handle, int count, int startValue, qint64 t0 = 1'700'000'000'000'000)
{
    QList<Notification> out;
    for (int i = 0; i < count; ++i) {
        QByteArray v(2, '\0');
        v[0] = char((startValue + i) & 0xFF);
        v[1] = char(((startValue + i) >> 8) & 0xFF);
        out.append({ handle, v, t0 + i * 1000, Notification::Kind::Notification });
    }
    return out;
}
const DeviceAddress kDev(0xC0FFEE000001ull, AddressType::RandomStatic);
} // namespace

class TestNotificationHub : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringKeepsNewestAndCountsOverwritten()
    {
        RingBuffer<int> ring(4);
        QVERIFY(ring.isEmpty());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(ring.append(i * 10), quint64(i));
        QCOMPARE(ring.size(), 4);
        QCOMPARE(ring.firstSequence(), quint64(6));
        QCOMPARE(ring.endSequence(), quint64(10));
        QCOMPARE(ring.overwritten(), quint64(6));
        QVERIFY(!ring.contains(5));
        QVERIFY(ring.contains(6));
        QCOMPARE(ring.at(6), 60);
        QCOMPARE(ring.at(9), 90);
        ring.clear();
        QVERIFY(ring.isEmpty());
    }

    void ringGrowsOnlyWithUse()
    {
        // A billion-sample capacity must cost nothing until it is filled (allocating it
        // up front would need ~40 GB and throw).
        RingBuffer<NotificationSample> ring(1'000'000'000);
        for (int i = 0; i < 3; ++i)
            ring.append({ i, QByteArray(1, char(i)), Notification::Kind::Notification });
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.at(2).timestampUs, 2);
        QCOMPARE(ring.overwritten(), 0ull);
    }

    void announcesByRangeOncePerBatchAndStream()
    {
        NotificationHub hub;
        QSignalSpy added(&hub, &NotificationHub::samplesAdded);
        QSignalSpy streams(&hub, &NotificationHub::streamAdded);
        QList<Notification> mixed = batch(0x10, 3, 0);
        mixed += batch(0x20, 2, 100);
        mixed += batch(0x10, 2, 3);
        hub.addBatch(kDev, mixed);
        QCOMPARE(streams.size(), 2);
        QCOMPARE(added.size(), 2);
        const auto first = added.at(0);
        QCOMPARE(first.at(0).value<StreamKey>().handle, quint16(0x10));
        QCOMPARE(first.at(1).toULongLong(), 0ull);
        QCOMPARE(first.at(2).toULongLong(), 5ull);
        const auto *ring = hub.stream({ kDev, 0x10 });
        QVERIFY(ring);
        // Order within a stream is arrival order.
        for (quint64 s = 0; s < 5; ++s)
            QCOMPARE(quint8(ring->at(s).value.at(0)), quint8(s));
        QCOMPARE(hub.totalReceived(), 7ull);
        QVERIFY(!hub.stream({ kDev, 0x30 }));
    }

    void recorderWritesEverything_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("csv") << false;
        QTest::newRow("jsonl") << true;
    }
    void recorderWritesEverything()
    {
        QFETCH(bool, json);
        QTemporaryDir dir;
        NotificationHub hub;
        hub.setCapacity(8); // smaller than what is recorded: the file must still get all of it
        NotificationRecorder rec(&hub);
        const QString file = dir.filePath(QStringLiteral("rec.txt"));
        QVERIFY(!rec.start(
            file, json ? NotificationRecorder::Format::JsonLines : NotificationRecorder::Format::Csv));
        for (int b = 0; b < 10; ++b)
            hub.addBatch(kDev, batch(0x2A, 5, b * 5));
        rec.stop();
        QCOMPARE(rec.recordedCount(), 50ull);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), (json ? 50 : 51) + 1); // trailing empty after the last newline
        const QByteArray last = lines.at(lines.size() - 2);
        QVERIFY2(last.contains("3100"), last.constData()); // value 49 = 0x0031 LE
        QVERIFY(last.contains("C0:FF:EE:00:00:01"));
    }

    void recorderReportsUnwritableFile()
    {
        NotificationHub hub;
        NotificationRecorder rec(&hub);
        const Error e
            = rec.start(QStringLiteral("/nonexistent-dir/x.csv"), NotificationRecorder::Format::Csv);
        QVERIFY(e);
        QVERIFY(e.toString().contains(QStringLiteral("/nonexistent-dir/x.csv")));
        QVERIFY(!rec.isRecording());
    }
};

QTEST_GUILESS_MAIN(TestNotificationHub)
#include "tst_notificationhub.moc"
