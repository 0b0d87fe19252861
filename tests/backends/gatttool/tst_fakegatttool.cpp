// SPDX-License-Identifier: MIT
// The fake gatttool in process: its readline drawing, GLib-style tokenising and option
// parsing, BlueZ's argument parsing, and whole sessions against the virtual peripherals,
// compared with the bytes a real gatttool 5.66 printed (recorded with the LD_PRELOAD shim,
// see tst_gatttoolfidelity for the live comparison).
#include "support/testprofile.h"

#include <gattscope/app/sim/gatttool/bluezparsing.h>
#include <gattscope/app/sim/gatttool/fakegatttoolarguments.h>
#include <gattscope/app/sim/gatttool/fakegatttoolshell.h>
#include <gattscope/app/sim/gatttool/readlinedisplay.h>
#include <gattscope/app/sim/gatttool/shellargv.h>
#include <gattscope/backends/virtual/profileloader.h>

#include <QSignalSpy>
#include <QTest>

using namespace gattscope;

namespace {

const QByteArray kPrompt = "[                 ][LE]> ";
const QByteArray kBlue = "\x1b[0;94m[00:11:22:33:44:55]\x1b[0m[LE]> ";
const QByteArray kPlain = "[00:11:22:33:44:55][LE]> ";
const QByteArray kRed = "\x1b[0;91m";
const QByteArray kOff = "\x1b[0m";

// A shell on the engine-test profile, with its output collected.
struct Rig
{
    explicit Rig(ReadlineDisplay::Terminal terminal = ReadlineDisplay::Terminal::Dumb,
                 std::optional<QByteArray> device = std::nullopt, QList<FaultRule> faults = {})
    {
        const Result<ProfileSet> set
            = ProfileLoader::loadJson(test::testProfileJson(), QStringLiteral("test"));
        FakeGatttoolShell::Options options;
        options.device = device;
        options.refuseMs = 50;
        options.pid = 4242;
        shell = std::make_unique<FakeGatttoolShell>(options, set.value().peripherals, faults, terminal, 80);
        QObject::connect(shell.get(), &FakeGatttoolShell::output, shell.get(),
                         [this](const QByteArray &b) { out += b; });
        QObject::connect(shell.get(), &FakeGatttoolShell::errorOutput, shell.get(),
                         [this](const QByteArray &b) { err += b; });
        QObject::connect(shell.get(), &FakeGatttoolShell::finished, shell.get(),
                         [this](int code) { exitCode = code; });
        QObject::connect(shell.get(), &FakeGatttoolShell::crashed, shell.get(), [this] { crashed = true; });
        shell->start();
    }
    // Types `line` and waits until `until` has been printed after it.
    bool type(const QByteArray &line, const QByteArray &until)
    {
        mark = out.size();
        shell->feedInput(line);
        return QTest::qWaitFor([&] { return out.indexOf(until, mark) >= 0; }, 3000);
    }
    QByteArray since() const { return out.mid(mark); }

    std::unique_ptr<FakeGatttoolShell> shell;
    QByteArray out;
    QByteArray err;
    qsizetype mark = 0;
    int exitCode = -1;
    bool crashed = false;
};

} // namespace

class TestFakeGatttool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellArgv_data();
    void shellArgv();
    void bluezHandles_data();
    void bluezHandles();
    void bluezUuids_data();
    void bluezUuids();
    void bluezValues_data();
    void bluezValues();
    void arguments_data();
    void arguments();
    void displayEchoAndPrompt();
    void displayAsyncDumbAndXterm();
    void displayPromptChangeRedraw();
    void displayHorizontalScroll();
    void displayRuboutAndKill();
    void disconnectedCommands();
    void helpIsTheTable();
    void connectDiscoverReadWrite();
    void connectToAbsentDeviceIsRefused();
    void longReadAndLongWrite();
    void notificationsAndIndications();
    void mtuQuirks();
    void linkLossIsSilentButTheWarningIsNot();
    void linkLossDuringARequestCrashes();
    void exitAndSignals();
    void encryptedAttributes();
};

