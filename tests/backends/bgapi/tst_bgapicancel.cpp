// SPDX-License-Identifier: MIT
// Cancellation through the BGAPI client, against the in-process virtual BLED112 with a tap
// on the wire: what the caller cancels completes as Cancelled at once; commands that were
// not sent never are; a procedure already running on the dongle ends unheard, before the
// next one starts; and the link goes on working.
#include "support/bgapitestrig.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace gattscope;
using namespace gattscope::testing;

namespace {
const Uuid kLongValue = *Uuid::fromString(u"6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kName = *Uuid::fromString(u"6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const Uuid kBigLong = *Uuid::fromString(u"6a77b0ff-8c3a-4f3e-9e4b-5a2c1d0e9f10");
const QString kMotion = QStringLiteral("gattscope Motion");
const QString kBig = QStringLiteral("Big Database");

// A peripheral with a database large enough that discovering it takes many procedures,
// and a 500-byte value that takes many Read Blob round trips.
ProfileSet bigDatabase()
{
    QString services;
    for (int s = 0; s < 3; ++s) {
        QString characteristics;
        for (int c = 0; c < 20; ++c) {
            characteristics
                += QStringLiteral(
                       R"({ "uuid": "6a77b%1%2-8c3a-4f3e-9e4b-5a2c1d0e9f10", "properties": ["read"],)"
                       R"( "text": "value %1.%2", "descriptors": [ { "uuid": "2901", "text": "n%2" } ] },)")
                       .arg(s)
                       .arg(c, 2, 10, QLatin1Char('0'));
        }
        if (s == 2)
            characteristics += QStringLiteral(
                R"({ "uuid": "6a77b0ff-8c3a-4f3e-9e4b-5a2c1d0e9f10", "properties": ["read"], "ramp": 500 },)");
        characteristics.chop(1);
        services += QStringLiteral(
                        R"({ "uuid": "6a77c%1ff-8c3a-4f3e-9e4b-5a2c1d0e9f10", "characteristics": [ %2 ] },)")
                        .arg(s)
                        .arg(characteristics);
    }
    services.chop(1);
    const QString json = QStringLiteral(R"({ "name": "Big Database", "address": "C1:1D:1C:A7:0B:16",)"
                                        R"( "addressType": "random", "services": [ %1 ] })")
                             .arg(services);
    return ProfileLoader::loadJson(json.toUtf8(), QStringLiteral("big")).value();
}

// The value handle of characteristic `uuid` on the peripheral itself (reads and writes by
// handle need no discovery, which is slow on a paced dongle).
quint16 serverHandle(const Rig &rig, const QString &peripheral, const Uuid &uuid)
{
    for (const VirtualCharacteristic &c : rig.peripheral(peripheral)->gatt().characteristics()) {
        if (c.uuid == uuid)
            return c.valueHandle;
    }
    return 0;
}

// Returns once the backend's thread has handled everything asked of it so far, so that a
// cancellation that follows reaches an operation the backend has taken on (one cancelled
// before that never reaches the backend at all: cancelledBeforeItReachesTheBackend).
void letTheBackendCatchUp(const Rig &rig)
{
    QMetaObject::invokeMethod(
        rig.backend, [] {}, Qt::BlockingQueuedConnection);
}

VirtualDongleOptions paced(int stepMs)
{
    VirtualDongleOptions o;
    o.procedureStepMs = stepMs;
    return o;
}

// The handle a read_by_handle on the wire asks for; 0 for any other command.
quint16 readHandle(const BgapiPacket &command)
{
    const Result<bgapi::Command> decoded = bgapi::decodeCommand(command);
    if (!decoded.ok())
        return 0;
    const auto *read = std::get_if<bgapi::AttclientReadByHandle>(&decoded.value());
    return read ? read->handle : 0;
}

int readsOf(const Rig &rig, quint16 handle)
{
    int n = 0;
    for (const BgapiPacket &p : rig.commands)
        n += readHandle(p) == handle ? 1 : 0;
    return n;
}

// What the dongle says and hears, in order: commands by name, and the events that matter
// here ("value" for a read result, "completed" for procedure_completed).
struct Conversation
{
    QStringList lines;
    explicit Conversation(Rig &rig)
    {
        rig.dongle->setTrafficSignals(true);
        QObject::connect(rig.dongle, &VirtualDongle::commandReceived, &rig.context,
                         [this](const QByteArray &b) {
                             const Result<BgapiPacket> p = BgapiPacket::fromBytes(b);
                             if (p.ok())
                                 lines.append(bgapi::messageName(p.value(), bgapi::Direction::HostToDevice));
                         });
        QObject::connect(rig.dongle, &VirtualDongle::packetSent, &rig.context, [this](const QByteArray &b) {
            if (b.size() < 8 || quint8(b[0]) != 0x80 || b[2] != 4)
                return;
            if (b[3] == 1)
                lines.append(QStringLiteral("completed"));
            else if (b[3] == 5 && (b[7] == 0 || b[7] == 4)) // attribute_value: read, read blob
                lines.append(QStringLiteral("value"));
        });
    }
    int count(const QString &line) const { return int(lines.count(line)); }
};
} // namespace

class TestBgapiCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelledBeforeItReachesTheBackend();
    void queuedReadIsNeverSent();
    void commandWaitingForItsTurnIsDropped();
    void cancelMidDiscovery();
    void cancelLongReadMidway();
    void cancelLongWriteDropsWhatThePeerPrepared();
    void cancelConnectAttempts();
    void cancelBondListing();
};

