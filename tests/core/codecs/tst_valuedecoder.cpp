// SPDX-License-Identifier: MIT
#include <gattscope/core/codecs/sigcharacteristics.h>
#include <gattscope/core/codecs/valuedecoder.h>

#include <QTest>

using namespace gattscope;
using Source = DecodedValue::Source;

Q_DECLARE_METATYPE(gattscope::DecodedValue::Source)

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}
Descriptor descriptor(quint16 uuid, const QByteArray &value, bool hasValue = true)
{
    Descriptor d;
    d.handle = 0x0010;
    d.uuid = Uuid(uuid);
    d.value = value;
    d.hasValue = hasValue;
    return d;
}
const Uuid customUuid = *Uuid::fromString(u"6e400003-b5a3-f393-e0a9-e50e24dcca9e");
} // namespace

class TestValueDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // user layout > 0x2904 > SIG > UTF-8 if printable > hex
    void priority_data()
    {
        QTest::addColumn<QString>("layout"); // empty = none
        QTest::addColumn<QByteArray>("format"); // 0x2904 value; empty = none
        QTest::addColumn<int>("uuid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("text");
        const QByteArray uint16bpm = hex("06 00 AF 27 01 00 00");
        QTest::newRow("layout wins") << QStringLiteral("<BB") << uint16bpm << 0x2A37 << hex("16 48")
                                     << Source::UserLayout << QStringLiteral("f0: 22, f1: 72");
        QTest::newRow("0x2904 beats SIG") << QString() << uint16bpm << 0x2A37 << hex("48 00")
                                          << Source::PresentationFormat << QStringLiteral("72 bpm");
        QTest::newRow("SIG") << QString() << QByteArray() << 0x2A37 << hex("16 48 00 04")
                             << Source::SigCharacteristic
                             << QStringLiteral("72 bpm, contact detected, RR 1000 ms");
        QTest::newRow("bad 0x2904 ignored") << QString() << hex("06 00 AF 27 01") << 0x2A19 << hex("55")
                                            << Source::SigCharacteristic << QStringLiteral("85 %");
        QTest::newRow("RFU 0x2904 ignored") << QString() << hex("00 00 00 27 01 00 00") << 0x2A19 << hex("55")
                                            << Source::SigCharacteristic << QStringLiteral("85 %");
        QTest::newRow("printable UTF-8") << QString() << QByteArray() << 0xFFF1 << QByteArray("Hello")
                                         << Source::Utf8 << QStringLiteral("Hello");
        QTest::newRow("UTF-8 with NUL padding")
            << QString() << QByteArray() << 0xFFF1 << QByteArray("Hi\0\0", 4) << Source::Utf8
            << QStringLiteral("Hi");
        QTest::newRow("one char is hex")
            << QString() << QByteArray() << 0xFFF1 << QByteArray("A") << Source::Hex << QStringLiteral("41");
        QTest::newRow("binary is hex")
            << QString() << QByteArray() << 0xFFF1 << hex("2C 01") << Source::Hex << QStringLiteral("2C 01");
        QTest::newRow("invalid UTF-8 is hex") << QString() << QByteArray() << 0xFFF1 << hex("48 65 FF")
                                              << Source::Hex << QStringLiteral("48 65 FF");
        QTest::newRow("empty") << QString() << QByteArray() << 0xFFF1 << QByteArray() << Source::Hex
                               << QString();
        QTest::newRow("device name") << QString() << QByteArray() << 0x2A00 << QByteArray("A")
                                     << Source::SigCharacteristic << QStringLiteral("A");
    }
    void priority()
    {
        QFETCH(QString, layout);
        QFETCH(QByteArray, format);
        QFETCH(int, uuid);
        QFETCH(QByteArray, bytes);
        QFETCH(Source, source);
        QFETCH(QString, text);
        QList<Descriptor> descriptors { descriptor(0x2902, hex("01 00")) };
        if (!format.isEmpty())
            descriptors.append(descriptor(0x2904, format));
        const FieldLayout l = layout.isEmpty() ? FieldLayout() : FieldLayout::parse(layout).value();
        const ValueDecoder decoder(Uuid(quint32(uuid)), descriptors, l);
        const DecodedValue v = decoder.decode(bytes);
        QCOMPARE(v.source, source);
        QCOMPARE(v.text, text);
        QVERIFY(v.ok());
        QVERIFY(!decoder.representationText().isEmpty());
        if (source == Source::Utf8 || source == Source::Hex)
            QVERIFY(!decoder.fixedSource());
        else
            QCOMPARE(*decoder.fixedSource(), source);
        // Whatever was shown, encoding it in the same representation gives the bytes
        // back (Heart Rate Measurement is notify-only: no text encoder).
        if (source != Source::SigCharacteristic || isSigValueEncodable(Uuid(quint32(uuid)))) {
            if (source == Source::Utf8 && bytes.endsWith('\0'))
                bytes.chop(bytes.size() - bytes.indexOf('\0')); // NUL padding is not shown
            const Result<QByteArray> back = decoder.encode(v.text, v.source);
            QVERIFY2(back.ok(), qPrintable(back.error().toString()));
            QCOMPARE(back.value(), bytes);
        }
    }

    void configurationWarnings()
    {
        const ValueDecoder bad(Uuid(0x2A19), { descriptor(0x2904, hex("06 00 AF 27 01")) });
        QVERIFY(bad.configurationWarning().contains(QStringLiteral("7 bytes")));
        QVERIFY(!bad.presentationFormat());

        // A 0x2904 that was discovered but not read yet does not count.
        const ValueDecoder unread(Uuid(0x2A19), { descriptor(0x2904, QByteArray(), false) });
        QCOMPARE(*unread.fixedSource(), Source::SigCharacteristic);
        QVERIFY(unread.configurationWarning().isEmpty());

        const ValueDecoder two(customUuid,
                               { descriptor(0x2904, hex("04 00 AD 27 01 00 00")),
                                 descriptor(0x2904, hex("06 00 AF 27 01 00 00")) });
        QCOMPARE(two.presentationFormat()->format, GattFormat::UInt8);
        QVERIFY(two.configurationWarning().contains(QStringLiteral("2 Presentation Format descriptors")));
    }

    // The plot contract: HRM yields heart_rate, energy_expended, then rr_interval × n.
    void heartRateFields()
    {
        const ValueDecoder decoder(SigCharacteristicUuid::HeartRateMeasurement);
        const DecodedValue v = decoder.decode(hex("19 2C 01 2C 01 00 04 00 02 00 08"));
        QVERIFY(v.ok());
        QCOMPARE(v.unit, QStringLiteral("bpm"));
        QStringList keys;
        QList<double> values;
        for (const DecodedField &f : v.fields) {
            keys.append(f.key);
            values.append(f.value);
        }
        QCOMPARE(keys,
                 (QStringList { QStringLiteral("heart_rate"), QStringLiteral("energy_expended"),
                                QStringLiteral("rr_interval"), QStringLiteral("rr_interval"),
                                QStringLiteral("rr_interval") }));
        QCOMPARE(values, (QList<double> { 300, 300, 1000, 500, 2000 }));
        QCOMPARE(v.fields.first().name, QStringLiteral("Heart rate"));
        QCOMPARE(v.fields.last().unit, QStringLiteral("ms"));

        // A truncated packet keeps the heart rate and reports the problem.
        const DecodedValue cut = decoder.decode(hex("18 48 2C"));
        QVERIFY(!cut.ok());
        QCOMPARE(cut.fields.size(), 1);
        QCOMPARE(cut.fields.first().value, 72.0);
    }

    void customSensorLayout()
    {
        FieldLayout l = FieldLayout::parse(u"<hhh").value();
        l.setScale(0.001);
        l.setUnit(QStringLiteral("g"));
        Characteristic c;
        c.uuid = customUuid;
        c.descriptors = { descriptor(0x2901, QByteArray("Accel")) };
        const ValueDecoder decoder = ValueDecoder::forCharacteristic(c, l);
        const DecodedValue v = decoder.decode(hex("E8 03 18 FC 00 00"));
        QCOMPARE(v.text, QStringLiteral("x: 1 g, y: -1 g, z: 0 g"));
        QCOMPARE(v.fields.size(), 3);
        QCOMPARE(v.fields[1].value, -1.0);
        QCOMPARE(decoder.encode(u"x: 1 g, y: -1 g, z: 0 g").value(), hex("E8 03 18 FC 00 00"));

        const DecodedValue shortValue = decoder.decode(hex("E8 03"));
        QVERIFY(!shortValue.ok());
        QCOMPARE(shortValue.text, QStringLiteral("E8 03"));
    }

    void encodeRepresentations()
    {
        const ValueDecoder unknown(customUuid);
        QCOMPARE(unknown.encode(u"01 02").value(), hex("01 02")); // per-value: hex by default
        QCOMPARE(unknown.encode(u"Hello", Source::Utf8).value(), QByteArray("Hello"));
        QCOMPARE(unknown.encode(u"0x0102", Source::Hex).value(), hex("01 02"));
        QCOMPARE(unknown.encode(u"xyz").error().message(),
                 QStringLiteral("invalid hex digit 'x' at position 0"));
        QCOMPARE(unknown.encode(u"1", Source::UserLayout).error().kind(), Error::Kind::InvalidArgument);
        QCOMPARE(unknown.encode(u"1", Source::PresentationFormat).error().kind(),
                 Error::Kind::InvalidArgument);

        const ValueDecoder hrm(SigCharacteristicUuid::HeartRateMeasurement);
        QCOMPARE(hrm.encode(u"72 bpm").error().kind(), Error::Kind::NotSupported);
        QVERIFY(!hrm.canEncode(Source::SigCharacteristic));
        QVERIFY(hrm.canEncode(Source::Hex));
        QVERIFY(!hrm.canEncode(Source::UserLayout));
        QVERIFY(!hrm.canEncode(Source::PresentationFormat));
        QVERIFY(ValueDecoder(SigCharacteristicUuid::BatteryLevel).canEncode(Source::SigCharacteristic));
        QCOMPARE(hrm.encode(u"16 48", Source::Hex).value(), hex("16 48"));

        const ValueDecoder cccd(GattUuid::ClientCharacteristicConfiguration);
        QCOMPARE(cccd.decode(hex("01 00")).text, QStringLiteral("notifications on"));
        QCOMPARE(cccd.encode(u"indicate").value(), hex("02 00"));

        const ValueDecoder temp(customUuid, { descriptor(0x2904, hex("0E FE 2F 27 01 00 00")) });
        QCOMPARE(temp.decode(hex("29 09")).text, QStringLiteral("23.45 °C"));
        QCOMPARE(temp.decode(hex("29 09")).unit, QStringLiteral("°C"));
        QCOMPARE(temp.encode(u"-1.5 °C").value(), hex("6A FF"));
        QVERIFY(temp.encode(u"1.234").error().message().contains(QStringLiteral("too many decimals")));
        QVERIFY(temp.representationText().contains(QStringLiteral("sint16")));
    }

    void defaultConstructed()
    {
        const ValueDecoder d;
        QCOMPARE(d.decode(QByteArray("ok")).source, Source::Utf8);
        QCOMPARE(d.decode(hex("00 01")).text, QStringLiteral("00 01"));
    }
};

QTEST_APPLESS_MAIN(TestValueDecoder)
#include "tst_valuedecoder.moc"