void TestFakeGatttool::shellArgv_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArrayList>("argv"); // empty = GLib fails
    QTest::newRow("words") << QByteArray("char-read-hnd 0x0003")
                           << QByteArrayList { "char-read-hnd", "0x0003" };
    QTest::newRow("tabs and spaces") << QByteArray("a \t b") << QByteArrayList { "a", "b" };
    QTest::newRow("quotes") << QByteArray("connect 'aa:bb' \"x y\"")
                            << QByteArrayList { "connect", "aa:bb", "x y" };
    QTest::newRow("empty quotes") << QByteArray("a ''") << QByteArrayList { "a", "" };
    QTest::newRow("backslash") << QByteArray("a\\ b c") << QByteArrayList { "a b", "c" };
    QTest::newRow("escaped quote in double quotes") << QByteArray("\"a\\\"b\"") << QByteArrayList { "a\"b" };
    QTest::newRow("comment") << QByteArray("help # more") << QByteArrayList { "help" };
    QTest::newRow("hash inside a word") << QByteArray("a#b") << QByteArrayList { "a#b" };
    QTest::newRow("only a comment") << QByteArray("# x") << QByteArrayList {};
    QTest::newRow("unmatched quote") << QByteArray("a 'b") << QByteArrayList {};
    QTest::newRow("trailing backslash") << QByteArray("a\\") << QByteArrayList {};
    QTest::newRow("hash last") << QByteArray("a #") << QByteArrayList {};
    QTest::newRow("blank") << QByteArray("   ") << QByteArrayList {};
}

void TestFakeGatttool::shellArgv()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArrayList, argv);
    const std::optional<QByteArrayList> parsed = parseShellArgv(line);
    if (argv.isEmpty()) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, argv);
}

void TestFakeGatttool::bluezHandles_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("handle"); // -1000: refused
    QTest::newRow("0x") << QByteArray("0x000e") << 14;
    QTest::newRow("bare hex") << QByteArray("e") << 14;
    QTest::newRow("upper") << QByteArray("0X0E") << 14;
    QTest::newRow("plus") << QByteArray("+e") << 14;
    QTest::newRow("negative") << QByteArray("-1") << -1;
    QTest::newRow("empty is zero") << QByteArray("") << 0;
    QTest::newRow("0x alone") << QByteArray("0x") << -1000;
    QTest::newRow("junk after") << QByteArray("12z") << -1000;
    QTest::newRow("not hex") << QByteArray("zz") << -1000;
    QTest::newRow("wraps to int") << QByteArray("100000000") << 0;
    QTest::newRow("overflow") << QByteArray("fffffffffffffffffff") << -1000;
}

void TestFakeGatttool::bluezHandles()
{
    QFETCH(QByteArray, token);
    QFETCH(int, handle);
    const std::optional<int> h = bluez::handle(token);
    if (handle == -1000) {
        QVERIFY(!h);
        return;
    }
    QVERIFY(h);
    QCOMPARE(*h, handle);
}

void TestFakeGatttool::bluezUuids_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("uuid"); // empty = refused
    QTest::newRow("16") << QByteArray("2a00") << QStringLiteral("00002a00-0000-1000-8000-00805f9b34fb");
    QTest::newRow("16 with 0x") << QByteArray("0x2A00")
                                << QStringLiteral("00002a00-0000-1000-8000-00805f9b34fb");
    QTest::newRow("32") << QByteArray("12345678") << QStringLiteral("12345678-0000-1000-8000-00805f9b34fb");
    QTest::newRow("128") << QByteArray("6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10")
                         << QStringLiteral("6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10");
    QTest::newRow("128 base") << QByteArray("00002A38-0000-1000-8000-00805F9B34FB")
                              << QStringLiteral("00002a38-0000-1000-8000-00805f9b34fb");
    QTest::newRow("strtol stops at a dash")
        << QByteArray("18-d") << QStringLiteral("00000018-0000-1000-8000-00805f9b34fb");
    QTest::newRow("not hex") << QByteArray("zzzz") << QString();
    QTest::newRow("wrong length") << QByteArray("180") << QString();
    QTest::newRow("128 with junk") << QByteArray("6a770001-8c3a-4f3e-9e4b-5a2c1d0e9fzz") << QString();
}

void TestFakeGatttool::bluezUuids()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, uuid);
    const std::optional<Uuid> u = bluez::uuid(token);
    if (uuid.isEmpty()) {
        QVERIFY(!u);
        return;
    }
    QVERIFY(u);
    QCOMPARE(u->toCanonicalString(), uuid);
}

void TestFakeGatttool::bluezValues_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("pairs") << QByteArray("0100") << QByteArray::fromHex("0100");
    QTest::newRow("0x is a byte too") << QByteArray("0x0100") << QByteArray::fromHex("000100");
    QTest::newRow("odd digit dropped") << QByteArray("123") << QByteArray::fromHex("12");
    QTest::newRow("bad pair is zero") << QByteArray("zz41") << QByteArray::fromHex("0041");
    QTest::newRow("half a pair") << QByteArray("1g") << QByteArray::fromHex("01");
    QTest::newRow("one char") << QByteArray("1") << QByteArray();
}

