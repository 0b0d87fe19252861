// SPDX-License-Identifier: MIT
#include <gattscope/core/codecs/sigcharacteristics.h>
#include <gattscope/core/numbers/assignednumbers.h>

#include <QTest>

#include <cmath>

using namespace gattscope;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}
// "key=value" per field, for compact comparisons.
QStringList fieldList(const DecodedValue &v)
{
    QStringList out;
    for (const DecodedField &f : v.fields)
        out.append(f.key + QLatin1Char('=')
                   + (std::isnan(f.value) ? QStringLiteral("nan") : QString::number(f.value))
                   + QLatin1Char(' ') + f.unit);
    return out;
}
} // namespace

class TestSigCharacteristics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<int>("uuid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("warns");
        QTest::addColumn<QStringList>("fields");

        QTest::newRow("battery 85") << 0x2A19 << hex("55") << QStringLiteral("85 %") << true << false
                                    << QStringList { QStringLiteral("battery_level=85 %") };
        QTest::newRow("battery 101 reserved")
            << 0x2A19 << hex("65") << QStringLiteral("101 %") << true << true
            << QStringList { QStringLiteral("battery_level=101 %") };
        QTest::newRow("battery empty")
            << 0x2A19 << QByteArray() << QString() << false << false << QStringList {};
        QTest::newRow("battery extra byte") << 0x2A19 << hex("55 00") << QStringLiteral("85 %") << true
                                            << true << QStringList { QStringLiteral("battery_level=85 %") };
        QTest::newRow("temperature 23.45") << 0x2A6E << hex("29 09") << QStringLiteral("23.45 °C") << true
                                           << false << QStringList { QStringLiteral("temperature=23.45 °C") };
        QTest::newRow("temperature -0.01") << 0x2A6E << hex("FF FF") << QStringLiteral("-0.01 °C") << true
                                           << false << QStringList { QStringLiteral("temperature=-0.01 °C") };
        QTest::newRow("temperature -40") << 0x2A6E << hex("60 F0") << QStringLiteral("-40.00 °C") << true
                                         << false << QStringList { QStringLiteral("temperature=-40 °C") };
        QTest::newRow("temperature unknown") << 0x2A6E << hex("00 80") << QStringLiteral("unknown") << true
                                             << false << QStringList { QStringLiteral("temperature=nan °C") };
        QTest::newRow("temperature short")
            << 0x2A6E << hex("29") << QStringLiteral("29") << false << false << QStringList {};
        QTest::newRow("location other")
            << 0x2A38 << hex("00") << QStringLiteral("Other") << true << false << QStringList {};
        QTest::newRow("location chest")
            << 0x2A38 << hex("01") << QStringLiteral("Chest") << true << false << QStringList {};
        QTest::newRow("location wrist")
            << 0x2A38 << hex("02") << QStringLiteral("Wrist") << true << false << QStringList {};
        QTest::newRow("location finger")
            << 0x2A38 << hex("03") << QStringLiteral("Finger") << true << false << QStringList {};
        QTest::newRow("location hand")
            << 0x2A38 << hex("04") << QStringLiteral("Hand") << true << false << QStringList {};
        QTest::newRow("location ear lobe")
            << 0x2A38 << hex("05") << QStringLiteral("Ear Lobe") << true << false << QStringList {};
        QTest::newRow("location foot")
            << 0x2A38 << hex("06") << QStringLiteral("Foot") << true << false << QStringList {};
        QTest::newRow("location reserved")
            << 0x2A38 << hex("07") << QStringLiteral("Reserved (0x07)") << true << false << QStringList {};
        QTest::newRow("device name NUL padded")
            << 0x2A00 << QByteArray("Polar H10\0", 10) << QStringLiteral("Polar H10") << true << true
            << QStringList {};
        QTest::newRow("manufacturer")
            << 0x2A29 << QByteArray("Nordic Semiconductor") << QStringLiteral("Nordic Semiconductor") << true
            << false << QStringList {};
        QTest::newRow("model invalid UTF-8")
            << 0x2A24 << hex("48 31 FF") << QStringLiteral("H1\\xFF") << true << true << QStringList {};
        QTest::newRow("firmware") << 0x2A26 << QByteArray("1.2.3") << QStringLiteral("1.2.3") << true << false
                                  << QStringList {};
        // Name from AssignedNumbers (its own tests check the table); number first either way.
        const QString belt = AssignedNumbers::instance().appearanceName(0x0341);
        QTest::newRow("appearance HR belt")
            << 0x2A01 << hex("41 03")
            << (belt.isEmpty() ? QStringLiteral("0x0341 (category 13, sub-category 1)")
                               : QStringLiteral("0x0341 (") + belt + QLatin1Char(')'))
            << true << false << QStringList {};
        QTest::newRow("appearance unknown")
            << 0x2A01 << hex("C1 FF") << QStringLiteral("0xFFC1 (category 1023, sub-category 1)") << true
            << false << QStringList {};
        QTest::newRow("service changed")
            << 0x2A05 << hex("01 00 FF FF") << QStringLiteral("handles 0x0001–0xFFFF") << true << false
            << QStringList {};
        QTest::newRow("HRM") << 0x2A37 << hex("16 48 00 04")
                             << QStringLiteral("72 bpm, contact detected, RR 1000 ms") << true << false
                             << QStringList { QStringLiteral("heart_rate=72 bpm"),
                                              QStringLiteral("rr_interval=1000 ms") };
        QTest::newRow("HRM energy") << 0x2A37 << hex("09 4B 00 2C 01")
                                    << QStringLiteral("75 bpm, energy 300 kJ") << true << false
                                    << QStringList { QStringLiteral("heart_rate=75 bpm"),
                                                     QStringLiteral("energy_expended=300 kJ") };
        QTest::newRow("HRM 3 RR") << 0x2A37 << hex("11 2C 01 00 04 00 02 00 08")
                                  << QStringLiteral("300 bpm, RR 1000 ms 500 ms 2000 ms") << true << false
                                  << QStringList { QStringLiteral("heart_rate=300 bpm"),
                                                   QStringLiteral("rr_interval=1000 ms"),
                                                   QStringLiteral("rr_interval=500 ms"),
                                                   QStringLiteral("rr_interval=2000 ms") };
        // The text rounds RR to 0.1 ms; the fields keep 853/1024 s (shown here to 6 digits).
        QTest::newRow("HRM RR rounded")
            << 0x2A37 << hex("10 48 55 03 33 03") << QStringLiteral("72 bpm, RR 833 ms 799.8 ms") << true
            << false
            << QStringList { QStringLiteral("heart_rate=72 bpm"), QStringLiteral("rr_interval=833.008 ms"),
                             QStringLiteral("rr_interval=799.805 ms") };
        QTest::newRow("HRM truncated keeps HR")
            << 0x2A37 << hex("08 48 2C") << QStringLiteral("72 bpm") << false << false
            << QStringList { QStringLiteral("heart_rate=72 bpm") };
        QTest::newRow("HRM empty") << 0x2A37 << QByteArray() << QString() << false << false << QStringList {};
        QTest::newRow("HRM flags only")
            << 0x2A37 << hex("01") << QStringLiteral("01") << false << false << QStringList {};
        QTest::newRow("control point reset") << 0x2A39 << hex("01") << QStringLiteral("reset energy expended")
                                             << true << false << QStringList {};
        // Temperature Measurement: FLOAT 36.5 (0xFF00016D), optional time stamp and type.
        QTest::newRow("temp measurement")
            << 0x2A1C << hex("00 6D 01 00 FF") << QStringLiteral("36.5 °C") << true << false
            << QStringList { QStringLiteral("temperature=36.5 °C") };
        QTest::newRow("temp measurement °F")
            << 0x2A1C << hex("01 D5 03 00 FF") << QStringLiteral("98.1 °F") << true << false
            << QStringList { QStringLiteral("temperature=98.1 °F") };
        QTest::newRow("temp measurement full")
            << 0x2A1C << hex("06 6D 01 00 FF E8 07 01 02 03 04 05 02")
            << QStringLiteral("36.5 °C, 2024-01-02 03:04:05, Body (general)") << true << false
            << QStringList { QStringLiteral("temperature=36.5 °C") };
        QTest::newRow("temp measurement NaN")
            << 0x2A1C << hex("00 FF FF 7F 00") << QStringLiteral("NaN") << true << false
            << QStringList { QStringLiteral("temperature=nan °C") };
        QTest::newRow("temp measurement short")
            << 0x2A1C << hex("00 6D 01") << QStringLiteral("00 6D 01") << false << false << QStringList {};
        QTest::newRow("temp measurement cut stamp")
            << 0x2A1C << hex("02 6D 01 00 FF E8 07") << QStringLiteral("36.5 °C") << false << false
            << QStringList { QStringLiteral("temperature=36.5 °C") };
        QTest::newRow("temperature type")
            << 0x2A1D << hex("06") << QStringLiteral("Mouth") << true << false << QStringList {};
        QTest::newRow("CCCD off") << 0x2902 << hex("00 00") << QStringLiteral("off") << true << false
                                  << QStringList {};
        QTest::newRow("CCCD notify") << 0x2902 << hex("01 00") << QStringLiteral("notifications on") << true
                                     << false << QStringList {};
        QTest::newRow("CCCD indicate")
            << 0x2902 << hex("02 00") << QStringLiteral("indications on") << true << false << QStringList {};
        QTest::newRow("CCCD both") << 0x2902 << hex("03 00")
                                   << QStringLiteral("notifications and indications on") << true << false
                                   << QStringList {};
        QTest::newRow("CCCD reserved bits")
            << 0x2902 << hex("05 00") << QStringLiteral("notifications on") << true << true << QStringList {};
        QTest::newRow("CCCD short") << 0x2902 << hex("01") << QStringLiteral("01") << false << false
                                    << QStringList {};
        QTest::newRow("user description") << 0x2901 << QByteArray("Accel X") << QStringLiteral("Accel X")
                                          << true << false << QStringList {};
        QTest::newRow("extended properties")
            << 0x2900 << hex("01 00") << QStringLiteral("reliable write") << true << false << QStringList {};
        QTest::newRow("presentation format")
            << 0x2904 << hex("0E FE 2F 27 01 00 00")
            << QStringLiteral("sint16 × 10^-2, temperature (degree Celsius) [°C]") << true << false
            << QStringList {};
        QTest::newRow("presentation format short")
            << 0x2904 << hex("0E FE") << QStringLiteral("0E FE") << false << false << QStringList {};
    }
    void decode()
    {
        QFETCH(int, uuid);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(bool, warns);
        QFETCH(QStringList, fields);
        QVERIFY(isKnownSigValue(Uuid(quint32(uuid))));
        const std::optional<DecodedValue> v = decodeSigValue(Uuid(quint32(uuid)), bytes);
        QVERIFY(v);
        QCOMPARE(v->source, DecodedValue::Source::SigCharacteristic);
        QCOMPARE(v->text, text);
        QCOMPARE(v->ok(), ok);
        if (!ok)
            QVERIFY(!v->error.message().isEmpty());
        QCOMPARE(!v->warning.isEmpty(), warns);
        QCOMPARE(fieldList(*v), fields);
    }

    void unknown()
    {
        QVERIFY(!isKnownSigValue(Uuid(0x2A99)));
        QVERIFY(!decodeSigValue(Uuid(0x2A99), hex("01")));
        QVERIFY(!decodeSigValue(*Uuid::fromString(u"6e400002-b5a3-f393-e0a9-e50e24dcca9e"), hex("01")));
        const Result<QByteArray> r = encodeSigValue(Uuid(0x2A99), u"1");
        QCOMPARE(r.error().kind(), Error::Kind::NotSupported);
    }

    void shortMessage()
    {
        QCOMPARE(decodeSigValue(SigCharacteristicUuid::Temperature, hex("29"))->error.message(),
                 QStringLiteral("Temperature needs 2 bytes, got 1 byte"));
    }

    void encode_data()
    {
        QTest::addColumn<int>("uuid");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error"); // substring; empty = success
        QTest::newRow("battery 85") << 0x2A19 << QStringLiteral("85") << hex("55") << QString();
        QTest::newRow("battery 85 %") << 0x2A19 << QStringLiteral("85 %") << hex("55") << QString();
        QTest::newRow("battery 0x64") << 0x2A19 << QStringLiteral("0x64") << hex("64") << QString();
        QTest::newRow("battery 101") << 0x2A19 << QStringLiteral("101") << QByteArray()
                                     << QStringLiteral("between 0 and 100");
        QTest::newRow("battery 8.5") << 0x2A19 << QStringLiteral("8.5") << QByteArray()
                                     << QStringLiteral("at most 0 decimals");
        QTest::newRow("battery text")
            << 0x2A19 << QStringLiteral("full") << QByteArray() << QStringLiteral("'full' is not a number");
        QTest::newRow("temperature") << 0x2A6E << QStringLiteral("23.45") << hex("29 09") << QString();
        QTest::newRow("temperature °C") << 0x2A6E << QStringLiteral("-40.00 °C") << hex("60 F0") << QString();
        QTest::newRow("temperature 1 decimal")
            << 0x2A6E << QStringLiteral("36.6") << hex("4C 0E") << QString();
        QTest::newRow("temperature unknown")
            << 0x2A6E << QStringLiteral("unknown") << hex("00 80") << QString();
        QTest::newRow("temperature too precise")
            << 0x2A6E << QStringLiteral("23.456") << QByteArray() << QStringLiteral("at most 2 decimals");
        QTest::newRow("temperature range") << 0x2A6E << QStringLiteral("400") << QByteArray()
                                           << QStringLiteral("between -327.67 and 327.67");
        QTest::newRow("location Chest") << 0x2A38 << QStringLiteral("Chest") << hex("01") << QString();
        QTest::newRow("location wrist") << 0x2A38 << QStringLiteral("wrist") << hex("02") << QString();
        QTest::newRow("location ear lobe") << 0x2A38 << QStringLiteral("ear lobe") << hex("05") << QString();
        QTest::newRow("location 6") << 0x2A38 << QStringLiteral("6") << hex("06") << QString();
        QTest::newRow("location nose")
            << 0x2A38 << QStringLiteral("Nose") << QByteArray() << QStringLiteral("'Nose' is not a number");
        QTest::newRow("device name") << 0x2A00 << QStringLiteral("Polar H10") << QByteArray("Polar H10")
                                     << QString();
        QTest::newRow("device name escape")
            << 0x2A00 << QStringLiteral("A\\x00") << QByteArray("A\0", 2) << QString();
        QTest::newRow("appearance") << 0x2A01 << QStringLiteral("0x0341 (category 13, sub-category 1)")
                                    << hex("41 03") << QString();
        QTest::newRow("appearance decimal") << 0x2A01 << QStringLiteral("833") << hex("41 03") << QString();
        QTest::newRow("control point") << 0x2A39 << QStringLiteral("reset") << hex("01") << QString();
        QTest::newRow("control point shown")
            << 0x2A39 << QStringLiteral("Reserved command 0xFE") << hex("FE") << QString();
        QTest::newRow("control point number") << 0x2A39 << QStringLiteral("2") << hex("02") << QString();
        QTest::newRow("control point 256")
            << 0x2A39 << QStringLiteral("256") << QByteArray() << QStringLiteral("between 0 and 255");
        QTest::newRow("temperature type") << 0x2A1D << QStringLiteral("Mouth") << hex("06") << QString();
        QTest::newRow("CCCD notify") << 0x2902 << QStringLiteral("notify") << hex("01 00") << QString();
        QTest::newRow("CCCD shown text")
            << 0x2902 << QStringLiteral("indications on") << hex("02 00") << QString();
        QTest::newRow("CCCD both") << 0x2902 << QStringLiteral("notify+indicate") << hex("03 00")
                                   << QString();
        QTest::newRow("CCCD off") << 0x2902 << QStringLiteral("OFF") << hex("00 00") << QString();
        QTest::newRow("CCCD hex") << 0x2902 << QStringLiteral("01 00") << hex("01 00") << QString();
        QTest::newRow("CCCD bogus") << 0x2902 << QStringLiteral("bogus") << QByteArray()
                                    << QStringLiteral("CCCD value must be");
        QTest::newRow("HRM not writable")
            << 0x2A37 << QStringLiteral("72") << QByteArray() << QStringLiteral("edit it as hex");
    }
    void encode()
    {
        QFETCH(int, uuid);
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const Result<QByteArray> r = encodeSigValue(Uuid(quint32(uuid)), text);
        if (error.isEmpty()) {
            QVERIFY(isSigValueEncodable(Uuid(quint32(uuid))));
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QCOMPARE(r.value(), bytes);
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message().contains(error), qPrintable(r.error().message()));
        }
    }

    // Writable values: the decoded text encodes back to the same bytes.
    void roundTrip_data()
    {
        QTest::addColumn<int>("uuid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("battery") << 0x2A19 << hex("64");
        QTest::newRow("temperature") << 0x2A6E << hex("29 F9");
        QTest::newRow("temperature unknown") << 0x2A6E << hex("00 80");
        QTest::newRow("location") << 0x2A38 << hex("05");
        QTest::newRow("location reserved") << 0x2A38 << hex("09");
        QTest::newRow("name") << 0x2A00
                              << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                            "e\\\x01");
        QTest::newRow("appearance") << 0x2A01 << hex("C1 03");
        QTest::newRow("temperature type") << 0x2A1D << hex("09");
        QTest::newRow("CCCD") << 0x2902 << hex("03 00");
        QTest::newRow("control point") << 0x2A39 << hex("01");
        // Found by fuzz_sig_characteristics: "reserved command 0x64" was not accepted back.
        QTest::newRow("control point reserved") << 0x2A39 << hex("64");
        QTest::newRow("control point 0") << 0x2A39 << hex("00");
    }
    void roundTrip()
    {
        QFETCH(int, uuid);
        QFETCH(QByteArray, bytes);
        const Uuid u { quint32(uuid) };
        const QString text = decodeSigValue(u, bytes)->text;
        const Result<QByteArray> r = encodeSigValue(u, text);
        QVERIFY2(r.ok(), qPrintable(text + QStringLiteral(": ") + r.error().toString()));
        QCOMPARE(r.value(), bytes);
    }
};

QTEST_APPLESS_MAIN(TestSigCharacteristics)
#include "tst_sigcharacteristics.moc"
