// SPDX-License-Identifier: MIT
// Reading every value after discovery (File → Preferences, on by default) on the Demo dongle:
// the tree's values filled like LightBlue's, the status bar's progress and Cancel, a link
// that drops in the middle, the option off; and "Save as virtual peripheral" reading what is
// unread first, so that the Demo dongle serving the saved file answers the same values,
// notifies Heart Rate Measurement, and the user is told what could not be read.
#include "support/demosession.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/window/filescontroller.h>
#include <gattscope/ui/window/preferencesdialog.h>

#include <QCheckBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace gattscope;
using namespace gattscope::test;

namespace {
const Uuid HeartRateMeasurement(quint16(0x2A37));
const Uuid BodySensorLocation(quint16(0x2A38));

// The handles read-all reads: characteristic values with Read, descriptors but CCCDs.
QList<quint16> readableHandles(const GattDatabase &db)
{
    QList<quint16> out;
    for (const Service &s : db.services()) {
        for (const Characteristic &c : s.characteristics) {
            if (c.properties & CharacteristicProperty::Read)
                out << c.valueHandle;
            for (const Descriptor &d : c.descriptors) {
                if (d.uuid != GattUuid::ClientCharacteristicConfiguration)
                    out << d.handle;
            }
        }
    }
    return out;
}

QList<quint16> unknown(const GattDatabase &db, const QList<quint16> &handles)
{
    QList<quint16> out;
    for (quint16 h : handles) {
        if (!db.value(h))
            out << h;
    }
    return out;
}

// The value of the first characteristic `uuid` (with `service`, when given).
std::optional<QByteArray> valueOf(const GattDatabase &db, const Uuid &uuid)
{
    const QList<const Characteristic *> found = db.characteristicsByUuid(uuid);
    if (found.isEmpty() || !found.first()->hasValue)
        return std::nullopt;
    return found.first()->value;
}

QStatusBar *statusBarOf(MainWindow *window)
{
    return window->statusBar();
}
} // namespace

