// SPDX-License-Identifier: MIT
// The virtual dongle's input framing has the client's safeguards (shared code in
// BgapiReassembler): after garbage, a truncated command or an unknown long one, the next
// command of a host that waits for its answers is read from its own start.
#include "support/bgapitesthost.h"

#include <gattscope/backends/virtual/loopbackdevice.h>
#include <gattscope/backends/virtual/virtualdongle.h>

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace gattscope;
using namespace gattscope::test;

namespace {

QString hex(const char *s)
{
    return QString::fromLatin1(s).simplified().toUpper();
}

const char *const kProtocolError = "80 02 00 06 80 01";

} // namespace

class TestVirtualFraming : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<VirtualDongle> m_dongle;
    std::unique_ptr<LoopbackDevice> m_port;
    std::unique_ptr<BgapiTestHost> m_host;

    void start()
    {
        VirtualDongleOptions options;
        options.bootDelayMs = 0;
        m_dongle = std::make_unique<VirtualDongle>(options);
        m_port.reset(m_dongle->createLoopback());
        m_host = std::make_unique<BgapiTestHost>(m_port.get());
        m_host->ignoreScanResponses = true; // random bytes may well start a scan
    }

    // Waits until the dongle has read everything, dropped what was left incomplete (as it
    // does once the host has been silent for fragmentTimeoutMs, like a host waiting for an
    // answer that does not come), and the host has read all the dongle said.
    bool waitUntilQuiet()
    {
        return QTest::qWaitFor(
            [this] {
                return m_port->bytesToWrite() == 0 && m_dongle->pendingInputBytes() == 0
                    && m_dongle->device()->bytesToWrite() == 0;
            },
            5000);
    }

    // Skips events; the next response.
    QString nextResponse()
    {
        QString p;
        do {
            p = m_host->next();
        } while (p.startsWith(u'8'));
        return p;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_host.reset();
        m_port.reset();
        m_dongle.reset();
    }

    void helloAnsweredAfterRandomBytes_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u, 4u, 5u, 6u })
            QTest::addRow("seed %u", seed) << seed;
    }
    void helloAnsweredAfterRandomBytes()
    {
        QFETCH(quint32, seed);
        start();
        QRandomGenerator rng(seed);
        QByteArray garbage(1 << 20, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        for (qsizetype pos = 0; pos < garbage.size(); pos += 4096) // as a serial port delivers it
            m_port->write(garbage.mid(pos, 4096));
        QVERIFY(waitUntilQuiet());
        QVERIFY(m_host->packets().contains(fromSpacedHex(kProtocolError)));
        m_host->clear();
        m_host->send("00 00 00 01");
        QCOMPARE(nextResponse(), hex("00 00 00 01"));
    }

    // Neither glued onto the start of the truncated command nor onto its rest: the hellos
    // that follow it are hellos, and nothing else is executed.
    void truncatedCommandThenHellos_data()
    {
        QTest::addColumn<QByteArray>("truncated");
        QTest::newRow("read_by_handle, 1 of 3 payload bytes") << fromSpacedHex("00 03 04 04 00");
        QTest::newRow("system_reset, no payload") << fromSpacedHex("00 01 00 00");
        QTest::newRow("half a header") << fromSpacedHex("00 01");
        QTest::newRow("one byte") << fromSpacedHex("00");
        QTest::newRow("connect_direct, 2 of 15") << fromSpacedHex("00 0F 06 03 01 02");
        QTest::newRow("attribute_write, array cut") << fromSpacedHex("00 07 04 05 00 0E 00 03 41");
        QTest::newRow("unknown command, 60 of 64") << fromSpacedHex("00 40 07 20") + QByteArray(60, '\0');
    }
    void truncatedCommandThenHellos()
    {
        QFETCH(QByteArray, truncated);
        start();
        m_dongle->setTrafficSignals(true);
        QSignalSpy commands(m_dongle.get(), &VirtualDongle::commandReceived);
        QSignalSpy booted(m_dongle.get(), &VirtualDongle::booted);
        m_host->sendBytes(truncated);
        // The host waits for an answer; the dongle drops the stale bytes and says so.
        QCOMPARE(m_host->next(), hex(kProtocolError));
        QVERIFY(waitUntilQuiet());
        m_host->clear();
        QByteArray hellos;
        for (int i = 0; i < 5; ++i)
            hellos += fromSpacedHex("00 00 00 01");
        m_host->sendBytes(hellos);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_host->next(), hex("00 00 00 01"));
        m_host->send("00 00 00 06");
        QCOMPARE(m_host->next(), hex("00 01 00 06 03"));
        QVERIFY(m_host->packets().isEmpty());
        QCOMPARE(commands.count(), 6);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(commands.at(i).at(0).toByteArray(), fromSpacedHex("00 00 00 01"));
        QCOMPARE(booted.count(), 0);
    }

    // A command whose halves arrive a little apart (well within fragmentTimeoutMs) is one
    // command, as it always was.
    void slowCommandIsStillOneCommand()
    {
        start();
        m_host->send("00 00");
        QTimer::singleShot(20, m_host.get(), [this] { m_host->send("00 06"); });
        QCOMPARE(m_host->next(), hex("00 01 00 06 03"));
        QCOMPARE(m_dongle->pendingInputBytes(), 0);
    }

    // Unknown class/IDs: up to 64 payload bytes get invalid_command; a longer one is
    // garbage (no BLED112 command is that long), so it cannot swallow what follows.
    void unknownCommandLengthsAreCapped()
    {
        start();
        m_host->sendBytes(fromSpacedHex("00 40 07 20") + QByteArray(64, '\xFF'));
        QCOMPARE(m_host->next(), hex("00 02 07 20 84 01"));
        m_host->sendBytes(fromSpacedHex("00 41 07 20") + QByteArray(65, '\xFF')
                          + fromSpacedHex("00 00 00 01"));
        QCOMPARE(m_host->next(), hex(kProtocolError));
        QCOMPARE(nextResponse(), hex("00 00 00 01"));
    }
};

QTEST_GUILESS_MAIN(TestVirtualFraming)
#include "tst_virtualframing.moc"
