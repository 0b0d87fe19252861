// SPDX-License-Identifier: MIT
// Engine conversations driven by raw BGAPI packets, checked byte by byte (bgapi.md §5).
#include "support/bgapitesthost.h"
#include "support/testprofile.h"

#include <gattscope/backends/virtual/loopbackdevice.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/valuegenerator.h>
#include <gattscope/backends/virtual/virtualdongle.h>
#include <gattscope/backends/virtual/virtualperipheral.h>

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace gattscope;
using namespace gattscope::test;

namespace {

// 6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10, little-endian.
const char *const kCustomUuidLe = "10 9F 0E 1D 2C 5A 4B 9E 3E 4F 3A 8C 01 00 77 6A";

QString hex(const QString &s)
{
    return s.simplified().toUpper();
}

QString hex(const char *s)
{
    return hex(QString::fromLatin1(s));
}

} // namespace

class TestVirtualDongle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<VirtualDongle> m_dongle;
    std::unique_ptr<LoopbackDevice> m_port;
    std::unique_ptr<BgapiTestHost> m_host;

    void start(VirtualDongleOptions options = VirtualDongleOptions())
    {
        options.connectDelayMs = 0;
        options.encryptDelayMs = 0;
        options.bootDelayMs = 0;
        m_dongle = std::make_unique<VirtualDongle>(options);
        const Result<ProfileSet> set = ProfileLoader::loadJson(testProfileJson(), QStringLiteral("test"));
        QVERIFY2(set.ok(), qPrintable(set.error().message()));
        m_dongle->addProfiles(set.value());
        m_port.reset(m_dongle->createLoopback());
        m_host = std::make_unique<BgapiTestHost>(m_port.get());
    }

    // Sends a command and compares what comes back, packet by packet.
    void exchange(const char *command, const QStringList &expected)
    {
        m_host->send(command);
        for (const QString &e : expected)
            QCOMPARE(m_host->next(), hex(e));
    }

    void connectTestPeripheral()
    {
        exchange("00 0F 06 03 55 44 33 22 11 00 00 3C 00 4C 00 64 00 00 00",
                 { QStringLiteral("00 03 06 03 00 00 00"),
                   QStringLiteral("80 10 03 00 00 05 55 44 33 22 11 00 00 4C 00 64 00 00 00 FF") });
    }

