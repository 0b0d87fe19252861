// SPDX-License-Identifier: MIT
// PlotPanel offscreen: streams in, frames out, pause, cursor, colours, exports.
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/ui/plot/heartrateview.h>
#include <gattscope/ui/plot/plotcanvas.h>
#include <gattscope/ui/plot/plotpanel.h>
#include <gattscope/ui/plot/plotstatsmodel.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gattscope;

namespace {

const DeviceAddress Strap(0xC098E5490001);
const DeviceAddress Sensor(0xC098E5490002);
const qint64 T0 = 1'700'000'000'000'000;

Notification hrm(quint8 bpm, qint64 tUs, quint16 rr = 0)
{
    Notification n;
    n.handle = 0x0E;
    n.value.append(char(rr ? 0x16 : 0x06));
    n.value.append(char(bpm));
    if (rr) {
        n.value.append(char(rr & 0xFF));
        n.value.append(char(rr >> 8));
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

// Seconds [from, to) of both sensors: HR at 1 Hz, accelerometer at 100 Hz.
void feed(NotificationHub &hub, int from, int to)
{
    for (int s = from; s < to; ++s) {
        hub.addBatch(Strap, { hrm(quint8(60 + s % 10), T0 + s * 1'000'000LL, quint16(1000 + s)) });
        QList<Notification> batch;
        for (int i = 0; i < 100; ++i) {
            const int k = s * 100 + i;
            batch.append(accel(qint16(k % 2000 - 1000), qint16(500), qint16(-k % 700), T0 + k * 10'000LL));
        }
        hub.addBatch(Sensor, batch);
    }
}

} // namespace

class TestPlotPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smoke()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(900, 600);
        panel.show();
        const int hr = panel.addStream({ Strap, 0x0E }, QStringLiteral("Strap"),
                                       DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        const int acc = panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        QCOMPARE(panel.streams(), (QList<int> { hr, acc }));
        // bpm, ms and g: three stacked plots; x, y and z share one.
        QCOMPARE(panel.canvas()->plotCount(), 3);
        QCOMPARE(panel.canvas()->plotOf({ acc, 0 }), panel.canvas()->plotOf({ acc, 2 }));
        QCOMPARE(panel.statsModel()->rowCount(), 5);
        QVERIFY(panel.heartRateView(hr));
        QVERIFY(!panel.heartRateView(acc));

        feed(hub, 0, 20);
        QVERIFY(panel.renderFrame());
        QVERIFY(!panel.renderFrame()); // nothing new: no frame
        // Live, 10 s window: the axis ends at the newest point.
        const QCPRange range = panel.canvas()->graphOf({ acc, 0 })->keyAxis()->range();
        QVERIFY(qAbs(range.upper - (19.99)) < 1e-6);
        QVERIFY(qAbs(range.size() - 10.0) < 1e-6);
        QVERIFY(!panel.canvas()->graphOf({ acc, 0 })->data()->isEmpty());
        QCOMPARE(panel.heartRateView(hr)->bpmText(), QStringLiteral("69"));
        QVERIFY(panel.heartRateView(hr)->contactText().contains(QStringLiteral("Sensor contact")));
        QCOMPARE(panel.statsModel()->index(0, int(PlotStatsModel::Column::Last)).data().toString(),
                 QStringLiteral("69"));
        // Frames are queued replots that do happen.
        QSignalSpy replotted(panel.canvas(), &QCustomPlot::afterReplot);
        feed(hub, 20, 21);
        QVERIFY(panel.renderFrame());
        QVERIFY(replotted.wait());

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("plots.png"));
        const QString pdf = dir.filePath(QStringLiteral("plots.pdf"));
        QVERIFY(panel.exportPng(png).ok());
        QVERIFY(QFileInfo(png).size() > 1000);
        QVERIFY(panel.exportPdf(pdf).ok());
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString csv = dir.filePath(QStringLiteral("plots.csv"));
        QVERIFY(panel.exportCsv(csv).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // Header + 21 bpm + 21 RR + 3 × 2100 accelerometer rows: everything, not the window.
        QCOMPARE(f.readAll().count('\n'), 1 + 21 + 21 + 3 * 2100);
    }

    void frameTimerDrawsWithoutHelp()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(600, 400);
        panel.show();
        panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        QSignalSpy replotted(panel.canvas(), &QCustomPlot::afterReplot);
        feed(hub, 0, 1);
        QVERIFY(replotted.wait());
    }

    // Nobody sees a hidden or minimised plot: new data schedules no frame then, and what
    // arrived meanwhile is drawn as soon as the plot is back on screen.
    void noFramesWhileHiddenOrMinimised()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(600, 400);
        panel.show();
        const int acc = panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        PlotCanvas *canvas = panel.canvas();
        QSignalSpy replotted(canvas, &QCustomPlot::afterReplot);
        feed(hub, 0, 1);
        QVERIFY(replotted.wait());
        QTRY_VERIFY(!canvas->isFramePending()); // idle: nothing new

        panel.hide();
        feed(hub, 1, 2);
        QVERIFY(!canvas->isFramePending());
        replotted.clear();
        panel.show();
        QVERIFY(canvas->isFramePending());
        QVERIFY(replotted.wait());
        // The frame drawn on return holds what arrived while hidden.
        QCOMPARE(canvas->graphOf({ acc, 0 })->data()->constEnd()[-1].key, 1.99);
        QTRY_VERIFY(!canvas->isFramePending());

        panel.showMinimized();
        feed(hub, 2, 3);
        QVERIFY(!canvas->isFramePending());
        replotted.clear();
        panel.showNormal();
        QTRY_VERIFY(canvas->isFramePending() || replotted.count() > 0);
        QVERIFY(replotted.count() > 0 || replotted.wait());
        QCOMPARE(canvas->graphOf({ acc, 0 })->data()->constEnd()[-1].key, 2.99);
    }

    // The cursor has a paint buffer of its own only while it is shown: moving it then redraws
    // that layer, not the plots; otherwise it costs no buffer in every frame.
    void cursorLayerBufferedOnlyWhenShown()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(600, 400);
        panel.show();
        panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        feed(hub, 0, 2);
        PlotCanvas *canvas = panel.canvas();
        QVERIFY(panel.renderFrame());
        QCOMPARE(canvas->layer(QStringLiteral("cursor"))->mode(), QCPLayer::lmLogical);
        QCOMPARE(canvas->layer(QStringLiteral("overlay"))->mode(), QCPLayer::lmLogical);
        panel.setCursorEnabled(true);
        QCOMPARE(canvas->layer(QStringLiteral("cursor"))->mode(), QCPLayer::lmBuffered);
        canvas->setCursorTimeUs(T0 + 500'000); // the first time: a full replot (new buffers)
        QSignalSpy replotted(canvas, &QCustomPlot::afterReplot);
        canvas->setCursorTimeUs(T0 + 1'000'000);
        QVERIFY(canvas->cursorTimeUs() == T0 + 1'000'000);
        QCOMPARE(replotted.count(), 0); // only the cursor's layer was redrawn
        panel.setCursorEnabled(false);
        QCOMPARE(canvas->layer(QStringLiteral("cursor"))->mode(), QCPLayer::lmLogical);
    }

    void pauseLosesNothing()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(600, 400);
        const int acc = panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        feed(hub, 0, 5);
        QVERIFY(panel.renderFrame());
        QCPGraph *x = panel.canvas()->graphOf({ acc, 0 });
        const double lastKey = (x->data()->constEnd() - 1)->key;

        QSignalSpy paused(&panel, &PlotPanel::pausedChanged);
        panel.setPaused(true);
        QCOMPARE(paused.size(), 1);
        feed(hub, 5, 30);
        QVERIFY(!panel.renderFrame()); // frozen: nothing redrawn
        QCOMPARE((x->data()->constEnd() - 1)->key, lastKey);
        // …but everything was recorded.
        QCOMPARE(panel.recorder()->stream(acc)->series[0]->buffer.size(), 3000);

        panel.setPaused(false);
        QVERIFY(panel.renderFrame());
        QVERIFY(qAbs((x->data()->constEnd() - 1)->key - 29.99) < 1e-6);
    }

