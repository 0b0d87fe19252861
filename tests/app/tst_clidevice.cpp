// SPDX-License-Identifier: MIT
// gattscope-cli's device commands, run as the real binary against the in-process Demo dongle
// (--backend demo) and against gattscope-sim over a pseudo-terminal (bgapi:/dev/pts/N):
// output (JSON validated with QJsonDocument), files, exit codes and their one-line messages.
#include "support/programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = gattscope::test::ProgramRun;

const QString kHrm = QStringLiteral("HRM Strap");
const QString kMotion = QStringLiteral("gattscope Motion");
const QString kMotionName = QStringLiteral("6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const QString kMotionSecret = QStringLiteral("6a770006-8c3a-4f3e-9e4b-5a2c1d0e9f10");

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> out;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object line: %s", qPrintable(line));
            return {};
        }
        out.append(doc.object());
    }
    return out;
}

// The simulator on a pty, for as long as the object lives.
class Sim
{
public:
    explicit Sim(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(GATTSCOPE_SIM_PATH));
        m_process.setArguments(arguments);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return;
        QByteArray out;
        const QByteArray marker("serving a virtual BLED112 on ");
        while (!out.contains('\n') && m_process.waitForReadyRead(5000))
            out += m_process.readAllStandardOutput();
        if (const qsizetype at = out.indexOf(marker); at >= 0)
            m_path = QString::fromLocal8Bit(out.mid(at + marker.size()).trimmed());
    }
    ~Sim()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }
    QString uri() const { return QStringLiteral("bgapi:") + m_path; }
    bool isServing() const { return !m_path.isEmpty(); }
    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
    QString m_path;
};

} // namespace

