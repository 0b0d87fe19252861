// SPDX-License-Identifier: MIT
// The explorer on the system's Bluetooth adapters, as a user meets it: the application's
// backend catalog finds the adapters of the mock BlueZ (gattscope-sim --bluez on the private
// bus of the CTest fixture bluez_mock) in the background and the picker lists them; start-up
// goes back to the adapter used last once it is found; the user scans, connects, browses the
// tree, reads and subscribes; an adapter that is switched off is offered to be switched on;
// bluetoothd leaving the bus takes its adapters out of the picker without holding anything up.
#include "support/demosession.h"
#include "support/mockbluezcontrol.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/ui/gatt/cccdeditor.h>
#include <gattscope/ui/window/backendcontroller.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>

using namespace gattscope;
using namespace gattscope::test;
using gattscope::testing::MockBluezControl;

class TestBluezExplorer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    MockBluezControl m_mock;

    QComboBox *picker() const { return m_window->findChild<QComboBox *>(QStringLiteral("backendCombo")); }
    int row(const QString &uri) const { return picker()->findData(uri); }
    QString label(const QString &uri) const { return picker()->itemText(row(uri)); }
    QMessageBox *powerQuestion() const { return m_window->backendController()->powerQuestion(); }
    // As a user picks an entry of the tool bar's picker.
    bool pick(const QString &uri)
    {
        const int index = row(uri);
        if (index < 0)
            return false;
        picker()->setCurrentIndex(index);
        Q_EMIT picker()->activated(index);
        return m_window->backendUri() == uri;
    }
    static QAbstractButton *button(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *b : buttons) {
            if (box->buttonRole(b) == role)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!gattscope::testing::haveMockBus())
            QSKIP("needs the private bus of the bluez_mock fixture (ctest -R bluezexplorer)");
        QVERIFY(m_mock.reset());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (gattscope::testing::haveMockBus()) {
            if (!m_mock.online())
                m_mock.comeBack(); // a failed test may have left bluetoothd away
            m_mock.reset();
        }
    }

    // The adapter used last is not in the first list (the adapters are asked in the
    // background): start-up does not wait for them, and opens it once the answer is in.
    void startsOnTheAdapterUsedLast()
    {
        QSettings().setValue(QStringLiteral("backend/last"), QStringLiteral("bluez:hci0"));
        m_window = std::make_unique<MainWindow>(makeBackendCatalog());
        m_window->resize(1280, 800);
        // Opened at once when the probe already answered, else once it has
        // (tst_backendpicker checks both ways deterministically).
        QVERIFY(m_window->openInitialBackend().ok());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->backendUri(), QStringLiteral("bluez:hci0"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->backend()->state(), Backend::State::Scanning, 5000);
        QTRY_VERIFY(m_window->scanAction()->isChecked());
        QVERIFY(m_window->backend()->info().powered);
    }

    void pickerListsEveryAdapter()
    {
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("bluez:hci1")) >= 0, 10000);
        QCOMPARE(label(QStringLiteral("bluez:hci0")),
                 QStringLiteral("Bluetooth adapter hci0 (00:AA:01:00:00:00)"));
        QCOMPARE(label(QStringLiteral("bluez:hci1")),
                 QStringLiteral("Bluetooth adapter hci1 (00:AA:01:00:00:01)"));
        const QString tip = picker()->itemData(row(QStringLiteral("bluez:hci1")), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("gattscope-sim")) && tip.contains(QStringLiteral("switched on"))
                     && tip.contains(QStringLiteral("bluez:hci1")),
                 qPrintable(tip));
        QVERIFY(row(QStringLiteral("demo")) >= 0); // the Demo dongle stays on offer
        QCOMPARE(picker()->currentIndex(), row(QStringLiteral("bluez:hci0")));
    }

    void scanConnectBrowseRead()
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
        QCOMPARE(tree->indexForHandle(*hrm->cccdHandle()).parent(), measurement);

        // Body Sensor Location: "chest", as the profile says.
        QCOMPARE(readThroughEditor(t, m_window->logModel(), Uuid(quint16(0x2A38))),
                 QByteArray::fromHex("01"));
        QVERIFY2(t->treeModel()
                     ->decodedValue(valueHandle(t, Uuid(quint16(0x2A38))))
                     .contains(QStringLiteral("Chest")),
                 qPrintable(t->treeModel()->decodedValue(valueHandle(t, Uuid(quint16(0x2A38))))));

        // Notifications through the CCCD editor (BlueZ's StartNotify underneath).
        QVERIFY(t->selectHandle(*hrm->cccdHandle()));
        CccdEditor *cccd = t->cccdEditor();
        cccd->setNotify(true);
        cccd->write();
        const quint16 value = hrm->valueHandle;
        QTRY_VERIFY_WITH_TIMEOUT(
            entries(m_window->logModel(), TrafficEntry::Direction::Notification, value).size() >= 2, 8000);
        const TrafficEntry n
            = entries(m_window->logModel(), TrafficEntry::Direction::Notification, value).last();
        QVERIFY2(n.decoded.contains(QStringLiteral("bpm")), qPrintable(n.decoded));
    }

    // Opened switched off: the question comes, "Switch On" switches it on and it scans.
    void switchedOffAdapterIsOfferedToBeSwitchedOn()
    {
        QVERIFY(m_mock.setPowered(QStringLiteral("hci1"), false));
        QTRY_COMPARE_WITH_TIMEOUT(label(QStringLiteral("bluez:hci1")),
                                  QStringLiteral("Bluetooth adapter hci1 (00:AA:01:00:00:01, switched off)"),
                                  10000);
        QVERIFY(pick(QStringLiteral("bluez:hci1")));
        QCOMPARE(m_window->deviceTabs()->count(), 0); // the other adapter's links went with it
        QTRY_VERIFY_WITH_TIMEOUT(powerQuestion() && powerQuestion()->isVisible(), 5000);
        QVERIFY2(powerQuestion()->text().contains(QStringLiteral("hci1")),
                 qPrintable(powerQuestion()->text()));
        QVERIFY(!m_window->backend()->info().powered);
        QVERIFY(m_window->backend()->state() != Backend::State::Scanning);
        QVERIFY(!m_window->scanAction()->isChecked());

        QAbstractButton *on = button(powerQuestion(), QMessageBox::AcceptRole);
        QVERIFY(on);
        QCOMPARE(on->text(), QStringLiteral("Switch On"));
        on->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->backend()->info().powered, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->backend()->state(), Backend::State::Scanning, 5000);
        QTRY_VERIFY(!powerQuestion());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->scannerModel()->rowOf(HrmStrap) >= 0, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(label(QStringLiteral("bluez:hci1")),
                                  QStringLiteral("Bluetooth adapter hci1 (00:AA:01:00:00:01)"), 10000);
    }

    // Switched off in use, then on elsewhere (bluetoothctl): asked, then the question goes
    // by itself and scanning resumes.
    void switchedOffInUseAndOnElsewhere()
    {
        QVERIFY(m_mock.setPowered(QStringLiteral("hci1"), false));
        QTRY_VERIFY_WITH_TIMEOUT(powerQuestion() && powerQuestion()->isVisible(), 5000);
        QTRY_VERIFY(!m_window->scanAction()->isChecked());
        QVERIFY(m_mock.setPowered(QStringLiteral("hci1"), true));
        QTRY_VERIFY_WITH_TIMEOUT(!powerQuestion(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->backend()->state(), Backend::State::Scanning, 5000);
    }

    // "Not now" leaves it off; pressing Scan asks again.
    void declinedThenAskedAgainOnScan()
    {
        QVERIFY(m_mock.setPowered(QStringLiteral("hci1"), false));
        QTRY_VERIFY_WITH_TIMEOUT(powerQuestion() && powerQuestion()->isVisible(), 5000);
        QAbstractButton *notNow = button(powerQuestion(), QMessageBox::RejectRole);
        QVERIFY(notNow);
        notNow->click();
        QTRY_VERIFY(!powerQuestion());
        QVERIFY(!m_window->backend()->info().powered);
        m_window->setScanning(true);
        QTRY_VERIFY_WITH_TIMEOUT(powerQuestion() && powerQuestion()->isVisible(), 5000);
        button(powerQuestion(), QMessageBox::AcceptRole)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->backend()->state(), Backend::State::Scanning, 5000);
    }

    // bluetoothd leaves the bus: its adapters leave the picker (the one in use stays, as
    // unavailable), nothing waits on it; back, they are listed again and the scan resumes.
    void bluetoothdLeavingAndComingBack()
    {
        QVERIFY(m_mock.vanish(-1));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->backend()->state(), Backend::State::Unavailable, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("bluez:hci0")) < 0, 10000);
        QVERIFY(row(QStringLiteral("bluez:hci1")) >= 0); // in use
        QVERIFY(row(QStringLiteral("demo")) >= 0);

        QVERIFY(m_mock.comeBack());
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("bluez:hci0")) >= 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->backend()->state(), Backend::State::Scanning, 10000);
    }
};

QTEST_MAIN(TestBluezExplorer)
#include "tst_bluezexplorer.moc"