    void clearStartsOver()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(600, 400);
        const int acc = panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        feed(hub, 0, 2);
        QVERIFY(panel.renderFrame());
        panel.clearData();
        QCOMPARE(panel.recorder()->stream(acc)->series[0]->buffer.size(), 0);
        // More points than before arrive: nothing of the old ones may stay drawn.
        QList<Notification> batch;
        for (int i = 0; i < 500; ++i)
            batch.append(accel(7000, 0, 0, T0 + 3'000'000 + i * 1000LL));
        hub.addBatch(Sensor, batch);
        QVERIFY(panel.renderFrame());
        QCPGraph *x = panel.canvas()->graphOf({ acc, 0 });
        QVERIFY(!x->data()->isEmpty());
        for (auto it = x->data()->constBegin(); it != x->data()->constEnd(); ++it)
            QCOMPARE(it->value, 7.0);
    }

    void draggingFreezes()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(600, 400);
        const int acc = panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        feed(hub, 0, 3);
        panel.renderFrame();
        QVERIFY(!panel.isPaused());
        // What a mouse drag does to the axis.
        panel.canvas()->graphOf({ acc, 0 })->keyAxis()->moveRange(-1.0);
        QVERIFY(panel.isPaused());
        QVERIFY(panel.renderFrame()); // the view changed: redrawn
    }

    void decimatesToThePixelColumns()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(700, 400);
        panel.show();
        const int acc = panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        panel.setWindow(std::chrono::milliseconds(0)); // all
        feed(hub, 0, 100); // 10,000 points per axis
        QVERIFY(panel.renderFrame());
        QCPGraph *x = panel.canvas()->graphOf({ acc, 0 });
        const int columns = x->keyAxis()->axisRect()->width();
        QVERIFY(columns > 100);
        // At most a minimum and a maximum per column of about a pixel (plus the edges).
        QVERIFY(x->data()->size() <= 2 * columns + 8);
        // The envelope is intact: the extremes of the data are drawn.
        bool foundMin = false, foundMax = false;
        for (auto it = x->data()->constBegin(); it != x->data()->constEnd(); ++it) {
            foundMin |= it->value == -1.0;
            foundMax |= it->value == 0.999;
        }
        QVERIFY(foundMin && foundMax);
    }

    // Antialiasing where it shows: sparse series (long segments) smooth at 1.5 px, dense ones
    // (about a point per pixel column) plain 1 px lines, which cost a third to draw.
    void smoothOnlyWhereItShows()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(900, 600);
        panel.show();
        const int hr = panel.addStream({ Strap, 0x0E }, QStringLiteral("Strap"),
                                       DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        const int acc = panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        feed(hub, 0, 20); // 10 s window: 10 bpm points, ~1,000 accelerometer points per axis
        QVERIFY(panel.renderFrame());
        const QCPGraph *bpm = panel.canvas()->graphOf({ hr, 0 });
        const QCPGraph *x = panel.canvas()->graphOf({ acc, 0 });
        QVERIFY(x->data()->size() * 4 > x->keyAxis()->axisRect()->width());
        QVERIFY(bpm->antialiased());
        QCOMPARE(bpm->pen().widthF(), 1.5);
        QVERIFY(!x->antialiased());
        QCOMPARE(x->pen().widthF(), 1.0);

        // Zoomed in to half a second, the accelerometer's segments are long: smooth too.
        panel.setWindow(std::chrono::milliseconds(500));
        feed(hub, 20, 21);
        QVERIFY(panel.renderFrame());
        QVERIFY(x->data()->size() * 4 <= x->keyAxis()->axisRect()->width());
        QVERIFY(x->antialiased());
        QCOMPARE(x->pen().widthF(), 1.5);
    }

    void cursorReadsValues()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        panel.resize(600, 400);
        const int hr = panel.addStream({ Strap, 0x0E }, QStringLiteral("Strap"),
                                       DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        feed(hub, 0, 10);
        panel.renderFrame();
        panel.setCursorEnabled(true);
        panel.canvas()->setCursorTimeUs(T0 + 3'500'000);
        // The last bpm at or before 3.5 s is the one of second 3.
        QCOMPARE(panel.canvas()->valueAt({ hr, 0 }, T0 + 3'500'000)->y, 63.0);
        QCOMPARE(panel.statsModel()->index(0, int(PlotStatsModel::Column::Cursor)).data().toString(),
                 QStringLiteral("63"));
        panel.setCursorEnabled(false);
        QVERIFY(
            panel.statsModel()->index(0, int(PlotStatsModel::Column::Cursor)).data().toString().isEmpty());
    }

    void coloursStayPut()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        const int a = panel.addStream({ Strap, 0x0E }, QStringLiteral("Strap"),
                                      DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        const int b = panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        const QColor bz = panel.canvas()->graphOf({ b, 2 })->pen().color();
        const QColor ax = panel.canvas()->graphOf({ a, 0 })->pen().color();
        QVERIFY(bz != ax);
        panel.removeStream(a);
        QCOMPARE(panel.canvas()->graphOf({ b, 2 })->pen().color(), bz);
        QCOMPARE(panel.canvas()->plotCount(), 1);
        QCOMPARE(panel.statsModel()->rowCount(), 3);
        QVERIFY(!panel.heartRateView(a));
        // The freed colour goes to the next series.
        const int c = panel.addStream({ Strap, 0x0E }, QStringLiteral("Strap"),
                                      DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        QCOMPARE(panel.canvas()->graphOf({ c, 0 })->pen().color(), ax);
    }

    void axisLabelsCarryUnits()
    {
        NotificationHub hub;
        PlotPanel panel(&hub);
        const int hr = panel.addStream({ Strap, 0x0E }, QStringLiteral("Strap"),
                                       DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        const int acc = panel.addStream({ Sensor, 0x20 }, QStringLiteral("Accel"), accelSpec());
        QCOMPARE(panel.canvas()->graphOf({ hr, 0 })->valueAxis()->label(),
                 QStringLiteral("Heart rate (bpm)"));
        QCOMPARE(panel.canvas()->graphOf({ hr, 1 })->valueAxis()->label(),
                 QStringLiteral("RR interval (ms)"));
        QCOMPARE(panel.canvas()->graphOf({ acc, 0 })->valueAxis()->label(), QStringLiteral("x, y, z (g)"));
        QCOMPARE(panel.canvas()->graphOf({ acc, 1 })->name(), QStringLiteral("Accel · y"));
    }
};

QTEST_MAIN(TestPlotPanel)
#include "tst_plotpanel.moc"
