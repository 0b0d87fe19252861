// SPDX-License-Identifier: MIT
#include <gattscope/core/advertising/advertisingdata.h>
#include <gattscope/core/advertising/urischeme.h>

#include <QRandomGenerator>
#include <QTest>

using namespace gattscope;

namespace {
// Hex with any separators: QByteArray::fromHex skips characters that are not hex digits.
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// The structural promises parse() makes for any input.
void checkInvariants(const QByteArray &bytes, const AdvertisingData &ad)
{
    qsizetype previousEnd = 0;
    qsizetype covered = 0;
    for (const AdStructure &st : ad.structures()) {
        QVERIFY(st.offset >= previousEnd);
        QVERIFY(st.offset + 2 + st.data.size() <= bytes.size());
        QCOMPARE(quint8(bytes[st.offset]), st.length);
        QCOMPARE(quint8(bytes[st.offset + 1]), st.type);
        QCOMPARE(st.data, bytes.mid(st.offset + 2, st.data.size()));
        if (st.truncated) {
            QVERIFY(st.isMalformed());
            QCOMPARE(st.offset + 2 + st.data.size(), bytes.size());
            QVERIFY(std::holds_alternative<std::monostate>(st.value));
        } else {
            QCOMPARE(st.data.size(), qsizetype(st.length) - 1);
        }
        if (st.isMalformed())
            QVERIFY(!ad.isWellFormed());
        QVERIFY(!st.describe().isEmpty());
        previousEnd = st.offset + 2 + st.data.size();
        covered += 2 + st.data.size();
    }
    for (const AdParseError &e : ad.errors()) {
        QVERIFY(e.offset >= 0 && e.offset < bytes.size());
        QVERIFY(!e.message.isEmpty());
    }
    if (ad.isWellFormed())
        QCOMPARE(covered + ad.paddingBytes(), bytes.size());
    // Accessors must cope with anything.
    (void)ad.name();
    (void)ad.serviceUuids();
    (void)ad.manufacturerData();
    (void)ad.isBeacon();
    (void)ad.describe();
}
} // namespace

