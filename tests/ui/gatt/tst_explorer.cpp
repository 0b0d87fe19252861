// SPDX-License-Identifier: MIT
// The whole explorer driven against the fake backend (core's interfaces, on its own
// thread through BackendHost, as a real backend runs).
#include "support/fakebackend.h"

#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/gatt/cccdeditor.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/gatt/gatttreemodel.h>
#include <gattscope/ui/gatt/hexeditor.h>
#include <gattscope/ui/gatt/valueeditor.h>
#include <gattscope/ui/log/trafficlogmodel.h>
#include <gattscope/ui/scanner/scannerfiltermodel.h>
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>
#include <gattscope/ui/window/mainwindow.h>
#include <gattscope/ui/window/preferencesdialog.h>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace gattscope;
using namespace gattscope::test;

namespace {
const DeviceAddress Hrm(0xC098E5490001, AddressType::Public);

int countEntries(const TrafficLogModel *log, TrafficEntry::Direction direction, quint16 handle)
{
    int n = 0;
    for (int r = 0; r < log->rowCount(); ++r)
        n += log->entry(r).direction == direction && log->entry(r).handle == handle;
    return n;
}
} // namespace

class TestExplorer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    FakeBackend *m_fake = nullptr; // owned by the window's BackendHost
    // What the picker is offered; a test "plugs in" a dongle by adding to it.
    QList<BackendChoice> m_choices { { QStringLiteral("fake"), QStringLiteral("Fake dongle"), {}, true } };

    BackendCatalog catalog()
    {
        BackendCatalog c;
        c.list = [this] {
            return m_choices;
        };
        c.create = [this](const QString &uri) -> Result<std::unique_ptr<BackendHost>> {
            if (uri != QStringLiteral("fake"))
                return Error(Error::Kind::InvalidArgument, QStringLiteral("unknown URI"));
            m_fake = new FakeBackend(uri);
            return std::make_unique<BackendHost>(m_fake);
        };
        return c;
    }

    DeviceTab *tab() const { return m_window->deviceTab(Hrm); }
    FakeConnection *link() const { return m_fake->connection(Hrm); }

    // Waits until every call queued to the backend thread so far has run and its answers
    // have reached the GUI thread: a read is a round trip through the same queues.
    void roundTrip()
    {
        bool done = false;
        link()->read(Handle::BodySensorLocation).then(m_window.get(), [&done](const Result<QByteArray> &) {
            done = true;
        });
        QTRY_VERIFY(done);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        QSettings().clear();
        // Reads here are the test's own (counted, or polled): none after discovery.
        Preferences preferences;
        preferences.readValuesAfterDiscovery = false;
        preferences.save();
        m_window = std::make_unique<MainWindow>(catalog());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void unknownBackendIsReported()
    {
        QVERIFY(!m_window->openBackend(QStringLiteral("bgapi:/dev/none")).ok());
        QVERIFY(!m_window->backend());
    }

    void opensAndScans()
    {
        m_window->openInitialBackend(); // the only choice is the (demo) fake: opened, then scanning
        QVERIFY(m_window->backend());
        QTRY_COMPARE(m_window->backend()->state(), Backend::State::Scanning);
        QTRY_VERIFY(m_window->scanAction()->isChecked()); // the state change travels queued
        QCOMPARE(m_window->backendUri(), QStringLiteral("fake"));
    }

    void pickerFollowsPluggedDongles()
    {
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("backendCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1);
        m_choices.prepend(
            { QStringLiteral("bgapi:/dev/ttyACM0"), QStringLiteral("BLED112 on ttyACM0"), {}, false });
        m_window->refreshBackendList(); // what the window's timer does every few seconds
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("fake")); // the one in use stays chosen
        QVERIFY2(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("BLED112 on ttyACM0 plugged in")),
            qPrintable(m_window->statusBar()->currentMessage()));
        m_choices.removeFirst(); // unplugged
        m_window->refreshBackendList();
        QCOMPARE(combo->count(), 1);
        QCOMPARE(m_window->backendUri(), QStringLiteral("fake"));
    }

    void scannerFillsFiltersAndSorts()
    {
        m_fake->injectAdvertisements(FakeBackend::sampleAdverts());
        ScannerModel *model = m_window->scannerModel();
        QTRY_COMPARE(model->rowCount(), 2);
        ScannerPanel *panel = m_window->scannerPanel();
        ScannerFilterModel *proxy = panel->filterModel();
        // Sorted by RSSI, strongest first (the panel's default).
        QCOMPARE(proxy->index(0, int(ScannerModel::Column::Name)).data().toString(), QStringLiteral("HRM-1"));
        QCOMPARE(proxy->index(1, int(ScannerModel::Column::Name)).data().toString(),
                 QStringLiteral("Thermo"));
        proxy->setFilterText(QStringLiteral("heart"));
        QCOMPARE(proxy->rowCount(), 1);
        proxy->setFilterText(QStringLiteral("nordic"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Thermo"));
        proxy->setFilterText({});
        proxy->sort(int(ScannerModel::Column::Rssi), Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Thermo"));
        proxy->sort(int(ScannerModel::Column::Rssi), Qt::DescendingOrder);

        // The details pane decodes the selected device's structures.
        QVERIFY(panel->selectAddress(Hrm));
        QVERIFY(panel->detailsView()->topLevelItemCount() >= 4);
        QVERIFY(panel->detailsView()->findItems(QStringLiteral("HRM-1"), Qt::MatchContains, 1).size() == 1);
    }

    void connectShowsTabAndTree()
    {
        m_window->connectToDevice(Hrm);
        QTRY_VERIFY(tab());
        QCOMPARE(m_window->deviceTabs()->count(), 1);
        QCOMPARE(m_window->deviceTabs()->tabText(0), QStringLiteral("HRM-1"));
        QTRY_COMPARE(tab()->treeModel()->rowCount(), 4);
        QVERIFY(tab()->stateText().startsWith(QStringLiteral("Connected")));
        const QModelIndex hr = tab()->treeModel()->index(0, 0);
        QCOMPARE(hr.data().toString(), QStringLiteral("Heart Rate"));
        QVERIFY(tab()->treeView()->isExpanded(hr));
        const TrafficLogModel *log = m_window->logModel();
        const auto discoveredLogged = [log] {
            for (int r = 0; r < log->rowCount(); ++r) {
                if (log->entry(r).direction == TrafficEntry::Direction::Event
                    && log->entry(r).name.startsWith(QStringLiteral("Discovered 4")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(discoveredLogged());
    }

    void readValue()
    {
        QVERIFY(tab()->selectHandle(Handle::BodySensorLocation));
        ValueEditor *editor = tab()->valueEditor();
        QVERIFY(editor->isVisible());
        QVERIFY(editor->canRead());
        QVERIFY(!editor->canWrite()); // read-only characteristic
        editor->read();
        QTRY_COMPARE(editor->hexEditor()->data(), QByteArray::fromHex("01"));
        QVERIFY(!editor->statusIsError());
        QCOMPARE(tab()
                     ->treeModel()
                     ->indexForHandle(Handle::BodySensorLocation)
                     .data(GattTreeModel::RawValueRole)
                     .toByteArray(),
                 QByteArray::fromHex("01"));
        QTRY_COMPARE(
            countEntries(m_window->logModel(), TrafficEntry::Direction::Read, Handle::BodySensorLocation), 1);
    }

    void writeHexAndUtf8()
    {
        QVERIFY(tab()->selectHandle(Handle::UartRx));
        ValueEditor *editor = tab()->valueEditor();
        QVERIFY(editor->canWrite());
        QVERIFY(editor->canWriteWithoutResponse());
        QVERIFY(!editor->canRead());
        editor->setCurrentView(ValueEditor::View::Hex);
        editor->hexEditor()->setFocus();
        QTest::keyClicks(editor->hexEditor(), QStringLiteral("0102ff"));
        QCOMPARE(editor->editedValue(), QByteArray::fromHex("0102ff"));
        editor->write();
        QTRY_COMPARE(link()->serverValue(Handle::UartRx), QByteArray::fromHex("0102ff"));
        QTRY_VERIFY(editor->statusText().contains(QStringLiteral("accepted")));

        editor->setCurrentView(ValueEditor::View::Text);
        auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("textEditor"));
        QVERIFY(text);
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("h"));
        text->insertPlainText(QStringLiteral("é")); // QTest types ASCII only
        QTest::keyClicks(text, QStringLiteral("llo\\x00"));
        QCOMPARE(editor->editedValue(), QByteArray("h\xC3\xA9llo") + QByteArray(1, '\0'));
        QCOMPARE(editor->hexEditor()->data(), editor->editedValue()); // the views agree
        editor->writeWithoutResponse();
        QTRY_COMPARE(link()->serverValue(Handle::UartRx), QByteArray("h\xC3\xA9llo") + QByteArray(1, '\0'));
        QTRY_COMPARE(
            countEntries(m_window->logModel(), TrafficEntry::Direction::WriteCommand, Handle::UartRx), 1);
    }

    void notifyThroughCccdEditor()
    {
        QVERIFY(tab()->selectHandle(Handle::HeartRateCccd));
        CccdEditor *cccd = tab()->cccdEditor();
        QVERIFY(cccd->isVisible());
        QVERIFY(!cccd->notifyChecked());
        cccd->setNotify(true);
        QCOMPARE(*cccd->rawValue(), QByteArray::fromHex("0100")); // the box drives the raw bytes
        cccd->write();
        QTRY_COMPARE(link()->serverValue(Handle::HeartRateCccd), QByteArray::fromHex("0100"));
        QTRY_VERIFY(cccd->answerText().contains(QStringLiteral("accepted")));

        link()->notify(Handle::HeartRateMeasurement, QByteArray::fromHex("1648000004"));
        link()->notify(Handle::HeartRateMeasurement, QByteArray::fromHex("164a"));
        TrafficLogModel *log = m_window->logModel();
        QTRY_COMPARE(countEntries(log, TrafficEntry::Direction::Notification, Handle::HeartRateMeasurement),
                     2);
        QTRY_COMPARE(tab()
                         ->treeModel()
                         ->indexForHandle(Handle::HeartRateMeasurement)
                         .data(GattTreeModel::RawValueRole)
                         .toByteArray(),
                     QByteArray::fromHex("164a"));
        const QString decoded = tab()->treeModel()->decodedValue(Handle::HeartRateMeasurement);
        QVERIFY2(decoded.contains(QStringLiteral("74")),
                 qPrintable(decoded)); // 0x4A bpm, through core's decoder

        // Untick: the device stops sending.
        cccd->setNotify(false);
        QCOMPARE(*cccd->rawValue(), QByteArray::fromHex("0000"));
        cccd->write();
        QTRY_COMPARE(link()->serverValue(Handle::HeartRateCccd), QByteArray::fromHex("0000"));
        link()->notify(Handle::HeartRateMeasurement, QByteArray::fromHex("1650"));
        roundTrip();
        log->flush();
        QCOMPARE(countEntries(log, TrafficEntry::Direction::Notification, Handle::HeartRateMeasurement), 2);

        // Odd values by hand: the device's answer is shown as it came.
        cccd->setRawText(QStringLiteral("01"));
        QVERIFY(cccd->notifyChecked()); // the raw bytes drive the box
        cccd->write();
        QTRY_VERIFY(cccd->answerIsError());
        QVERIFY(cccd->answerText().contains(QStringLiteral("Invalid Attribute Value Length")));
    }

    void subscribeToggle()
    {
        QVERIFY(tab()->selectHandle(Handle::BatteryLevel));
        QAction *subscribe = tab()->subscribeAction();
        QVERIFY(subscribe->isEnabled());
        QVERIFY(!subscribe->isChecked());
        subscribe->trigger();
        QTRY_COMPARE(link()->serverValue(Handle::BatteryCccd), QByteArray::fromHex("0100"));
        QTRY_VERIFY(subscribe->isChecked());
        link()->notify(Handle::BatteryLevel, QByteArray::fromHex("50"));
        QTRY_COMPARE(
            countEntries(m_window->logModel(), TrafficEntry::Direction::Notification, Handle::BatteryLevel),
            1);
        subscribe->trigger();
        QTRY_COMPARE(link()->serverValue(Handle::BatteryCccd), QByteArray::fromHex("0000"));
        QTRY_VERIFY(!subscribe->isChecked());
        QTRY_VERIFY(!m_window->operationTracker()->isBusy());
        QVERIFY(tab()->selectHandle(Handle::BodySensorLocation));
        QVERIFY(!subscribe->isEnabled()); // no Notify/Indicate there
    }

    // A notified value is shown in the editor's page in view; the others catch up when they
    // come into view (they are not laid out ten times a second while hidden).
    void notifiedValueReachesEveryPage()
    {
        QVERIFY(tab()->selectHandle(Handle::BatteryLevel));
        ValueEditor *editor = tab()->valueEditor();
        auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("textEditor"));
        auto *typed = editor->findChild<QLabel *>(QStringLiteral("typedValue"));
        QVERIFY(text && typed);
        tab()->subscribeAction()->trigger();
        QTRY_VERIFY(tab()->subscribeAction()->isChecked());
        editor->setCurrentView(ValueEditor::View::Hex);
        link()->notify(Handle::BatteryLevel, QByteArray::fromHex("41"));
        QTRY_COMPARE(editor->hexEditor()->data(), QByteArray::fromHex("41"));
        link()->notify(Handle::BatteryLevel, QByteArray::fromHex("42"));
        QTRY_COMPARE(editor->hexEditor()->data(), QByteArray::fromHex("42"));
        QCOMPARE(editor->typedText(), QStringLiteral("66 %")); // asked for: current
        editor->setCurrentView(ValueEditor::View::Typed);
        QCOMPARE(typed->text(), QStringLiteral("66 %"));
        editor->setCurrentView(ValueEditor::View::Text);
        QCOMPARE(text->toPlainText(), QStringLiteral("B"));
        tab()->subscribeAction()->trigger();
        QTRY_VERIFY(!tab()->subscribeAction()->isChecked());
        QTRY_VERIFY(!m_window->operationTracker()->isBusy());
    }

    void attErrorShowsInline()
    {
        QVERIFY(tab()->selectHandle(Handle::Secret));
        ValueEditor *editor = tab()->valueEditor();
        editor->read();
        QTRY_VERIFY(editor->statusIsError());
        QVERIFY2(editor->statusText().contains(QStringLiteral("Insufficient Authentication")),
                 qPrintable(editor->statusText()));
        const TrafficLogModel *log = m_window->logModel();
        const auto logged = [log] {
            for (int r = 0; r < log->rowCount(); ++r) {
                if (log->entry(r).error.contains(QStringLiteral("Insufficient Authentication")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(logged());
    }

    void disconnectIsShownAndUiStaysUsable()
    {
        link()->injectDisconnect(0x08);
        QTRY_VERIFY(tab()->stateText().contains(QStringLiteral("Connection Timeout")));
        QVERIFY(!tab()->valueEditor()->canRead());
        QVERIFY(!tab()->subscribeAction()->isEnabled());
        QCOMPARE(m_window->deviceTabs()->count(), 1); // the tab stays, with the reason

        // The scanner keeps working.
        Advertisement a = FakeBackend::sampleAdverts().first();
        a.address = DeviceAddress(0x112233445566);
        m_fake->injectAdvertisements({ a });
        QTRY_COMPARE(m_window->scannerModel()->rowCount(), 3);

        // Reconnecting reuses the tab and rediscovers.
        m_window->connectToDevice(Hrm);
        QTRY_VERIFY(tab()->stateText().startsWith(QStringLiteral("Connected")));
        QCOMPARE(m_window->deviceTabs()->count(), 1);
        QTRY_COMPARE(tab()->treeModel()->rowCount(), 4);
        QVERIFY(tab()->selectHandle(Handle::BodySensorLocation));
        QTRY_VERIFY(tab()->valueEditor()->canRead());

        // A local disconnect reads plainly too.
        tab()->disconnectFromDevice();
        QTRY_VERIFY(tab()->stateText().contains(QStringLiteral("Local Host")));
    }

    void closingTheBackendClosesTabs()
    {
        QTRY_VERIFY(!m_window->operationTracker()->isBusy());
        m_window->closeBackend();
        QCOMPARE(m_window->deviceTabs()->count(), 0);
        QVERIFY(!m_window->backend());
        QVERIFY(!m_window->scanAction()->isEnabled());
    }
};

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
