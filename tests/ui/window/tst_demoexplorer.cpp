// SPDX-License-Identifier: MIT
// The explorer as a user meets it on the Demo dongle: the application's backend catalog,
// the real BGAPI client and the in-process virtual BLED112 with its built-in peripherals.
#include "support/demosession.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/ui/gatt/cccdeditor.h>
#include <gattscope/ui/gatt/hexeditor.h>
#include <gattscope/ui/log/trafficlogpanel.h>
#include <gattscope/ui/scanner/scannerfiltermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>
#include <gattscope/ui/window/preferencesdialog.h>

#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>

using namespace gattscope;
using namespace gattscope::test;

class TestDemoExplorer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    DeviceTab *tab(const DeviceAddress &address) const { return m_window->deviceTab(address); }
    TrafficLogModel *log() const { return m_window->logModel(); }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // Names given in an earlier run (names.json) must not leak into this one.
        qputenv("GATTSCOPE_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        m_window = std::make_unique<MainWindow>(makeBackendCatalog());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void firstStartOpensTheDemoDongle()
    {
        const QList<BackendDescriptor> found = availableBackends();
        if (found.size() > 1)
            QSKIP("a BLED112 is plugged in: first start would not pick the Demo dongle");
        // Every message: under load the backend's own state ("Ready") may follow at once.
        QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
        QVERIFY(m_window->openInitialBackend().ok());
        QCOMPARE(m_window->backendUri(), QStringLiteral("demo"));
        const auto saidDemo = [&messages] {
            return std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &m) {
                return m.at(0).toString().contains(QStringLiteral("Demo dongle"));
            });
        };
        QTRY_VERIFY2(saidDemo(), qPrintable(m_window->statusBar()->currentMessage()));
        QTRY_COMPARE(m_window->backend()->state(), Backend::State::Scanning);
        QTRY_VERIFY(m_window->scanAction()->isChecked());
    }

    void badUriIsReportedAndTheDemoKeepsRunning()
    {
        Backend *before = m_window->backend();
        QSignalSpy failed(m_window.get(), &MainWindow::backendOpenFailed);
        QVERIFY(!m_window->openBackend(QStringLiteral("nonsense:whatever")).ok());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("nonsense:whatever"));
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("bgapi:auto")),
                 qPrintable(failed.first().at(1).toString())); // the message lists the valid forms
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("nonsense:whatever")));
        QCOMPARE(m_window->backend(), before);
        QCOMPARE(m_window->backendUri(), QStringLiteral("demo"));
    }

    void scannerFillsFiltersAndSorts()
    {
        ScannerModel *model = m_window->scannerModel();
        const QList<DeviceAddress> all { HrmStrap, MotionSensor, EnviroSense, NordicTag,
                                         IBeacon,  Eddystone,    Broadcaster };
        for (const DeviceAddress &a : all)
            QTRY_VERIFY2_WITH_TIMEOUT(model->rowOf(a) >= 0, qPrintable(a.toString()), 5000);
        QCOMPARE(model->deviceCount(), all.size());
        const ScannedDevice *hrm = model->device(model->rowOf(HrmStrap));
        QCOMPARE(hrm->name, QStringLiteral("HRM Strap"));
        QVERIFY(hrm->connectable);
        QVERIFY(hrm->services.contains(Uuid(quint16(0x180D))));
        QVERIFY(!model->device(model->rowOf(IBeacon))->connectable);
        QVERIFY(!model->device(model->rowOf(Broadcaster))->connectable);
        QTRY_VERIFY(model->device(model->rowOf(HrmStrap))->hasScanResponse);

        ScannerFilterModel *proxy = m_window->scannerPanel()->filterModel();
        proxy->setFilterText(QStringLiteral("180d"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data(ScannerModel::AddressRole).value<DeviceAddress>(), HrmStrap);
        proxy->setFilterText(QStringLiteral("heart"));
        QCOMPARE(proxy->rowCount(), 1);
        proxy->setFilterText(QStringLiteral("e1:77"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("gattscope Motion"));
        proxy->setFilterText(QStringLiteral("nordic")); // manufacturer data 0x0059: the tag and the strap
        QCOMPARE(proxy->rowCount(), 2);
        proxy->setFilterText({});
        QCOMPARE(proxy->rowCount(), all.size());

        proxy->setMinimumRssi(-62);
        QVERIFY(proxy->rowCount() < all.size());
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, 0).data(ScannerModel::RssiRole).toInt() >= -62);
        proxy->setMinimumRssi(ScannerFilterModel::NoMinimumRssi);

        proxy->sort(int(ScannerModel::Column::Address), Qt::AscendingOrder);
        QList<DeviceAddress> order;
        for (int r = 0; r < proxy->rowCount(); ++r)
            order << proxy->index(r, 0).data(ScannerModel::AddressRole).value<DeviceAddress>();
        QCOMPARE(order,
                 (QList<DeviceAddress> { HrmStrap, NordicTag, EnviroSense, Broadcaster, MotionSensor, IBeacon,
                                         Eddystone }));
        proxy->sort(int(ScannerModel::Column::Rssi), Qt::DescendingOrder);
        for (int r = 1; r < proxy->rowCount(); ++r) {
            QVERIFY(proxy->index(r - 1, 0).data(ScannerModel::RssiRole).toInt()
                    >= proxy->index(r, 0).data(ScannerModel::RssiRole).toInt());
        }
    }

    void heartRateStrapTree()
    {
        DeviceTab *t = connectAndDiscover(m_window.get(), HrmStrap);
        QVERIFY(t);
        QCOMPARE(m_window->deviceTabs()->tabText(m_window->deviceTabs()->indexOf(t)),
                 QStringLiteral("HRM Strap"));
        QVERIFY2(t->stateText().startsWith(QStringLiteral("Connected")), qPrintable(t->stateText()));
        const Characteristic *hrm = characteristic(t, Uuid(quint16(0x2A37)));
        QVERIFY(hrm && hrm->cccdHandle());
        GattTreeModel *tree = t->treeModel();
        const QModelIndex measurement = tree->indexForHandle(hrm->valueHandle);
        QCOMPARE(measurement.data().toString(), QStringLiteral("Heart Rate Measurement"));
        QCOMPARE(measurement.parent().data().toString(), QStringLiteral("Heart Rate"));
        QCOMPARE(measurement.parent().data(GattTreeModel::UuidRole).value<Uuid>(), Uuid(quint16(0x180D)));
        QVERIFY(tree->indexForHandle(hrm->valueHandle, GattTreeModel::Column::Properties)
                    .data()
                    .toString()
                    .contains(u'N'));
        const QModelIndex cccd = tree->indexForHandle(*hrm->cccdHandle());
        QCOMPARE(cccd.data().toString(), QStringLiteral("Client Characteristic Configuration"));
        QCOMPARE(cccd.parent(), measurement);
        QVERIFY(t->treeView()->isExpanded(measurement.parent()));
    }

    void readBodySensorLocation()
    {
        DeviceTab *t = tab(HrmStrap);
        QVERIFY(t);
        QCOMPARE(readThroughEditor(t, log(), Uuid(quint16(0x2A38))), QByteArray::fromHex("01"));
        const quint16 handle = valueHandle(t, Uuid(quint16(0x2A38)));
        QVERIFY2(t->treeModel()->decodedValue(handle).contains(QStringLiteral("Chest")),
                 qPrintable(t->treeModel()->decodedValue(handle)));
        const TrafficEntry read = entries(log(), TrafficEntry::Direction::Read, handle).last();
        QCOMPARE(read.name, QStringLiteral("Body Sensor Location"));
        QVERIFY2(read.decoded.contains(QStringLiteral("Chest")), qPrintable(read.decoded));
        QVERIFY(!t->valueEditor()->statusIsError());
        QVERIFY(!t->valueEditor()->canWrite()); // read-only
    }

    void notifyThroughTheCccdEditor()
    {
        DeviceTab *t = tab(HrmStrap);
        QVERIFY(t);
        const Characteristic *hrm = characteristic(t, Uuid(quint16(0x2A37)));
        QVERIFY(hrm);
        const quint16 value = hrm->valueHandle;
        QVERIFY(t->selectHandle(*hrm->cccdHandle()));
        CccdEditor *cccd = t->cccdEditor();
        QVERIFY(cccd->isVisible());
        QVERIFY(!cccd->notifyChecked());
        cccd->setNotify(true);
        QCOMPARE(*cccd->rawValue(), QByteArray::fromHex("0100"));
        cccd->write();
        QTRY_VERIFY2(cccd->answerText().contains(QStringLiteral("accepted")), qPrintable(cccd->answerText()));

        // The strap measures once a second.
        QTRY_VERIFY_WITH_TIMEOUT(entries(log(), TrafficEntry::Direction::Notification, value).size() >= 2,
                                 5000);
        const TrafficEntry n = entries(log(), TrafficEntry::Direction::Notification, value).last();
        QCOMPARE(n.name, QStringLiteral("Heart Rate Measurement"));
        QVERIFY2(n.decoded.contains(QStringLiteral("bpm")), qPrintable(n.decoded));
        QVERIFY(t->treeModel()->decodedValue(value).contains(QStringLiteral("bpm")));

        cccd->setNotify(false);
        QCOMPARE(*cccd->rawValue(), QByteArray::fromHex("0000"));
        cccd->write();
        QTRY_VERIFY2(cccd->answerText().contains(QStringLiteral("off")), qPrintable(cccd->answerText()));
        // A round trip, so that whatever was on its way before the write is in; then no
        // notification for longer than the strap's one-second period.
        QVERIFY(!readThroughEditor(t, log(), Uuid(quint16(0x2A38))).isEmpty());
        // The read's answer comes straight back; notifications reach the tree and the log in
        // the hub's batches, so one that arrived before the answer may still be on its way.
        QSignalSpy late(t->session(), &DeviceSession::notifiedValuesChanged);
        while (late.wait(300)) { }
        const qsizetype stopped = entries(log(), TrafficEntry::Direction::Notification, value).size();
        // Other rows may change meanwhile (names, descriptions): only the measurement's own
        // row must stay still.
        const QPersistentModelIndex hrmRow = t->treeModel()->indexForHandle(value);
        QVERIFY(hrmRow.isValid());
        QStringList hrmChanges; // what changed, for the failure message
        // A range that covers the row is no change by itself (a late description or format
        // read re-decodes a whole column, which a slow machine, e.g. under ASan, shows after
        // this point): what is shown, or the raw value, must not change.
        const QModelIndex hrmValue = t->treeModel()->indexForHandle(value, GattTreeModel::Column::Value);
        const QString shownBefore = hrmValue.data().toString();
        const std::optional<QByteArray> rawBefore = t->treeModel()->database().value(value);
        const QMetaObject::Connection watching = QObject::connect(
            t->treeModel(), &QAbstractItemModel::dataChanged, t,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &) {
                if (topLeft.parent() != hrmRow.parent() || topLeft.row() > hrmRow.row()
                    || bottomRight.row() < hrmRow.row())
                    return;
                const QString shown = hrmValue.data().toString();
                if (shown != shownBefore || t->treeModel()->database().value(value) != rawBefore)
                    hrmChanges << QStringLiteral("\"%1\" became \"%2\"").arg(shownBefore, shown);
            });
        QSignalSpy changes(t->treeModel(), &QAbstractItemModel::dataChanged);
        QDeadlineTimer quiet(1300);
        while (!quiet.hasExpired() && hrmChanges.isEmpty())
            changes.wait(int(qMax<qint64>(1, quiet.remainingTime())));
        QObject::disconnect(watching);
        QVERIFY2(hrmChanges.isEmpty(), qPrintable(hrmChanges.join(u"; ")));
        QCOMPARE(entries(log(), TrafficEntry::Direction::Notification, value).size(), stopped);

        // Issue 16: Subscribe (the tab's button, with the CCCD still selected) turns them
        // back on; the answer line must not keep saying "accepted 00 00 (off)".
        QVERIFY(t->selectHandle(*hrm->cccdHandle()));
        QVERIFY(cccd->isVisible());
        cccd->setRawText(QStringLiteral("00 00"));
        cccd->write();
        QTRY_VERIFY2(cccd->answerText().contains(QStringLiteral("accepted")), qPrintable(cccd->answerText()));
        QVERIFY(t->subscribeAction()->isEnabled());
        t->subscribeAction()->trigger();
        QTRY_VERIFY(t->isSubscribed(value));
        QTRY_VERIFY2(cccd->answerText().contains(QStringLiteral("01 00")), qPrintable(cccd->answerText()));
        QVERIFY2(!cccd->answerText().contains(QStringLiteral("off")), qPrintable(cccd->answerText()));
        QVERIFY(cccd->notifyChecked());
        t->subscribeAction()->trigger();
        QTRY_VERIFY(!t->isSubscribed(value));
        QTRY_VERIFY2(cccd->answerText().contains(QStringLiteral("off")), qPrintable(cccd->answerText()));
    }

    // Issue 16: the window's Write (Ctrl+W) and Read follow what the selection allows, and
    // say why when they cannot.
    void toolbarActionsFollowTheProperties()
    {
        DeviceTab *t = tab(HrmStrap);
        QVERIFY(t);
        QAction *write = m_window->writeAction();
        QAction *read = m_window->readAction();
        QCOMPARE(write->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
        QVERIFY(t->selectHandle(valueHandle(t, Uuid(quint16(0x2A38))))); // Body Sensor Location: read only
        QVERIFY(!write->isEnabled());
        QVERIFY2(write->toolTip().contains(QStringLiteral("cannot be written")),
                 qPrintable(write->toolTip()));
        QVERIFY2(write->toolTip().contains(QStringLiteral("Body Sensor Location")),
                 qPrintable(write->toolTip()));
        QVERIFY(read->isEnabled());
        QVERIFY(t->selectHandle(valueHandle(t, Uuid(quint16(0x2A37))))); // notify only
        QVERIFY(!read->isEnabled());
        QVERIFY2(read->toolTip().contains(QStringLiteral("cannot be read")), qPrintable(read->toolTip()));
        QVERIFY(!write->isEnabled());
        const Characteristic *hrm = characteristic(t, Uuid(quint16(0x2A37)));
        QVERIFY(t->selectHandle(*hrm->cccdHandle())); // a descriptor: written by hand
        QVERIFY(write->isEnabled());
        QVERIFY(read->isEnabled());
        QVERIFY(!write->toolTip().contains(QStringLiteral("cannot")));
    }

    void writeHexAndUtf8ToTheMotionSensor()
    {
        DeviceTab *t = connectAndDiscover(m_window.get(), MotionSensor);
        QVERIFY(t);
        QCOMPARE(m_window->deviceTabs()->count(), 2);
        const quint16 handle = valueHandle(t, MotionName);
        QVERIFY(handle);
        QVERIFY(t->selectHandle(handle));
        ValueEditor *editor = t->valueEditor();
        QVERIFY(editor->canWrite());
        QVERIFY(editor->canWriteWithoutResponse());

        editor->setCurrentView(ValueEditor::View::Hex);
        editor->hexEditor()->setFocus();
        editor->hexEditor()->selectAll();
        QTest::keyClick(editor->hexEditor(), Qt::Key_Delete);
        QTest::keyClicks(editor->hexEditor(), QStringLiteral("4142ff43"));
        QCOMPARE(editor->editedValue(), QByteArray::fromHex("4142ff43"));
        editor->write();
        QTRY_VERIFY2(editor->statusText().contains(QStringLiteral("accepted")),
                     qPrintable(editor->statusText()));
        QCOMPARE(readThroughEditor(t, log(), MotionName), QByteArray::fromHex("4142ff43"));
        QCOMPARE(editor->hexEditor()->data(), QByteArray::fromHex("4142ff43"));

        editor->setCurrentView(ValueEditor::View::Text);
        auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("textEditor"));
        QVERIFY(text);
        QVERIFY(text->toPlainText().contains(QStringLiteral("\\xFF"), Qt::CaseInsensitive)); // not UTF-8
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Gr"));
        text->insertPlainText(QStringLiteral("ü")); // QTest types ASCII only
        QTest::keyClicks(text, QStringLiteral("n sensor"));
        const QByteArray utf8("Gr\xC3\xBCn sensor");
        QCOMPARE(editor->editedValue(), utf8);
        editor->write();
        QTRY_VERIFY(editor->statusText().contains(QStringLiteral("accepted")));
        QCOMPARE(readThroughEditor(t, log(), MotionName), utf8);
        QCOMPARE(text->toPlainText(), QStringLiteral("Grün sensor"));
    }

    void userDescriptionsNameVendorCharacteristics()
    {
        DeviceTab *t = tab(MotionSensor);
        QVERIFY(t);
        const Characteristic *accel = characteristic(t, MotionAccelerometer);
        QVERIFY(accel);
        const Descriptor *description = accel->descriptor(GattUuid::UserDescription);
        QVERIFY(description);
        const quint16 descriptionHandle = description->handle;
        GattTreeModel *tree = t->treeModel();
        const QModelIndex row = tree->indexForHandle(accel->valueHandle);

        // Read after discovery without being asked; the trailing layout hint ("<hhh") is
        // not part of the name, and the UUID keeps its column.
        QTRY_COMPARE_WITH_TIMEOUT(row.data().toString(), QStringLiteral("Accelerometer x,y,z (mg)"), 5000);
        QCOMPARE(tree->indexForHandle(accel->valueHandle, GattTreeModel::Column::Uuid).data().toString(),
                 MotionAccelerometer.toString());
        QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("User Description")),
                 qPrintable(row.data(Qt::ToolTipRole).toString()));
        QVERIFY(!entries(log(), TrafficEntry::Direction::Read, descriptionHandle).isEmpty());

        // A name the user gives wins; clearing it brings the description back.
        QVERIFY(tree->setData(row, QStringLiteral("My accelerometer")));
        QCOMPARE(row.data().toString(), QStringLiteral("My accelerometer"));
        QVERIFY(!row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("User Description")));
        QVERIFY(tree->setData(row, QString()));
        QCOMPARE(row.data().toString(), QStringLiteral("Accelerometer x,y,z (mg)"));
    }

    // Issue 16: the editors name a characteristic as the tree does, also after the names
    // changed under them (a 0x2901 read after the selection, a rename with F2).
    void editorsNameLikeTheTree()
    {
        DeviceTab *t = tab(MotionSensor);
        QVERIFY(t);
        const Characteristic *accel = characteristic(t, MotionAccelerometer);
        QVERIFY(accel && accel->cccdHandle());
        GattTreeModel *tree = t->treeModel();
        const QModelIndex row = tree->indexForHandle(accel->valueHandle);

        // The CCCD editor: "… of Accelerometer x,y,z (mg)", never "of Unknown characteristic".
        QVERIFY(t->selectHandle(*accel->cccdHandle()));
        CccdEditor *cccd = t->cccdEditor();
        QVERIFY2(cccd->titleText().contains(QStringLiteral("Accelerometer x,y,z (mg)")),
                 qPrintable(cccd->titleText()));
        QVERIFY(tree->setData(row, QStringLiteral("Shaker")));
        QVERIFY2(cccd->titleText().contains(QStringLiteral("Shaker")), qPrintable(cccd->titleText()));

        // The value editor's header follows a rename; so do the log's next rows.
        QVERIFY(t->selectHandle(accel->valueHandle));
        QVERIFY2(t->valueEditor()->titleText().contains(QStringLiteral("Shaker")),
                 qPrintable(t->valueEditor()->titleText()));
        QVERIFY(tree->setData(row, QStringLiteral("Wobbler")));
        QVERIFY2(t->valueEditor()->titleText().contains(QStringLiteral("Wobbler")),
                 qPrintable(t->valueEditor()->titleText()));
        QCOMPARE(t->session()->attributeName(accel->valueHandle), QStringLiteral("Wobbler"));
        QVERIFY(tree->setData(row, QString()));
        QVERIFY2(t->valueEditor()->titleText().contains(QStringLiteral("Accelerometer x,y,z (mg)")),
                 qPrintable(t->valueEditor()->titleText()));
    }

    // The same when the User Description arrives after the CCCD was selected: a fresh link
    // and discovery, the CCCD selected at once.
    void cccdEditorNamesAfterTheDescriptionIsRead()
    {
        DeviceTab *t = tab(MotionSensor);
        QVERIFY(t);
        t->disconnectFromDevice();
        QTRY_VERIFY(!t->session()->isConnected());
        QSignalSpy discovered(t, &DeviceTab::discovered);
        m_window->connectToDevice(MotionSensor);
        QTRY_VERIFY_WITH_TIMEOUT(t->session()->isConnected(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!discovered.isEmpty(), 15000); // the names are read after this
        const Characteristic *accel = characteristic(t, MotionAccelerometer);
        QVERIFY(accel && accel->cccdHandle());
        QVERIFY(t->selectHandle(*accel->cccdHandle()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            t->cccdEditor()->titleText().contains(QStringLiteral("Accelerometer x,y,z (mg)")),
            qPrintable(t->cccdEditor()->titleText()), 5000);
        QVERIFY(!t->cccdEditor()->titleText().contains(QStringLiteral("Unknown")));
    }

    void attErrorShowsInline()
    {
        DeviceTab *t = tab(MotionSensor);
        QVERIFY(t);
        QVERIFY(t->selectHandle(valueHandle(t, MotionSecret)));
        ValueEditor *editor = t->valueEditor();
        editor->read();
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusIsError(), 5000);
        QVERIFY2(editor->statusText().contains(QStringLiteral("Insufficient Authentication")),
                 qPrintable(editor->statusText()));
        const QList<TrafficEntry> reads
            = entries(log(), TrafficEntry::Direction::Read, valueHandle(t, MotionSecret));
        QVERIFY(!reads.isEmpty());
        QCOMPARE(reads.last().attError, quint8(0x05));
        QVERIFY(t->connection()->isConnected()); // an ATT error is not a disconnect
    }

    void brokenProfileKeepsTheDemoRunning()
    {
        Backend *before = m_window->backend();
        const QString broken = writeFile(QStringLiteral("broken.json"), R"({ "name": "Half a file", )");
        const QString wrongKey = writeFile(QStringLiteral("typo.json"),
                                           R"({ "name": "T", "address": "C0:00:00:00:00:01", "adress": 1 })");
        for (const QString &file : { broken, wrongKey, m_dir.filePath(QStringLiteral("missing.json")) }) {
            const Status loaded = m_window->loadVirtualPeripherals({ file });
            QVERIFY(!loaded.ok());
            const QString error = loaded.error().message();
            QVERIFY2(error.contains(QFileInfo(file).fileName()), qPrintable(error));
            QCOMPARE(m_window->backend(), before);
        }
        QVERIFY(m_window->virtualPeripheralFiles().isEmpty());
        QCOMPARE(m_window->deviceTabs()->count(), 2);
        QVERIFY(tab(HrmStrap)->connection()->isConnected());
    }

    void injectedDisconnectIsShownAndReconnectWorks()
    {
        // The built-in set plus a rule: the first attribute read drops the link with a
        // supervision timeout (BGAPI 0x0208).
        const QString faults = writeFile(QStringLiteral("faults.json"), R"({ "faults": [
            { "action": "disconnect", "on": "attclient_read_by_handle", "nth": 1, "reason": "0x0208" } ] })");
        QVERIFY(!faults.isEmpty());
        QStringList files = ProfileLoader::builtInProfilePaths();
        files << faults;
        const Status loaded = m_window->loadVirtualPeripherals(files);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        QCOMPARE(m_window->deviceTabs()->count(), 0); // the dongle restarted
        QCOMPARE(m_window->virtualPeripheralFiles().size(), files.size());
        QTRY_COMPARE(m_window->backend()->state(), Backend::State::Scanning);

        // The editor's read is the first (no reads after discovery; tst_demoreadall drops the
        // link in the middle of those).
        Preferences preferences = Preferences::load();
        preferences.readValuesAfterDiscovery = false;
        preferences.save();
        DeviceTab *t = connectAndDiscover(m_window.get(), HrmStrap);
        QVERIFY(t);
        const quint16 location = valueHandle(t, Uuid(quint16(0x2A38)));
        QVERIFY(t->selectHandle(location));
        t->valueEditor()->read();
        QTRY_VERIFY_WITH_TIMEOUT(t->stateText().contains(QStringLiteral("Connection Timeout")), 5000);
        QVERIFY(!t->connection()->isConnected());
        QTRY_VERIFY(t->valueEditor()->statusIsError()); // the read failed with the link
        QVERIFY(!t->valueEditor()->canRead());
        QCOMPARE(m_window->deviceTabs()->count(), 1); // the tab stays, with the reason
        const QList<TrafficEntry> all = entries(log(), TrafficEntry::Direction::Event, 0);
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const TrafficEntry &e) {
            return e.event == TrafficEntry::Event::Disconnected && e.hciReason == 0x08;
        }));

        // Still usable: the scanner keeps hearing, and the device reconnects.
        const qint64 adverts = m_window->scannerModel()->advertCount();
        QTRY_VERIFY(m_window->scannerModel()->advertCount() > adverts);
        m_window->connectToDevice(HrmStrap);
        QTRY_VERIFY_WITH_TIMEOUT(t->stateText().startsWith(QStringLiteral("Connected")), 5000);
        QCOMPARE(m_window->deviceTabs()->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(t->hasDatabase() && t->valueEditor()->canRead(), 5000);
        QCOMPARE(readThroughEditor(t, log(), Uuid(quint16(0x2A38))), QByteArray::fromHex("01"));
    }

    void builtInPeripheralsCanBeRestored()
    {
        QVERIFY(m_window->loadVirtualPeripherals({}).ok());
        QVERIFY(m_window->virtualPeripheralFiles().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->scannerModel()->rowOf(MotionSensor) >= 0, 5000);
    }

    void logNamesDevicesAndFiltersByThem()
    {
        DeviceTab *t = connectAndDiscover(m_window.get(), HrmStrap);
        QVERIFY(t);
        TrafficLogPanel *panel = m_window->logPanel();
        log()->flush();
        const QString address = HrmStrap.toString();
        const QString label = QStringLiteral("HRM Strap (%1)").arg(address); // the scanner's name
        int strapRows = 0;
        for (int r = 0; r < log()->rowCount(); ++r) {
            if (log()->entry(r).device != address)
                continue;
            ++strapRows;
            QCOMPARE(log()->index(r, int(TrafficLogModel::Column::Device)).data().toString(), label);
        }
        QVERIFY(strapRows >= 2); // connected, discovered

        QComboBox *devices = panel->deviceFilter();
        QTRY_VERIFY(devices->findText(label) >= 0);
        devices->setCurrentIndex(devices->findText(label));
        const int shown = panel->view()->model()->rowCount();
        QVERIFY(shown >= strapRows);
        QVERIFY(shown < log()->rowCount()); // other devices' rows are held back
        QVERIFY2(panel->statusLabel()->text().startsWith(
                     QStringLiteral("%1 of %2 entries").arg(shown).arg(log()->rowCount())),
                 qPrintable(panel->statusLabel()->text()));
        devices->setCurrentIndex(0);
        QCOMPARE(panel->view()->model()->rowCount(), log()->rowCount());
    }

    // Connect pressed at once after Disconnect: when the link was still closing (the
    // tab's connection not yet Disconnected: it depends on the backend thread), the press
    // used to be ignored. It now connects once the old link is down.
    void connectWhileDisconnectingConnects()
    {
        DeviceTab *t = tab(HrmStrap);
        QVERIFY(t && t->session()->isConnected());
        QSignalSpy down(t->session(), &DeviceSession::disconnected);
        t->disconnectFromDevice();
        m_window->connectToDevice(HrmStrap);
        QTRY_VERIFY(!down.isEmpty()); // the old link first, so that the next check is the new one
        QTRY_VERIFY_WITH_TIMEOUT(t->session()->isConnected(), 10000);
    }

    void quitAsksOnlyWhileADeviceIsConnected()
    {
        DeviceTab *t = tab(HrmStrap);
        QVERIFY(t && t->session()->isConnected());
        {
            QuestionAnswerer cancel(QMessageBox::RejectRole);
            QVERIFY(!m_window->close()); // Cancel: the window stays, and so does the link
            QVERIFY(cancel.asked());
            QVERIFY2(cancel.text().contains(QStringLiteral("still connected")), qPrintable(cancel.text()));
            QVERIFY(m_window->isVisible());
            QVERIFY(t->session()->isConnected());
        }

        // Nothing live: closing asks nothing.
        t->disconnectFromDevice();
        QTRY_VERIFY(!t->session()->isConnected());
        {
            QuestionAnswerer none(QMessageBox::RejectRole);
            QVERIFY(m_window->confirmQuit());
            QVERIFY(!none.asked());
        }

        // Connected again, and Quit: the window closes.
        QSignalSpy failed(m_window.get(), &MainWindow::connectFailed);
        m_window->connectToDevice(HrmStrap);
        QTRY_VERIFY2_WITH_TIMEOUT(t->session()->isConnected(),
                                  qPrintable(failed.isEmpty()
                                                 ? QStringLiteral("no answer")
                                                 : failed.first().at(1).value<Error>().toString()),
                                  5000);
        QuestionAnswerer quit(QMessageBox::AcceptRole);
        QVERIFY(m_window->close());
        QVERIFY(quit.asked());
        QVERIFY(!m_window->isVisible());
    }
};

QTEST_MAIN(TestDemoExplorer)
#include "tst_demoexplorer.moc"