class TestAdvertisingData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describe_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("errors");

        // pygatt's DecodePacketTests: a real gap_scan_response from a BLED112 (docs/bgapi.md §1).
        QTest::newRow("pygatt capture")
            << hex("02 01 06 13 ff 4c 00 0c 0e 00 64 27 26 3d a7 e2 80 87 00 4c c8 3c 4e")
            << QStringList { s(u"Flags: 0x06 (LE General Discoverable Mode, BR/EDR Not Supported)"),
                             s(u"Manufacturer Specific Data: Apple, Inc. (0x004C): "
                               u"0C 0E 00 64 27 26 3D A7 E2 80 87 00 4C C8 3C 4E") }
            << 0;
        QTest::newRow("complete name")
            << hex("06 09 48 52 4d 2d 31") << QStringList { s(u"Complete Local Name: \"HRM-1\"") } << 0;
        QTest::newRow("shortened name")
            << hex("04 08 48 52 4d") << QStringList { s(u"Shortened Local Name: \"HRM\"") } << 0;
        QTest::newRow("name, UTF-8") << hex("08 09 4d c3 bc 6c 6c 65 72")
                                     << QStringList { s(u"Complete Local Name: \"M\u00fcller\"") } << 0;
        QTest::newRow("name, invalid UTF-8 shown")
            << hex("05 09 41 ff 42 c3") << QStringList { s(u"Complete Local Name: \"A\\xFFB\\xC3\"") } << 0;
        QTest::newRow("name, NUL padding cut")
            << hex("06 09 48 52 4d 00 00") << QStringList { s(u"Complete Local Name: \"HRM\"") } << 0;
        QTest::newRow("tx power") << hex("02 0a fc") << QStringList { s(u"TX Power Level: -4 dBm") } << 0;
        QTest::newRow("flags, all defined bits")
            << hex("02 01 1f")
            << QStringList { s(u"Flags: 0x1F (LE Limited Discoverable Mode, "
                               u"LE General Discoverable Mode, BR/EDR Not "
                               u"Supported, Simultaneous LE and BR/EDR "
                               u"(Controller), Simultaneous LE and BR/EDR (Host))") }
            << 0;
        QTest::newRow("16-bit UUIDs") << hex("05 03 0d 18 0f 18")
                                      << QStringList { s(u"Complete List of 16-bit Service UUIDs: "
                                                         u"180D (Heart Rate), 180F (Battery Service)") }
                                      << 0;
        QTest::newRow("empty complete list")
            << hex("01 03") << QStringList { s(u"Complete List of 16-bit Service UUIDs: (none)") } << 0;
        QTest::newRow("32-bit UUIDs")
            << hex("05 05 78 56 34 12")
            << QStringList { s(u"Complete List of 32-bit Service UUIDs: 12345678") } << 0;
        QTest::newRow("128-bit UUIDs (Nordic UART)")
            << hex("11 06 9e ca dc 24 0e e5 a9 e0 93 f3 a3 b5 01 00 40 6e")
            << QStringList { s(u"Incomplete List of 128-bit Service UUIDs: "
                               u"6e400001-b5a3-f393-e0a9-e50e24dcca9e (Nordic UART Service)") }
            << 0;
        QTest::newRow("solicitation") << hex("03 14 0d 18")
                                      << QStringList { s(u"List of 16-bit Service Solicitation UUIDs: "
                                                         u"180D (Heart Rate)") }
                                      << 0;
        QTest::newRow("connection interval")
            << hex("05 12 06 00 18 00")
            << QStringList { s(u"Peripheral Connection Interval Range: 7.5 ms to 30 ms") } << 0;
        QTest::newRow("connection interval, no minimum")
            << hex("05 12 ff ff 20 00")
            << QStringList { s(u"Peripheral Connection Interval Range: no specific minimum to 40 ms") } << 0;
        QTest::newRow("appearance") << hex(
            "03 19 41 03") << QStringList { s(u"Appearance: 0x0341 (Heart Rate Sensor: Heart Rate Belt)") }
                                    << 0;
        QTest::newRow("service data 16") << hex("04 16 0f 18 64")
                                         << QStringList { s(u"Service Data - 16-bit UUID: "
                                                            u"180F (Battery Service): 64") }
                                         << 0;
        QTest::newRow("service data 32")
            << hex("07 20 78 56 34 12 01 02")
            << QStringList { s(u"Service Data - 32-bit UUID: 12345678: 01 02") } << 0;
        QTest::newRow("URI https") << hex("0f 24 17 2f 2f 65 78 61 6d 70 6c 65 2e 63 6f 6d")
                                   << QStringList { s(u"URI: https://example.com") } << 0;
        QTest::newRow("URI no scheme") << hex("06 24 01 61 3a 62 63") << QStringList { s(u"URI: a:bc") } << 0;
        QTest::newRow("URI unknown scheme")
            << hex("04 24 00 78 79") << QStringList { s(u"URI: (unknown scheme 0x00) xy") } << 0;
        QTest::newRow("advertising interval")
            << hex("03 1a a0 00") << QStringList { s(u"Advertising Interval: 100 ms") } << 0;
        QTest::newRow("LE device address") << hex("08 1b 01 00 49 e5 98 c0 00")
                                           << QStringList { s(u"LE Bluetooth Device Address: "
                                                              u"C0:98:E5:49:00:01 (public)") }
                                           << 0;
        QTest::newRow("LE role") << hex("02 1c 00") << QStringList { s(u"LE Role: peripheral only") } << 0;
        QTest::newRow("rare type raw")
            << hex("04 0d 0c 02 5a") << QStringList { s(u"Class of Device: 0C 02 5A") } << 0;
        QTest::newRow("unknown type")
            << hex("03 42 01 02") << QStringList { s(u"Unknown AD type 0x42: 01 02") } << 0;
        QTest::newRow("iBeacon")
            << hex("02 01 06 1a ff 4c 00 02 15 e2 c5 6d b5 df fb 48 d2 b0 60 d0 f5 a7 10 96 e0 00 01 00 02 "
                   "c5")
            << QStringList { s(u"Flags: 0x06 (LE General Discoverable Mode, BR/EDR Not Supported)"),
                             s(u"Manufacturer Specific Data: Apple, Inc. (0x004C): iBeacon "
                               u"e2c56db5-dffb-48d2-b060-d0f5a71096e0, major 1, minor 2, measured power -59 "
                               u"dBm") }
            << 0;
        QTest::newRow("Eddystone-URL")
            << hex("03 03 aa fe 0d 16 aa fe 10 ed 00 67 6f 6f 67 6c 65 07")
            << QStringList { s(u"Complete List of 16-bit Service UUIDs: FEAA (Eddystone)"),
                             s(u"Service Data - 16-bit UUID: FEAA (Eddystone): "
                               u"Eddystone-URL http://www.google.com, tx power -19 dBm at 0 m") }
            << 0;
        QTest::newRow("Eddystone-UID")
            << hex("17 16 aa fe 00 e7 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00 00")
            << QStringList { s(u"Service Data - 16-bit UUID: FEAA (Eddystone): Eddystone-UID namespace "
                               u"00112233445566778899, instance aabbccddeeff, tx power -25 dBm at 0 m") }
            << 0;
        QTest::newRow("Eddystone-TLM")
            << hex("11 16 aa fe 20 00 0b b8 18 80 00 00 01 00 00 00 27 10")
            << QStringList { s(
                   u"Service Data - 16-bit UUID: FEAA (Eddystone): Eddystone-TLM battery 3000 mV, "
                   u"temperature 24.50 \u00b0C, 256 advertisements, up 1000.0 s") }
            << 0;
        QTest::newRow("Eddystone-EID")
            << hex("0d 16 aa fe 30 f0 01 02 03 04 05 06 07 08")
            << QStringList { s(
                   u"Service Data - 16-bit UUID: FEAA (Eddystone): Eddystone-EID 0102030405060708, "
                   u"tx power -16 dBm at 0 m") }
            << 0;
        QTest::newRow("zero padding is not an error")
            << hex("02 01 06 00 00 00 00")
            << QStringList { s(u"Flags: 0x06 (LE General Discoverable Mode, BR/EDR Not Supported)") } << 0;

        // --- malformed
        QTest::newRow("length overruns")
            << hex("02 01 06 09 09 41 42")
            << QStringList { s(u"Flags: 0x06 (LE General Discoverable Mode, BR/EDR Not Supported)"),
                             s(u"Complete Local Name: 41 42 (malformed: length 9 overruns the packet: only 3 "
                               u"byte(s) left)") }
            << 1;
        QTest::newRow("lone length byte")
            << hex("02 01 06 05")
            << QStringList { s(u"Flags: 0x06 (LE General Discoverable Mode, BR/EDR "
                               u"Not Supported)") }
            << 1;
        QTest::newRow("3-byte 16-bit list")
            << hex("04 03 0d 18 0f")
            << QStringList { s(
                   u"Complete List of 16-bit Service UUIDs: 180D (Heart Rate) (malformed: 3 byte(s) is "
                   u"not a whole number of 16-bit UUIDs; the last 1 ignored)") }
            << 1;
        QTest::newRow("truncated iBeacon")
            << hex("0a ff 4c 00 02 15 e2 c5 6d b5 df")
            << QStringList { s(u"Manufacturer Specific Data: Apple, Inc. (0x004C): 02 15 E2 C5 6D B5 DF "
                               u"(malformed: truncated iBeacon: 7 of 23 bytes)") }
            << 1;
        QTest::newRow("empty TX power")
            << hex("01 0a")
            << QStringList { s(u"TX Power Level: (empty) (malformed: 0 byte(s) of data, "
                               u"expected 1)") }
            << 1;
        QTest::newRow("manufacturer data without company")
            << hex("02 ff 4c")
            << QStringList { s(
                   u"Manufacturer Specific Data: 4C (malformed: 1 byte(s) of data, too short for a "
                   u"company identifier)") }
            << 1;
        QTest::newRow("truncated Eddystone-TLM")
            << hex("07 16 aa fe 20 00 0b b8")
            << QStringList { s(
                   u"Service Data - 16-bit UUID: FEAA (Eddystone): 20 00 0B B8 (malformed: truncated "
                   u"Eddystone-TLM frame: 4 of 14 bytes)") }
            << 1;
        QTest::newRow("service data 128 too short")
            << hex("05 21 01 02 03 04")
            << QStringList { s(
                   u"Service Data - 128-bit UUID: 01 02 03 04 (malformed: 4 byte(s) of data, too short "
                   u"for a 128-bit UUID)") }
            << 1;
        QTest::newRow("bytes after terminator")
            << hex("02 01 06 00 05 09")
            << QStringList { s(u"Flags: 0x06 (LE General Discoverable Mode, BR/EDR Not Supported)") } << 1;
    }
    void describe()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, lines);
        QFETCH(int, errors);
        const AdvertisingData ad = AdvertisingData::parse(bytes);
        QCOMPARE(ad.describe(), lines);
        QCOMPARE(ad.errors().size(), errors);
        QCOMPARE(ad.isWellFormed(), errors == 0);
        checkInvariants(bytes, ad);
    }

    void errorOffsets()
    {
        AdvertisingData ad = AdvertisingData::parse(hex("02 01 06 09 09 41 42"));
        QCOMPARE(ad.errorStrings(),
                 QStringList { s(
                     u"offset 3: Complete Local Name: length 9 overruns the packet: only 3 byte(s) left") });
        QVERIFY(ad.structures().at(1).truncated);
        QCOMPARE(ad.structures().at(1).rawBytes(), hex("09 09 41 42"));
        QVERIFY(ad.name().isEmpty()); // a truncated name is not offered as the name

        ad = AdvertisingData::parse(hex("02 01 06 00 05 09"));
        QCOMPARE(ad.errors().size(), 1);
        QCOMPARE(ad.errors().first().offset, qsizetype(4));

        ad = AdvertisingData::parse(hex("02 01 06 05"));
        QCOMPARE(ad.errorStrings(),
                 QStringList { s(u"offset 3: length 5 overruns the packet: only 0 byte(s) left") });
    }

    void emptyAndPadding()
    {
        const AdvertisingData empty = AdvertisingData::parse({});
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.isWellFormed());
        const AdvertisingData zeros = AdvertisingData::parse(QByteArray(31, '\0'));
        QVERIFY(zeros.isEmpty());
        QVERIFY(zeros.isWellFormed());
        QCOMPARE(zeros.paddingBytes(), qsizetype(31));
    }

    void accessors()
    {
        const QByteArray bytes = hex("02 01 06" // flags
                                     "05 03 0d 18 0f 18" // complete 16-bit list
                                     "11 07 9e ca dc 24 0e e5 a9 e0 93 f3 a3 b5 01 00 40 6e" // NUS
                                     "02 0a 04" // tx +4
                                     "03 19 41 03" // appearance
                                     "04 16 0f 18 5a" // battery 90 %
                                     "05 ff 59 00 aa bb" // Nordic mfr data
                                     "04 08 48 52 4d"); // shortened name
        const AdvertisingData ad = AdvertisingData::parse(bytes);
        QVERIFY(ad.isWellFormed());
        QCOMPARE(ad.flags(), std::optional<quint8>(0x06));
        QCOMPARE(ad.txPower(), std::optional<qint8>(4));
        QCOMPARE(ad.appearance(), std::optional<quint16>(0x0341));
        QCOMPARE(ad.name(), QStringLiteral("HRM"));
        QVERIFY(!ad.hasCompleteName());
        const QList<Uuid> expected { Uuid(0x180D), Uuid(0x180F),
                                     *Uuid::fromString(u"6e400001-b5a3-f393-e0a9-e50e24dcca9e") };
        QCOMPARE(ad.serviceUuids(), expected);
        QVERIFY(ad.hasCompleteServiceList());
        QCOMPARE(ad.serviceData().size(), 1);
        QCOMPARE(ad.serviceData().first().uuid, Uuid(0x180F));
        QCOMPARE(ad.serviceData().first().data, hex("5a"));
        QCOMPARE(ad.manufacturerData().size(), 1);
        QCOMPARE(ad.manufacturerData().first().companyId, quint16(0x0059));
        QCOMPARE(ad.manufacturerData().first().companyName(), QStringLiteral("Nordic Semiconductor ASA"));
        QCOMPARE(ad.manufacturerData().first().data, hex("aa bb"));
        QVERIFY(!ad.isBeacon());
        QVERIFY(ad.find(AdType::Appearance));
        QVERIFY(!ad.find(AdType::Uri));
        QCOMPARE(ad.structures().at(2).offset, qsizetype(9));

        // Every byte is accounted for: the raw structures rebuild the input.
        QByteArray rebuilt;
        for (const AdStructure &st : ad.structures())
            rebuilt += st.rawBytes();
        QCOMPARE(rebuilt, bytes);
    }

    void mergeWithScanResponse()
    {
        const AdvertisingData adv = AdvertisingData::parse(hex("02 01 06 03 02 0d 18 04 08 48 52 4d"));
        const AdvertisingData rsp
            = AdvertisingData::parse(hex("06 09 48 52 4d 2d 31 02 0a f4 04 ff"), AdSource::ScanResponse);
        const AdvertisingData both = AdvertisingData::merged(adv, rsp);
        QCOMPARE(both.structures().size(), qsizetype(6)); // the truncated one counts
        QCOMPARE(both.name(), QStringLiteral("HRM-1")); // complete beats shortened, whichever packet
        QVERIFY(both.hasCompleteName());
        QCOMPARE(both.txPower(), std::optional<qint8>(-12));
        QVERIFY(!both.hasCompleteServiceList());
        QCOMPARE(both.structures().at(2).source, AdSource::Advertisement);
        QCOMPARE(both.structures().at(3).source, AdSource::ScanResponse);
        QCOMPARE(both.structures().at(3).offset, qsizetype(0));
        QCOMPARE(
            both.errorStrings(),
            QStringList { s(
                u"scan response offset 10: Manufacturer Specific Data: length 4 overruns the packet: only 1 "
                u"byte(s) left") });

        // The source is forced even when the scan response was parsed as an advertisement.
        const AdvertisingData again = AdvertisingData::merged(adv, AdvertisingData::parse(hex("02 0a f4")));
        QCOMPARE(again.structures().last().source, AdSource::ScanResponse);
    }

    void iBeaconFields()
    {
        const AdvertisingData ad = AdvertisingData::parse(
            hex("1a ff 4c 00 02 15 e2 c5 6d b5 df fb 48 d2 b0 60 d0 f5 a7 10 96 e0 12 34 ab cd c5"));
        const auto beacon = ad.iBeacon();
        QVERIFY(beacon);
        QCOMPARE(beacon->proximityUuid, *Uuid::fromString(u"e2c56db5-dffb-48d2-b060-d0f5a71096e0"));
        QCOMPARE(beacon->major, quint16(0x1234)); // big-endian, unlike the company ID
        QCOMPARE(beacon->minor, quint16(0xABCD));
        QCOMPARE(beacon->measuredPower, qint8(-59));
        QVERIFY(ad.isBeacon());

        // Apple data that is not an iBeacon is not decoded as one and is not an error.
        const AdvertisingData other = AdvertisingData::parse(hex("05 ff 4c 00 10 05"));
        QVERIFY(!other.iBeacon());
        QVERIFY(other.isWellFormed());
        // Another company's 02 15 is not an iBeacon either.
        QVERIFY(!IBeacon::parse(0x0059, hex("02 15 00"), nullptr));
    }

    void eddystoneTlm_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("battery");
        QTest::addColumn<double>("temperature"); // NaN = not supported
        QTest::addColumn<quint32>("count");
        QTest::addColumn<quint32>("uptime");
        QTest::newRow("24.5 C") << hex("20 00 0b b8 18 80 00 00 01 00 00 00 27 10") << 3000 << 24.5 << 256u
                                << 10000u;
        QTest::newRow("-0.5 C") << hex("20 00 0c e4 ff 80 12 34 56 78 00 00 00 01") << 3300 << -0.5
                                << 0x12345678u << 1u;
        QTest::newRow("nothing supported")
            << hex("20 00 00 00 80 00 00 00 00 00 00 00 00 00") << 0 << qQNaN() << 0u << 0u;
    }
    void eddystoneTlm()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, battery);
        QFETCH(double, temperature);
        QFETCH(quint32, count);
        QFETCH(quint32, uptime);
        QString error;
        const auto tlm = EddystoneFrame::parse(frame, &error);
        QVERIFY(tlm);
        QVERIFY(error.isEmpty());
        QCOMPARE(tlm->type, EddystoneFrame::Type::Tlm);
        QCOMPARE(tlm->batteryMillivolts, quint16(battery));
        QCOMPARE(tlm->temperatureCelsius.has_value(), !qIsNaN(temperature));
        if (tlm->temperatureCelsius)
            QCOMPARE(*tlm->temperatureCelsius, temperature);
        QCOMPARE(tlm->advertisingCount, count);
        QCOMPARE(tlm->uptimeDeciseconds, uptime);
    }

    void eddystoneUrl_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("error");
        QTest::newRow("https:// + .org/ + path")
            << hex("10 00 03 65 78 01 61 62") << s(u"https://ex.org/ab") << false;
        QTest::newRow("https://www. + .gov")
            << hex("10 00 01 6e 61 73 61 0d") << s(u"https://www.nasa.gov") << false;
        QTest::newRow("all expansions")
            << hex("10 00 02 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d")
            << s(u"http://.com/.org/.edu/.net/.info/.biz/.gov/.com.org.edu.net.info.biz.gov") << false;
        QTest::newRow("reserved byte shown") << hex("10 00 02 61 0e 62") << s(u"http://a\\x0Eb") << true;
    }
    void eddystoneUrl()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, url);
        QFETCH(bool, error);
        QString message;
        const auto parsed = EddystoneFrame::parse(frame, &message);
        QVERIFY(parsed);
        QCOMPARE(parsed->url, url);
        QCOMPARE(!message.isEmpty(), error);
    }

    void eddystoneInvalid_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<bool>("error");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("unknown frame type 0x40") << hex("40 01 02") << false;
        QTest::newRow("URL bad scheme") << hex("10 00 04 61") << true;
        QTest::newRow("URL too short") << hex("10 00") << true;
        QTest::newRow("UID too short") << hex("00 e7 00 11 22") << true;
        QTest::newRow("EID too short") << hex("30 f0 01 02") << true;
    }
    void eddystoneInvalid()
    {
        QFETCH(QByteArray, frame);
        QFETCH(bool, error);
        QString message;
        QVERIFY(!EddystoneFrame::parse(frame, &message));
        QCOMPARE(!message.isEmpty(), error);
    }

    void uriSchemes()
    {
        QCOMPARE(uriSchemeName(0x16), QStringLiteral("http:"));
        QCOMPARE(uriSchemeName(0x17), QStringLiteral("https:"));
        QCOMPARE(uriSchemeName(0x02), QStringLiteral("aaa:"));
        QCOMPARE(uriSchemeName(0x26), QStringLiteral("mailto:"));
        QCOMPARE(uriSchemeName(0xBB), QStringLiteral("bluetooth:"));
        QVERIFY(uriSchemeName(UriNoScheme).isEmpty());
        QVERIFY(uriSchemeName(0x00).isEmpty());
        QVERIFY(uriSchemeName(0xBD).isEmpty());
        // A scheme code above 0x7F is a two-byte UTF-8 sequence: 0xA7 "ssh:" = C2 A7.
        const AdvertisingData ad = AdvertisingData::parse(hex("06 24 c2 a7 2f 2f 68"));
        QCOMPARE(ad.describe(), QStringList { s(u"URI: ssh://h") });
    }

    // Random buffers: no crash, no read outside the buffer (run under ASan to be sure), and
    // the structural invariants hold.
    void fuzz()
    {
        QRandomGenerator rng(20240611);
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes(rng.bounded(0, 48), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            // Bias towards plausible structures: small lengths and known types.
            for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
                if (rng.bounded(2))
                    bytes[i] = char(rng.bounded(0, 12));
                if (rng.bounded(2)) {
                    static constexpr quint8 types[] = { 0x01, 0x03, 0x05, 0x07, 0x09, 0x0A, 0x12, 0x16,
                                                        0x19, 0x1B, 0x20, 0x21, 0x24, 0x2F, 0xFF };
                    bytes[i + 1] = char(types[rng.bounded(int(std::size(types)))]);
                }
            }
            const AdvertisingData ad = AdvertisingData::parse(bytes);
            checkInvariants(bytes, ad);
            if (QTest::currentTestFailed()) {
                qWarning("failing input: %s", bytes.toHex(' ').constData());
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAdvertisingData)
#include "tst_advertisingdata.moc"
