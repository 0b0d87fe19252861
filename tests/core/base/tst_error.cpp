// SPDX-License-Identifier: MIT
#include <gattscope/core/backend/awaitresult.h>
#include <gattscope/core/backend/pending.h>
#include <gattscope/core/base/error.h>

#include <QTest>
#include <QTimer>

using namespace gattscope;

class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("0x01") << 0x01 << QStringLiteral("Invalid Handle");
        QTest::newRow("0x05") << 0x05 << QStringLiteral("Insufficient Authentication");
        QTest::newRow("0x0B") << 0x0B << QStringLiteral("Attribute Not Long");
        QTest::newRow("0x0F") << 0x0F << QStringLiteral("Insufficient Encryption");
        QTest::newRow("app") << 0x85 << QStringLiteral("Application Error");
        QTest::newRow("reserved") << 0x40 << QStringLiteral("Reserved");
    }
    void names()
    {
        QFETCH(int, code);
        QFETCH(QString, name);
        QCOMPARE(attErrorName(quint8(code)), name);
    }

    void toStringIsReadable()
    {
        const Error e
            = Error::att(AttError::InsufficientAuthentication, QStringLiteral("writing handle 0x0012"));
        QVERIFY(e);
        QVERIFY(e.isAtt(AttError::InsufficientAuthentication));
        QCOMPARE(e.toString(),
                 QStringLiteral("ATT error 0x05 (Insufficient Authentication): writing handle 0x0012"));
        QCOMPARE(Error::controller(0x08).name(), QStringLiteral("Connection Timeout"));
        QCOMPARE(Error::controller(0x13).name(), QStringLiteral("Remote User Terminated Connection"));
        QCOMPARE(Error::security(0x01).name(), QStringLiteral("Passkey Entry Failed"));
        QVERIFY(!Error());
        QCOMPARE(Error(Error::Kind::Timeout).toString(), QStringLiteral("Timed out"));
        QCOMPARE(Error(Error::Kind::PoweredOff, QStringLiteral("hci0 is switched off")).toString(),
                 QStringLiteral("Powered off: hci0 is switched off"));
        QCOMPARE(Error(Error::Kind::PermissionDenied).toString(), QStringLiteral("Permission denied"));
    }

    void pendingFinishesOnce()
    {
        Pending<int> p;
        auto f = p.future();
        QVERIFY(!f.isFinished());
        QVERIFY(p.finish(7));
        QVERIFY(!p.finish(Error(Error::Kind::Timeout)));
        QVERIFY(f.isFinished());
        QCOMPARE(f.result().value(), 7);
        QVERIFY(f.result().ok());
    }

    void awaitResultRunsTheEventLoop()
    {
        // Finished from this thread's event loop: awaitResult must keep it running.
        Pending<int> p;
        QTimer::singleShot(10, [p] { p.finish(42); });
        const Result<int> r = awaitResult(p.future(), 5000);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 42);
    }

    void awaitResultTimesOut()
    {
        Pending<int> p; // never finished
        const Result<int> r = awaitResult(p.future(), 20);
        QCOMPARE(r.error().kind(), Error::Kind::Timeout);
    }

    void pendingDroppedIsCancelled()
    {
        QFuture<Result<int>> f;
        {
            Pending<int> p;
            f = p.future();
        }
        QVERIFY(f.isFinished());
        QCOMPARE(f.result().error().kind(), Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
