// SPDX-License-Identifier: MIT
#include <gattscope/core/gatt/gattdatabase.h>

#include <QTest>

using namespace gattscope;

namespace {
// Two battery services (same UUIDs twice) and a characteristic whose CCCD is not at
// value handle + 1 (a User Description sits in between).
GattDatabase sample()
{
    Service battery1 { 0x0001, 0x0004, Uuid(0x180F), true, {}, {} };
    Characteristic level1 {
        0x0002, 0x0003, 0x0004, Uuid(0x2A19), CharacteristicProperty::Read | CharacteristicProperty::Notify,
        {},     false,  {}
    };
    level1.descriptors.append({ 0x0004, GattUuid::ClientCharacteristicConfiguration, {}, false });
    battery1.characteristics.append(level1);

    Service battery2 { 0x0005, 0x0009, Uuid(0x180F), true, {}, {} };
    Characteristic level2 {
        0x0006, 0x0007, 0x0009, Uuid(0x2A19), CharacteristicProperty::Read | CharacteristicProperty::Notify,
        {},     false,  {}
    };
    level2.descriptors.append({ 0x0008, GattUuid::UserDescription, QByteArray("Second"), true });
    level2.descriptors.append({ 0x0009, GattUuid::ClientCharacteristicConfiguration, {}, false });
    battery2.characteristics.append(level2);
    return GattDatabase({ battery1, battery2 });
}
} // namespace

class TestGattDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookupByHandle()
    {
        const GattDatabase db = sample();
        QCOMPARE(db.kindOfHandle(0x0001), GattDatabase::AttributeKind::Service);
        QCOMPARE(db.kindOfHandle(0x0002), GattDatabase::AttributeKind::CharacteristicDeclaration);
        QCOMPARE(db.kindOfHandle(0x0007), GattDatabase::AttributeKind::CharacteristicValue);
        QCOMPARE(db.kindOfHandle(0x0008), GattDatabase::AttributeKind::Descriptor);
        QCOMPARE(db.kindOfHandle(0x0100), GattDatabase::AttributeKind::None);
        QCOMPARE(db.characteristicForHandle(0x0009)->valueHandle, quint16(0x0007));
        QCOMPARE(db.serviceForHandle(0x0008)->startHandle, quint16(0x0005));
        QCOMPARE(db.descriptorForHandle(0x0008)->uuid, GattUuid::UserDescription);
        QVERIFY(!db.descriptorForHandle(0x0007));
        QCOMPARE(db.attributeCount(), 9);
    }

    void sameUuidInTwoServices()
    {
        const GattDatabase db = sample();
        const auto chars = db.characteristicsByUuid(Uuid(0x2A19));
        QCOMPARE(chars.size(), 2);
        QCOMPARE(chars[0]->valueHandle, quint16(0x0003));
        QCOMPARE(chars[1]->valueHandle, quint16(0x0007));
        QCOMPARE(db.servicesByUuid(Uuid(0x180F)).size(), 2);
        QCOMPARE(db.characteristic(Uuid(0x180F), Uuid(0x2A19))->valueHandle, quint16(0x0003));
        QVERIFY(!db.characteristic(Uuid(0x180D), Uuid(0x2A19)));
    }

    void cccdIsTheDiscoveredOne()
    {
        const GattDatabase db = sample();
        QCOMPARE(db.characteristicForHandle(0x0003)->cccdHandle().value(), quint16(0x0004));
        // Not value handle + 1: the User Description comes first.
        QCOMPARE(db.characteristicForHandle(0x0007)->cccdHandle().value(), quint16(0x0009));
    }

    void values()
    {
        GattDatabase db = sample();
        QVERIFY(!db.value(0x0003));
        QVERIFY(db.setValue(0x0003, QByteArray("\x64", 1)));
        QCOMPARE(db.value(0x0003).value(), QByteArray("\x64", 1));
        QVERIFY(db.setValue(0x0009, QByteArray::fromHex("0100")));
        QCOMPARE(db.value(0x0009).value(), QByteArray::fromHex("0100"));
        QVERIFY(!db.setValue(0x0002, QByteArray("x"))); // declarations are not values
        QVERIFY(!db.setValue(0x0200, QByteArray("x")));
        // A copy is independent.
        GattDatabase copy = db;
        copy.setValue(0x0003, QByteArray("\x10", 1));
        QCOMPARE(db.value(0x0003).value(), QByteArray("\x64", 1));
    }

    void badges()
    {
        QCOMPARE(propertyBadges(CharacteristicProperty::Read | CharacteristicProperty::Write
                                | CharacteristicProperty::WriteWithoutResponse
                                | CharacteristicProperty::Notify | CharacteristicProperty::Indicate
                                | CharacteristicProperty::AuthenticatedSignedWrites
                                | CharacteristicProperty::ExtendedProperties),
                 QStringLiteral("R W WnR N I Auth Ext"));
        QCOMPARE(propertyBadges({}), QString());
    }
};

QTEST_APPLESS_MAIN(TestGattDatabase)
#include "tst_gattdatabase.moc"
