// SPDX-License-Identifier: MIT
// Fault soak: three connections to virtual peripherals that notify at 1 kHz each, for
// minutes, while the virtual dongle drops responses, injects garbage, drops links, drops a
// link in the middle of the CCCD write and reboots. The client reconnects and subscribes
// again after every lost link (as a user or the GUI asks it to). Checked:
//   - every link that came up is either still up at the end or was reported lost exactly
//     once, with a reason (kind and message); no link is left on the dongle that the host
//     does not know about;
//   - every notification that reached the host (Connection::notificationsReceived) is in
//     the recording (NotificationHub → NotificationRecorder → CSV), in order, and the hub's
//     sequence numbers have no gap;
//   - every read completes (with its value or an error), none hangs;
//   - RSS is printed after the warm-up and at the end and stays flat (the hub's rings are
//     small, so after the warm-up nothing should grow).
// GATTSCOPE_SOAK_SECONDS sets the duration (default 12 s: the ctest run); `make soak` runs
// it for minutes. Figures are printed as "soak: …" lines.
#include "support/bgapitestrig.h"

#include <gattscope/core/export/notificationrecorder.h>
#include <gattscope/core/series/notificationhub.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace gattscope;
using namespace gattscope::testing;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

const Uuid kCounterUuid = *Uuid::fromString(u"6a775001-8c3a-4f3e-9e4b-5a2c1d0e9f10");

// Three peripherals, each with a readable counter notified at 1 kHz (uint32 LE + filler).
QByteArray soakProfiles()
{
    QByteArray peripherals;
    for (int i = 1; i <= 3; ++i) {
        if (i > 1)
            peripherals += ',';
        peripherals += QStringLiteral(R"({ "name": "Soak %1", "address": "C0:50:A4:00:00:0%1",
            "addressType": "random", "advertisingInterval": 50,
            "services": [ { "uuid": "6a775000-8c3a-4f3e-9e4b-5a2c1d0e9f10", "characteristics": [
                { "uuid": "6a775001-8c3a-4f3e-9e4b-5a2c1d0e9f10", "properties": ["read", "notify"],
                  "generator": { "type": "counter", "rateHz": 1000, "size": 8 },
                  "descriptors": [ { "uuid": "2902" } ] } ] } ] })")
                           .arg(i)
                           .toUtf8();
    }
    return "{ \"peripherals\": [" + peripherals + "] }";
}

qint64 rssKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

quint32 counterOf(const QByteArray &value)
{
    if (value.size() < 4)
        return 0;
    const auto *b = reinterpret_cast<const uchar *>(value.constData());
    return quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24;
}

void addToDigest(QCryptographicHash &digest, const QByteArray &value)
{
    const quint32 size = quint32(value.size());
    digest.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    digest.addData(value);
}

void print(const QString &line)
{
    std::printf("soak: %s\n", qPrintable(line));
    std::fflush(stdout);
}

// One peripheral the soak keeps connected and subscribed.
struct Slot
{
    enum class Step : quint8 {
        Idle,
        Connecting,
        Discovering,
        Subscribing,
        Streaming
    };
    QString name;
    DeviceAddress address;
    Connection *connection = nullptr;
    Step step = Step::Idle;
    quint16 valueHandle = 0;
    int generation = 0; // bumped at every reported loss: late callbacks of the old link are ignored

    int linksUp = 0; // connectToDevice() succeeded with a connected link
    bool linkOpen = false; // a link came up and was not reported lost yet
    int linksReported = 0; // disconnected() for a link that came up
    int connectFailures = 0;
    // disconnected() for an attempt that never came up ("failed to establish"): allowed, at
    // most one per failed attempt.
    int attemptsReported = 0;
    QHash<QString, int> failures; // why connectToDevice() failed → count
    QHash<QString, int> reasons; // Error::toString() → count
    // Every notified value that reached the host, in order, as a count and a running
    // digest: the recording must give the same. (Keeping the values would be the soak's
    // own growing memory.)
    quint64 received = 0;
    std::shared_ptr<QCryptographicHash> digest
        = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha1);
    quint64 wireGaps = 0; // counter values missing within one link (lost on the wire)
    bool haveLast = false;
    quint32 last = 0;
};

