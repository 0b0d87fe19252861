// SPDX-License-Identifier: MIT
// Each fault of the virtual dongle, scripted through the C++ API and through a profile.
#include "support/bgapitesthost.h"
#include "support/testprofile.h"

#include <gattscope/backends/virtual/loopbackdevice.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualdongle.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace gattscope;
using namespace gattscope::test;

namespace {

QString hex(const char *s)
{
    return QString::fromLatin1(s).simplified().toUpper();
}

const char *const kConnect = "00 0F 06 03 55 44 33 22 11 00 00 3C 00 4C 00 64 00 00 00";
const char *const kConnected = "80 10 03 00 00 05 55 44 33 22 11 00 00 4C 00 64 00 00 00 FF";

} // namespace

class TestVirtualFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<VirtualDongle> m_dongle;
    std::unique_ptr<LoopbackDevice> m_port;
    std::unique_ptr<BgapiTestHost> m_host;

    void start(const QList<FaultRule> &rules)
    {
        VirtualDongleOptions options;
        options.connectDelayMs = 0;
        options.bootDelayMs = 0;
        m_dongle = std::make_unique<VirtualDongle>(options);
        const Result<ProfileSet> set = ProfileLoader::loadJson(testProfileJson(), QStringLiteral("test"));
        QVERIFY(set.ok());
        m_dongle->addProfiles(set.value());
        m_dongle->faults().addRules(rules);
        m_port.reset(m_dongle->createLoopback());
        m_host = std::make_unique<BgapiTestHost>(m_port.get());
        m_host->ignoreNotifications = true;
    }

    void connectPeer()
    {
        m_host->send(kConnect);
        QCOMPARE(m_host->next(), hex("00 03 06 03 00 00 00"));
        QCOMPARE(m_host->next(), hex(kConnected));
    }

    static FaultRule rule(FaultRule::Action action, const char *command, int nth = 1)
    {
        FaultRule r;
        r.action = action;
        r.command = QString::fromLatin1(command);
        r.nth = nth;
        return r;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_host.reset();
        m_port.reset();
        m_dongle.reset();
    }

    void dropResponse()
    {
        start({ rule(FaultRule::Action::DropResponse, "system_hello", 2) });
        m_host->send("00 00 00 01 00 00 00 01 00 00 00 06");
        QCOMPARE(m_host->next(), hex("00 00 00 01"));
        QCOMPARE(m_host->next(), hex("00 01 00 06 03")); // the second hello got nothing
        QCOMPARE(m_dongle->faults().firedCount(0), 1);
    }

    void delayResponse()
    {
        FaultRule r = rule(FaultRule::Action::DelayResponse, "system_hello");
        r.delayMs = 30;
        start({ r });
        m_host->send("00 00 00 01 00 00 00 06");
        QCOMPARE(m_host->next(), hex("00 01 00 06 03")); // overtaken
        QCOMPARE(m_host->next(), hex("00 00 00 01"));
    }

    void garbage()
    {
        FaultRule r = rule(FaultRule::Action::InjectGarbage, "system_hello");
        r.garbage = QByteArray::fromHex("FFFE");
        start({ r });
        m_host->send("00 00 00 01");
        QCOMPARE(m_host->next(), hex("00 00 00 01"));
        QCOMPARE(spacedHex(m_host->raw()), hex("FF FE 00 00 00 01"));
    }

    void truncate()
    {
        FaultRule r = rule(FaultRule::Action::TruncateResponse, "system_get_connections");
        r.truncateTo = 3;
        start({ r });
        m_host->send("00 00 00 06");
        QTRY_COMPARE(spacedHex(m_host->raw()), hex("00 01 00"));
        QVERIFY(m_host->packets().isEmpty());
    }

    void disconnectMidDiscovery()
    {
        FaultRule r = rule(FaultRule::Action::Disconnect, "attclient_find_information");
        r.afterEvents = 3;
        start({ r });
        connectPeer();
        m_host->send("00 05 04 03 00 01 00 FF FF");
        QCOMPARE(m_host->next(), hex("00 03 04 03 00 00 00"));
        QCOMPARE(m_host->next(), hex("80 06 04 04 00 01 00 02 00 28"));
        QCOMPARE(m_host->next(), hex("80 06 04 04 00 02 00 02 03 28"));
        QCOMPARE(m_host->next(), hex("80 06 04 04 00 03 00 02 00 2A"));
        QCOMPARE(m_host->next(), hex("80 03 03 04 00 08 02")); // supervision timeout
        m_host->send("00 03 04 04 00 03 00");
        QCOMPARE(m_host->next(), hex("00 03 04 04 00 86 01"));
    }

    void disconnectRightAfterConnecting()
    {
        FaultRule r = rule(FaultRule::Action::Disconnect, "gap_connect_direct");
        r.reason = 0x023E;
        start({ r });
        m_host->send(kConnect);
        QCOMPARE(m_host->next(), hex("00 03 06 03 00 00 00"));
        QCOMPARE(m_host->next(), hex(kConnected));
        QCOMPARE(m_host->next(), hex("80 03 03 04 00 3E 02"));
        QCOMPARE(m_dongle->connectionCount(), 0);
    }

    void refuseConnection()
    {
        FaultRule r;
        r.action = FaultRule::Action::RefuseConnection;
        r.peer = DeviceAddress(0x001122334455ull);
        start({ r });
        m_host->send(kConnect);
        QCOMPARE(m_host->next(), hex("00 03 06 03 00 00 00"));
        m_host->send("00 00 00 01"); // a round trip: the status would have come before it
        QCOMPARE(m_host->next(), hex("00 00 00 01"));
        m_host->send("00 00 06 04");
        QCOMPARE(m_host->next(), hex("00 02 06 04 00 00"));
        connectPeer(); // only the first attempt is refused
    }

    void attError()
    {
        FaultRule r;
        r.action = FaultRule::Action::AttError;
        r.handle = 0x0B;
        r.attError = 0x0E;
        start({ r });
        connectPeer();
        m_host->send("00 03 04 04 00 0B 00");
        QCOMPARE(m_host->next(), hex("00 03 04 04 00 00 00"));
        QCOMPARE(m_host->next(), hex("80 05 04 01 00 0E 04 0B 00"));
        m_host->send("00 03 04 04 00 0B 00");
        QCOMPARE(m_host->next(), hex("00 03 04 04 00 00 00"));
        QCOMPARE(m_host->next(), hex("80 06 04 05 00 0B 00 00 01 01"));
    }

    void resetInsteadOfAnswer()
    {
        start({ rule(FaultRule::Action::Reset, "attclient_read_by_handle") });
        connectPeer();
        m_host->send("00 03 04 04 00 0B 00");
        QCOMPARE(m_host->next(), hex("80 0C 00 00 01 00 03 00 02 00 7A 00 04 00 01 01"));
        QCOMPARE(m_dongle->connectionCount(), 0);
    }

    void unplug()
    {
        FaultRule r = rule(FaultRule::Action::Unplug, "system_get_info");
        r.delayMs = -1;
        start({ r });
        QSignalSpy closed(m_port.get(), &LoopbackDevice::peerClosed);
        QSignalSpy unplugged(m_dongle.get(), &VirtualDongle::unplugged);
        m_host->send("00 00 00 08");
        QVERIFY(closed.wait());
        QCOMPARE(unplugged.count(), 1);
        m_port->close();
        QVERIFY(!m_port->open(QIODevice::ReadWrite));
        QSignalSpy opened(m_port.get(), &LoopbackDevice::peerOpened);
        m_dongle->replug();
        QVERIFY(opened.wait());
        QVERIFY(m_port->open(QIODevice::ReadWrite));
        m_host->send("00 00 00 08");
        QCOMPARE(m_host->next(), hex("00 0C 00 08 01 00 03 00 02 00 7A 00 04 00 01 01"));
    }

    void directActions()
    {
        start({});
        connectPeer();
        m_host->clear();
        m_dongle->injectBytes(QByteArray::fromHex("AABB"));
        QVERIFY(m_dongle->dropLink(0, 0x0213));
        QVERIFY(!m_dongle->dropLink(0));
        QCOMPARE(m_host->next(), hex("80 03 03 04 00 13 02"));
        QVERIFY(m_host->raw().startsWith(QByteArray::fromHex("AABB")));
    }

    // nth, then every `every`-th occurrence again: the steady fault rate of the soak.
    void repeatingRule_data()
    {
        QTest::addColumn<int>("nth");
        QTest::addColumn<int>("every");
        QTest::addColumn<QList<int>>("fired");
        QTest::newRow("once") << 2 << 0 << QList<int> { 2 };
        QTest::newRow("from the 2nd, every 3rd") << 2 << 3 << QList<int> { 2, 5, 8, 11 };
        QTest::newRow("every 1: from the nth on") << 10 << 1 << QList<int> { 10, 11, 12 };
        QTest::newRow("nth 0 is every time anyway")
            << 0 << 5 << QList<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
    }
    void repeatingRule()
    {
        QFETCH(int, nth);
        QFETCH(int, every);
        QFETCH(QList<int>, fired);
        FaultInjector faults;
        FaultRule r = rule(FaultRule::Action::DropResponse, "system_hello", nth);
        r.every = every;
        faults.addRule(r);
        QList<int> seen;
        for (int occurrence = 1; occurrence <= 12; ++occurrence) {
            QVERIFY(!faults.takeCommandFault(u"system_get_info", occurrence));
            if (faults.takeCommandFault(u"system_hello", occurrence))
                seen.append(occurrence);
        }
        QCOMPARE(seen, fired);
        QCOMPARE(faults.firedCount(0), fired.size());
    }

    void everyFromProfile_data()
    {
        QTest::addColumn<QByteArray>("every");
        QTest::addColumn<int>("expected"); // -1: the profile is rejected
        QTest::newRow("20") << QByteArray("20") << 20;
        QTest::newRow("0: once") << QByteArray("0") << 0;
        QTest::newRow("negative") << QByteArray("-1") << -1;
        QTest::newRow("not a number") << QByteArray("\"x\"") << -1;
    }
    void everyFromProfile()
    {
        QFETCH(QByteArray, every);
        QFETCH(int, expected);
        const QByteArray json
            = R"({ "faults": [ { "action": "drop-response", "on": "attclient_read_by_handle", "nth": 3, "every": )"
            + every + "} ] }";
        const Result<ProfileSet> set = ProfileLoader::loadJson(json, QStringLiteral("faults.json"));
        QCOMPARE(set.ok(), expected >= 0);
        if (!set.ok()) {
            QVERIFY2(set.error().message().contains(QStringLiteral("every")),
                     qPrintable(set.error().message()));
            return;
        }
        QCOMPARE(set.value().faults.size(), 1);
        QCOMPARE(set.value().faults.first().nth, 3);
        QCOMPARE(set.value().faults.first().every, expected);
    }

    void faultsFromProfile()
    {
        const QByteArray json = R"({ "faults": [
            { "action": "drop-response", "on": "system_hello" },
            { "action": "att-error", "handle": "0x000B", "error": "0x0E", "nth": 0 } ] })";
        const Result<ProfileSet> set = ProfileLoader::loadJson(json, QStringLiteral("faults.json"));
        QVERIFY2(set.ok(), qPrintable(set.error().message()));
        QCOMPARE(set.value().faults.size(), 2);
        start(set.value().faults);
        m_host->send("00 00 00 01 00 00 00 01");
        QCOMPARE(m_host->next(), hex("00 00 00 01"));
        QVERIFY(m_host->packets().isEmpty());
        connectPeer();
        for (int i = 0; i < 2; ++i) { // nth 0: every time
            m_host->send("00 03 04 04 00 0B 00");
            QCOMPARE(m_host->next(), hex("00 03 04 04 00 00 00"));
            QCOMPARE(m_host->next(), hex("80 05 04 01 00 0E 04 0B 00"));
        }
    }
};

QTEST_GUILESS_MAIN(TestVirtualFaults)
#include "tst_virtualfaults.moc"