void TestFakeGatttool::bluezValues()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, bytes);
    QCOMPARE(bluez::value(token), bytes);
}

void TestFakeGatttool::arguments_data()
{
    QTest::addColumn<QByteArrayList>("args");
    QTest::addColumn<bool>("interactive");
    QTest::addColumn<QByteArray>("device");
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("-I") << QByteArrayList { "-I" } << true << QByteArray() << QByteArray() << 0;
    QTest::newRow("cluster takes the next word")
        << QByteArrayList { "-Ib", "aa:bb" } << true << QByteArray("aa:bb") << QByteArray() << 0;
    QTest::newRow("long =") << QByteArrayList { "-I", "--device=xx" } << true << QByteArray("xx")
                            << QByteArray() << 0;
    QTest::newRow("long space") << QByteArrayList { "--interactive", "--device", "xx" } << true
                                << QByteArray("xx") << QByteArray() << 0;
    QTest::newRow("group alias") << QByteArrayList { "--gatt-interactive" } << true << QByteArray()
                                 << QByteArray() << 0;
    QTest::newRow("no prefix matching") << QByteArrayList { "-I", "--dev", "xx" } << false << QByteArray()
                                        << QByteArray("Unknown option --dev\n") << 1;
    QTest::newRow("missing argument undoes -I") << QByteArrayList { "-I", "-b" } << false << QByteArray()
                                                << QByteArray("Missing argument for -b\n") << 1;
    QTest::newRow("glued value") << QByteArrayList { "-I", "-bAA:BB" } << false << QByteArray()
                                 << QByteArray("Missing argument for -b\n") << 1;
    QTest::newRow("bad int") << QByteArrayList { "-I", "-m", "abc" } << false << QByteArray()
                             << QByteArray("Cannot parse integer value ?abc? for -m\n") << 1;
    QTest::newRow("int range") << QByteArrayList { "-I", "-m", "99999999999" } << false << QByteArray()
                               << QByteArray("Integer value ?99999999999? for -m out of range\n") << 1;
    QTest::newRow("uuid callback") << QByteArrayList { "-I", "-u" } << false << QByteArray()
                                   << QByteArray("Error parsing option -u\n") << 1;
    QTest::newRow("unknown") << QByteArrayList { "--version" } << false << QByteArray()
                             << QByteArray("Unknown option --version\n") << 1;
    QTest::newRow("extra words ignored")
        << QByteArrayList { "-I", "extra" } << true << QByteArray() << QByteArray() << 0;
    QTest::newRow("after --") << QByteArrayList { "-I", "--", "-b" } << true << QByteArray() << QByteArray()
                              << 0;
    QTest::newRow("help") << QByteArrayList { "--help", "--bogus" } << false << QByteArray() << QByteArray()
                          << 0;
    QTest::newRow("one-shot without address")
        << QByteArrayList { "--primary" } << false << QByteArray() << QByteArray() << 1;
}

void TestFakeGatttool::arguments()
{
    QFETCH(QByteArrayList, args);
    QFETCH(bool, interactive);
    QFETCH(QByteArray, device);
    QFETCH(QByteArray, stderrText);
    QFETCH(int, exitCode);
    const FakeGatttoolArguments a = FakeGatttoolArguments::parse(args);
    QCOMPARE(a.runInteractive, interactive);
    if (interactive) {
        QCOMPARE(a.device.value_or(QByteArray()), device);
        return;
    }
    QCOMPARE(a.standardError, stderrText);
    QCOMPARE(a.exitCode, exitCode);
    if (QTest::currentDataTag() == QByteArray("one-shot without address"))
        QCOMPARE(a.standardOutput, QByteArray("Remote Bluetooth address required\n"));
    else if (exitCode == 1)
        QCOMPARE(a.standardOutput, FakeGatttoolArguments::mainHelp() + '\n');
    else
        QCOMPARE(a.standardOutput, FakeGatttoolArguments::mainHelp());
}