class Soak : public QObject
{
public:
    explicit Soak(Rig &rig, NotificationHub &hub, quint32 seed)
        : m_rig(rig)
        , m_hub(hub)
        , m_random(seed)
    { }

    QList<Slot> slots;
    bool faultsOn = true;
    int readsStarted = 0;
    int readsOk = 0;
    QHash<int, int> readErrors; // Error::Kind → count
    int readsOutstanding = 0;
    int garbageInjected = 0;
    int linksDropped = 0;
    int resets = 0;
    QList<int> rulesFired; // per fault rule, when the faults stopped
    QHash<QString, quint64> hubEnd; // device → end sequence seen in samplesAdded
    int hubGaps = 0;

    void start()
    {
        connect(&m_hub, &NotificationHub::samplesAdded, this,
                [this](const StreamKey &key, quint64 first, quint64 end) {
                    quint64 &seen = hubEnd[key.device.toString()];
                    if (first != seen)
                        ++hubGaps;
                    seen = end;
                });
        for (int i = 0; i < slots.size(); ++i)
            connectSlot(i);
        m_readTimer.callOnTimeout(this, [this] { readAll(); });
        m_readTimer.start(100);
        m_faultTimer.callOnTimeout(this, [this] { injectFault(); });
        m_faultTimer.start(250);
        m_clock.start();
    }

    void stopFaults()
    {
        for (int i = 0; i < m_rig.dongle->faults().rules().size(); ++i)
            rulesFired.append(m_rig.dongle->faults().firedCount(i));
        faultsOn = false;
        m_faultTimer.stop();
        m_rig.dongle->faults().clear();
    }
    void stopReads() { m_readTimer.stop(); }

    bool allStreaming() const
    {
        return std::all_of(slots.cbegin(), slots.cend(),
                           [](const Slot &s) { return s.step == Slot::Step::Streaming; });
    }

private:
    void retryLater(int index, int delayMs = 50)
    {
        const int generation = slots[index].generation;
        QTimer::singleShot(delayMs, this, [this, index, generation] {
            Slot &s = slots[index];
            if (s.generation != generation)
                return; // a loss was reported meanwhile; that path reconnects
            if (s.connection && s.connection->isConnected())
                discover(index);
            else
                connectSlot(index);
        });
    }

    void connectSlot(int index)
    {
        slots[index].step = Slot::Step::Connecting;
        ConnectOptions options;
        options.timeoutMs = 1500;
        m_rig.backend->connectToDevice(slots[index].address, options)
            .then(this, [this, index](const Result<Connection *> &result) {
                Slot &s = slots[index];
                if (!result.ok() || !result.value()->isConnected()) {
                    ++s.connectFailures;
                    ++s.failures[result.ok() ? QStringLiteral("link gone at once")
                                             : result.error().toString()];
                    s.step = Slot::Step::Idle;
                    retryLater(index, 100);
                    return;
                }
                ++s.linksUp;
                s.linkOpen = true;
                s.haveLast = false;
                if (s.connection != result.value()) {
                    s.connection = result.value();
                    watch(index, s.connection);
                }
                discover(index);
            });
    }

    void watch(int index, Connection *c)
    {
        m_hub.attach(c);
        connect(c, &Connection::notificationsReceived, this, [this, index](const QList<Notification> &batch) {
            Slot &s = slots[index];
            for (const Notification &n : batch) {
                ++s.received;
                addToDigest(*s.digest, n.value);
                const quint32 counter = counterOf(n.value);
                if (s.haveLast && counter > s.last + 1)
                    s.wireGaps += counter - s.last - 1;
                s.last = counter;
                s.haveLast = true;
            }
        });
        connect(c, &Connection::disconnected, this, [this, index](const Error &reason) {
            Slot &s = slots[index];
            QVERIFY2(reason.kind() != Error::Kind::None, qPrintable(s.name));
            QVERIFY2(!reason.name().isEmpty(), qPrintable(s.name));
            if (!s.linkOpen) { // an attempt that failed; its connect future retries
                ++s.attemptsReported;
                return;
            }
            s.linkOpen = false;
            ++s.linksReported;
            ++s.generation;
            ++s.reasons[reason.toString()];
            s.step = Slot::Step::Idle;
            retryLater(index, 30);
        });
    }

