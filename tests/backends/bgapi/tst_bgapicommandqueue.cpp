// SPDX-License-Identifier: MIT
// BgapiCommandQueue: one command in flight, responses matched by class and ID, strays
// ignored, a deadline per command, cancellation by owner and of one command, failure when
// the device goes.
#include <gattscope/backends/bgapi/bgapicommandqueue.h>

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace gattscope;

namespace {
struct Log
{
    QStringList events;
};

BgapiCommandQueue::Command command(Log &log, const QString &name, quint8 cls, quint8 id,
                                   const void *owner = nullptr, int timeoutMs = 5000)
{
    BgapiCommandQueue::Command c;
    c.packet = name.toLatin1() + ';';
    c.classId = cls;
    c.messageId = id;
    c.owner = owner;
    c.timeoutMs = timeoutMs;
    c.name = "test_command";
    c.onResponse = [&log, name](QByteArrayView payload) {
        log.events.append(name + QStringLiteral(" ok ") + QString::fromLatin1(payload.toByteArray().toHex()));
    };
    c.onFailure = [&log, name](const Error &e) {
        log.events.append(name + QStringLiteral(" ") + errorKindName(e.kind()));
    };
    return c;
}
} // namespace

class TestBgapiCommandQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneInFlight();
    void strayResponsesAreIgnored();
    void timeoutFailsAndMovesOn();
    void cancelByOwner();
    void cancelOneCommand();
    void cancelledCommandIsNotWritten();
    void noDeviceFailsWithTransportLost();
    void callbacksMayQueue();
    void commandWithoutResponse();
};

void TestBgapiCommandQueue::oneInFlight()
{
    QBuffer wire;
    wire.open(QIODevice::ReadWrite);
    BgapiCommandQueue q;
    q.setDevice(&wire);
    Log log;
    q.enqueue(command(log, QStringLiteral("a"), 4, 4));
    q.enqueue(command(log, QStringLiteral("b"), 4, 5));
    QCOMPARE(wire.data(), QByteArray("a;"));
    QCOMPARE(q.queuedCount(), 1);
    QVERIFY(q.handleResponse(4, 4, QByteArray::fromHex("0100")));
    QCOMPARE(wire.data(), QByteArray("a;b;"));
    QVERIFY(q.handleResponse(4, 5, {}));
    QVERIFY(q.isIdle());
    QCOMPARE(log.events, QStringList({ QStringLiteral("a ok 0100"), QStringLiteral("b ok ") }));
}

void TestBgapiCommandQueue::strayResponsesAreIgnored()
{
    QBuffer wire;
    wire.open(QIODevice::ReadWrite);
    BgapiCommandQueue q;
    q.setDevice(&wire);
    Log log;
    QVERIFY(!q.handleResponse(0, 1, {})); // nothing in flight
    q.enqueue(command(log, QStringLiteral("a"), 4, 4));
    QVERIFY(!q.handleResponse(4, 5, {})); // another command's response
    QVERIFY(!q.handleResponse(3, 4, {}));
    QVERIFY(log.events.isEmpty());
    QVERIFY(q.handleResponse(4, 4, {}));
    QCOMPARE(log.events.size(), 1);
}

void TestBgapiCommandQueue::timeoutFailsAndMovesOn()
{
    QBuffer wire;
    wire.open(QIODevice::ReadWrite);
    BgapiCommandQueue q;
    q.setDevice(&wire);
    QSignalSpy timedOut(&q, &BgapiCommandQueue::commandTimedOut);
    Log log;
    q.enqueue(command(log, QStringLiteral("a"), 4, 4, nullptr, 20));
    q.enqueue(command(log, QStringLiteral("b"), 4, 5));
    QTRY_COMPARE(log.events.size(), 1);
    QCOMPARE(log.events.first(), QStringLiteral("a ") + errorKindName(Error::Kind::Timeout));
    QCOMPARE(timedOut.size(), 1);
    QCOMPARE(q.timeoutCount(), 1);
    QCOMPARE(wire.data(), QByteArray("a;b;"));
    // A late answer to the timed-out command does not complete the next one.
    QVERIFY(!q.handleResponse(4, 4, {}));
    QVERIFY(q.handleResponse(4, 5, {}));
}

void TestBgapiCommandQueue::cancelByOwner()
{
    QBuffer wire;
    wire.open(QIODevice::ReadWrite);
    BgapiCommandQueue q;
    q.setDevice(&wire);
    Log log;
    int ownerA = 0;
    int ownerB = 0;
    q.enqueue(command(log, QStringLiteral("a1"), 1, 1, &ownerA));
    q.enqueue(command(log, QStringLiteral("a2"), 1, 2, &ownerA));
    q.enqueue(command(log, QStringLiteral("b1"), 1, 3, &ownerB));
    q.cancel(&ownerA, Error(Error::Kind::Disconnected));
    // The one in flight stays; the queued one of A fails; B's is still queued.
    QCOMPARE(log.events, QStringList({ QStringLiteral("a2 ") + errorKindName(Error::Kind::Disconnected) }));
    QVERIFY(q.handleResponse(1, 1, {}));
    QCOMPARE(wire.data(), QByteArray("a1;b1;"));
}

