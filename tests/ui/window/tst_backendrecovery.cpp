// SPDX-License-Identifier: MIT
// The status bar after a dongle error: the error stays while the dongle is gone and is
// replaced when the backend recovers (a re-enumerating dongle), not kept for good.
#include "support/fakebackend.h"

#include <gattscope/core/backend/backendhost.h>
#include <gattscope/ui/window/mainwindow.h>

#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace gattscope;
using gattscope::test::FakeBackend;

class TestBackendRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void errorClearedWhenTheDongleIsBack()
    {
        QPointer<FakeBackend> fake;
        BackendCatalog catalog;
        catalog.create = [&fake](const QString &uri) -> Result<std::unique_ptr<BackendHost>> {
            auto *backend = new FakeBackend(uri);
            fake = backend;
            return std::make_unique<BackendHost>(backend);
        };
        MainWindow window(std::move(catalog));
        QVERIFY(window.openBackend(QStringLiteral("fake")).ok());
        QVERIFY(fake);
        // Opened, and the scan the window starts after opening is running.
        QTRY_COMPARE(fake->state(), Backend::State::Scanning);

        fake->injectTransportLoss();
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("fake dongle unplugged")),
                     qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(fake->state(), Backend::State::Unavailable);

        fake->injectRecovery();
        QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("The dongle is back."));

        // A later state change (scanning) does not say it again.
        fake->injectTransportLoss();
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("unplugged")));
        fake->injectRecovery();
        QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("The dongle is back."));
    }
};

QTEST_MAIN(TestBackendRecovery)
#include "tst_backendrecovery.moc"
