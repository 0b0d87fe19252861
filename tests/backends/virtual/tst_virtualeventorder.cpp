// SPDX-License-Identifier: MIT
// Event order of the virtual dongle: every event of a GATT procedure reaches the host
// before any value the procedure enabled, and nothing a procedure disabled comes after its
// procedure_completed — for every generator, at every rate, with a host that reads slowly.
#include "support/bgapitesthost.h"

#include <gattscope/backends/virtual/loopbackdevice.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualdongle.h>

#include <QTest>

#include <memory>

using namespace gattscope;
using namespace gattscope::test;

namespace {

QString hex(const char *s)
{
    return QString::fromLatin1(s).simplified().toUpper();
}

// One peripheral whose only characteristic (value 0x0008, CCCD 0x0009) has `generator`.
QByteArray profileWith(const QByteArray &properties, const QByteArray &generator)
{
    return R"({"name":"Gen","address":"C0:00:00:00:00:01","addressType":"random","rssi":{"mean":-50,"drift":0},"services":[
        {"uuid":"6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10","characteristics":[
            {"uuid":"6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10","properties":)"
        + properties + R"(,"generator":)" + generator + "}]}]}";
}

const char *const kConnect = "00 0F 06 03 01 00 00 00 00 C0 01 06 00 06 00 64 00 00 00";
const char *const kConnected = "80 10 03 00 00 05 01 00 00 00 00 C0 01 06 00 64 00 00 00 FF";

// An attclient_attribute_value notification of the characteristic (connection 0, 0x0008).
bool isNotification(const QString &packet)
{
    return packet.startsWith(u"80 ") && packet.mid(6).startsWith(hex("04 05 00 08 00 01"));
}

enum class Subscribe : quint8 {
    Write, // attclient_attribute_write to the CCCD
    LongWrite, // prepare_write + execute_write
};

} // namespace

class TestVirtualEventOrder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<VirtualDongle> m_dongle;
    std::unique_ptr<LoopbackDevice> m_port;
    std::unique_ptr<BgapiTestHost> m_host;

    // Writes `cccd` (2 bytes, hex) and checks that the response and procedure_completed
    // are the next two packets, whatever the peripheral pushes meanwhile.
    void writeCccd(Subscribe how, const char *cccd)
    {
        const QByteArray value = fromSpacedHex(cccd);
        if (how == Subscribe::Write) {
            m_host->sendBytes(fromSpacedHex("00 06 04 05 00 09 00 02") + value);
            QCOMPARE(m_host->next(), hex("00 03 04 05 00 00 00"));
            QCOMPARE(m_host->next(), hex("80 05 04 01 00 00 00 09 00"));
            return;
        }
        m_host->sendBytes(fromSpacedHex("00 08 04 09 00 09 00 00 00 02") + value);
        QCOMPARE(m_host->next(), hex("00 03 04 09 00 00 00"));
        QCOMPARE(m_host->next(), hex("80 05 04 01 00 00 00 09 00"));
        m_host->send("00 02 04 0A 00 01");
        QCOMPARE(m_host->next(), hex("00 03 04 0A 00 00 00"));
        QCOMPARE(m_host->next(), hex("80 05 04 01 00 00 00 09 00"));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_host.reset();
        m_port.reset();
        m_dongle.reset();
    }

    void proceduresComeBeforeWhatTheyEnable_data()
    {
        QTest::addColumn<QByteArray>("properties");
        QTest::addColumn<QByteArray>("generator");
        QTest::addColumn<int>("stepMs");
        QTest::addColumn<int>("readChunk");
        QTest::addColumn<int>("how");
        const QList<std::pair<const char *, QByteArray>> generators {
            { "flood, flat out", R"({"type":"flood","rateHz":0})" },
            { "flood, 5 kHz", R"({"type":"flood","rateHz":5000})" },
            { "counter, 1 kHz", R"({"type":"counter","rateHz":1000})" },
            { "heart rate, 1 kHz", R"({"type":"heartRate","rateHz":1000})" },
            { "battery, 1 kHz", R"({"type":"battery","rateHz":1000})" },
            { "sine, 1 kHz", R"({"type":"sine","rateHz":1000})" },
            { "random walk, 1 kHz", R"({"type":"randomWalk","rateHz":1000})" },
            { "accelerometer, 1 kHz", R"({"type":"accelerometer","rateHz":1000})" },
        };
        for (const auto &[name, generator] : generators) {
            for (int stepMs : { 0, 5 }) {
                for (int chunk : { 7, 0 }) {
                    QTest::addRow("%s, step %d ms, %s", name, stepMs, chunk ? "slow host" : "fast host")
                        << QByteArray(R"(["notify"])") << generator << stepMs << chunk
                        << int(Subscribe::Write);
                }
            }
        }
        QTest::newRow("flood, flat out, long write, slow host")
            << QByteArray(R"(["notify"])") << QByteArray(R"({"type":"flood","rateHz":0})") << 0 << 7
            << int(Subscribe::LongWrite);
        QTest::newRow("counter, 1 kHz, long write, step 5 ms")
            << QByteArray(R"(["notify"])") << QByteArray(R"({"type":"counter","rateHz":1000})") << 5 << 0
            << int(Subscribe::LongWrite);
    }
    void proceduresComeBeforeWhatTheyEnable()
    {
        QFETCH(QByteArray, properties);
        QFETCH(QByteArray, generator);
        QFETCH(int, stepMs);
        QFETCH(int, readChunk);
        QFETCH(int, how);
        VirtualDongleOptions options;
        options.connectDelayMs = 0;
        options.procedureStepMs = stepMs;
        m_dongle = std::make_unique<VirtualDongle>(options);
        const Result<ProfileSet> set
            = ProfileLoader::loadJson(profileWith(properties, generator), QStringLiteral("t"));
        QVERIFY2(set.ok(), qPrintable(set.error().message()));
        m_dongle->addProfiles(set.value());
        m_port.reset(m_dongle->createLoopback());
        m_host = std::make_unique<BgapiTestHost>(m_port.get());
        m_host->setReadChunk(readChunk);

        m_host->send(kConnect);
        QCOMPARE(m_host->next(), hex("00 03 06 03 00 00 00"));
        QCOMPARE(m_host->next(), hex(kConnected));
        for (int round = 0; round < 3; ++round) {
            writeCccd(Subscribe(how), "01 00");
            if (QTest::currentTestFailed())
                return;
            for (int i = 0; i < 3; ++i) {
                const QString p = m_host->next();
                QVERIFY2(isNotification(p), qPrintable(p));
            }
            // Unsubscribe: the flood may have filled the line; after procedure_completed
            // nothing more arrives (a round trip shows it).
            m_host->send("00 06 04 05 00 09 00 02 00 00");
            QString p;
            do {
                p = m_host->next();
                QVERIFY(p != u"<timeout>");
            } while (isNotification(p));
            QCOMPARE(p, hex("00 03 04 05 00 00 00"));
            QCOMPARE(m_host->next(), hex("80 05 04 01 00 00 00 09 00"));
            m_host->send("00 00 00 01");
            QCOMPARE(m_host->next(), hex("00 00 00 01"));
        }
    }

    // Indications too: the first one comes after the CCCD write's procedure_completed, and
    // each further one after the host confirmed the previous.
    void indicationsComeAfterTheirProcedure_data()
    {
        QTest::addColumn<int>("stepMs");
        QTest::newRow("step 0 ms") << 0;
        QTest::newRow("step 5 ms") << 5;
    }
    void indicationsComeAfterTheirProcedure()
    {
        QFETCH(int, stepMs);
        VirtualDongleOptions options;
        options.connectDelayMs = 0;
        options.procedureStepMs = stepMs;
        m_dongle = std::make_unique<VirtualDongle>(options);
        const Result<ProfileSet> set = ProfileLoader::loadJson(
            profileWith(R"(["indicate"])", R"({"type":"counter","rateHz":1000})"), QStringLiteral("t"));
        QVERIFY(set.ok());
        m_dongle->addProfiles(set.value());
        m_port.reset(m_dongle->createLoopback());
        m_host = std::make_unique<BgapiTestHost>(m_port.get());
        m_host->setReadChunk(5);
        m_host->send(kConnect);
        QCOMPARE(m_host->next(), hex("00 03 06 03 00 00 00"));
        QCOMPARE(m_host->next(), hex(kConnected));
        m_host->send("00 06 04 05 00 09 00 02 02 00");
        QCOMPARE(m_host->next(), hex("00 03 04 05 00 00 00"));
        QCOMPARE(m_host->next(), hex("80 05 04 01 00 00 00 09 00"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_host->next().startsWith(hex("80 09 04 05 00 08 00 05 04")));
            m_host->send("00 01 04 07 00");
            QCOMPARE(m_host->next(), hex("00 02 04 07 00 00"));
        }
    }
};

QTEST_GUILESS_MAIN(TestVirtualEventOrder)
#include "tst_virtualeventorder.moc"