class TestCliDevice : public QObject
{
    Q_OBJECT

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GATTSCOPE_CONFIG_DIR"), m_config.path());
        env.remove(QStringLiteral("GATTSCOPE_BACKEND"));
        env.remove(QStringLiteral("QT_LOGGING_RULES")); // the CLI keeps the library quiet by default
        return env;
    }

    Run cli(const QStringList &arguments, int timeoutMs = 30000)
    {
        return gattscope::test::runProgram(QStringLiteral(GATTSCOPE_CLI_PATH), arguments, environment(),
                                           timeoutMs);
    }
    Run demo(const QStringList &arguments)
    {
        return cli(QStringList { QStringLiteral("--backend"), QStringLiteral("demo") } + arguments);
    }

    static QJsonObject object(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(run.out));
        return doc.object();
    }

    static QJsonObject findService(const QJsonObject &root, const QString &uuid)
    {
        for (const QJsonValue &s : root.value(u"services").toArray()) {
            if (s.toObject().value(u"uuid").toString() == uuid)
                return s.toObject();
        }
        return {};
    }

    // The tree as "service/characteristic[properties]" lines, for comparing two devices.
    static QStringList tree(const QJsonObject &root)
    {
        QStringList out;
        for (const QJsonValue &s : root.value(u"services").toArray()) {
            for (const QJsonValue &c : s.toObject().value(u"characteristics").toArray()) {
                QStringList props;
                for (const QJsonValue &p : c.toObject().value(u"properties").toArray())
                    props << p.toString();
                QStringList descriptors;
                for (const QJsonValue &d : c.toObject().value(u"descriptors").toArray())
                    descriptors << d.toObject().value(u"uuid").toString();
                out << s.toObject().value(u"uuid").toString() + u'/' + c.toObject().value(u"uuid").toString()
                        + u'[' + props.join(u',') + u"] " + descriptors.join(u',')
                        + QStringLiteral(" @%1").arg(c.toObject().value(u"valueHandle").toInt());
            }
        }
        return out;
    }

    // One line that says what failed; a usage error adds the usual pointer to --help.
    static void verifyOneLine(const Run &run, const QString &text)
    {
        QVERIFY2(run.err.contains(text), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QStringLiteral("gattscope-cli: ")), qPrintable(run.err));
        const QStringList lines = run.err.trimmed().split(u'\n');
        QVERIFY2(lines.size() == 1
                     || (run.exitCode == 2 && lines.size() == 2
                         && lines.last().startsWith(QStringLiteral("Try '"))),
                 qPrintable(run.err));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_config.isValid()); }

    void servicesJson()
    {
        const Run run = demo({ QStringLiteral("services"), kHrm, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = object(run);
        QCOMPARE(root.value(u"device").toObject().value(u"name").toString(), kHrm);
        QCOMPARE(root.value(u"device").toObject().value(u"address").toString(),
                 QStringLiteral("C0:98:E5:49:00:01"));
        const QJsonObject hr = findService(root, QStringLiteral("180D"));
        QCOMPARE(hr.value(u"name").toString(), QStringLiteral("Heart Rate"));
        const QJsonObject hrm = hr.value(u"characteristics").toArray().first().toObject();
        QCOMPARE(hrm.value(u"uuid").toString(), QStringLiteral("2A37"));
        QVERIFY(hrm.value(u"properties").toArray().contains(QStringLiteral("notify")));
        QCOMPARE(hrm.value(u"descriptors").toArray().first().toObject().value(u"uuid").toString(),
                 QStringLiteral("2902"));
    }

    void servicesTextByAddress()
    {
        // By address, in any case, any address type; text aligned, no colour off a terminal.
        const Run run = demo({ QStringLiteral("services"), QStringLiteral("c0:98:e5:49:00:01") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Heart Rate Measurement")), qPrintable(run.out));
        QVERIFY(!run.out.contains(u'\x1b'));
        QVERIFY(run.err.isEmpty());
    }

    void readJson()
    {
        const Run run
            = demo({ QStringLiteral("read"), kHrm, QStringLiteral("2a19"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = object(run);
        QCOMPARE(o.value(u"uuid").toString(), QStringLiteral("2A19"));
        QCOMPARE(o.value(u"name").toString(), QStringLiteral("Battery Level"));
        QCOMPARE(o.value(u"hex").toString().size(), 2);
        QVERIFY(o.value(u"decoded").toString().endsWith(u'%'));
    }

    void readByHandleAndText()
    {
        const Run byUuid
            = demo({ QStringLiteral("read"), kHrm, QStringLiteral("2a29"), QStringLiteral("--json") });
        QCOMPARE(byUuid.exitCode, 0);
        const int handle = object(byUuid).value(u"handle").toInt();
        QVERIFY(handle > 0);
        const Run byHandle = demo(
            { QStringLiteral("read"), kHrm, QStringLiteral("0x%1").arg(handle, 4, 16, QLatin1Char('0')) });
        QCOMPARE(byHandle.exitCode, 0);
        QVERIFY2(byHandle.out.contains(object(byUuid).value(u"decoded").toString()),
                 qPrintable(byHandle.out));
    }

    void writeValues_data()
    {
        QTest::addColumn<QStringList>("value");
        QTest::addColumn<QString>("hex");
        QTest::newRow("hex") << QStringList { QStringLiteral("--hex"), QStringLiteral("48 69") }
                             << QStringLiteral("4869");
        QTest::newRow("text") << QStringList { QStringLiteral("--text"), QStringLiteral("Hi\\x21") }
                              << QStringLiteral("486921");
        QTest::newRow("uint16") << QStringList { QStringLiteral("--value"), QStringLiteral("42"),
                                                 QStringLiteral("--format"), QStringLiteral("uint16") }
                                << QStringLiteral("2a00");
        QTest::newRow("layout") << QStringList { QStringLiteral("--value"), QStringLiteral("1,-2"),
                                                 QStringLiteral("--format"), QStringLiteral("<hh") }
                                << QStringLiteral("0100feff");
    }
    void writeValues()
    {
        QFETCH(QStringList, value);
        QFETCH(QString, hex);
        const Run run = demo(
            QStringList { QStringLiteral("write"), kMotion, kMotionName, QStringLiteral("--json") } + value);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(object(run).value(u"hex").toString(), hex);
        QCOMPARE(object(run).value(u"mode").toString(), QStringLiteral("request"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown device")
            << QStringList { QStringLiteral("read"), QStringLiteral("Nobody"), QStringLiteral("2a19"),
                             QStringLiteral("--timeout"), QStringLiteral("1.5") }
            << 3 << QStringLiteral("no device named \"Nobody\" was heard within 1.5 s");
        QTest::newRow("unknown characteristic")
            << QStringList { QStringLiteral("read"), kHrm, QStringLiteral("2a6e") } << 3
            << QStringLiteral("the device has no characteristic 2a6e");
        QTest::newRow("unknown handle")
            << QStringList { QStringLiteral("read"), kHrm, QStringLiteral("0x0fff") } << 3
            << QStringLiteral("no characteristic value or descriptor has handle 0x0fff");
        QTest::newRow("bad hex") << QStringList { QStringLiteral("write"), kMotion, kMotionName,
                                                  QStringLiteral("--hex"), QStringLiteral("zz") }
                                 << 1 << QStringLiteral("--hex \"zz\" is not hex");
        QTest::newRow("value out of range") << QStringList { QStringLiteral("write"),
                                                             kMotion,
                                                             kMotionName,
                                                             QStringLiteral("--value"),
                                                             QStringLiteral("70000"),
                                                             QStringLiteral("--format"),
                                                             QStringLiteral("uint16") }
                                            << 1 << QStringLiteral("--value \"70000\" as uint16");
        QTest::newRow("ATT error") << QStringList { QStringLiteral("read"), kMotion, kMotionSecret } << 4
                                   << QStringLiteral("Insufficient Authentication");
        QTest::newRow("no value option")
            << QStringList { QStringLiteral("write"), kMotion, kMotionName } << 2
            << QStringLiteral("give the value with one of --hex, --text or --value");
        QTest::newRow("bad backend") << QStringList { QStringLiteral("--backend"), QStringLiteral("foo:bar"),
                                                      QStringLiteral("services"), kHrm }
                                     << 2 << QStringLiteral("unknown backend 'foo:'");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = arguments.contains(QStringLiteral("--backend")) ? cli(arguments) : demo(arguments);
        QCOMPARE(run.exitCode, exitCode);
        verifyOneLine(run, message);
    }

    void subscribeJsonAndFiles()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("hr.csv"));
        const QString jsonl = dir.filePath(QStringLiteral("hr.jsonl"));
        const QString snoop = dir.filePath(QStringLiteral("hr.btsnoop"));
        const Run run
            = demo({ QStringLiteral("subscribe"), kHrm, QStringLiteral("2a37"), QStringLiteral("--count"),
                     QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("--csv"), csv,
                     QStringLiteral("--jsonl"), jsonl, QStringLiteral("--btsnoop"), snoop });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 3);
        double last = -1;
        for (const QJsonObject &o : lines) {
            QCOMPARE(o.value(u"name").toString(), QStringLiteral("Heart Rate Measurement"));
            QCOMPARE(o.value(u"kind").toString(), QStringLiteral("notification"));
            QVERIFY(o.value(u"decoded").toString().contains(QStringLiteral("bpm")));
            QVERIFY(o.value(u"elapsedMs").toDouble() >= last);
            last = o.value(u"elapsedMs").toDouble();
        }
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> csvLines = csvFile.readAll().split('\n');
        QVERIFY2(csvLines.size() >= 4, csvLines.join('\n').constData()); // header + 3 values
        QVERIFY(csvLines.at(1).contains(lines.first().value(u"hex").toString().toUpper().toLatin1())
                || csvLines.at(1).contains(lines.first().value(u"hex").toString().toLatin1()));
        QFile jsonlFile(jsonl);
        QVERIFY(jsonlFile.open(QIODevice::ReadOnly));
        QVERIFY(jsonLines(QString::fromUtf8(jsonlFile.readAll())).size() >= 3);
        QFile snoopFile(snoop);
        QVERIFY(snoopFile.open(QIODevice::ReadOnly));
        const QByteArray capture = snoopFile.readAll();
        QVERIFY(capture.startsWith(QByteArray("btsnoop\0", 8)));
        QVERIFY(capture.size() > 16 + 3 * 24);
    }

    void subscribeText()
    {
        const Run run = demo({ QStringLiteral("subscribe"), kHrm, QStringLiteral("2a37"),
                               QStringLiteral("--count"), QStringLiteral("2") });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().contains(QStringLiteral(" ms  Heart Rate Measurement  ")),
                 qPrintable(run.out));
        QVERIFY(lines.first().contains(QStringLiteral("bpm")));
    }

    void subscribeCountNotReached()
    {
        // The battery notifies every 30 s: 5 values cannot come within 1 s.
        const Run run
            = demo({ QStringLiteral("subscribe"), kHrm, QStringLiteral("2a19"), QStringLiteral("--count"),
                     QStringLiteral("5"), QStringLiteral("--duration"), QStringLiteral("1") });
        QCOMPARE(run.exitCode, 5);
        verifyOneLine(run, QStringLiteral("of 5 values arrived within 1 s"));
    }

    void dumpJson()
    {
        const Run run = demo({ QStringLiteral("dump"), kMotion });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = object(run);
        QVERIFY(root.value(u"device").toObject().contains(u"advertising"));
        bool sawSecret = false;
        bool sawValue = false;
        for (const QJsonValue &s : root.value(u"services").toArray()) {
            for (const QJsonValue &c : s.toObject().value(u"characteristics").toArray()) {
                const QJsonObject value = c.toObject().value(u"value").toObject();
                if (c.toObject().value(u"uuid").toString() == kMotionSecret) {
                    sawSecret = true;
                    QCOMPARE(value.value(u"attError").toInt(), 5);
                } else if (value.contains(u"hex")) {
                    sawValue = true;
                }
            }
        }
        QVERIFY(sawSecret);
        QVERIFY(sawValue);
    }

    void scanJsonAndFilters()
    {
        const Run run = demo({ QStringLiteral("scan"), QStringLiteral("--duration"), QStringLiteral("1.5"),
                               QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QVERIFY(!lines.isEmpty());
        QSet<QString> names;
        for (const QJsonObject &o : lines)
            names.insert(o.value(u"name").toString());
        QVERIFY(names.contains(kHrm));
        QVERIFY(names.contains(QStringLiteral("EnviroSense")));

        const Run filtered
            = demo({ QStringLiteral("scan"), QStringLiteral("--duration"), QStringLiteral("1.5"),
                     QStringLiteral("--service"), QStringLiteral("180d"), QStringLiteral("--min-rssi"),
                     QStringLiteral("-100") });
        QCOMPARE(filtered.exitCode, 0);
        const QStringList rows = filtered.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().startsWith(QStringLiteral("C0:98:E5:49:00:01")), qPrintable(filtered.out));

        const Run regex
            = demo({ QStringLiteral("scan"), QStringLiteral("--duration"), QStringLiteral("1.5"),
                     QStringLiteral("--name-regex"), QStringLiteral("^env"), QStringLiteral("--json") });
        const QList<QJsonObject> envLines = jsonLines(regex.out);
        QVERIFY(!envLines.isEmpty());
        for (const QJsonObject &o : envLines)
            QCOMPARE(o.value(u"name").toString(), QStringLiteral("EnviroSense"));
    }

    void monitorJson()
    {
        const Run run = demo({ QStringLiteral("monitor"), kHrm, QStringLiteral("--count"),
                               QStringLiteral("2"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        for (const QJsonObject &o : lines) {
            QVERIFY(o.value(u"heartRate").toInt() >= 60);
            QCOMPARE(o.value(u"sensorContact").toString(), QStringLiteral("detected"));
        }
    }

    void bondWithPasskey()
    {
        const Run run = demo({ QStringLiteral("bond"), kMotion, QStringLiteral("--passkey"),
                               QStringLiteral("123456"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(object(run).value(u"encrypted").toBool(), true);
        const Run wrong = demo(
            { QStringLiteral("bond"), kMotion, QStringLiteral("--passkey"), QStringLiteral("111111") });
        QCOMPARE(wrong.exitCode, 4);
        verifyOneLine(wrong, QStringLiteral("cannot bond with gattscope Motion"));
    }

    void portsAndAdapters()
    {
        const Run ports = cli({ QStringLiteral("ports"), QStringLiteral("--json") });
        QCOMPARE(ports.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(ports.out.toUtf8()).isArray());
        const Run adapters = cli({ QStringLiteral("adapters"), QStringLiteral("--json") });
        QCOMPARE(adapters.exitCode, 0);
        bool demoListed = false;
        for (const QJsonValue &a : QJsonDocument::fromJson(adapters.out.toUtf8()).array())
            demoListed = demoListed || a.toObject().value(u"uri").toString() == QStringLiteral("demo");
        QVERIFY(demoListed);
    }

    // --- the same against gattscope-sim over a pty
    void simEveryCommand()
    {
        Sim sim({});
        QVERIFY2(sim.isServing(), qPrintable(sim.errors()));
        const QString backend = sim.uri();
        const auto run = [&](const QStringList &arguments) {
            return cli(QStringList { QStringLiteral("--backend"), backend } + arguments);
        };
        const Run services = run({ QStringLiteral("services"), kHrm, QStringLiteral("--json") });
        QCOMPARE(services.exitCode, 0);
        QVERIFY(!findService(object(services), QStringLiteral("180D")).isEmpty());
        const Run read
            = run({ QStringLiteral("read"), kHrm, QStringLiteral("2a19"), QStringLiteral("--json") });
        QCOMPARE(read.exitCode, 0);
        QCOMPARE(object(read).value(u"uuid").toString(), QStringLiteral("2A19"));
        const Run write = run({ QStringLiteral("write"), kMotion, kMotionName, QStringLiteral("--text"),
                                QStringLiteral("sim") });
        QCOMPARE(write.exitCode, 0);
        // The sim keeps written values while it runs.
        const Run readBack = run({ QStringLiteral("read"), kMotion, kMotionName, QStringLiteral("--json") });
        QCOMPARE(object(readBack).value(u"hex").toString(), QStringLiteral("73696d"));
        const Run subscribe
            = run({ QStringLiteral("subscribe"), kHrm, QStringLiteral("2a37"), QStringLiteral("--count"),
                    QStringLiteral("2"), QStringLiteral("--json") });
        QCOMPARE(subscribe.exitCode, 0);
        QCOMPARE(jsonLines(subscribe.out).size(), 2);
        const Run monitor
            = run({ QStringLiteral("monitor"), kHrm, QStringLiteral("--count"), QStringLiteral("1") });
        QCOMPARE(monitor.exitCode, 0);
        QVERIFY(monitor.out.contains(QStringLiteral("bpm")));
        const Run dump = run({ QStringLiteral("dump"), QStringLiteral("EnviroSense") });
        QCOMPARE(dump.exitCode, 0);
        QVERIFY(!findService(object(dump), QStringLiteral("181A")).isEmpty());
        const Run scan = run({ QStringLiteral("scan"), QStringLiteral("--duration"), QStringLiteral("1"),
                               QStringLiteral("--json") });
        QCOMPARE(scan.exitCode, 0);
        QVERIFY(!jsonLines(scan.out).isEmpty());
        const Run bond
            = run({ QStringLiteral("bond"), kMotion, QStringLiteral("--passkey"), QStringLiteral("123456") });
        QCOMPARE(bond.exitCode, 0);
        const Run attError = run({ QStringLiteral("read"), kMotion, kMotionSecret });
        QCOMPARE(attError.exitCode, 4);
    }

    void simTimeout()
    {
        QTemporaryDir dir;
        QFile faults(dir.filePath(QStringLiteral("faults.json")));
        QVERIFY(faults.open(QIODevice::WriteOnly));
        faults.write(
            R"({ "faults": [ { "action": "drop-response", "on": "attclient_read_by_handle", "nth": 0 } ] })");
        faults.close();
        Sim sim({ QStringLiteral("--faults"), faults.fileName() });
        QVERIFY2(sim.isServing(), qPrintable(sim.errors()));
        const Run run = cli({ QStringLiteral("--backend"), sim.uri(), QStringLiteral("--timeout"),
                              QStringLiteral("2"), QStringLiteral("read"), kHrm, QStringLiteral("2a19") });
        QCOMPARE(run.exitCode, 5);
        verifyOneLine(run, QStringLiteral("reading 2a19"));
    }

    void simKilledMidSubscribe()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("hr.csv"));
        auto sim = std::make_unique<Sim>(QStringList {});
        QVERIFY2(sim->isServing(), qPrintable(sim->errors()));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(GATTSCOPE_CLI_PATH),
                      { QStringLiteral("--backend"), sim->uri(), QStringLiteral("subscribe"), kMotion,
                        QStringLiteral("6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10"), QStringLiteral("--csv"),
                        csv });
        // Wait for values, then pull the dongle.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= 5, 15000);
        sim->kill();
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 6);
        Run run;
        run.err = QString::fromUtf8(process.readAllStandardError());
        verifyOneLine(run, QStringLiteral("lost the link to gattscope Motion"));
        // What arrived is in the file.
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().count('\n') >= 5);
    }

    void interruptStopsCleanly()
    {
        QTemporaryDir dir;
        const QString jsonl = dir.filePath(QStringLiteral("acc.jsonl"));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(GATTSCOPE_CLI_PATH),
                      { QStringLiteral("--backend"), QStringLiteral("demo"), QStringLiteral("subscribe"),
                        kMotion, QStringLiteral("6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10"),
                        QStringLiteral("--jsonl"), jsonl });
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= 20, 15000);
        process.terminate(); // SIGTERM, handled as Ctrl-C
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QJsonObject> lines = jsonLines(QString::fromUtf8(file.readAll()));
        QVERIFY(lines.size() >= 20);
    }

    // dump --profile --record → a sim serving that profile has the same tree, and replays
    // the recorded notifications.
    void profileRoundTrip()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("hrm.json"));
        QStringList original;
        QStringList recordedHex;
        {
            Sim sim({});
            QVERIFY2(sim.isServing(), qPrintable(sim.errors()));
            const Run services = cli({ QStringLiteral("--backend"), sim.uri(), QStringLiteral("services"),
                                       kHrm, QStringLiteral("--json") });
            QCOMPARE(services.exitCode, 0);
            original = tree(object(services));
            const Run dump = cli({ QStringLiteral("--backend"), sim.uri(), QStringLiteral("dump"), kHrm,
                                   QStringLiteral("--profile"), profile, QStringLiteral("--record"),
                                   QStringLiteral("3") });
            QCOMPARE(dump.exitCode, 0);
            QVERIFY(object(dump).value(u"device").toObject().value(u"recordedValues").toInt() >= 2);
        }
        QFile file(profile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &s : saved.value(u"services").toArray()) {
            for (const QJsonValue &c : s.toObject().value(u"characteristics").toArray()) {
                if (c.toObject().value(u"uuid").toString() != QStringLiteral("2A37"))
                    continue;
                const QJsonObject generator = c.toObject().value(u"generator").toObject();
                QCOMPARE(generator.value(u"type").toString(), QStringLiteral("replay"));
                for (const QJsonValue &v : generator.value(u"values").toArray())
                    recordedHex << v.toObject().value(u"hex").toString().remove(u' ').toLower();
            }
        }
        QVERIFY(recordedHex.size() >= 2);

        Sim clone({ QStringLiteral("--profile"), profile });
        QVERIFY2(clone.isServing(), qPrintable(clone.errors()));
        const Run services = cli({ QStringLiteral("--backend"), clone.uri(), QStringLiteral("services"), kHrm,
                                   QStringLiteral("--json") });
        QCOMPARE(services.exitCode, 0);
        QCOMPARE(tree(object(services)), original);
        const Run subscribe = cli({ QStringLiteral("--backend"), clone.uri(), QStringLiteral("subscribe"),
                                    kHrm, QStringLiteral("2a37"), QStringLiteral("--count"),
                                    QString::number(recordedHex.size()), QStringLiteral("--json") });
        QCOMPARE(subscribe.exitCode, 0);
        QStringList replayed;
        for (const QJsonObject &o : jsonLines(subscribe.out))
            replayed << o.value(u"hex").toString();
        // The replay runs from the link's start, so the first values may pass before the
        // subscription: what arrives is the recording in order, from some point, wrapping.
        QCOMPARE(replayed.size(), recordedHex.size());
        bool inOrder = false;
        for (qsizetype offset = 0; offset < recordedHex.size() && !inOrder; ++offset) {
            inOrder = true;
            for (qsizetype i = 0; i < replayed.size(); ++i)
                inOrder = inOrder && replayed.at(i) == recordedHex.at((offset + i) % recordedHex.size());
        }
        QVERIFY2(inOrder, qPrintable(replayed.join(u' ') + QStringLiteral(" / ") + recordedHex.join(u' ')));
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestCliDevice)
#include "tst_clidevice.moc"
