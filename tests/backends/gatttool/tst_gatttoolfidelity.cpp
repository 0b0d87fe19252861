// SPDX-License-Identifier: MIT
// The fake gatttool (gattscope-sim --gatttool) against the real /usr/bin/gatttool (BlueZ
// 5.66), byte for byte: the same input, the same output.
// - Without a radio: option parsing and help, the prompt, echo, every command's answer on
//   a disconnected session, quoting, the empty line, SIGINT/SIGTERM, in dumb and xterm
//   terminals. The real gatttool runs here as it is.
// - Connected sessions: the real gatttool runs with an LD_PRELOAD shim (shim/btshim.cpp)
//   that turns its L2CAP socket into a Unix socket served by this test with the same ATT
//   server, link and fault rules the fake uses (FakeAttServer, FakeAttLink), on the same
//   virtual peripheral. So discovery, reads, writes, errors, MTU, link loss and the crash
//   of 5.66 when a link drops during a request are compared too.
// QSKIP when /usr/bin/gatttool is absent (scripts/install-deps installs Debian's bluez).
// With GATTSCOPE_RECORD_TRANSCRIPTS=<dir>, the real gatttool's output of each connected
// script is written there (that is how transcripts/*.out were made).
#include "support/testprofile.h"

#include <gattscope/app/sim/gatttool/fakeattlink.h>
#include <gattscope/app/sim/gatttool/fakeattserver.h>
#include <gattscope/backends/backendfactory.h>
#include <gattscope/backends/gatttool/gatttoolparser.h>
#include <gattscope/backends/virtual/faultinjector.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualperipheral.h>
#include <gattscope/core/backend/awaitresult.h>

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace gattscope;

namespace {

const QString kRealGatttool = QStringLiteral("/usr/bin/gatttool");

struct Step
{
    Step(QByteArray in = {}, int promptsDrawn = 1, QByteArray endsWith = {}, QByteArray logged = {})
        : input(std::move(in))
        , prompts(promptsDrawn)
        , until(std::move(endsWith))
        , stderrUntil(std::move(logged))
    { }
    QByteArray input; // bytes for stdin; "!INT"/"!TERM" send a signal
    int prompts = 1; // prompts drawn in answer (0: wait for the process to end)
    QByteArray until; // instead of prompts: wait until the output ends with this
    QByteArray stderrUntil; // and then until stderr says this (a link that dropped)
};

struct Run
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString problem; // non-empty: the script could not be played
};

int promptCount(const QByteArray &out)
{
    return int(out.count("[LE]> ") + out.count("[BR]> "));
}

QByteArray normalised(QByteArray err)
{
    static const QRegularExpression pid(QStringLiteral("\\(gatttool:\\d+\\)"));
    static const QRegularExpression time(QStringLiteral("\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d"));
    QString s = QString::fromLatin1(err);
    s.replace(pid, QStringLiteral("(gatttool:PID)"));
    s.replace(time, QStringLiteral("HH:MM:SS.mmm"));
    return s.toLatin1();
}

