// SPDX-License-Identifier: MIT
#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/codecs/gattunit.h>
#include <gattscope/core/codecs/presentationformat.h>

#include <QTest>

#include <cmath>

using namespace gattscope;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}
PresentationFormat makeFormat(int format, int exponent = 0, int unit = 0x2700)
{
    PresentationFormat f;
    f.format = GattFormat(format);
    f.exponent = qint8(exponent);
    f.unit = quint16(unit);
    return f;
}
} // namespace

class TestPresentationFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseDescriptor()
    {
        // sint16, exponent −2, °C, Bluetooth SIG namespace, description 0x0000.
        const QByteArray raw = hex("0E FE 2F 27 01 00 00");
        const Result<PresentationFormat> r = PresentationFormat::parse(raw);
        QVERIFY(r.ok());
        QCOMPARE(r.value().format, GattFormat::SInt16);
        QCOMPARE(int(r.value().exponent), -2);
        QCOMPARE(r.value().unit, quint16(0x272F));
        QCOMPARE(r.value().nameSpace, quint8(0x01));
        QCOMPARE(r.value().description, quint16(0));
        QCOMPARE(r.value().toBytes(), raw);
        QCOMPARE(r.value().unitSymbol(), QStringLiteral("°C"));
        QCOMPARE(r.value().toString(), QStringLiteral("sint16 × 10^-2, temperature (degree Celsius) [°C]"));

        const Result<PresentationFormat> d = PresentationFormat::parse(hex("04 00 AD 27 01 06 01"));
        QVERIFY(d.ok());
        QCOMPARE(d.value().description, quint16(0x0106));
        QVERIFY(d.value().toString().contains(QStringLiteral("description 0x0106")));
    }

    void parseWrongLength_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("6 bytes") << hex("0E FE 2F 27 01 00");
        QTest::newRow("8 bytes") << hex("0E FE 2F 27 01 00 00 00");
    }
    void parseWrongLength()
    {
        QFETCH(QByteArray, raw);
        const Result<PresentationFormat> r = PresentationFormat::parse(raw);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(QStringLiteral("is 7 bytes, got")),
                 qPrintable(r.error().message()));
    }

    void units()
    {
        QCOMPARE(gattUnitSymbol(0x272F), QStringLiteral("°C"));
        QCOMPARE(gattUnitSymbol(0x27AF), QStringLiteral("bpm"));
        QCOMPARE(gattUnitSymbol(0x27AD), QStringLiteral("%"));
        QCOMPARE(gattUnitSymbol(0x2728), QStringLiteral("V"));
        QCOMPARE(gattUnitSymbol(0x2713), QStringLiteral("m/s²"));
        QCOMPARE(gattUnitSymbol(0x2700), QString());
        QCOMPARE(gattUnitName(0x27AF), QStringLiteral("period (beats per minute)"));
        QCOMPARE(gattUnitName(0x2703), QStringLiteral("time (second)"));
        QCOMPARE(gattUnitName(0x27FF), QStringLiteral("unit 0x27FF"));
        QVERIFY(!isKnownGattUnit(0x27FF));
        // Every unit listed in docs/gatt-formats.md is known.
        for (quint16 u :
             { 0x2700, 0x2701, 0x2702, 0x2703, 0x2704, 0x2705, 0x2712, 0x2713, 0x2722, 0x2723, 0x2724, 0x2725,
               0x2726, 0x2728, 0x272F, 0x2731, 0x2760, 0x2761, 0x2762, 0x2763, 0x27AD, 0x27AF, 0x2780, 0x2781,
               0x27A7, 0x27AE, 0x27A8, 0x27A6, 0x27AC, 0x27A9, 0x27AA, 0x27AB, 0x27B0, 0x27B1, 0x27B2 })
            QVERIFY2(isKnownGattUnit(u), qPrintable(QString::number(u, 16)));
    }

    void decode_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("field"); // NaN = no field expected
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("warns");
        const double none = std::nan("");
        QTest::newRow("boolean false")
            << 0x01 << 0 << 0x2700 << hex("00") << QStringLiteral("false") << 0.0 << true << false;
        QTest::newRow("boolean true")
            << 0x01 << 0 << 0x2700 << hex("01") << QStringLiteral("true") << 1.0 << true << false;
        QTest::newRow("boolean invalid") << 0x01 << 0 << 0x2700 << hex("02")
                                         << QStringLiteral("invalid boolean 0x02") << 2.0 << false << false;
        QTest::newRow("2bit") << 0x02 << 0 << 0x2700 << hex("03") << QStringLiteral("3") << 3.0 << true
                              << false;
        QTest::newRow("nibble") << 0x03 << 0 << 0x2700 << hex("0F") << QStringLiteral("15") << 15.0 << true
                                << false;
        QTest::newRow("nibble high bits")
            << 0x03 << 0 << 0x2700 << hex("F5") << QStringLiteral("5") << 5.0 << true << true;
        QTest::newRow("uint8") << 0x04 << 0 << 0x2700 << hex("FF") << QStringLiteral("255") << 255.0 << true
                               << false;
        QTest::newRow("uint12") << 0x05 << 0 << 0x2700 << hex("FF 0F") << QStringLiteral("4095") << 4095.0
                                << true << false;
        QTest::newRow("uint16") << 0x06 << 0 << 0x2700 << hex("34 12") << QStringLiteral("4660") << 4660.0
                                << true << false;
        QTest::newRow("uint24") << 0x07 << 0 << 0x2700 << hex("56 34 12") << QStringLiteral("1193046")
                                << 1193046.0 << true << false;
        QTest::newRow("uint32") << 0x08 << 0 << 0x2700 << hex("78 56 34 12") << QStringLiteral("305419896")
                                << 305419896.0 << true << false;
        QTest::newRow("uint48") << 0x09 << 0 << 0x2700 << hex("FF FF FF FF FF FF")
                                << QStringLiteral("281474976710655") << 281474976710655.0 << true << false;
        QTest::newRow("uint64 max") << 0x0A << 0 << 0x2700 << hex("FF FF FF FF FF FF FF FF")
                                    << QStringLiteral("18446744073709551615") << 18446744073709551615.0
                                    << true << false;
        QTest::newRow("uint128 max") << 0x0B << 0 << 0x2700 << QByteArray(16, char(0xFF))
                                     << QStringLiteral("340282366920938463463374607431768211455 (0x")
                + QString(32, u'F') + QStringLiteral(")")
                                     << 3.402823669209385e38 << true << false;
        QTest::newRow("uint128 one") << 0x0B << 0 << 0x2700 << hex("01") + QByteArray(15, '\0')
                                     << QStringLiteral("1 (0x") + QString(31, u'0') + QStringLiteral("1)")
                                     << 1.0 << true << false;
        QTest::newRow("sint8 -1") << 0x0C << 0 << 0x2700 << hex("FF") << QStringLiteral("-1") << -1.0 << true
                                  << false;
        QTest::newRow("sint12 -1") << 0x0D << 0 << 0x2700 << hex("FF 0F") << QStringLiteral("-1") << -1.0
                                   << true << false;
        QTest::newRow("sint12 min") << 0x0D << 0 << 0x2700 << hex("00 08") << QStringLiteral("-2048")
                                    << -2048.0 << true << false;
        QTest::newRow("sint16 min") << 0x0E << 0 << 0x2700 << hex("00 80") << QStringLiteral("-32768")
                                    << -32768.0 << true << false;
        QTest::newRow("sint24 max") << 0x0F << 0 << 0x2700 << hex("FF FF 7F") << QStringLiteral("8388607")
                                    << 8388607.0 << true << false;
        QTest::newRow("sint32 -1") << 0x10 << 0 << 0x2700 << hex("FF FF FF FF") << QStringLiteral("-1")
                                   << -1.0 << true << false;
        QTest::newRow("sint48 min") << 0x11 << 0 << 0x2700 << hex("00 00 00 00 00 80")
                                    << QStringLiteral("-140737488355328") << -140737488355328.0 << true
                                    << false;
        QTest::newRow("sint64 min") << 0x12 << 0 << 0x2700 << hex("00 00 00 00 00 00 00 80")
                                    << QStringLiteral("-9223372036854775808") << -9223372036854775808.0
                                    << true << false;
        QTest::newRow("sint128 min") << 0x13 << 0 << 0x2700 << QByteArray(15, '\0') + hex("80")
                                     << QStringLiteral("-170141183460469231731687303715884105728 (0x80")
                + QString(30, u'0') + QStringLiteral(")")
                                     << -1.7014118346046923e38 << true << false;
        QTest::newRow("sint16 e-2 °C")
            << 0x0E << -2 << 0x272F << hex("29 09") << QStringLiteral("23.45 °C") << 23.45 << true << false;
        QTest::newRow("sint16 e-2 -0.01")
            << 0x0E << -2 << 0x2700 << hex("FF FF") << QStringLiteral("-0.01") << -0.01 << true << false;
        QTest::newRow("uint16 e-3") << 0x06 << -3 << 0x2728 << hex("05 00") << QStringLiteral("0.005 V")
                                    << 0.005 << true << false;
        QTest::newRow("uint8 e1") << 0x04 << 1 << 0x2700 << hex("05") << QStringLiteral("50") << 50.0 << true
                                  << false;
        QTest::newRow("uint8 %") << 0x04 << 0 << 0x27AD << hex("55") << QStringLiteral("85 %") << 85.0 << true
                                 << false;
        QTest::newRow("uint8 bpm") << 0x04 << 0 << 0x27AF << hex("48") << QStringLiteral("72 bpm") << 72.0
                                   << true << false;
        QTest::newRow("float32 1.5") << 0x14 << 0 << 0x2700 << hex("00 00 C0 3F") << QStringLiteral("1.5")
                                     << 1.5 << true << false;
        QTest::newRow("float32 0.1") << 0x14 << 0 << 0x2713 << hex("CD CC CC 3D")
                                     << QStringLiteral("0.1 m/s²") << double(0.1f) << true << false;
        QTest::newRow("float32 ignores exponent")
            << 0x14 << -2 << 0x2700 << hex("00 00 C0 3F") << QStringLiteral("1.5") << 1.5 << true << false;
        QTest::newRow("float64 1.5") << 0x15 << 0 << 0x2700 << hex("00 00 00 00 00 00 F8 3F")
                                     << QStringLiteral("1.5") << 1.5 << true << false;
        QTest::newRow("SFLOAT 2.0 °C")
            << 0x16 << 0 << 0x272F << hex("14 F0") << QStringLiteral("2.0 °C") << 2.0 << true << false;
        QTest::newRow("SFLOAT NaN") << 0x16 << 0 << 0x272F << hex("FF 07") << QStringLiteral("NaN") << none
                                    << true << false;
        // Reserved codes are no measurement: shown by name, with a warning (not a value
        // the editor offers to write back).
        QTest::newRow("SFLOAT reserved")
            << 0x16 << 0 << 0x272F << hex("01 08") << QStringLiteral("Reserved") << none << true << true;
        QTest::newRow("FLOAT reserved") << 0x17 << 0 << 0x2700 << hex("01 00 80 00")
                                        << QStringLiteral("Reserved") << none << true << true;
        QTest::newRow("FLOAT 2.0") << 0x17 << 0 << 0x2700 << hex("14 00 00 FF") << QStringLiteral("2.0")
                                   << 2.0 << true << false;
        QTest::newRow("FLOAT -1234") << 0x17 << 0 << 0x2700 << hex("2E FB FF 00") << QStringLiteral("-1234")
                                     << -1234.0 << true << false;
        QTest::newRow("duint16") << 0x18 << 0 << 0x2781 << hex("78 00 50 00")
                                 << QStringLiteral("120, 80 mmHg") << 120.0 << true << false;
        QTest::newRow("utf8s") << 0x19 << 0 << 0x2700 << QByteArray("Hi") << QStringLiteral("Hi") << none
                               << true << false;
        QTest::newRow("utf8s invalid")
            << 0x19 << 0 << 0x2700 << hex("48 FF") << QStringLiteral("H\\xFF") << none << true << true;
        QTest::newRow("utf8s NUL padded")
            << 0x19 << 0 << 0x2700 << hex("48 69 00 00") << QStringLiteral("Hi") << none << true << true;
        QTest::newRow("utf16s") << 0x1A << 0 << 0x2700 << hex("48 00 69 00") << QStringLiteral("Hi") << none
                                << true << false;
        QTest::newRow("struct") << 0x1B << 0 << 0x2700 << hex("01 02") << QStringLiteral("01 02") << none
                                << true << false;
        QTest::newRow("RFU as hex") << 0x00 << 0 << 0x2700 << hex("01 02") << QStringLiteral("01 02") << none
                                    << true << true;
        QTest::newRow("unknown as hex")
            << 0x30 << 0 << 0x2700 << hex("AB") << QStringLiteral("AB") << none << true << true;
        // Short input: error, text shows the hex.
        QTest::newRow("uint16 short")
            << 0x06 << 0 << 0x2700 << hex("01") << QStringLiteral("01") << none << false << false;
        QTest::newRow("float64 short") << 0x15 << 0 << 0x2700 << hex("00 00 C0 3F")
                                       << QStringLiteral("00 00 C0 3F") << none << false << false;
        QTest::newRow("SFLOAT short")
            << 0x16 << 0 << 0x2700 << hex("14") << QStringLiteral("14") << none << false << false;
        QTest::newRow("uint128 short") << 0x0B << 0 << 0x2700 << QByteArray(15, '\0')
                                       << toHex(QByteArray(15, '\0')) << none << false << false;
        QTest::newRow("boolean empty")
            << 0x01 << 0 << 0x2700 << QByteArray() << QString() << none << false << false;
        // Long input: decoded, rest reported.
        QTest::newRow("uint8 trailing")
            << 0x04 << 0 << 0x2700 << hex("01 02") << QStringLiteral("1") << 1.0 << true << true;
    }
    void decode()
    {
        QFETCH(int, format);
        QFETCH(int, exponent);
        QFETCH(int, unit);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(double, field);
        QFETCH(bool, ok);
        QFETCH(bool, warns);
        const DecodedValue v = makeFormat(format, exponent, unit).decode(bytes);
        QCOMPARE(v.source, DecodedValue::Source::PresentationFormat);
        QCOMPARE(v.text, text);
        QCOMPARE(v.ok(), ok);
        QCOMPARE(!v.warning.isEmpty(), warns);
        if (!ok && bytes.size() < gattFormatSize(GattFormat(format))) {
            QVERIFY2(v.error.message().contains(QStringLiteral("needs")), qPrintable(v.error.message()));
            QVERIFY(v.fields.isEmpty());
        }
        if (!std::isnan(field) || ((format == 0x16 || format == 0x17) && ok)) {
            QVERIFY(!v.fields.isEmpty());
            const double got = v.fields.first().value;
            if (std::isnan(field))
                QVERIFY(std::isnan(got));
            else
                QVERIFY2(std::fabs(got - field) <= 1e-9 * std::max(1.0, std::fabs(field)),
                         qPrintable(QString::number(got)));
            QCOMPARE(v.fields.first().unit, gattUnitSymbol(quint16(unit)));
        } else if (ok) {
            QVERIFY(v.fields.isEmpty());
        }
    }

    void shortInputMessage()
    {
        const DecodedValue v = makeFormat(0x06).decode(hex("01"));
        QCOMPARE(v.error.message(), QStringLiteral("uint16 needs 2 bytes, got 1 byte"));
        QCOMPARE(v.error.kind(), Error::Kind::Protocol);
    }

    void duint16Fields()
    {
        const DecodedValue v = makeFormat(0x18).decode(hex("78 00 50 00"));
        QCOMPARE(v.fields.size(), 2);
        QCOMPARE(v.fields[0].key, QStringLiteral("value1"));
        QCOMPARE(v.fields[1].value, 80.0);
    }

    void encode_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error"); // substring; empty = success
        QTest::newRow("uint8 255") << 0x04 << 0 << 0x2700 << QStringLiteral("255") << hex("FF") << QString();
        QTest::newRow("uint8 256") << 0x04 << 0 << 0x2700 << QStringLiteral("256") << QByteArray()
                                   << QStringLiteral("256 is out of range for uint8 (0…255)");
        QTest::newRow("uint8 -1") << 0x04 << 0 << 0x2700 << QStringLiteral("-1") << QByteArray()
                                  << QStringLiteral("out of range");
        QTest::newRow("sint8 -128") << 0x0C << 0 << 0x2700 << QStringLiteral("-128") << hex("80")
                                    << QString();
        QTest::newRow("sint8 -129") << 0x0C << 0 << 0x2700 << QStringLiteral("-129") << QByteArray()
                                    << QStringLiteral("(-128…127)");
        QTest::newRow("sint12 -1") << 0x0D << 0 << 0x2700 << QStringLiteral("-1") << hex("FF 0F")
                                   << QString();
        QTest::newRow("uint12 4096") << 0x05 << 0 << 0x2700 << QStringLiteral("4096") << QByteArray()
                                     << QStringLiteral("(0…4095)");
        QTest::newRow("2bit 4") << 0x02 << 0 << 0x2700 << QStringLiteral("4") << QByteArray()
                                << QStringLiteral("(0…3)");
        QTest::newRow("nibble 15") << 0x03 << 0 << 0x2700 << QStringLiteral("15") << hex("0F") << QString();
        QTest::newRow("sint16 e-2") << 0x0E << -2 << 0x272F << QStringLiteral("23.45") << hex("29 09")
                                    << QString();
        QTest::newRow("sint16 e-2 with unit")
            << 0x0E << -2 << 0x272F << QStringLiteral("23.45 °C") << hex("29 09") << QString();
        QTest::newRow("sint16 e-2 integer")
            << 0x0E << -2 << 0x272F << QStringLiteral("-5") << hex("0C FE") << QString();
        QTest::newRow("sint16 e-2 too precise") << 0x0E << -2 << 0x272F << QStringLiteral("23.456")
                                                << QByteArray() << QStringLiteral("resolution of 0.01");
        QTest::newRow("sint16 e-2 range") << 0x0E << -2 << 0x272F << QStringLiteral("400") << QByteArray()
                                          << QStringLiteral("(-327.68…327.67)");
        QTest::newRow("uint8 e1") << 0x04 << 1 << 0x2700 << QStringLiteral("50") << hex("05") << QString();
        QTest::newRow("uint8 e1 not multiple") << 0x04 << 1 << 0x2700 << QStringLiteral("55") << QByteArray()
                                               << QStringLiteral("not a multiple of 10");
        QTest::newRow("uint64 max") << 0x0A << 0 << 0x2700 << QStringLiteral("18446744073709551615")
                                    << QByteArray(8, char(0xFF)) << QString();
        QTest::newRow("uint64 overflow") << 0x0A << 0 << 0x2700 << QStringLiteral("18446744073709551616")
                                         << QByteArray() << QStringLiteral("out of range");
        QTest::newRow("uint128 max") << 0x0B << 0 << 0x2700
                                     << QStringLiteral("340282366920938463463374607431768211455")
                                     << QByteArray(16, char(0xFF)) << QString();
        QTest::newRow("uint128 overflow")
            << 0x0B << 0 << 0x2700 << QStringLiteral("340282366920938463463374607431768211456")
            << QByteArray() << QStringLiteral("out of range");
        QTest::newRow("sint128 min") << 0x13 << 0 << 0x2700
                                     << QStringLiteral("-170141183460469231731687303715884105728")
                                     << QByteArray(15, '\0') + hex("80") << QString();
        QTest::newRow("uint128 as shown")
            << 0x0B << 0 << 0x2700 << QStringLiteral("1 (0x00000000000000000000000000000001)")
            << hex("01") + QByteArray(15, '\0') << QString();
        QTest::newRow("uint128 decimal wins")
            << 0x0B << 0 << 0x2700 << QStringLiteral("2 (0x00000000000000000000000000000001)")
            << hex("02") + QByteArray(15, '\0') << QString();
        QTest::newRow("uint16 no hex suffix") << 0x06 << 0 << 0x2700 << QStringLiteral("1 (0x0001)")
                                              << QByteArray() << QStringLiteral("is not a number");
        QTest::newRow("hex raw") << 0x06 << -2 << 0x2700 << QStringLiteral("0x1234") << hex("34 12")
                                 << QString();
        QTest::newRow("hex raw signed")
            << 0x0E << 0 << 0x2700 << QStringLiteral("0xFFFF") << hex("FF FF") << QString();
        QTest::newRow("hex too wide") << 0x04 << 0 << 0x2700 << QStringLiteral("0x100") << QByteArray()
                                      << QStringLiteral("does not fit in 8 bits");
        QTest::newRow("not a number") << 0x04 << 0 << 0x2700 << QStringLiteral("abc") << QByteArray()
                                      << QStringLiteral("'abc' is not a number");
        QTest::newRow("bool true") << 0x01 << 0 << 0x2700 << QStringLiteral("true") << hex("01") << QString();
        QTest::newRow("bool off") << 0x01 << 0 << 0x2700 << QStringLiteral("Off") << hex("00") << QString();
        QTest::newRow("bool maybe") << 0x01 << 0 << 0x2700 << QStringLiteral("maybe") << QByteArray()
                                    << QStringLiteral("not a boolean");
        QTest::newRow("float32") << 0x14 << 0 << 0x2700 << QStringLiteral("1.5") << hex("00 00 C0 3F")
                                 << QString();
        QTest::newRow("float32 overflow") << 0x14 << 0 << 0x2700 << QStringLiteral("1e39") << QByteArray()
                                          << QStringLiteral("out of range for float32");
        QTest::newRow("float32 rounds to FLT_MAX")
            << 0x14 << 0 << 0x2700 << QStringLiteral("-3.4028235e+38") << hex("FF FF 7F FF") << QString();
        QTest::newRow("float32 rounds to infinity")
            << 0x14 << 0 << 0x2700 << QStringLiteral("3.4028236e38") << QByteArray()
            << QStringLiteral("out of range for float32");
        QTest::newRow("float64") << 0x15 << 0 << 0x2700 << QStringLiteral("1.5")
                                 << hex("00 00 00 00 00 00 F8 3F") << QString();
        QTest::newRow("SFLOAT 2.00") << 0x16 << 0 << 0x272F << QStringLiteral("2.00 °C") << hex("C8 E0")
                                     << QString();
        QTest::newRow("SFLOAT unit without space")
            << 0x16 << 0 << 0x272F << QStringLiteral("2.00°C") << hex("C8 E0") << QString();
        QTest::newRow("SFLOAT -INF farad")
            << 0x16 << 0 << 0x2729 << QStringLiteral("-INF") << hex("02 08") << QString();
        QTest::newRow("SFLOAT too precise")
            << 0x16 << 0 << 0x2700 << QStringLiteral("3.14159") << QByteArray()
            << QStringLiteral("cannot be stored exactly as SFLOAT");
        QTest::newRow("FLOAT -1234") << 0x17 << 0 << 0x2700 << QStringLiteral("-1234") << hex("2E FB FF 00")
                                     << QString();
        QTest::newRow("duint16") << 0x18 << 0 << 0x2781 << QStringLiteral("120, 80 mmHg")
                                 << hex("78 00 50 00") << QString();
        QTest::newRow("duint16 one number")
            << 0x18 << 0 << 0x2700 << QStringLiteral("120") << QByteArray() << QStringLiteral("two numbers");
        QTest::newRow("utf8s escape")
            << 0x19 << 0 << 0x2700 << QStringLiteral("H\\xFF") << hex("48 FF") << QString();
        QTest::newRow("utf8s keeps spaces")
            << 0x19 << 0 << 0x2700 << QStringLiteral(" a ") << QByteArray(" a ") << QString();
        QTest::newRow("utf16s") << 0x1A << 0 << 0x2700 << QStringLiteral("Hi") << hex("48 00 69 00")
                                << QString();
        QTest::newRow("struct") << 0x1B << 0 << 0x2700 << QStringLiteral("01 02") << hex("01 02")
                                << QString();
        QTest::newRow("struct bad hex") << 0x1B << 0 << 0x2700 << QStringLiteral("zz") << QByteArray()
                                        << QStringLiteral("invalid hex digit 'z' at position 0");
    }
    void encode()
    {
        QFETCH(int, format);
        QFETCH(int, exponent);
        QFETCH(int, unit);
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const Result<QByteArray> r = makeFormat(format, exponent, unit).encode(text);
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QCOMPARE(r.value(), bytes);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind(), Error::Kind::InvalidArgument);
            QVERIFY2(r.error().message().contains(error), qPrintable(r.error().message()));
        }
    }

    // What decode() shows, encode() turns back into the same bytes.
    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("bool") << 0x01 << 0 << 0x2700 << hex("01");
        QTest::newRow("sint12") << 0x0D << 0 << 0x2700 << hex("00 08");
        QTest::newRow("sint16 e-2 °C") << 0x0E << -2 << 0x272F << hex("29 F9");
        QTest::newRow("uint24 e3") << 0x07 << 3 << 0x2700 << hex("01 02 03");
        QTest::newRow("sint64") << 0x12 << -4 << 0x2700 << hex("01 02 03 04 05 06 07 88");
        QTest::newRow("uint128") << 0x0B << 0 << 0x2700 << hex("00112233445566778899AABBCCDDEEFF");
        QTest::newRow("sint128") << 0x13 << -3 << 0x2700 << hex("00112233445566778899AABBCCDDEEFF");
        // Found by fuzz_presentation_format: "N (0x…)" was not accepted back.
        QTest::newRow("uint128 ones") << 0x0B << 0 << 0x2700 << QByteArray(16, '\x01');
        QTest::newRow("sint128 °C") << 0x13 << -2 << 0x272F << QByteArray(16, '\xFF');
        QTest::newRow("float32") << 0x14 << 0 << 0x2713 << hex("CD CC CC 3D");
        // Found by fuzz_presentation_format: -FLT_MAX shows as -3.4028235e+38, beyond FLT_MAX.
        QTest::newRow("float32 -max") << 0x14 << 0 << 0x2700 << hex("FF FF 7F FF");
        QTest::newRow("float32 max") << 0x14 << 0 << 0x2700 << hex("FF FF 7F 7F");
        QTest::newRow("float32 smallest denormal") << 0x14 << 0 << 0x2700 << hex("01 00 00 00");
        QTest::newRow("float64") << 0x15 << 0 << 0x2700 << hex("9A 99 99 99 99 99 B9 3F");
        QTest::newRow("SFLOAT") << 0x16 << 0 << 0x272F << hex("C8 E0");
        QTest::newRow("FLOAT") << 0x17 << 0 << 0x2700 << hex("6D 01 00 FF");
        // Found by fuzz_presentation_format: the unit was stripped off the special values' names.
        QTest::newRow("SFLOAT -INF farad") << 0x16 << 0 << 0x2729 << hex("02 08");
        QTest::newRow("SFLOAT +INF farad") << 0x16 << 0 << 0x2729 << hex("FE 07");
        QTest::newRow("SFLOAT NRes second") << 0x16 << 0 << 0x2703 << hex("00 08");
        QTest::newRow("SFLOAT NaN newton") << 0x16 << 0 << 0x2723 << hex("FF 07");
        QTest::newRow("SFLOAT farad") << 0x16 << 0 << 0x2729 << hex("C8 E0");
        QTest::newRow("duint16") << 0x18 << 0 << 0x2700 << hex("78 00 50 00");
        QTest::newRow("utf8s") << 0x19 << 0 << 0x2700
                               << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                             "e \\ \x01");
        QTest::newRow("utf16s") << 0x1A << 0 << 0x2700 << hex("48 00 69 00");
        QTest::newRow("struct") << 0x1B << 0 << 0x2700 << hex("DE AD BE EF");
    }
    void roundTrip()
    {
        QFETCH(int, format);
        QFETCH(int, exponent);
        QFETCH(int, unit);
        QFETCH(QByteArray, bytes);
        const PresentationFormat f = makeFormat(format, exponent, unit);
        const QString text = f.decode(bytes).text; // as shown, 128-bit "(0x…)" and unit included
        const Result<QByteArray> r = f.encode(text);
        QVERIFY2(r.ok(), qPrintable(text + QStringLiteral(": ") + r.error().toString()));
        QCOMPARE(r.value(), bytes);
    }
};

QTEST_APPLESS_MAIN(TestPresentationFormat)
#include "tst_presentationformat.moc"
