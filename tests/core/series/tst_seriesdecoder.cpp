// SPDX-License-Identifier: MIT
// StreamDecoder: values of a stream into plot series, through core's codecs.
#include <gattscope/core/gatt/gattdatabase.h>
#include <gattscope/core/series/streamdecoder.h>

#include <QTest>

using namespace gattscope;

namespace {

struct Expected
{
    QString key;
    qint64 tUs;
    double y;
};

QList<Expected> run(StreamDecoder &decoder, const QByteArray &value, qint64 tUs, bool *ok = nullptr)
{
    QList<DecodedPoint> points;
    const Status v = decoder.decode(value, tUs, points);
    if (ok)
        *ok = v.ok();
    QList<Expected> out;
    for (const DecodedPoint &p : std::as_const(points))
        out.append({ decoder.series().at(p.series).key, p.tUs, p.y });
    return out;
}

void compare(const QList<Expected> &got, const QList<Expected> &want)
{
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].key, want[i].key);
        QCOMPARE(got[i].tUs, want[i].tUs);
        QCOMPARE(got[i].y, want[i].y);
    }
}

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)
Q_DECLARE_METATYPE(StreamDecoder::Contact)

class TestSeriesDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heartRate_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QList<Expected>>("points");
        QTest::addColumn<StreamDecoder::Contact>("contact");
        const qint64 t = 10'000'000;
        const QString hr = QStringLiteral("heart_rate");
        const QString rr = QStringLiteral("rr_interval");
        // GATT Specification Supplement, Heart Rate Measurement (0x2A37).
        QTest::newRow("uint8, no contact support")
            << QByteArray::fromHex("0048") << true << QList<Expected> { { hr, t, 72 } }
            << StreamDecoder::Contact::NotSupported;
        QTest::newRow("uint16") << QByteArray::fromHex("012c01") << true << QList<Expected> { { hr, t, 300 } }
                                << StreamDecoder::Contact::NotSupported;
        QTest::newRow("contact not detected")
            << QByteArray::fromHex("0448") << true << QList<Expected> { { hr, t, 72 } }
            << StreamDecoder::Contact::NotDetected;
        // Two RR intervals (1024/1024 s = 1000 ms, 832/1024 s = 812.5 ms): the last beat is
        // at the packet's time, the one before 812.5 ms earlier.
        QTest::newRow("contact, two RR")
            << QByteArray::fromHex("164800044003") << true
            << QList<Expected> { { hr, t, 72 }, { rr, t - 812'500, 1000 }, { rr, t, 812.5 } }
            << StreamDecoder::Contact::Detected;
        QTest::newRow("energy expended is not plotted")
            << QByteArray::fromHex("0e482c01") << true << QList<Expected> { { hr, t, 72 } }
            << StreamDecoder::Contact::Detected;
        QTest::newRow("empty") << QByteArray() << false << QList<Expected> {}
                               << StreamDecoder::Contact::Unknown;
        QTest::newRow("RR cut in half") << QByteArray::fromHex("1048000401") << false << QList<Expected> {}
                                        << StreamDecoder::Contact::Unknown;
    }
    void heartRate()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        QFETCH(QList<Expected>, points);
        QFETCH(StreamDecoder::Contact, contact);
        StreamDecoder decoder(DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        QVERIFY(decoder.isHeartRate());
        QVERIFY(decoder.specError().isEmpty());
        // Both series exist before any RR arrives, so both plots can be laid out.
        QCOMPARE(decoder.series().size(), 2);
        QCOMPARE(decoder.series().at(0).unit, QStringLiteral("bpm"));
        QCOMPARE(decoder.series().at(1).unit, QStringLiteral("ms"));
        bool decodedOk = false;
        compare(run(decoder, value, 10'000'000, &decodedOk), points);
        QCOMPARE(decodedOk, ok);
        QCOMPARE(decoder.sensorContact(), contact);
        QCOMPARE(decoder.series().size(), 2);
    }

    void rrTimestampsStayOrdered()
    {
        StreamDecoder decoder(DecoderSpec::forCharacteristic(Uuid(0x2A37)));
        // 1000 ms arrives at t=1 s; then a packet at t=1.4 s claims two beats of 1000 ms,
        // which would put the first one before the previous beat: it is held at that beat.
        run(decoder, QByteArray::fromHex("10480004"), 1'000'000);
        const QList<Expected> two = run(decoder, QByteArray::fromHex("104800040004"), 1'400'000);
        QCOMPARE(two.size(), 3);
        QCOMPARE(two[1].tUs, 1'000'000); // clamped to the previous RR point
        QCOMPARE(two[2].tUs, 1'400'000);
    }

    void presentationFormat_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<double>("y");
        QTest::addColumn<QString>("unit");
        // sint16, exponent -2, degree Celsius (0x272F): 0x0929 = 2345 → 23.45 °C.
        QTest::newRow("sint16 e-2 °C") << QByteArray::fromHex("0efe2f27010000") << QByteArray::fromHex("2909")
                                       << 23.45 << QStringLiteral("°C");
        // uint8, percentage (0x27AD).
        QTest::newRow("uint8 %") << QByteArray::fromHex("0400ad27010000") << QByteArray::fromHex("55") << 85.0
                                 << QStringLiteral("%");
        // float32 1.5, unitless (0x2700).
        QTest::newRow("float32") << QByteArray::fromHex("14000027010000") << QByteArray::fromHex("0000c03f")
                                 << 1.5 << QString();
    }
    void presentationFormat()
    {
        QFETCH(QByteArray, format);
        QFETCH(QByteArray, value);
        QFETCH(double, y);
        QFETCH(QString, unit);
        StreamDecoder decoder(DecoderSpec::forCharacteristic(
            Uuid::fromString(u"12345678-1234-1234-1234-123456789abc").value(), format));
        QVERIFY2(decoder.specError().isEmpty(), qPrintable(decoder.specError()));
        const QList<Expected> pts = run(decoder, value, 5);
        QCOMPARE(pts.size(), 1);
        QCOMPARE(pts[0].y, y);
        QCOMPARE(pts[0].tUs, 5);
        QCOMPARE(decoder.series().at(0).unit, unit);
        // A value too short for the format yields nothing.
        bool ok = true;
        QVERIFY(run(decoder, QByteArray(), 6, &ok).isEmpty());
        QVERIFY(!ok);
    }

    void badPresentationFormat()
    {
        StreamDecoder decoder(DecoderSpec::forCharacteristic(Uuid(0xFFF1), QByteArray::fromHex("0efe2f27")));
        QVERIFY(!decoder.specError().isEmpty());
        bool ok = true;
        QVERIFY(run(decoder, QByteArray::fromHex("2909"), 1, &ok).isEmpty());
        QVERIFY(!ok);
    }

    void noDecoder()
    {
        StreamDecoder decoder(DecoderSpec::forCharacteristic(Uuid(0xFFF1)));
        QVERIFY(!decoder.specError().isEmpty());
        QVERIFY(!StreamDecoder::decodesItself(Uuid(0xFFF1)));
        QVERIFY(StreamDecoder::decodesItself(Uuid(0x2A19)));
    }

    void specFromDiscovery()
    {
        // A vendor characteristic whose 0x2904 was read during discovery.
        Characteristic c;
        c.uuid = Uuid::fromString(u"12345678-1234-1234-1234-123456789abc").value();
        Descriptor format;
        format.uuid = Uuid(0x2904);
        format.value = QByteArray::fromHex("0efe2f27010000");
        format.hasValue = true;
        c.descriptors.append(format);
        StreamDecoder decoder(DecoderSpec::forCharacteristic(c));
        const QList<Expected> pts = run(decoder, QByteArray::fromHex("2909"), 1);
        QCOMPARE(pts.size(), 1);
        QCOMPARE(pts[0].y, 23.45);
        // The user's layout, when given, wins (core's ValueDecoder order).
        StreamDecoder layoutFirst(DecoderSpec::forCharacteristic(c, FieldLayout::parse(u">H").value()));
        QCOMPARE(run(layoutFirst, QByteArray::fromHex("2909"), 1).at(0).y, double(0x2909));
    }

    void sigBatteryDecodesItself()
    {
        StreamDecoder decoder(DecoderSpec::forCharacteristic(Uuid(0x2A19)));
        const QList<Expected> pts = run(decoder, QByteArray::fromHex("5a"), 7);
        QCOMPARE(pts.size(), 1);
        QCOMPARE(pts[0].key, QStringLiteral("battery_level"));
        QCOMPARE(pts[0].y, 90.0);
        QCOMPARE(decoder.series().at(0).unit, QStringLiteral("%"));
    }

    void fieldLayout_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("offset");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QList<double>>("ys");
        QTest::newRow("<hhh mg → g") << QStringLiteral("<hhh") << 0.001 << 0.0
                                     << QByteArray::fromHex("e80318fc0000")
                                     << QStringList { QStringLiteral("x"), QStringLiteral("y"),
                                                      QStringLiteral("z") }
                                     << QList<double> { 1.0, -1.0, 0.0 };
        QTest::newRow("<f") << QStringLiteral("<f") << 1.0 << 0.0 << QByteArray::fromHex("0000c03f")
                            << QStringList { QStringLiteral("f0") } << QList<double> { 1.5 };
        // 0x0190 = 400 → 400 × 0.1 − 40 = 0.
        QTest::newRow(">H scale offset")
            << QStringLiteral(">H") << 0.1 << -40.0 << QByteArray::fromHex("0190")
            << QStringList { QStringLiteral("f0") } << QList<double> { 0.0 };
        QTest::newRow("too short") << QStringLiteral("<hhh") << 1.0 << 0.0 << QByteArray::fromHex("0100")
                                   << QStringList {} << QList<double> {};
    }
    void fieldLayout()
    {
        QFETCH(QString, format);
        QFETCH(double, scale);
        QFETCH(double, offset);
        QFETCH(QByteArray, value);
        QFETCH(QStringList, keys);
        QFETCH(QList<double>, ys);
        const Result<DecoderSpec> spec = DecoderSpec::forLayout(format, scale, offset, QStringLiteral("g"));
        QVERIFY(spec.ok());
        StreamDecoder decoder(spec.value());
        QVERIFY(decoder.specError().isEmpty());
        const QList<Expected> pts = run(decoder, value, 42);
        QCOMPARE(pts.size(), keys.size());
        for (qsizetype i = 0; i < pts.size(); ++i) {
            QCOMPARE(pts[i].key, keys[i]);
            QVERIFY(qFuzzyCompare(1.0 + pts[i].y, 1.0 + ys[i]));
            QCOMPARE(pts[i].tUs, 42);
        }
        // Series exist from the layout, before any value.
        StreamDecoder fresh(spec.value());
        QCOMPARE(fresh.series().size(), qsizetype(spec.value().layout.fieldCount()));
    }

    void badLayout()
    {
        QVERIFY(!DecoderSpec::forLayout(u"<q").ok());
        DecoderSpec empty;
        empty.kind = DecoderSpec::Kind::FieldLayout;
        QVERIFY(!StreamDecoder(empty).specError().isEmpty());
    }

    void counterFieldCountsDrops()
    {
        Result<DecoderSpec> spec
            = DecoderSpec::forLayout(u"<Bh", 1, 0, {}, { QStringLiteral("seq"), QStringLiteral("v") });
        QVERIFY(spec.ok());
        spec.value().counterField = QStringLiteral("seq");
        StreamDecoder decoder(spec.value());
        QCOMPARE(decoder.series().size(), 1); // the counter is not plotted
        for (quint8 seq : { 250, 251, 254, 255, 0, 3 }) {
            QByteArray packet;
            packet.append(char(seq));
            packet.append(char(1));
            packet.append(char(0));
            QCOMPARE(run(decoder, packet, seq).size(), 1);
        }
        QCOMPARE(decoder.dropped(), 4u); // 252, 253, then 1, 2
    }

    void repeatedFieldsSpreadInTime()
    {
        // A packet with two samples of the same key: spread between the previous packet
        // and this one.
        const Result<DecoderSpec> spec
            = DecoderSpec::forLayout(u"<hh", 1, 0, {}, { QStringLiteral("a"), QStringLiteral("a") });
        QVERIFY(spec.ok());
        StreamDecoder decoder(spec.value());
        run(decoder, QByteArray::fromHex("01000200"), 1000);
        const QList<Expected> pts = run(decoder, QByteArray::fromHex("03000400"), 2000);
        QCOMPARE(pts.size(), 2);
        QCOMPARE(pts[0].tUs, 1500);
        QCOMPARE(pts[1].tUs, 2000);
    }
};

QTEST_GUILESS_MAIN(TestSeriesDecoder)
#include "tst_seriesdecoder.moc"
