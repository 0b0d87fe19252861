// SPDX-License-Identifier: MIT
// Runs the real gattscope-cli binary and checks its output and exit codes.
#include "support/programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = gattscope::test::ProgramRun;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    // Runs the CLI with a private configuration folder (so the user's names.json is never read).
    Run cli(const QStringList &arguments, const QString &configDir = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GATTSCOPE_CONFIG_DIR"), configDir.isEmpty() ? m_config.path() : configDir);
        return gattscope::test::runProgram(QStringLiteral(GATTSCOPE_CLI_PATH), arguments, env);
    }

    static QJsonDocument json(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(run.out));
        return doc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(GATTSCOPE_CLI_PATH)));
        QVERIFY(m_config.isValid());
    }

    void version()
    {
        const Run run = cli({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("gattscope-cli " GATTSCOPE_VERSION "\n"));
    }

    void help()
    {
        const Run run = cli({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Commands:")));
        QVERIFY(run.out.contains(QStringLiteral("  uuid")));
        QVERIFY(run.out.contains(QStringLiteral("  adv")));
        const Run advHelp = cli({ QStringLiteral("adv"), QStringLiteral("--help") });
        QCOMPARE(advHelp.exitCode, 0);
        QVERIFY(advHelp.out.contains(QStringLiteral("--scan-response")));
        QVERIFY(advHelp.out.contains(QStringLiteral("--json")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << QStringLiteral("Commands:");
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("frobnicate") } << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown global option")
            << QStringList { QStringLiteral("--bogus") } << QStringLiteral("bogus");
        QTest::newRow("uuid without arguments")
            << QStringList { QStringLiteral("uuid") } << QStringLiteral("give at least one UUID");
        QTest::newRow("uuid unknown option")
            << QStringList { QStringLiteral("uuid"), QStringLiteral("--bogus") } << QStringLiteral("bogus");
        QTest::newRow("adv without arguments")
            << QStringList { QStringLiteral("adv") } << QStringLiteral("give the advertising data as hex");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // Malformed data is exit 1 everywhere (uuid, adv, write), with one line on stderr.
    void malformedData_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("adv bad hex digit")
            << QStringList { QStringLiteral("adv"), QStringLiteral("02 0g 06") }
            << QStringLiteral("not valid hex");
        QTest::newRow("adv odd digits") << QStringList { QStringLiteral("adv"), QStringLiteral("020") }
                                        << QStringLiteral("not valid hex");
        QTest::newRow("adv zz") << QStringList { QStringLiteral("adv"), QStringLiteral("zz") }
                                << QStringLiteral("not valid hex");
        QTest::newRow("adv bad scan response")
            << QStringList { QStringLiteral("adv"), QStringLiteral("020106"),
                             QStringLiteral("--scan-response"), QStringLiteral("xyz") }
            << QStringLiteral("scan response is not valid hex");
        QTest::newRow("uuid zz") << QStringList { QStringLiteral("uuid"), QStringLiteral("zz") }
                                 << QStringLiteral("'zz' is not a UUID");
    }
    void malformedData()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    }

    // Output that cannot be written is a failure (exit 7), not a silent success.
    void stdoutWriteError()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(QStringLiteral(GATTSCOPE_CLI_PATH), { QStringLiteral("uuid"), QStringLiteral("180d") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 7);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("could not write the output")), qPrintable(err));
    }

    void uuidText_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("16-bit service")
            << QStringList { QStringLiteral("180d") }
            << QStringList { QStringLiteral("canonical: 0000180d-0000-1000-8000-00805f9b34fb"),
                             QStringLiteral("short: 180D"), QStringLiteral("name: Heart Rate"),
                             QStringLiteral("kind: service") };
        QTest::newRow("128-bit vendor")
            << QStringList { QStringLiteral("6E400001-B5A3-F393-E0A9-E50E24DCCA9E") }
            << QStringList { QStringLiteral("short: 6e400001-b5a3-f393-e0a9-e50e24dcca9e"),
                             QStringLiteral("name: Nordic UART Service"), QStringLiteral("kind: service") };
        QTest::newRow("characteristic and descriptor")
            << QStringList { QStringLiteral("0x2A37"), QStringLiteral("2902") }
            << QStringList { QStringLiteral("name: Heart Rate Measurement"),
                             QStringLiteral("kind: characteristic"),
                             QStringLiteral("name: Client Characteristic Configuration"),
                             QStringLiteral("kind: descriptor") };
        QTest::newRow("unknown") << QStringList { QStringLiteral("fff0") }
                                 << QStringList { QStringLiteral("name: (unknown)"),
                                                  QStringLiteral("kind: unknown") };
    }
    void uuidText()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const Run run = cli(QStringList { QStringLiteral("uuid") } + arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        for (const QString &line : expected)
            QVERIFY2(run.out.contains(line), qPrintable(run.out));
    }

    void uuidInvalidStillPrintsTheOthers()
    {
        const Run run = cli({ QStringLiteral("uuid"), QStringLiteral("180f"), QStringLiteral("zz") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("name: Battery Service")));
        QVERIFY2(run.err.contains(QStringLiteral("'zz' is not a UUID")), qPrintable(run.err));
    }

    void uuidJson()
    {
        // --json is accepted after the command and before it.
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("uuid"), QStringLiteral("--json"), QStringLiteral("180d"),
                             QStringLiteral("nope") },
               QStringList { QStringLiteral("--json"), QStringLiteral("uuid"), QStringLiteral("180d"),
                             QStringLiteral("nope") } }) {
            const Run run = cli(arguments);
            QCOMPARE(run.exitCode, 1);
            const QJsonArray results = json(run).array();
            QCOMPARE(results.size(), 2);
            const QJsonObject hr = results.at(0).toObject();
            QCOMPARE(hr.value(u"valid").toBool(), true);
            QCOMPARE(hr.value(u"canonical").toString(),
                     QStringLiteral("0000180d-0000-1000-8000-00805f9b34fb"));
            QCOMPARE(hr.value(u"short").toString(), QStringLiteral("180D"));
            QCOMPARE(hr.value(u"width").toInt(), 16);
            QCOMPARE(hr.value(u"name").toString(), QStringLiteral("Heart Rate"));
            QCOMPARE(hr.value(u"kind").toString(), QStringLiteral("service"));
            const QJsonObject bad = results.at(1).toObject();
            QCOMPARE(bad.value(u"valid").toBool(), false);
            QCOMPARE(bad.value(u"input").toString(), QStringLiteral("nope"));
        }
    }

    void uuidUserNames()
    {
        QTemporaryDir config;
        QFile file(QDir(config.path()).filePath(QStringLiteral("names.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({ "180D": "Chest strap", "12345678-1234-1234-1234-123456789abc": "My sensor" })");
        file.close();
        const Run run = cli({ QStringLiteral("uuid"), QStringLiteral("180d"),
                              QStringLiteral("12345678-1234-1234-1234-123456789abc") },
                            config.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("name: Chest strap")));
        QVERIFY(run.out.contains(QStringLiteral("name: My sensor")));

        // A broken names.json is reported but does not stop the command.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ broken");
        file.close();
        const Run broken = cli({ QStringLiteral("uuid"), QStringLiteral("180d") }, config.path());
        QCOMPARE(broken.exitCode, 0);
        QVERIFY(broken.out.contains(QStringLiteral("name: Heart Rate")));
        QVERIFY2(broken.err.contains(QStringLiteral("names.json")), qPrintable(broken.err));
    }

    void advText_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected");
        const QStringList good { QStringLiteral(
                                     "offset 0: Flags: 0x06 (LE General Discoverable Mode, BR/EDR Not "
                                     "Supported)"),
                                 QStringLiteral("offset 3: Complete Local Name: \"HRM-1\"") };
        QTest::newRow("spaces") << QStringList { QStringLiteral("02 01 06 06 09 48 52 4d 2d 31") } << 0
                                << good;
        QTest::newRow("colons") << QStringList { QStringLiteral("02:01:06:06:09:48:52:4D:2D:31") } << 0
                                << good;
        QTest::newRow("split arguments")
            << QStringList { QStringLiteral("020106"), QStringLiteral("0609"), QStringLiteral("48524d2d31") }
            << 0 << good;
        QTest::newRow("pygatt capture")
            << QStringList { QStringLiteral("02010613ff4c000c0e006427263da7e28087004cc83c4e") } << 0
            << QStringList { QStringLiteral(
                   "offset 3: Manufacturer Specific Data: Apple, Inc. (0x004C): 0C 0E") };
        QTest::newRow("malformed") << QStringList { QStringLiteral("02 01 06 09 09 41 42") } << 1
                                   << QStringList { QStringLiteral("offset 0: Flags"),
                                                    QStringLiteral(
                                                        "error: offset 3: Complete Local Name: length 9 "
                                                        "overruns the packet") };
        QTest::newRow("scan response merged")
            << QStringList { QStringLiteral("020106"), QStringLiteral("-s"), QStringLiteral("020afc") } << 0
            << QStringList { QStringLiteral("offset 0: Flags"),
                             QStringLiteral("scan response offset 0: TX Power Level: -4 dBm") };
        QTest::newRow("empty data") << QStringList { QStringLiteral("00 00") } << 0
                                    << QStringList { QStringLiteral("no AD structures") };
    }
    void advText()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        const Run run = cli(QStringList { QStringLiteral("adv") } + arguments);
        QCOMPARE(run.exitCode, exitCode);
        for (const QString &line : expected)
            QVERIFY2(run.out.contains(line), qPrintable(run.out));
    }

    void advJson()
    {
        const Run run = cli({ QStringLiteral("adv"), QStringLiteral("--json"),
                              QStringLiteral("02 01 06 06 09 48 52 4d 2d 31 03 03 0d 18") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = json(run).object();
        QCOMPARE(root.value(u"wellFormed").toBool(), true);
        QCOMPARE(root.value(u"advertisement").toString(), QStringLiteral("020106060948524d2d3103030d18"));
        const QJsonArray structures = root.value(u"structures").toArray();
        QCOMPARE(structures.size(), 3);
        const QJsonObject name = structures.at(1).toObject();
        QCOMPARE(name.value(u"offset").toInt(), 3);
        QCOMPARE(name.value(u"type").toInt(), 0x09);
        QCOMPARE(name.value(u"typeName").toString(), QStringLiteral("Complete Local Name"));
        QCOMPARE(name.value(u"value").toObject().value(u"text").toString(), QStringLiteral("HRM-1"));
        QCOMPARE(structures.at(0).toObject().value(u"value").toObject().value(u"bits").toInt(), 6);
        QCOMPARE(root.value(u"errors").toArray().size(), 0);
        const QJsonObject summary = root.value(u"summary").toObject();
        QCOMPARE(summary.value(u"name").toString(), QStringLiteral("HRM-1"));
        QCOMPARE(summary.value(u"serviceUuids").toArray().first().toString(), QStringLiteral("180D"));
    }

    void advJsonMalformed()
    {
        const Run run
            = cli({ QStringLiteral("--json"), QStringLiteral("adv"), QStringLiteral("04 03 0d 18 0f") });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = json(run).object();
        QCOMPARE(root.value(u"wellFormed").toBool(), false);
        const QJsonArray errors = root.value(u"errors").toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(u"offset").toInt(), 0);
        const QJsonObject list = root.value(u"structures").toArray().first().toObject();
        QVERIFY(list.contains(u"error"));
        QCOMPARE(list.value(u"value").toObject().value(u"uuids").toArray().size(), 1);
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
