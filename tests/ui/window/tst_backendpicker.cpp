// SPDX-License-Identifier: MIT
// The backend picker with a catalog that finds some radios only in the background (as the
// application's finds the system's Bluetooth adapters over D-Bus): the probe's answer fills
// the picker, start-up goes back to the backend used last once the probe found it (or falls
// back when it did not) without waiting for it, what the first probe finds is not announced
// as "plugged in", and labels follow the catalog.
#include "support/fakebackend.h"

#include <gattscope/core/backend/backendhost.h>
#include <gattscope/ui/window/backendcontroller.h>
#include <gattscope/ui/window/mainwindow.h>

#include <QComboBox>
#include <QPromise>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace gattscope;
using gattscope::test::FakeBackend;

namespace {

// A catalog whose list is what the test says, and whose probe answers when the test says.
struct ProbedCatalog
{
    QList<BackendChoice> choices { { QStringLiteral("demo"), QStringLiteral("Demo dongle"), {}, true } };
    std::shared_ptr<QPromise<void>> probe;
    int probes = 0;

    BackendCatalog catalog()
    {
        BackendCatalog c;
        c.list = [this] {
            return choices;
        };
        c.probe = [this] {
            if (!probe || probe->future().isFinished()) {
                probe = std::make_shared<QPromise<void>>();
                probe->start();
                ++probes;
            }
            return probe->future();
        };
        c.create = [](const QString &uri) -> Result<std::unique_ptr<BackendHost>> {
            return std::make_unique<BackendHost>(new FakeBackend(uri));
        };
        return c;
    }
    void answer()
    {
        if (probe)
            probe->finish();
    }
};

QComboBox *picker(MainWindow &window)
{
    return window.findChild<QComboBox *>(QStringLiteral("backendCombo"));
}

} // namespace

class TestBackendPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void startWaitsForTheProbeToFindTheLastBackend()
    {
        QSettings().setValue(QStringLiteral("backend/last"), QStringLiteral("fake:hci0"));
        ProbedCatalog probed;
        MainWindow window(probed.catalog());
        QCOMPARE(probed.probes, 1); // asked when the picker was set up
        QVERIFY(window.openInitialBackend().ok());
        QCOMPARE(window.backendUri(), QString()); // not the Demo dongle, and no waiting
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Looking for fake:hci0")),
                 qPrintable(window.statusBar()->currentMessage()));

        probed.choices.prepend({ QStringLiteral("fake:hci0"), QStringLiteral("Adapter hci0"), {}, false });
        probed.answer();
        QTRY_COMPARE(window.backendUri(), QStringLiteral("fake:hci0"));
        QTRY_COMPARE(window.backend()->state(), Backend::State::Scanning);
        QCOMPARE(picker(window)->currentText(), QStringLiteral("Adapter hci0"));
    }

    void startFallsBackWhenTheProbeDidNotFindIt()
    {
        QSettings().setValue(QStringLiteral("backend/last"), QStringLiteral("fake:gone"));
        ProbedCatalog probed;
        MainWindow window(probed.catalog());
        QVERIFY(window.openInitialBackend().ok());
        QCOMPARE(window.backendUri(), QString());
        probed.answer();
        QTRY_COMPARE(window.backendUri(), QStringLiteral("demo"));
    }

    void userChoiceWinsOverTheWait()
    {
        QSettings().setValue(QStringLiteral("backend/last"), QStringLiteral("fake:hci0"));
        ProbedCatalog probed;
        MainWindow window(probed.catalog());
        QVERIFY(window.openInitialBackend().ok());
        QVERIFY(window.openBackend(QStringLiteral("demo")).ok());
        probed.choices.prepend({ QStringLiteral("fake:hci0"), QStringLiteral("Adapter hci0"), {}, false });
        probed.answer();
        QTRY_COMPARE(picker(window)->findData(QStringLiteral("fake:hci0")), 0);
        QCOMPARE(window.backendUri(), QStringLiteral("demo"));
    }

    void onlyLaterFindsAreAnnounced()
    {
        ProbedCatalog probed;
        MainWindow window(probed.catalog());
        QVERIFY(window.openBackend(QStringLiteral("demo")).ok());
        window.showStatus(QStringLiteral("-"));
        probed.choices.prepend({ QStringLiteral("fake:hci0"), QStringLiteral("Adapter hci0"), {}, false });
        probed.answer();
        QTRY_VERIFY(picker(window)->findData(QStringLiteral("fake:hci0")) >= 0);
        QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("plugged in")),
                 qPrintable(window.statusBar()->currentMessage()));

        // Found by a later probe: announced.
        window.backendController()->probe();
        probed.choices.prepend({ QStringLiteral("fake:hci1"), QStringLiteral("Adapter hci1"), {}, false });
        probed.answer();
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Adapter hci1 plugged in")),
                     qPrintable(window.statusBar()->currentMessage()));
    }

    void labelsFollowTheCatalog()
    {
        ProbedCatalog probed;
        probed.choices.prepend({ QStringLiteral("fake:hci0"), QStringLiteral("Adapter hci0"), {}, false });
        MainWindow window(probed.catalog());
        QCOMPARE(picker(window)->itemText(0), QStringLiteral("Adapter hci0"));
        probed.choices[0].label = QStringLiteral("Adapter hci0 (switched off)");
        probed.choices[0].description = QStringLiteral("it is off");
        window.refreshBackendList();
        QCOMPARE(picker(window)->itemText(0), QStringLiteral("Adapter hci0 (switched off)"));
        QCOMPARE(picker(window)->itemData(0, Qt::ToolTipRole).toString(), QStringLiteral("it is off"));
        QCOMPARE(picker(window)->count(), 2);
    }
};

QTEST_MAIN(TestBackendPicker)
#include "tst_backendpicker.moc"
