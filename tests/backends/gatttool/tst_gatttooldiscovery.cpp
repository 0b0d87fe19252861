// SPDX-License-Identifier: MIT
// GatttoolDiscovery: the GATT model from gatttool's primary / characteristics / char-desc
// lines, as a real gatttool printed them for the engine-test peripheral (see
// transcripts/connected-dumb.out), in any order.
#include <gattscope/backends/gatttool/gatttooldiscovery.h>

#include <QRandomGenerator>
#include <QTest>

using namespace gattscope;

namespace {

const char *const kPrimary[] = {
    "attr handle: 0x0001, end grp handle: 0x0005 uuid: 00001800-0000-1000-8000-00805f9b34fb",
    "attr handle: 0x0006, end grp handle: 0x000b uuid: 0000180d-0000-1000-8000-00805f9b34fb",
    "attr handle: 0x000c, end grp handle: 0x0016 uuid: 6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10",
};
const char *const kCharacteristics[] = {
    "handle: 0x0002, char properties: 0x02, char value handle: 0x0003, uuid: "
    "00002a00-0000-1000-8000-00805f9b34fb",
    "handle: 0x0004, char properties: 0x02, char value handle: 0x0005, uuid: "
    "00002a01-0000-1000-8000-00805f9b34fb",
    "handle: 0x0007, char properties: 0x10, char value handle: 0x0008, uuid: "
    "00002a37-0000-1000-8000-00805f9b34fb",
    "handle: 0x000a, char properties: 0x02, char value handle: 0x000b, uuid: "
    "00002a38-0000-1000-8000-00805f9b34fb",
    "handle: 0x000d, char properties: 0x0a, char value handle: 0x000e, uuid: "
    "00001234-0000-1000-8000-00805f9b34fb",
    "handle: 0x000f, char properties: 0x0a, char value handle: 0x0010, uuid: "
    "00001235-0000-1000-8000-00805f9b34fb",
    "handle: 0x0011, char properties: 0xa2, char value handle: 0x0012, uuid: "
    "00001236-0000-1000-8000-00805f9b34fb",
    "handle: 0x0015, char properties: 0x02, char value handle: 0x0016, uuid: "
    "00001237-0000-1000-8000-00805f9b34fb",
};
// char-desc lists every attribute: declarations and values too.
const char *const kDescriptors[] = {
    "handle: 0x0001, uuid: 00002800-0000-1000-8000-00805f9b34fb",
    "handle: 0x0002, uuid: 00002803-0000-1000-8000-00805f9b34fb",
    "handle: 0x0003, uuid: 00002a00-0000-1000-8000-00805f9b34fb",
    "handle: 0x0004, uuid: 00002803-0000-1000-8000-00805f9b34fb",
    "handle: 0x0005, uuid: 00002a01-0000-1000-8000-00805f9b34fb",
    "handle: 0x0006, uuid: 00002800-0000-1000-8000-00805f9b34fb",
    "handle: 0x0007, uuid: 00002803-0000-1000-8000-00805f9b34fb",
    "handle: 0x0008, uuid: 00002a37-0000-1000-8000-00805f9b34fb",
    "handle: 0x0009, uuid: 00002902-0000-1000-8000-00805f9b34fb",
    "handle: 0x000a, uuid: 00002803-0000-1000-8000-00805f9b34fb",
    "handle: 0x000b, uuid: 00002a38-0000-1000-8000-00805f9b34fb",
    "handle: 0x000c, uuid: 00002800-0000-1000-8000-00805f9b34fb",
    "handle: 0x000d, uuid: 00002803-0000-1000-8000-00805f9b34fb",
    "handle: 0x000e, uuid: 00001234-0000-1000-8000-00805f9b34fb",
    "handle: 0x000f, uuid: 00002803-0000-1000-8000-00805f9b34fb",
    "handle: 0x0010, uuid: 00001235-0000-1000-8000-00805f9b34fb",
    "handle: 0x0011, uuid: 00002803-0000-1000-8000-00805f9b34fb",
    "handle: 0x0012, uuid: 00001236-0000-1000-8000-00805f9b34fb",
    "handle: 0x0013, uuid: 00002901-0000-1000-8000-00805f9b34fb",
    "handle: 0x0014, uuid: 00002902-0000-1000-8000-00805f9b34fb",
    "handle: 0x0015, uuid: 00002803-0000-1000-8000-00805f9b34fb",
    "handle: 0x0016, uuid: 00001237-0000-1000-8000-00805f9b34fb",
    "handle: 0x0017, uuid: 00002900-0000-1000-8000-00805f9b34fb", // an extended properties descriptor
};

GatttoolEvent parsed(const char *text)
{
    return GatttoolParser::classify(QString::fromLatin1(text), false);
}

} // namespace

class TestGatttoolDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assembles()
    {
        // The last characteristic is given an extended-properties descriptor beyond the
        // service's end: it belongs to nothing and is left out.
        for (int round = 0; round < 5; ++round) {
            QList<const char *> lines;
            for (const char *l : kDescriptors)
                lines.append(l);
            // Order does not matter.
            std::shuffle(lines.begin(), lines.end(), *QRandomGenerator::global());
            GatttoolDiscovery d;
            for (const char *l : kCharacteristics)
                d.addCharacteristic(parsed(l));
            for (const char *l : kPrimary)
                d.addService(parsed(l));
            for (const char *l : std::as_const(lines))
                d.addDescriptor(parsed(l));
            const GattDatabase db(d.services());
            QCOMPARE(db.services().size(), 3);
            QCOMPARE(db.services().at(2).uuid, *Uuid::fromString(u"6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
            QCOMPARE(db.services().at(1).characteristics.size(), 2);
            const Characteristic *hrm = db.characteristicForHandle(0x0008);
            QVERIFY(hrm);
            QCOMPARE(hrm->endHandle, quint16(0x0009));
            QCOMPARE(hrm->descriptors.size(), 1);
            QCOMPARE(hrm->cccdHandle().value(), quint16(0x0009));
            QCOMPARE(quint16(hrm->properties.toInt()), quint16(0x10));
            // 0x1236: user description first, CCCD at value + 2.
            const Characteristic *counter = db.characteristicForHandle(0x0012);
            QCOMPARE(counter->descriptors.size(), 2);
            QCOMPARE(counter->descriptors.at(0).uuid, GattUuid::UserDescription);
            QCOMPARE(counter->cccdHandle().value(), quint16(0x0014));
            QCOMPARE(counter->endHandle, quint16(0x0014));
            // Declarations and values are never descriptors.
            for (const Service &s : db.services()) {
                for (const Characteristic &c : s.characteristics) {
                    for (const Descriptor &desc : c.descriptors) {
                        QVERIFY(desc.handle > c.valueHandle && desc.handle <= c.endHandle);
                        QVERIFY(desc.uuid != GattUuid::CharacteristicDeclaration);
                    }
                }
            }
            QCOMPARE(db.characteristicForHandle(0x0016)->endHandle, quint16(0x0016));
            QVERIFY(db.characteristicForHandle(0x0016)->descriptors.isEmpty());
        }
    }

    void extendedProperties()
    {
        GatttoolDiscovery d;
        d.addService(
            parsed("attr handle: 0x0001, end grp handle: 0x0005 uuid: 0000180d-0000-1000-8000-00805f9b34fb"));
        d.addCharacteristic(parsed("handle: 0x0002, char properties: 0x8a, char value handle: 0x0003, uuid: "
                                   "00002a39-0000-1000-8000-00805f9b34fb"));
        d.addDescriptor(parsed("handle: 0x0004, uuid: 00002900-0000-1000-8000-00805f9b34fb"));
        d.addDescriptor(parsed("handle: 0x0005, uuid: 00002901-0000-1000-8000-00805f9b34fb"));
        QCOMPARE(d.extendedPropertiesHandles(), QList<quint16> { 0x0004 });
        d.setExtendedProperties(0x0004, QByteArray::fromHex("0100"));
        const Characteristic c = d.services().constFirst().characteristics.constFirst();
        QVERIFY(c.properties.testFlag(CharacteristicProperty::ReliableWrite));
        QVERIFY(!c.properties.testFlag(CharacteristicProperty::WritableAuxiliaries));
        QCOMPARE(c.descriptors.constFirst().value, QByteArray::fromHex("0100"));
        QVERIFY(c.descriptors.constFirst().hasValue);
    }

    void emptyAndOdd()
    {
        GatttoolDiscovery nothing;
        QVERIFY(nothing.services().isEmpty());
        // A service with no characteristics, and characteristics outside every service.
        GatttoolDiscovery d;
        d.addService(
            parsed("attr handle: 0x0010, end grp handle: 0x0010 uuid: 0000180f-0000-1000-8000-00805f9b34fb"));
        d.addCharacteristic(parsed("handle: 0x0020, char properties: 0x02, char value handle: 0x0021, uuid: "
                                   "00002a19-0000-1000-8000-00805f9b34fb"));
        const QList<Service> services = d.services();
        QCOMPARE(services.size(), 1);
        QVERIFY(services.constFirst().characteristics.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGatttoolDiscovery)
#include "tst_gatttooldiscovery.moc"
