// SPDX-License-Identifier: MIT
#include <gattscope/core/numbers/assignednumbers.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using gattscope::AssignedNumbers;
using gattscope::Uuid;
using Kind = AssignedNumbers::UuidKind;

Q_DECLARE_METATYPE(AssignedNumbers::UuidKind)

namespace {
Uuid uuid(const char16_t *text)
{
    return *Uuid::fromString(QStringView(text));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestAssignedNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("GATTSCOPE_CONFIG_DIR", QFile::encodeName(m_config.path()));
    }

    // Runs first, so the tables are loaded lazily by several threads at once.
    void concurrentFirstUse()
    {
        std::vector<std::thread> threads;
        std::atomic<int> failures { 0 };
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&failures] {
                const AssignedNumbers &n = AssignedNumbers::instance();
                for (int i = 0; i < 200; ++i) {
                    if (n.serviceName(Uuid(0x180D)) != u"Heart Rate"
                        || n.companyName(0x004C) != u"Apple, Inc."
                        || n.appearanceName(0x0341) != u"Heart Rate Sensor: Heart Rate Belt"
                        || n.characteristicName(Uuid(0x2A37)) != u"Heart Rate Measurement")
                        ++failures;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }

    void uuidNames_data()
    {
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("Heart Rate service")
            << QStringLiteral("180D") << QStringLiteral("Heart Rate") << Kind::Service;
        QTest::newRow("Battery Service")
            << QStringLiteral("0x180f") << QStringLiteral("Battery Service") << Kind::Service;
        QTest::newRow("HRM characteristic")
            << QStringLiteral("00002a37-0000-1000-8000-00805f9b34fb")
            << QStringLiteral("Heart Rate Measurement") << Kind::Characteristic;
        QTest::newRow("CCCD") << QStringLiteral("2902")
                              << QStringLiteral("Client Characteristic Configuration") << Kind::Descriptor;
        QTest::newRow("Presentation Format")
            << QStringLiteral("2904") << QStringLiteral("Characteristic Presentation Format")
            << Kind::Descriptor;
        QTest::newRow("Nordic UART (vendor 128-bit)")
            << QStringLiteral("6E400001-B5A3-F393-E0A9-E50E24DCCA9E") << QStringLiteral("Nordic UART Service")
            << Kind::Service;
        QTest::newRow("Eddystone (member 16-bit)")
            << QStringLiteral("FEAA") << QStringLiteral("Eddystone") << Kind::Service;
        QTest::newRow("unknown 16-bit") << QStringLiteral("FFF0") << QString() << Kind::Unknown;
        QTest::newRow("unknown 128-bit")
            << QStringLiteral("01234567-0123-0123-0123-0123456789ab") << QString() << Kind::Unknown;
    }
    void uuidNames()
    {
        QFETCH(QString, uuid);
        QFETCH(QString, name);
        QFETCH(Kind, kind);
        const auto u = Uuid::fromString(uuid);
        QVERIFY(u);
        AssignedNumbers numbers(m_config.filePath(QStringLiteral("none/names.json")));
        QCOMPARE(numbers.name(*u), name);
        QCOMPARE(numbers.kind(*u), kind);
        QCOMPARE(numbers.serviceName(*u), kind == Kind::Service ? name : QString());
        QCOMPARE(numbers.characteristicName(*u), kind == Kind::Characteristic ? name : QString());
        QCOMPARE(numbers.descriptorName(*u), kind == Kind::Descriptor ? name : QString());
    }

    void companies_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("name");
        QTest::newRow("Ericsson 0x0000") << 0x0000 << QStringLiteral("Ericsson AB");
        QTest::newRow("Apple 0x004C") << 0x004C << QStringLiteral("Apple, Inc.");
        QTest::newRow("Nordic 0x0059") << 0x0059 << QStringLiteral("Nordic Semiconductor ASA");
        QTest::newRow("gap in the list") << 102 << QString();
        QTest::newRow("unassigned 0xF000") << 0xF000 << QString();
    }
    void companies()
    {
        QFETCH(int, id);
        QFETCH(QString, name);
        QCOMPARE(AssignedNumbers::instance().companyName(quint16(id)), name);
    }

