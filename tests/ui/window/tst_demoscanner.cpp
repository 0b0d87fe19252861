// SPDX-License-Identifier: MIT
// The scanner's device state in the explorer on the Demo dongle: a connected device is
// marked and not stale, the beacons' Connect is refused with the reason, and the RSSI plot
// fills from the live scan.
#include "support/demosession.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/core/series/recordedstream.h>
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/ui/plot/plotpanel.h>
#include <gattscope/ui/scanner/scannerfiltermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>
#include <gattscope/ui/window/preferencesdialog.h>
#include <gattscope/ui/window/rssiplotwindow.h>

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

using namespace gattscope;
using namespace gattscope::test;

class TestDemoScanner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    ScannerModel *model() const { return m_window->scannerModel(); }
    ScannerPanel *panel() const { return m_window->scannerPanel(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Preferences preferences;
        preferences.readValuesAfterDiscovery = false;
        preferences.save();
        m_window = std::make_unique<MainWindow>(makeBackendCatalog());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openBackend(QStringLiteral("demo")).ok());
        QTRY_COMPARE(m_window->backend()->state(), Backend::State::Scanning);
    }

    void cleanupTestCase() { m_window.reset(); }

    void beaconsRefuseConnectWithTheReason()
    {
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(IBeacon) >= 0, 5000);
        QVERIFY(panel()->selectAddress(IBeacon));
        QVERIFY(!panel()->connectAction()->isEnabled());
        QVERIFY(!m_window->connectAction()->isEnabled()); // Ctrl+Return follows the scanner
        QVERIFY2(panel()->connectAction()->toolTip().contains(QStringLiteral("ADV_NONCONN_IND")),
                 qPrintable(panel()->connectAction()->toolTip()));
        QVERIFY(m_window->connectAction()->toolTip().contains(QStringLiteral("ADV_NONCONN_IND")));
        Q_EMIT panel()->view()->doubleClicked(panel()->view()->currentIndex());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Not connectable")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!m_window->deviceTab(IBeacon));

        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(HrmStrap) >= 0, 5000);
        QVERIFY(panel()->selectAddress(HrmStrap));
        QVERIFY(panel()->connectAction()->isEnabled());
        QVERIFY(m_window->connectAction()->isEnabled());
    }

    void connectedDeviceIsMarkedAndNotStale()
    {
        DeviceTab *tab = connectAndDiscover(m_window.get(), HrmStrap);
        QVERIFY(tab);
        const QModelIndex name = model()->index(model()->rowOf(HrmStrap), int(ScannerModel::Column::Name));
        QTRY_VERIFY(name.data(ScannerModel::ConnectedRole).toBool());
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
        // The strap stops advertising while connected: long after, it is still not stale.
        model()->setStaleTimerEnabled(false);
        model()->refreshStale(QDateTime::currentMSecsSinceEpoch() * 1000 + 3'600'000'000LL);
        QVERIFY(!name.data(ScannerModel::StaleRole).toBool());
        panel()->filterModel()->setHideStale(true);
        QVERIFY(panel()->filterModel()->mapFromSource(name).isValid());
        panel()->filterModel()->setHideStale(false);

        tab->disconnectFromDevice();
        QTRY_VERIFY(!name.data(ScannerModel::ConnectedRole).toBool());
        QVERIFY(name.data(ScannerModel::StaleRole).toBool()); // the hour-later clock still applies
        model()->setStaleTimerEnabled(true);
    }

    void rssiPlotFillsFromTheScan()
    {
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(EnviroSense) >= 0, 5000);
        panel()->view()->clearSelection();
        QVERIFY(panel()->selectAddress(EnviroSense));
        panel()->plotRssiAction()->trigger();
        RssiPlotWindow *plot = m_window->rssiPlotWindow();
        QVERIFY(plot);
        QVERIFY(plot->isVisible());
        QVERIFY(plot->isWatching(EnviroSense));
        const int id = plot->streamId(EnviroSense);
        const SeriesRecorder *recorder = plot->plotPanel()->recorder();
        QTRY_VERIFY_WITH_TIMEOUT(recorder->stream(id) && !recorder->stream(id)->series.empty()
                                     && recorder->stream(id)->series.front()->stats.count >= 2,
                                 8000);
        const RecordedSeries &series = *recorder->stream(id)->series.front();
        QCOMPARE(series.info.unit, QStringLiteral("dBm"));
        QVERIFY2(series.stats.max < 0 && series.stats.min > -128,
                 qPrintable(QString::number(series.stats.min)));
        QVERIFY(plot->noteLabel()->isHidden()); // the BGAPI dongle reports RSSI
        QVERIFY(m_window->plotPanel()->streams().isEmpty()); // the main plots are not touched
    }
};

QTEST_MAIN(TestDemoScanner)
#include "tst_demoscanner.moc"