    void discover(int index)
    {
        Slot &slot = slots[index];
        slot.step = Slot::Step::Discovering;
        const int generation = slot.generation;
        slot.connection->discover().then(this, [this, index, generation](const Result<GattDatabase> &db) {
            Slot &s = slots[index];
            if (s.generation != generation)
                return;
            if (!db.ok()) {
                retryLater(index);
                return;
            }
            s.valueHandle = valueHandle(db.value(), kCounterUuid);
            QVERIFY(s.valueHandle != 0);
            s.step = Slot::Step::Subscribing;
            s.connection->subscribe(s.valueHandle, Connection::Subscription::Notify)
                .then(this, [this, index, generation](const Status &status) {
                    Slot &now = slots[index];
                    if (now.generation != generation)
                        return;
                    if (!status.ok()) {
                        retryLater(index);
                        return;
                    }
                    now.step = Slot::Step::Streaming;
                });
        });
    }

    void readAll()
    {
        for (Slot &s : slots) {
            if (s.step != Slot::Step::Streaming)
                continue;
            ++readsStarted;
            ++readsOutstanding;
            s.connection->read(s.valueHandle).then(this, [this](const Result<QByteArray> &r) {
                --readsOutstanding;
                if (r.ok())
                    ++readsOk;
                else
                    ++readErrors[int(r.error().kind())];
            });
        }
    }

    void injectFault()
    {
        if (!faultsOn)
            return;
        const quint32 dice = m_random.bounded(100u);
        if (dice < 40) {
            QByteArray garbage(int(m_random.bounded(1, 17)), Qt::Uninitialized);
            for (char &c : garbage)
                c = char(m_random.bounded(256u));
            m_rig.dongle->injectBytes(garbage);
            ++garbageInjected;
        } else if (dice < 60) {
            static constexpr quint16 reasons[] = { 0x0208, 0x0213, 0x0216, 0x023E };
            if (m_rig.dongle->dropLink(quint8(m_random.bounded(3u)), reasons[m_random.bounded(4u)]))
                ++linksDropped;
        } else if (dice < 63 && m_clock.elapsed() - m_lastResetMs > 3000) {
            m_lastResetMs = m_clock.elapsed();
            m_rig.dongle->reset();
            ++resets;
        }
    }

    Rig &m_rig;
    NotificationHub &m_hub;
    QRandomGenerator m_random;
    QTimer m_readTimer;
    QTimer m_faultTimer;
    QElapsedTimer m_clock;
    qint64 m_lastResetMs = 0;
};

// The backend warns about every skipped byte and lost response; in a soak those are the
// point and thousands of them bury the figures. They are counted, not printed; everything
// else goes to Qt Test's handler.
QtMessageHandler g_previousHandler = nullptr;
int g_backendWarnings = 0;

void countBackendWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && context.category && qstrncmp(context.category, "gattscope.bgapi", 15) == 0) {
        ++g_backendWarnings;
        return;
    }
    g_previousHandler(type, context, message);
}

// Runs the event loop for `ms` (the soak's duration is the point: there is no signal to
// wait for).
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

class TestBgapiSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeLinksUnderFaults();
};

