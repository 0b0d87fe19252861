// SPDX-License-Identifier: MIT
// Live plots in the explorer on the Demo dongle: the GATT tree's plot actions, the field-
// layout dialog, polling, data that outlives the link, and the start-up script's --plot.
#include "support/demosession.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/app/gui/startupscript.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/recordedstream.h>
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/ui/common/corebridge.h>
#include <gattscope/ui/plot/heartrateview.h>
#include <gattscope/ui/plot/plotcanvas.h>
#include <gattscope/ui/plot/plotpanel.h>
#include <gattscope/ui/plot/plotsetupdialog.h>
#include <gattscope/ui/plot/seriesref.h>
#include <gattscope/ui/window/preferencesdialog.h>

#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace gattscope;
using namespace gattscope::test;

namespace {

const Uuid HeartRateMeasurement(quint16(0x2A37));
const Uuid BatteryLevel(quint16(0x2A19));
const Uuid Accelerometer = *Uuid::fromString(u"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const QString AccelerometerText = QStringLiteral("6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10");

QStringList seriesKeys(const RecordedStream *stream)
{
    QStringList keys;
    for (const auto &series : stream->series)
        keys << series->info.key;
    return keys;
}

qsizetype fewestPoints(const RecordedStream *stream)
{
    qsizetype fewest = stream->series.empty() ? 0 : std::numeric_limits<qsizetype>::max();
    for (const auto &series : stream->series)
        fewest = std::min(fewest, series->buffer.size());
    return fewest;
}

qsizetype totalPoints(const SeriesRecorder *recorder)
{
    qsizetype total = 0;
    for (int id : recorder->streamIds()) {
        for (const auto &series : recorder->stream(id)->series)
            total += series->buffer.size();
    }
    return total;
}

} // namespace

class TestDemoPlots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    int m_heartRate = 0;
    int m_accelerometer = 0;

