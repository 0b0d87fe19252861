// SPDX-License-Identifier: MIT
// SeriesRecorder (hub → decoded series), SeriesCsvWriter and ReadPoller.
#include <gattscope/core/backend/pending.h>
#include <gattscope/core/export/seriescsvwriter.h>
#include <gattscope/core/series/notificationinlet.h>
#include <gattscope/core/series/readpoller.h>
#include <gattscope/core/series/seriesrecorder.h>

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gattscope;

namespace {

const DeviceAddress Strap(0xC098E5490001);
const DeviceAddress Sensor(0xC098E5490002);

Notification hrm(quint8 bpm, qint64 tUs, QList<quint16> rr = {})
{
    Notification n;
    n.handle = 0x0E;
    n.value.append(char(rr.isEmpty() ? 0x06 : 0x16));
    n.value.append(char(bpm));
    for (quint16 r : rr) {
        n.value.append(char(r & 0xFF));
        n.value.append(char(r >> 8));
    }
    n.timestampUs = tUs;
    return n;
}

Notification accel(qint16 x, qint16 y, qint16 z, qint64 tUs)
{
    Notification n;
    n.handle = 0x20;
    for (qint16 v : { x, y, z }) {
        n.value.append(char(quint16(v) & 0xFF));
        n.value.append(char(quint16(v) >> 8));
    }
    n.timestampUs = tUs;
    return n;
}

DecoderSpec accelSpec()
{
    return DecoderSpec::forLayout(u"<hhh", 0.001, 0, QStringLiteral("g")).value();
}

} // namespace

class TestSeriesRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesBatchesAndBacklog()
    {
        NotificationHub hub;
        // Data before the plot exists is decoded when the stream is added.
        hub.addBatch(Strap, { hrm(60, 1'000'000), hrm(61, 2'000'000) });
        SeriesRecorder recorder(&hub);
        QSignalSpy appended(&recorder, &SeriesRecorder::dataAppended);
        const int id = recorder.addStream({ Strap, 0x0E }, QStringLiteral("Strap"),
                                          DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        const RecordedStream *s = recorder.stream(id);
        QVERIFY(s);
        QCOMPARE(s->series.size(), size_t(2));
        QCOMPARE(s->series[0]->buffer.size(), 2);

        // One signal per batch, whatever its size.
        appended.clear();
        hub.addBatch(Strap, { hrm(62, 3'000'000, { 1024 }), hrm(63, 4'000'000, { 1000, 1010 }) });
        QCOMPARE(appended.size(), 1);
        QCOMPARE(s->series[0]->buffer.size(), 4);
        QCOMPARE(s->series[1]->buffer.size(), 3);
        QCOMPARE(s->series[0]->stats.last, 63.0);
        QCOMPARE(s->series[0]->stats.min, 60.0);
        QCOMPARE(s->series[0]->stats.mean(), 61.5);
        QCOMPARE(s->decoder->sensorContact(), StreamDecoder::Contact::Detected);

        // Other handles and devices are not this stream's business.
        hub.addBatch(Sensor, { hrm(99, 5'000'000) });
        QCOMPARE(s->series[0]->buffer.size(), 4);
        QCOMPARE(s->received, 4u);
    }

    void malformedValuesAreCounted()
    {
        NotificationHub hub;
        SeriesRecorder recorder(&hub);
        const int id = recorder.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        Notification shortOne = accel(1, 2, 3, 10);
        shortOne.value.chop(1);
        hub.addBatch(Sensor, { accel(1000, 0, -1000, 5), shortOne, accel(0, 0, 0, 20) });
        const RecordedStream *s = recorder.stream(id);
        QCOMPARE(s->decodeErrors, 1u);
        QVERIFY(!s->lastError.isEmpty());
        QCOMPARE(s->series[0]->buffer.size(), 2);
        QCOMPARE(s->series[2]->buffer.at(0).y, -1.0);
    }

    void hubOverrunCountsAsDropped()
    {
        NotificationHub hub;
        hub.setCapacity(4);
        for (int i = 0; i < 10; ++i)
            hub.addBatch(Sensor, { accel(qint16(i), 0, 0, i) });
        SeriesRecorder recorder(&hub);
        const int id = recorder.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        // The backlog starts at what the hub still holds: nothing lost by this stream yet.
        QCOMPARE(recorder.stream(id)->series[0]->buffer.size(), 4);
        QCOMPARE(recorder.stream(id)->dropped(), 0u);
    }

    void droppedValuesLeaveAGapAndAreCounted()
    {
        NotificationHub hub;
        SeriesRecorder recorder(&hub);
        const int id = recorder.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        hub.addBatch(Sensor, { accel(1, 0, 0, 1000), accel(2, 0, 0, 2000) });
        // The GUI thread was too busy: the hand-off dropped three values.
        hub.inlet()->setLimitBytes(1);
        hub.inlet()->push(Sensor, { accel(3, 0, 0, 3000), accel(4, 0, 0, 4000), accel(5, 0, 0, 5000) });
        hub.drainInlet();
        hub.addBatch(Sensor, { accel(6, 0, 0, 6000), accel(7, 0, 0, 7000) });
        const RecordedStream *s = recorder.stream(id);
        QCOMPARE(s->handOffLost, 3u);
        QCOMPARE(s->dropped(), 3u); // the statistics table's "Dropped"
        QCOMPARE(s->received, 4u);
        const SeriesBuffer &x = s->series[0]->buffer;
        QCOMPARE(x.size(), 4);
        QCOMPARE(x.gapCount(), 1);
        QVERIFY(x.hasGapBetween(2000, 6000)); // the plot breaks its line there…
        QVERIFY(!x.hasGapBetween(1000, 2000)); // … and nowhere else
        QVERIFY(!x.hasGapBetween(6000, 7000));
    }

    void evictionBeforeDecodingLeavesAGapAndIsCounted()
    {
        NotificationHub hub;
        hub.setCapacity(3);
        SeriesRecorder recorder(&hub);
        const int id = recorder.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        hub.addBatch(Sensor, { accel(1, 0, 0, 1000) });
        // One batch larger than the stream may hold: its oldest go before anyone reads them.
        QList<Notification> burst;
        for (int i = 0; i < 10; ++i)
            burst.append(accel(qint16(10 + i), 0, 0, 10'000 + i * 1000));
        hub.addBatch(Sensor, burst);
        const RecordedStream *s = recorder.stream(id);
        QCOMPARE(s->hubLost, 7u);
        QCOMPARE(s->dropped(), 7u);
        const SeriesBuffer &x = s->series[0]->buffer;
        QCOMPARE(x.size(), 4);
        QVERIFY(x.hasGapBetween(1000, 17'000));
        QVERIFY(!x.hasGapBetween(17'000, 19'000));
    }

    void hubClearDoesNotMakeTheRecorderSkip()
    {
        NotificationHub hub;
        SeriesRecorder recorder(&hub);
        const int id = recorder.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        QList<Notification> many;
        for (int i = 0; i < 50; ++i)
            many.append(accel(qint16(i), 0, 0, 1000 + i));
        hub.addBatch(Sensor, many);
        hub.clear();
        hub.addBatch(Sensor, { accel(500, 0, 0, 9000) }); // sequence 0 again
        const RecordedStream *s = recorder.stream(id);
        QCOMPARE(s->received, 51u);
        QCOMPARE(s->dropped(), 0u);
        QCOMPARE(s->series[0]->buffer.last().y, 0.5);
    }

    void seriesCapacityBoundsMemory()
    {
        NotificationHub hub;
        SeriesRecorder recorder(&hub);
        recorder.setSeriesCapacity(100);
        const int id = recorder.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        QList<Notification> batch;
        for (int i = 0; i < 1000; ++i)
            batch.append(accel(qint16(i), 0, 0, i));
        hub.addBatch(Sensor, batch);
        const RecordedSeries &x = *recorder.stream(id)->series[0];
        QCOMPARE(x.buffer.size(), 128); // the capacity, rounded up to a power of two
        QCOMPARE(x.stats.count, 1000u); // statistics cover everything recorded
        QCOMPARE(x.stats.max, 0.999);
    }

    void csvEqualsTheSamples()
    {
        NotificationHub hub;
        SeriesRecorder recorder(&hub);
        const int hr = recorder.addStream({ Strap, 0x0E }, QStringLiteral("Strap, chest"),
                                          DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        const int acc = recorder.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        for (int i = 0; i < 50; ++i) {
            hub.addBatch(
                Strap,
                { hrm(quint8(60 + i % 7), 1'700'000'000'000'000 + i * 1'000'000, { quint16(900 + i) }) });
            hub.addBatch(Sensor,
                         { accel(qint16(i * 37), qint16(-i), 3, 1'700'000'000'000'000 + i * 333'333) });
        }

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(!SeriesCsvWriter::write(recorder, out));
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.first() + '\n', SeriesCsvWriter::header().toUtf8());

        // Every point of every series appears once, with its exact time and value.
        QHash<QString, QList<SeriesPoint>> fromCsv;
        qint64 previous = 0;
        int rows = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].isEmpty())
                continue;
            const QString line = QString::fromUtf8(lines[i]);
            // The label "Strap, chest" is quoted; split around it.
            const QString rest = line.section(QLatin1Char('"'), 2);
            QStringList cols = rest.isEmpty() ? line.split(QLatin1Char(',')) : QStringList();
            if (!rest.isEmpty()) {
                cols = line.section(QLatin1Char('"'), 0, 0).split(QLatin1Char(','));
                cols.last() = line.section(QLatin1Char('"'), 1, 1);
                cols += rest.mid(1).split(QLatin1Char(','));
            }
            QCOMPARE(cols.size(), 8);
            const qint64 t = cols[1].toLongLong();
            QVERIFY(t >= previous); // merged in time order
            previous = t;
            fromCsv[cols[4] + QLatin1Char('/') + cols[5]].append({ t, cols[6].toDouble() });
            ++rows;
        }
        int expectedRows = 0;
        for (int id : { hr, acc }) {
            const RecordedStream *s = recorder.stream(id);
            for (const auto &series : s->series) {
                const QList<SeriesPoint> got = fromCsv.value(s->label + QLatin1Char('/') + series->info.key);
                QCOMPARE(got.size(), series->buffer.size());
                for (qsizetype k = 0; k < got.size(); ++k)
                    QCOMPARE(got[k], series->buffer.at(series->buffer.firstSequence() + quint64(k)));
                expectedRows += int(series->buffer.size());
            }
        }
        QCOMPARE(rows, expectedRows);
        // Ties keep stream order: the strap's heart rate comes first.
        QCOMPARE(QString::fromUtf8(lines[1]),
                 QStringLiteral("2023-11-14T22:13:20.000000Z,1700000000000000,C0:98:E5:49:00:01,0x000e,"
                                "\"Strap, chest\",heart_rate,60,bpm"));
    }

    void csvToUnwritableFileFails()
    {
        NotificationHub hub;
        SeriesRecorder recorder(&hub);
        QTemporaryDir dir;
        const Error error
            = SeriesCsvWriter::write(recorder, dir.filePath(QStringLiteral("no/such/dir/x.csv")));
        QVERIFY(error);
        QVERIFY(!error.message().isEmpty());
    }

    void pollerReadsAtItsInterval()
    {
        int calls = 0;
        Pending<QByteArray> slow;
        ReadPoller poller(
            [&]() -> QFuture<Result<QByteArray>> {
                ++calls;
                if (calls == 2)
                    return slow.future(); // answered later
                if (calls == 3)
                    return Pending<QByteArray>::ready(Error(Error::Kind::Timeout));
                return Pending<QByteArray>::ready(QByteArray::fromHex("5a"));
            },
            std::chrono::milliseconds(5));
        QSignalSpy values(&poller, &ReadPoller::valueRead);
        QSignalSpy failures(&poller, &ReadPoller::readFailed);
        poller.start();
        QTRY_COMPARE(values.size(), 1);
        QCOMPARE(values.first().at(1).toByteArray(), QByteArray::fromHex("5a"));
        // The second read hangs: ticks are skipped, not stacked.
        QTRY_VERIFY(poller.skippedTicks() >= 2);
        QCOMPARE(calls, 2);
        slow.finish(QByteArray::fromHex("5b"));
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures.first().at(0).value<Error>().kind(), Error::Kind::Timeout);
        QTRY_VERIFY(values.size() >= 3);
        poller.stop();
        QVERIFY(!poller.isActive());
    }

    void polledStreamIsPlotted()
    {
        NotificationHub hub;
        SeriesRecorder recorder(&hub);
        quint8 level = 50;
        const int id = recorder.addPolledStream(
            { Strap, 0x30 }, QStringLiteral("Battery"), DecoderSpec::forCharacteristic(Uuid(0x2A19)),
            [&]() {
                QByteArray v;
                v.append(char(level++));
                return Pending<QByteArray>::ready(v);
            },
            std::chrono::milliseconds(2));
        const RecordedStream *s = recorder.stream(id);
        QVERIFY(s->polled);
        QTRY_VERIFY(s->series[0]->buffer.size() >= 3);
        QCOMPARE(s->series[0]->buffer.at(0).y, 50.0);
        QCOMPARE(s->series[0]->info.unit, QStringLiteral("%"));
        QVERIFY(hub.streams().isEmpty()); // polled values stay out of the notification hub
        recorder.removeStream(id);
        QVERIFY(!recorder.stream(id));
    }
};

QTEST_GUILESS_MAIN(TestSeriesRecorder)
#include "tst_seriesrecorder.moc"
