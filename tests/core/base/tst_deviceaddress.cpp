// SPDX-License-Identifier: MIT
#include <gattscope/core/base/deviceaddress.h>

#include <QTest>

using namespace gattscope;

class TestDeviceAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("colons") << QStringLiteral("c0:98:e5:49:00:01") << true;
        QTest::newRow("dashes") << QStringLiteral("C0-98-E5-49-00-01") << true;
        QTest::newRow("bare") << QStringLiteral("C098E5490001") << true;
        QTest::newRow("short") << QStringLiteral("C0:98:E5:49:00") << false;
        QTest::newRow("bad digit") << QStringLiteral("G0:98:E5:49:00:01") << false;
        QTest::newRow("colon misplaced") << QStringLiteral("C09:8E5:49:00:01") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto a = DeviceAddress::fromString(text);
        QCOMPARE(a.has_value(), valid);
        if (valid)
            QCOMPARE(a->toString(), QStringLiteral("C0:98:E5:49:00:01"));
    }

    void littleEndian()
    {
        // From a captured BGAPI scan response: sender 15 13 0B D2 02 61 = 61:02:D2:0B:13:15.
        const auto a = DeviceAddress::fromLittleEndian(QByteArray::fromHex("15130bd20261"));
        QVERIFY(a);
        QCOMPARE(a->toString(), QStringLiteral("61:02:D2:0B:13:15"));
        QCOMPARE(a->toLittleEndian(), QByteArray::fromHex("15130bd20261"));
        QVERIFY(!DeviceAddress::fromLittleEndian(QByteArray::fromHex("1513")));
    }

    void randomTypes()
    {
        QCOMPARE(DeviceAddress::fromAirAddress(0xC0'0000'000001ull, true).type(), AddressType::RandomStatic);
        QCOMPARE(DeviceAddress::fromAirAddress(0x40'0000'000001ull, true).type(),
                 AddressType::RandomResolvable);
        QCOMPARE(DeviceAddress::fromAirAddress(0x00'0000'000001ull, true).type(),
                 AddressType::RandomNonResolvable);
        QCOMPARE(DeviceAddress::fromAirAddress(0xC0'0000'000001ull, false).type(), AddressType::Public);
    }

    void equality()
    {
        const DeviceAddress pub(0x112233445566ull, AddressType::Public);
        const DeviceAddress rnd(0x112233445566ull, AddressType::RandomStatic);
        QVERIFY(pub != rnd);
        QCOMPARE(DeviceAddress(0x112233445566ull, AddressType::RandomStatic),
                 DeviceAddress(0x112233445566ull, AddressType::RandomResolvable));
        QVERIFY(qHash(pub) != qHash(rnd));
        QVERIFY(!addressTypeName(AddressType::RandomStatic).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestDeviceAddress)
#include "tst_deviceaddress.moc"