    void appearances_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("name");
        QTest::newRow("0x0000 Unknown") << 0x0000 << QStringLiteral("Unknown");
        QTest::newRow("0x0040 Phone") << 0x0040 << QStringLiteral("Phone");
        QTest::newRow("0x0083 Laptop") << 0x0083 << QStringLiteral("Computer: Laptop");
        QTest::newRow("0x0340 HR sensor") << 0x0340 << QStringLiteral("Heart Rate Sensor");
        QTest::newRow("0x0341 HR belt") << 0x0341 << QStringLiteral("Heart Rate Sensor: Heart Rate Belt");
        QTest::newRow("0x0345 unknown sub") << 0x0345 << QStringLiteral("Heart Rate Sensor, sub-category 5");
        QTest::newRow("unknown category") << 0xFFC1 << QString();
    }
    void appearances()
    {
        QFETCH(int, value);
        QFETCH(QString, name);
        QCOMPARE(AssignedNumbers::instance().appearanceName(quint16(value)), name);
    }

    void kindNames()
    {
        QCOMPARE(AssignedNumbers::kindName(Kind::Service), QStringLiteral("service"));
        QCOMPARE(AssignedNumbers::kindName(Kind::Characteristic), QStringLiteral("characteristic"));
        QCOMPARE(AssignedNumbers::kindName(Kind::Descriptor), QStringLiteral("descriptor"));
        QCOMPARE(AssignedNumbers::kindName(Kind::Unknown), QStringLiteral("unknown"));
    }

    void configDirectoryFromEnvironment()
    {
        QCOMPARE(AssignedNumbers::configDirectory(), m_config.path());
        QCOMPARE(AssignedNumbers::instance().userNamesPath(),
                 m_config.filePath(QStringLiteral("names.json")));
    }

    void userNamesOverrideAndExtend()
    {
        const QString path = m_config.filePath(QStringLiteral("names.json"));
        writeFile(path, R"({ "180D": "Chest strap", "6e400001-b5a3-f393-e0a9-e50e24dcca9e": "Console",
                             "12345678-1234-1234-1234-123456789abc": "My sensor" })");
        AssignedNumbers &numbers = AssignedNumbers::instance();
        QVERIFY(numbers.reloadUserNames());
        QVERIFY(numbers.lastError().isEmpty());
        QCOMPARE(numbers.serviceName(Uuid(0x180D)), QStringLiteral("Chest strap"));
        QCOMPARE(numbers.name(Uuid(0x180D)), QStringLiteral("Chest strap"));
        QCOMPARE(numbers.name(uuid(u"6E400001-B5A3-F393-E0A9-E50E24DCCA9E")), QStringLiteral("Console"));
        const Uuid mine = uuid(u"12345678-1234-1234-1234-123456789abc");
        QCOMPARE(numbers.name(mine), QStringLiteral("My sensor"));
        QCOMPARE(numbers.kind(mine), Kind::Unknown); // user names carry no kind
        QCOMPARE(numbers.userNames().size(), 3);

        // Removing the file and reloading falls back to the built-in names.
        QVERIFY(QFile::remove(path));
        QVERIFY(numbers.reloadUserNames());
        QCOMPARE(numbers.serviceName(Uuid(0x180D)), QStringLiteral("Heart Rate"));
        QVERIFY(numbers.name(mine).isEmpty());
    }

    void setSaveReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/names.json"));
        {
            AssignedNumbers numbers(path);
            numbers.setUserName(Uuid(0x2A37), QStringLiteral("  Pulse  "));
            numbers.setUserName(uuid(u"6e400002-b5a3-f393-e0a9-e50e24dcca9e"), QStringLiteral("RX"));
            numbers.setUserName(Uuid(0x2A19), QStringLiteral("Battery"));
            numbers.removeUserName(Uuid(0x2A19));
            QCOMPARE(numbers.characteristicName(Uuid(0x2A37)), QStringLiteral("Pulse"));
            QVERIFY(numbers.saveUserNames());
            QVERIFY(numbers.lastError().isEmpty());
        }
        const QJsonObject saved = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.value(u"2A37").toString(), QStringLiteral("Pulse"));
        QCOMPARE(saved.value(u"6e400002-b5a3-f393-e0a9-e50e24dcca9e").toString(), QStringLiteral("RX"));
        // QSaveFile leaves no temporary files behind.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub/folder"))).entryList(QDir::Files),
                 QStringList { QStringLiteral("names.json") });

        AssignedNumbers again(path);
        QCOMPARE(again.characteristicName(Uuid(0x2A37)), QStringLiteral("Pulse"));
        QCOMPARE(again.characteristicName(Uuid(0x2A19)), QStringLiteral("Battery Level"));
    }

    void brokenFileKeepsBuiltins_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("userNames");
        QTest::newRow("not JSON") << QByteArray("{ \"180D\": \"x\", ") << 0;
        QTest::newRow("array") << QByteArray("[1, 2]") << 0;
        QTest::newRow("binary garbage") << QByteArray::fromHex("00ff10fe") << 0;
        QTest::newRow("bad entries") << QByteArray(R"({ "zz": "x", "180F": 5, "2A37": "Mine" })") << 1;
    }
    void brokenFileKeepsBuiltins()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, userNames);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("names.json"));
        writeFile(path, content);
        AssignedNumbers numbers(path);
        QCOMPARE(numbers.serviceName(Uuid(0x180D)), QStringLiteral("Heart Rate"));
        QCOMPARE(numbers.serviceName(Uuid(0x180F)), QStringLiteral("Battery Service"));
        QVERIFY2(!numbers.lastError().isEmpty(), "a broken names.json must be reported");
        QVERIFY(numbers.lastError().contains(QStringLiteral("names.json")));
        QCOMPARE(numbers.userNames().size(), userNames);
        QVERIFY(!numbers.reloadUserNames());

        // Saving keeps the user's broken file as names.json.bak.
        numbers.setUserName(Uuid(0x180D), QStringLiteral("HR"));
        QVERIFY(numbers.saveUserNames());
        QCOMPARE(readFile(path + u".bak"), content);
        QVERIFY(numbers.reloadUserNames());
        QVERIFY(numbers.lastError().isEmpty());
        QCOMPARE(numbers.serviceName(Uuid(0x180D)), QStringLiteral("HR"));
    }

    void saveFailureIsReported()
    {
        QTemporaryDir dir;
        // A regular file where the folder should be: the folder cannot be created.
        writeFile(dir.filePath(QStringLiteral("blocker")), "x");
        AssignedNumbers numbers(dir.filePath(QStringLiteral("blocker/names.json")));
        numbers.setUserName(Uuid(0x180D), QStringLiteral("HR"));
        QVERIFY(!numbers.saveUserNames());
        QVERIFY(!numbers.lastError().isEmpty());
        QCOMPARE(numbers.serviceName(Uuid(0x180D)), QStringLiteral("HR")); // still in memory
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestAssignedNumbers)
#include "tst_assignednumbers.moc"