// Plays `steps` on a program; waits for each step's prompts (or the end), never for time.
Run play(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
         const QList<Step> &steps, bool interactive)
{
    Run run;
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    if (!p.waitForStarted(5000)) {
        run.problem = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return run;
    }
    int expected = interactive ? 1 : 0;
    // The event loop keeps running meanwhile: the test's ATT server lives in it.
    auto waitUntil = [&](const std::function<bool()> &done) {
        return QTest::qWaitFor(
                   [&] {
                       run.out += p.readAllStandardOutput();
                       run.err += p.readAllStandardError();
                       return done() || p.state() == QProcess::NotRunning;
                   },
                   8000)
            && done();
    };
    auto waitFor = [&](int prompts) {
        if (prompts == 0)
            return waitUntil([&] { return p.state() == QProcess::NotRunning; });
        return waitUntil([&] { return promptCount(run.out) >= prompts; });
    };
    if (interactive && !waitFor(expected)) {
        run.problem = QStringLiteral("no first prompt");
    }
    for (const Step &step : steps) {
        if (!run.problem.isEmpty())
            break;
        if (step.input == "!INT")
            ::kill(pid_t(p.processId()), SIGINT);
        else if (step.input == "!TERM")
            ::kill(pid_t(p.processId()), SIGTERM);
        else
            p.write(step.input);
        if (!step.until.isEmpty()) {
            if (!waitUntil([&] { return run.out.endsWith(step.until); }))
                run.problem = QStringLiteral("no '%1' at the end").arg(QString::fromLatin1(step.until));
            continue;
        }
        if (step.prompts == 0) {
            if (!waitFor(0))
                run.problem
                    = QStringLiteral("did not end after %1").arg(QString::fromLatin1(step.input.toHex()));
            continue;
        }
        expected += step.prompts;
        if (!waitFor(expected)) {
            run.problem = QStringLiteral("after %1: %2 prompts, expected %3; output so far:\n%4")
                              .arg(QString::fromLatin1(step.input), QString::number(promptCount(run.out)),
                                   QString::number(expected), QString::fromLatin1(run.out));
        }
        if (!step.stderrUntil.isEmpty() && !waitUntil([&] { return run.err.contains(step.stderrUntil); }))
            run.problem = QStringLiteral("stderr never said '%1'").arg(QString::fromLatin1(step.stderrUntil));
    }
    if (!interactive && run.problem.isEmpty() && !waitFor(0))
        run.problem = QStringLiteral("did not end by itself");
    if (p.state() != QProcess::NotRunning) {
        p.terminate();
        if (!p.waitForFinished(3000))
            p.kill();
        p.waitForFinished(3000);
    }
    run.out += p.readAllStandardOutput();
    run.err += p.readAllStandardError();
    run.exitCode = p.exitCode();
    run.status = p.exitStatus();
    return run;
}

// The test's end of the shim's socket: one FakeAttServer + FakeAttLink per connection,
// like the fake gatttool makes per link.
class AttSocketServer : public QObject
{
    Q_OBJECT

public:
    AttSocketServer(const QString &path, const ProfileSet &profiles)
        : m_path(path)
    {
        quint32 seed = 0x6a77;
        for (const PeripheralProfile &profile : profiles.peripherals)
            m_peripherals.append(new VirtualPeripheral(profile, seed++, true, this));
        m_faults.addRules(profiles.faults);
        m_listener = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, QFile::encodeName(path).constData(), sizeof address.sun_path);
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 4) != 0)
            return;
        m_acceptor = new QSocketNotifier(m_listener, QSocketNotifier::Read, this);
        connect(m_acceptor, &QSocketNotifier::activated, this, &AttSocketServer::onAccept);
    }
    ~AttSocketServer() override
    {
        closeClient();
        if (m_listener >= 0)
            ::close(m_listener);
    }
    bool isListening() const { return m_acceptor != nullptr; }
    FaultInjector &faults() { return m_faults; }

Q_SIGNALS:
    // A notification or indication PDU sent to the client.
    void pushed(const QByteArray &pdu);

private:
    void onAccept()
    {
        closeClient();
        m_client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (m_client < 0)
            return;
        m_reader = new QSocketNotifier(m_client, QSocketNotifier::Read, this);
        connect(m_reader, &QSocketNotifier::activated, this, &AttSocketServer::onRead);
        m_hello = true;
    }
    void onRead()
    {
        char buffer[1024];
        const ssize_t n = ::recv(m_client, buffer, sizeof buffer, 0);
        if (n <= 0) {
            closeClient();
            return;
        }
        const QByteArray pdu(buffer, int(n));
        if (m_hello) {
            m_hello = false;
            quint64 value = 0;
            for (int i = 5; i >= 0; --i)
                value = (value << 8) | quint8(pdu.at(i));
            const DeviceAddress peer = DeviceAddress::fromAirAddress(value, pdu.size() > 6 && pdu.at(6) == 2);
            for (VirtualPeripheral *p : std::as_const(m_peripherals)) {
                if (p->address() == peer) {
                    m_server = new FakeAttServer(p, &m_faults, this);
                    m_link = new FakeAttLink(m_server, &m_faults, 0, this);
                    connect(m_link, &FakeAttLink::received, this, [this](const QByteArray &answer) {
                        if (m_client >= 0)
                            ::send(m_client, answer.constData(), size_t(answer.size()), MSG_NOSIGNAL);
                        const quint8 opcode = answer.isEmpty() ? 0 : quint8(answer.at(0));
                        if (opcode == 0x1B || opcode == 0x1D)
                            Q_EMIT pushed(answer);
                    });
                    connect(m_link, &FakeAttLink::lost, this, [this] {
                        if (m_client >= 0)
                            ::shutdown(m_client, SHUT_RDWR);
                    });
                    p->setConnected(true);
                    m_target = p;
                }
            }
            return;
        }
        if (m_link)
            m_link->send(pdu);
    }
    void closeClient()
    {
        delete m_reader;
        m_reader = nullptr;
        if (m_client >= 0)
            ::close(m_client);
        m_client = -1;
        delete m_link;
        delete m_server;
        if (m_target)
            m_target->setConnected(false);
        m_target = nullptr;
    }

    QString m_path;
    QList<VirtualPeripheral *> m_peripherals;
    FaultInjector m_faults;
    int m_listener = -1;
    int m_client = -1;
    bool m_hello = false;
    QSocketNotifier *m_acceptor = nullptr;
    QSocketNotifier *m_reader = nullptr;
    QPointer<FakeAttServer> m_server;
    QPointer<FakeAttLink> m_link;
    VirtualPeripheral *m_target = nullptr;
};

} // namespace

