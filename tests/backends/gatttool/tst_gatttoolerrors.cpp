// SPDX-License-Identifier: MIT
// GatttoolErrors: gatttool's error lines (BlueZ 5.66 texts) as typed errors.
#include <gattscope/backends/gatttool/gatttoolerrors.h>

#include <QTest>

using namespace gattscope;

namespace {

GatttoolEvent line(const char *text)
{
    return GatttoolParser::classify(QString::fromLatin1(text), false);
}

} // namespace

class TestGatttoolErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEvent_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("can't be read")
            << QByteArray("Error: Characteristic value/descriptor read failed: Attribute can't be read")
            << int(Error::Kind::Att) << 0x02;
        QTest::newRow("authentication") << QByteArray(
            "Error: Characteristic Write Request failed: Attribute requires authentication before read/write")
                                        << int(Error::Kind::Att) << 0x05;
        QTest::newRow("unlikely") << QByteArray("Error: Discover all primary services failed: Request "
                                                "attribute has encountered an unlikely error")
                                  << int(Error::Kind::Att) << 0x0E;
        QTest::newRow("gatttool's own timeout")
            << QByteArray("Error: Characteristic Write Request failed: A timeout occured")
            << int(Error::Kind::Timeout) << 0;
        QTest::newRow("I/O") << QByteArray(
            "Error: Discover all characteristics failed: Internal application error: I/O")
                             << int(Error::Kind::Protocol) << 0;
        QTest::newRow("aborted") << QByteArray(
            "Error: Characteristic value/descriptor read failed: The operation was aborted")
                                 << int(Error::Kind::Cancelled) << 0;
        QTest::newRow("code without text")
            << QByteArray("Error: Characteristic Write Request failed: Unexpected error code")
            << int(Error::Kind::Backend) << 0;
        QTest::newRow("protocol error")
            << QByteArray("Error: Protocol error") << int(Error::Kind::Protocol) << 0;
        QTest::newRow("argument") << QByteArray("Error: Invalid handle: zz")
                                  << int(Error::Kind::InvalidArgument) << 0;
        QTest::newRow("usage") << QByteArray("Usage: char-write-req <handle> <new value>")
                               << int(Error::Kind::InvalidArgument) << 0;
        QTest::newRow("disconnected")
            << QByteArray("Command Failed: Disconnected") << int(Error::Kind::Disconnected) << 0;
        QTest::newRow("LE only") << QByteArray(
            "Command Failed: Operation is only available for LE transport.")
                                 << int(Error::Kind::NotSupported) << 0;
        QTest::newRow("unknown command")
            << QByteArray("Error: frobnicate: command not found") << int(Error::Kind::NotSupported) << 0;
        QTest::newRow("something new")
            << QByteArray("Error: something nobody printed before") << int(Error::Kind::Backend) << 0;
    }
    void fromEvent()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(int, code);
        const GatttoolEvent e = line(text.constData());
        const Error error = GatttoolErrors::fromEvent(e, QStringLiteral("reading handle 0x0003"));
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(int(error.code()), code);
        // Every error says what was being done or what gatttool said.
        QVERIFY(!error.message().isEmpty());
        if (error.kind() != Error::Kind::Att)
            QVERIFY2(error.message().contains(e.text), qPrintable(error.message()));
        else
            QVERIFY(error.message().contains(u"0x0003"));
    }

    void connectFailed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("refused (5.66)")
            << QByteArray("Error: connect to AA:BB:CC:DD:EE:FF: Connection refused (111)")
            << int(Error::Kind::Controller) << 0x3E << QStringLiteral("Connection refused");
        QTest::newRow("refused (older BlueZ)")
            << QByteArray("Error: connect error: Connection refused (111)") << int(Error::Kind::Controller)
            << 0x3E << QStringLiteral("refused");
        QTest::newRow("host down") << QByteArray("Error: connect to AA:BB:CC:DD:EE:FF: Host is down (112)")
                                   << int(Error::Kind::Controller) << 0x3E << QStringLiteral("Host is down");
        QTest::newRow("timed out") << QByteArray(
            "Error: connect to AA:BB:CC:DD:EE:FF: Connection timed out (110)")
                                   << int(Error::Kind::Timeout) << 0 << QStringLiteral("timed out");
        QTest::newRow("busy") << QByteArray(
            "Error: connect to AA:BB:CC:DD:EE:FF: Device or resource busy (16)")
                              << int(Error::Kind::Busy) << 0 << QStringLiteral("busy");
        QTest::newRow("no adapter") << QByteArray(
            "Error: connect to AA:BB:CC:DD:EE:FF: No route to host (113)")
                                    << int(Error::Kind::TransportLost) << 0 << QStringLiteral("adapter");
        QTest::newRow("no bluetooth")
            << QByteArray("Error: socket(SEQPACKET, L2CAP): Address family not supported by protocol (97)")
            << int(Error::Kind::TransportLost) << 0 << QStringLiteral("no Bluetooth");
        QTest::newRow("permission") << QByteArray(
            "Error: connect to AA:BB:CC:DD:EE:FF: Permission denied (13)")
                                    << int(Error::Kind::Backend) << 0 << QStringLiteral("setcap");
        QTest::newRow("not permitted")
            << QByteArray("Error: connect to AA:BB:CC:DD:EE:FF: Operation not permitted (1)")
            << int(Error::Kind::Backend) << 0 << QStringLiteral("permission denied");
        QTest::newRow("other errno") << QByteArray(
            "Error: connect to AA:BB:CC:DD:EE:FF: Invalid argument (22)")
                                     << int(Error::Kind::Backend) << 0 << QStringLiteral("Invalid argument");
    }
    void connectFailed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Error error = GatttoolErrors::connectFailed(line(text.constData()));
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(int(error.code()), code);
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestGatttoolErrors)
#include "tst_gatttoolerrors.moc"
