// SPDX-License-Identifier: MIT
// BgapiBackend against every fault the virtual BLED112 injects: a lost response, garbage on
// the line, a truncated packet, a link dropped in the middle of discovery, a dongle that
// reboots, a dongle that is unplugged and comes back, and a reset at start-up.
#include "support/bgapitestrig.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace gattscope;
using namespace gattscope::testing;

namespace {
// Faults end in timeouts: keep them short here.
BgapiOptions faultOptions()
{
    return fastOptions(500);
}
} // namespace

class TestBgapiFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void droppedResponseTimesOut();
    void garbageIsSkipped_data();
    void garbageIsSkipped();
    void truncatedResponse();
    void fragmentOfABusyHostIsCompleted();
    void silentFragmentIsDropped();
    void disconnectMidDiscovery();
    void unplugAndReconnect();
    void dongleRebootEndsLinks();
    void resetOnOpen_data();
    void resetOnOpen();
    void openWithoutDongleFails();
    void delayedResponse_data();
    void delayedResponse();
    void injectedAttError();
    void resetInsteadOfAnswer();
    void unplugInsteadOfAnswer();
};

void TestBgapiFaults::droppedResponseTimesOut()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("HRM Strap")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 handle = valueHandle(db, Uuid(0x2A38));

    FaultRule drop;
    drop.action = FaultRule::Action::DropResponse;
    drop.command = QStringLiteral("attclient_read_by_handle");
    rig.dongle->faults().addRule(drop);
    const Result<QByteArray> lost = await(c->read(handle));
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().kind(), Error::Kind::Timeout);
    QVERIFY(lost.error().message().contains(QStringLiteral("attclient_read_by_handle")));

    // The value event the dongle still sent for that read was not taken for the next one,
    // and the link carries on.
    QVERIFY(c->isConnected());
    const Result<QByteArray> next = await(c->read(handle));
    QVERIFY2(next.ok(), qPrintable(next.error().toString()));
    QCOMPARE(next.value(), QByteArray::fromHex("01"));
}

void TestBgapiFaults::garbageIsSkipped_data()
{
    QTest::addColumn<QByteArray>("garbage");
    QTest::newRow("random bytes") << QByteArray::fromHex("ff13377e01");
    QTest::newRow("looks like a header") << QByteArray::fromHex("0007040500");
    QTest::newRow("event header, wrong length") << QByteArray::fromHex("800a0405");
    QTest::newRow("technology bits set") << QByteArray::fromHex("48000000");
}

void TestBgapiFaults::garbageIsSkipped()
{
    QFETCH(QByteArray, garbage);
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("HRM Strap")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 handle = valueHandle(db, Uuid(0x2A38));

    FaultRule rule;
    rule.action = FaultRule::Action::InjectGarbage;
    rule.command = QStringLiteral("attclient_read_by_handle");
    rule.garbage = garbage;
    rig.dongle->faults().addRule(rule);
    // The garbage precedes the response. Depending on the bytes, the reassembler may need
    // the response itself to resynchronise; a timeout is then acceptable, a wrong answer
    // or a stuck client is not.
    const Result<QByteArray> first = await(c->read(handle));
    QVERIFY(first.ok() || first.error().kind() == Error::Kind::Timeout);
    if (first.ok())
        QCOMPARE(first.value(), QByteArray::fromHex("01"));

    // Garbage on an idle line: it may hold the next response hostage until that command
    // times out and the fragment is dropped; after that, everything works again.
    rig.dongle->injectBytes(garbage);
    const Result<QByteArray> afterIdle = await(c->read(handle));
    QVERIFY(afterIdle.ok() || afterIdle.error().kind() == Error::Kind::Timeout);
    for (int i = 0; i < 3; ++i) {
        const Result<QByteArray> r = await(c->read(handle));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value(), QByteArray::fromHex("01"));
    }
    QVERIFY(c->isConnected());
    QVERIFY(rig.backend->skippedBytes() > 0);
}