void TestBgapiCommandQueue::cancelOneCommand()
{
    QBuffer wire;
    wire.open(QIODevice::ReadWrite);
    BgapiCommandQueue q;
    q.setDevice(&wire);
    Log log;
    const quint64 a = q.enqueue(command(log, QStringLiteral("a"), 1, 1));
    const quint64 b = q.enqueue(command(log, QStringLiteral("b"), 1, 2));
    const quint64 c = q.enqueue(command(log, QStringLiteral("c"), 1, 3));
    QVERIFY(a != b && b != c);
    // Written already: not taken back, its answer is still awaited.
    QVERIFY(!q.cancelCommand(a, Error(Error::Kind::Cancelled)));
    // Still queued: dropped, never written, failed with the error given.
    QVERIFY(q.cancelCommand(b, Error(Error::Kind::Cancelled)));
    QVERIFY(!q.cancelCommand(b, Error(Error::Kind::Cancelled))); // once only
    QCOMPARE(log.events, QStringList({ QStringLiteral("b ") + errorKindName(Error::Kind::Cancelled) }));
    QVERIFY(q.handleResponse(1, 1, {}));
    QVERIFY(q.handleResponse(1, 3, {}));
    QCOMPARE(wire.data(), QByteArray("a;c;"));
    QVERIFY(!q.cancelCommand(c, Error(Error::Kind::Cancelled))); // finished
    QVERIFY(q.isIdle());
}

void TestBgapiCommandQueue::cancelledCommandIsNotWritten()
{
    QBuffer wire;
    wire.open(QIODevice::ReadWrite);
    BgapiCommandQueue q;
    q.setDevice(&wire);
    Log log;
    bool gaveUp = false;
    q.enqueue(command(log, QStringLiteral("a"), 1, 1));
    BgapiCommandQueue::Command b = command(log, QStringLiteral("b"), 1, 2);
    b.isCanceled = [&gaveUp] {
        return gaveUp;
    };
    q.enqueue(std::move(b));
    q.enqueue(command(log, QStringLiteral("c"), 1, 3));
    // The caller gives up while b waits; when b's turn comes it fails instead of going out.
    gaveUp = true;
    QVERIFY(q.handleResponse(1, 1, {}));
    QCOMPARE(wire.data(), QByteArray("a;c;"));
    QCOMPARE(log.events,
             QStringList(
                 { QStringLiteral("a ok "), QStringLiteral("b ") + errorKindName(Error::Kind::Cancelled) }));
    QVERIFY(q.handleResponse(1, 3, {}));
    QVERIFY(q.isIdle());
}

void TestBgapiCommandQueue::noDeviceFailsWithTransportLost()
{
    QBuffer wire;
    wire.open(QIODevice::ReadWrite);
    BgapiCommandQueue q;
    q.setDevice(&wire);
    Log log;
    q.enqueue(command(log, QStringLiteral("a"), 1, 1));
    q.enqueue(command(log, QStringLiteral("b"), 1, 2));
    q.setDevice(nullptr);
    const QString lost = errorKindName(Error::Kind::TransportLost);
    QCOMPARE(log.events, QStringList({ QStringLiteral("a ") + lost, QStringLiteral("b ") + lost }));
    q.enqueue(command(log, QStringLiteral("c"), 1, 3));
    QCOMPARE(log.events.last(), QStringLiteral("c ") + lost);
    QVERIFY(q.isIdle());
}

void TestBgapiCommandQueue::callbacksMayQueue()
{
    QBuffer wire;
    wire.open(QIODevice::ReadWrite);
    BgapiCommandQueue q;
    q.setDevice(&wire);
    Log log;
    BgapiCommandQueue::Command first = command(log, QStringLiteral("a"), 1, 1);
    first.onResponse = [&](QByteArrayView) {
        log.events.append(QStringLiteral("a ok"));
        q.enqueue(command(log, QStringLiteral("follow-up"), 1, 2));
    };
    q.enqueue(std::move(first));
    q.enqueue(command(log, QStringLiteral("b"), 1, 3));
    QVERIFY(q.handleResponse(1, 1, {}));
    // b was queued first, so it goes first.
    QCOMPARE(wire.data(), QByteArray("a;b;"));
    QVERIFY(q.handleResponse(1, 3, {}));
    QCOMPARE(wire.data(), QByteArray("a;b;follow-up;"));
}

void TestBgapiCommandQueue::commandWithoutResponse()
{
    QBuffer wire;
    wire.open(QIODevice::ReadWrite);
    BgapiCommandQueue q;
    q.setDevice(&wire);
    Log log;
    BgapiCommandQueue::Command reset = command(log, QStringLiteral("reset"), 0, 0);
    reset.expectsResponse = false;
    q.enqueue(std::move(reset));
    q.enqueue(command(log, QStringLiteral("hello"), 0, 1));
    QCOMPARE(log.events, QStringList({ QStringLiteral("reset ok ") }));
    QCOMPARE(wire.data(), QByteArray("reset;hello;"));
}

QTEST_GUILESS_MAIN(TestBgapiCommandQueue)
#include "tst_bgapicommandqueue.moc"
