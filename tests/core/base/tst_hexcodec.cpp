// SPDX-License-Identifier: MIT
#include <gattscope/core/base/hexcodec.h>

#include <QRandomGenerator>
#include <QTest>

using namespace gattscope;

class TestHexCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseGood_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray hrm = QByteArray::fromHex("16480004");
        QTest::newRow("spaces") << QStringLiteral("16 48 00 04") << hrm;
        QTest::newRow("colons") << QStringLiteral("16:48:00:04") << hrm;
        QTest::newRow("dashes") << QStringLiteral("16-48-00-04") << hrm;
        QTest::newRow("commas+0x") << QStringLiteral("0x16, 0x48, 0x00, 0x04") << hrm;
        QTest::newRow("0x once") << QStringLiteral("0x16480004") << hrm;
        QTest::newRow("0X upper") << QStringLiteral("0X16480004") << hrm;
        QTest::newRow("groups") << QStringLiteral("1648 0004") << hrm;
        QTest::newRow("newlines/tabs") << QStringLiteral("16\n48\t00\r\n04\n") << hrm;
        QTest::newRow("semicolons") << QStringLiteral("16;48;00;04") << hrm;
        QTest::newRow("mixed case") << QStringLiteral("ab CD eF") << QByteArray::fromHex("abcdef");
        QTest::newRow("leading/trailing") << QStringLiteral("  0a  ") << QByteArray::fromHex("0a");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("separators only") << QStringLiteral(" : - , ") << QByteArray();
    }
    void parseGood()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        qsizetype position = 42;
        const Result<QByteArray> r = parseHex(text, &position);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value(), bytes);
        QCOMPARE(position, qsizetype(-1));
    }

    void parseBad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("position");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad digit") << QStringLiteral("abcd g") << qsizetype(5)
                                   << QStringLiteral("invalid hex digit 'g' at position 5");
        QTest::newRow("bad digit in group") << QStringLiteral("01 0g") << qsizetype(4)
                                            << QStringLiteral("invalid hex digit 'g' at position 4");
        QTest::newRow("odd single") << QStringLiteral("1 2") << qsizetype(0)
                                    << QStringLiteral("odd number of hex digits (1) in '1' at position 0");
        QTest::newRow("odd group") << QStringLiteral("16 48 0") << qsizetype(6)
                                   << QStringLiteral("odd number of hex digits (1) in '0' at position 6");
        QTest::newRow("odd 0x") << QStringLiteral("0x123") << qsizetype(0)
                                << QStringLiteral("odd number of hex digits (3) in '0x123' at position 0");
        QTest::newRow("bare 0x") << QStringLiteral("0x") << qsizetype(0)
                                 << QStringLiteral("'0x' at position 0 is not followed by hex digits");
        QTest::newRow("0x then space") << QStringLiteral("01 0x 02") << qsizetype(3)
                                       << QStringLiteral("'0x' at position 3 is not followed by hex digits");
        QTest::newRow("0x twice in group") << QStringLiteral("0x010x02") << qsizetype(5)
                                           << QStringLiteral("invalid hex digit 'x' at position 5");
        QTest::newRow("non-latin") << QStringLiteral("16 4\u00e9") << qsizetype(4)
                                   << QStringLiteral("invalid hex digit '\u00e9' at position 4");
        QTest::newRow("control char") << QStringLiteral("12\u0007") << qsizetype(2)
                                      << QStringLiteral("invalid hex digit U+0007 at position 2");
        QTest::newRow("dot") << QStringLiteral("12.34") << qsizetype(2)
                             << QStringLiteral("invalid hex digit '.' at position 2");
    }
    void parseBad()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, position);
        QFETCH(QString, message);
        qsizetype errorPosition = -7;
        const Result<QByteArray> r = parseHex(text, &errorPosition);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::InvalidArgument);
        QVERIFY2(r.error().message().startsWith(message), qPrintable(r.error().message()));
        QCOMPARE(errorPosition, position);
        QVERIFY(r.error().toString().contains(message));
    }

    void toHexSeparators()
    {
        const QByteArray b = QByteArray::fromHex("0a1bff00");
        QCOMPARE(toHex(b), QStringLiteral("0A 1B FF 00"));
        QCOMPARE(toHex(b, u':'), QStringLiteral("0A:1B:FF:00"));
        QCOMPARE(toHex(b, QChar()), QStringLiteral("0A1BFF00"));
        QCOMPARE(toHex(QByteArray()), QString());
    }

    void roundTrip()
    {
        QRandomGenerator rng(1234);
        for (int n = 0; n < 200; ++n) {
            QByteArray b(int(rng.bounded(64)), '\0');
            for (char &c : b)
                c = char(rng.bounded(256));
            for (QChar sep : { QChar(u' '), QChar(u':'), QChar() }) {
                const Result<QByteArray> r = parseHex(toHex(b, sep));
                QVERIFY(r.ok());
                QCOMPARE(r.value(), b);
            }
        }
    }

    void hexDump()
    {
        QByteArray b = QByteArray::fromHex("16480004");
        b.append("AB");
        const QStringList one = hexDumpLines(b);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first(),
                 QStringLiteral("0000  16 48 00 04 41 42") + QString(16 * 3 - 1 - 17, u' ')
                     + QStringLiteral("  |.H..AB|"));

        QByteArray longer(20, 'z');
        const QStringList two = hexDumpLines(longer, 8);
        QCOMPARE(two.size(), 3);
        QVERIFY(two[0].startsWith(QStringLiteral("0000  7A 7A")));
        QVERIFY(two[1].startsWith(QStringLiteral("0008  ")));
        QVERIFY(two[2].startsWith(QStringLiteral("0010  7A 7A 7A 7A")));
        QVERIFY(two[2].endsWith(QStringLiteral("|zzzz|")));
        // Columns line up: every line has the same length.
        QCOMPARE(two[2].size() - 4 + 8, two[0].size());
        QVERIFY(hexDumpLines(QByteArray()).isEmpty());
        QVERIFY(hexDumpLines(QByteArray(0x10001, 'a')).first().startsWith(QStringLiteral("00000000  ")));
    }
};

QTEST_APPLESS_MAIN(TestHexCodec)
#include "tst_hexcodec.moc"
