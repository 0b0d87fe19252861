// SPDX-License-Identifier: MIT
// DeviceQuery: what a user typed to name a peripheral — an address in any spelling, or an
// advertised name — and which heard devices it matches. (DeviceFinder itself, the scan, is
// exercised through the facade: tests/device/tst_adapter.cpp.)
#include <gattscope/core/backend/devicefinder.h>

#include <QTest>

using namespace gattscope;

class TestDeviceQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void matches_data();
    void matches();
};

void TestDeviceQuery::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isAddress");
    QTest::addColumn<QString>("shown");
    QTest::newRow("colons") << QStringLiteral("C0:98:E5:49:00:01") << true
                            << QStringLiteral("C0:98:E5:49:00:01");
    QTest::newRow("lower case, dashes")
        << QStringLiteral("c0-98-e5-49-00-01") << true << QStringLiteral("C0:98:E5:49:00:01");
    QTest::newRow("no separators") << QStringLiteral("c098e5490001") << true
                                   << QStringLiteral("C0:98:E5:49:00:01");
    QTest::newRow("spaces around") << QStringLiteral("  C0:98:E5:49:00:01 ") << true
                                   << QStringLiteral("C0:98:E5:49:00:01");
    QTest::newRow("a name") << QStringLiteral("HRM Strap") << false << QStringLiteral("HRM Strap");
    QTest::newRow("five bytes is a name")
        << QStringLiteral("C0:98:E5:49:00") << false << QStringLiteral("C0:98:E5:49:00");
    QTest::newRow("hex digits that are a name") << QStringLiteral("cafe") << false << QStringLiteral("cafe");
    QTest::newRow("empty") << QString() << false << QString();
}

void TestDeviceQuery::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, isAddress);
    QFETCH(QString, shown);
    const DeviceQuery q = DeviceQuery::parse(text);
    QCOMPARE(q.address.has_value(), isAddress);
    QCOMPARE(q.toString(), shown);
    QCOMPARE(q.isEmpty(), text.isEmpty());
}

void TestDeviceQuery::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("heardAddress");
    QTest::addColumn<bool>("random");
    QTest::addColumn<QString>("heardName");
    QTest::addColumn<bool>("matches");
    const QString hrm = QStringLiteral("C0:98:E5:49:00:01");
    QTest::newRow("address, typed public, heard random") << hrm << hrm << true << QString() << true;
    QTest::newRow("address, other device")
        << hrm << QStringLiteral("C0:98:E5:49:00:02") << true << QStringLiteral("HRM Strap") << false;
    QTest::newRow("name, exact") << QStringLiteral("HRM Strap") << hrm << true << QStringLiteral("HRM Strap")
                                 << true;
    QTest::newRow("name, other case")
        << QStringLiteral("hrm strap") << hrm << true << QStringLiteral("HRM Strap") << true;
    QTest::newRow("name, a prefix only")
        << QStringLiteral("HRM") << hrm << true << QStringLiteral("HRM Strap") << false;
    QTest::newRow("name, none heard yet") << QStringLiteral("HRM Strap") << hrm << true << QString() << false;
    QTest::newRow("empty query") << QString() << hrm << true << QString() << false;
}

void TestDeviceQuery::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, heardAddress);
    QFETCH(bool, random);
    QFETCH(QString, heardName);
    QFETCH(bool, matches);
    const DeviceAddress heard
        = *DeviceAddress::fromString(heardAddress, random ? AddressType::RandomStatic : AddressType::Public);
    QCOMPARE(DeviceQuery::parse(query).matches(heard, heardName), matches);
}

QTEST_GUILESS_MAIN(TestDeviceQuery)
#include "tst_devicequery.moc"
