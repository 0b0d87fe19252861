// SPDX-License-Identifier: MIT
// BluezError: org.bluez.Error.* and bus errors → typed Errors, vectors from BlueZ's
// src/error.c and src/gatt-client.c (create_gatt_dbus_error), and Device1.Disconnected
// reasons → HCI reasons.
#include <gattscope/backends/bluez/bluezerror.h>

#include <QTest>

using namespace gattscope;

class TestBluezError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        using C = BluezError::Call;
        using K = Error::Kind;
        // src/gatt-client.c create_gatt_dbus_error()
        QTest::newRow("ATT code in the text")
            << QStringLiteral("org.bluez.Error.Failed")
            << QStringLiteral("Operation failed with ATT error: 0x0e") << int(C::Gatt) << int(K::Att) << 0x0E;
        QTest::newRow("application error")
            << QStringLiteral("org.bluez.Error.Failed")
            << QStringLiteral("Operation failed with ATT error: 0x80") << int(C::Gatt) << int(K::Att) << 0x80;
        QTest::newRow("read not permitted")
            << QStringLiteral("org.bluez.Error.NotPermitted") << QStringLiteral("Read not permitted")
            << int(C::Gatt) << int(K::Att) << 0x02;
        QTest::newRow("write not permitted")
            << QStringLiteral("org.bluez.Error.NotPermitted") << QStringLiteral("Write not permitted")
            << int(C::Gatt) << int(K::Att) << 0x03;
        QTest::newRow("not paired") << QStringLiteral("org.bluez.Error.NotPermitted")
                                    << QStringLiteral("Not paired") << int(C::Gatt) << int(K::Att) << 0x05;
        QTest::newRow("invalid offset")
            << QStringLiteral("org.bluez.Error.InvalidArguments") << QStringLiteral("Invalid offset")
            << int(C::Gatt) << int(K::Att) << 0x07;
        QTest::newRow("invalid length")
            << QStringLiteral("org.bluez.Error.InvalidArguments") << QStringLiteral("Invalid Length")
            << int(C::Gatt) << int(K::Att) << 0x0D;
        QTest::newRow("authorization")
            << QStringLiteral("org.bluez.Error.NotAuthorized") << QStringLiteral("Operation Not Authorized")
            << int(C::Gatt) << int(K::Att) << 0x08;
        QTest::newRow("not supported")
            << QStringLiteral("org.bluez.Error.NotSupported") << QStringLiteral("Operation is not supported")
            << int(C::Gatt) << int(K::Att) << 0x06;
        // Connect (src/error.c btd_error_le_errno)
        QTest::newRow("nobody answered")
            << QStringLiteral("org.bluez.Error.Failed") << QStringLiteral("le-connection-abort-by-local")
            << int(C::Connect) << int(K::Controller) << 0x3E;
        QTest::newRow("peer ended it")
            << QStringLiteral("org.bluez.Error.Failed") << QStringLiteral("le-connection-abort-by-remote")
            << int(C::Connect) << int(K::Controller) << 0x13;
        QTest::newRow("adapter off") << QStringLiteral("org.bluez.Error.NotReady")
                                     << QStringLiteral("Resource Not Ready") << int(C::Connect)
                                     << int(K::PoweredOff) << 0;
        QTest::newRow("rfkill") << QStringLiteral("org.bluez.Error.Failed")
                                << QStringLiteral("Blocked through rfkill") << int(C::Adapter)
                                << int(K::PoweredOff) << 0;
        // Pair
        QTest::newRow("wrong passkey")
            << QStringLiteral("org.bluez.Error.AuthenticationFailed")
            << QStringLiteral("Authentication Failed") << int(C::Pair) << int(K::Security) << 0x04;
        QTest::newRow("cancelled") << QStringLiteral("org.bluez.Error.AuthenticationCanceled")
                                   << QStringLiteral("Authentication Canceled") << int(C::Pair)
                                   << int(K::Cancelled) << 0;
        // The bus
        QTest::newRow("bluetoothd not running") << QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown")
                                                << QStringLiteral("The name org.bluez was not provided")
                                                << int(C::Adapter) << int(K::TransportLost) << 0;
        QTest::newRow("policy says no")
            << QStringLiteral("org.freedesktop.DBus.Error.AccessDenied")
            << QStringLiteral("Rejected send message") << int(C::Adapter) << int(K::PermissionDenied) << 0;
        QTest::newRow("no answer") << QStringLiteral("org.freedesktop.DBus.Error.NoReply") << QString()
                                   << int(C::Gatt) << int(K::Timeout) << 0;
        QTest::newRow("unknown") << QStringLiteral("org.example.Weird") << QStringLiteral("?") << int(C::Gatt)
                                 << int(K::Backend) << 0;
        QTest::newRow("empty") << QString() << QString() << int(C::Connect) << int(K::Backend) << 0;
    }
    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QFETCH(int, call);
        QFETCH(int, kind);
        QFETCH(int, code);
        const Error e
            = BluezError::fromReply(name, message, BluezError::Call(call), QStringLiteral("reading 0x0012"));
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(int(e.code()), code);
        QVERIFY(e.message().startsWith(QStringLiteral("reading 0x0012")));
        if (kind == int(Error::Kind::PermissionDenied))
            QVERIFY(e.message().contains(QStringLiteral("bluetooth' group")));
        if (kind == int(Error::Kind::TransportLost) && name.contains(QStringLiteral("ServiceUnknown")))
            QVERIFY(e.message().contains(QStringLiteral("systemctl start bluetooth")));
    }

    void disconnectReasons_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("timeout") << QStringLiteral("org.bluez.Reason.Timeout") << int(Error::Kind::Controller)
                                 << 0x08;
        QTest::newRow("remote") << QStringLiteral("org.bluez.Reason.Remote") << int(Error::Kind::Controller)
                                << 0x13;
        QTest::newRow("local") << QStringLiteral("org.bluez.Reason.Local") << int(Error::Kind::Controller)
                               << 0x16;
        QTest::newRow("auth") << QStringLiteral("org.bluez.Reason.Authentication")
                              << int(Error::Kind::Controller) << 0x05;
        QTest::newRow("unknown") << QStringLiteral("org.bluez.Reason.Unknown")
                                 << int(Error::Kind::Disconnected) << 0;
        QTest::newRow("garbage") << QStringLiteral("x") << int(Error::Kind::Disconnected) << 0;
    }
    void disconnectReasons()
    {
        QFETCH(QString, reason);
        QFETCH(int, kind);
        QFETCH(int, code);
        const Error e = BluezError::disconnectReason(reason, QStringLiteral("said"));
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(int(e.code()), code);
    }
};

QTEST_GUILESS_MAIN(TestBluezError)
#include "tst_bluezerror.moc"