void TestBgapiCancel::cancelledBeforeItReachesTheBackend()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(kMotion).value();
    QVERIFY(c);
    const quint16 name = serverHandle(rig, kMotion, kName);
    rig.tapCommands();
    // Hold the backend's thread while the caller asks and changes its mind.
    QSemaphore hold;
    QMetaObject::invokeMethod(
        rig.backend, [&hold] { hold.acquire(); }, Qt::QueuedConnection);
    QFuture<Result<QByteArray>> read = c->read(name);
    read.cancel();
    hold.release();
    QCOMPARE(await(read).error().kind(), Error::Kind::Cancelled);
    QCOMPARE(await(c->read(name)).value(), QByteArray("Motion Sensor"));
    QCOMPARE(readsOf(rig, name), 1); // only the second read went out
}

void TestBgapiCancel::queuedReadIsNeverSent()
{
    Rig rig(paced(40));
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(kMotion).value();
    QVERIFY(c);
    const quint16 name = serverHandle(rig, kMotion, kName);
    const quint16 longHandle = serverHandle(rig, kMotion, kLongValue);
    QVERIFY(name && longHandle);
    rig.tapCommands();

    // A long read (10 round trips of 40 ms) holds the link; a read waits behind it.
    const QFuture<Result<QByteArray>> longRead = c->read(longHandle, Connection::ReadMode::Long);
    QFuture<Result<QByteArray>> queued = c->read(name);
    letTheBackendCatchUp(rig);
    queued.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(queued.isFinished(), 2000);
    QVERIFY(!longRead.isFinished()); // Cancelled at once, not when the link got to it
    QCOMPARE(await(queued).error().kind(), Error::Kind::Cancelled);

    const Result<QByteArray> value = await(longRead);
    QVERIFY2(value.ok(), qPrintable(value.error().toString()));
    QCOMPARE(value.value().size(), 200);
    // The link carries on, and the cancelled read never reached the dongle.
    QCOMPARE(await(c->read(name)).value(), QByteArray("Motion Sensor"));
    QCOMPARE(readsOf(rig, name), 1);
}

void TestBgapiCancel::commandWaitingForItsTurnIsDropped()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(kMotion).value();
    QVERIFY(c);
    const quint16 name = serverHandle(rig, kMotion, kName);
    // A slow answer holds the command queue (one command in flight), so the commands
    // asked for next wait there, not yet written.
    FaultRule slow;
    slow.action = FaultRule::Action::DelayResponse;
    slow.command = QStringLiteral("connection_get_rssi");
    slow.delayMs = 400;
    rig.dongle->faults().addRule(slow);
    rig.tapCommands();
    const QFuture<Result<int>> rssi = c->readRssi();
    QTRY_COMPARE(rig.commandCount(QStringLiteral("connection_get_rssi")), 1);
    QFuture<Result<QByteArray>> read = c->read(name); // running, its command waits
    QFuture<Result<int>> rssi2 = c->readRssi();
    letTheBackendCatchUp(rig);
    read.cancel();
    rssi2.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(read.isFinished() && rssi2.isFinished(), 2000);
    QVERIFY(!rssi.isFinished());
    QCOMPARE(await(read).error().kind(), Error::Kind::Cancelled);
    QCOMPARE(await(rssi2).error().kind(), Error::Kind::Cancelled);

    QVERIFY(await(rssi).ok());
    QCOMPARE(await(c->read(name)).value(), QByteArray("Motion Sensor"));
    QCOMPARE(readsOf(rig, name), 1);
    QCOMPARE(rig.commandCount(QStringLiteral("connection_get_rssi")), 1);
}