// The rest of a packet that waited while the backend's thread could not run (a busy host)
// completes the packet: only silence on the line makes a fragment overdue, not the time
// between two reads. (A system_hello response, split: nothing else reacts to it.)
void TestBgapiFaults::fragmentOfABusyHostIsCompleted()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    const quint64 skippedBefore = rig.backend->skippedBytes();
    rig.dongle->injectBytes(QByteArray::fromHex("0000"));
    // The first half has been read once the backend thread has run everything posted so far.
    QMetaObject::invokeMethod(
        rig.backend, [] {}, Qt::BlockingQueuedConnection);
    // Keep the backend thread busy for longer than the fragment timeout; the rest arrives
    // meanwhile and waits in the port.
    QMetaObject::invokeMethod(
        rig.backend, [] { QThread::msleep(3 * BgapiReassemblerOptions::kBled112FragmentTimeoutMs); });
    rig.dongle->injectBytes(QByteArray::fromHex("0001"));
    QMetaObject::invokeMethod(
        rig.backend, [] {}, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        rig.backend, [] {}, Qt::BlockingQueuedConnection);
    QCOMPARE(rig.backend->skippedBytes(), skippedBefore);
    QVERIFY(await(rig.backend->startScan()).ok()); // still in step
}

// A fragment that stays silent is dropped by the timer, without waiting for more input, and
// the next packet is read from its own start.
void TestBgapiFaults::silentFragmentIsDropped()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    const quint64 skippedBefore = rig.backend->skippedBytes();
    rig.dongle->injectBytes(QByteArray::fromHex("0003"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.backend->skippedBytes(), skippedBefore + 2, 5000);
    QVERIFY(await(rig.backend->startScan()).ok());
    QCOMPARE(rig.backend->skippedBytes(), skippedBefore + 2);
}

void TestBgapiFaults::truncatedResponse()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("HRM Strap")).value();
    QVERIFY(c);
    FaultRule rule;
    rule.action = FaultRule::Action::TruncateResponse;
    rule.command = QStringLiteral("connection_get_rssi");
    rule.truncateTo = 3;
    rig.dongle->faults().addRule(rule);
    const Result<int> r = await(c->readRssi());
    QVERIFY(!r.ok());
    // The client resynchronises and works on.
    QTRY_VERIFY_WITH_TIMEOUT(await(c->readRssi()).ok(), 5000);
    QVERIFY(c->isConnected());
}

void TestBgapiFaults::disconnectMidDiscovery()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("gattscope Motion")).value();
    QVERIFY(c);
    FaultRule rule;
    rule.action = FaultRule::Action::Disconnect;
    rule.command = QStringLiteral("attclient_read_by_type");
    rule.afterEvents = 1;
    rule.reason = 0x0208;
    rig.dongle->faults().addRule(rule);

    const QFuture<Result<GattDatabase>> discovery = c->discover();
    const QFuture<Result<QByteArray>> queuedRead = c->read(3);
    bool finishedFirst = false;
    // Direct: checked on the backend thread at the moment disconnected() is emitted.
    const QMetaObject::Connection watch = QObject::connect(
        c, &Connection::disconnected, c,
        [&](const Error &) { finishedFirst = discovery.isFinished() && queuedRead.isFinished(); },
        Qt::DirectConnection);
    const Result<GattDatabase> r = await(discovery);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::Disconnected);
    QCOMPARE(await(queuedRead).error().kind(), Error::Kind::Disconnected);
    QTRY_COMPARE(c->state(), Connection::State::Disconnected);
    // The lambda holds this function's locals: the link that goes down again when the rig
    // closes (after the reconnect below) must not reach it (ASan: stack-use-after-scope).
    QObject::disconnect(watch);
    QVERIFY(finishedFirst);
    QCOMPARE(c->lastDisconnectReason(), Error::controller(0x08));
    QVERIFY(!c->isDiscovered());

    // Reconnect and discover cleanly.
    QVERIFY(rig.connect(QStringLiteral("gattscope Motion")).ok());
    QVERIFY(await(c->discover()).ok());
}