void TestFakeGatttool::displayEchoAndPrompt()
{
    ReadlineDisplay d(ReadlineDisplay::Terminal::Dumb, 80);
    d.setPrompt(kPrompt);
    d.start();
    d.insert("sec-level");
    const QByteArray line = d.accept();
    QCOMPARE(line, QByteArray("sec-level"));
    d.printSync("sec-level: low\n");
    d.newPrompt();
    QCOMPARE(d.takeOutput(), kPrompt + "sec-level\nsec-level: low\n" + kPrompt);
    // An empty line: CR, (no clear on a dumb terminal), CR, prompt.
    QVERIFY(d.accept().isEmpty());
    d.newPrompt();
    QCOMPARE(d.takeOutput(), "\r\r" + kPrompt);
    ReadlineDisplay x(ReadlineDisplay::Terminal::Xterm, 80);
    x.setPrompt(kPrompt);
    x.start();
    x.accept();
    x.newPrompt();
    QCOMPARE(x.takeOutput(), kPrompt + "\r\x1b[K\r" + kPrompt);
}

void TestFakeGatttool::displayAsyncDumbAndXterm()
{
    ReadlineDisplay d(ReadlineDisplay::Terminal::Dumb, 80);
    d.setPrompt(kBlue);
    d.start();
    d.takeOutput();
    d.printAsync("Notification handle = 0x0008 value: 16 48 00 04 \n");
    QCOMPARE(d.takeOutput(),
             "\r" + QByteArray(36, ' ') + "\rNotification handle = 0x0008 value: 16 48 00 04 \n" + kBlue);
    // With input pending, the blanks cover it too and it is drawn again.
    d.insert("char-re");
    d.takeOutput();
    d.printAsync("Notification handle = 0x0008 value: 01 02 \n");
    QCOMPARE(d.takeOutput(),
             "\r" + QByteArray(43, ' ') + "\rNotification handle = 0x0008 value: 01 02 \n" + kBlue
                 + "char-re");

    ReadlineDisplay x(ReadlineDisplay::Terminal::Xterm, 80);
    x.setPrompt(kBlue);
    x.start();
    x.insert("char-re");
    x.takeOutput();
    x.printAsync("Notification handle = 0x0008 value: 01 02 \n");
    QCOMPARE(x.takeOutput(), "\r\x1b[KNotification handle = 0x0008 value: 01 02 \n" + kBlue + "char-re");
}

void TestFakeGatttool::displayPromptChangeRedraw()
{
    // Recorded after a link loss: the prompt changed behind readline's back.
    ReadlineDisplay d(ReadlineDisplay::Terminal::Dumb, 80);
    d.setPrompt("\x1b[0;94m[11:22:33:44:55:66]\x1b[0m[LE]> ");
    d.start();
    d.takeOutput();
    d.setPrompt("[11:22:33:44:55:66][LE]> ");
    d.insert("sec-level");
    QCOMPARE(d.takeOutput(), QByteArray("\r[11:22:33:44:55:66][LE]> sec-level  \b\b"));
    ReadlineDisplay e(ReadlineDisplay::Terminal::Dumb, 80);
    e.setPrompt("\x1b[0;94m[11:22:33:44:55:66]\x1b[0m[LE]> ");
    e.start();
    e.takeOutput();
    e.setPrompt("[11:22:33:44:55:66][LE]> ");
    e.insert("exit");
    QCOMPARE(e.takeOutput(), QByteArray("\r[11:22:33:44:55:66][LE]> exit       \b\b\b\b\b\b\b"));
    ReadlineDisplay x(ReadlineDisplay::Terminal::Xterm, 80);
    x.setPrompt("\x1b[0;94m[11:22:33:44:55:66]\x1b[0m[LE]> ");
    x.start();
    x.takeOutput();
    x.setPrompt("[11:22:33:44:55:66][LE]> ");
    x.insert("exit");
    QCOMPARE(x.takeOutput(), QByteArray("\r\x1b[7P[11:22:33:44:55:66][LE]> exit"));
}

