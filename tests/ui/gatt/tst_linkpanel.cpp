// SPDX-License-Identifier: MIT
// The device tab's link panel on the Demo dongle (the real BGAPI client over the virtual
// BLED112): the parameters the link started with, the dialog's range checks, a request that
// goes out as connection_update and the parameters the device accepted, and a backend that
// cannot request any.
#include "support/bgapitestrig.h"

#include <gattscope/core/session/devicesession.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/gatt/connectionparametersdialog.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/gatt/linkpanel.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace gattscope;
using namespace gattscope::testing;

namespace {
// A label/value pair as the panel shows it: no-break spaces inside.
QString pair(QString text)
{
    return text.replace(u' ', QChar(0x00A0));
}
} // namespace

class TestLinkPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Rig> m_rig;
    std::unique_ptr<OperationTracker> m_tracker;
    std::unique_ptr<DeviceTab> m_tab;
    ConnectionParameters m_initial;

    LinkPanel *panel() const { return m_tab->linkPanel(); }
    QPushButton *okButton(ConnectionParametersDialog *d) const
    {
        return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    QString message(ConnectionParametersDialog *d) const
    {
        return d->findChild<QLabel *>(QStringLiteral("parametersMessage"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_rig = std::make_unique<Rig>();
        QVERIFY(m_rig->open().ok());
        const Result<Connection *> link = m_rig->connect(QStringLiteral("HRM Strap"));
        QVERIFY(link.ok());
        m_tracker = std::make_unique<OperationTracker>();
        m_tab = std::make_unique<DeviceTab>(
            new DeviceSession(link.value(), nullptr, QStringLiteral("HRM Strap")), m_tracker.get());
        m_tab->setReadValuesAfterDiscovery(false);
        m_tab->setBackendCapabilities({});
        m_tab->resize(900, 600);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        m_rig->tapCommands();
    }

    void cleanupTestCase()
    {
        m_tab.reset();
        m_tracker.reset();
        m_rig.reset();
    }

    void showsTheLinkItStartedWith()
    {
        QTRY_VERIFY(!m_tab->session()->parameters().isNull());
        m_initial = m_tab->session()->parameters();
        QVERIFY(panel()->isVisible());
        const QString values = panel()->valuesText();
        QVERIFY2(values.contains(pair(u"Interval " + DeviceSession::intervalText(m_initial.intervalUs))),
                 qPrintable(values));
        QVERIFY(values.contains(pair(QStringLiteral("Latency %1").arg(m_initial.latency))));
        QVERIFY(values.contains(
            pair(u"Supervision timeout " + DeviceSession::timeoutText(m_initial.supervisionTimeoutMs))));
        // "MTU" and "23" never wrap apart.
        QVERIFY2(values.contains(QStringLiteral("MTU\u00A023")), qPrintable(values));
        QVERIFY(values.contains(pair(QStringLiteral("Not encrypted"))));
        QVERIFY(panel()->requestAction()->isEnabled());
        QVERIFY(panel()->resultText().isEmpty());
        // The state line leaves the link's details to the panel.
        const QString state = m_tab->findChild<QLabel *>(QStringLiteral("deviceState"))->text();
        QVERIFY2(state.contains(QStringLiteral("Connected")) && !state.contains(QStringLiteral("MTU")),
                 qPrintable(state));
    }

    void dialogRejectsWhatTheSpecDoesNotAllow_data()
    {
        QTest::addColumn<double>("intervalMs");
        QTest::addColumn<int>("latency");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("message");
        QTest::newRow("interval too short") << 5.0 << 0 << 4000 << "between 7.5 ms and 4 s";
        QTest::newRow("interval too long") << 4001.25 << 0 << 32000 << "between 7.5 ms and 4 s";
        QTest::newRow("interval off the 1.25 ms grid") << 30.5 << 0 << 4000 << "multiple of 1.25 ms";
        QTest::newRow("latency too high") << 30.0 << 500 << 32000 << "between 0 and 499";
        QTest::newRow("timeout too short") << 30.0 << 0 << 90 << "between 100 ms and 32 s";
        QTest::newRow("timeout too long") << 30.0 << 0 << 32010 << "between 100 ms and 32 s";
        QTest::newRow("timeout off the 10 ms grid") << 30.0 << 0 << 4005 << "multiple of 10 ms";
        QTest::newRow("timeout within (1+latency)×interval×2")
            << 100.0 << 9 << 2000 << "longer than (1 + latency) × interval × 2 = 2 s";
        QTest::newRow("timeout equal to (1+latency)×interval×2")
            << 50.0 << 0 << 100 << "longer than (1 + latency) × interval × 2 = 100 ms";
    }

    void dialogRejectsWhatTheSpecDoesNotAllow()
    {
        QFETCH(double, intervalMs);
        QFETCH(int, latency);
        QFETCH(int, timeoutMs);
        QFETCH(QString, message);
        panel()->requestAction()->trigger();
        QTRY_VERIFY(panel()->dialog());
        ConnectionParametersDialog *d = panel()->dialog();
        QVERIFY(okButton(d)->isEnabled()); // starts at the link's parameters
        d->intervalEdit()->setValue(intervalMs);
        d->latencyEdit()->setValue(latency);
        d->timeoutEdit()->setValue(timeoutMs);
        QVERIFY2(this->message(d).contains(message), qPrintable(this->message(d)));
        QVERIFY(!d->isAcceptable());
        QVERIFY(!okButton(d)->isEnabled());
        d->reject();
        QTRY_VERIFY(!panel()->dialog());
        QCOMPARE(m_rig->commandCount(QStringLiteral("connection_update")), 0);
    }

    void requestGoesOutAsConnectionUpdate()
    {
        panel()->requestAction()->trigger();
        QTRY_VERIFY(panel()->dialog());
        ConnectionParametersDialog *d = panel()->dialog();
        QCOMPARE(d->parameters(), m_initial);
        d->intervalEdit()->setValue(50);
        d->latencyEdit()->setValue(2);
        d->timeoutEdit()->setValue(6000);
        QVERIFY2(d->isAcceptable(), qPrintable(d->message()));
        QVERIFY(okButton(d)->isEnabled());
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        // Pending until the dongle answered and reported the new parameters.
        QCOMPARE(panel()->resultText(), QStringLiteral("Requesting 50 ms / 2 / 6 s…"));
        QVERIFY(!panel()->requestAction()->isEnabled());
        QTRY_COMPARE(panel()->resultText(), QStringLiteral("The device accepted 50 ms / 2 / 6 s"));
        QCOMPARE(m_rig->commandCount(QStringLiteral("connection_update")), 1);
        QCOMPARE(m_tab->session()->parameters(), ConnectionParameters({ 50000, 2, 6000 }));
        QVERIFY2(panel()->valuesText().contains(pair(QStringLiteral("Interval 50 ms"))),
                 qPrintable(panel()->valuesText()));
        QVERIFY(panel()->valuesText().contains(pair(QStringLiteral("Supervision timeout 6 s"))));
        QVERIFY(panel()->requestAction()->isEnabled());
    }

    void refusedRequestShowsTheError()
    {
        // Past the dialog (a script, a future caller): the backend's check still holds.
        const Result<ConnectionParameters> r = await(panel()->requestParameters({ 5000, 0, 4000 }));
        QVERIFY(!r.ok());
        QTRY_VERIFY2(panel()->resultText().startsWith(QStringLiteral("Request failed: ")),
                     qPrintable(panel()->resultText()));
        QCOMPARE(m_rig->commandCount(QStringLiteral("connection_update")), 1);
        QVERIFY(panel()->valuesText().contains(pair(QStringLiteral("Interval 50 ms"))));
    }

    void backendWithoutParametersDisablesTheRequest()
    {
        m_tab->setBackendCapabilities(Backend::Capability::NoConnectionParameters);
        QVERIFY(!panel()->requestAction()->isEnabled());
        QVERIFY2(panel()->requestAction()->toolTip().contains(QStringLiteral("cannot")),
                 qPrintable(panel()->requestAction()->toolTip()));
        QVERIFY(panel()->valuesText().contains(QStringLiteral("not reported by this backend")));
        QVERIFY(panel()->valuesText().contains(QStringLiteral("MTU\u00A023")));
        panel()->openDialog();
        QVERIFY(!panel()->dialog());
        m_tab->setBackendCapabilities({});
        QVERIFY(panel()->requestAction()->isEnabled());
    }

    void hiddenWhileTheLinkIsDown()
    {
        QVERIFY(await(m_tab->session()->disconnectFromDevice()).ok());
        QTRY_VERIFY(!panel()->isVisible());
        QVERIFY(!panel()->requestAction()->isEnabled());
    }
};

QTEST_MAIN(TestLinkPanel)
#include "tst_linkpanel.moc"
