// SPDX-License-Identifier: MIT
// gattscope --help / --version must work in a terminal with no display (ssh, CI), where
// Qt would otherwise abort for want of a platform plugin.
#include <QProcess>
#include <QTest>

class TestGuiCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textOptionsNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("version") << QStringLiteral("--version")
                                 << QStringLiteral("gattscope " GATTSCOPE_VERSION);
        QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("--backend <uri>");
    }
    void textOptionsNeedNoDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(GATTSCOPE_GUI_PATH), { option });
        QVERIFY(gui.waitForFinished(30000));
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QCOMPARE(gui.exitCode(), 0);
        const QString out = QString::fromUtf8(gui.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