void TestBgapiSoak::threeLinksUnderFaults()
{
    const int seconds = qEnvironmentVariableIsSet("GATTSCOPE_SOAK_SECONDS")
        ? qEnvironmentVariableIntValue("GATTSCOPE_SOAK_SECONDS")
        : 12;
    QVERIFY2(seconds >= 5, "GATTSCOPE_SOAK_SECONDS: at least 5");
    const quint32 seed = qEnvironmentVariableIsSet("GATTSCOPE_SOAK_SEED")
        ? quint32(qEnvironmentVariableIntValue("GATTSCOPE_SOAK_SEED"))
        : 0x50A4;

    const Result<ProfileSet> profiles = ProfileLoader::loadJson(soakProfiles(), QStringLiteral("soak"));
    QVERIFY2(profiles.ok(), qPrintable(profiles.error().toString()));
    VirtualDongleOptions dongleOptions;
    dongleOptions.maxConnections = 3;
    BgapiOptions options = fastOptions(500);
    Rig rig(dongleOptions, options, &profiles.value());
    QVERIFY(rig.open().ok());

    // Responses lost and links dropped in the middle of a procedure, at a steady rate.
    FaultRule dropRead;
    dropRead.action = FaultRule::Action::DropResponse;
    dropRead.command = QStringLiteral("attclient_read_by_handle");
    dropRead.nth = 5;
    dropRead.every = 23;
    rig.dongle->faults().addRule(dropRead);
    FaultRule garbageBeforeRead;
    garbageBeforeRead.action = FaultRule::Action::InjectGarbage;
    garbageBeforeRead.command = QStringLiteral("attclient_read_by_handle");
    garbageBeforeRead.garbage = QByteArray::fromHex("80ff0405");
    garbageBeforeRead.nth = 11;
    garbageBeforeRead.every = 37;
    rig.dongle->faults().addRule(garbageBeforeRead);
    FaultRule dropOnSubscribe;
    dropOnSubscribe.action = FaultRule::Action::Disconnect;
    dropOnSubscribe.command = QStringLiteral("attclient_attribute_write");
    dropOnSubscribe.nth = 4;
    dropOnSubscribe.every = 7;
    rig.dongle->faults().addRule(dropOnSubscribe);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NotificationHub hub;
    hub.setCapacity(4096); // ~4 s per stream: after the warm-up, memory must not grow
    NotificationRecorder recorder(&hub);
    const QString file = dir.filePath(QStringLiteral("soak.csv"));
    QVERIFY(!recorder.start(file, NotificationRecorder::Format::Csv));

    g_previousHandler = qInstallMessageHandler(countBackendWarnings);
    const auto restoreHandler = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
    Soak soak(rig, hub, seed);
    for (int i = 1; i <= 3; ++i) {
        Slot s;
        s.name = QStringLiteral("Soak %1").arg(i);
        s.address = rig.peripheral(s.name)->address();
        soak.slots.append(s);
    }
    print(QStringLiteral("%1 s, seed %2, 3 links at 1 kHz").arg(seconds).arg(seed));
    soak.start();

    const int warmUpMs = 5000;
    runFor(warmUpMs);
    const qint64 rssStart = rssKiB();
    print(QStringLiteral("RSS after %1 s warm-up: %2 MiB")
              .arg(warmUpMs / 1000)
              .arg(rssStart / 1024.0, 0, 'f', 1));
    runFor(seconds * 1000 - warmUpMs);

    // Quiet: no more faults; everything must come back and stream again.
    soak.stopFaults();
    QTRY_VERIFY_WITH_TIMEOUT(soak.allStreaming(), 10000);
    const quint64 before = hub.totalReceived();
    QTRY_VERIFY_WITH_TIMEOUT(hub.totalReceived() > before + 300, 5000);
    soak.stopReads();
    QTRY_COMPARE_WITH_TIMEOUT(soak.readsOutstanding, 0, 5000);
    const qint64 rssEnd = rssKiB();
    print(QStringLiteral("RSS at the end: %1 MiB (%2%3 MiB)")
              .arg(rssEnd / 1024.0, 0, 'f', 1)
              .arg(rssEnd >= rssStart ? QStringLiteral("+") : QString())
              .arg((rssEnd - rssStart) / 1024.0, 0, 'f', 1));

    // Stop the streams, then let what is in flight arrive before comparing.
    for (const Slot &s : std::as_const(soak.slots))
        QVERIFY(await(s.connection->subscribe(s.valueHandle, Connection::Subscription::Off)).ok());
    runFor(200);
    recorder.stop();

    // Every link that came up was reported lost once, or is still up; a failed attempt was
    // reported at most once.
    quint64 received = 0;
    quint64 wireGaps = 0;
    for (const Slot &s : std::as_const(soak.slots)) {
        QStringList failures;
        for (auto it = s.failures.cbegin(); it != s.failures.cend(); ++it)
            failures.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
        print(QStringLiteral("%1: %2 links, %3 reported lost; %4 failed connects (%5 reported): %6; %7 "
                             "notifications, %8 lost on the wire")
                  .arg(s.name)
                  .arg(s.linksUp)
                  .arg(s.linksReported)
                  .arg(s.connectFailures)
                  .arg(s.attemptsReported)
                  .arg(failures.isEmpty() ? QStringLiteral("none") : failures.join(QStringLiteral(", ")))
                  .arg(s.received)
                  .arg(s.wireGaps));
        QVERIFY2(s.connection->isConnected(), qPrintable(s.name));
        QCOMPARE(s.linksReported, s.linksUp - 1);
        QVERIFY(s.attemptsReported <= s.connectFailures);
        received += s.received;
        wireGaps += s.wireGaps;
    }
    QCOMPARE(rig.dongle->connectionCount(), 3);

    QHash<QString, int> reasons;
    for (const Slot &s : std::as_const(soak.slots)) {
        for (auto it = s.reasons.cbegin(); it != s.reasons.cend(); ++it)
            reasons[it.key()] += it.value();
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        print(QStringLiteral("  lost: %1 × %2").arg(it.value(), 4).arg(it.key()));
    QCOMPARE(soak.rulesFired.size(), 3);
    print(QStringLiteral(
              "faults: %1 garbage injections, %2 links dropped, %3 resets; rules fired: %4 read responses "
              "dropped, %5 garbage before a read, %6 links dropped at a CCCD write")
              .arg(soak.garbageInjected)
              .arg(soak.linksDropped)
              .arg(soak.resets)
              .arg(soak.rulesFired[0])
              .arg(soak.rulesFired[1])
              .arg(soak.rulesFired[2]));
    QStringList readErrors;
    for (auto it = soak.readErrors.cbegin(); it != soak.readErrors.cend(); ++it)
        readErrors.append(QStringLiteral("%1 %2").arg(it.value()).arg(errorKindName(Error::Kind(it.key()))));
    print(QStringLiteral("reads: %1 started, %2 ok, failed: %3")
              .arg(soak.readsStarted)
              .arg(soak.readsOk)
              .arg(readErrors.isEmpty() ? QStringLiteral("none") : readErrors.join(QStringLiteral(", "))));
    print(QStringLiteral("backend warnings (skipped garbage, lost responses …): %1").arg(g_backendWarnings));
    print(QStringLiteral(
              "notifications: %1 sent by the dongle, %2 reached the host, %3 lost on the wire, %4 recorded")
              .arg(rig.dongle->notificationsSent())
              .arg(received)
              .arg(wireGaps)
              .arg(recorder.recordedCount()));

    // The soak must have done what it claims.
    QVERIFY(soak.linksDropped + soak.resets > 0);
    QVERIFY(soak.garbageInjected > 0);
    QVERIFY(received > quint64(seconds) * 1000); // at least a third of the nominal rate

    // Nothing that reached the host is missing from the recording, nor added, nor reordered:
    // the same count and the same digest per device.
    QCOMPARE(soak.hubGaps, 0);
    QCOMPARE(recorder.recordedCount(), received);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine(), NotificationRecorder::csvHeader().toUtf8());
    struct Recorded
    {
        quint64 count = 0;
        std::shared_ptr<QCryptographicHash> digest
            = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha1);
    };
    QHash<QString, Recorded> recorded;
    while (!csv.atEnd()) {
        const QList<QByteArray> fields = csv.readLine().trimmed().split(',');
        // time,timestamp_us,device,handle,kind,hex,missing: a gap row (samples the hub had
        // to drop before the recorder read them) would be a loss.
        QCOMPARE(fields.size(), 7);
        QVERIFY2(fields[6].isEmpty(), "the recording has a gap");
        Recorded &r = recorded[QString::fromLatin1(fields[2])];
        ++r.count;
        addToDigest(*r.digest, QByteArray::fromHex(fields[5]));
    }
    QCOMPARE(recorded.size(), soak.slots.size());
    for (const Slot &s : std::as_const(soak.slots)) {
        const Recorded r = recorded.value(s.address.toString());
        QCOMPARE(r.count, s.received);
        QCOMPARE(r.digest->result().toHex(), s.digest->result().toHex());
    }

    // Flat: after the warm-up, at most a few MiB for allocator noise. (Under ASan the
    // quarantine holds freed memory back, so only print.)
    if (!kSanitized)
        QVERIFY2(rssEnd - rssStart < 16 * 1024, "RSS grew by more than 16 MiB after the warm-up");
}

QTEST_GUILESS_MAIN(TestBgapiSoak)
#include "tst_bgapisoak.moc"