void TestFakeGatttool::displayHorizontalScroll()
{
    // Recorded: 54 characters after a 25-column prompt scroll, 53 do not.
    ReadlineDisplay d(ReadlineDisplay::Terminal::Dumb, 80);
    d.setPrompt(kPrompt);
    d.start();
    d.takeOutput();
    d.insert(QByteArray(53, 'x'));
    QCOMPARE(d.takeOutput(), QByteArray(53, 'x'));
    d.accept();
    d.newPrompt();
    d.takeOutput();
    d.insert(QByteArray(54, 'x'));
    QCOMPARE(d.takeOutput(), "\r<" + QByteArray(51, 'x'));
    d.accept();
    d.newPrompt();
    d.takeOutput();
    const QByteArray write
        = "char-write-req 0x0010 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d";
    d.setPrompt(kBlue);
    d.newPrompt();
    d.takeOutput();
    d.insert(write);
    QCOMPARE(d.takeOutput(), QByteArray("\r<405060708090a0b0c0d0e0f101112131415161718191a1b1c1d"));
    QCOMPARE(d.accept(), write);
    QCOMPARE(d.takeOutput(), QByteArray("\n"));
    // A wide COLUMNS keeps the echo whole.
    ReadlineDisplay wide(ReadlineDisplay::Terminal::Dumb, ReadlineDisplay::screenWidthFor("4096"));
    wide.setPrompt(kBlue);
    wide.start();
    wide.takeOutput();
    wide.insert(write);
    QCOMPARE(wide.takeOutput(), write);
}

void TestFakeGatttool::displayRuboutAndKill()
{
    ReadlineDisplay d(ReadlineDisplay::Terminal::Dumb, 80);
    d.setPrompt(kPrompt);
    d.start();
    d.takeOutput();
    d.insert("a");
    d.rubout();
    d.insert("b");
    QCOMPARE(d.takeOutput(), QByteArray("a\b \bb"));
    d.rubout();
    d.rubout();
    QCOMPARE(d.takeBells(), QByteArray("\a"));
    d.killLine();
    QCOMPARE(d.takeBells(), QByteArray("\a"));
}

void TestFakeGatttool::disconnectedCommands()
{
    Rig rig;
    QCOMPARE(rig.out, kPrompt);
    QVERIFY(rig.type("sec-level\n", "low\n" + kPrompt));
    QCOMPARE(rig.since(), "sec-level\nsec-level: low\n" + kPrompt);
    QVERIFY(rig.type("bogus\n", kPrompt));
    QCOMPARE(rig.since(), "bogus\n" + kRed + "Error: " + kOff + "bogus: command not found\n" + kPrompt);
    for (const char *command :
         { "primary", "characteristics", "char-desc", "char-read-hnd 1", "char-read-uuid 2a00",
           "char-write-req 1 00", "char-write-cmd 1 00", "mtu 50", "included" }) {
        QVERIFY(rig.type(QByteArray(command) + '\n', kPrompt));
        QCOMPARE(rig.since(),
                 QByteArray(command) + '\n' + kRed + "Command Failed: " + kOff + "Disconnected\n" + kPrompt);
    }
    QVERIFY(rig.type("connect\n", kPrompt));
    QCOMPARE(rig.since(),
             "connect\n" + kRed + "Error: " + kOff + "Remote Bluetooth address required\n" + kPrompt);
    QVERIFY(rig.type("sec-level HIGH\n", kPrompt));
    QVERIFY(rig.type("sec-level\n", kPrompt));
    QCOMPARE(rig.since(), "sec-level\nsec-level: HIGH\n" + kPrompt);
    QVERIFY(rig.type("sec-level x\n", kPrompt));
    QCOMPARE(rig.since(), "sec-level x\nAllowed values: low | medium | high\n" + kPrompt);
    QVERIFY(rig.type("  HELP  \n", kPrompt));
    QVERIFY(rig.since().startsWith("  HELP  \nhelp "));
    QVERIFY(rig.type("disconnect\n", kPrompt));
    QCOMPARE(rig.since(), "disconnect\n" + kPrompt);
    QVERIFY(rig.err.isEmpty());
}

void TestFakeGatttool::helpIsTheTable()
{
    Rig rig;
    QVERIFY(rig.type("help\n", "GATT/ATT\n" + kPrompt));
    const QByteArray expected
        = "help\n"
          "help                                           Show this help\n"
          "exit                                           Exit interactive mode\n"
          "quit                                           Exit interactive mode\n"
          "connect         [address [address type]]       Connect to a remote device\n"
          "disconnect                                     Disconnect from a remote device\n"
          "primary         [UUID]                         Primary Service Discovery\n"
          "included        [start hnd [end hnd]]          Find Included Services\n"
          "characteristics [start hnd [end hnd [UUID]]]   Characteristics Discovery\n"
          "char-desc       [start hnd] [end hnd]          Characteristics Descriptor Discovery\n"
          "char-read-hnd   <handle>                       Characteristics Value/Descriptor Read by handle\n"
          "char-read-uuid  <UUID> [start hnd] [end hnd]   Characteristics Value/Descriptor Read by UUID\n"
          "char-write-req  <handle> <new value>           Characteristic Value Write (Write Request)\n"
          "char-write-cmd  <handle> <new value>           Characteristic Value Write (No response)\n"
          "sec-level       [low | medium | high]          Set security level. Default: low\n"
          "mtu             <value>                        Exchange MTU for GATT/ATT\n"
        + kPrompt;
    QCOMPARE(rig.since(), expected);
}