void TestBgapiCancel::cancelMidDiscovery()
{
    const ProfileSet big = bigDatabase();
    Rig rig(paced(4), fastOptions(), &big);
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(kBig).value();
    QVERIFY(c);
    QSignalSpy discovered(c, &Connection::discovered);
    rig.tapCommands();
    QFuture<Result<GattDatabase>> first = c->discover();
    // Some way in: services found, characteristics being read.
    QTRY_VERIFY_WITH_TIMEOUT(rig.commandCount(QStringLiteral("attclient_read_by_type")) >= 2, 10000);
    const qsizetype cancelledAt = rig.commands.size();
    first.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(first.isFinished(), 1000);
    QCOMPARE(await(first).error().kind(), Error::Kind::Cancelled);
    QVERIFY(!c->isDiscovered());

    const Result<GattDatabase> second = await(c->discover(), 30000);
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    QCOMPARE(second.value().attributeCount(), int(rig.peripheral(kBig)->gatt().lastHandle()));
    QCOMPARE(discovered.size(), 1); // only the second one
    QVERIFY(c->isDiscovered());
    // Between the cancellation and the second discovery, at most the procedure that was
    // on its way already went out; the second one began from the start.
    const QStringList after = rig.commandNames(cancelledAt);
    const qsizetype restart = after.indexOf(QStringLiteral("attclient_read_by_group_type"));
    QVERIFY(restart >= 0);
    QVERIFY2(restart <= 1, qPrintable(after.mid(0, restart).join(u' ')));
}

void TestBgapiCancel::cancelLongReadMidway()
{
    const ProfileSet big = bigDatabase();
    Rig rig(paced(20), fastOptions(), &big);
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(kBig).value();
    QVERIFY(c);
    const quint16 longHandle = serverHandle(rig, kBig, kBigLong);
    QVERIFY(longHandle);
    Conversation wire(rig);

    // 500 bytes: 23 round trips of 20 ms.
    QFuture<Result<QByteArray>> read = c->read(longHandle, Connection::ReadMode::Long);
    QTRY_VERIFY_WITH_TIMEOUT(wire.count(QStringLiteral("value")) >= 3, 5000);
    read.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 2000);
    // Done before the dongle had finished the procedure, which it could not be told to stop.
    QCOMPARE(wire.count(QStringLiteral("completed")), 0);
    QCOMPARE(await(read).error().kind(), Error::Kind::Cancelled);
    QVERIFY(!c->database().value(longHandle).has_value()); // nothing stored of it

    // The next read goes out only after that procedure's end, and gets its own value.
    const Result<QByteArray> deviceName = await(c->read(3));
    QCOMPARE(deviceName.value(), QByteArray("Big Database"));
    const qsizetype completed = wire.lines.indexOf(QStringLiteral("completed"));
    const qsizetype nextRead = wire.lines.indexOf(QStringLiteral("attclient_read_by_handle"));
    QVERIFY(completed >= 0 && nextRead > completed);

    const Result<QByteArray> whole = await(c->read(longHandle, Connection::ReadMode::Long));
    QVERIFY2(whole.ok(), qPrintable(whole.error().toString()));
    QCOMPARE(whole.value(), rig.peripheral(kBig)->gatt().attribute(longHandle)->value);
    QCOMPARE(whole.value().size(), 500);
}

