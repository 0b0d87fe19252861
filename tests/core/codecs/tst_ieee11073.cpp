// SPDX-License-Identifier: MIT
#include <gattscope/core/codecs/ieee11073.h>

#include <QTest>

#include <cmath>
#include <limits>

using namespace gattscope;

Q_DECLARE_METATYPE(gattscope::MderSpecial)

namespace {
bool sameValue(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b || std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b));
}
} // namespace

class TestIeee11073 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sfloat_data()
    {
        QTest::addColumn<int>("raw");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<QString>("text");
        QTest::addColumn<MderSpecial>("special");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        // HL7 PHD implementation guide examples (docs/gatt-formats.md §4).
        QTest::newRow("0x0002 = 2") << 0x0002 << 2.0 << 0 << QStringLiteral("2") << MderSpecial::None;
        QTest::newRow("0xF014 = 2.0") << 0xF014 << 2.0 << -1 << QStringLiteral("2.0") << MderSpecial::None;
        QTest::newRow("0xE0C8 = 2.00") << 0xE0C8 << 2.0 << -2 << QStringLiteral("2.00") << MderSpecial::None;
        QTest::newRow("0x1002 = 20") << 0x1002 << 20.0 << 1 << QStringLiteral("20") << MderSpecial::None;
        QTest::newRow("0x00C8 = 200") << 0x00C8 << 200.0 << 0 << QStringLiteral("200") << MderSpecial::None;
        QTest::newRow("0x0B2E = -1234")
            << 0x0B2E << -1234.0 << 0 << QStringLiteral("-1234") << MderSpecial::None;
        // Specials: raw mantissa with exponent bits 0.
        QTest::newRow("NaN") << 0x07FF << nan << 0 << QStringLiteral("NaN") << MderSpecial::NaN;
        QTest::newRow("NRes") << 0x0800 << nan << 0 << QStringLiteral("NRes") << MderSpecial::NRes;
        QTest::newRow("+INF") << 0x07FE << inf << 0 << QStringLiteral("+INF") << MderSpecial::PlusInfinity;
        QTest::newRow("-INF") << 0x0802 << -inf << 0 << QStringLiteral("-INF") << MderSpecial::MinusInfinity;
        QTest::newRow("Reserved") << 0x0801 << nan << 0 << QStringLiteral("Reserved")
                                  << MderSpecial::Reserved;
        // Same mantissas with another exponent are plain numbers.
        QTest::newRow("0x17FF = 20470")
            << 0x17FF << 20470.0 << 1 << QStringLiteral("20470") << MderSpecial::None;
        QTest::newRow("0xF800 = -204.8")
            << 0xF800 << -204.8 << -1 << QStringLiteral("-204.8") << MderSpecial::None;
        // Boundaries.
        QTest::newRow("0xFFFF = -0.1") << 0xFFFF << -0.1 << -1 << QStringLiteral("-0.1") << MderSpecial::None;
        QTest::newRow("0x8001 = 1e-8")
            << 0x8001 << 1e-8 << -8 << QStringLiteral("0.00000001") << MderSpecial::None;
        QTest::newRow("0x77FD = 2045e7")
            << 0x77FD << 2045e7 << 7 << QStringLiteral("20450000000") << MderSpecial::None;
        QTest::newRow("0x0000 = 0") << 0x0000 << 0.0 << 0 << QStringLiteral("0") << MderSpecial::None;
        QTest::newRow("0xE000 = 0.00") << 0xE000 << 0.0 << -2 << QStringLiteral("0.00") << MderSpecial::None;
        QTest::newRow("0xF16D = 36.5") << 0xF16D << 36.5 << -1 << QStringLiteral("36.5") << MderSpecial::None;
    }
    void sfloat()
    {
        QFETCH(int, raw);
        QFETCH(double, value);
        QFETCH(int, exponent);
        QFETCH(QString, text);
        QFETCH(MderSpecial, special);
        const MderFloat f = decodeSFloat(quint16(raw));
        QVERIFY2(sameValue(f.value, value), qPrintable(QString::number(f.value)));
        QCOMPARE(f.special, special);
        QCOMPARE(f.toString(), text);
        if (special == MderSpecial::None) {
            QCOMPARE(f.exponent, exponent);
            QCOMPARE(f.decimals(), std::max(0, -exponent));
        }
        if (special == MderSpecial::None) {
            // Text → raw → text keeps value and precision (raw may differ: "20" is 0x0014).
            const Result<quint16> back = sfloatFromText(text);
            QVERIFY2(back.ok(), qPrintable(back.error().toString()));
            QCOMPARE(decodeSFloat(back.value()).toString(), text);
        } else if (special != MderSpecial::None && special != MderSpecial::Reserved) {
            QCOMPARE(int(sfloatSpecialCode(special)), raw);
            QCOMPARE(int(sfloatFromText(text).value()), raw);
        }
    }

    void float32_data()
    {
        QTest::addColumn<quint32>("raw");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<QString>("text");
        QTest::addColumn<MderSpecial>("special");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("0xFF000014 = 2.0")
            << 0xFF000014u << 2.0 << -1 << QStringLiteral("2.0") << MderSpecial::None;
        QTest::newRow("0xFE0000C8 = 2.00")
            << 0xFE0000C8u << 2.0 << -2 << QStringLiteral("2.00") << MderSpecial::None;
        QTest::newRow("0x01000002 = 20")
            << 0x01000002u << 20.0 << 1 << QStringLiteral("20") << MderSpecial::None;
        QTest::newRow("0x00FFFB2E = -1234")
            << 0x00FFFB2Eu << -1234.0 << 0 << QStringLiteral("-1234") << MderSpecial::None;
        QTest::newRow("NaN") << 0x007FFFFFu << nan << 0 << QStringLiteral("NaN") << MderSpecial::NaN;
        QTest::newRow("NRes") << 0x00800000u << nan << 0 << QStringLiteral("NRes") << MderSpecial::NRes;
        QTest::newRow("+INF") << 0x007FFFFEu << inf << 0 << QStringLiteral("+INF")
                              << MderSpecial::PlusInfinity;
        QTest::newRow("-INF") << 0x00800002u << -inf << 0 << QStringLiteral("-INF")
                              << MderSpecial::MinusInfinity;
        QTest::newRow("Reserved") << 0x00800001u << nan << 0 << QStringLiteral("Reserved")
                                  << MderSpecial::Reserved;
        QTest::newRow("0x017FFFFF not special")
            << 0x017FFFFFu << 83886070.0 << 1 << QStringLiteral("83886070") << MderSpecial::None;
        QTest::newRow("0xFF00016D = 36.5")
            << 0xFF00016Du << 36.5 << -1 << QStringLiteral("36.5") << MderSpecial::None;
        QTest::newRow("0x80000001 = 1e-128")
            << 0x80000001u << 1e-128 << -128
            << QStringLiteral("0.") + QString(127, u'0') + QStringLiteral("1") << MderSpecial::None;
    }
    void float32()
    {
        QFETCH(quint32, raw);
        QFETCH(double, value);
        QFETCH(int, exponent);
        QFETCH(QString, text);
        QFETCH(MderSpecial, special);
        const MderFloat f = decodeFloat(raw);
        QVERIFY2(sameValue(f.value, value), qPrintable(QString::number(f.value)));
        QCOMPARE(f.special, special);
        QCOMPARE(f.toString(), text);
        if (special == MderSpecial::None)
            QCOMPARE(f.exponent, exponent);
        if (special == MderSpecial::None) {
            const Result<quint32> back = floatFromText(text);
            QVERIFY2(back.ok(), qPrintable(back.error().toString()));
            QCOMPARE(decodeFloat(back.value()).toString(), text);
        } else if (special != MderSpecial::None && special != MderSpecial::Reserved) {
            QCOMPARE(floatSpecialCode(special), raw);
        }
    }

    void encodeWithExponent_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<int>("sfloat"); // -1 = error
        QTest::addColumn<qint64>("float32"); // -1 = error
        QTest::newRow("2.0 e-1") << 2.0 << -1 << 0xF014 << qint64(0xFF000014);
        QTest::newRow("2 e-2") << 2.0 << -2 << 0xE0C8 << qint64(0xFE0000C8);
        QTest::newRow("20 e1") << 20.0 << 1 << 0x1002 << qint64(0x01000002);
        QTest::newRow("-1234 e0") << -1234.0 << 0 << 0x0B2E << qint64(0x00FFFB2E);
        QTest::newRow("rounds half away") << 0.25 << -1 << 0xF003 << qint64(0xFF000003);
        QTest::newRow("rounds half away, negative") << -0.25 << -1 << 0xFFFD << qint64(0xFFFFFFFD);
        QTest::newRow("36.6 e-1") << 36.6 << -1 << 0xF16E << qint64(0xFF00016E);
        QTest::newRow("2045 max") << 2045.0 << 0 << 0x07FD << qint64(0x000007FD);
        QTest::newRow("2046 reserved for SFLOAT") << 2046.0 << 0 << -1 << qint64(0x000007FE);
        QTest::newRow("-2046 reserved for SFLOAT") << -2046.0 << 0 << -1 << qint64(0x00FFF802);
        QTest::newRow("3000 too big") << 3000.0 << 0 << -1 << qint64(0x00000BB8);
        // The special codes exist only with exponent 0 (found by fuzz_ieee11073: 0x17FF
        // decodes as 20470, which could not be written back).
        QTest::newRow("2047 e1 is a number") << 20470.0 << 1 << 0x17FF << qint64(0x010007FF);
        QTest::newRow("-2048 e-1 is a number") << -204.8 << -1 << 0xF800 << qint64(0xFFFFF800);
        QTest::newRow("-2049 e1 too big") << -20490.0 << 1 << -1 << qint64(0x01FFF7FF);
        QTest::newRow("8388607 e127 is a FLOAT") << 8388607e127 << 127 << -1 << qint64(0x7F7FFFFF);
        QTest::newRow("-8388608 e1 is a FLOAT") << -83886080.0 << 1 << -1 << qint64(0x01800000);
        QTest::newRow("8388608 e1 too big") << 83886080.0 << 1 << -1 << qint64(-1);
        QTest::newRow("exponent 8") << 1.0 << 8 << -1 << qint64(0x08000000);
        QTest::newRow("exponent -9") << 1.0 << -9 << -1 << qint64(-1); // mantissa 10⁹ fits neither
    }
    void encodeWithExponent()
    {
        QFETCH(double, value);
        QFETCH(int, exponent);
        QFETCH(int, sfloat);
        QFETCH(qint64, float32);
        const Result<quint16> s = encodeSFloat(value, exponent);
        if (sfloat < 0) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind(), Error::Kind::InvalidArgument);
        } else {
            QVERIFY2(s.ok(), qPrintable(s.error().toString()));
            QCOMPARE(int(s.value()), sfloat);
        }
        const Result<quint32> f = encodeFloat(value, exponent);
        if (float32 < 0) {
            QVERIFY(!f.ok());
            QCOMPARE(f.error().kind(), Error::Kind::InvalidArgument);
            return;
        }
        QVERIFY2(f.ok(), qPrintable(f.error().toString()));
        QCOMPARE(qint64(f.value()), float32);
    }

    void encodeSpecials()
    {
        QCOMPARE(encodeSFloat(std::numeric_limits<double>::quiet_NaN(), 0).value(), quint16(0x07FF));
        QCOMPARE(encodeSFloat(std::numeric_limits<double>::infinity(), 3).value(), quint16(0x07FE));
        QCOMPARE(encodeSFloat(-std::numeric_limits<double>::infinity(), 0).value(), quint16(0x0802));
        QCOMPARE(encodeFloat(std::numeric_limits<double>::quiet_NaN(), 0).value(), quint32(0x007FFFFF));
        QCOMPARE(encodeFloat(-std::numeric_limits<double>::infinity(), 0).value(), quint32(0x00800002));
        QCOMPARE(sfloatSpecialCode(MderSpecial::NRes), quint16(0x0800));
        QCOMPARE(floatSpecialCode(MderSpecial::Reserved), quint32(0x00800001));
        QVERIFY(encodeSFloat(3000, 0).error().message().contains(QStringLiteral("-2045")));
    }

    void fromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sfloat"); // -1 = error
        QTest::newRow("2") << QStringLiteral("2") << 0x0002;
        QTest::newRow("2.0") << QStringLiteral("2.0") << 0xF014;
        QTest::newRow("2.00") << QStringLiteral("2.00") << 0xE0C8;
        QTest::newRow("20 keeps exponent 0") << QStringLiteral("20") << 0x0014;
        QTest::newRow("-1234") << QStringLiteral("-1234") << 0x0B2E;
        QTest::newRow("20000 folds zeros") << QStringLiteral("20000") << 0x17D0;
        QTest::newRow("1e8 trades exponent") << QStringLiteral("1e8") << 0x700A;
        QTest::newRow("1.5e3") << QStringLiteral("1.5e3") << 0x200F;
        QTest::newRow("+2") << QStringLiteral("+2") << 0x0002;
        QTest::newRow("spaces") << QStringLiteral("  -0.5 ") << 0xFFFB;
        QTest::newRow("-0") << QStringLiteral("-0") << 0x0000;
        QTest::newRow("0.000000010") << QStringLiteral("0.000000010") << 0x8001;
        QTest::newRow("lower-case nan") << QStringLiteral("nan") << 0x07FF;
        QTest::newRow("nres") << QStringLiteral("nres") << 0x0800;
        QTest::newRow("INF") << QStringLiteral("INF") << 0x07FE;
        QTest::newRow("-inf") << QStringLiteral("-inf") << 0x0802;
        QTest::newRow("too precise") << QStringLiteral("3.14159") << -1;
        QTest::newRow("too big") << QStringLiteral("99999") << -1;
        QTest::newRow("too small") << QStringLiteral("0.000000001") << -1;
        QTest::newRow("2046") << QStringLiteral("2046") << -1;
        // Found by fuzz_ieee11073: decoded text of codes with a full-range mantissa.
        QTest::newRow("20470 = 2047 e1") << QStringLiteral("20470") << 0x17FF;
        QTest::newRow("-204.8 = -2048 e-1") << QStringLiteral("-204.8") << 0xF800;
        QTest::newRow("2046e7 = 2046 e7") << QStringLiteral("2046e7") << 0x77FE;
        QTest::newRow("-20480 = -2048 e1") << QStringLiteral("-20480") << 0x1800;
        QTest::newRow("20480 too big") << QStringLiteral("20480") << -1;
        QTest::newRow("not a number") << QStringLiteral("abc") << -1;
        QTest::newRow("comma decimal") << QStringLiteral("2,5") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void fromText()
    {
        QFETCH(QString, text);
        QFETCH(int, sfloat);
        const Result<quint16> r = sfloatFromText(text);
        if (sfloat < 0) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind(), Error::Kind::InvalidArgument);
            QVERIFY(!r.error().message().isEmpty());
        } else {
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QCOMPARE(int(r.value()), sfloat);
        }
    }

    void floatFromTextLimits()
    {
        QCOMPARE(floatFromText(u"8388605").value(), quint32(0x007FFFFD));
        QVERIFY(!floatFromText(u"8388606").ok());
        QCOMPARE(floatFromText(u"83886070").value(), quint32(0x017FFFFF));
        QCOMPARE(floatFromText(u"-838860.8").value(), quint32(0xFF800000));
        QCOMPARE(floatFromText(u"8.388607e133").value(), quint32(0x7F7FFFFF));
        QCOMPARE(floatFromText(u"3.14159").value(), quint32(0xFB04CB2F));
        QVERIFY(!floatFromText(u"3.141592653").ok());
    }

    // Every SFLOAT that is a number: display text parses back to the same value and the
    // same precision (a value editor writes back what it shows).
    void allSFloatsRoundTrip()
    {
        for (int raw = 0; raw <= 0xFFFF; ++raw) {
            const MderFloat f = decodeSFloat(quint16(raw));
            if (f.isSpecial())
                continue;
            const Result<quint16> back = sfloatFromText(f.toString());
            QVERIFY2(back.ok(), qPrintable(f.toString()));
            const MderFloat g = decodeSFloat(back.value());
            QCOMPARE(g.toString(), f.toString());
            QVERIFY(sameValue(g.value, f.value));
        }
    }
};

QTEST_APPLESS_MAIN(TestIeee11073)
#include "tst_ieee11073.moc"
