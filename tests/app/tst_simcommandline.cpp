// SPDX-License-Identifier: MIT
// gattscope-sim's command line and inputs, run as a user runs it (QProcess): bad input is
// one line on stderr and exit code 2 (usage) or 1 (malformed data), and it comes fast —
// also for devices and pipes that never end.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

// `yes` writes "y\n" for ever; "--profile /dev/stdin" behind it must still end.
constexpr const char *kEndlessPipe = "<yes>";

QByteArray profileWithCharacteristics(int count, int descriptors = 0)
{
    QByteArray json
        = R"({"name":"Big","address":"C0:00:00:00:00:01","services":[{"uuid":"180F","characteristics":[)";
    for (int i = 0; i < count; ++i) {
        json += i ? "," : "";
        json += R"({"uuid":"2A19","properties":["read"])";
        if (i == 0 && descriptors > 0) {
            json += R"(,"descriptors":[)";
            for (int d = 0; d < descriptors; ++d)
                json += (d ? "," : "") + QByteArray(R"({"uuid":"2901","text":"d"})");
            json += "]";
        }
        json += "}";
    }
    return json + "]}]}";
}

} // namespace

class TestSimCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const char *name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    // Runs gattscope-sim to completion (it must exit by itself), stdin fed from `yes` when
    // asked.
    Run sim(const QStringList &arguments, bool endlessStdin = false)
    {
        QProcess producer;
        QProcess process;
        if (endlessStdin) {
            producer.setStandardOutputProcess(&process);
            producer.start(QStringLiteral("yes"), {});
        }
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(GATTSCOPE_SIM_PATH), arguments);
        Run run;
        if (!process.waitForFinished(20000)) {
            qWarning("gattscope-sim did not finish: %s", qPrintable(process.errorString()));
            process.kill();
            process.waitForFinished();
        }
        run.ms = clock.elapsed();
        if (endlessStdin) {
            producer.kill();
            producer.waitForFinished();
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(GATTSCOPE_SIM_PATH)));
        QVERIFY(m_dir.isValid());
    }

    void helpAndVersion()
    {
        const Run help = sim({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--flood")));
        const Run version = sim({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("gattscope-sim " GATTSCOPE_VERSION "\n"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // the one line on stderr contains this
        const auto args = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *a : list)
                out.append(QString::fromUtf8(a));
            return out;
        };
        // Usage errors: exit code 2, the value quoted as given.
        QTest::newRow("--step-ms nan")
            << args({ "--step-ms", "nan" }) << 2
            << QStringLiteral("--step-ms: \"nan\" is not a whole number from 0 to 10000");
        QTest::newRow("--step-ms inf") << args({ "--step-ms", "inf" }) << 2 << QStringLiteral("\"inf\"");
        QTest::newRow("--step-ms -1") << args({ "--step-ms", "-1" }) << 2 << QStringLiteral("\"-1\"");
        QTest::newRow("--step-ms 2.5") << args({ "--step-ms", "2.5" }) << 2 << QStringLiteral("\"2.5\"");
        QTest::newRow("--max-connections nan")
            << args({ "--max-connections", "nan" }) << 2
            << QStringLiteral("--max-connections: \"nan\" is not a whole number from 1 to 8");
        QTest::newRow("--max-connections 9")
            << args({ "--max-connections", "9" }) << 2 << QStringLiteral("\"9\"");
        QTest::newRow("--max-connections 1.5")
            << args({ "--max-connections", "1.5" }) << 2 << QStringLiteral("\"1.5\"");
        QTest::newRow("--rate nan") << args({ "--rate", "nan" }) << 2
                                    << QStringLiteral("--rate: \"nan\" is not a number from 0.1 to 10000");
        QTest::newRow("--rate -inf") << args({ "--rate", "-inf" }) << 2 << QStringLiteral("\"-inf\"");
        QTest::newRow("--flood nan") << args({ "--flood", "nan" }) << 2 << QStringLiteral("--flood: \"nan\"");
        QTest::newRow("--flood 1e300") << args({ "--flood", "1e300" }) << 2 << QStringLiteral("\"1e300\"");
        QTest::newRow("--flood words") << args({ "--flood", "fast" }) << 2 << QStringLiteral("\"fast\"");
        QTest::newRow("unknown option") << args({ "--bogus" }) << 2 << QStringLiteral("bogus");
        QTest::newRow("missing value") << args({ "--profile" }) << 2 << QStringLiteral("profile");
        QTest::newRow("stray argument")
            << args({ "extra" }) << 2 << QStringLiteral("unexpected argument \"extra\"");

        // Malformed data: exit code 1, naming the file.
        QTest::newRow("/dev/zero") << args({ "--profile", "/dev/zero" }) << 1
                                   << QStringLiteral(
                                          "/dev/zero: more than 4 MiB; a profile file is at most that");
        QTest::newRow("endless pipe")
            << args({ "--profile", "/dev/stdin" }) << 1 << QStringLiteral("/dev/stdin: more than 4 MiB");
        QTest::newRow("a folder") << args({ "--profile", "/" }) << 1
                                  << QStringLiteral("/: a folder, not a profile file");
        QTest::newRow("missing file")
            << args({ "--profile", "/nonexistent/x.json" }) << 1 << QStringLiteral("/nonexistent/x.json: ");
        QTest::newRow("faults from /dev/zero")
            << args({ "--faults", "/dev/zero" }) << 1 << QStringLiteral("/dev/zero: more than 4 MiB");
        // Files written by init(); their names stand in for the paths.
        QTest::newRow("40,000 characteristics")
            << args({ "--profile", "big.json" }) << 1
            << QStringLiteral(
                   "big.json: services: \"Big\" needs 80006 attribute handles with Generic Access; a "
                   "GATT server has at most 65535");
        QTest::newRow("full-width hex digits")
            << args({ "--profile", "fullwidth.json" }) << 1
            << QStringLiteral("fullwidth.json: services[0].characteristics[0].hex: not hex data");
        QTest::newRow("1e300 as an integer")
            << args({ "--profile", "huge.json" }) << 1
            << QStringLiteral("huge.json: passkey: 1e+300 is out of range (0…999999)");
        QTest::newRow("100k-character name")
            << args({ "--profile", "longname.json" }) << 1
            << QStringLiteral("longname.json: name: 100000 bytes; a Device Name holds at most 248 (UTF-8)");
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        file("big.json", profileWithCharacteristics(40000));
        file("fullwidth.json",
             R"({"name":"x","address":"C0:00:00:00:00:01","services":[{"uuid":"180F","characteristics":[)"
             R"({"uuid":"2A19","properties":["read"],"hex":"１２"}]}]})");
        file("huge.json", R"({"name":"x","address":"C0:00:00:00:00:01","passkey":1e300})");
        file("longname.json",
             R"({"name":)"
             "\"" + QByteArray(100000, 'n')
                 + "\""
                   R"(,"address":"C0:00:00:00:00:01"})");
        for (QString &a : arguments) {
            if (a.endsWith(u".json") && !a.startsWith(u'/')) {
                message.replace(a, m_dir.filePath(a));
                a = m_dir.filePath(a);
            }
        }
        const Run run = sim(arguments, arguments.contains(QStringLiteral("/dev/stdin")));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(QStringLiteral("gattscope-sim: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1); // one line
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.ms < 10000, qPrintable(QString::number(run.ms)));
    }

    // The largest database that fits: 65,535 attributes are served, one more is refused.
    void attributeLimit()
    {
        // Generic Access (5) + the service (1) + 32,764 characteristics (65,528) + 1 descriptor.
        const QString fits = file("fits.json", profileWithCharacteristics(32764, 1));
        const QString over = file("over.json", profileWithCharacteristics(32764, 2));
        const Run refused = sim({ QStringLiteral("--profile"), over });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("needs 65536 attribute handles")),
                 qPrintable(refused.err));
        QProcess process;
        process.start(QStringLiteral(GATTSCOPE_SIM_PATH), { QStringLiteral("--profile"), fits });
        QByteArray out;
        while (!out.contains('\n') && process.waitForReadyRead(20000))
            out += process.readAllStandardOutput();
        QVERIFY2(out.contains("serving a virtual BLED112 on "), process.readAllStandardError().constData());
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimCommandLine)
#include "tst_simcommandline.moc"
