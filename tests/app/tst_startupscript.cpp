// SPDX-License-Identifier: MIT
// The start-up script in the process, where a test can slow the device down: a discovery
// that does not finish in time is reported as that — not as a missing characteristic.
#include "support/bgapitestrig.h"

#include <gattscope/app/gui/startupscript.h>
#include <gattscope/ui/window/mainwindow.h>

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace gattscope;

class TestStartupScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void discoveryTimeoutIsSaidAsSuch()
    {
        // A Demo dongle whose every ATT round trip takes 3 s: discovery takes far longer than
        // the script waits.
        VirtualDongleOptions slow;
        slow.procedureStepMs = 3000;
        VirtualDongle *dongle = VirtualDongle::createDemo(nullptr, slow);
        BackendCatalog catalog;
        catalog.list = [] {
            return QList<BackendChoice> { { QStringLiteral("slow"), QStringLiteral("Slow"), {}, true } };
        };
        catalog.create = [dongle](const QString &uri) -> Result<std::unique_ptr<BackendHost>> {
            auto *transport = new BgapiDeviceTransport(dongle->createLoopback(), QStringLiteral("loopback"),
                                                       QStringLiteral("Virtual"));
            return std::make_unique<BackendHost>(new BgapiBackend(uri, transport, testing::fastOptions()));
        };
        {
            MainWindow window(catalog);
            window.show();
            QVERIFY(window.openBackend(QStringLiteral("slow")).ok());
            StartupScript script(&window);
            script.setTimeout(1500);
            script.addConnectTarget(QStringLiteral("HRM Strap"));
            QVERIFY(script.addRead(QStringLiteral("2A38")).ok());
            QSignalSpy finished(&script, &StartupScript::finished);
            script.start();
            QVERIFY(finished.wait(20000));
            const Error error = finished.first().first().value<Error>();
            QVERIFY(error);
            QVERIFY2(error.message().contains(QStringLiteral("discovering its services did not finish")),
                     qPrintable(error.message()));
            QVERIFY2(!error.message().contains(QStringLiteral("has no characteristic")),
                     qPrintable(error.message()));
        }
        delete dongle;
    }
};

QTEST_MAIN(TestStartupScript)
#include "tst_startupscript.moc"
