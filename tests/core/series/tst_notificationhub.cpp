// SPDX-License-Identifier: MIT
// NotificationHub: per-stream storage (SampleStream), the memory budget and its evictions,
// the bounded hand-off from backend threads (NotificationInlet), consumers' cursors across
// clear(), and the file recorder reading it.
#include <gattscope/core/export/notificationrecorder.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/notificationinlet.h>
#include <gattscope/core/series/samplestream.h>
#include <gattscope/core/series/streamcursor.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace gattscope;

namespace {
QList<Notification> batch(quint16 handle, int count, int startValue, qint64 t0 = 1'700'000'000'000'000,
                          int size = 2)
{
    QList<Notification> out;
    for (int i = 0; i < count; ++i) {
        QByteArray v(size, '\0');
        v[0] = char((startValue + i) & 0xFF);
        v[1] = char(((startValue + i) >> 8) & 0xFF);
        out.append({ handle, v, t0 + (startValue + i) * 1000, Notification::Kind::Notification });
    }
    return out;
}
const DeviceAddress kDev(0xC0FFEE000001ull, AddressType::RandomStatic);
const DeviceAddress kOther(0xC0FFEE000002ull, AddressType::RandomStatic);

quint16 valueOf(const NotificationSample &s)
{
    return quint16(quint8(s.value.at(0)) | (quint8(s.value.at(1)) << 8));
}
} // namespace

