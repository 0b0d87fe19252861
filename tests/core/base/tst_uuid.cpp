// SPDX-License-Identifier: MIT
#include <gattscope/core/base/uuid.h>

#include <QSet>
#include <QTest>

using gattscope::Uuid;

class TestUuid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("shortest");
        QTest::newRow("16-bit lower") << QStringLiteral("180d") << true << QStringLiteral("180D");
        QTest::newRow("16-bit 0x") << QStringLiteral("0x180D") << true << QStringLiteral("180D");
        QTest::newRow("32-bit") << QStringLiteral("1234ABCD") << true << QStringLiteral("1234ABCD");
        QTest::newRow("128 base") << QStringLiteral("0000180d-0000-1000-8000-00805f9b34fb") << true
                                  << QStringLiteral("180D");
        QTest::newRow("128 braces") << QStringLiteral("{0000180D-0000-1000-8000-00805F9B34FB}") << true
                                    << QStringLiteral("180D");
        QTest::newRow("128 vendor") << QStringLiteral("6E400001-B5A3-F393-E0A9-E50E24DCCA9E") << true
                                    << QStringLiteral("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
        QTest::newRow("128 no dashes") << QStringLiteral("6e400001b5a3f393e0a9e50e24dcca9e") << true
                                       << QStringLiteral("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
        QTest::newRow("32-bit in base")
            << QStringLiteral("0001180d-0000-1000-8000-00805f9b34fb") << true << QStringLiteral("0001180D");
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("3 digits") << QStringLiteral("18d") << false << QString();
        QTest::newRow("not hex") << QStringLiteral("18zz") << false << QString();
        QTest::newRow("dash misplaced")
            << QStringLiteral("0000180d0-000-1000-8000-00805f9b34fb") << false << QString();
        QTest::newRow("too long") << QStringLiteral("0000180d-0000-1000-8000-00805f9b34fb00") << false
                                  << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, shortest);
        const auto uuid = Uuid::fromString(text);
        QCOMPARE(uuid.has_value(), valid);
        if (valid)
            QCOMPARE(uuid->toString(), shortest);
    }

    void equalityAcrossForms()
    {
        QCOMPARE(Uuid(0x180D), *Uuid::fromString(u"0000180d-0000-1000-8000-00805f9b34fb"));
        QCOMPARE(Uuid(0x2A37), *Uuid::fromAttBytes(QByteArray::fromHex("372a")));
        QCOMPARE(qHash(Uuid(0x180D)), qHash(*Uuid::fromString(u"0x180D")));
        QVERIFY(Uuid(0x180D) != Uuid(0x180F));
        QSet<Uuid> set { Uuid(0x180D), *Uuid::fromString(u"180d"), Uuid(0x2A37) };
        QCOMPARE(set.size(), 2);
    }

    void attBytes()
    {
        // 128-bit: ATT order is the reverse of the canonical string.
        const Uuid nus = *Uuid::fromString(u"6e400001-b5a3-f393-e0a9-e50e24dcca9e");
        QCOMPARE(nus.toAttBytes().toHex(), QByteArray("9ecadc240ee5a9e093f3a3b50100406e"));
        QCOMPARE(*Uuid::fromAttBytes(nus.toAttBytes()), nus);
        QCOMPARE(Uuid(0x2902).toAttBytes(), QByteArray::fromHex("0229"));
        // 32-bit UUIDs are sent as 128-bit in ATT.
        QCOMPARE(Uuid(0x12345678).toAttBytes().size(), 16);
        QCOMPARE(*Uuid::fromAttBytes(QByteArray::fromHex("78563412")), Uuid(0x12345678));
        QVERIFY(!Uuid::fromAttBytes(QByteArray::fromHex("01")).has_value());
        QVERIFY(!Uuid::fromAttBytes(QByteArray(15, 'x')).has_value());
    }

    void widths()
    {
        QCOMPARE(Uuid(0x180D).minimumWidth(), Uuid::Width::Bits16);
        QCOMPARE(Uuid(0x10000).minimumWidth(), Uuid::Width::Bits32);
        QVERIFY(Uuid().isNull());
        QVERIFY(!Uuid(0x180D).isNull());
        QCOMPARE(Uuid(0x180D).toCanonicalString(), QStringLiteral("0000180d-0000-1000-8000-00805f9b34fb"));
    }
};

QTEST_APPLESS_MAIN(TestUuid)
#include "tst_uuid.moc"