void TestFakeGatttool::connectDiscoverReadWrite()
{
    Rig rig(ReadlineDisplay::Terminal::Dumb, QByteArray("00:11:22:33:44:55"));
    QCOMPARE(rig.out, kPlain);
    QVERIFY(rig.type("connect\n", "Connection successful\n" + kBlue));
    QCOMPARE(rig.since(),
             "connect\nAttempting to connect to 00:11:22:33:44:55\n" + kPlain + "\r" + QByteArray(25, ' ')
                 + "\rConnection successful\n" + kBlue);
    const QByteArray clear = "\r" + QByteArray(36, ' ') + "\r";
    QVERIFY(rig.type("primary\n", "9f10\n" + kBlue));
    QCOMPARE(rig.since(),
             "primary\n" + kBlue + clear
                 + "attr handle: 0x0001, end grp handle: 0x0005 uuid: 00001800-0000-1000-8000-00805f9b34fb\n"
                 + kBlue + clear
                 + "attr handle: 0x0006, end grp handle: 0x000b uuid: 0000180d-0000-1000-8000-00805f9b34fb\n"
                 + kBlue + clear
                 + "attr handle: 0x000c, end grp handle: 0x0016 uuid: 6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10\n"
                 + kBlue);
    QVERIFY(rig.type("characteristics 6 0xb\n", "2a38-0000-1000-8000-00805f9b34fb\n" + kBlue));
    QVERIFY(rig.since().contains("handle: 0x0007, char properties: 0x10, char value handle: 0x0008, uuid: "
                                 "00002a37-0000-1000-8000-00805f9b34fb\n"));
    QVERIFY(rig.type("char-desc 0x11 0x14\n", "00002902-0000-1000-8000-00805f9b34fb\n" + kBlue));
    QVERIFY(rig.since().contains("handle: 0x0013, uuid: 00002901-0000-1000-8000-00805f9b34fb\n"));
    QVERIFY(rig.type("char-read-hnd 3\n", "value/descriptor: 54 65 73 74 20 48 52 4d \n" + kBlue));
    QVERIFY(rig.type("char-read-uuid 2a38\n", "handle: 0x000b \t value: 01 \n" + kBlue));
    QVERIFY(rig.type("char-write-req 0x000e 4142\n", "written successfully\n" + kBlue));
    QVERIFY(rig.type("char-read-hnd e\n", "value/descriptor: 41 42 \n" + kBlue));
    QVERIFY(rig.type("char-write-cmd 0x000e 43\n", kBlue));
    QVERIFY(rig.type("char-read-hnd e\n", "value/descriptor: 43 \n" + kBlue));
    // The peer refuses: ATT errors with gatttool's texts.
    QVERIFY(rig.type("char-write-req 0x000b 02\n", "written\n" + kBlue));
    QCOMPARE(rig.since().count("Attribute can't be written"), 1);
    QVERIFY(rig.type("char-read-hnd 0x99\n", "Invalid handle\n" + kBlue));
    QVERIFY(rig.type("char-read-uuid 2a99\n", "within the given range\n" + kBlue));
    QVERIFY(rig.type("characteristics 0x17\n", "within the given range\n" + kBlue));
    QVERIFY(rig.type("included\n", "No included services found for this range\n" + kBlue));
    QVERIFY(rig.type("char-read-hnd zz\n", "Invalid handle: zz\n" + kBlue));
    QVERIFY(rig.type("char-write-req 10\n", "Usage: char-write-req <handle> <new value>\n" + kBlue));
    QVERIFY(rig.type("char-write-req 0 00\n", "A valid handle is required\n" + kBlue));
    QVERIFY(rig.type("char-read-uuid 2a00 x\n", "Invalid start handle: 2a00\n" + kBlue)); // sic
}