class TestNotificationHub : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --- SampleStream (what RingBuffer was: keeps the newest, counts what it dropped)
    void streamKeepsNewestAndCountsOverwritten()
    {
        SampleStream stream;
        QVERIFY(stream.isEmpty());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(
                stream.append(i, QByteArray(1, char(i * 10)), Notification::Kind::Notification, quint64(i)),
                quint64(i));
        stream.trimTo(4);
        QCOMPARE(stream.size(), 4);
        QCOMPARE(stream.firstSequence(), quint64(6));
        QCOMPARE(stream.endSequence(), quint64(10));
        QCOMPARE(stream.overwritten(), quint64(6));
        QVERIFY(!stream.contains(5));
        QVERIFY(stream.contains(6));
        QCOMPARE(quint8(stream.at(6).value.at(0)), quint8(60));
        QCOMPARE(quint8(stream.at(9).value.at(0)), quint8(90));
        QCOMPARE(stream.at(9).timestampUs, 9);
    }

    void streamCostsWhatItHolds()
    {
        // Memory grows with what is held, in small chunks at first: three values cost
        // about a kilobyte, not a capacity reserved up front.
        SampleStream stream;
        for (int i = 0; i < 3; ++i)
            stream.append(i, QByteArray(1, char(i)), Notification::Kind::Notification, quint64(i));
        QCOMPARE(stream.size(), 3);
        QCOMPARE(stream.at(2).timestampUs, 2);
        QCOMPARE(stream.overwritten(), 0ull);
        QVERIFY2(stream.memoryUsed() < 2048, qPrintable(QString::number(stream.memoryUsed())));
        // A flood of 20-byte values: about 35 bytes each, chunk overhead included.
        for (int i = 0; i < 100'000; ++i)
            stream.append(i, QByteArray(20, 'x'), Notification::Kind::Notification, quint64(i));
        const double perValue = double(stream.memoryUsed()) / double(stream.size());
        QVERIFY2(perValue < 40, qPrintable(QString::number(perValue)));
    }

    void streamReadsRangesAndGaps()
    {
        SampleStream stream;
        for (int i = 0; i < 3000; ++i)
            stream.append(i, QByteArray(20, char(i & 0x7F)), Notification::Kind::Notification, quint64(i));
        stream.appendGap(5000, 17, 3000);
        stream.append(6000, QByteArray("last"), Notification::Kind::Indication, 3018);
        QCOMPARE(stream.missing(), 17ull);
        quint64 expected = 100;
        int values = 0;
        int gaps = 0;
        stream.forEach(100, stream.endSequence(), [&](quint64 seq, const NotificationSample &s) {
            QCOMPARE(seq, expected++);
            if (s.isGap()) {
                ++gaps;
                QCOMPARE(s.missing, 17u);
                QVERIFY(s.value.isEmpty());
            } else {
                ++values;
            }
        });
        QCOMPARE(values, 2900 + 1);
        QCOMPARE(gaps, 1);
        QCOMPARE(stream.at(stream.endSequence() - 1).value, QByteArrayView("last"));
        QCOMPARE(stream.at(stream.endSequence() - 1).kind, Notification::Kind::Indication);
        // Random access agrees with the walk across chunk boundaries.
        for (quint64 seq : { 0ull, 1ull, 31ull, 32ull, 1023ull, 2999ull })
            QCOMPARE(stream.at(seq).timestampUs, qint64(seq));
    }

    // --- the hub
    void announcesByRangeOncePerBatchAndStream()
    {
        NotificationHub hub;
        QSignalSpy added(&hub, &NotificationHub::samplesAdded);
        QSignalSpy streams(&hub, &NotificationHub::streamAdded);
        QSignalSpy batches(&hub, &NotificationHub::batchAdded);
        QList<Notification> mixed = batch(0x10, 3, 0);
        mixed += batch(0x20, 2, 100);
        mixed += batch(0x10, 2, 3);
        hub.addBatch(kDev, mixed);
        QCOMPARE(streams.size(), 2);
        QCOMPARE(added.size(), 2);
        QCOMPARE(batches.size(), 1);
        const auto first = added.at(0);
        QCOMPARE(first.at(0).value<StreamKey>().handle, quint16(0x10));
        QCOMPARE(first.at(1).toULongLong(), 0ull);
        QCOMPARE(first.at(2).toULongLong(), 5ull);
        const SampleStream *stream = hub.stream({ kDev, 0x10 });
        QVERIFY(stream);
        // Order within a stream is arrival order.
        for (quint64 s = 0; s < 5; ++s)
            QCOMPARE(quint8(stream->at(s).value.at(0)), quint8(s));
        QCOMPARE(hub.totalReceived(), 7ull);
        QVERIFY(!hub.stream({ kDev, 0x30 }));
    }

    void perStreamCapacityKeepsTheNewest()
    {
        NotificationHub hub;
        hub.setCapacity(4);
        for (int b = 0; b < 10; ++b)
            hub.addBatch(kDev, batch(0x2A, 1, b));
        const SampleStream *s = hub.stream({ kDev, 0x2A });
        QCOMPARE(s->size(), 4);
        QCOMPARE(s->firstSequence(), 6ull);
        QCOMPARE(valueOf(s->at(9)), quint16(9));
    }

    void budgetEvictsTheOldestAcrossStreams()
    {
        NotificationHub hub;
        hub.setMemoryBudget(NotificationHub::MinimumMemoryBudget); // 1 MiB
        QSignalSpy loss(&hub, &NotificationHub::lossChanged);
        // A slow stream first, then a flood well past the budget.
        hub.addBatch(kOther, batch(0x0E, 60, 0));
        for (int b = 0; b < 100; ++b)
            hub.addBatch(kDev, batch(0x20, 1000, b * 1000, 1'700'000'000'000'000, 20));
        QVERIFY(hub.memoryUsed() <= hub.memoryBudget());
        QVERIFY(hub.memoryUsed() > hub.memoryBudget() / 2); // evicts what it must, not everything
        const SampleStream *flood = hub.stream({ kDev, 0x20 });
        QVERIFY(flood->firstSequence() > 0); // the flood's oldest went…
        QCOMPARE(flood->endSequence(), 100'000ull);
        QCOMPARE(valueOf(flood->at(99'999)), quint16(99'999 & 0xFFFF)); // … never its newest
        // The slow stream holds far less than its fair share: it keeps its history.
        const SampleStream *slow = hub.stream({ kOther, 0x0E });
        QCOMPARE(slow->firstSequence(), 0ull);
        QCOMPARE(slow->size(), 60);
        // Counted, and said.
        QCOMPARE(hub.evictedCount(), flood->firstSequence());
        QVERIFY(!loss.isEmpty());
    }

    void budgetAppliesWhenLowered()
    {
        NotificationHub hub;
        for (int b = 0; b < 40; ++b)
            hub.addBatch(kDev, batch(0x20, 1000, b * 1000, 0, 20));
        const qint64 before = hub.memoryUsed();
        QVERIFY(before > 1'000'000);
        hub.setMemoryBudget(before / 2);
        QCOMPARE(hub.memoryBudget(), qMax(before / 2, NotificationHub::MinimumMemoryBudget));
        QVERIFY(hub.memoryUsed() <= hub.memoryBudget());
        QVERIFY(hub.evictedCount() > 0);
    }

    void aBudgetCostsNothingUntilFilled()
    {
        // Neither a huge budget nor a huge per-stream cap reserves anything up front.
        NotificationHub hub;
        hub.setMemoryBudget(64LL * 1024 * 1024 * 1024);
        hub.setCapacity(1'000'000'000);
        hub.addBatch(kDev, batch(0x2A, 3, 0));
        QVERIFY(hub.memoryUsed() < 4096);
        QCOMPARE(hub.stream({ kDev, 0x2A })->size(), 3);
    }

    void cursorCountsEvictionsAsLost()
    {
        NotificationHub hub;
        hub.setCapacity(10);
        StreamCursor cursor({ kDev, 0x2A });
        hub.addBatch(kDev, batch(0x2A, 5, 0));
        StreamCursor::Span span = cursor.next(hub);
        QCOMPARE(span.first, 0ull);
        QCOMPARE(span.end, 5ull);
        QCOMPARE(span.lost, 0ull);
        // The consumer falls behind: 25 more arrive, the stream keeps 10.
        for (int b = 0; b < 5; ++b)
            hub.addBatch(kDev, batch(0x2A, 5, 5 + b * 5));
        span = cursor.next(hub);
        QCOMPARE(span.lost, 15ull); // 5..19 went before it read them
        QCOMPARE(span.first, 20ull);
        QCOMPARE(span.end, 30ull);
        QVERIFY(cursor.next(hub).isEmpty());
    }

    void clearStartsANewGeneration()
    {
        NotificationHub hub;
        QSignalSpy cleared(&hub, &NotificationHub::cleared);
        StreamCursor cursor({ kDev, 0x2A });
        hub.addBatch(kDev, batch(0x2A, 100, 0));
        QCOMPARE(cursor.next(hub).end, 100ull);
        const quint64 generation = hub.generation();
        hub.clear();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(hub.generation(), generation + 1);
        QVERIFY(hub.streams().isEmpty());
        QCOMPARE(hub.memoryUsed(), 0);
        // New values start again at sequence 0: a reader that remembered "100" must not skip
        // them (nor count the old ones as lost).
        hub.addBatch(kDev, batch(0x2A, 3, 500));
        const StreamCursor::Span span = cursor.next(hub);
        QVERIFY(span.restarted);
        QCOMPARE(span.first, 0ull);
        QCOMPARE(span.end, 3ull);
        QCOMPARE(span.lost, 0ull);
        QCOMPARE(valueOf(hub.stream({ kDev, 0x2A })->at(0)), quint16(500));
        // A clear between two batches with the same count of values is still seen.
        hub.clear();
        hub.addBatch(kDev, batch(0x2A, 3, 900));
        const StreamCursor::Span again = cursor.next(hub);
        QVERIFY(again.restarted);
        QCOMPARE(again.size(), 3ull);
        QCOMPARE(valueOf(hub.stream({ kDev, 0x2A })->at(again.first)), quint16(900));
    }

    // --- the hand-off from backend threads
    void inletWakesOncePerDrain()
    {
        NotificationHub hub;
        QSignalSpy batches(&hub, &NotificationHub::batchAdded);
        NotificationInlet::Sink sink = hub.inlet()->sink(kDev);
        // From another thread, many batches while this thread is not looking.
        QThread *producer = QThread::create([&sink] {
            for (int b = 0; b < 200; ++b)
                sink(batch(0x2A, 10, b * 10));
        });
        producer->start();
        QVERIFY(producer->wait(10000));
        delete producer;
        QVERIFY(batches.isEmpty()); // nothing reaches the hub outside its event loop
        QTRY_COMPARE(hub.totalReceived(), 2000ull);
        QCOMPARE(batches.size(), 1); // one wake-up, one drain
        QCOMPARE(hub.stream({ kDev, 0x2A })->size(), 2000);
        QCOMPARE(hub.droppedCount(), 0ull);
    }

    // Paced: while values keep coming, one drain per interval however many wake-ups they
    // would have caused; the first value after a quiet spell is drained at once.
    void pacedInletDrainsOncePerInterval()
    {
        NotificationHub hub;
        hub.inlet()->setPacing(std::chrono::milliseconds(300));
        QCOMPARE(hub.inlet()->pacing(), std::chrono::milliseconds(300));
        QSignalSpy batches(&hub, &NotificationHub::batchAdded);
        NotificationInlet::Sink sink = hub.inlet()->sink(kDev);
        sink(batch(0x2A, 1, 0));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(batches.size(), 1); // at once: the door was open
        // Values arriving after that drain wait for the interval: pushed and the event loop
        // turned, they are still queued.
        sink(batch(0x2A, 1, 1));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(batches.size(), 1);
        sink(batch(0x2A, 1, 2));
        QVERIFY(batches.wait()); // the pace timer's drain takes both
        QCOMPARE(batches.size(), 2);
        QCOMPARE(hub.totalReceived(), 3ull);
        // Nothing comes during the next interval: that drain is empty, announces nothing and
        // opens the door.
        QVERIFY(!batches.wait(600));
        sink(batch(0x2A, 1, 3));
        QCoreApplication::sendPostedEvents(); // the wake-up: no timer can run in here
        QCOMPARE(batches.size(), 3); // at once again, not after the interval
        QCOMPARE(hub.totalReceived(), 4ull);

        // Pacing off while values are held back: they are drained, not stranded.
        sink(batch(0x2A, 1, 4));
        hub.inlet()->setPacing(std::chrono::milliseconds(0));
        QTRY_COMPARE(hub.totalReceived(), 5ull);
        sink(batch(0x2A, 1, 5));
        QTRY_COMPARE(hub.totalReceived(), 6ull);
    }

    void inletIsBoundedAndCountsWhatItDrops()
    {
        NotificationHub hub;
        QSignalSpy loss(&hub, &NotificationHub::lossChanged);
        NotificationInlet *inlet = hub.inlet();
        inlet->setLimitBytes(100 * NotificationInlet::costOf(batch(0x2A, 1, 0).first()));
        inlet->push(kDev, batch(0x2A, 60, 0));
        inlet->push(kDev, batch(0x2A, 30, 60)); // 90 queued
        inlet->push(kDev, batch(0x2A, 30, 90)); // would make 120: dropped whole
        inlet->push(kOther, batch(0x0E, 20, 0)); // also past the bound
        QVERIFY(inlet->queuedBytes() <= inlet->limitBytes());
        QCOMPARE(inlet->droppedTotal(), 50ull);
        QTRY_COMPARE(hub.totalReceived(), 140ull);
        QCOMPARE(hub.droppedCount(), 50ull);
        QVERIFY(!loss.isEmpty());
        // What was dropped is a gap in its stream, after what was queued.
        const SampleStream *s = hub.stream({ kDev, 0x2A });
        QCOMPARE(s->endSequence(), 91ull); // 90 values + one gap record
        QVERIFY(s->at(90).isGap());
        QCOMPARE(s->at(90).missing, 30u);
        QCOMPARE(s->missing(), 30ull);
        const SampleStream *other = hub.stream({ kOther, 0x0E });
        QVERIFY(other);
        QCOMPARE(other->size(), 1);
        QCOMPARE(other->at(0).missing, 20u);
        // Drained: room again.
        QCOMPARE(inlet->queuedBytes(), 0);
        inlet->push(kDev, batch(0x2A, 30, 120));
        QTRY_COMPARE(hub.stream({ kDev, 0x2A })->endSequence(), 121ull);
    }

    void sinkOutlivesTheHub()
    {
        NotificationInlet::Sink sink;
        {
            NotificationHub hub;
            sink = hub.inlet()->sink(kDev);
        }
        sink(batch(0x2A, 5, 0)); // a backend thread racing with the window's end: harmless
        QCoreApplication::processEvents();
    }

    // --- the file recorder
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
        QCOMPARE(rec.missingCount(), 0ull);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), (json ? 50 : 51) + 1); // trailing empty after the last newline
        const QByteArray last = lines.at(lines.size() - 2);
        QVERIFY2(last.contains("3100"), last.constData()); // value 49 = 0x0031 LE
        QVERIFY(last.contains("C0:FF:EE:00:00:01"));
    }

    void recorderWritesGapsAndSurvivesClear()
    {
        QTemporaryDir dir;
        NotificationHub hub;
        hub.addBatch(kDev, batch(0x2A, 3, 0)); // before start(): not part of the recording
        NotificationRecorder rec(&hub);
        const QString file = dir.filePath(QStringLiteral("rec.csv"));
        QVERIFY(!rec.start(file, NotificationRecorder::Format::Csv));
        hub.addBatch(kDev, batch(0x2A, 2, 3));
        // The hand-off drops 7 values: the file says so where it happened.
        hub.inlet()->setLimitBytes(1);
        hub.inlet()->push(kDev, batch(0x2A, 7, 5));
        hub.drainInlet();
        hub.clear();
        hub.addBatch(kDev, batch(0x2A, 2, 100)); // sequences start again at 0: not skipped
        rec.stop();
        QCOMPARE(rec.recordedCount(), 4ull);
        QCOMPARE(rec.missingCount(), 7ull);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2 + 1 + 2);
        QVERIFY(lines.at(0).endsWith("hex,missing"));
        QVERIFY2(lines.at(3).contains(",gap,,7"), lines.at(3).constData());
        QVERIFY2(lines.at(5).contains("6500"), lines.at(5).constData()); // value 101
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