void TestBgapiFaults::unplugAndReconnect()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("HRM Strap")).value();
    QVERIFY(c);
    QVERIFY(await(rig.backend->startScan()).ok());
    QList<Error> errors;
    QList<Error> reasons;
    QList<Backend::State> states;
    QObject::connect(rig.backend, &Backend::errorOccurred, &rig.context,
                     [&](const Error &e) { errors.append(e); });
    QObject::connect(rig.backend, &Backend::stateChanged, &rig.context,
                     [&](Backend::State s) { states.append(s); });
    QObject::connect(c, &Connection::disconnected, &rig.context, [&](const Error &e) { reasons.append(e); });

    rig.dongle->unplug();
    QTRY_COMPARE(rig.backend->state(), Backend::State::Unavailable);
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.first().kind(), Error::Kind::TransportLost);
    QTRY_COMPARE(reasons.size(), 1);
    QCOMPARE(reasons.first().kind(), Error::Kind::TransportLost);
    QCOMPARE(c->state(), Connection::State::Disconnected);
    // Anything asked meanwhile fails clearly.
    QCOMPARE(await(c->readRssi()).error().kind(), Error::Kind::Disconnected);
    QCOMPARE(await(rig.backend->connectToDevice(c->address())).error().kind(), Error::Kind::TransportLost);

    rig.dongle->replug();
    QTRY_COMPARE_WITH_TIMEOUT(rig.backend->state(), Backend::State::Scanning, 5000); // the scan resumes
    QVERIFY(states.contains(Backend::State::Opening));
    QTRY_VERIFY(rig.dongle->isScanning());
    const Result<Connection *> again = rig.connect(QStringLiteral("HRM Strap"));
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again.value(), c);
}

void TestBgapiFaults::dongleRebootEndsLinks()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("EnviroSense")).value();
    QVERIFY(c);
    QList<Error> reasons;
    QList<Backend::State> states;
    QObject::connect(c, &Connection::disconnected, &rig.context, [&](const Error &e) { reasons.append(e); });
    QObject::connect(rig.backend, &Backend::stateChanged, &rig.context,
                     [&](Backend::State s) { states.append(s); });
    rig.dongle->reset();
    QTRY_COMPARE_WITH_TIMEOUT(reasons.size(), 1, 3000);
    QCOMPARE(reasons.first().kind(), Error::Kind::TransportLost);
    // Start-up runs again: Opening, then Ready.
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(Backend::State::Opening), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.backend->state(), Backend::State::Ready, 3000);
    QVERIFY(rig.connect(QStringLiteral("EnviroSense")).ok());
}

void TestBgapiFaults::resetOnOpen_data()
{
    QTest::addColumn<bool>("reenumerates");
    QTest::newRow("dongle re-enumerates") << true;
    QTest::newRow("port stays") << false;
}

void TestBgapiFaults::resetOnOpen()
{
    QFETCH(bool, reenumerates);
    VirtualDongleOptions dongleOptions;
    dongleOptions.resetReenumerates = reenumerates;
    dongleOptions.replugDelayMs = 100;
    dongleOptions.bootDelayMs = 100;
    BgapiOptions options = faultOptions();
    options.resetOnOpen = true;
    Rig rig(dongleOptions, options);
    QSignalSpy booted(rig.dongle, &VirtualDongle::booted);
    QList<Error> errors;
    QObject::connect(rig.backend, &Backend::errorOccurred, &rig.context,
                     [&](const Error &e) { errors.append(e); });
    const Status opened = rig.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    QCOMPARE(rig.backend->state(), Backend::State::Ready);
    // The boot that follows our own reset is expected, not a crash of the dongle.
    QTRY_VERIFY(booted.size() >= 1);
    QVERIFY(rig.connect(QStringLiteral("HRM Strap")).ok());
    QCOMPARE(rig.backend->state(), Backend::State::Ready);
    QVERIFY(errors.isEmpty());
}

void TestBgapiFaults::openWithoutDongleFails()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    rig.dongle->unplug();
    QTRY_VERIFY(!rig.dongle->device()->isOpen());
    const Status opened = rig.open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind(), Error::Kind::TransportLost);
    QCOMPARE(rig.backend->state(), Backend::State::Closed);
}