void TestFakeGatttool::connectToAbsentDeviceIsRefused()
{
    Rig rig;
    QVERIFY(
        rig.type("connect aa:bb:cc:dd:ee:ff random\n", "(111)\n" + QByteArray("[aa:bb:cc:dd:ee:ff][LE]> ")));
    QVERIFY(rig.since().contains(
        QByteArray(kRed + "Error: " + kOff + "connect to AA:BB:CC:DD:EE:FF: Connection refused (111)\n")));
    // The right address with the wrong type is not the device either.
    QVERIFY(rig.type("connect 00:11:22:33:44:55 random\n", "(111)\n"));
    QVERIFY(rig.type("connect 00:11:22:33:44:55\n", "Connection successful\n"));
}

void TestFakeGatttool::longReadAndLongWrite()
{
    Rig rig(ReadlineDisplay::Terminal::Dumb, QByteArray("00:11:22:33:44:55"));
    QVERIFY(rig.type("connect\n", "Connection successful\n" + kBlue));
    // 50 bytes: a Read Request and Read Blob Requests, printed as one value.
    QVERIFY(rig.type("char-read-hnd 0x000e\n", "31 \n" + kBlue));
    QByteArray ramp;
    for (int i = 0; i < 50; ++i)
        ramp += QByteArray::number(i, 16).rightJustified(2, '0') + ' ';
    QVERIFY2(rig.since().contains(QByteArray("Characteristic value/descriptor: " + ramp + '\n')),
             rig.since().constData());
    // 30 bytes: prepared writes.
    const QByteArray value
        = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d");
    QVERIFY(rig.type("char-write-req 0x000e " + value.toHex() + '\n', "written successfully\n" + kBlue));
    QVERIFY(rig.type("char-read-hnd 0x000e\n", "1c 1d \n" + kBlue));
    // A 22-byte fixed value fills the first answer; the blob read is refused and the value
    // simply ends (no error printed).
    QVERIFY(rig.type("char-read-hnd 0x0016\n", "14 15 \n" + kBlue));
    QVERIFY(!rig.since().contains("Error"));
}

void TestFakeGatttool::notificationsAndIndications()
{
    Rig rig(ReadlineDisplay::Terminal::Dumb, QByteArray("00:11:22:33:44:55"));
    QVERIFY(rig.type("connect\n", "Connection successful\n" + kBlue));
    // The 2A37 counter notifies at 100 Hz once its CCCD (0x0009) says so.
    QVERIFY(rig.type("char-write-req 0x0009 0100\n", "Notification handle = 0x0008 value: "));
    const qsizetype at = rig.out.indexOf("Notification handle = 0x0008", rig.mark);
    QCOMPARE(rig.out.mid(at - 38, 38), "\r" + QByteArray(36, ' ') + "\r");
    QVERIFY(rig.type("char-write-req 0x0009 0000\n", "written successfully\n" + kBlue));
    // The indicate characteristic (CCCD 0x0014, after its user description).
    QVERIFY(rig.type("char-write-req 0x0014 0200\n", "Indication   handle = 0x0012 value: "));
    QVERIFY(rig.type("char-write-req 0x0014 0000\n", "written successfully\n" + kBlue));
    // Bits the characteristic does not support: an error gatttool has no text for.
    QVERIFY(rig.type("char-write-req 0x0014 0100\n", "Unexpected error code\n" + kBlue));
}

void TestFakeGatttool::mtuQuirks()
{
    Rig rig(ReadlineDisplay::Terminal::Dumb, QByteArray("00:11:22:33:44:55"));
    QVERIFY(rig.type("connect\n", "Connection successful\n" + kBlue));
    QVERIFY(rig.type("mtu\n", "Usage: mtu <value>\n" + kBlue));
    // A refused value still uses up the one exchange of the connection (interactive.c).
    QVERIFY(rig.type("mtu 10\n", "Minimum MTU size is 23\n" + kBlue));
    QVERIFY(rig.type("mtu 100\n", "MTU exchange can only occur once per connection.\n" + kBlue));
    QVERIFY(rig.type("disconnect\n", kPlain));
    QVERIFY(rig.type("connect\n", "Connection successful\n" + kBlue));
    QVERIFY(rig.type("mtu 100\n", "MTU was exchanged successfully: 100\n" + kBlue));
    // A whole 50-byte value now fits one Read Response.
    QVERIFY(rig.type("char-read-hnd 0x000e\n", "31 \n" + kBlue));
}

