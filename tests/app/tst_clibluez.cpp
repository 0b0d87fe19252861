// SPDX-License-Identifier: MIT
// gattscope-cli on the system's Bluetooth adapters (--backend bluez:hci0), run as the real
// binary against the mock BlueZ (gattscope-sim --bluez) on the private bus of the CTest
// fixture bluez_mock: adapters, scan, read, subscribe, and the messages and exit codes for an
// unknown adapter and one that is switched off.
#include "support/mockbluezcontrol.h"
#include "support/programrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using gattscope::testing::MockBluezControl;

namespace {

using Run = gattscope::test::ProgramRun;

const QString kHrm = QStringLiteral("HRM Strap");

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> out;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (!doc.isObject()) {
            qWarning("not a JSON object line: %s", qPrintable(line));
            return {};
        }
        out.append(doc.object());
    }
    return out;
}

} // namespace

class TestCliBluez : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    MockBluezControl m_mock;

    Run cli(const QStringList &arguments, int timeoutMs = 30000)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // the fixture's bus
        env.insert(QStringLiteral("GATTSCOPE_CONFIG_DIR"), m_config.path());
        env.remove(QStringLiteral("GATTSCOPE_BACKEND"));
        return gattscope::test::runProgram(QStringLiteral(GATTSCOPE_CLI_PATH), arguments, env, timeoutMs);
    }
    Run onAdapter(const QString &uri, const QStringList &arguments)
    {
        return cli(QStringList { QStringLiteral("--backend"), uri } + arguments);
    }
    // A failure is one line on stderr that says why, and nothing on stdout.
    static void verifyOneLine(const Run &run, const QString &needle)
    {
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 1, qPrintable(run.err));
        QVERIFY2(lines.first().contains(needle, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        if (!gattscope::testing::haveMockBus())
            QSKIP("needs the private bus of the bluez_mock fixture (ctest -R clibluez)");
    }

    void init()
    {
        if (!m_mock.online())
            QVERIFY(m_mock.comeBack());
        QVERIFY(m_mock.reset());
    }

    void helpNamesTheBluezUris()
    {
        const Run run = cli({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("bluez:")) && run.out.contains(QStringLiteral("bluez:hci1")),
                 qPrintable(run.out));
    }

    void adaptersListsTheMockAdapters()
    {
        const Run run = cli({ QStringLiteral("adapters"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QHash<QString, QString> labels;
        for (const QJsonValue &v : all)
            labels.insert(v.toObject().value(u"uri").toString(), v.toObject().value(u"label").toString());
        QCOMPARE(labels.value(QStringLiteral("bluez:hci0")),
                 QStringLiteral("Bluetooth adapter hci0 (00:AA:01:00:00:00)"));
        QCOMPARE(labels.value(QStringLiteral("bluez:hci1")),
                 QStringLiteral("Bluetooth adapter hci1 (00:AA:01:00:00:01)"));
        QVERIFY(labels.contains(QStringLiteral("demo")));
    }

    void scan_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("hci0") << QStringLiteral("bluez:hci0");
        QTest::newRow("default adapter") << QStringLiteral("bluez:");
    }
    void scan()
    {
        QFETCH(QString, uri);
        const Run run = onAdapter(uri,
                                  { QStringLiteral("scan"), QStringLiteral("--duration"), QStringLiteral("2"),
                                    QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QSet<QString> names;
        const QList<QJsonObject> lines = jsonLines(run.out);
        for (const QJsonObject &o : lines)
            names.insert(o.value(u"name").toString());
        QVERIFY2(names.contains(kHrm) && names.contains(QStringLiteral("EnviroSense")), qPrintable(run.out));
    }

    void read()
    {
        const Run run
            = onAdapter(QStringLiteral("bluez:hci0"),
                        { QStringLiteral("read"), kHrm, QStringLiteral("2a38"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(u"name").toString(), QStringLiteral("Body Sensor Location"));
        QCOMPARE(o.value(u"hex").toString(), QStringLiteral("01"));
        QVERIFY2(o.value(u"decoded").toString().contains(QStringLiteral("Chest")), qPrintable(run.out));

        const Run text = onAdapter(QStringLiteral("bluez:hci0"),
                                   { QStringLiteral("read"), kHrm, QStringLiteral("2a19") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("Battery Level (2A19, 0x"))
                     && text.out.contains(QStringLiteral(" %")),
                 qPrintable(text.out));
    }

    void subscribe()
    {
        const Run run
            = onAdapter(QStringLiteral("bluez:hci0"),
                        { QStringLiteral("subscribe"), kHrm, QStringLiteral("2a37"),
                          QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 3);
        for (const QJsonObject &o : lines) {
            QCOMPARE(o.value(u"name").toString(), QStringLiteral("Heart Rate Measurement"));
            QCOMPARE(o.value(u"kind").toString(), QStringLiteral("notification"));
            QVERIFY(o.value(u"decoded").toString().contains(QStringLiteral("bpm")));
        }
    }

    void unknownAdapter()
    {
        const Run run
            = onAdapter(QStringLiteral("bluez:hci7"),
                        { QStringLiteral("scan"), QStringLiteral("--duration"), QStringLiteral("1") });
        QCOMPARE(run.exitCode, 3); // not found
        verifyOneLine(run, QStringLiteral("hci7"));
    }

    void switchedOffAdapter()
    {
        QVERIFY(m_mock.setPowered(QStringLiteral("hci1"), false));
        const Run run = onAdapter(QStringLiteral("bluez:hci1"),
                                  { QStringLiteral("read"), kHrm, QStringLiteral("2a38") });
        QCOMPARE(run.exitCode, 7); // the backend cannot be used
        verifyOneLine(run, QStringLiteral("switched off"));
        // The other adapter is not affected.
        const Run other = onAdapter(QStringLiteral("bluez:hci0"),
                                    { QStringLiteral("read"), kHrm, QStringLiteral("2a38") });
        QCOMPARE(other.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBluez)
#include "tst_clibluez.moc"