void TestBgapiFaults::delayedResponse_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<bool>("inTime");
    QTest::newRow("within the deadline") << 100 << true;
    QTest::newRow("past the deadline") << 900 << false; // faultOptions(): 500 ms per command
}

void TestBgapiFaults::delayedResponse()
{
    QFETCH(int, delayMs);
    QFETCH(bool, inTime);
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("HRM Strap")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 handle = valueHandle(db, Uuid(0x2A38));
    FaultRule rule;
    rule.action = FaultRule::Action::DelayResponse;
    rule.command = QStringLiteral("attclient_read_by_handle");
    rule.delayMs = delayMs;
    rig.dongle->faults().addRule(rule);
    const Result<QByteArray> r = await(c->read(handle));
    QCOMPARE(r.ok(), inTime);
    if (!inTime)
        QCOMPARE(r.error().kind(), Error::Kind::Timeout);
    // The late answer (if any) is a stray, not the answer to what follows.
    const Result<int> rssi = await(c->readRssi());
    QVERIFY2(rssi.ok(), qPrintable(rssi.error().toString()));
    const Result<QByteArray> again = await(c->read(handle));
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again.value(), QByteArray::fromHex("01"));
}

void TestBgapiFaults::injectedAttError()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("HRM Strap")).value();
    QVERIFY(c);
    const GattDatabase db = await(c->discover()).value();
    const quint16 handle = valueHandle(db, Uuid(0x2A38));
    FaultRule rule;
    rule.action = FaultRule::Action::AttError;
    rule.handle = handle;
    rule.attError = 0x0E;
    rig.dongle->faults().addRule(rule);
    const Result<QByteArray> r = await(c->read(handle));
    QVERIFY(!r.ok());
    QVERIFY(r.error().isAtt(AttError::UnlikelyError));
    QCOMPARE(r.error().name(), QStringLiteral("Unlikely Error"));
    QVERIFY(r.error().toString().contains(QStringLiteral("0x0e"), Qt::CaseInsensitive));
    QVERIFY(await(c->read(handle)).ok());
}

void TestBgapiFaults::resetInsteadOfAnswer()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(QStringLiteral("HRM Strap")).value();
    QVERIFY(c);
    FaultRule rule;
    rule.action = FaultRule::Action::Reset;
    rule.command = QStringLiteral("connection_get_rssi");
    rig.dongle->faults().addRule(rule);
    QList<Error> reasons;
    QList<Backend::State> states;
    QObject::connect(c, &Connection::disconnected, &rig.context, [&](const Error &e) { reasons.append(e); });
    QObject::connect(rig.backend, &Backend::stateChanged, &rig.context,
                     [&](Backend::State s) { states.append(s); });
    const Result<int> r = await(c->readRssi());
    QVERIFY(!r.ok());
    QTRY_COMPARE_WITH_TIMEOUT(reasons.size(), 1, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(Backend::State::Opening), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.backend->state(), Backend::State::Ready, 3000);
    QVERIFY(rig.connect(QStringLiteral("HRM Strap")).ok());
}

void TestBgapiFaults::unplugInsteadOfAnswer()
{
    Rig rig(VirtualDongleOptions(), faultOptions());
    QVERIFY(rig.open().ok());
    QVERIFY(rig.connect(QStringLiteral("HRM Strap")).ok());
    FaultRule rule;
    rule.action = FaultRule::Action::Unplug;
    rule.command = QStringLiteral("connection_get_rssi");
    rule.delayMs = 150; // back by itself
    rig.dongle->faults().addRule(rule);
    QList<Backend::State> states;
    QObject::connect(rig.backend, &Backend::stateChanged, &rig.context,
                     [&](Backend::State s) { states.append(s); });
    const Result<int> r = await(rig.backend->connections().first()->readRssi());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::TransportLost);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(Backend::State::Unavailable), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.backend->state(), Backend::State::Ready, 3000);
    QVERIFY(rig.connect(QStringLiteral("EnviroSense")).ok());
}

QTEST_GUILESS_MAIN(TestBgapiFaults)
#include "tst_bgapifaults.moc"
