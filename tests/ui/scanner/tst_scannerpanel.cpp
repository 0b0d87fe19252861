// SPDX-License-Identifier: MIT
// The scanner's device state: connected devices marked and never stale, Connect refused
// (with the reason) for non-connectable adverts, the RSSI bar on the selected row, the
// regular-expression filter, hiding devices, and the RSSI-over-time plot.
#include <gattscope/core/series/recordedstream.h>
#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/ui/plot/plotpanel.h>
#include <gattscope/ui/scanner/scannerdelegate.h>
#include <gattscope/ui/scanner/scannerfiltermodel.h>
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>
#include <gattscope/ui/window/rssiplotwindow.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace gattscope;

namespace {
constexpr qint64 T0 = 1'700'000'000'000'000; // µs since the epoch
constexpr qint64 Second = 1'000'000;

const DeviceAddress Hrm(0xC098E5490001, AddressType::Public);
const DeviceAddress Beacon(0xF2104C000215, AddressType::Public);
const DeviceAddress Tag(0xC55900123456, AddressType::Public);

// Flags + complete local name.
QByteArray named(const QByteArray &name)
{
    return QByteArray::fromHex("020106") + char(name.size() + 1) + '\x09' + name;
}

Advertisement advert(const DeviceAddress &address, qint8 rssi, qint64 timeUs, const QByteArray &name,
                     AdvertisementKind kind = AdvertisementKind::ConnectableUndirected)
{
    Advertisement a;
    a.address = address;
    a.rssi = rssi;
    a.kind = kind;
    a.data = named(name);
    a.timestampUs = timeUs;
    return a;
}

int proxyRowOf(const ScannerPanel &panel, const DeviceAddress &address)
{
    const QModelIndex index
        = panel.filterModel()->mapFromSource(panel.model()->index(panel.model()->rowOf(address), 0));
    return index.isValid() ? index.row() : -1;
}
} // namespace

class TestScannerPanel : public QObject
{
    Q_OBJECT

private:
    void feed(ScannerModel &model, qint64 t = T0)
    {
        model.addAdvertisements(
            { advert(Hrm, -50, t, "HRM Strap"),
              advert(Beacon, -70, t, "iBeacon", AdvertisementKind::NonConnectable),
              advert(Tag, -80, t, "Nordic Tag", AdvertisementKind::ScannableUndirected) });
    }

private Q_SLOTS:
    void connectedIsMarkedAndNeverStale()
    {
        ScannerModel model;
        QAbstractItemModelTester tester(&model);
        model.setStaleTimerEnabled(false);
        feed(model);
        const int row = model.rowOf(Hrm);
        const QModelIndex name = model.index(row, int(ScannerModel::Column::Name));
        QVERIFY(!name.data(ScannerModel::ConnectedRole).toBool());
        QVERIFY(name.data(Qt::DecorationRole).isNull());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setConnected(Hrm, true);
        QCOMPARE(changed.size(), 1); // the view repaints the marker at once
        QVERIFY(name.data(ScannerModel::ConnectedRole).toBool());
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(name.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(row, int(ScannerModel::Column::Connectable)).data().toString(),
                 QStringLiteral("connected"));

        // A peer holding a link stops advertising: not stale while connected …
        model.refreshStale(T0 + 60 * Second);
        QVERIFY(!name.data(ScannerModel::StaleRole).toBool());
        QVERIFY(model.index(model.rowOf(Beacon), 0).data(ScannerModel::StaleRole).toBool());
        ScannerFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setHideStale(true);
        QCOMPARE(proxy.rowCount(), 1); // only the connected one
        // … and stale again once the link is gone.
        model.setConnected(Hrm, false);
        QVERIFY(name.data(ScannerModel::StaleRole).toBool());
        QVERIFY(!name.data(ScannerModel::ConnectedRole).toBool());
        QCOMPARE(proxy.rowCount(), 0);
    }

    void nonConnectableRefusesConnectWithTheReason()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        feed(model);
        ScannerPanel panel(&model);
        QSignalSpy requested(&panel, &ScannerPanel::connectRequested);
        QSignalSpy status(&panel, &ScannerPanel::statusMessage);