Q_DECLARE_METATYPE(Step)

class TestGatttoolFidelity : public QObject
{
    Q_OBJECT

private:
    QString m_sim;
    QTemporaryDir m_dir;
    QByteArray m_columns; // COLUMNS for both, when set

    QProcessEnvironment environment(const QByteArray &term) const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        if (!term.isEmpty())
            e.insert(QStringLiteral("TERM"), QString::fromLatin1(term));
        if (!m_columns.isEmpty())
            e.insert(QStringLiteral("COLUMNS"), QString::fromLatin1(m_columns));
        return e;
    }

    // Runs the script on both and compares.
    void compare(const QStringList &gatttoolArguments, const QList<Step> &steps, const QByteArray &term,
                 bool interactive = true, const QStringList &simArguments = {},
                 const QProcessEnvironment &realEnvironment = QProcessEnvironment(),
                 const QString &record = {})
    {
        QProcessEnvironment realEnv = environment(term);
        for (const QString &key : realEnvironment.keys())
            realEnv.insert(key, realEnvironment.value(key));
        const Run real = play(kRealGatttool, gatttoolArguments, realEnv, steps, interactive);
        QVERIFY2(real.problem.isEmpty(), qPrintable(QStringLiteral("real gatttool: ") + real.problem));
        const Run fake
            = play(m_sim, simArguments + QStringList { QStringLiteral("--gatttool") } + gatttoolArguments,
                   environment(term), steps, interactive);
        QVERIFY2(fake.problem.isEmpty(), qPrintable(QStringLiteral("fake gatttool: ") + fake.problem));
        if (!record.isEmpty() && qEnvironmentVariableIsSet("GATTSCOPE_RECORD_TRANSCRIPTS")) {
            QFile f(qEnvironmentVariable("GATTSCOPE_RECORD_TRANSCRIPTS") + u'/' + record
                    + QStringLiteral(".out"));
            if (f.open(QIODevice::WriteOnly))
                f.write(real.out);
        }
        if (fake.out != real.out) {
            qsizetype at = 0;
            while (at < fake.out.size() && at < real.out.size() && fake.out.at(at) == real.out.at(at))
                ++at;
            const qsizetype from = qMax<qsizetype>(0, at - 60);
            qWarning() << "first difference at byte" << at << "\n real:" << real.out.mid(from, 140)
                       << "\n fake:" << fake.out.mid(from, 140);
        }
        QCOMPARE(fake.out, real.out);
        QCOMPARE(normalised(fake.err), normalised(real.err));
        QCOMPARE(fake.status, real.status);
        if (real.status == QProcess::NormalExit)
            QCOMPARE(fake.exitCode, real.exitCode);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(kRealGatttool).isExecutable())
            QSKIP(
                "/usr/bin/gatttool is not installed (Debian: apt install bluez; scripts/install-deps does)");
        m_sim = qEnvironmentVariable("GATTSCOPE_SIM");
        QVERIFY2(QFileInfo(m_sim).isExecutable(), "GATTSCOPE_SIM must name gattscope-sim");
        QVERIFY(m_dir.isValid());
    }

    void options_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("none") << QStringList {};
        QTest::newRow("--help") << QStringList { QStringLiteral("--help") };
        QTest::newRow("-h") << QStringList { QStringLiteral("-h") };
        QTest::newRow("-?") << QStringList { QStringLiteral("-?") };
        QTest::newRow("--help-all") << QStringList { QStringLiteral("--help-all") };
        QTest::newRow("--help-gatt") << QStringList { QStringLiteral("--help-gatt") };
        QTest::newRow("--help-params") << QStringList { QStringLiteral("--help-params") };
        QTest::newRow("--help-char-read-write") << QStringList { QStringLiteral("--help-char-read-write") };
        QTest::newRow("help wins over later junk")
            << QStringList { QStringLiteral("--help"), QStringLiteral("--x") };
        QTest::newRow("--version") << QStringList { QStringLiteral("--version") };
        QTest::newRow("-I -b") << QStringList { QStringLiteral("-I"), QStringLiteral("-b") };
        QTest::newRow("-I -bAA") << QStringList { QStringLiteral("-I"), QStringLiteral("-bAA") };
        QTest::newRow("-I -m abc") << QStringList { QStringLiteral("-I"), QStringLiteral("-m"),
                                                    QStringLiteral("abc") };
        QTest::newRow("-I -m huge") << QStringList { QStringLiteral("-I"), QStringLiteral("-m"),
                                                     QStringLiteral("99999999999") };
        QTest::newRow("-I -p x") << QStringList { QStringLiteral("-I"), QStringLiteral("-p"),
                                                  QStringLiteral("x") };
        QTest::newRow("-I -u") << QStringList { QStringLiteral("-I"), QStringLiteral("-u") };
        QTest::newRow("-I --uuid=zz") << QStringList { QStringLiteral("-I"), QStringLiteral("--uuid=zz") };
        QTest::newRow("-I --dev x") << QStringList { QStringLiteral("-I"), QStringLiteral("--dev"),
                                                     QStringLiteral("x") };
        QTest::newRow("--primary") << QStringList { QStringLiteral("--primary") };
        QTest::newRow("--gatt-char-read") << QStringList { QStringLiteral("--gatt-char-read") };
        QTest::newRow("-s only") << QStringList { QStringLiteral("-s"), QStringLiteral("5") };
    }
    void options()
    {
        QFETCH(QStringList, arguments);
        compare(arguments, {}, QByteArray(), false);
    }

    void disconnected_data()
    {
        QTest::addColumn<QByteArray>("term");
        QTest::newRow("TERM unset") << QByteArray();
        QTest::newRow("TERM=dumb") << QByteArray("dumb");
        QTest::newRow("TERM=xterm") << QByteArray("xterm");
    }
    void disconnected()
    {
        QFETCH(QByteArray, term);
        QList<Step> steps {
            { "sec-level\n" },
            { "help\n" },
            { "\n" },
            { "   \n" },
            { "bogus\n" },
            { "BOGUS with args\n" },
            { "  HELP  \n" },
            { "primary\n" },
            { "primary 180d\n" },
            { "included 1 2\n" },
            { "characteristics\n" },
            { "char-desc 1\n" },
            { "char-read-hnd 0x0003\n" },
            { "char-read-uuid 2a00\n" },
            { "char-write-req 0x0010 0100\n" },
            { "char-write-cmd 0x0010 0100\n" },
            { "mtu 50\n" },
            { "connect\n" },
            { "disconnect\n" },
            { "sec-level medium\n" },
            { "sec-level\n" },
            { "sec-level HIGH\n" },
            { "sec-level\n" },
            { "sec-level bogus\n" },
            { "'unterminated\n" },
            { "# only a comment\n" },
            { "help # and a comment\n" },
            { "a\\ b\n" },
            { "\"quoted word\" x\n" },
            { "abc\x7f"
              "d\n" },
        };
        if (term != "xterm") {
            // Lines wider than the screen: sideways scrolling on a dumb terminal. (An xterm
            // wraps them over several rows, which the fake does not draw alike.)
            steps += { QByteArray(60, 'y') + '\n' };
            steps += {
                "char-write-req 0x0010 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n"
            };
        }
        steps += { "exit\n", 0 };
        compare({ QStringLiteral("-I") }, steps, term, true, {}, QProcessEnvironment(),
                QStringLiteral("disconnected-")
                    + QString::fromLatin1(term.isEmpty() ? QByteArray("unset") : term));
    }

    void withAddressAndSignals()
    {
        // A partly typed line, then SIGINT: dropped, new line, prompt; then SIGTERM.
        const QList<Step> interrupted {
            { "sec-level\n" }, { "!INT" }, { "sec-le", 0, "sec-le" }, { "!INT" }, { "!TERM", 0 },
        };
        for (const QByteArray &term : { QByteArray(), QByteArray("xterm") }) {
            compare({ QStringLiteral("-I"), QStringLiteral("-b"), QStringLiteral("Aa:bb:cc:dd:ee:ff") },
                    interrupted, term);
            if (QTest::currentTestFailed())
                return;
        }
        // A long address is not cut; -t is taken, -p turns [LE] into [BR].
        compare({ QStringLiteral("-I"), QStringLiteral("-t"), QStringLiteral("random"), QStringLiteral("-b"),
                  QStringLiteral("not-an-address-but-long") },
                { { "sec-level\n" }, { "exit\n", 0 } }, QByteArray());
        compare({ QStringLiteral("-I"), QStringLiteral("-p"), QStringLiteral("31") },
                { { "sec-level\n" }, { "mtu 40\n" }, { "quit\n", 0 } }, QByteArray());
    }

    void connected_data()
    {
        QTest::addColumn<QByteArray>("term");
        QTest::newRow("TERM unset") << QByteArray();
        QTest::newRow("TERM=xterm") << QByteArray("xterm");
    }
    void connected()
    {
        QFETCH(QByteArray, term);
        const QString shim = QStringLiteral(GATTSCOPE_BTSHIM);
        if (!QFileInfo::exists(shim))
            QSKIP("the LD_PRELOAD shim was not built");
        const QString profile = m_dir.filePath(QStringLiteral("test.json"));
        {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::testProfileJson());
        }
        const Result<ProfileSet> set = ProfileLoader::loadFile(profile);
        QVERIFY(set.ok());
        const QString socketPath
            = m_dir.filePath(QStringLiteral("att-%1.sock").arg(QString::fromLatin1(term)));
        AttSocketServer server(socketPath, set.value());
        QVERIFY(server.isListening());
        QProcessEnvironment preload;
        preload.insert(QStringLiteral("LD_PRELOAD"), shim);
        preload.insert(QStringLiteral("GATTSCOPE_ATT_SOCKET"), socketPath);

        const QList<Step> steps {
            { "connect\n", 2 }, // the prompt, then "Connection successful" redrawn over it
            { "primary\n", 4 },
            { "primary 180d\n", 2 },
            { "primary 1234\n", 2 },
            { "characteristics\n", 9 },
            { "characteristics 6 0xb 2a38\n", 2 },
            { "characteristics 0x17\n", 2 },
            { "char-desc 8 9\n", 3 },
            { "char-desc 0x17\n", 2 },
            { "included\n", 2 },
            { "char-read-hnd 3\n", 2 },
            { "char-read-hnd 0x000e\n", 2 }, // 50 bytes: Read + Read Blob
            { "char-read-hnd 0x0016\n", 2 }, // 22 bytes, not long: the blob read is refused quietly
            { "char-read-hnd 0x99\n", 2 },
            { "char-read-hnd 0x0010\n", 2 }, // encrypted, and the peer wants a passkey
            { "char-read-uuid 2a38\n", 2 },
            { "char-read-uuid 2a99\n", 2 },
            { "char-write-req 0x000e 41424344\n", 2 },
            { "char-write-req 0x000e 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d\n", 2 },
            { "char-read-hnd 0x000e\n", 2 },
            { "char-write-req 0x000b 00\n", 2 },
            { "char-write-cmd 0x000e 5a\n", 1 },
            { "char-write-req 0x0014 0100\n", 2 }, // bits the characteristic lacks: 0xFD, no text for it
            { "char-read-hnd 0x0014\n", 2 },
            { "mtu 10\n", 1 },
            { "mtu 60\n", 1 },
            { "disconnect\n", 1 },
            { "connect\n", 2 },
            { "mtu 60\n", 2 },
            { "char-read-hnd 0x000e\n", 2 },
            { "exit\n", 0 },
        };
        // The long write is wider than 80 columns: as wide a screen as the backend asks for,
        // so that an xterm does not wrap it.
        m_columns = term == "xterm" ? QByteArray("4096") : QByteArray();
        compare({ QStringLiteral("-I"), QStringLiteral("-b"), QStringLiteral("00:11:22:33:44:55") }, steps,
                term, true, { QStringLiteral("--profile"), profile }, preload,
                term.isEmpty() ? QStringLiteral("connected-dumb") : QStringLiteral("connected-xterm"));
        m_columns.clear();
    }

    void linkLoss_data()
    {
        QTest::addColumn<QByteArray>("term");
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QList<Step>>("steps");
        QTest::addColumn<QString>("record");
        // The peer drops the link after a Write Command: nothing printed, GLib warns, the next
        // line redraws the prompt without colour.
        const QByteArray afterCommand
            = R"({ "action": "disconnect", "on": "attclient_write_command", "afterEvents": 1 })";
        const QList<Step> silent { { "connect\n", 2 },
                                   { "char-write-cmd 0x000e 41\n", 1, {}, "Invalid file descriptor." },
                                   { "sec-level\n", 1 },
                                   { "char-read-hnd 3\n", 1 },
                                   { "exit\n", 0 } };
        QTest::newRow("silent, dumb")
            << QByteArray() << afterCommand << silent << QStringLiteral("linkloss-dumb");
        QTest::newRow("silent, xterm")
            << QByteArray("xterm") << afterCommand << silent << QStringLiteral("linkloss-xterm");
        // The peer drops the link while a read waits for its answer: 5.66 prints the failure
        // and dies of SIGSEGV.
        const QByteArray duringRead
            = R"({ "action": "disconnect", "on": "attclient_read_by_handle", "afterEvents": 0 })";
        QTest::newRow("during a request")
            << QByteArray() << duringRead
            << QList<Step> { { "connect\n", 2 }, { "char-read-hnd 3\n", 2 }, { QByteArray(), 0 } }
            << QStringLiteral("crash-dumb");
    }
    void linkLoss()
    {
        QFETCH(QByteArray, term);
        QFETCH(QByteArray, fault);
        QFETCH(QList<Step>, steps);
        QFETCH(QString, record);
        const QString shim = QStringLiteral(GATTSCOPE_BTSHIM);
        if (!QFileInfo::exists(shim))
            QSKIP("the LD_PRELOAD shim was not built");
        const QString profile = m_dir.filePath(QStringLiteral("test.json"));
        const QString faults = m_dir.filePath(
            QStringLiteral("faults-%1.json").arg(QString::fromLatin1(QTest::currentDataTag()).size()));
        {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::testProfileJson());
            QFile g(faults);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write("{ \"faults\": [ " + fault + " ] }");
        }
        const Result<ProfileSet> set = ProfileLoader::loadFiles({ profile, faults });
        QVERIFY2(set.ok(), qPrintable(set.error().toString()));
        const QString socketPath = m_dir.filePath(QStringLiteral("loss-%1.sock").arg(record));
        AttSocketServer server(socketPath, set.value());
        QVERIFY(server.isListening());
        QProcessEnvironment preload;
        preload.insert(QStringLiteral("LD_PRELOAD"), shim);
        preload.insert(QStringLiteral("GATTSCOPE_ATT_SOCKET"), socketPath);
        compare({ QStringLiteral("-I"), QStringLiteral("-b"), QStringLiteral("00:11:22:33:44:55") }, steps,
                term, true, { QStringLiteral("--profile"), profile, QStringLiteral("--faults"), faults },
                preload, record);
    }

    // The real gatttool's notifications and indications, whatever arrives between typed
    // characters, read back by the backend's parser: exactly the PDUs the peripheral sent.
    void realNotificationsParse_data()
    {
        QTest::addColumn<QByteArray>("term");
        QTest::newRow("TERM unset") << QByteArray();
        QTest::newRow("TERM=xterm") << QByteArray("xterm");
    }
    void realNotificationsParse()
    {
        QFETCH(QByteArray, term);
        const QString shim = QStringLiteral(GATTSCOPE_BTSHIM);
        if (!QFileInfo::exists(shim))
            QSKIP("the LD_PRELOAD shim was not built");
        const Result<ProfileSet> set
            = ProfileLoader::loadJson(test::testProfileJson(), QStringLiteral("test"));
        QVERIFY(set.ok());
        const QString socketPath
            = m_dir.filePath(QStringLiteral("notify-%1.sock").arg(QString::fromLatin1(term)));
        AttSocketServer server(socketPath, set.value());
        QVERIFY(server.isListening());
        QList<QByteArray> pushed;
        connect(&server, &AttSocketServer::pushed, this,
                [&pushed](const QByteArray &pdu) { pushed.append(pdu); });

        QProcessEnvironment e = environment(term);
        e.insert(QStringLiteral("LD_PRELOAD"), shim);
        e.insert(QStringLiteral("GATTSCOPE_ATT_SOCKET"), socketPath);
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(kRealGatttool,
                { QStringLiteral("-I"), QStringLiteral("-b"), QStringLiteral("00:11:22:33:44:55") });
        QVERIFY(p.waitForStarted(5000));
        QByteArray out;
        QList<GatttoolEvent> events;
        GatttoolParser parser;
        auto pump = [&] {
            const QByteArray chunk = p.readAllStandardOutput();
            out += chunk;
            events += parser.feed(chunk);
        };
        auto until = [&](const std::function<bool()> &done) {
            return QTest::qWaitFor(
                [&] {
                    pump();
                    return done();
                },
                8000);
        };
        auto sawKind = [&events](GatttoolEvent::Kind kind, int n) {
            int seen = 0;
            for (const GatttoolEvent &ev : std::as_const(events))
                seen += ev.kind == kind ? 1 : 0;
            return seen >= n;
        };
        QVERIFY(until([&] { return out.count("[LE]> ") >= 1; }));
        p.write("connect\n");
        QVERIFY(until([&] { return sawKind(GatttoolEvent::Kind::ConnectionSuccessful, 1); }));
        p.write("char-write-req 0x0009 0100\n");
        QVERIFY(until([&] { return pushed.size() >= 5; }));
        p.write("char-re"); // a half-typed line, redrawn under every notification
        QVERIFY(until([&] { return pushed.size() >= 15; }));
        p.write("ad-hnd 3\n");
        QVERIFY(until([&] { return sawKind(GatttoolEvent::Kind::Value, 1); }));
        p.write("char-write-req 0x0009 0000\n");
        QVERIFY(until([&] { return sawKind(GatttoolEvent::Kind::WriteSuccessful, 2); }));
        p.write("char-write-req 0x0014 0200\n");
        QVERIFY(until([&] { return sawKind(GatttoolEvent::Kind::Indication, 3); }));
        p.write("char-write-req 0x0014 0000\n");
        QVERIFY(until([&] { return sawKind(GatttoolEvent::Kind::WriteSuccessful, 4); }));
        p.write("exit\n");
        QVERIFY(until([&] { return p.state() == QProcess::NotRunning; }));
        pump();

        QList<QByteArray> parsed;
        for (const GatttoolEvent &ev : std::as_const(events)) {
            if (ev.kind != GatttoolEvent::Kind::Notification && ev.kind != GatttoolEvent::Kind::Indication)
                continue;
            QByteArray pdu;
            pdu.append(char(ev.kind == GatttoolEvent::Kind::Notification ? 0x1B : 0x1D));
            pdu.append(char(ev.handle & 0xFF));
            pdu.append(char(ev.handle >> 8));
            pdu.append(ev.value);
            parsed.append(pdu);
        }
        QCOMPARE(parsed, pushed);
        QVERIFY(out.contains("char-re"));
        if (qEnvironmentVariableIsSet("GATTSCOPE_RECORD_TRANSCRIPTS")) {
            QFile f(qEnvironmentVariable("GATTSCOPE_RECORD_TRANSCRIPTS")
                    + QStringLiteral("/notifications-%1.out")
                          .arg(term.isEmpty() ? QStringLiteral("dumb") : QStringLiteral("xterm")));
            if (f.open(QIODevice::WriteOnly))
                f.write(out);
        }
    }

    // The backend itself against the real gatttool (through the shim): discovery, reads,
    // writes, notifications, a silent link loss, and 5.66's crash with the recovery.
    void backendWithRealGatttool()
    {
        const QString shim = QStringLiteral(GATTSCOPE_BTSHIM);
        if (!QFileInfo::exists(shim))
            QSKIP("the LD_PRELOAD shim was not built");
        Result<ProfileSet> set = ProfileLoader::loadJson(test::testProfileJson(), QStringLiteral("test"));
        QVERIFY(set.ok());
        FaultRule drop; // the link drops after the first Write Command
        drop.action = FaultRule::Action::Disconnect;
        drop.command = QStringLiteral("attclient_write_command");
        drop.afterEvents = 1;
        set.value().faults = { drop };
        const QString socketPath = m_dir.filePath(QStringLiteral("backend.sock"));
        AttSocketServer server(socketPath, set.value());
        QVERIFY(server.isListening());
        // The backend's gatttool processes inherit these.
        qputenv("LD_PRELOAD", QFile::encodeName(shim));
        qputenv("GATTSCOPE_ATT_SOCKET", QFile::encodeName(socketPath));
        auto restore = qScopeGuard([] {
            qunsetenv("LD_PRELOAD");
            qunsetenv("GATTSCOPE_ATT_SOCKET");
        });

        BackendOptions backendOptions;
        backendOptions.gatttool.program = kRealGatttool;
        backendOptions.gatttool.linkCheckIntervalMs = 150;
        backendOptions.gatttool.attTimeoutMs = 8000;
        Result<std::unique_ptr<BackendHost>> created
            = createBackend(QStringLiteral("gatttool:"), backendOptions);
        QVERIFY(created.ok());
        Backend *backend = created.value()->backend();
        QList<Error> backendErrors;
        QObject context;
        connect(backend, &Backend::errorOccurred, &context, [&](const Error &e) { backendErrors.append(e); });
        QVERIFY(awaitResult(backend->open(), 10000).ok());
        const DeviceAddress peer = *DeviceAddress::fromString(u"00:11:22:33:44:55");
        Result<Connection *> c = awaitResult(backend->connectToDevice(peer), 10000);
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        Connection *link = c.value();
        QList<Error> reasons;
        QList<Notification> notifications;
        connect(link, &Connection::disconnected, &context, [&](const Error &e) { reasons.append(e); });
        connect(link, &Connection::notificationsReceived, &context,
                [&](const QList<Notification> &batch) { notifications += batch; });

        const Result<GattDatabase> db = awaitResult(link->discover(), 10000);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE(db.value().services().size(), 3);
        QCOMPARE(db.value().characteristicForHandle(0x0012)->cccdHandle().value(), quint16(0x0014));
        QCOMPARE(awaitResult(link->read(0x0003)).value(), QByteArray("Test HRM"));
        QCOMPARE(awaitResult(link->read(0x000E)).value().size(), 50);
        QVERIFY(awaitResult(link->write(0x000E, QByteArray(30, 'w'), Connection::WriteMode::Long)).ok());
        QCOMPARE(awaitResult(link->read(0x000E)).value(), QByteArray(30, 'w'));
        QVERIFY(awaitResult(link->read(0x0099)).error().isAtt(AttError::InvalidHandle));
        QVERIFY(awaitResult(link->subscribe(0x0008, Connection::Subscription::Notify)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(notifications.size() >= 10, 5000);
        QVERIFY(awaitResult(link->subscribe(0x0008, Connection::Subscription::Off)).ok());

        // A silent link loss.
        QVERIFY(awaitResult(link->write(0x000E, QByteArray("c"), Connection::WriteMode::Command)).ok());
        QTRY_COMPARE(reasons.size(), 1);
        QCOMPARE(reasons.constFirst().kind(), Error::Kind::Disconnected);

        // The next link; its second read loses the link mid-request and gatttool crashes.
        FaultRule crash;
        crash.action = FaultRule::Action::Disconnect;
        crash.command = QStringLiteral("attclient_read_by_handle");
        crash.nth = 2;
        server.faults().addRule(crash);
        c = awaitResult(backend->connectToDevice(peer), 10000);
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        QCOMPARE(awaitResult(link->read(0x0003)).value(), QByteArray("Test HRM"));
        QVERIFY(!awaitResult(link->read(0x0003)).ok());
        QTRY_COMPARE(reasons.size(), 2);
        QTRY_VERIFY(!backendErrors.isEmpty());
        QVERIFY2(backendErrors.constLast().message().contains(u"crashed"),
                 qPrintable(backendErrors.constLast().toString()));
        // Recovered: a new gatttool, a working link.
        server.faults().clear();
        c = awaitResult(backend->connectToDevice(peer), 10000);
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        QCOMPARE(awaitResult(link->read(0x0005)).value(), QByteArray(2, '\0'));
    }
};

QTEST_GUILESS_MAIN(TestGatttoolFidelity)
#include "tst_gatttoolfidelity.moc"