void TestFakeGatttool::linkLossIsSilentButTheWarningIsNot()
{
    FaultRule drop;
    drop.action = FaultRule::Action::Disconnect;
    drop.command = QStringLiteral("attclient_write_command");
    drop.afterEvents = 1;
    Rig rig(ReadlineDisplay::Terminal::Dumb, QByteArray("00:11:22:33:44:55"), { drop });
    QVERIFY(rig.type("connect\n", "Connection successful\n" + kBlue));
    rig.mark = rig.out.size();
    rig.shell->feedInput("char-write-cmd 0x000e 41\n");
    QTRY_VERIFY(rig.err.contains("GLib-WARNING **: "));
    QVERIFY(rig.err.contains("(gatttool:4242): GLib-WARNING **: "));
    QVERIFY(rig.err.endsWith(": Invalid file descriptor.\n"));
    QCOMPARE(rig.since(), "char-write-cmd 0x000e 41\n" + kBlue); // nothing about the link on stdout
    // The next line redraws the prompt, now without colour.
    QVERIFY(rig.type("sec-level\n", "sec-level: low\n" + kPlain));
    QCOMPARE(rig.since(), "\r" + kPlain + "sec-level  \b\b\nsec-level: low\n" + kPlain);
}

void TestFakeGatttool::linkLossDuringARequestCrashes()
{
    FaultRule drop;
    drop.action = FaultRule::Action::Disconnect;
    drop.command = QStringLiteral("attclient_read_by_handle");
    drop.afterEvents = 0;
    Rig rig(ReadlineDisplay::Terminal::Dumb, QByteArray("00:11:22:33:44:55"), { drop });
    QVERIFY(rig.type("connect\n", "Connection successful\n" + kBlue));
    QSignalSpy crashed(rig.shell.get(), &FakeGatttoolShell::crashed);
    QVERIFY(rig.type("char-read-hnd 3\n", "unlikely error\n"));
    QTRY_COMPARE(crashed.size(), 1);
    // Measured on 5.66: the failure is printed over the (still blue) line, then the plain
    // prompt, then SIGSEGV.
    QCOMPARE(rig.since(),
             "char-read-hnd 3\n" + kBlue + "\r" + QByteArray(36, ' ') + "\r" + kRed + "Error: " + kOff
                 + "Characteristic value/descriptor read failed: Request attribute has encountered an "
                   "unlikely error\n"
                 + kPlain);
}

void TestFakeGatttool::exitAndSignals()
{
    {
        Rig rig;
        rig.shell->feedInput("sec-lev");
        QTRY_VERIFY(rig.out.endsWith("sec-lev"));
        rig.shell->interrupt();
        QVERIFY(rig.out.endsWith(QByteArray("sec-lev\n" + kPrompt)));
        QVERIFY(rig.type("exit\n", "exit\n"));
        QTRY_COMPARE(rig.exitCode, 0);
        QVERIFY(rig.err.isEmpty());
    }
    {
        // stdin ends, then SIGTERM: a newline, and GLib's complaint about the dropped watch.
        Rig rig;
        rig.shell->endOfInput();
        rig.shell->terminate();
        QCOMPARE(rig.exitCode, 0);
        QCOMPARE(rig.out, kPrompt + "\n");
        QVERIFY(rig.err.contains("GLib-CRITICAL **: "));
        QVERIFY(rig.err.endsWith(": Source ID 1 was not found when attempting to remove it\n"));
    }
    {
        // Ctrl-D at an empty line.
        Rig rig;
        rig.shell->feedInput("\x04");
        QTRY_COMPARE(rig.exitCode, 0);
        QCOMPARE(rig.out, kPrompt + "\n");
    }
    {
        // Quitting while connected closes the link: GLib warns.
        Rig rig(ReadlineDisplay::Terminal::Dumb, QByteArray("00:11:22:33:44:55"));
        QVERIFY(rig.type("connect\n", "Connection successful\n" + kBlue));
        rig.shell->feedInput("quit\n");
        QTRY_COMPARE(rig.exitCode, 0);
        QVERIFY(rig.err.endsWith(": Invalid file descriptor.\n"));
    }
}

void TestFakeGatttool::encryptedAttributes()
{
    // 0x0010 needs an encrypted link; the test peripheral wants passkey 123456, which
    // gatttool cannot enter, so even the automatic security upgrade ends in the error.
    Rig rig(ReadlineDisplay::Terminal::Dumb, QByteArray("00:11:22:33:44:55"));
    QVERIFY(rig.type("connect\n", "Connection successful\n" + kBlue));
    QVERIFY(rig.type("char-read-hnd 0x0010\n", "authentication before read/write\n" + kBlue));
}

QTEST_GUILESS_MAIN(TestFakeGatttool)
#include "tst_fakegatttool.moc"
