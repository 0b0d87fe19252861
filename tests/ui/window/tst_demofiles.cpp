// SPDX-License-Identifier: MIT
// What the explorer writes from a Demo-dongle session: the traffic log as a btsnoop
// capture (checked record by record and decoded by tshark, which must be installed), and a connected device
// as a virtual-peripheral profile that the Demo dongle then serves again.
#include "support/demosession.h"
#include "support/tshark.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/core/export/btsnoopwriter.h>
#include <gattscope/core/export/trafficbtsnoopexporter.h>
#include <gattscope/ui/log/trafficlogpanel.h>

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>

using namespace gattscope;
using namespace gattscope::test;

namespace {
struct SnoopRecord
{
    quint32 flags = 0;
    QByteArray packet;
    // ACL packets: the ATT PDU after the H4 type, ACL and L2CAP headers.
    QByteArray att() const { return packet.startsWith('\x02') ? packet.mid(9) : QByteArray(); }
};

// A minimal btsnoop reader, independent of the writer: header, then length-prefixed records.
QList<SnoopRecord> readSnoop(const QString &fileName, QString *problem)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return {};
    }
    const QByteArray data = file.readAll();
    if (data.size() < 16 || data.left(8) != QByteArray("btsnoop\0", 8)
        || qFromBigEndian<quint32>(data.constData() + 12) != 1002) {
        *problem = QStringLiteral("bad header");
        return {};
    }
    QList<SnoopRecord> records;
    qsizetype at = 16;
    while (at + 24 <= data.size()) {
        const quint32 length = qFromBigEndian<quint32>(data.constData() + at);
        SnoopRecord r;
        r.flags = qFromBigEndian<quint32>(data.constData() + at + 8);
        r.packet = data.mid(at + 24, length);
        at += 24 + length;
        records << r;
    }
    if (at != data.size())
        *problem = QStringLiteral("trailing bytes");
    return records;
}

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QList<Uuid> serviceUuids(const GattDatabase &db)
{
    QList<Uuid> out;
    for (const Service &s : db.services())
        out << s.uuid;
    return out;
}
} // namespace

class TestDemoFiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    DeviceTab *m_tab = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>(makeBackendCatalog());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openBackend(QStringLiteral("demo")).ok());
        m_tab = connectAndDiscover(m_window.get(), HrmStrap);
        QVERIFY(m_tab);
    }

    void cleanupTestCase() { m_window.reset(); }

    void btsnoopOfAShortSession()
    {
        TrafficLogModel *log = m_window->logModel();
        QCOMPARE(readThroughEditor(m_tab, log, Uuid(quint16(0x2A38))), QByteArray::fromHex("01"));
        QCOMPARE(readThroughEditor(m_tab, log, Uuid(quint16(0x2A29))), QByteArray("gattscope Labs"));
        const Characteristic *hrm = characteristic(m_tab, Uuid(quint16(0x2A37)));
        QVERIFY(hrm);
        QVERIFY(m_tab->selectHandle(hrm->valueHandle));
        QVERIFY(m_tab->subscribeAction()->isEnabled());
        m_tab->subscribeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            !entries(log, TrafficEntry::Direction::Notification, hrm->valueHandle).isEmpty(), 5000);
        m_tab->subscribeAction()->trigger();
        QTRY_VERIFY(!m_tab->subscribeAction()->isChecked());
        QTRY_COMPARE(entries(log, TrafficEntry::Direction::Write, *hrm->cccdHandle()).size(), 2);

        // What the log holds decides the records: per entry, the PDUs it stands for; before
        // the first, the dongle's address (Read_BD_ADDR and its answer).
        log->setPaused(true); // nothing more comes in while we count and save
        int expected = 2;
        for (int r = 0; r < log->rowCount(); ++r) {
            const TrafficEntry &e = log->entry(r);
            switch (e.direction) {
            case TrafficEntry::Direction::Read:
                expected += e.value.size() > 22 ? 2 + 2 * ((e.value.size() - 1) / 22) : 2;
                break;
            case TrafficEntry::Direction::Write: expected += 2; break;
            case TrafficEntry::Direction::WriteCommand: expected += 1; break;
            case TrafficEntry::Direction::Notification: expected += 1; break;
            case TrafficEntry::Direction::Indication: expected += 2; break;
            case TrafficEntry::Direction::Event:
                if (e.event == TrafficEntry::Event::Discovered) {
                    QVERIFY(e.database);
                    QCOMPARE(e.mtu, 23);
                    expected += int(TrafficBtsnoopExporter::discoveryExchange(*e.database, e.mtu).size());
                } else {
                    expected += e.event != TrafficEntry::Event::Other;
                }
                break;
            }
        }
        const QString fileName = m_dir.filePath(QStringLiteral("session.btsnoop"));
        const Status saved = m_window->logPanel()->saveTo(fileName);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message()));
        log->setPaused(false);

        QString problem;
        const QList<SnoopRecord> records = readSnoop(fileName, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(records.size(), expected);

        // It opens with the dongle's address: Read_BD_ADDR sent, Command Complete received
        // with the virtual dongle's 00:07:80:A1:B2:C3.
        QCOMPARE(records.at(0).flags, quint32(0x02)); // sent, command
        QCOMPARE(records.at(0).packet, QByteArray::fromHex("01091000"));
        QCOMPARE(records.at(1).flags, quint32(0x03)); // received, event
        QCOMPARE(records.at(1).packet, QByteArray::fromHex("040e0a01091000c3b2a1800700"));
        // Then the link: HCI LE Connection Complete for the strap (random address).
        QCOMPARE(records.at(2).flags, quint32(0x03));
        QVERIFY(records.at(2).packet.startsWith(QByteArray::fromHex("043e13")));
        QCOMPARE(records.at(2).packet.mid(8, 7), QByteArray::fromHex("01") + HrmStrap.toLittleEndian());
        // And discovery: Read By Group Type for primary services.
        QCOMPARE(records.at(3).att(), QByteArray::fromHex("100100ffff0028"));

        // The Body Sensor Location read: request sent, response "01" received.
        const quint16 location = valueHandle(m_tab, Uuid(quint16(0x2A38)));
        qsizetype request = -1;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records[i].att() == QByteArray::fromHex("0a") + le16(location))
                request = i;
        }
        QVERIFY(request >= 0 && request + 1 < records.size());
        QCOMPARE(records[request].flags, quint32(0x00));
        QCOMPARE(records[request + 1].att(), QByteArray::fromHex("0b01"));
        QCOMPARE(records[request + 1].flags, quint32(0x01));

        // The CCCD write and a heart-rate notification.
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [&](const SnoopRecord &r) {
            return r.att()
                == QByteArray::fromHex("12") + le16(*hrm->cccdHandle()) + QByteArray::fromHex("0100");
        }));
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [&](const SnoopRecord &r) {
            return r.att().startsWith(QByteArray(QByteArray::fromHex("1b") + le16(hrm->valueHandle)))
                && r.flags == 0x01;
        }));

        // Wireshark names the handles and decodes the heart rate (tshark must be installed).
        // The link stays up: no disconnect in this capture.
        QString excerpt;
        const QStringList problems
            = checkHeartRateCapture(fileName, QStringLiteral("00:07:80:a1:b2:c3"), false, &excerpt);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        qInfo("%s", qPrintable(excerpt));
    }

    void savedPeripheralIsServedByTheDemo()
    {
        const QString fileName = m_dir.filePath(QStringLiteral("hrm-strap.json"));
        const Result<FilesController::SavedProfile> saved = m_window->saveVirtualPeripheral(m_tab, fileName);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message()));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("HRM Strap"));
        QCOMPARE(profile.value(QStringLiteral("address")).toString(), HrmStrap.toString());
        QVERIFY(!profile.value(QStringLiteral("scanResponse")).isUndefined()); // from the scanner

        // Served on its own by a fresh Demo dongle, as "Load virtual peripherals…" does.
        BackendOptions options;
        options.demoProfiles = { fileName };
        Result<std::unique_ptr<BackendHost>> created = createBackend(QStringLiteral("demo"), options);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        Backend *demo = created.value()->backend();
        QFuture<Status> opened = demo->open();
        QTRY_VERIFY(opened.isFinished());
        QVERIFY(opened.result().ok());
        QList<Advertisement> heard;
        connect(demo, &Backend::advertisementsReceived, this,
                [&heard](const QList<Advertisement> &batch) { heard += batch; });
        demo->startScan();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(heard.cbegin(), heard.cend(),
                                             [](const Advertisement &a) { return a.address == HrmStrap; }),
                                 5000);
        QFuture<Result<Connection *>> connecting = demo->connectToDevice(HrmStrap);
        QTRY_VERIFY_WITH_TIMEOUT(connecting.isFinished(), 5000);
        QVERIFY2(connecting.result().ok(), qPrintable(connecting.result().error().toString()));
        Connection *link = connecting.result().value();
        QFuture<Result<GattDatabase>> discovered = link->discover();
        QTRY_VERIFY_WITH_TIMEOUT(discovered.isFinished(), 5000);
        QVERIFY(discovered.result().ok());
        QCOMPARE(serviceUuids(discovered.result().value()), serviceUuids(m_tab->treeModel()->database()));

        // The values read before saving are served.
        const QList<const Characteristic *> maker
            = discovered.result().value().characteristicsByUuid(Uuid(quint16(0x2A29)));
        QCOMPARE(maker.size(), 1);
        QFuture<Result<QByteArray>> read = link->read(maker.first()->valueHandle);
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 5000);
        QCOMPARE(read.result().value(), QByteArray("gattscope Labs"));
    }
};

QTEST_MAIN(TestDemoFiles)
#include "tst_demofiles.moc"
