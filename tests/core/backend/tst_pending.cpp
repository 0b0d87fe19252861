// SPDX-License-Identifier: MIT
// Pending's cancellation contract: the caller cancels the QFuture, the backend hears of it
// on its own thread, the operation completes as Cancelled at once, and a result that comes
// later is dropped. Plus awaitResult() on a cancelled future.
#include <gattscope/core/backend/awaitresult.h>
#include <gattscope/core/backend/pending.h>

#include <QTest>
#include <QThread>

#include <atomic>

using namespace gattscope;

class TestPending : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelFinishesAndRunsCleanup();
    void finishedFirstIsNotCancelled();
    void cancelledBeforeRegistration();
    void cleanupRunsOnTheContextThread();
    void callerContinuationRunsPromptly();
    void contextGoneFirst();
    void finishIfCanceled();
};

void TestPending::cancelFinishesAndRunsCleanup()
{
    QObject backend;
    Pending<int> p;
    int cleanups = 0;
    bool finishedBeforeCleanup = false;
    p.onCanceled(&backend, [&] {
        ++cleanups;
        finishedBeforeCleanup = p.isFinished();
    });
    QFuture<Result<int>> f = p.future();
    f.cancel();
    QVERIFY(p.isCanceled());
    QTRY_COMPARE(cleanups, 1);
    QVERIFY(finishedBeforeCleanup);
    QVERIFY(f.isFinished());
    QVERIFY(f.isCanceled());
    // The real answer comes too late: ignored.
    QVERIFY(!p.finish(7));
    QCOMPARE(awaitResult(f, 1000).error().kind(), Error::Kind::Cancelled);
    QTest::qWait(10);
    QCOMPARE(cleanups, 1);
}

void TestPending::finishedFirstIsNotCancelled()
{
    QObject backend;
    Pending<int> p;
    int cleanups = 0;
    p.onCanceled(&backend, [&] { ++cleanups; });
    QFuture<Result<int>> f = p.future();
    QVERIFY(p.finish(7));
    f.cancel(); // too late: the operation is over
    QTest::qWait(10);
    QCOMPARE(cleanups, 0);
    QCOMPARE(awaitResult(f, 1000).value(), 7);
}

void TestPending::cancelledBeforeRegistration()
{
    QObject backend;
    Pending<int> p;
    QFuture<Result<int>> f = p.future();
    f.cancel();
    int cleanups = 0;
    p.onCanceled(&backend, [&] { ++cleanups; });
    QTRY_COMPARE(cleanups, 1);
    QVERIFY(p.isFinished());
}

void TestPending::cleanupRunsOnTheContextThread()
{
    QThread thread;
    thread.start();
    auto *backend = new QObject;
    backend->moveToThread(&thread);
    Pending<int> p;
    std::atomic<QThread *> ranOn { nullptr };
    QMetaObject::invokeMethod(
        backend, [&] { p.onCanceled(backend, [&] { ranOn = QThread::currentThread(); }); },
        Qt::BlockingQueuedConnection);
    QFuture<Result<int>> f = p.future();
    f.cancel();
    QTRY_VERIFY(ranOn.load() != nullptr);
    QCOMPARE(ranOn.load(), &thread);
    QCOMPARE(awaitResult(f, 1000).error().kind(), Error::Kind::Cancelled);
    QMetaObject::invokeMethod(
        backend, [backend] { delete backend; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

void TestPending::callerContinuationRunsPromptly()
{
    // A QFuture's continuations run when the operation completes, not when it is cancelled:
    // without a backend that finishes cancelled operations, Cancel would wait for the end.
    QObject backend;
    QObject caller;
    Pending<int> p;
    p.onCanceled(&backend, [] {});
    QFuture<Result<int>> f = p.future();
    bool continued = false;
    bool cancelled = false;
    auto tail = f.then(&caller, [&](const Result<int> &) { continued = true; }).onCanceled(&caller, [&] {
        cancelled = true;
    });
    f.cancel();
    QTRY_VERIFY(cancelled);
    QVERIFY(!continued);
}

void TestPending::contextGoneFirst()
{
    Pending<int> p;
    int cleanups = 0;
    {
        QObject backend;
        p.onCanceled(&backend, [&] { ++cleanups; });
    }
    QFuture<Result<int>> f = p.future();
    f.cancel();
    QTest::qWait(10);
    QCOMPARE(cleanups, 0);
    QVERIFY(!p.isFinished()); // the backend is gone; whoever holds the Pending still finishes it
    QVERIFY(p.finish(Error(Error::Kind::Cancelled)));
}

void TestPending::finishIfCanceled()
{
    Pending<int> p;
    QVERIFY(!p.finishIfCanceled());
    QVERIFY(!p.isFinished());
    QFuture<Result<int>> f = p.future();
    f.cancel();
    QVERIFY(p.finishIfCanceled());
    QVERIFY(p.isFinished());
    QVERIFY(f.isFinished());
    QCOMPARE(awaitResult(f, 1000).error().kind(), Error::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestPending)
#include "tst_pending.moc"