class TestDemoReadAll : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    void openWindow(bool readValues)
    {
        Preferences p = Preferences::load();
        p.readValuesAfterDiscovery = readValues;
        p.save();
        m_window = std::make_unique<MainWindow>(makeBackendCatalog());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openBackend(QStringLiteral("demo")).ok());
    }

    // Connects, and waits for discovery and for the reads after it.
    DeviceTab *connectAndSettle(const DeviceAddress &address)
    {
        DeviceTab *tab = connectAndDiscover(m_window.get(), address);
        if (!tab)
            return nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->operationTracker()->isBusy() && !tab->isReadingValues(),
                                     15000);
        }();
        return tab;
    }

    int readsInLog()
    {
        TrafficLogModel *log = m_window->logModel();
        log->flush();
        int n = 0;
        for (int r = 0; r < log->rowCount(); ++r)
            n += log->entry(r).direction == TrafficEntry::Direction::Read;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { m_window.reset(); }

    void theOptionIsOnByDefaultAndInThePreferences()
    {
        QSettings().clear();
        QVERIFY(Preferences::load().readValuesAfterDiscovery);
        PreferencesDialog dialog(Preferences::load());
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("readValuesAfterDiscovery"));
        QVERIFY(box);
        QVERIFY(box->isChecked());
        box->setChecked(false);
        dialog.preferences().save();
        QVERIFY(!Preferences::load().readValuesAfterDiscovery);
    }

    // HRM Strap: Body Sensor Location, Battery Level and every Device Information string,
    // in the tree's Value column, with nothing but Heart Rate Measurement (notify only) left.
    void readAllFillsEveryReadableValue()
    {
        openWindow(true);
        DeviceTab *tab = connectAndSettle(HrmStrap);
        QVERIFY(tab);
        const GattDatabase &db = tab->session()->database();
        const QList<quint16> readable = readableHandles(db);
        // Device Name and Appearance, 0x2A38, 0x2A19 and five 0x180A strings.
        QCOMPARE(readable.size(), 9);
        QCOMPARE(unknown(db, readable), QList<quint16>());
        QVERIFY(tab->session()->readFailures().isEmpty());
        QCOMPARE(readsInLog(), int(readable.size()));
        QCOMPARE(valueOf(db, BodySensorLocation), std::optional<QByteArray>(QByteArray::fromHex("01")));
        QCOMPARE(valueOf(db, Uuid(quint16(0x2A29))), std::optional<QByteArray>("gattscope Labs"));
        QCOMPARE(valueOf(db, Uuid(quint16(0x2A24))), std::optional<QByteArray>("HRM-1"));
        QCOMPARE(valueOf(db, Uuid(quint16(0x2A25))), std::optional<QByteArray>("HRM1-000042"));
        QCOMPARE(valueOf(db, Uuid(quint16(0x2A27))), std::optional<QByteArray>("B"));
        QCOMPARE(valueOf(db, Uuid(quint16(0x2A26))), std::optional<QByteArray>("1.4.2"));
        QVERIFY(!valueOf(db, HeartRateMeasurement)); // notify only: not read

        // The tree shows them.
        const QModelIndex manufacturer
            = tab->treeModel()->indexForHandle(valueHandle(tab, Uuid(quint16(0x2A29))));
        const QString shown
            = manufacturer.siblingAtColumn(int(GattTreeModel::Column::Value)).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("gattscope Labs")), qPrintable(shown));
    }

    // gattscope Motion: its 0x2901s and the long value too; the encrypted secret answers
    // Insufficient Authentication, which is kept and said, and the rest is read.
    void aFailedReadDoesNotStopTheRest()
    {
        openWindow(true);
        DeviceTab *tab = connectAndSettle(MotionSensor);
        QVERIFY(tab);
        const GattDatabase &db = tab->session()->database();
        const quint16 secret = valueHandle(tab, MotionSecret);
        QVERIFY(secret);
        QCOMPARE(unknown(db, readableHandles(db)), QList<quint16> { secret });
        QCOMPARE(tab->session()->readFailures().keys(), QList<quint16> { secret });
        QVERIFY(tab->session()->readFailures().value(secret).isAtt(AttError::InsufficientAuthentication));
        const QString message = statusBarOf(m_window.get())->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("1 could not be read")), qPrintable(message));
    }

    void theOptionOffReadsNothing()
    {
        openWindow(false);
        DeviceTab *tab = connectAndSettle(HrmStrap);
        QVERIFY(tab);
        QVERIFY(!tab->readsValuesAfterDiscovery());
        QCOMPARE(readsInLog(), 0); // HRM Strap has no 0x2901 to name anything
        const GattDatabase &db = tab->session()->database();
        QCOMPARE(unknown(db, readableHandles(db)).size(), readableHandles(db).size());
    }

    // The status bar counts the reads, and its Cancel stops them: what was read stays, no
    // further read goes out.
    void cancelStopsPartWay()
    {
        openWindow(false);
        DeviceTab *tab = connectAndSettle(HrmStrap);
        QVERIFY(tab);
        OperationTracker *tracker = m_window->operationTracker();
        QList<OperationTracker::Progress> progress;
        connect(tracker, &OperationTracker::changed, this,
                [&progress, tracker] { progress << tracker->currentProgress(); });
        // The status bar's Cancel as soon as the second value is in.
        int values = 0;
        connect(tab->session(), &DeviceSession::valueChanged, this, [&values, tracker] {
            if (++values == 2)
                tracker->cancelAll();
        });
        QSignalSpy traffic(tab->session(), &DeviceSession::trafficRecorded);
        QFuture<Status> all = tab->readValues();
        QTRY_VERIFY_WITH_TIMEOUT(all.isFinished(), 5000);
        QCOMPARE(all.result().error().kind(), Error::Kind::Cancelled);
        QVERIFY(!tracker->isBusy());
        QVERIFY(!traffic.wait(1000)); // nothing more goes out
        QCOMPARE(values, 2);
        const GattDatabase &db = tab->session()->database();
        QCOMPARE(unknown(db, readableHandles(db)).size(), readableHandles(db).size() - 2); // kept
        QVERIFY(tab->session()->readFailures().isEmpty()); // cancelled is not a failure
        // The status bar showed how far it had come: 1 of 9 after the first read.
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const OperationTracker::Progress &p) {
            return p.value == 1 && p.maximum == 9;
        }));
    }

    void disconnectInTheMiddleEndsCleanly()
    {
        openWindow(false);
        DeviceTab *tab = connectAndSettle(HrmStrap);
        QVERIFY(tab);
        connect(tab->session(), &DeviceSession::valueChanged, tab, &DeviceTab::disconnectFromDevice,
                Qt::SingleShotConnection);
        // Every message, not only the last: the link's own "disconnected" line may come
        // after the read-all's one (it does on a slow machine, e.g. under ASan).
        QSignalSpy messages(statusBarOf(m_window.get()), &QStatusBar::messageChanged);
        QFuture<Status> all = tab->readValues();
        QTRY_VERIFY_WITH_TIMEOUT(all.isFinished(), 8000);
        QCOMPARE(all.result().error().kind(), Error::Kind::Disconnected);
        QVERIFY(!tab->session()->isConnected());
        QTRY_VERIFY(!m_window->operationTracker()->isBusy());
        QStringList shown;
        for (const QList<QVariant> &m : std::as_const(messages))
            shown.append(m.at(0).toString());
        QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                             [](const QString &m) {
                                 return m.contains(QStringLiteral("disconnected while its values were read"));
                             }),
                 qPrintable(shown.join(u" | ")));
        const GattDatabase &db = tab->session()->database();
        const qsizetype missing = unknown(db, readableHandles(db)).size();
        QVERIFY2(missing < readableHandles(db).size(), "the values read before stay");
    }

    // Save as virtual peripheral reads what is unread first; the Demo dongle serving the file
    // answers every value the original did and notifies Heart Rate Measurement.
    void theCloneIsComplete()
    {
        openWindow(false); // nothing read before saving: the save reads it all
        DeviceTab *tab = connectAndSettle(HrmStrap);
        QVERIFY(tab);
        const QString fileName = m_dir.filePath(QStringLiteral("hrm-clone.json"));
        QFuture<Result<FilesController::SavedProfile>> saving
            = m_window->filesController()->readAndSaveVirtualPeripheral(tab, fileName);
        QTRY_VERIFY_WITH_TIMEOUT(saving.isFinished(), 8000);
        const Result<FilesController::SavedProfile> saved = saving.result();
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QVERIFY2(saved.value().unread.isEmpty(), qPrintable(saved.value().unread.join(u'\n')));
        const GattDatabase original = tab->session()->database();
        QCOMPARE(unknown(original, readableHandles(original)), QList<quint16>());

        // The Demo dongle serving only that file, as File → Load virtual peripherals… does.
        Preferences p = Preferences::load();
        p.readValuesAfterDiscovery = true; // the clone's tab reads everything
        p.save();
        const QPointer<DeviceTab> gone(tab);
        QVERIFY(m_window->loadVirtualPeripherals({ fileName }, BackendController::Scope::ThisRun).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!gone, 5000); // the restart closes the tabs
        QTRY_VERIFY_WITH_TIMEOUT(m_window->scannerModel()->rowOf(HrmStrap) >= 0, 5000);
        DeviceTab *clone = connectAndSettle(HrmStrap);
        QVERIFY(clone);
        const GattDatabase &served = clone->session()->database();
        const QList<quint16> readable = readableHandles(served);
        QCOMPARE(readable.size(), readableHandles(original).size());
        for (const Service &s : original.services()) {
            if (s.uuid == Uuid(quint16(0x1800)))
                continue; // the dongle's own Generic Access
            for (const Characteristic &c : s.characteristics) {
                const QList<const Characteristic *> twin = served.characteristicsByUuid(c.uuid);
                QCOMPARE(twin.size(), 1);
                if (c.properties & CharacteristicProperty::Read)
                    QCOMPARE(twin.first()->value.toHex(' '), c.value.toHex(' '));
                QCOMPARE(twin.first()->properties, c.properties);
            }
        }
        // Heart Rate Measurement cannot be read, and notifies.
        const quint16 hrm = valueHandle(clone, HeartRateMeasurement);
        QVERIFY(hrm);
        QVERIFY(clone->subscribe(hrm, true).isStarted());
        TrafficLogModel *log = m_window->logModel();
        QTRY_VERIFY_WITH_TIMEOUT(!entries(log, TrafficEntry::Direction::Notification, hrm).isEmpty(), 5000);
        const QByteArray beat = entries(log, TrafficEntry::Direction::Notification, hrm).first().value;
        QVERIFY2(beat.size() >= 2, beat.toHex(' ').constData());
    }

    // What could not be read is listed (with the reason), in the notes too; the file is
    // still written.
    void theSaveListsWhatCouldNotBeRead()
    {
        openWindow(true);
        DeviceTab *tab = connectAndSettle(MotionSensor);
        QVERIFY(tab);
        const QString fileName = m_dir.filePath(QStringLiteral("motion.json"));
        QFuture<Result<FilesController::SavedProfile>> saving
            = m_window->filesController()->readAndSaveVirtualPeripheral(tab, fileName);
        QTRY_VERIFY_WITH_TIMEOUT(saving.isFinished(), 8000);
        const Result<FilesController::SavedProfile> saved = saving.result();
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QVERIFY(QFile::exists(fileName));
        const QStringList &unread = saved.value().unread;
        const QString secret = MotionSecret.toString();
        const auto it = std::find_if(unread.cbegin(), unread.cend(),
                                     [&secret](const QString &line) { return line.contains(secret); });
        QVERIFY2(it != unread.cend(), qPrintable(unread.join(u'\n')));
        QVERIFY2(it->contains(QStringLiteral("Insufficient Authentication")), qPrintable(*it));
        QVERIFY(saved.value().notes.contains(*it));
        // Nothing else that has the Read property is missing.
        for (const QString &line : unread)
            QVERIFY2(line == *it || line.contains(QStringLiteral("neither read nor notified")),
                     qPrintable(line));
    }
};

QTEST_MAIN(TestDemoReadAll)
#include "tst_demoreadall.moc"
