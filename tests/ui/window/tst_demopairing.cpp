// SPDX-License-Identifier: MIT
// Pairing and bonds in the explorer on the Demo dongle: the Motion sensor's secret
// characteristic needs an encrypted link (passkey 123456). The tests run in order: Cancel
// and a wrong passkey leave the link unencrypted, "Pair and retry" pairs, the Bonds dialog
// lists and removes the new bond.
#include "support/demosession.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/core/session/devicesession.h>
#include <gattscope/ui/gatt/passkeydialog.h>
#include <gattscope/ui/window/bondsdialog.h>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace gattscope;
using namespace gattscope::test;

class TestDemoPairing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    DeviceTab *m_tab = nullptr;

    // Waits for the tab's passkey dialog, types `digits` and presses OK (or Cancel).
    bool answerPasskey(const QString &digits, bool accept)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(m_tab->passkeyDialog() && m_tab->passkeyDialog()->isVisible(), 5000);
        }();
        PasskeyDialog *dialog = m_tab->passkeyDialog();
        if (!dialog)
            return false;
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QLineEdit *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passkeyEdit"));
        if (!buttons || !edit)
            return false;
        QTest::keyClicks(edit, digits);
        if (!accept) {
            QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            return true;
        }
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled())
            return false;
        QTest::mouseClick(ok, Qt::LeftButton);
        return true;
    }

    QString readError()
    {
        ValueEditor *editor = m_tab->valueEditor();
        return editor->statusIsError() ? editor->statusText() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(makeBackendCatalog());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openBackend(QStringLiteral("demo")).ok());
        QTRY_COMPARE(m_window->backend()->state(), Backend::State::Scanning);
        m_tab = connectAndDiscover(m_window.get(), MotionSensor);
        QVERIFY(m_tab);
        QVERIFY2(m_tab->stateText().contains(QStringLiteral("Not encrypted")),
                 qPrintable(m_tab->stateText()));
        QVERIFY(m_window->pairAction()->isEnabled());
    }

    void cleanupTestCase() { m_window.reset(); }

    void passkeyDialogTakesSixDigitsOnly()
    {
        PasskeyDialog dialog(QStringLiteral("X"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog.edit(), QStringLiteral("12ab3"));
        QCOMPARE(dialog.edit()->text(), QStringLiteral("123"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.edit(), QStringLiteral("4567"));
        QCOMPARE(dialog.edit()->text(), QStringLiteral("123456"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.passkey(), std::optional<quint32>(123456));
    }

    void cancelInThePasskeyDialogStopsPairing()
    {
        QFuture<Status> paired = m_tab->pair();
        QVERIFY(!m_tab->pairAction()->isEnabled());
        QVERIFY(answerPasskey(QStringLiteral("12"), false));
        QTRY_VERIFY_WITH_TIMEOUT(paired.isFinished(), 5000);
        QVERIFY(!paired.result().ok());
        QCOMPARE(paired.result().error().kind(), Error::Kind::Cancelled);
        QVERIFY(m_tab->pairingMessage().isEmpty()); // a cancel is the user's choice: no error
        QVERIFY(m_tab->session()->isConnected());
        QVERIFY(!m_tab->session()->isEncrypted());
        QTRY_VERIFY(m_tab->pairAction()->isEnabled());
    }

    void wrongPasskeyFailsClearlyAndTheTabKeepsWorking()
    {
        m_window->deviceTabs()->setCurrentWidget(m_tab);
        m_window->pairAction()->trigger(); // Device → Pair…
        QVERIFY(m_tab->session()->isPairing());
        QVERIFY(answerPasskey(QStringLiteral("000000"), true));
        QTRY_VERIFY_WITH_TIMEOUT(!m_tab->session()->isPairing(), 10000);
        const QString message = m_tab->pairingMessage();
        QVERIFY2(message.contains(QStringLiteral("Pairing with"))
                     && message.contains(QStringLiteral("failed")),
                 qPrintable(message));
        QVERIFY(!m_tab->session()->isEncrypted());
        QVERIFY(!m_tab->session()->isBonded());
        QVERIFY(m_tab->session()->isConnected());
        // The tab keeps working: a plain read succeeds.
        const QByteArray name = readThroughEditor(m_tab, m_window->logModel(), MotionName);
        QVERIFY(!name.isEmpty());
        QVERIFY(!m_tab->valueEditor()->statusIsError());
    }

    void pairAndRetryFromAFailedRead()
    {
        const quint16 secret = valueHandle(m_tab, MotionSecret);
        QVERIFY(m_tab->selectHandle(secret));
        m_tab->valueEditor()->read();
        QTRY_VERIFY_WITH_TIMEOUT(!readError().isEmpty(), 5000);
        QVERIFY2(readError().contains(QStringLiteral("Insufficient Authentication")),
                 qPrintable(readError()));
        // The tab offers to pair and retry.
        QTRY_VERIFY(!m_tab->pairingMessage().isEmpty());
        QPushButton *retry = m_tab->pairAndRetryButton();
        QVERIFY(retry->isVisible());
        QCOMPARE(retry->objectName(), QStringLiteral("pairAndRetry"));
        const qsizetype before = entries(m_window->logModel(), TrafficEntry::Direction::Read, secret).size();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(answerPasskey(QStringLiteral("123456"), true));
        // Paired, then the read ran again and succeeded.
        QTRY_VERIFY_WITH_TIMEOUT(
            entries(m_window->logModel(), TrafficEntry::Direction::Read, secret).size() > before, 10000);
        const TrafficEntry read = entries(m_window->logModel(), TrafficEntry::Direction::Read, secret).last();
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QVERIFY(!read.value.isEmpty());
        QTRY_VERIFY(!m_tab->valueEditor()->statusIsError());
        QVERIFY(m_tab->pairingMessage().isEmpty());
        QVERIFY(m_tab->session()->isEncrypted());
        QVERIFY(m_tab->session()->isBonded());
        QVERIFY2(m_tab->stateText().contains(QStringLiteral("Encrypted, bonded")),
                 qPrintable(m_tab->stateText()));
        // And a plain read of the secret now works too.
        QCOMPARE(readThroughEditor(m_tab, m_window->logModel(), MotionSecret), read.value);
    }

    void bondsDialogListsTheBondAndRemovesIt()
    {
        QVERIFY(m_window->bondsAction()->isEnabled());
        m_window->bondsAction()->trigger();
        auto *dialog = m_window->findChild<BondsDialog *>(QStringLiteral("bondsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->list()->topLevelItemCount() > 0, 5000);
        const int count = dialog->list()->topLevelItemCount();
        QVERIFY2(dialog->statusText().contains(QStringLiteral("bond")), qPrintable(dialog->statusText()));
        auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeBond"));
        QVERIFY(remove && !remove->isEnabled()); // nothing selected yet
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
        QVERIFY(remove->isEnabled());
        QSignalSpy removed(dialog, &BondsDialog::bondsRemoved);
        QSignalSpy refreshed(dialog, &BondsDialog::refreshed);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(removed.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 5000);
        QCOMPARE(dialog->list()->topLevelItemCount(), count - 1);
        QVERIFY(!m_tab->session()->isBonded());
        QVERIFY2(m_tab->stateText().contains(QStringLiteral("Encrypted")), qPrintable(m_tab->stateText()));
        QVERIFY(!m_tab->stateText().contains(QStringLiteral("bonded")));
        dialog->close();
    }
};

QTEST_MAIN(TestDemoPairing)
#include "tst_demopairing.moc"