    PlotPanel *panel() const { return m_window->plotPanel(); }
    SeriesRecorder *recorder() const { return panel()->recorder(); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(makeBackendCatalog());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openBackend(QStringLiteral("demo")).ok());
        QTRY_COMPARE(m_window->backend()->state(), Backend::State::Scanning);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // Reads here are the test's own (counted, or polled): none after discovery.
        Preferences preferences;
        preferences.readValuesAfterDiscovery = false;
        preferences.save();
        QVERIFY(m_dir.isValid());
        openWindow();
    }

    void cleanupTestCase() { m_window.reset(); }

    void heartRateFromTheTree()
    {
        DeviceTab *t = connectAndDiscover(m_window.get(), HrmStrap);
        QVERIFY(t);
        const Characteristic *hrm = characteristic(t, HeartRateMeasurement);
        QVERIFY(hrm);
        QVERIFY(t->selectHandle(hrm->valueHandle));
        QVERIFY(t->plotNotificationsAction()->isEnabled());
        QVERIFY(!t->plotPollingAction()->isEnabled()); // notify only
        QVERIFY(!t->isSubscribed(hrm->valueHandle));

        // The window's Plot action (Ctrl+Shift+P): a SIG format, so no question asked.
        QCOMPARE(m_window->plotAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        m_window->plotAction()->trigger();
        QTRY_COMPARE(panel()->streams().size(), 1);
        QVERIFY(!m_window->plotSetupDialog());
        m_heartRate = panel()->streams().first();
        const RecordedStream *stream = recorder()->stream(m_heartRate);
        QCOMPARE(stream->key, (StreamKey { HrmStrap, hrm->valueHandle }));
        QVERIFY(!stream->polled);
        QVERIFY(stream->decoder->isHeartRate());
        QCOMPARE(seriesKeys(stream),
                 (QStringList { QStringLiteral("heart_rate"), QStringLiteral("rr_interval") }));
        QCOMPARE(stream->series[0]->info.unit, QStringLiteral("bpm"));
        QCOMPARE(stream->series[1]->info.unit, QStringLiteral("ms"));
        QVERIFY2(stream->label.contains(QStringLiteral("Heart Rate Measurement")), qPrintable(stream->label));
        QVERIFY2(stream->label.contains(QStringLiteral("HRM Strap")), qPrintable(stream->label));

        // Subscribed through the CCCD, and the Plots dock came to the front.
        QTRY_VERIFY(t->isSubscribed(hrm->valueHandle));
        QVERIFY(m_window->plotDock()->isVisible());
        QTRY_VERIFY(!m_window->plotDock()->visibleRegion().isEmpty());

        // The strap measures once a second, each with an RR interval.
        QTRY_VERIFY_WITH_TIMEOUT(fewestPoints(stream) >= 2, 5000);
        QVERIFY(stream->decodeErrors == 0);
        const double bpm = stream->series[0]->buffer.last().y;
        QVERIFY2(bpm > 30 && bpm < 220, qPrintable(QString::number(bpm)));
        panel()->renderFrame();
        QCOMPARE(panel()->canvas()->plotCount(), 2); // bpm and ms
        HeartRateView *view = panel()->heartRateView(m_heartRate);
        QVERIFY(view);
        QTRY_VERIFY(view->bpmText() != QStringLiteral("–"));

        // Asking again plots nothing twice.
        m_window->plotAction()->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(panel()->streams().size(), 1);
    }

    void pollingAReadableCharacteristic()
    {
        DeviceTab *t = m_window->deviceTab(HrmStrap);
        QVERIFY(t);
        const quint16 battery = valueHandle(t, BatteryLevel);
        QVERIFY(t->selectHandle(battery));
        QVERIFY(t->plotPollingAction()->isEnabled());
        t->plotPollingAction()->trigger();
        QTRY_VERIFY(m_window->plotSetupDialog());
        PlotSetupDialog *dialog = m_window->plotSetupDialog();
        QVERIFY(dialog->asksInterval());
        QVERIFY(!dialog->asksLayout()); // Battery Level decodes itself
        QCOMPARE(dialog->interval(), std::chrono::milliseconds(1000)); // the default
        dialog->intervalBox()->setValue(0.1);
        dialog->accept();
        QTRY_COMPARE(panel()->streams().size(), 2);
        const int id = panel()->streams().last();
        const RecordedStream *stream = recorder()->stream(id);
        QVERIFY(stream->polled);
        QCOMPARE(recorder()->poller(id)->interval(), std::chrono::milliseconds(100));
        QTRY_VERIFY_WITH_TIMEOUT(fewestPoints(stream) >= 3, 5000);
        QCOMPARE(stream->series[0]->info.unit, QStringLiteral("%"));

        // Each poll is in the log like any other read.
        QTRY_VERIFY(!entries(m_window->logModel(), TrafficEntry::Direction::Read, battery).isEmpty());
        const TrafficEntry read
            = entries(m_window->logModel(), TrafficEntry::Direction::Read, battery).last();
        QCOMPARE(read.name, QStringLiteral("Battery Level"));
        QCOMPARE(read.device, HrmStrap.toString());
        QCOMPARE(read.value.size(), 1);
        QVERIFY2(read.decoded.contains(u'%'), qPrintable(read.decoded));
        QVERIFY(read.error.isEmpty());
        panel()->removeStream(id); // keeps the next tests' counts simple
        QCOMPARE(panel()->streams().size(), 1);
    }

    void accelerometerAsksForItsLayout()
    {
        DeviceTab *t = connectAndDiscover(m_window.get(), MotionSensor);
        QVERIFY(t);
        const quint16 handle = valueHandle(t, Accelerometer);
        QVERIFY(t->selectHandle(handle));
        QVERIFY(t->plotNotificationsAction()->isEnabled());
        t->plotNotificationsAction()->trigger(); // as from the tree's context menu

        // Its 0x2901 was read first ("Accelerometer x,y,z (mg) <hhh"): it names the stream
        // and suggests the layout.
        QTRY_VERIFY(m_window->plotSetupDialog());
        PlotSetupDialog *dialog = m_window->plotSetupDialog();
        QVERIFY(dialog->asksLayout());
        QVERIFY(!dialog->asksInterval());
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->formatEdit()->text(), QStringLiteral("<hhh"));
        QVERIFY(dialog->isOkEnabled());

        // A bad layout: the parser's message inline, no way to accept it.
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("layoutError"));
        QVERIFY(error);
        QVERIFY(!error->isVisible());
        dialog->formatEdit()->setText(QStringLiteral("<hhq"));
        QVERIFY(!dialog->isOkEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("'q'")), qPrintable(error->text()));
        QCOMPARE(error->text(), dialog->errorText());

        dialog->formatEdit()->setText(QStringLiteral("<hhh"));
        dialog->unitEdit()->setText(QStringLiteral("mg"));
        QVERIFY(dialog->isOkEnabled());
        QVERIFY(!error->isVisible());
        QVERIFY2(dialog->previewText().contains(QStringLiteral("Fields: x, y, z")),
                 qPrintable(dialog->previewText()));
        dialog->accept();

        QTRY_COMPARE(panel()->streams().size(), 2);
        m_accelerometer = panel()->streams().last();
        const RecordedStream *stream = recorder()->stream(m_accelerometer);
        QCOMPARE(seriesKeys(stream),
                 (QStringList { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") }));
        for (const auto &series : stream->series)
            QCOMPARE(series->info.unit, QStringLiteral("mg"));
        QVERIFY2(stream->label.startsWith(QStringLiteral("Accelerometer x,y,z (mg) · gattscope Motion")),
                 qPrintable(stream->label));
        QTRY_VERIFY(t->isSubscribed(handle));
        QTRY_VERIFY_WITH_TIMEOUT(fewestPoints(stream) >= 20, 5000); // 100 Hz
        QCOMPARE(stream->decodeErrors, quint64(0));
        panel()->renderFrame();
        QCOMPARE(panel()->canvas()->plotCount(), 3); // bpm, ms, mg

        // Remembered for the UUID, and the tree decodes with it too.
        QCOMPARE(CoreBridge::userLayout(Accelerometer), QStringLiteral("<hhh"));
        QCOMPARE(CoreBridge::userFieldLayout(Accelerometer).unit(), QStringLiteral("mg"));
        QTRY_VERIFY2(t->treeModel()->decodedValue(handle).startsWith(QStringLiteral("x: ")),
                     qPrintable(t->treeModel()->decodedValue(handle)));
        // Issue 16: and the Typed tab of the selected characteristic, not raw hex, with the
        // layout in its field.
        QCOMPARE(t->selectedHandle(), handle);
        QTRY_VERIFY2(t->valueEditor()->typedText().startsWith(QStringLiteral("x: ")),
                     qPrintable(t->valueEditor()->typedText()));
        QCOMPARE(t->valueEditor()->findChild<QLineEdit *>(QStringLiteral("fieldLayout"))->text(),
                 QStringLiteral("<hhh"));
    }

    void badLayoutCancelledAddsNothing()
    {
        DeviceTab *t = m_window->deviceTab(MotionSensor);
        QVERIFY(t);
        QVERIFY(t->selectHandle(valueHandle(t, Accelerometer)));
        t->plotNotificationsAction()->trigger();
        QTRY_VERIFY(m_window->plotSetupDialog());
        PlotSetupDialog *dialog = m_window->plotSetupDialog();
        QCOMPARE(dialog->unitEdit()->text(), QStringLiteral("mg")); // the remembered layout
        dialog->formatEdit()->setText(QStringLiteral("<hh3"));
        QVERIFY(!dialog->isOkEnabled());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("position")), qPrintable(dialog->errorText()));
        dialog->reject();
        QTRY_VERIFY(!m_window->plotSetupDialog());
        QCOMPARE(panel()->streams().size(), 2);
        QCOMPARE(CoreBridge::userLayout(Accelerometer), QStringLiteral("<hhh")); // unchanged
    }

    void layoutDialogValidates_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("names");
        QTest::addColumn<QString>("scale");
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QString>("error"); // part of the message; empty = valid
        QTest::addColumn<QStringList>("fieldNames");

        const QStringList xyz { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") };
        QTest::newRow("<hhh") << QStringLiteral("<hhh") << QString() << QStringLiteral("1")
                              << QStringLiteral("0") << QString() << xyz;
        QTest::newRow("<3h named") << QStringLiteral("<3h") << QStringLiteral("ax, ay, az")
                                   << QStringLiteral("0.001") << QStringLiteral("0") << QString()
                                   << QStringList { QStringLiteral("ax"), QStringLiteral("ay"),
                                                    QStringLiteral("az") };
        QTest::newRow(">Hx f with offset")
            << QStringLiteral(">Hxf") << QString() << QStringLiteral("0.5") << QStringLiteral("-40")
            << QString() << QStringList { QStringLiteral("f0"), QStringLiteral("f1") };
        QTest::newRow("fewer names") << QStringLiteral("<hh") << QStringLiteral("a") << QStringLiteral("1")
                                     << QStringLiteral("0") << QString()
                                     << QStringList { QStringLiteral("a"), QStringLiteral("f1") };
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("1") << QStringLiteral("0")
                               << QStringLiteral("Enter a field layout") << QStringList {};
        QTest::newRow("unknown code")
            << QStringLiteral("<hhq") << QString() << QStringLiteral("1") << QStringLiteral("0")
            << QStringLiteral("'q' at position 3") << QStringList {};
        QTest::newRow("padding only") << QStringLiteral("2x") << QString() << QStringLiteral("1")
                                      << QStringLiteral("0") << QStringLiteral("no fields") << QStringList {};
        QTest::newRow("too many names")
            << QStringLiteral("<hh") << QStringLiteral("a, b, c") << QStringLiteral("1")
            << QStringLiteral("0") << QStringLiteral("more names (3) than fields (2)") << QStringList {};
        QTest::newRow("same name twice")
            << QStringLiteral("<hh") << QStringLiteral("a, a") << QStringLiteral("1") << QStringLiteral("0")
            << QStringLiteral("'a' is used twice") << QStringList {};
        QTest::newRow("zero scale") << QStringLiteral("<h") << QString() << QStringLiteral("0")
                                    << QStringLiteral("0") << QStringLiteral("must not be zero")
                                    << QStringList {};
        QTest::newRow("scale not a number")
            << QStringLiteral("<h") << QString() << QStringLiteral("fast") << QStringLiteral("0")
            << QStringLiteral("'fast' is not a number") << QStringList {};
        QTest::newRow("offset not a number")
            << QStringLiteral("<h") << QString() << QStringLiteral("1") << QStringLiteral("1..2")
            << QStringLiteral("offset") << QStringList {};
    }

    void layoutDialogValidates()
    {
        QFETCH(QString, format);
        QFETCH(QString, names);
        QFETCH(QString, scale);
        QFETCH(QString, offset);
        QFETCH(QString, error);
        QFETCH(QStringList, fieldNames);

        PlotSetupDialog dialog(QStringLiteral("Test"), true, false);
        dialog.setSampleValue(QByteArray::fromHex("0100020003000400"));
        dialog.formatEdit()->setText(format);
        dialog.namesEdit()->setText(names);
        dialog.scaleEdit()->setText(scale);
        dialog.offsetEdit()->setText(offset);
        QCOMPARE(dialog.isInputValid(), error.isEmpty());
        QCOMPARE(dialog.isOkEnabled(), error.isEmpty());
        QVERIFY2(dialog.errorText().contains(error), qPrintable(dialog.errorText()));
        if (!error.isEmpty()) {
            QVERIFY(dialog.fieldLayout().isEmpty());
            return;
        }
        const FieldLayout layout = dialog.fieldLayout();
        QCOMPARE(layout.names(), fieldNames);
        QCOMPARE(layout.scale(), QLocale::c().toDouble(scale));
        QCOMPARE(layout.offset(), QLocale::c().toDouble(offset));
        QVERIFY2(dialog.previewText().contains(QStringLiteral("Current value")),
                 qPrintable(dialog.previewText()));
    }

    void disconnectKeepsTheRecordedData()
    {
        QCOMPARE(panel()->streams(), (QList<int> { m_heartRate, m_accelerometer }));
        for (const DeviceAddress &device : { HrmStrap, MotionSensor }) {
            DeviceTab *t = m_window->deviceTab(device);
            QVERIFY(t);
            t->disconnectFromDevice();
            QTRY_VERIFY(!t->connection()->isConnected());
        }
        QCoreApplication::processEvents(); // queued batches land
        const qsizetype recorded = totalPoints(recorder());

        // Each disconnect is a line in its device's plots, at the time the log gives it.
        PlotCanvas *canvas = panel()->canvas();
        const int heartPlot = canvas->plotOf(SeriesRef { m_heartRate, 0 });
        const int motionPlot = canvas->plotOf(SeriesRef { m_accelerometer, 0 });
        QVERIFY(heartPlot >= 0 && motionPlot >= 0 && heartPlot != motionPlot);
        QCOMPARE(canvas->markerLines(heartPlot).size(), 1);
        QCOMPARE(canvas->markerLines(motionPlot).size(), 1);
        const QList<TrafficEntry> events = entries(m_window->logModel(), TrafficEntry::Direction::Event, 0);
        const auto logged = std::find_if(events.crbegin(), events.crend(), [](const TrafficEntry &e) {
            return e.event == TrafficEntry::Event::Disconnected && e.device == HrmStrap.toString();
        });
        QVERIFY(logged != events.crend());
        QCOMPARE(canvas->markerLines(heartPlot).first()->point1->coords().x(),
                 double(logged->timestampUs - canvas->originUs()) / 1e6);
        QVERIFY(panel()->hasUnsavedData());
        QVERIFY(fewestPoints(recorder()->stream(m_heartRate)) >= 2);
        QVERIFY(fewestPoints(recorder()->stream(m_accelerometer)) >= 20);
        QCOMPARE(panel()->streams().size(), 2);
        QVERIFY(m_window->notificationHub()->streams().size() >= 2); // the raw values too

        const QString file = m_dir.filePath(QStringLiteral("plots.csv"));
        QVERIFY(panel()->exportCsv(file).ok());
        QVERIFY(!panel()->hasUnsavedData()); // exported: quitting loses nothing
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), recorded + 1); // the header, then one row per point
        const auto rows = [&](const QString &device, const QString &series) {
            return std::count_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
                return line.contains(u',' + device + u',') && line.contains(u',' + series + u',');
            });
        };
        QVERIFY(rows(HrmStrap.toString(), QStringLiteral("heart_rate")) >= 2);
        QVERIFY(rows(HrmStrap.toString(), QStringLiteral("rr_interval")) >= 2);
        for (const QString &axis : { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") })
            QVERIFY(rows(MotionSensor.toString(), axis) >= 20);

        // A reconnect resubscribes the plotted characteristic: the plot carries on.
        const qsizetype beats = recorder()->stream(m_heartRate)->series[0]->buffer.size();
        m_window->connectToDevice(HrmStrap);
        DeviceTab *strap = m_window->deviceTab(HrmStrap);
        const quint16 measurement = recorder()->stream(m_heartRate)->key.handle;
        QTRY_VERIFY_WITH_TIMEOUT(strap->connection()->isConnected() && strap->isSubscribed(measurement),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(recorder()->stream(m_heartRate)->series[0]->buffer.size() > beats, 5000);
        QCOMPARE(panel()->streams().size(), 2);
        QVERIFY(panel()->hasUnsavedData()); // new points since the export
        QCOMPARE(canvas->markerLines(heartPlot).size(), 1); // the line stays after the reconnect

        // Closing the dongle (and with it every tab) loses nothing either.
        const qsizetype before = totalPoints(recorder());
        m_window->closeBackend();
        QCOMPARE(m_window->deviceTabs()->count(), 0);
        QCOMPARE(panel()->streams().size(), 2);
        QCOMPARE(totalPoints(recorder()), before);
    }

    void quitAsksBeforeDroppingUnexportedPlots()
    {
        // No device connected (the dongle is closed), but points not exported since.
        QCOMPARE(m_window->deviceTabs()->count(), 0);
        QVERIFY(panel()->hasUnsavedData());
        {
            QuestionAnswerer cancel(QMessageBox::RejectRole);
            QVERIFY(!m_window->close());
            QVERIFY(cancel.asked());
            QVERIFY2(cancel.text().contains(QStringLiteral("not exported")), qPrintable(cancel.text()));
            QVERIFY2(!cancel.text().contains(QStringLiteral("connected")), qPrintable(cancel.text()));
            QVERIFY(m_window->isVisible());
        }
        // Cleared: nothing to lose, no question.
        panel()->clearData();
        QVERIFY(!panel()->hasUnsavedData());
        QCOMPARE(panel()->canvas()->markerLines(0).size(), 0); // Clear takes the lines too
        QuestionAnswerer none(QMessageBox::RejectRole);
        QVERIFY(m_window->confirmQuit());
        QVERIFY(!none.asked());
    }

    void startupScriptOptions_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::newRow("16-bit") << QStringLiteral("2A37") << true;
        QTest::newRow("with layout") << AccelerometerText + QStringLiteral("=<hhh") << true;
        QTest::newRow("big-endian float") << QStringLiteral("0xFFF1=>f") << true;
        QTest::newRow("not a uuid") << QStringLiteral("heart") << false;
        QTest::newRow("bad layout") << AccelerometerText + QStringLiteral("=<hhq") << false;
        QTest::newRow("padding only") << AccelerometerText + QStringLiteral("=2x") << false;
        QTest::newRow("empty layout") << AccelerometerText + QStringLiteral("=") << false;
    }

    void startupScriptOptions()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        StartupScript script(m_window.get());
        const Status added = script.addPlot(spec);
        QCOMPARE(added.ok(), ok);
        QCOMPARE(added.error().message().isEmpty(), ok);
    }

    void startupScriptPlotsTwoDevices()
    {
        // A fresh window, as `gattscope --demo --connect … --plot …` starts.
        m_window.reset();
        CoreBridge::setUserFieldLayout(Accelerometer, FieldLayout()); // nothing remembered
        openWindow();
        StartupScript script(m_window.get());
        script.addConnectTarget(QStringLiteral("HRM Strap"));
        script.addConnectTarget(MotionSensor.toString());
        QVERIFY(script.addPlot(QStringLiteral("2A37")).ok());
        QVERIFY(script.addPlot(AccelerometerText + QStringLiteral("=<hhh")).ok());
        QSignalSpy finished(&script, &StartupScript::finished);
        script.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<Error>().message(), QString());

        QCOMPARE(m_window->deviceTabs()->count(), 2);
        QCOMPARE(panel()->streams().size(), 2);
        const RecordedStream *heart = recorder()->stream(panel()->streams().first());
        const RecordedStream *accel = recorder()->stream(panel()->streams().last());
        QCOMPARE(heart->key.device, HrmStrap);
        QCOMPARE(seriesKeys(heart).size(), 2);
        QCOMPARE(accel->key.device, MotionSensor);
        QCOMPARE(seriesKeys(accel),
                 (QStringList { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") }));
        QTRY_VERIFY_WITH_TIMEOUT(fewestPoints(heart) >= 1 && fewestPoints(accel) >= 10, 5000);
        QVERIFY(m_window->plotDock()->isVisible());
    }

    void startupScriptReportsWhatItCannotPlot()
    {
        StartupScript script(m_window.get());
        script.addConnectTarget(QStringLiteral("gattscope Motion")); // already connected
        QVERIFY(script.addPlot(AccelerometerText).ok()); // no layout given, none remembered…
        CoreBridge::setUserFieldLayout(Accelerometer, FieldLayout());
        QVERIFY(script.addPlot(QStringLiteral("2A6E")).ok()); // … and not on this device
        QSignalSpy finished(&script, &StartupScript::finished);
        script.start();
        QVERIFY(finished.wait(20000));
        const QString problem = finished.first().first().value<Error>().message();
        QVERIFY2(problem.contains(QStringLiteral("field layout")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("has no characteristic 2A6E")), qPrintable(problem));
        QCOMPARE(panel()->streams().size(), 2); // the plots of the first script only
    }
};

QTEST_MAIN(TestDemoPlots)
#include "tst_demoplots.moc"
