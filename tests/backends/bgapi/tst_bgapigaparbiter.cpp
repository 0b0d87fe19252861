// SPDX-License-Identifier: MIT
// BgapiGapArbiter through the backend, against the in-process virtual BLED112, watching the
// GAP commands on the wire: a connect pauses the scan and it resumes, new scan options
// restart it (the same ones do not), and a dongle that runs a procedure we do not know of
// (wrong_state, 0x0181) is brought back in line with gap_end_procedure and one retry.
#include "support/bgapitestrig.h"

#include <QSignalSpy>
#include <QTest>

using namespace gattscope;
using namespace gattscope::testing;

namespace {
const QString kEnd = QStringLiteral("gap_end_procedure");
const QString kConnect = QStringLiteral("gap_connect_direct");
const QString kParameters = QStringLiteral("gap_set_scan_parameters");
const QString kFiltering = QStringLiteral("gap_set_filtering");
const QString kDiscover = QStringLiteral("gap_discover");

// Only the GAP commands (the dongle also hears attclient, connection, sm … commands).
QStringList gapOnly(const QStringList &names)
{
    QStringList gap;
    for (const QString &n : names) {
        if (n.startsWith(QStringLiteral("gap_")))
            gap.append(n);
    }
    return gap;
}

// The dongle answers gap_discover too late: the backend gave the scan up (Timeout) while
// the dongle scans. Returns once the late answer has gone out, so it cannot be taken for
// the answer to a later command.
void scanBehindTheBackendsBack(Rig &rig)
{
    FaultRule late;
    late.action = FaultRule::Action::DelayResponse;
    late.command = QStringLiteral("gap_discover");
    late.delayMs = 800; // the rig's commands time out after 500 ms
    rig.dongle->faults().addRule(late);
    rig.dongle->setTrafficSignals(true);
    bool answered = false;
    QObject::connect(rig.dongle, &VirtualDongle::packetSent, &rig.context, [&answered](const QByteArray &p) {
        answered = answered || p.startsWith(QByteArray::fromHex("00020602"));
    });
    const Status scan = await(rig.backend->startScan());
    QCOMPARE(scan.error().kind(), Error::Kind::Timeout);
    QCOMPARE(rig.backend->state(), Backend::State::Ready);
    QVERIFY(rig.dongle->isScanning());
    QTRY_VERIFY_WITH_TIMEOUT(answered, 3000);
    QObject::disconnect(rig.dongle, &VirtualDongle::packetSent, &rig.context, nullptr);
}
} // namespace

class TestBgapiGapArbiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectPausesAndResumesTheScan();
    void newScanOptionsRestartTheScan();
    void stopWhileStarting();
    void wrongStateToConnectIsRetriedOnce();
    void wrongStateToScanIsRetriedOnce();
};

void TestBgapiGapArbiter::connectPausesAndResumesTheScan()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    QVERIFY(await(rig.backend->startScan()).ok());
    QList<Backend::State> states;
    QObject::connect(rig.backend, &Backend::stateChanged, &rig.context,
                     [&](Backend::State s) { states.append(s); });
    rig.tapCommands();
    const Result<Connection *> c = rig.connect(QStringLiteral("HRM Strap"));
    QVERIFY2(c.ok(), qPrintable(c.error().toString()));
    QTRY_VERIFY(rig.dongle->isScanning());
    QTRY_COMPARE(gapOnly(rig.commandNames()),
                 QStringList({ kEnd, kConnect, kParameters, kFiltering, kDiscover }));
    // The user's scan never stopped as far as the backend's state goes.
    QVERIFY(states.isEmpty());
    QCOMPARE(rig.backend->state(), Backend::State::Scanning);
}

void TestBgapiGapArbiter::newScanOptionsRestartTheScan()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    ScanOptions options;
    QVERIFY(await(rig.backend->startScan(options)).ok());
    rig.tapCommands();
    // Asked for again with the same options: nothing to do.
    QVERIFY(await(rig.backend->startScan(options)).ok());
    QVERIFY(gapOnly(rig.commandNames()).isEmpty());
    // Other options: the dongle must be told, so the scan restarts.
    options.active = false;
    QVERIFY(await(rig.backend->startScan(options)).ok());
    QCOMPARE(gapOnly(rig.commandNames()), QStringList({ kEnd, kParameters, kFiltering, kDiscover }));
    QCOMPARE(rig.backend->state(), Backend::State::Scanning);
    QVERIFY(rig.dongle->isScanning());
}

void TestBgapiGapArbiter::stopWhileStarting()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    const QFuture<Status> start = rig.backend->startScan();
    const QFuture<Status> stop = rig.backend->stopScan();
    QVERIFY(await(start).ok());
    QVERIFY(await(stop).ok());
    QTRY_VERIFY(!rig.dongle->isScanning());
    QCOMPARE(rig.backend->state(), Backend::State::Ready);
}

void TestBgapiGapArbiter::wrongStateToConnectIsRetriedOnce()
{
    Rig rig(VirtualDongleOptions(), fastOptions(500));
    QVERIFY(rig.open().ok());
    scanBehindTheBackendsBack(rig);
    if (QTest::currentTestFailed())
        return;
    rig.tapCommands();
    // The dongle refuses gap_connect_direct while it scans; the arbiter ends the scan it did
    // not know of and tries again.
    const Result<Connection *> c = rig.connect(QStringLiteral("HRM Strap"));
    QVERIFY2(c.ok(), qPrintable(c.error().toString()));
    QCOMPARE(gapOnly(rig.commandNames()), QStringList({ kConnect, kEnd, kConnect }));
    QVERIFY(!rig.dongle->isScanning()); // nobody wants that scan
    QCOMPARE(rig.backend->state(), Backend::State::Ready);
}

void TestBgapiGapArbiter::wrongStateToScanIsRetriedOnce()
{
    Rig rig(VirtualDongleOptions(), fastOptions(500));
    QVERIFY(rig.open().ok());
    scanBehindTheBackendsBack(rig);
    if (QTest::currentTestFailed())
        return;
    rig.tapCommands();
    const Status scan = await(rig.backend->startScan());
    QVERIFY2(scan.ok(), qPrintable(scan.error().toString()));
    QCOMPARE(gapOnly(rig.commandNames()),
             QStringList({ kParameters, kEnd, kParameters, kFiltering, kDiscover }));
    QCOMPARE(rig.backend->state(), Backend::State::Scanning);
    QVERIFY(await(rig.backend->stopScan()).ok());
    QTRY_VERIFY(!rig.dongle->isScanning());
}

QTEST_GUILESS_MAIN(TestBgapiGapArbiter)
#include "tst_bgapigaparbiter.moc"
