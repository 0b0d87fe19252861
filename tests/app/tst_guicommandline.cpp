// SPDX-License-Identifier: MIT
// The gattscope program's command line: --help / --version work in a terminal with no
// display (ssh, CI), where Qt would otherwise abort for want of a platform plugin; and a
// scripted start (--connect and its steps, --screenshot) exits 1 with one line on stderr
// naming the step that failed, 2 for options that make no sense. Options apply to one run:
// they never change what the window's own controls saved.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
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

    // --help says which choices persist, and that options do not change them.
    void helpSaysWhatPersists()
    {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(GATTSCOPE_GUI_PATH), { QStringLiteral("--help") });
        QVERIFY(gui.waitForFinished(30000));
        // The parser wraps its lines: compare the words.
        const QString out = QString::fromUtf8(gui.readAllStandardOutput()).simplified();
        QVERIFY2(out.contains(QStringLiteral("Options apply to this run only")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("is remembered for the next start, and no option changes it")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("on the Demo dongle, for this run only")), qPrintable(out));
    }

    // Issue 16: one `--demo --virtual-peripherals saved.json` made every later --demo serve
    // only that file. The option serves it for its run; the saved choice stays what it was
    // (nothing, or what File → Load virtual peripherals… saved), and so does the last
    // backend picked in the window.
    void commandLineChoicesAreNotSaved_data()
    {
        QTest::addColumn<bool>("seeded");
        QTest::newRow("nothing saved before") << false;
        QTest::newRow("a saved choice") << true;
    }
    void commandLineChoicesAreNotSaved()
    {
        QFETCH(bool, seeded);
        QTemporaryDir dir;
        const QString profiles = QStringLiteral(GATTSCOPE_PROFILES_DIR);
        const QString mine = dir.filePath(QStringLiteral("saved.json")); // the strap only
        QVERIFY(QFile::copy(profiles + QStringLiteral("/heart-rate.json"), mine));
        const QString config = dir.filePath(QStringLiteral("gattscope/gattscope.conf"));
        const QStringList saved { profiles + QStringLiteral("/motion-sensor.json") }; // no strap
        if (seeded) {
            QSettings settings(config, QSettings::IniFormat);
            settings.setValue(QStringLiteral("demo/profiles"), saved);
            settings.setValue(QStringLiteral("backend/last"), QStringLiteral("bgapi:/dev/ttyACM7"));
        }
        const auto run = [&dir](const QStringList &arguments) {
            QProcess gui;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
            gui.setProcessEnvironment(env);
            gui.setWorkingDirectory(dir.path());
            gui.start(QStringLiteral(GATTSCOPE_GUI_PATH),
                      arguments
                          + QStringList { QStringLiteral("--timeout"), QStringLiteral("3"),
                                          QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                          QStringLiteral("--screenshot-delay"), QStringLiteral("0") });
            if (!gui.waitForFinished(60000) || gui.exitStatus() != QProcess::NormalExit)
                return -1;
            return gui.exitCode();
        };
        const QString demo = QStringLiteral("--demo");
        const QString connect = QStringLiteral("--connect");

        // The file given on the command line is served for that run.
        QCOMPARE(run({ demo, QStringLiteral("--virtual-peripherals"), mine, connect,
                       QStringLiteral("HRM Strap") }),
                 0);
        QSettings settings(config, QSettings::IniFormat);
        if (seeded) {
            QCOMPARE(settings.value(QStringLiteral("demo/profiles")).toStringList(), saved);
            QCOMPARE(settings.value(QStringLiteral("backend/last")).toString(),
                     QStringLiteral("bgapi:/dev/ttyACM7"));
        } else {
            QVERIFY2(!settings.contains(QStringLiteral("demo/profiles")),
                     qPrintable(settings.value(QStringLiteral("demo/profiles")).toStringList().join(u',')));
            QVERIFY(!settings.contains(QStringLiteral("backend/last")));
        }

        // The next plain --demo serves what was saved before (the built-in set, or the
        // motion sensor alone), not saved.json: the motion sensor is there, and the strap
        // only when nothing was saved.
        QCOMPARE(run({ demo, connect, QStringLiteral("gattscope Motion") }), 0);
        QCOMPARE(run({ demo, connect, QStringLiteral("HRM Strap") }), seeded ? 1 : 0);
    }

    void scriptedStartsExitHonestly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas"); // part of the one line; empty: nothing on stderr
        const QString shot = QStringLiteral("--screenshot");
        const QString demo = QStringLiteral("--demo");
        const QString connect = QStringLiteral("--connect");
        const QString strap = QStringLiteral("HRM Strap");
        QTest::newRow("negative delay")
            << QStringList { QStringLiteral("--screenshot-delay"), QStringLiteral("-5000"), shot,
                             QStringLiteral("x.png") }
            << 2 << QStringLiteral("--screenshot-delay");
        QTest::newRow("delay not a number")
            << QStringList { QStringLiteral("--screenshot-delay=soon") } << 2 << QStringLiteral("'soon'");
        QTest::newRow("huge window") << QStringList { QStringLiteral("--window-size"),
                                                      QStringLiteral("30000x30000") }
                                     << 2 << QStringLiteral("--window-size");
        QTest::newRow("window size garbage")
            << QStringList { QStringLiteral("--window-size"), QStringLiteral("big") } << 2
            << QStringLiteral("'big'");
        QTest::newRow("zero timeout") << QStringList { QStringLiteral("--timeout"), QStringLiteral("0") } << 2
                                      << QStringLiteral("--timeout");
        QTest::newRow("unopenable backend")
            << QStringList { QStringLiteral("--backend"), QStringLiteral("foo:bar"), connect, strap, shot,
                             QStringLiteral("x.png") }
            << 1 << QStringLiteral("foo:bar");
        QTest::newRow("read of a notify-only characteristic") << QStringList { demo,
                                                                               connect,
                                                                               strap,
                                                                               QStringLiteral("--read"),
                                                                               QStringLiteral("2A37"),
                                                                               shot,
                                                                               QStringLiteral("x.png") }
                                                              << 1 << QStringLiteral("--read 2A37");
        QTest::newRow("subscribe to what does not notify") << QStringList { demo,
                                                                            connect,
                                                                            strap,
                                                                            QStringLiteral("--subscribe"),
                                                                            QStringLiteral("2A38"),
                                                                            shot,
                                                                            QStringLiteral("x.png") }
                                                           << 1 << QStringLiteral("--subscribe 2A38");
        QTest::newRow("nobody there") << QStringList { demo,
                                                       connect,
                                                       QStringLiteral("Nobody"),
                                                       QStringLiteral("--timeout"),
                                                       QStringLiteral("2"),
                                                       shot,
                                                       QStringLiteral("x.png") }
                                      << 1 << QStringLiteral("no device called 'Nobody' was heard");
        QTest::newRow("a uuid the device lacks") << QStringList { demo,
                                                                  connect,
                                                                  strap,
                                                                  QStringLiteral("--read"),
                                                                  QStringLiteral("2A6E"),
                                                                  shot,
                                                                  QStringLiteral("x.png") }
                                                 << 1 << QStringLiteral("has no characteristic 2A6E");
        QTest::newRow("everything works") << QStringList { demo,
                                                           connect,
                                                           strap,
                                                           QStringLiteral("--read"),
                                                           QStringLiteral("2A38"),
                                                           QStringLiteral("--subscribe"),
                                                           QStringLiteral("2A37"),
                                                           shot,
                                                           QStringLiteral("x.png"),
                                                           QStringLiteral("--screenshot-delay"),
                                                           QStringLiteral("0") }
                                          << 0 << QString();
    }
    void scriptedStartsExitHonestly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        QTemporaryDir dir;
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path()); // settings of its own
        gui.setProcessEnvironment(env);
        gui.setWorkingDirectory(dir.path());
        gui.start(QStringLiteral(GATTSCOPE_GUI_PATH), arguments);
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QStringList lines;
        for (const QString &line :
             QString::fromUtf8(gui.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QStringLiteral("gattscope: ")))
                lines << line; // Qt's own warnings are not ours
        }
        QCOMPARE(gui.exitCode(), exitCode);
        if (stderrHas.isEmpty()) {
            QVERIFY2(lines.isEmpty(), qPrintable(lines.join(u'\n')));
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
        } else {
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines.first().contains(stderrHas), qPrintable(lines.first()));
        }
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