void TestBgapiCancel::cancelLongWriteDropsWhatThePeerPrepared()
{
    Rig rig(paced(60));
    QVERIFY(rig.open().ok());
    Connection *c = rig.connect(kMotion).value();
    QVERIFY(c);
    const quint16 name = serverHandle(rig, kMotion, kName);
    rig.tapCommands();
    QFuture<Status> write = c->write(name, QByteArray(60, 'w'), Connection::WriteMode::Long); // 4 chunks
    QTRY_VERIFY(rig.commandCount(QStringLiteral("attclient_prepare_write")) >= 1);
    write.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(write.isFinished(), 2000);
    QCOMPARE(await(write).error().kind(), Error::Kind::Cancelled);
    // The value is unchanged: the peer was told to drop what it had prepared.
    QCOMPARE(await(c->read(name)).value(), QByteArray("Motion Sensor"));
    QVERIFY(rig.commandCount(QStringLiteral("attclient_prepare_write")) < 4);
    QList<bool> commits;
    for (const BgapiPacket &p : std::as_const(rig.commands)) {
        const Result<bgapi::Command> decoded = bgapi::decodeCommand(p);
        if (const auto *e
            = decoded.ok() ? std::get_if<bgapi::AttclientExecuteWrite>(&decoded.value()) : nullptr)
            commits.append(e->commit);
    }
    QCOMPARE(commits, QList<bool>({ false }));
}

void TestBgapiCancel::cancelConnectAttempts()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    FaultRule refuse; // the peer never answers: the attempt runs until its timeout
    refuse.action = FaultRule::Action::RefuseConnection;
    refuse.nth = 1;
    rig.dongle->faults().addRule(refuse);
    rig.tapCommands();
    QList<Error> reasons;
    // Direct: the queued attempt's link goes down as soon as the backend thread sees the
    // cancel, which can be before this thread would have run a queued connectionAdded slot.
    QObject::connect(
        rig.backend, &Backend::connectionAdded, &rig.context,
        [&](Connection *added) {
            QObject::connect(added, &Connection::disconnected, &rig.context,
                             [&](const Error &e) { reasons.append(e); });
        },
        Qt::DirectConnection);
    ConnectOptions slow;
    slow.timeoutMs = 20000;
    const DeviceAddress first = rig.peripheral(QStringLiteral("EnviroSense"))->address();
    const DeviceAddress second = rig.peripheral(QStringLiteral("HRM Strap"))->address();
    QFuture<Result<Connection *>> running = rig.backend->connectToDevice(first, slow);
    QTRY_COMPARE(rig.commandCount(QStringLiteral("gap_connect_direct")), 1);
    QFuture<Result<Connection *>> queued = rig.backend->connectToDevice(second, slow);
    letTheBackendCatchUp(rig);

    // The queued attempt never reaches the dongle.
    queued.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(queued.isFinished(), 2000);
    QCOMPARE(await(queued).error().kind(), Error::Kind::Cancelled);
    // The running one ends long before its timeout, and the dongle's procedure is ended.
    running.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 2000);
    QCOMPARE(await(running).error().kind(), Error::Kind::Cancelled);
    QTRY_COMPARE(reasons.size(), 2);
    QCOMPARE(reasons[0], Error::controller(0x3E));
    QCOMPARE(reasons[1], Error::controller(0x3E));
    QTRY_COMPARE(rig.commandNames().last(), QStringLiteral("gap_end_procedure"));
    QCOMPARE(rig.commandCount(QStringLiteral("gap_connect_direct")), 1);

    const Result<Connection *> again = rig.connect(QStringLiteral("HRM Strap"));
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(rig.dongle->connectionCount(), 1);
}

void TestBgapiCancel::cancelBondListing()
{
    Rig rig;
    QVERIFY(rig.open().ok());
    FaultRule slow;
    slow.action = FaultRule::Action::DelayResponse;
    slow.command = QStringLiteral("sm_get_bonds");
    slow.delayMs = 400;
    rig.dongle->faults().addRule(slow);
    rig.tapCommands();
    QFuture<Result<QList<Backend::Bond>>> listing = rig.backend->bonds();
    QTRY_COMPARE(rig.commandCount(QStringLiteral("sm_get_bonds")), 1);
    listing.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(listing.isFinished(), 300);
    QCOMPARE(await(listing).error().kind(), Error::Kind::Cancelled);
    // The bond store is still there to be asked.
    const Result<QList<Backend::Bond>> again = await(rig.backend->bonds());
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QVERIFY(again.value().isEmpty());
}

QTEST_GUILESS_MAIN(TestBgapiCancel)
#include "tst_bgapicancel.moc"
