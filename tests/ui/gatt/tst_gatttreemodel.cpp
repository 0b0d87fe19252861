// SPDX-License-Identifier: MIT
#include "support/fakebackend.h"

#include <gattscope/ui/gatt/gatttreemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace gattscope;
using namespace gattscope::test;
using Column = GattTreeModel::Column;

class TestGattTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void structure()
    {
        GattTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(sampleDatabase());

        QCOMPARE(model.rowCount(), 4);
        const QModelIndex heartRate = model.index(0, 0);
        QCOMPARE(heartRate.data().toString(), QStringLiteral("Heart Rate"));
        QCOMPARE(model.index(0, int(Column::Uuid)).data().toString(), QStringLiteral("180D"));
        QCOMPARE(model.index(0, int(Column::Handles)).data().toString(), QStringLiteral("0x0001–0x0006"));
        QCOMPARE(model.rowCount(heartRate), 2);

        const QModelIndex hrm = model.index(0, 0, heartRate);
        QCOMPARE(hrm.data().toString(), QStringLiteral("Heart Rate Measurement"));
        QCOMPARE(hrm.data(GattTreeModel::KindRole).value<GattTreeModel::Kind>(),
                 GattTreeModel::Kind::Characteristic);
        QCOMPARE(hrm.data(GattTreeModel::HandleRole).value<quint16>(), Handle::HeartRateMeasurement);
        QCOMPARE(model.index(0, int(Column::Properties), heartRate).data().toString(), QStringLiteral("N"));
        QCOMPARE(model.rowCount(hrm), 1);
        const QModelIndex cccd = model.index(0, 0, hrm);
        QCOMPARE(cccd.data().toString(), QStringLiteral("Client Characteristic Configuration"));
        QCOMPARE(cccd.parent(), hrm);
        QCOMPARE(hrm.parent(), heartRate);
        QVERIFY(!heartRate.parent().isValid());

        QCOMPARE(model.indexForHandle(Handle::BatteryCccd).data().toString(),
                 QStringLiteral("Client Characteristic Configuration"));
        QVERIFY(!model.indexForHandle(0x0100).isValid());
        QVERIFY(!model.index(0, 0, cccd).isValid());
    }

    void valuesUpdateInPlace()
    {
        GattTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(sampleDatabase());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QModelIndex battery = model.indexForHandle(Handle::BatteryLevel, Column::Value);
        QVERIFY(!battery.data(GattTreeModel::RawValueRole).isValid());
        QVERIFY(model.setValue(Handle::BatteryLevel, QByteArray::fromHex("5a")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), battery);
        QCOMPARE(battery.data(GattTreeModel::RawValueRole).toByteArray(), QByteArray::fromHex("5a"));
        QVERIFY(!battery.data().toString().isEmpty());

        QVERIFY(!model.setValue(0x0100, QByteArray("x"))); // no such attribute
        QVERIFY(!model.setValue(0x0001, QByteArray("x"))); // a service declaration
        QCOMPARE(changed.size(), 1);

        // A batch: one dataChanged per distinct handle, the last value wins.
        QList<Notification> batch;
        for (int i = 0; i < 100; ++i)
            batch << Notification { Handle::HeartRateMeasurement, QByteArray::fromHex("00") + char(60 + i), 0,
                                    Notification::Kind::Notification };
        batch << Notification { Handle::BatteryLevel, QByteArray::fromHex("10"), 0,
                                Notification::Kind::Notification };
        changed.clear();
        model.applyNotifications(batch);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.indexForHandle(Handle::HeartRateMeasurement)
                     .data(GattTreeModel::RawValueRole)
                     .toByteArray(),
                 QByteArray::fromHex("00") + char(60 + 99));
        QCOMPARE(reset.size(), 0);
    }

    void vendorNamesAreEditable()
    {
        GattTreeModel model;
        model.setDatabase(sampleDatabase());
        const QModelIndex secret = model.indexForHandle(Handle::Secret);
        const QModelIndex battery = model.indexForHandle(Handle::BatteryLevel);
        QVERIFY(!(model.flags(battery) & Qt::ItemIsEditable));
        QVERIFY(model.flags(secret) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.indexForHandle(Handle::Secret, Column::Uuid)) & Qt::ItemIsEditable));
        QCOMPARE(secret.data().toString(), QStringLiteral("Unknown characteristic"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(secret, QStringLiteral("Calibration secret")));
        QCOMPARE(secret.data().toString(), QStringLiteral("Calibration secret"));
        QVERIFY(!changed.isEmpty());

        // Saved: a fresh model shows it too.
        GattTreeModel other;
        other.setDatabase(sampleDatabase());
        QCOMPARE(other.indexForHandle(Handle::Secret).data().toString(),
                 QStringLiteral("Calibration secret"));

        QVERIFY(model.setData(secret, QString())); // clearing restores the generic name
        QCOMPARE(secret.data().toString(), QStringLiteral("Unknown characteristic"));
        QVERIFY(!model.setData(battery, QStringLiteral("nope")));
    }

    void userDescriptionNamesACharacteristic_data()
    {
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QByteArray("Secret") << QStringLiteral("Secret");
        QTest::newRow("layout hint dropped")
            << QByteArray("Secret (mg) <hhh") << QStringLiteral("Secret (mg)");
        QTest::newRow("bad hint kept") << QByteArray("Secret <q") << QStringLiteral("Secret <q");
        QTest::newRow("blank") << QByteArray("  ") << QStringLiteral("Unknown characteristic");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Unknown characteristic");
    }

    void userDescriptionNamesACharacteristic()
    {
        QFETCH(QByteArray, description);
        QFETCH(QString, name);
        GattTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(sampleDatabase());
        const QModelIndex secret = model.indexForHandle(Handle::Secret);
        QCOMPARE(secret.data().toString(), QStringLiteral("Unknown characteristic")); // not read yet

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setValue(Handle::SecretUserDescription, description));
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).toModelIndex() == secret;
        }));
        QCOMPARE(secret.data().toString(), name);
        QCOMPARE(model.indexForHandle(Handle::Secret, Column::Uuid).data().toString(),
                 model.database().characteristicForHandle(Handle::Secret)->uuid.toString());
        const bool described = name != QStringLiteral("Unknown characteristic");
        QCOMPARE(secret.data(Qt::ToolTipRole).toString().contains(QStringLiteral("User Description")),
                 described);
        QCOMPARE(GattTreeModel::displayName(*model.database().characteristicForHandle(Handle::Secret)), name);

        // The user's name wins.
        QVERIFY(model.setData(secret, QStringLiteral("Calibration secret")));
        QCOMPARE(secret.data().toString(), QStringLiteral("Calibration secret"));
        QVERIFY(!secret.data(Qt::ToolTipRole).toString().contains(QStringLiteral("User Description")));
        QVERIFY(model.setData(secret, QString()));
        QCOMPARE(secret.data().toString(), name);
    }

    void resetOnNewDatabase()
    {
        GattTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(sampleDatabase());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(sampleDatabase());
        QCOMPARE(model.rowCount(), 4);
    }
};

QTEST_MAIN(TestGattTreeModel)
#include "tst_gatttreemodel.moc"