private Q_SLOTS:
    void cleanup()
    {
        m_host.reset();
        m_port.reset();
        m_dongle.reset();
    }

    void system()
    {
        start();
        exchange("00 00 00 01", { QStringLiteral("00 00 00 01") });
        exchange("00 00 00 08", { QStringLiteral("00 0C 00 08 01 00 03 00 02 00 7A 00 04 00 01 01") });
        exchange("00 00 00 02", { QStringLiteral("00 06 00 02 C3 B2 A1 80 07 00") });
        exchange("00 00 00 06", { QStringLiteral("00 01 00 06 03") });
        // Unknown class/ID: a response with invalid_command.
        exchange("00 00 07 0F", { QStringLiteral("00 02 07 0F 84 01") });
        // End procedure with nothing running: wrong_state.
        exchange("00 00 06 04", { QStringLiteral("00 02 06 04 81 01") });
    }

    void scan()
    {
        start();
        m_host->ignoreNotifications = true;
        exchange("00 05 06 07 4B 00 32 00 01", { QStringLiteral("00 02 06 07 00 00") });
        exchange("00 01 06 02 02", { QStringLiteral("00 02 06 02 00 00") });
        // A second discover while scanning is refused.
        m_host->send("00 01 06 02 02");
        const QString adv = hex("80 11 06 00 C4 00 55 44 33 22 11 00 00 FF 06 02 01 06 02 09 54");
        const QString rsp = hex("80 0E 06 00 C4 04 55 44 33 22 11 00 00 FF 03 02 0A 04");
        bool refused = false;
        int advertisements = 0;
        int scanResponses = 0;
        for (int i = 0; i < 200 && (advertisements < 3 || !refused); ++i) {
            const QString p = m_host->next();
            QVERIFY(p != u"<timeout>");
            if (p == hex("00 02 06 02 81 01")) {
                refused = true;
                continue;
            }
            if (p.startsWith(hex("80 11 06 00 C4 00 55"))) {
                QCOMPARE(p, adv);
                ++advertisements;
                // Active scan: the scan response follows its advertisement.
                QCOMPARE(m_host->next(), rsp);
                ++scanResponses;
            }
        }
        QVERIFY(refused);
        QCOMPARE(scanResponses, advertisements);
        exchange("00 00 06 04", {});
        // Reports may have been queued before the end; the response is in the stream.
        QString p;
        do {
            p = m_host->next();
        } while (p.startsWith(u"80"));
        QCOMPARE(p, hex("00 02 06 04 00 00"));
        QVERIFY(!m_dongle->isScanning());
    }

    void connectAndDiscover()
    {
        start();
        connectTestPeripheral();
        QCOMPARE(m_dongle->connectionCount(), 1);
        // Primary services.
        exchange("00 08 04 01 00 01 00 FF FF 02 00 28",
                 { QStringLiteral("00 03 04 01 00 00 00"),
                   QStringLiteral("80 08 04 02 00 01 00 05 00 02 00 18"),
                   QStringLiteral("80 08 04 02 00 06 00 0B 00 02 0D 18"),
                   QStringLiteral("80 16 04 02 00 0C 00 16 00 10 ") + QLatin1StringView(kCustomUuidLe),
                   QStringLiteral("80 05 04 01 00 00 00 FF FF") });
        // Attributes of the heart-rate service.
        exchange("00 05 04 03 00 06 00 0B 00",
                 { QStringLiteral("00 03 04 03 00 00 00"), QStringLiteral("80 06 04 04 00 06 00 02 00 28"),
                   QStringLiteral("80 06 04 04 00 07 00 02 03 28"),
                   QStringLiteral("80 06 04 04 00 08 00 02 37 2A"),
                   QStringLiteral("80 06 04 04 00 09 00 02 02 29"),
                   QStringLiteral("80 06 04 04 00 0A 00 02 03 28"),
                   QStringLiteral("80 06 04 04 00 0B 00 02 38 2A"),
                   QStringLiteral("80 05 04 01 00 00 00 0B 00") });
        // Characteristic declarations of the custom service.
        exchange("00 08 04 02 00 0C 00 16 00 02 03 28",
                 { QStringLiteral("00 03 04 02 00 00 00"),
                   QStringLiteral("80 0A 04 05 00 0D 00 03 05 0A 0E 00 34 12"),
                   QStringLiteral("80 0A 04 05 00 0F 00 03 05 0A 10 00 35 12"),
                   QStringLiteral("80 0A 04 05 00 11 00 03 05 22 12 00 36 12"),
                   QStringLiteral("80 0A 04 05 00 15 00 03 05 02 16 00 37 12"),
                   QStringLiteral("80 05 04 01 00 00 00 16 00") });
        // The CCCD of 1236 comes after its user description: value handle + 2.
        exchange("00 05 04 03 00 13 00 14 00",
                 { QStringLiteral("00 03 04 03 00 00 00"), QStringLiteral("80 06 04 04 00 13 00 02 01 29"),
                   QStringLiteral("80 06 04 04 00 14 00 02 02 29"),
                   QStringLiteral("80 05 04 01 00 00 00 14 00") });
        // Nothing past the end.
        exchange("00 05 04 03 00 17 00 FF FF",
                 { QStringLiteral("00 03 04 03 00 00 00"), QStringLiteral("80 05 04 01 00 0A 04 FF FF") });
    }

    void readAndWrite()
    {
        start();
        connectTestPeripheral();
        exchange("00 03 04 04 00 0B 00",
                 { QStringLiteral("00 03 04 04 00 00 00"), QStringLiteral("80 06 04 05 00 0B 00 00 01 01") });
        // A 50-byte value: a plain read gives the first 22 bytes.
        QByteArray ramp;
        for (int i = 0; i < 50; ++i)
            ramp.append(char(i));
        exchange("00 03 04 04 00 0E 00",
                 { QStringLiteral("00 03 04 04 00 00 00"),
                   QStringLiteral("80 1B 04 05 00 0E 00 00 16 ") + spacedHex(ramp.left(22)) });
        // read_long: chunks of 22 (type 0, then 4), then procedure_completed.
        exchange("00 03 04 08 00 0E 00",
                 { QStringLiteral("00 03 04 08 00 00 00"),
                   QStringLiteral("80 1B 04 05 00 0E 00 00 16 ") + spacedHex(ramp.mid(0, 22)),
                   QStringLiteral("80 1B 04 05 00 0E 00 04 16 ") + spacedHex(ramp.mid(22, 22)),
                   QStringLiteral("80 0B 04 05 00 0E 00 04 06 ") + spacedHex(ramp.mid(44)),
                   QStringLiteral("80 05 04 01 00 00 00 0E 00") });
        // read_long on a 22-byte attribute that cannot be longer: Attribute Not Long.
        exchange("00 03 04 08 00 16 00",
                 { QStringLiteral("00 03 04 08 00 00 00"),
                   QStringLiteral("80 1B 04 05 00 16 00 00 16 ") + spacedHex(ramp.left(22)),
                   QStringLiteral("80 05 04 01 00 0B 04 16 00") });
        // ATT errors come back in procedure_completed.
        exchange("00 03 04 04 00 10 00",
                 { QStringLiteral("00 03 04 04 00 00 00"), QStringLiteral("80 05 04 01 00 05 04 10 00") });
        exchange("00 03 04 04 00 30 00",
                 { QStringLiteral("00 03 04 04 00 00 00"), QStringLiteral("80 05 04 01 00 01 04 30 00") });
        exchange("00 03 04 04 00 08 00",
                 { QStringLiteral("00 03 04 04 00 00 00"), QStringLiteral("80 05 04 01 00 02 04 08 00") });
        // Writes persist; a read-only attribute refuses; too long is invalid length.
        exchange("00 06 04 05 00 0E 00 02 41 42",
                 { QStringLiteral("00 03 04 05 00 00 00"), QStringLiteral("80 05 04 01 00 00 00 0E 00") });
        exchange(
            "00 03 04 04 00 0E 00",
            { QStringLiteral("00 03 04 04 00 00 00"), QStringLiteral("80 07 04 05 00 0E 00 00 02 41 42") });
        exchange("00 05 04 05 00 0B 00 01 02",
                 { QStringLiteral("00 03 04 05 00 00 00"), QStringLiteral("80 05 04 01 00 03 04 0B 00") });
        // write_command: the response only.
        exchange("00 05 04 06 00 0E 00 01 43", { QStringLiteral("00 03 04 06 00 00 00") });
        exchange("00 03 04 04 00 0E 00",
                 { QStringLiteral("00 03 04 04 00 00 00"), QStringLiteral("80 06 04 05 00 0E 00 00 01 43") });
        // A long write: prepare, prepare, execute.
        exchange("00 0A 04 09 00 0E 00 00 00 04 61 62 63 64",
                 { QStringLiteral("00 03 04 09 00 00 00"), QStringLiteral("80 05 04 01 00 00 00 0E 00") });
        exchange("00 08 04 09 00 0E 00 04 00 02 65 66",
                 { QStringLiteral("00 03 04 09 00 00 00"), QStringLiteral("80 05 04 01 00 00 00 0E 00") });
        exchange("00 02 04 0A 00 01",
                 { QStringLiteral("00 03 04 0A 00 00 00"), QStringLiteral("80 05 04 01 00 00 00 0E 00") });
        exchange("00 03 04 04 00 0E 00",
                 { QStringLiteral("00 03 04 04 00 00 00"),
                   QStringLiteral("80 0B 04 05 00 0E 00 00 06 61 62 63 64 65 66") });
        // A prepared part past the end of the value: Invalid Offset on execute.
        exchange("00 07 04 09 00 0E 00 40 00 01 7A",
                 { QStringLiteral("00 03 04 09 00 00 00"), QStringLiteral("80 05 04 01 00 00 00 0E 00") });
        exchange("00 02 04 0A 00 01",
                 { QStringLiteral("00 03 04 0A 00 00 00"), QStringLiteral("80 05 04 01 00 07 04 0E 00") });
    }

    void busyProcedure()
    {
        start();
        connectTestPeripheral();
        // Two procedures in one go: the second one is refused with wrong_state.
        m_host->send("00 05 04 03 00 0A 00 0B 00 00 03 04 04 00 0B 00");
        QCOMPARE(m_host->next(), hex("00 03 04 03 00 00 00"));
        QCOMPARE(m_host->next(), hex("00 03 04 04 00 81 01"));
        QCOMPARE(m_host->next(), hex("80 06 04 04 00 0A 00 02 03 28"));
        QCOMPARE(m_host->next(), hex("80 06 04 04 00 0B 00 02 38 2A"));
        QCOMPARE(m_host->next(), hex("80 05 04 01 00 00 00 0B 00"));
        // Commands for a connection that does not exist.
        exchange("00 03 04 04 02 0B 00", { QStringLiteral("00 03 04 04 02 86 01") });
    }

    void notifications()
    {
        start();
        connectTestPeripheral();
        exchange("00 06 04 05 00 09 00 02 01 00",
                 { QStringLiteral("00 03 04 05 00 00 00"), QStringLiteral("80 05 04 01 00 00 00 09 00") });
        // Counter values, one after the other, as notifications (type 1).
        quint32 previous = 0;
        for (int i = 0; i < 5; ++i) {
            const QString p = m_host->next();
            QVERIFY2(p.startsWith(hex("80 09 04 05 00 08 00 01 04")), qPrintable(p));
            const QByteArray bytes = fromSpacedHex(qPrintable(p));
            const quint32 seq = quint32(quint8(bytes[9])) | quint32(quint8(bytes[10])) << 8;
            if (i > 0)
                QCOMPARE(seq, previous + 1);
            previous = seq;
        }
        // The CCCD reads back as written.
        m_host->ignoreNotifications = true;
        exchange(
            "00 03 04 04 00 09 00",
            { QStringLiteral("00 03 04 04 00 00 00"), QStringLiteral("80 07 04 05 00 09 00 00 02 01 00") });
        // Unsubscribe: no more notifications while the generator keeps running.
        exchange("00 06 04 05 00 09 00 02 00 00",
                 { QStringLiteral("00 03 04 05 00 00 00"), QStringLiteral("80 05 04 01 00 00 00 09 00") });
        const quint64 sent = m_dongle->notificationsSent();
        ValueGenerator *g = m_dongle->peripherals().first()->generator(0x08);
        const quint64 produced = g->count();
        QTRY_VERIFY(g->count() >= produced + 3);
        QCOMPARE(m_dongle->notificationsSent(), sent);
        // Notifications on an indicate-only characteristic: CCCD improperly configured.
        exchange("00 06 04 05 00 14 00 02 01 00",
                 { QStringLiteral("00 03 04 05 00 00 00"), QStringLiteral("80 05 04 01 00 FD 04 14 00") });
    }

    void indications_data()
    {
        QTest::addColumn<bool>("hostConfirms");
        QTest::newRow("type 5, host confirms") << true;
        QTest::newRow("type 2, stack confirms") << false;
    }
    void indications()
    {
        QFETCH(bool, hostConfirms);
        VirtualDongleOptions options;
        options.hostConfirmsIndications = hostConfirms;
        start(options);
        connectTestPeripheral();
        exchange("00 06 04 05 00 14 00 02 02 00",
                 { QStringLiteral("00 03 04 05 00 00 00"), QStringLiteral("80 05 04 01 00 00 00 14 00") });
        const QString prefix
            = hex(hostConfirms ? "80 09 04 05 00 12 00 05 04" : "80 09 04 05 00 12 00 02 04");
        QVERIFY(m_host->next().startsWith(prefix));
        if (!hostConfirms) {
            QVERIFY(m_host->next().startsWith(prefix)); // no flow control
            return;
        }
        // Nothing more until the host confirms.
        ValueGenerator *g = m_dongle->peripherals().first()->generator(0x12);
        const quint64 produced = g->count();
        QTRY_VERIFY(g->count() >= produced + 3);
        QVERIFY(m_host->packets().isEmpty());
        m_host->send("00 01 04 07 00");
        QCOMPARE(m_host->next(), hex("00 02 04 07 00 00"));
        QVERIFY(m_host->next().startsWith(prefix));
        m_host->send("00 01 04 07 00");
        QCOMPARE(m_host->next(), hex("00 02 04 07 00 00"));
        QVERIFY(m_host->next().startsWith(prefix));
    }

    void pairingWithPasskey()
    {
        start();
        m_host->ignoreNotifications = true;
        connectTestPeripheral();
        exchange("00 01 05 01 01", { QStringLiteral("00 00 05 01") });
        // Until the link is encrypted, the protected value answers Insufficient Authentication.
        exchange("00 03 04 04 00 10 00",
                 { QStringLiteral("00 03 04 04 00 00 00"), QStringLiteral("80 05 04 01 00 05 04 10 00") });
        exchange("00 02 05 00 00 01",
                 { QStringLiteral("00 03 05 00 00 00 00"), QStringLiteral("80 01 05 03 00") });
        // Wrong passkey (111111): bonding fails.
        exchange("00 05 05 04 00 07 B2 01 00",
                 { QStringLiteral("00 02 05 04 00 00"), QStringLiteral("80 03 05 01 00 04 03") });
        // Right passkey (123456): bond stored, link encrypted.
        exchange("00 02 05 00 00 01",
                 { QStringLiteral("00 03 05 00 00 00 00"), QStringLiteral("80 01 05 03 00") });
        exchange("00 05 05 04 00 40 E2 01 00",
                 { QStringLiteral("00 02 05 04 00 00"), QStringLiteral("80 04 05 04 00 10 01 13"),
                   QStringLiteral("80 10 03 00 00 03 55 44 33 22 11 00 00 4C 00 64 00 00 00 00") });
        exchange("00 03 04 04 00 10 00",
                 { QStringLiteral("00 03 04 04 00 00 00"), QStringLiteral("80 06 04 05 00 10 00 00 01 73") });
        exchange("00 00 05 05",
                 { QStringLiteral("00 01 05 05 01"), QStringLiteral("80 04 05 04 00 10 01 13") });
        // Reconnect: the bond is reported and encryption needs no passkey.
        exchange("00 01 03 00 00",
                 { QStringLiteral("00 03 03 00 00 00 00"), QStringLiteral("80 03 03 04 00 16 02") });
        exchange("00 0F 06 03 55 44 33 22 11 00 00 3C 00 4C 00 64 00 00 00",
                 { QStringLiteral("00 03 06 03 00 00 00"),
                   QStringLiteral("80 10 03 00 00 05 55 44 33 22 11 00 00 4C 00 64 00 00 00 00") });
        exchange("00 02 05 00 00 01",
                 { QStringLiteral("00 03 05 00 00 00 00"),
                   QStringLiteral("80 10 03 00 00 03 55 44 33 22 11 00 00 4C 00 64 00 00 00 00") });
        // Delete every bond.
        exchange("00 01 05 02 FF", { QStringLiteral("00 02 05 02 00 00") });
        exchange("00 00 05 05", { QStringLiteral("00 01 05 05 00") });
    }

    void connectionCommands()
    {
        start();
        m_host->ignoreNotifications = true;
        connectTestPeripheral();
        exchange("00 01 03 01 00", { QStringLiteral("00 02 03 01 00 C4") });
        exchange("00 09 03 02 00 06 00 0C 00 00 00 C8 00",
                 { QStringLiteral("00 03 03 02 00 00 00"),
                   QStringLiteral("80 10 03 00 00 09 55 44 33 22 11 00 00 0C 00 C8 00 00 00 FF") });
        exchange("00 01 03 07 00",
                 { QStringLiteral("00 01 03 07 00"),
                   QStringLiteral("80 10 03 00 00 01 55 44 33 22 11 00 00 0C 00 C8 00 00 00 FF") });
        exchange("00 00 00 06",
                 { QStringLiteral("00 01 00 06 03"),
                   QStringLiteral("80 10 03 00 00 01 55 44 33 22 11 00 00 0C 00 C8 00 00 00 FF") });
        // Connecting to the same peer twice is refused; to a missing peer nothing happens.
        exchange("00 0F 06 03 55 44 33 22 11 00 00 3C 00 4C 00 64 00 00 00",
                 { QStringLiteral("00 03 06 03 0B 02 00") });
        exchange("00 0F 06 03 99 99 99 99 99 00 00 3C 00 4C 00 64 00 00 00",
                 { QStringLiteral("00 03 06 03 00 00 01") });
        exchange("00 00 06 04", { QStringLiteral("00 02 06 04 00 00") });
        exchange("00 01 03 00 00",
                 { QStringLiteral("00 03 03 00 00 00 00"), QStringLiteral("80 03 03 04 00 16 02") });
        exchange("00 01 03 00 00", { QStringLiteral("00 03 03 00 00 86 01") });
        QCOMPARE(m_dongle->connectionCount(), 0);
    }

    void connectionLimit()
    {
        VirtualDongleOptions options;
        options.maxConnections = 1;
        start(options);
        connectTestPeripheral();
        exchange("00 0F 06 03 11 22 33 44 55 66 00 3C 00 4C 00 64 00 00 00",
                 { QStringLiteral("00 03 06 03 09 02 00") });
        exchange("00 00 00 06",
                 { QStringLiteral("00 01 00 06 01"),
                   QStringLiteral("80 10 03 00 00 01 55 44 33 22 11 00 00 4C 00 64 00 00 00 FF") });
    }

    void systemReset()
    {
        start();
        connectTestPeripheral();
        QSignalSpy booted(m_dongle.get(), &VirtualDongle::booted);
        m_host->send("00 01 00 00 00");
        QCOMPARE(m_host->next(), hex("80 0C 00 00 01 00 03 00 02 00 7A 00 04 00 01 01"));
        QCOMPARE(booted.count(), 1);
        QCOMPARE(m_dongle->connectionCount(), 0); // links vanish without an event
        exchange("00 00 00 01", { QStringLiteral("00 00 00 01") });
    }

    void resetReenumerates()
    {
        VirtualDongleOptions options;
        options.resetReenumerates = true;
        options.replugDelayMs = 10;
        start(options);
        QSignalSpy closed(m_port.get(), &LoopbackDevice::peerClosed);
        QSignalSpy opened(m_port.get(), &LoopbackDevice::peerOpened);
        m_host->send("00 01 00 00 00");
        QVERIFY(closed.wait());
        QVERIFY(!m_port->isPeerOpen());
        QCOMPARE(m_port->write(QByteArray(4, '\0')), -1);
        m_port->close();
        QVERIFY(!m_port->open(QIODevice::ReadWrite)); // not back yet
        QVERIFY(opened.wait());
        QVERIFY(m_port->open(QIODevice::ReadWrite));
        exchange("00 00 00 01", { QStringLiteral("00 00 00 01") });
    }

    void garbageFromHost()
    {
        start();
        // Bytes that cannot start a packet are skipped and reported; the next command works.
        m_host->send("FF FF 00 00 00 01");
        QCOMPARE(m_host->next(), hex("80 02 00 06 80 01"));
        QCOMPARE(m_host->next(), hex("00 00 00 01"));
    }

    void discoverModesAndDuplicates_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("duplicates");
        QTest::addColumn<bool>("broadcasterSeen");
        QTest::newRow("observation") << 2 << false << true;
        QTest::newRow("generic") << 1 << false << false;
        QTest::newRow("generic, no duplicates") << 1 << true << false;
    }
    void discoverModesAndDuplicates()
    {
        QFETCH(int, mode);
        QFETCH(bool, duplicates);
        QFETCH(bool, broadcasterSeen);
        start();
        // A non-discoverable broadcaster (flags 0x04) at a high rate.
        const Result<ProfileSet> extra = ProfileLoader::loadJson(
            R"({"name":"B","address":"C1:00:00:00:00:0B","connectable":false,"advertisingInterval":20,
                "rssi":{"mean":-70,"drift":0},"advertising":{"flags":4}})",
            QStringLiteral("extra"));
        QVERIFY(extra.ok());
        m_dongle->addProfiles(extra.value());
        if (duplicates)
            exchange("00 03 06 06 00 00 01", { QStringLiteral("00 02 06 06 00 00") });
        m_host->send(mode == 2 ? "00 01 06 02 02" : "00 01 06 02 01");
        QCOMPARE(m_host->next(), hex("00 02 06 02 00 00"));
        int testPeripheral = 0;
        int broadcaster = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 300) { // about 15 advertising intervals of both
            m_host->waitForPackets(1, 50);
            while (!m_host->packets().isEmpty()) {
                const QString p = spacedHex(m_host->packets().takeFirst());
                if (p.startsWith(hex("80 11 06 00 C4 00 55")))
                    ++testPeripheral;
                if (p.startsWith(hex("80 0E 06 00 BA 02 0B 00 00 00 00 C1 00 FF 03 02 01 04")))
                    ++broadcaster;
            }
        }
        QCOMPARE(broadcaster > 0, broadcasterSeen);
        if (duplicates)
            QCOMPARE(testPeripheral, 1);
        else
            QVERIFY(testPeripheral > 3);
    }

    void demoDongle()
    {
        std::unique_ptr<VirtualDongle> dongle(VirtualDongle::createDemo());
        QCOMPARE(dongle->peripherals().size(), 7);
        std::unique_ptr<LoopbackDevice> port(dongle->createLoopback());
        BgapiTestHost host(port.get());
        host.send("00 01 06 02 02");
        QCOMPARE(host.next(), hex("00 02 06 02 00 00"));
        // Every advertiser shows up within about its advertising interval (at most 1 s).
        QSet<QByteArray> senders;
        QElapsedTimer clock;
        clock.start();
        while (senders.size() < 7 && clock.elapsed() < 5000) {
            host.waitForPackets(1, 100);
            while (!host.packets().isEmpty()) {
                const QByteArray p = host.packets().takeFirst();
                if (p.size() > 12 && quint8(p[0]) == 0x80 && p[2] == 6 && p[3] == 0)
                    senders.insert(p.mid(6, 6));
            }
        }
        QCOMPARE(senders.size(), 7);
    }

    void floodWithBackpressure()
    {
        start();
        const Result<ProfileSet> flood = ProfileLoader::loadFile(ProfileLoader::floodProfilePath());
        QVERIFY(flood.ok());
        m_dongle->addProfiles(flood.value());
        // Connect to C0:FF:EE:00:00:01 (random) and subscribe (CCCD 0x09).
        exchange("00 0F 06 03 01 00 00 EE FF C0 01 06 00 06 00 64 00 00 00",
                 { QStringLiteral("00 03 06 03 00 00 00"),
                   QStringLiteral("80 10 03 00 00 05 01 00 00 EE FF C0 01 06 00 64 00 00 00 FF") });
        exchange("00 06 04 05 00 09 00 02 01 00",
                 { QStringLiteral("00 03 04 05 00 00 00"), QStringLiteral("80 05 04 01 00 00 00 09 00") });
        // The host reads; the flood keeps its queue bounded and the sequence has no gaps.
        quint32 expected = 0;
        bool first = true;
        int received = 0;
        while (received < 20000) {
            QVERIFY(m_host->waitForPackets(1));
            QVERIFY(m_port->bytesAvailable() < 1024 * 1024);
            while (!m_host->packets().isEmpty()) {
                const QByteArray p = m_host->packets().takeFirst();
                QCOMPARE(p.size(), 29);
                const quint32 seq = quint32(quint8(p[9])) | quint32(quint8(p[10])) << 8
                    | quint32(quint8(p[11])) << 16 | quint32(quint8(p[12])) << 24;
                if (!first)
                    QCOMPARE(seq, expected);
                first = false;
                expected = seq + 1;
                ++received;
            }
        }
        // Unsubscribe with a write command: the flood stops.
        m_host->send("00 06 04 06 00 09 00 02 00 00");
        QString p;
        do {
            p = m_host->next();
        } while (p.startsWith(u"80 19"));
        QCOMPARE(p, hex("00 03 04 06 00 00 00"));
        const quint64 sent = m_dongle->notificationsSent();
        exchange("00 00 00 01", { QStringLiteral("00 00 00 01") });
        QCOMPARE(m_dongle->notificationsSent(), sent);
    }

    void dongleInAnotherThread()
    {
        VirtualDongleOptions options;
        options.connectDelayMs = 0;
        auto *dongle = new VirtualDongle(options);
        const Result<ProfileSet> set = ProfileLoader::loadJson(testProfileJson(), QStringLiteral("test"));
        QVERIFY(set.ok());
        dongle->addProfiles(set.value());
        std::unique_ptr<LoopbackDevice> port(
            dongle->createLoopback()); // before moving: the device end moves along
        QThread thread;
        dongle->moveToThread(&thread);
        connect(&thread, &QThread::finished, dongle, &QObject::deleteLater);
        thread.start();
        BgapiTestHost host(port.get());
        host.send("00 00 00 01");
        QCOMPARE(host.next(), hex("00 00 00 01"));
        host.send("00 0F 06 03 55 44 33 22 11 00 00 3C 00 4C 00 64 00 00 00");
        QCOMPARE(host.next(), hex("00 03 06 03 00 00 00"));
        QCOMPARE(host.next(), hex("80 10 03 00 00 05 55 44 33 22 11 00 00 4C 00 64 00 00 00 FF"));
        host.send("00 06 04 05 00 09 00 02 01 00");
        QCOMPARE(host.next(), hex("00 03 04 05 00 00 00"));
        QCOMPARE(host.next(), hex("80 05 04 01 00 00 00 09 00"));
        QVERIFY(host.next().startsWith(hex("80 09 04 05 00 08 00 01 04")));
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void commandsOneByteAtATime()
    {
        start();
        const QByteArray bytes = fromSpacedHex("00 00 00 01 00 00 00 06");
        for (char b : bytes)
            m_host->sendBytes(QByteArray(1, b));
        QCOMPARE(m_host->next(), hex("00 00 00 01"));
        QCOMPARE(m_host->next(), hex("00 01 00 06 03"));
    }
};

QTEST_GUILESS_MAIN(TestVirtualDongle)
#include "tst_virtualdongle.moc"
