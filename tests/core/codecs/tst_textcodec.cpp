// SPDX-License-Identifier: MIT
#include <gattscope/core/codecs/textcodec.h>

#include <QRandomGenerator>
#include <QTest>

using namespace gattscope;

class TestTextCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("escaped");
        QTest::addColumn<QString>("replaced");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("invalidBytes");
        QTest::addColumn<int>("firstInvalid");
        QTest::addColumn<bool>("printable");

        QTest::newRow("ascii") << QByteArray("Polar H10") << QStringLiteral("Polar H10")
                               << QStringLiteral("Polar H10") << true << 0 << -1 << true;
        QTest::newRow("2-byte") << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                              "e")
                                << QStringLiteral("Grüße") << QStringLiteral("Grüße") << true << 0 << -1
                                << true;
        QTest::newRow("3-byte") << QByteArray("\xE2\x82\xAC") << QStringLiteral("€") << QStringLiteral("€")
                                << true << 0 << -1 << true;
        QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x92\x93") << QStringLiteral("\U0001F493")
                                << QStringLiteral("\U0001F493") << true << 0 << -1 << true;
        QTest::newRow("lone FF") << QByteArray("A\xFF"
                                               "B")
                                 << QStringLiteral("A\\xFFB") << QStringLiteral("A\uFFFDB") << false << 1 << 1
                                 << false;
        QTest::newRow("truncated") << QByteArray("A\xC3") << QStringLiteral("A\\xC3")
                                   << QStringLiteral("A\uFFFD") << false << 1 << 1 << false;
        QTest::newRow("overlong /") << QByteArray("\xC0\xAF") << QStringLiteral("\\xC0\\xAF")
                                    << QStringLiteral("\uFFFD\uFFFD") << false << 2 << 0 << false;
        QTest::newRow("overlong E0") << QByteArray("\xE0\x80\xAF") << QStringLiteral("\\xE0\\x80\\xAF")
                                     << QStringLiteral("\uFFFD\uFFFD\uFFFD") << false << 3 << 0 << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << QStringLiteral("\\xED\\xA0\\x80")
                                   << QStringLiteral("\uFFFD\uFFFD\uFFFD") << false << 3 << 0 << false;
        QTest::newRow("above 10FFFF")
            << QByteArray("\xF4\x90\x80\x80") << QStringLiteral("\\xF4\\x90\\x80\\x80")
            << QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD") << false << 4 << 0 << false;
        QTest::newRow("control") << QByteArray("A\x01"
                                               "B")
                                 << QStringLiteral("A\\x01B") << QStringLiteral("A\u0001B") << true << 0 << -1
                                 << false;
        QTest::newRow("C1 control") << QByteArray("\xC2\x85") << QStringLiteral("\\xC2\\x85")
                                    << QStringLiteral("\u0085") << true << 0 << -1 << false;
        QTest::newRow("backslash") << QByteArray("a\\b") << QStringLiteral("a\\\\b") << QStringLiteral("a\\b")
                                   << true << 0 << -1 << true;
        QTest::newRow("tab and newline") << QByteArray("a\tb\n") << QStringLiteral("a\tb\n")
                                         << QStringLiteral("a\tb\n") << true << 0 << -1 << true;
        QTest::newRow("NUL kept") << QByteArray("Hi\0", 3) << QStringLiteral("Hi\\x00")
                                  << QString::fromUtf16(u"Hi\0", 3) << true << 0 << -1 << false;
        QTest::newRow("empty") << QByteArray() << QString() << QString() << true << 0 << -1 << false;
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, escaped);
        QFETCH(QString, replaced);
        QFETCH(bool, valid);
        QFETCH(int, invalidBytes);
        QFETCH(int, firstInvalid);
        QFETCH(bool, printable);
        const DecodedText e = decodeUtf8(bytes);
        QCOMPARE(e.text, escaped);
        QCOMPARE(e.valid, valid);
        QCOMPARE(e.invalidBytes, invalidBytes);
        QCOMPARE(e.firstInvalidOffset, qsizetype(firstInvalid));
        QCOMPARE(e.isPrintable(), printable);
        const DecodedText r = decodeUtf8(bytes, InvalidUtf8Display::ReplacementCharacter);
        QCOMPARE(r.text, replaced);
        QCOMPARE(r.valid, valid);
        // The escaped form always gives the exact bytes back.
        QCOMPARE(parseEscapedText(e.text).value(), bytes);
    }

    void trailingNuls()
    {
        const QByteArray b("Polar\0\0", 7);
        const DecodedText kept = decodeUtf8(b);
        QCOMPARE(kept.trailingNuls, 0);
        QVERIFY(!kept.isPrintable());
        const DecodedText stripped = decodeUtf8(b, InvalidUtf8Display::Escape, TrailingNuls::Strip);
        QCOMPARE(stripped.text, QStringLiteral("Polar"));
        QCOMPARE(stripped.trailingNuls, 2);
        QVERIFY(stripped.isPrintable());
        // An interior NUL is not padding.
        QCOMPARE(decodeUtf8(QByteArray("a\0b", 3), InvalidUtf8Display::Escape, TrailingNuls::Strip).text,
                 QStringLiteral("a\\x00b"));
    }

    void randomBytesRoundTrip()
    {
        QRandomGenerator rng(99);
        for (int n = 0; n < 500; ++n) {
            QByteArray b(int(rng.bounded(40)), '\0');
            for (char &c : b)
                c = char(rng.bounded(256));
            const DecodedText d = decodeUtf8(b);
            QCOMPARE(parseEscapedText(d.text).value(), b);
        }
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain") << QStringLiteral("Hello") << QByteArray("Hello");
        QTest::newRow("utf8") << QStringLiteral("°C")
                              << QByteArray("\xC2\xB0"
                                            "C");
        QTest::newRow("\\x") << QStringLiteral("\\x00\\xff\\x7F") << QByteArray("\x00\xFF\x7F", 3);
        QTest::newRow("c escapes") << QStringLiteral("a\\nb\\tc\\r\\0") << QByteArray("a\nb\tc\r\0", 7);
        QTest::newRow("double backslash") << QStringLiteral("a\\\\b") << QByteArray("a\\b");
        QTest::newRow("windows path") << QStringLiteral("C:\\path") << QByteArray("C:\\path");
        QTest::newRow("short \\x") << QStringLiteral("\\x4") << QByteArray("\\x4");
        QTest::newRow("bad \\x") << QStringLiteral("\\xZZ") << QByteArray("\\xZZ");
        QTest::newRow("trailing backslash") << QStringLiteral("end\\") << QByteArray("end\\");
    }
    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const Result<QByteArray> r = parseEscapedText(text);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), bytes);
    }

    void plainEncode()
    {
        QCOMPARE(encodeUtf8(u"Grüße \\x41"),
                 QByteArray("Gr\xC3\xBC\xC3\x9F"
                            "e \\x41"));
    }

    void utf16()
    {
        QCOMPARE(encodeUtf16Le(u"Hi"), QByteArray("H\0i\0", 4));
        DecodedText d = decodeUtf16Le(QByteArray("H\0i\0", 4));
        QCOMPARE(d.text, QStringLiteral("Hi"));
        QVERIFY(d.valid);

        d = decodeUtf16Le(QByteArray("H\0i", 3));
        QCOMPARE(d.text, QStringLiteral("H\\x69"));
        QVERIFY(!d.valid);
        QCOMPARE(d.firstInvalidOffset, qsizetype(2));

        d = decodeUtf16Le(QByteArray("\x00\xD8"
                                     "A\0",
                                     4)); // unpaired high surrogate
        QCOMPARE(d.text, QStringLiteral("\uFFFDA"));
        QVERIFY(!d.valid);

        const QString emoji = QStringLiteral("\U0001F493");
        QCOMPARE(decodeUtf16Le(encodeUtf16Le(emoji)).text, emoji);

        d = decodeUtf16Le(QByteArray("H\0\0\0\0\0", 6), TrailingNuls::Strip);
        QCOMPARE(d.text, QStringLiteral("H"));
        QCOMPARE(d.trailingNuls, 2);
    }
};

QTEST_APPLESS_MAIN(TestTextCodec)
#include "tst_textcodec.moc"
