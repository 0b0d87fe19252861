// SPDX-License-Identifier: MIT
#include <gattscope/app/gui/messagelimiter.h>

#include <QLoggingCategory>
#include <QTest>

using namespace gattscope;

namespace {
Q_LOGGING_CATEGORY(lcFlood, "gattscope.test.flood")
Q_LOGGING_CATEGORY(lcOther, "gattscope.test.other")

struct Line
{
    QtMsgType type;
    QByteArray category;
    QString text;
};

struct Capture
{
    QList<Line> lines;
    MessageLimiter::Sink sink()
    {
        return [this](QtMsgType type, const QMessageLogContext &context, const QString &text) {
            lines.append({ type, QByteArray(context.category), text });
        };
    }
    QStringList texts() const
    {
        QStringList t;
        for (const Line &l : lines)
            t << l.text;
        return t;
    }
};

QMessageLogContext context(const char *category)
{
    return QMessageLogContext(nullptr, 0, nullptr, category);
}

QList<Line> g_captured;
void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_captured.append({ type, QByteArray(context.category), text });
}
} // namespace

class TestMessageLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalMessagesAreCounted()
    {
        Capture out;
        MessageLimiter limiter(out.sink());
        for (int i = 0; i < 9150; ++i)
            limiter.handle(QtWarningMsg, context("gattscope.bgapi"), QStringLiteral("skipped garbage"),
                           i / 1000);
        QCOMPARE(out.texts(), QStringList { QStringLiteral("skipped garbage") });
        QCOMPARE(limiter.suppressedCount(), qint64(9149));
        limiter.flush(1000); // the window ended: the count follows the message
        QCOMPARE(
            out.texts(),
            (QStringList { QStringLiteral("skipped garbage"), QStringLiteral("skipped garbage (×9149)") }));
        limiter.flush(5000);
        QCOMPARE(out.lines.size(), 2); // nothing more to say
    }

    void aRunEndsWhenAnotherMessageComes()
    {
        Capture out;
        MessageLimiter limiter(out.sink());
        for (int i = 0; i < 5; ++i)
            limiter.handle(QtWarningMsg, context("c"), QStringLiteral("again"), 0);
        limiter.handle(QtWarningMsg, context("c"), QStringLiteral("something else"), 1);
        QCOMPARE(out.texts(),
                 (QStringList { QStringLiteral("again"), QStringLiteral("again (×4)"),
                                QStringLiteral("something else") }));
    }

    // Different messages at flood rate: a burst per window, then one line with the count.
    void aBurstPerWindow_data()
    {
        QTest::addColumn<int>("burst");
        QTest::addColumn<int>("messages");
        QTest::addColumn<int>("printed");
        QTest::newRow("within the burst") << 10 << 7 << 7;
        QTest::newRow("exactly the burst") << 10 << 10 << 10;
        QTest::newRow("past it") << 10 << 1000 << 11;
        QTest::newRow("burst of one") << 1 << 50 << 2;
    }

    void aBurstPerWindow()
    {
        QFETCH(int, burst);
        QFETCH(int, messages);
        QFETCH(int, printed);
        Capture out;
        MessageLimiter limiter(out.sink());
        limiter.setBurst(burst);
        limiter.setWindowMs(1000);
        for (int i = 0; i < messages; ++i)
            limiter.handle(QtWarningMsg, context("gattscope.bgapi"),
                           QStringLiteral("skipped %1 bytes").arg(i), 10);
        limiter.flush(1010);
        QCOMPARE(out.lines.size(), printed);
        if (messages > burst) {
            QCOMPARE(
                out.lines.last().text,
                QStringLiteral("skipped %1 bytes (×%2 similar)").arg(messages - 1).arg(messages - burst));
            QCOMPARE(out.lines.last().category, QByteArray("gattscope.bgapi"));
            QCOMPARE(limiter.suppressedCount(), qint64(messages - burst));
        }
        // The next window prints again.
        limiter.handle(QtWarningMsg, context("gattscope.bgapi"), QStringLiteral("later"), 1020);
        QCOMPARE(out.lines.last().text, QStringLiteral("later"));
    }

    void categoriesAndTypesAreLimitedApart()
    {
        Capture out;
        MessageLimiter limiter(out.sink());
        limiter.setBurst(2);
        for (int i = 0; i < 100; ++i) {
            limiter.handle(QtWarningMsg, context("flood"), QString::number(i), 0);
            limiter.handle(QtDebugMsg, context("flood"), QString::number(i), 0);
        }
        limiter.handle(QtWarningMsg, context("quiet"), QStringLiteral("the dongle is back"), 0);
        limiter.handle(QtCriticalMsg, context("flood"), QStringLiteral("critical"), 0);
        QVERIFY(out.texts().contains(QStringLiteral("the dongle is back")));
        QVERIFY(out.texts().contains(QStringLiteral("critical")));
        QCOMPARE(out.lines.size(), 2 + 2 + 2);
        limiter.flush(); // everything pending, whatever the time (shutdown)
        QCOMPARE(out.lines.size(), 8);
        QVERIFY(out.texts().contains(QStringLiteral("99 (×98 similar)")));
    }

    // Installed, it sits in front of the handler that was there (qWarning from any code).
    void installedInFrontOfThePreviousHandler()
    {
        g_captured.clear();
        const QtMessageHandler original = qInstallMessageHandler(captureHandler);
        {
            MessageLimiter limiter;
            MessageLimiter::install(&limiter);
            for (int i = 0; i < 500; ++i)
                qCWarning(lcFlood) << "skipped" << i << "bytes of garbage";
            qCWarning(lcOther) << "transport lost";
            MessageLimiter::install(nullptr);
            qCWarning(lcFlood) << "after"; // straight to the previous handler again
            QCOMPARE(g_captured.size(), 10 + 1 + 1);
        } // destruction flushes the counts
        qInstallMessageHandler(original);
        QCOMPARE(g_captured.size(), 13);
        QCOMPARE(g_captured.last().category, QByteArray("gattscope.test.flood"));
        QVERIFY2(g_captured.last().text.endsWith(QStringLiteral("(×490 similar)")),
                 qPrintable(g_captured.last().text));
    }
};

QTEST_GUILESS_MAIN(TestMessageLimiter)
#include "tst_messagelimiter.moc"
