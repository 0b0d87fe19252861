// SPDX-License-Identifier: MIT
#include <gattscope/core/codecs/heartratemeasurement.h>

#include <QTest>

using namespace gattscope;
using Contact = HeartRateMeasurement::SensorContact;

Q_DECLARE_METATYPE(gattscope::HeartRateMeasurement::SensorContact)

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}
} // namespace

class TestHeartRateMeasurement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("heartRate"); // -1 = absent
        QTest::addColumn<bool>("uint16");
        QTest::addColumn<Contact>("contact");
        QTest::addColumn<int>("energy"); // -1 = absent
        QTest::addColumn<QList<double>>("rrMs");

        // docs/gatt-formats.md §1 worked examples.
        QTest::newRow("16 48 00 04") << hex("16 48 00 04") << true << 72 << false << Contact::Detected << -1
                                     << QList<double> { 1000.0 };
        QTest::newRow("09 4B 00 2C 01") << hex("09 4B 00 2C 01") << true << 75 << true
                                        << Contact::NotSupported << 300 << QList<double> {};
        // uint16 heart rate (300 bpm) with three RR intervals: 1024, 512, 2048 /1024 s.
        QTest::newRow("uint16 + 3 RR")
            << hex("11 2C 01 00 04 00 02 00 08") << true << 300 << true << Contact::NotSupported << -1
            << QList<double> { 1000.0, 500.0, 2000.0 };
        QTest::newRow("RR 812.5 ms") << hex("10 4B 40 03") << true << 75 << false << Contact::NotSupported
                                     << -1 << QList<double> { 812.5 };
        // 853/1024 s: the values stay exact; only the text rounds (see text()).
        QTest::newRow("RR 833.0078125 ms") << hex("10 48 55 03") << true << 72 << false
                                           << Contact::NotSupported << -1 << QList<double> { 833.0078125 };
        QTest::newRow("contact not detected")
            << hex("04 3C") << true << 60 << false << Contact::NotDetected << -1 << QList<double> {};
        QTest::newRow("status without support")
            << hex("02 3C") << true << 60 << false << Contact::NotSupported << -1 << QList<double> {};
        QTest::newRow("everything") << hex("1F 50 00 10 00 00 04") << true << 80 << true << Contact::Detected
                                    << 16 << QList<double> { 1000.0 };
        QTest::newRow("energy saturated") << hex("08 48 FF FF") << true << 72 << false
                                          << Contact::NotSupported << 0xFFFF << QList<double> {};
        QTest::newRow("RR flag, none present")
            << hex("10 48") << true << 72 << false << Contact::NotSupported << -1 << QList<double> {};
        QTest::newRow("RFU flag bits ignored")
            << hex("E0 48") << true << 72 << false << Contact::NotSupported << -1 << QList<double> {};
        // MTU 23: a 20-byte value holds 9 RR intervals after a uint8 heart rate.
        QTest::newRow("9 RR (MTU 23)") << hex("10 48") + QByteArray::fromHex("0004").repeated(9) << true << 72
                                       << false << Contact::NotSupported << -1 << QList<double>(9, 1000.0);
        QTest::newRow("energy + 8 RR (MTU 23)")
            << hex("18 48 2C 01") + QByteArray::fromHex("0002").repeated(8) << true << 72 << false
            << Contact::NotSupported << 300 << QList<double>(8, 500.0);

        // Malformed: error, but what parsed is kept.
        QTest::newRow("empty") << QByteArray() << false << -1 << false << Contact::NotSupported << -1
                               << QList<double> {};
        QTest::newRow("flags only") << hex("16") << false << -1 << false << Contact::Detected << -1
                                    << QList<double> {};
        QTest::newRow("uint16 HR cut")
            << hex("01 48") << false << -1 << true << Contact::NotSupported << -1 << QList<double> {};
        QTest::newRow("energy cut") << hex("08 48 2C") << false << 72 << false << Contact::NotSupported << -1
                                    << QList<double> {};
        QTest::newRow("odd RR byte") << hex("10 48 00 04 00") << false << 72 << false << Contact::NotSupported
                                     << -1 << QList<double> { 1000.0 };
        QTest::newRow("unannounced bytes")
            << hex("00 48 00") << false << 72 << false << Contact::NotSupported << -1 << QList<double> {};
    }
    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(int, heartRate);
        QFETCH(bool, uint16);
        QFETCH(Contact, contact);
        QFETCH(int, energy);
        QFETCH(QList<double>, rrMs);
        const HeartRateMeasurement m = HeartRateMeasurement::parse(bytes);
        QCOMPARE(m.ok(), ok);
        if (!ok) {
            QCOMPARE(m.error.kind(), Error::Kind::Protocol);
            QVERIFY(!m.error.message().isEmpty());
        }
        QCOMPARE(m.heartRate.has_value(), heartRate >= 0);
        if (heartRate >= 0)
            QCOMPARE(int(*m.heartRate), heartRate);
        QCOMPARE(m.uint16Format, uint16);
        QCOMPARE(m.sensorContact, contact);
        QCOMPARE(m.energyExpended.has_value(), energy >= 0);
        if (energy >= 0)
            QCOMPARE(int(*m.energyExpended), energy);
        QCOMPARE(m.rrIntervalsMs(), rrMs);
        QCOMPARE(m.rrIntervals.size(), rrMs.size());

        // Well-formed packets re-encode to the same bytes (RFU flag bits preserved).
        if (ok && !(m.flags & 0x10 && m.rrIntervals.isEmpty()) && !(m.flags == 0x02))
            QCOMPARE(m.toBytes(), bytes);
    }

    void messages()
    {
        QCOMPARE(HeartRateMeasurement::parse(hex("08 48 2C")).error.message(),
                 QStringLiteral("Heart Rate Measurement cut short: energy expended missing at byte 2"));
        QCOMPARE(HeartRateMeasurement::parse(hex("01 48")).error.message(),
                 QStringLiteral("Heart Rate Measurement cut short: heart rate missing at byte 1"));
        QCOMPARE(HeartRateMeasurement::parse(hex("10 48 00 04 00")).error.message(),
                 QStringLiteral("Heart Rate Measurement has an odd RR-interval byte at byte 4"));
    }

    void text()
    {
        QCOMPARE(HeartRateMeasurement::parse(hex("16 48 00 04")).toString(),
                 QStringLiteral("72 bpm, contact detected, RR 1000 ms"));
        QCOMPARE(HeartRateMeasurement::parse(hex("09 4B 00 2C 01")).toString(),
                 QStringLiteral("75 bpm, energy 300 kJ"));
        QCOMPARE(HeartRateMeasurement::parse(hex("14 48 40 03 00 04")).toString(),
                 QStringLiteral("72 bpm, no contact, RR 812.5 ms 1000 ms"));
        // RR is shown to 0.1 ms: 853, 819 and 1 /1024 s are 833.0078125, 799.8046875 and
        // 0.9765625 ms.
        QCOMPARE(HeartRateMeasurement::parse(hex("10 48 55 03 33 03 01 00")).toString(),
                 QStringLiteral("72 bpm, RR 833 ms 799.8 ms 1 ms"));
    }

    void encodeForms()
    {
        HeartRateMeasurement m;
        m.heartRate = 300; // does not fit uint8: 16-bit form chosen
        m.sensorContact = Contact::Detected;
        m.rrIntervals = { 1024 };
        QCOMPARE(m.toBytes(), hex("17 2C 01 00 04"));
        m.heartRate = 72;
        m.energyExpended = 300;
        m.rrIntervals.clear();
        m.sensorContact = Contact::NotDetected;
        QCOMPARE(m.toBytes(), hex("0C 48 2C 01"));
    }
};

QTEST_APPLESS_MAIN(TestHeartRateMeasurement)
#include "tst_heartratemeasurement.moc"