        QVERIFY(panel.selectAddress(Beacon));
        QVERIFY(!panel.connectAction()->isEnabled());
        QVERIFY2(panel.connectAction()->toolTip().contains(QStringLiteral("ADV_NONCONN_IND")),
                 qPrintable(panel.connectAction()->toolTip()));
        QVERIFY(panel.connectAction()->toolTip().startsWith(QStringLiteral("Not connectable")));
        const QModelIndex beacon = panel.view()->currentIndex();
        QVERIFY(beacon.data(ScannerModel::ConnectBlockedRole).toString().contains(u"ADV_NONCONN_IND"));
        // A double-click does not connect; it says why.
        Q_EMIT panel.view()->doubleClicked(beacon);
        QCOMPARE(requested.size(), 0);
        QCOMPARE(status.size(), 1);
        QVERIFY(status.first().first().toString().contains(u"ADV_NONCONN_IND"));
        panel.connectAction()->trigger();
        QCOMPARE(requested.size(), 0);

        QVERIFY(panel.selectAddress(Tag)); // scannable, not connectable
        QVERIFY(!panel.connectAction()->isEnabled());
        QVERIFY(panel.connectAction()->toolTip().contains(QStringLiteral("ADV_SCAN_IND")));

        QVERIFY(panel.selectAddress(Hrm));
        QVERIFY(panel.connectAction()->isEnabled());
        QVERIFY(!panel.connectAction()->toolTip().contains(QStringLiteral("Not connectable")));
        Q_EMIT panel.view()->doubleClicked(panel.view()->currentIndex());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<DeviceAddress>(), Hrm);

        // The device starts advertising connectable: Connect follows without a reselection.
        QVERIFY(panel.selectAddress(Beacon));
        QVERIFY(!panel.connectAction()->isEnabled());
        model.addAdvertisements({ advert(Beacon, -70, T0 + Second, "iBeacon") });
        QVERIFY(panel.connectAction()->isEnabled());
    }

    void osStackReportsAreAssumedConnectable()
    {
        // BlueZ hands out properties, not PDUs: the kind is a guess, so Connect stays
        // available and the tool tip says the type is unknown.
        ScannerModel model;
        Advertisement a = advert(Hrm, -50, T0, "HRM Strap");
        a.rebuilt = true;
        model.addAdvertisements({ a });
        const QModelIndex connectable = model.index(0, int(ScannerModel::Column::Connectable));
        QVERIFY(connectable.data(ScannerModel::ConnectBlockedRole).toString().isEmpty());
        QVERIFY(connectable.data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"does not report the advertising PDU type"));
    }

    void selectedRowKeepsItsRssiBar()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        feed(model);
        ScannerDelegate delegate { int(ScannerModel::Column::Rssi) };
        const QModelIndex rssi = model.index(model.rowOf(Hrm), int(ScannerModel::Column::Rssi));
        QTableView view; // the style paints through it
        view.setModel(&model);
        for (const bool selected : { false, true }) {
            QImage image(160, 24, QImage::Format_ARGB32);
            QPalette palette = view.palette();
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.widget = &view;
            option.rect = image.rect();
            option.palette = palette;
            option.showDecorationSelected = true; // as QTableView paints its rows
            option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
            image.fill(palette.color(QPalette::Base));
            {
                QPainter painter(&image);
                delegate.paint(&painter, option, rssi);
            }
            // The background where the bar is not: the far right of the bar area is past
            // the bar at -50 dBm; the left edge is inside it.
            const QColor background = image.pixelColor(2, image.height() / 2);
            const QColor inBar = image.pixelColor(12, image.height() / 2);
            const int contrast = qAbs(inBar.red() - background.red())
                + qAbs(inBar.green() - background.green()) + qAbs(inBar.blue() - background.blue());
            QVERIFY2(contrast > 60,
                     qPrintable(QStringLiteral("%1 row: bar %2 on %3")
                                    .arg(selected ? QStringLiteral("selected") : QStringLiteral("normal"),
                                         inBar.name(), background.name())));
        }
        // The colours behind it: a highlight bar on the highlight background would vanish.
        const QPalette palette = view.palette();
        QVERIFY(ScannerDelegate::barColor(palette, true).rgb() != palette.color(QPalette::Highlight).rgb());
    }

    void regularExpressionFilter()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        feed(model);
        ScannerPanel panel(&model);
        ScannerFilterModel *proxy = panel.filterModel();
        QAbstractItemModelTester tester(proxy);
        QSignalSpy errors(proxy, &ScannerFilterModel::filterErrorChanged);

        // Words first: "^hrm" is a word nobody has.
        panel.filterEdit()->setText(QStringLiteral("^hrm|tag"));
        QCOMPARE(proxy->rowCount(), 0);
        panel.regexButton()->click();
        QVERIFY(proxy->isRegularExpression());
        QCOMPARE(proxy->rowCount(), 2); // "HRM Strap" at a field's start, "Nordic Tag"
        QVERIFY(proxy->filterError().isEmpty());
        panel.filterEdit()->setText(QStringLiteral("^(i|n)"));
        QCOMPARE(proxy->rowCount(), 2); // iBeacon, Nordic Tag: case-insensitive, per field
        panel.filterEdit()->setText(QStringLiteral("c0:98:e5")); // the address is a field too
        QCOMPARE(proxy->rowCount(), 1);

        // Half-typed: invalid. The list stays whole, the box says why, nothing stops.
        panel.filterEdit()->setText(QStringLiteral("(heart"));
        QVERIFY(!proxy->filterError().isEmpty());
        QVERIFY2(proxy->filterError().contains(u"Invalid regular expression"),
                 qPrintable(proxy->filterError()));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(proxy->rowCount(), 3);
        QCOMPARE(panel.filterEdit()->toolTip(), proxy->filterError());
        model.addAdvertisements({ advert(Hrm, -40, T0 + Second, "HRM Strap") }); // still running
        QCOMPARE(proxy->rowCount(), 3);
        panel.filterEdit()->setText(QStringLiteral("(strap)$"));
        QVERIFY(proxy->filterError().isEmpty());
        QCOMPARE(errors.size(), 2);
        QCOMPARE(proxy->rowCount(), 1);

        // Back to words.
        panel.regexButton()->click();
        QCOMPARE(proxy->rowCount(), 0); // "(strap)$" is no word of any device
        panel.filterEdit()->setText(QStringLiteral("strap"));
        QCOMPARE(proxy->rowCount(), 1);
    }

    void hideAndUnhide()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        feed(model);
        ScannerPanel panel(&model);
        QAbstractItemModelTester tester(panel.filterModel());
        QCOMPARE(panel.filterModel()->rowCount(), 3);
        QVERIFY(!panel.showHiddenBox()->isEnabled());
        QVERIFY(panel.showHiddenBox()->text().contains(u"(0)"));

        panel.view()->selectAll();
        QCOMPARE(panel.selectedAddresses().size(), 3);
        panel.view()->clearSelection();
        QVERIFY(panel.selectAddress(Beacon));
        QVERIFY(panel.hideAction()->isEnabled());
        panel.hideAction()->trigger();
        QVERIFY(model.isHidden(Beacon));
        QCOMPARE(model.hiddenCount(), 1);
        QCOMPARE(panel.filterModel()->rowCount(), 2);
        QCOMPARE(proxyRowOf(panel, Beacon), -1);
        QVERIFY(panel.showHiddenBox()->isEnabled());
        QVERIFY2(panel.showHiddenBox()->text().contains(u"(1)"), qPrintable(panel.showHiddenBox()->text()));

        // Its reports keep coming: still hidden.
        model.addAdvertisements(
            { advert(Beacon, -60, T0 + Second, "iBeacon", AdvertisementKind::NonConnectable) });
        QCOMPARE(panel.filterModel()->rowCount(), 2);

        // Listed again with "Show hidden", where Unhide brings it back for good.
        panel.showHiddenBox()->setChecked(true);
        QCOMPARE(panel.filterModel()->rowCount(), 3);
        QVERIFY(panel.selectAddress(Beacon));
        QVERIFY(panel.unhideAction()->isEnabled());
        QVERIFY(!panel.hideAction()->isEnabled());
        panel.unhideAction()->trigger();
        QCOMPARE(model.hiddenCount(), 0);
        panel.showHiddenBox()->setChecked(false);
        QCOMPARE(panel.filterModel()->rowCount(), 3);
        QVERIFY(panel.showHiddenBox()->text().contains(u"(0)"));

        // Hidden across a cleared list (a new scan), counted only while listed.
        model.setHidden(Hrm, true);
        model.setHidden(Tag, true);
        QCOMPARE(model.hiddenCount(), 2);
        model.clear();
        QCOMPARE(model.hiddenCount(), 0);
        QVERIFY(panel.showHiddenBox()->text().contains(u"(0)"));
        feed(model, T0 + 2 * Second);
        QCOMPARE(model.hiddenCount(), 2);
        QVERIFY(panel.showHiddenBox()->text().contains(u"(2)"));
        QCOMPARE(panel.filterModel()->rowCount(), 1);
        model.unhideAll();
        QCOMPARE(model.hiddenCount(), 0);
        QCOMPARE(panel.filterModel()->rowCount(), 3);
    }

    void rssiPlotOfTheSelectedDevices()
    {
        ScannerModel model;
        model.setStaleTimerEnabled(false);
        feed(model);
        ScannerPanel panel(&model);
        QSignalSpy requested(&panel, &ScannerPanel::rssiPlotRequested);
        panel.view()->selectAll();
        QVERIFY(panel.plotRssiAction()->isEnabled());
        panel.plotRssiAction()->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<QList<DeviceAddress>>().size(), 3);

        RssiPlotWindow plot;
        QObject::connect(&model, &ScannerModel::advertisementsMerged, &plot,
                         &RssiPlotWindow::addAdvertisements);
        plot.addDevice(Hrm, QStringLiteral("HRM Strap"));
        plot.addDevice(Hrm, QStringLiteral("HRM Strap")); // once
        QCOMPARE(plot.plotPanel()->streams().size(), 1);
        const int id = plot.streamId(Hrm);
        QVERIFY(id > 0);

        Advertisement silent = advert(Tag, 127, T0 + Second, "Nordic Tag");
        plot.addDevice(Tag, QStringLiteral("Nordic Tag"));
        model.addAdvertisements({ advert(Hrm, -51, T0 + Second, "HRM Strap"),
                                  advert(Beacon, -70, T0 + Second, "iBeacon"),
                                  advert(Hrm, -53, T0 + 2 * Second, "HRM Strap"), silent });
        const RecordedStream *stream = plot.plotPanel()->recorder()->stream(id);
        QVERIFY(stream);
        QTRY_COMPARE(stream->series.size(), size_t(1));
        const RecordedSeries &series = *stream->series.front();
        QCOMPARE(series.info.unit, QStringLiteral("dBm"));
        QCOMPARE(series.stats.count, quint64(2)); // the beacon is not plotted
        QCOMPARE(series.stats.last, -53.0);
        QCOMPARE(series.stats.min, -53.0);
        QVERIFY(stream->label.contains(u"HRM Strap"));
        // A backend without RSSI: nothing plotted for it, and the note says so.
        QVERIFY(!plot.noteLabel()->isHidden());
        QVERIFY(plot.noteLabel()->text().contains(u"Nordic Tag"));
        QCOMPARE(plot.plotPanel()->recorder()->stream(plot.streamId(Tag))->received, quint64(0));
        model.addAdvertisements({ advert(Tag, -90, T0 + 3 * Second, "Nordic Tag") });
        QVERIFY(plot.noteLabel()->isHidden());
    }
};

QTEST_MAIN(TestScannerPanel)
#include "tst_scannerpanel.moc"
