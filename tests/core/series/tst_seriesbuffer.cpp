// SPDX-License-Identifier: MIT
#include <gattscope/core/series/decimator.h>
#include <gattscope/core/series/livedecimator.h>
#include <gattscope/core/series/seriesbuffer.h>

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace gattscope;

namespace {

SeriesEnvelope bruteEnvelope(const SeriesBuffer &b, quint64 first, quint64 end)
{
    SeriesEnvelope env;
    for (quint64 s = qMax(first, b.firstSequence()); s < qMin(end, b.endSequence()); ++s)
        env.add(b.at(s).y, s);
    return env;
}

// A noisy signal with spikes, so min/max sit anywhere inside blocks.
void fill(SeriesBuffer &b, int count, quint32 seed, qint64 stepUs = 1000)
{
    QRandomGenerator rng(seed);
    for (int i = 0; i < count; ++i) {
        double y = std::sin(i * 0.01) * 100 + rng.bounded(10.0);
        if (rng.bounded(500) == 0)
            y += rng.bounded(2) ? 1000 : -1000;
        b.append(qint64(i) * stepUs, y);
    }
}

} // namespace

class TestSeriesBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndWrap()
    {
        SeriesBuffer b(5); // rounded up to 8
        QCOMPARE(b.capacity(), 8);
        QVERIFY(b.isEmpty());
        for (int i = 0; i < 11; ++i)
            QVERIFY(b.append(i * 10, i));
        QCOMPARE(b.size(), 8);
        QCOMPARE(b.firstSequence(), 3u);
        QCOMPARE(b.endSequence(), 11u);
        QCOMPARE(b.overwritten(), 3u);
        QCOMPARE(b.at(3).y, 3.0);
        QCOMPARE(b.last(), (SeriesPoint { 100, 10.0 }));
        QVERIFY(!b.contains(2));
        b.clear();
        QVERIFY(b.isEmpty());
        QVERIFY(b.append(5, 1));
        QCOMPARE(b.at(0).tUs, 5);
    }

    void refusesNonFinite()
    {
        SeriesBuffer b(10);
        QVERIFY(!b.append(0, std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(!b.append(0, std::numeric_limits<double>::infinity()));
        QVERIFY(b.isEmpty());
    }

    void keepsTimeOrder()
    {
        SeriesBuffer b(10);
        b.append(100, 1);
        b.append(50, 2); // the host clock stepped back
        QCOMPARE(b.at(1).tUs, 100);
    }

    void bounds()
    {
        SeriesBuffer b(100);
        for (int i = 0; i < 10; ++i)
            b.append(i / 2 * 10, i); // times 0,0,10,10,20,20,...
        QCOMPARE(b.lowerBound(10), 2u);
        QCOMPARE(b.upperBound(10), 4u);
        QCOMPARE(b.lowerBound(-5), 0u);
        QCOMPARE(b.upperBound(1000), 10u);
        QCOMPARE(b.lowerBound(15), 4u);
        for (quint64 from = 0; from <= 10; ++from)
            for (qint64 t = -5; t <= 50; t += 5)
                QCOMPARE(b.seekForward(t, from), qMax(from, b.lowerBound(t)));
    }

    void envelopeExact_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("count");
        QTest::newRow("tiny") << 1 << 5;
        QTest::newRow("unaligned capacity, wrapped") << 1000 << 5003;
        QTest::newRow("power of two, wrapped") << 4096 << 9000;
        QTest::newRow("not full") << 100000 << 70001;
        QTest::newRow("big, wrapped") << 70000 << 150017;
    }
    void envelopeExact()
    {
        QFETCH(int, capacity);
        QFETCH(int, count);
        SeriesBuffer b(capacity);
        fill(b, count, 42);
        QRandomGenerator rng(7);
        for (int i = 0; i < 300; ++i) {
            const quint64 lo = b.firstSequence() + rng.bounded(quint32(b.size()));
            const quint64 hi = lo + rng.bounded(quint32(b.endSequence() - lo + 1));
            const SeriesEnvelope fast = b.envelope(lo, hi);
            const SeriesEnvelope slow = bruteEnvelope(b, lo, hi);
            QCOMPARE(fast.count, slow.count);
            if (slow.isEmpty())
                continue;
            QCOMPARE(fast.min, slow.min);
            QCOMPARE(fast.max, slow.max);
            QCOMPARE(fast.minSequence, slow.minSequence);
            QCOMPARE(fast.maxSequence, slow.maxSequence);
        }
        // Ranges reaching past what is held are clipped.
        const SeriesEnvelope all = b.envelope(0, b.endSequence() + 10);
        QCOMPARE(all.count, quint64(b.size()));
    }

    void decimateFewPointsUnchanged()
    {
        SeriesBuffer b(100);
        for (int i = 0; i < 10; ++i)
            b.append(i * 1000, i * i);
        const auto pts = Decimator::decimate(b, 2000, 6000, 100);
        // 2..6 plus one neighbour on each side.
        QCOMPARE(pts.size(), size_t(7));
        for (size_t i = 0; i < pts.size(); ++i)
            QCOMPARE(pts[i], b.at(1 + i));
    }

    void decimateEnvelopeExact_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("fromUs");
        QTest::addColumn<qint64>("toUs");
        QTest::newRow("60k into 800 px") << 60000 << 800 << qint64(0) << qint64(60'000'000);
        QTest::newRow("window inside") << 60000 << 333 << qint64(12'345'678) << qint64(48'000'001);
        QTest::newRow("1 column") << 5000 << 1 << qint64(0) << qint64(5'000'000);
        QTest::newRow("window past the end") << 20000 << 500 << qint64(15'000'000) << qint64(40'000'000);
    }
    void decimateEnvelopeExact()
    {
        QFETCH(int, count);
        QFETCH(int, columns);
        QFETCH(qint64, fromUs);
        QFETCH(qint64, toUs);
        SeriesBuffer b(count);
        fill(b, count, 3);
        const auto pts = Decimator::decimate(b, fromUs, toUs, columns);
        QVERIFY(pts.size() <= size_t(columns) * 2 + 2);
        for (size_t i = 1; i < pts.size(); ++i)
            QVERIFY(pts[i - 1].tUs <= pts[i].tUs);

        // Per column, the decimated points have exactly the min and max of the raw points.
        const double span = double(toUs - fromUs);
        quint64 start = b.lowerBound(fromUs);
        for (int c = 0; c < columns; ++c) {
            const qint64 lo = c == 0 ? fromUs - 1 : fromUs + qint64(span * c / columns);
            const qint64 hi = c + 1 == columns ? toUs : fromUs + qint64(span * (c + 1) / columns);
            const quint64 stop = b.upperBound(hi);
            const SeriesEnvelope raw = bruteEnvelope(b, start, stop);
            start = stop;
            SeriesEnvelope got;
            for (const SeriesPoint &p : pts)
                if (p.tUs > lo && p.tUs <= hi && p.tUs >= fromUs)
                    got.add(p.y, 0);
            QCOMPARE(got.isEmpty(), raw.isEmpty());
            if (!raw.isEmpty()) {
                QCOMPARE(got.min, raw.min);
                QCOMPARE(got.max, raw.max);
            }
        }
        // The whole window's envelope matches too.
        const SeriesEnvelope whole = Decimator::envelope(b, fromUs, toUs);
        const SeriesEnvelope wholeRaw = bruteEnvelope(b, b.lowerBound(fromUs), b.upperBound(toUs));
        QCOMPARE(whole.min, wholeRaw.min);
        QCOMPARE(whole.max, wholeRaw.max);
    }

    void liveIncrementalEqualsOneShot()
    {
        // Fed in uneven chunks and reduced after each one, the output is the same as when
        // everything is reduced at once.
        SeriesBuffer all(1 << 16);
        fill(all, 30000, 11, 700);
        const qint64 column = 20'000;

        LiveDecimator once;
        once.reset(column, 0);
        std::vector<SeriesPoint> onceDone, onceTail;
        QVERIFY(once.advance(all, std::numeric_limits<qint64>::max(), onceDone, onceTail));

        SeriesBuffer growing(1 << 16);
        LiveDecimator live;
        live.reset(column, 0);
        std::vector<SeriesPoint> done, tail;
        QRandomGenerator rng(5);
        quint64 fed = 0;
        while (fed < all.endSequence()) {
            const quint64 n = qMin<quint64>(all.endSequence() - fed, rng.bounded(1, 400));
            for (quint64 i = 0; i < n; ++i, ++fed)
                growing.append(all.at(fed).tUs, all.at(fed).y);
            QVERIFY(live.advance(growing, std::numeric_limits<qint64>::max(), done, tail));
        }
        QCOMPARE(done.size(), onceDone.size());
        QVERIFY(done == onceDone);
        QVERIFY(tail == onceTail);

        // Each grid column's output holds exactly the column's min and max.
        std::vector<SeriesPoint> output = done;
        output.insert(output.end(), tail.begin(), tail.end());
        for (qint64 c = 0; c * column <= all.last().tUs; ++c) {
            const SeriesEnvelope raw
                = bruteEnvelope(all, all.lowerBound(c * column), all.lowerBound((c + 1) * column));
            SeriesEnvelope got;
            for (const SeriesPoint &p : output)
                if (p.tUs >= c * column && p.tUs < (c + 1) * column)
                    got.add(p.y, 0);
            QCOMPARE(got.isEmpty(), raw.isEmpty());
            if (!raw.isEmpty()) {
                QCOMPARE(got.min, raw.min);
                QCOMPARE(got.max, raw.max);
                QVERIFY(got.count <= 2);
            }
        }
    }

    void liveSparseKeepsRawPoints()
    {
        SeriesBuffer b(64);
        for (int i = 0; i < 20; ++i)
            b.append(i * 1'000'000LL, i % 3);
        LiveDecimator live;
        live.reset(40'000, 5'500'000); // starts inside second 5
        std::vector<SeriesPoint> done, tail;
        QVERIFY(live.advance(b, std::numeric_limits<qint64>::max(), done, tail));
        // Lead-in (second 5), then 6..18 complete, 19 in the open column.
        QCOMPARE(done.size(), size_t(14));
        QCOMPARE(done.front().tUs, 5'000'000);
        QCOMPARE(done.back().tUs, 18'000'000);
        QCOMPARE(tail.size(), size_t(1));
        QCOMPARE(tail.front().tUs, 19'000'000);
    }

    void liveStopsAtTheLimit()
    {
        SeriesBuffer b(1024);
        for (int i = 0; i < 1000; ++i)
            b.append(i * 1000LL, i);
        LiveDecimator live;
        live.reset(10'000, 0);
        std::vector<SeriesPoint> done, tail;
        QVERIFY(live.advance(b, 100'000, done, tail));
        QCOMPARE(done.back().tUs, 99'000);
        QCOMPARE(tail.size(), size_t(1)); // the first point past the limit
        QCOMPARE(tail.front().tUs, 100'000);
        QCOMPARE(live.doneUntilUs(), 100'000);
        // The limit moves on: the walk continues where it stopped.
        QVERIFY(live.advance(b, 200'000, done, tail));
        QCOMPARE(done.back().tUs, 199'000);
        // A cleared buffer is noticed, even once it has grown past where it was.
        b.clear();
        for (int i = 0; i < 1000; ++i)
            b.append(i * 1000LL, -i);
        QVERIFY(!live.advance(b, 300'000, done, tail));
    }

    void columnWidthLadder_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("width");
        QTest::newRow("60 s / 1500") << qint64(60'000'000) << 1500 << qint64(40'000);
        QTest::newRow("10 s / 1000") << qint64(10'000'000) << 1000 << qint64(10'000);
        QTest::newRow("10 s / 900") << qint64(10'000'000) << 900 << qint64(12'000);
        QTest::newRow("tiny") << qint64(5) << 1000 << qint64(1);
    }
    void columnWidthLadder()
    {
        QFETCH(qint64, span);
        QFETCH(int, columns);
        QFETCH(qint64, width);
        QCOMPARE(LiveDecimator::columnWidthFor(span, columns), width);
    }

    void decimateEmpty()
    {
        SeriesBuffer b(10);
        QVERIFY(Decimator::decimate(b, 0, 100, 10).empty());
        b.append(0, 1);
        QVERIFY(Decimator::decimate(b, 100, 0, 10).empty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesBuffer)
#include "tst_seriesbuffer.moc"
