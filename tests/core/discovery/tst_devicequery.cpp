// SPDX-License-Identifier: MIT
// What the user types for a device, the scan filters, and the devices a scan heard.
#include <gattscope/core/discovery/devicequery.h>
#include <gattscope/core/discovery/discovereddevices.h>
#include <gattscope/core/discovery/scanfilter.h>

#include <QTest>

using namespace gattscope;

namespace {
const DeviceAddress kHrm(0xC098E5490001, AddressType::RandomStatic);
const DeviceAddress kOther(0xC55900123456, AddressType::Public);

Advertisement report(const DeviceAddress &address, const char *hex, AdvertisementKind kind, qint8 rssi = -60)
{
    Advertisement a;
    a.address = address;
    a.data = QByteArray::fromHex(hex);
    a.kind = kind;
    a.rssi = rssi;
    a.timestampUs = 1000;
    return a;
}
} // namespace

class TestDeviceQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isAddress");
        QTest::addColumn<bool>("hrm");
        QTest::addColumn<bool>("other");
        QTest::newRow("address") << QStringLiteral("C0:98:E5:49:00:01") << true << true << false;
        QTest::newRow("address, lower case, any type")
            << QStringLiteral("c0:98:e5:49:00:01") << true << true << false;
        QTest::newRow("address without colons") << QStringLiteral("C098E5490001") << true << true << false;
        QTest::newRow("name") << QStringLiteral("HRM Strap") << false << true << false;
        QTest::newRow("name, other case") << QStringLiteral("hrm strap") << false << true << false;
        QTest::newRow("part of a name") << QStringLiteral("HRM") << false << false << false;
        QTest::newRow("trimmed") << QStringLiteral("  HRM Strap ") << false << true << false;
        QTest::newRow("empty") << QString() << false << false << false;
    }
    void matches()
    {
        QFETCH(QString, text);
        QFETCH(bool, isAddress);
        QFETCH(bool, hrm);
        QFETCH(bool, other);
        const DeviceQuery q = DeviceQuery::parse(text);
        QCOMPARE(q.isAddress(), isAddress);
        QCOMPARE(q.matches(kHrm, QStringLiteral("HRM Strap")), hrm);
        QCOMPARE(q.matches(kOther, QString()), other);
    }

    // The advertisement and the scan response of one device are merged; the name may only be
    // in the scan response.
    void mergesScanResponses()
    {
        DiscoveredDevices devices;
        QCOMPARE(devices.update({ report(kHrm, "020106", AdvertisementKind::ConnectableUndirected) }),
                 (QList<qsizetype> { 0 }));
        QVERIFY(devices.devices().first().name().isEmpty());
        const QList<qsizetype> touched
            = devices.update({ report(kHrm, "0a0948524d205374726170", AdvertisementKind::ScanResponse, -70),
                               report(kOther, "02010603030d18", AdvertisementKind::NonConnectable) });
        QCOMPARE(touched, (QList<qsizetype> { 0, 1 }));
        const DiscoveredDevice &hrm = devices.devices().first();
        QCOMPARE(hrm.name(), QStringLiteral("HRM Strap"));
        QCOMPARE(hrm.advertisement, QByteArray::fromHex("020106"));
        QVERIFY(hrm.connectable);
        QCOMPARE(hrm.rssi, qint8(-70));
        QCOMPARE(hrm.reports, quint64(2));
        QVERIFY(!devices.find(kOther)->connectable);
        QVERIFY(devices.find(DeviceAddress(0xC098E5490001))); // any address type
        QVERIFY(!devices.find(DeviceAddress(0x1)));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("regex");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("minRssi");
        QTest::addColumn<bool>("hrm");
        QTest::addColumn<bool>("other");
        QTest::newRow("none") << QString() << QString() << QString() << 0 << true << true;
        QTest::newRow("name contains")
            << QStringLiteral("strap") << QString() << QString() << 0 << true << false;
        QTest::newRow("regex") << QString() << QStringLiteral("^HRM\\s") << QString() << 0 << true << false;
        QTest::newRow("service") << QString() << QString() << QStringLiteral("180d") << 0 << false << true;
        QTest::newRow("rssi") << QString() << QString() << QString() << -65 << false << true;
    }
    void filters()
    {
        QFETCH(QString, name);
        QFETCH(QString, regex);
        QFETCH(QString, service);
        QFETCH(int, minRssi);
        QFETCH(bool, hrm);
        QFETCH(bool, other);
        DiscoveredDevices devices;
        devices.update(
            { report(kHrm, "0a0948524d205374726170", AdvertisementKind::ConnectableUndirected, -70),
              report(kOther, "02010603030d18", AdvertisementKind::NonConnectable, -50) });
        ScanFilter f;
        f.nameContains = name;
        f.nameRegex = QRegularExpression(regex);
        if (!service.isEmpty())
            f.services = { *Uuid::fromString(service) };
        if (minRssi != 0)
            f.minRssi = minRssi;
        QCOMPARE(f.isEmpty(), name.isEmpty() && regex.isEmpty() && service.isEmpty() && minRssi == 0);
        QCOMPARE(f.matches(*devices.find(kHrm)), hrm);
        QCOMPARE(f.matches(*devices.find(kOther)), other);
    }
};

QTEST_GUILESS_MAIN(TestDeviceQuery)
#include "tst_devicequery.moc"
