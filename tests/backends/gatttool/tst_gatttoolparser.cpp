// SPDX-License-Identifier: MIT
// GatttoolParser: every line form gatttool 5.66 prints, the readline drawing around it
// (prompts, echo, colours, "\r"-redraws in dumb and xterm mode, horizontal scrolling),
// bytes split anywhere, and garbage. The byte strings are copied from real gatttool 5.66
// sessions (see transcripts/README.md for the recorded ones).
#include <gattscope/backends/gatttool/gatttoolparser.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace gattscope;
using Kind = GatttoolEvent::Kind;
using Failure = GatttoolEvent::Failure;

Q_DECLARE_METATYPE(GatttoolEvent::Kind)
Q_DECLARE_METATYPE(GatttoolEvent::Failure)

namespace {

const QByteArray kPrompt = "[                 ][LE]> ";
const QByteArray kBluePrompt = "\x1b[0;94m[11:22:33:44:55:66]\x1b[0m[LE]> ";
const QByteArray kPlainPrompt = "[11:22:33:44:55:66][LE]> ";
const QByteArray kDumbClear36 = "\r" + QByteArray(36, ' ') + "\r";

QList<GatttoolEvent> parse(const QByteArray &bytes)
{
    GatttoolParser parser;
    return parser.feed(bytes);
}

// The events without prompts/echoes, as "kind" strings, for compact comparisons.
QList<Kind> kinds(const QList<GatttoolEvent> &events)
{
    QList<Kind> out;
    for (const GatttoolEvent &e : events)
        out.append(e.kind);
    return out;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Prompt: return QStringLiteral("Prompt");
    case Kind::Echo: return QStringLiteral("Echo");
    case Kind::Attempting: return QStringLiteral("Attempting");
    case Kind::ConnectionSuccessful: return QStringLiteral("ConnectionSuccessful");
    case Kind::Error: return QStringLiteral("Error");
    case Kind::CommandFailed: return QStringLiteral("CommandFailed");
    case Kind::Usage: return QStringLiteral("Usage");
    case Kind::Notification: return QStringLiteral("Notification");
    case Kind::Indication: return QStringLiteral("Indication");
    case Kind::Service: return QStringLiteral("Service");
    case Kind::ServiceRange: return QStringLiteral("ServiceRange");
    case Kind::Included: return QStringLiteral("Included");
    case Kind::NoIncluded: return QStringLiteral("NoIncluded");
    case Kind::Characteristic: return QStringLiteral("Characteristic");
    case Kind::Descriptor: return QStringLiteral("Descriptor");
    case Kind::Value: return QStringLiteral("Value");
    case Kind::ValueByUuid: return QStringLiteral("ValueByUuid");
    case Kind::WriteSuccessful: return QStringLiteral("WriteSuccessful");
    case Kind::MtuExchanged: return QStringLiteral("MtuExchanged");
    case Kind::SecurityLevel: return QStringLiteral("SecurityLevel");
    case Kind::Text: return QStringLiteral("Text");
    }
    return QString();
}

} // namespace

class TestGatttoolParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void errors_data();
    void errors();
    void attErrorTexts();
    void promptAtStartAndAfterOutput();
    void promptColourTellsTheLinkState();
    void echoOfTypedLines();
    void asyncLineOverPromptDumb();
    void asyncLineOverPromptXterm();
    void asyncLineOverPartialInput();
    void redrawAfterSilentLinkLoss();
    void horizontallyScrolledEcho();
    void emptyLineErase();
    void splitAnywhere();
    void bracketedPasteAndOtherEscapes();
    void garbageNeverCrashes();
    void overlongLineIsBounded();
    void recordedTranscripts_data();
    void recordedTranscripts();
};

void TestGatttoolParser::lines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("handle");
    QTest::addColumn<int>("second"); // endHandle / valueHandle / number
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QByteArray>("value");

    const QString none;
    QTest::newRow("notification") << QByteArray("Notification handle = 0x0008 value: 16 48 00 04 ")
                                  << Kind::Notification << 0x0008 << 0 << none
                                  << QByteArray::fromHex("16480004");
    QTest::newRow("indication, three spaces")
        << QByteArray("Indication   handle = 0x0013 value: 01 00 00 00 ") << Kind::Indication << 0x0013 << 0
        << none << QByteArray::fromHex("01000000");
    QTest::newRow("notification, empty value") << QByteArray("Notification handle = 0x0008 value: ")
                                               << Kind::Notification << 0x0008 << 0 << none << QByteArray();
    QTest::newRow("service") << QByteArray(
        "attr handle: 0x000c, end grp handle: 0x0016 uuid: 6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10")
                             << Kind::Service << 0x000c << 0x0016
                             << QStringLiteral("6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10") << QByteArray();
    QTest::newRow("service range") << QByteArray("Starting handle: 0x0006 Ending handle: 0x000b")
                                   << Kind::ServiceRange << 0x0006 << 0x000b << none << QByteArray();
    QTest::newRow("characteristic") << QByteArray(
        "handle: 0x0007, char properties: 0x10, char value handle: 0x0008, uuid: "
        "00002a37-0000-1000-8000-00805f9b34fb")
                                    << Kind::Characteristic << 0x0007 << 0x0008
                                    << QStringLiteral("00002a37-0000-1000-8000-00805f9b34fb") << QByteArray();
    QTest::newRow("descriptor") << QByteArray("handle: 0x0009, uuid: 00002902-0000-1000-8000-00805f9b34fb")
                                << Kind::Descriptor << 0x0009 << 0
                                << QStringLiteral("00002902-0000-1000-8000-00805f9b34fb") << QByteArray();
    QTest::newRow("included") << QByteArray("handle: 0x0002, start handle: 0x0010, end handle: 0x0015 uuid: "
                                            "0000180f-0000-1000-8000-00805f9b34fb")
                              << Kind::Included << 0x0002 << 0x0015
                              << QStringLiteral("0000180f-0000-1000-8000-00805f9b34fb") << QByteArray();
    QTest::newRow("no included") << QByteArray("No included services found for this range")
                                 << Kind::NoIncluded << 0 << 0 << none << QByteArray();
    QTest::newRow("read value") << QByteArray("Characteristic value/descriptor: 48 52 4d 20 53 74 72 61 70 ")
                                << Kind::Value << 0 << 0 << none << QByteArray("HRM Strap");
    QTest::newRow("read, empty value")
        << QByteArray("Characteristic value/descriptor: ") << Kind::Value << 0 << 0 << none << QByteArray();
    QTest::newRow("read by uuid, space tab space")
        << QByteArray("handle: 0x000b \t value: 01 ") << Kind::ValueByUuid << 0x000b << 0 << none
        << QByteArray::fromHex("01");
    QTest::newRow("written") << QByteArray("Characteristic value was written successfully")
                             << Kind::WriteSuccessful << 0 << 0 << none << QByteArray();
    QTest::newRow("mtu") << QByteArray("MTU was exchanged successfully: 100") << Kind::MtuExchanged << 0
                         << 100 << none << QByteArray();
    QTest::newRow("attempting") << QByteArray("Attempting to connect to 11:22:33:44:55:66")
                                << Kind::Attempting << 0 << 0 << none << QByteArray();
    QTest::newRow("connected") << QByteArray("Connection successful") << Kind::ConnectionSuccessful << 0 << 0
                               << none << QByteArray();
    QTest::newRow("sec-level") << QByteArray("sec-level: medium") << Kind::SecurityLevel << 0 << 0 << none
                               << QByteArray();
    QTest::newRow("usage") << QByteArray("Usage: char-write-req <handle> <new value>") << Kind::Usage << 0
                           << 0 << none << QByteArray();
    QTest::newRow("allowed values") << QByteArray("Allowed values: low | medium | high") << Kind::Usage << 0
                                    << 0 << none << QByteArray();
    QTest::newRow("help line") << QByteArray(
        "mtu             <value>                        Exchange MTU for GATT/ATT")
                               << Kind::Text << 0 << 0 << none << QByteArray();
    // Malformed versions of known lines are text, never half-parsed data.
    QTest::newRow("value with odd digits") << QByteArray("Characteristic value/descriptor: 4 52 ")
                                           << Kind::Text << 0 << 0 << none << QByteArray();
    QTest::newRow("value with non-hex") << QByteArray("Notification handle = 0x0008 value: zz ") << Kind::Text
                                        << 0 << 0 << none << QByteArray();
    QTest::newRow("handle without digits")
        << QByteArray("Notification handle = 0x value: 01 ") << Kind::Text << 0 << 0 << none << QByteArray();
    QTest::newRow("truncated uuid") << QByteArray("handle: 0x0009, uuid: 00002902-0000-1000-8000")
                                    << Kind::Text << 0 << 0 << none << QByteArray();
}

void TestGatttoolParser::lines()
{
    QFETCH(QByteArray, line);
    QFETCH(Kind, kind);
    QFETCH(int, handle);
    QFETCH(int, second);
    QFETCH(QString, uuid);
    QFETCH(QByteArray, value);
    const QList<GatttoolEvent> events = parse(line + '\n');
    QCOMPARE(events.size(), 1);
    const GatttoolEvent &e = events.constFirst();
    QCOMPARE(e.kind, kind);
    if (kind == Kind::Text)
        return;
    QCOMPARE(int(e.handle), handle);
    if (kind == Kind::Characteristic)
        QCOMPARE(int(e.valueHandle), second);
    else if (kind == Kind::MtuExchanged)
        QCOMPARE(e.number, second);
    else
        QCOMPARE(int(e.endHandle), second);
    if (!uuid.isEmpty())
        QCOMPARE(e.uuid.toCanonicalString(), uuid);
    QCOMPARE(e.value, value);
    if (kind == Kind::Characteristic)
        QCOMPARE(e.properties, quint8(0x10));
}

void TestGatttoolParser::errors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<int>("attError"); // -1: none
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("text");

    auto red = [](const char *rest) -> QByteArray {
        return QByteArray("\x1b[0;91mError: \x1b[0m") + rest;
    };
    QTest::newRow("unknown command") << red("gattscope-sync-7: command not found") << Kind::Error
                                     << Failure::UnknownCommand << -1 << 0
                                     << QStringLiteral("gattscope-sync-7");
    QTest::newRow("disconnected") << QByteArray("\x1b[0;91mCommand Failed: \x1b[0mDisconnected")
                                  << Kind::CommandFailed << Failure::None << -1 << 0
                                  << QStringLiteral("Disconnected");
    QTest::newRow("read failed, can't be read")
        << red("Characteristic value/descriptor read failed: Attribute can't be read") << Kind::Error
        << Failure::Read << 0x02 << 0 << QString();
    QTest::newRow("read failed, authentication") << red(
        "Characteristic value/descriptor read failed: Attribute requires authentication before read/write")
                                                 << Kind::Error << Failure::Read << 0x05 << 0 << QString();
    QTest::newRow("write failed, unexpected code")
        << red("Characteristic Write Request failed: Unexpected error code") << Kind::Error << Failure::Write
        << 0xFF << 0 << QString();
    QTest::newRow("write failed, timeout (5.66 spelling)")
        << red("Characteristic Write Request failed: A timeout occured") << Kind::Error << Failure::Write
        << 0x81 << 0 << QString();
    QTest::newRow("write failed, timeout (later spelling)")
        << red("Characteristic Write Request failed: A timeout occurred") << Kind::Error << Failure::Write
        << 0x81 << 0 << QString();
    QTest::newRow("characteristics none")
        << red("Discover all characteristics failed: No attribute found within the given range")
        << Kind::Error << Failure::Characteristics << 0x0A << 0 << QString();
    QTest::newRow("descriptors none")
        << red("Discover descriptors failed: No attribute found within the given range") << Kind::Error
        << Failure::Descriptors << 0x0A << 0 << QString();
    QTest::newRow("no primary") << red("No primary service found") << Kind::Error << Failure::Primary << 0x0A
                                << 0 << QString();
    QTest::newRow("no service uuid") << red("No service UUID found") << Kind::Error << Failure::Primary
                                     << 0x0A << 0 << QString();
    QTest::newRow("primary failed") << red(
        "Discover all primary services failed: Request attribute has encountered an unlikely error")
                                    << Kind::Error << Failure::Primary << 0x0E << 0 << QString();
    QTest::newRow("read by uuid failed")
        << red("Read characteristics by UUID failed: No attribute found within the given range")
        << Kind::Error << Failure::ReadByUuid << 0x0A << 0 << QString();
    QTest::newRow("mtu failed") << red("Exchange MTU Request failed: Attribute PDU was invalid")
                                << Kind::Error << Failure::Mtu << 0x04 << 0 << QString();
    QTest::newRow("protocol error") << red("Protocol error") << Kind::Error << Failure::Protocol << -1 << 0
                                    << QString();
    QTest::newRow("invalid handle arg")
        << red("Invalid handle: zz") << Kind::Error << Failure::Argument << -1 << 0 << QString();
    QTest::newRow("missing handle") << red("Missing argument: handle") << Kind::Error << Failure::Argument
                                    << -1 << 0 << QString();
    QTest::newRow("mtu minimum") << red("Invalid value. Minimum MTU size is 23") << Kind::Error
                                 << Failure::Argument << -1 << 0 << QString();
    QTest::newRow("connect refused (5.66)") << red("connect to AA:BB:CC:DD:EE:FF: Connection refused (111)")
                                            << Kind::Error << Failure::Connect << -1 << 111 << QString();
    QTest::newRow("connect refused (old)") << red("connect error: Connection refused (111)") << Kind::Error
                                           << Failure::Connect << -1 << 111 << QString();
    QTest::newRow("no bluetooth") << red(
        "socket(SEQPACKET, L2CAP): Address family not supported by protocol (97)")
                                  << Kind::Error << Failure::Connect << -1 << 97 << QString();
    QTest::newRow("other with errno")
        << red("Operation not permitted (1)") << Kind::Error << Failure::Other << -1 << 1 << QString();
    QTest::newRow("other") << red("something new") << Kind::Error << Failure::Other << -1 << 0 << QString();
}

void TestGatttoolParser::errors()
{
    QFETCH(QByteArray, line);
    QFETCH(Kind, kind);
    QFETCH(Failure, failure);
    QFETCH(int, attError);
    QFETCH(int, number);
    QFETCH(QString, text);
    const QList<GatttoolEvent> events = parse(line + '\n');
    QCOMPARE(events.size(), 1);
    const GatttoolEvent &e = events.constFirst();
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.failure, failure);
    QCOMPARE(e.attError.has_value(), attError >= 0);
    if (attError >= 0)
        QCOMPARE(int(*e.attError), attError);
    QCOMPARE(e.number, number);
    if (!text.isEmpty())
        QCOMPARE(e.text, text);
}

void TestGatttoolParser::attErrorTexts()
{
    for (int code = 0; code < 256; ++code) {
        const QString text = gatttoolAttErrorText(quint8(code));
        QVERIFY(!text.isEmpty());
        const std::optional<quint8> back = gatttoolAttErrorFromText(text);
        QVERIFY(back);
        if (text != u"Unexpected error code")
            QCOMPARE(int(*back), code);
        else
            QCOMPARE(*back, kUnknownGatttoolAttError);
    }
    QCOMPARE(gatttoolAttErrorText(0xFD), QStringLiteral("Unexpected error code"));
    QVERIFY(!gatttoolAttErrorFromText(u"Something else"));
}

void TestGatttoolParser::promptAtStartAndAfterOutput()
{
    GatttoolParser parser;
    QList<GatttoolEvent> events = parser.feed(kPrompt);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().kind, Kind::Prompt);
    QVERIFY(!events.constFirst().connected);
    QCOMPARE(events.constFirst().text, QString());
    // Reported once, even when more bytes of the same line follow.
    QVERIFY(parser.feed("sec").isEmpty());
    events = parser.feed(QByteArray("-level\nsec-level: low\n" + kPrompt));
    QCOMPARE(kinds(events), (QList<Kind> { Kind::Echo, Kind::SecurityLevel, Kind::Prompt }));
    QCOMPARE(events.at(0).text, QStringLiteral("sec-level"));
    QCOMPARE(events.at(1).text, QStringLiteral("low"));
}

void TestGatttoolParser::promptColourTellsTheLinkState()
{
    GatttoolParser parser;
    QList<GatttoolEvent> events = parser.feed(kBluePrompt);
    QCOMPARE(events.size(), 1);
    QVERIFY(events.constFirst().connected);
    QCOMPARE(events.constFirst().text, QStringLiteral("11:22:33:44:55:66"));
    events = parser.feed("primary\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().kind, Kind::Echo);
    QVERIFY(events.constFirst().connected);
    events = parser.feed(kPlainPrompt);
    QVERIFY(!events.constFirst().connected);
    // The [BR] prompt of GATT over BR/EDR (-p).
    QCOMPARE(parse("[aa:bb:cc:dd:ee:ff][BR]> ").constFirst().kind, Kind::Prompt);
}

void TestGatttoolParser::echoOfTypedLines()
{
    const QList<GatttoolEvent> events
        = parse(kPrompt + "bogus\n\x1b[0;91mError: \x1b[0mbogus: command not found\n" + kPrompt
                + "primary\n\x1b[0;91mCommand Failed: \x1b[0mDisconnected\n" + kPrompt);
    QCOMPARE(kinds(events),
             (QList<Kind> { Kind::Echo, Kind::Error, Kind::Echo, Kind::CommandFailed, Kind::Prompt }));
    QCOMPARE(events.at(0).text, QStringLiteral("bogus"));
    QCOMPARE(events.at(1).failure, Failure::UnknownCommand);
    QCOMPARE(events.at(1).text, QStringLiteral("bogus"));
}

void TestGatttoolParser::asyncLineOverPromptDumb()
{
    // TERM=dumb: CR, blanks over the prompt (escape bytes count), CR, the line, the prompt.
    const QList<GatttoolEvent> events = parse(
        kBluePrompt + kDumbClear36 + "Notification handle = 0x0008 value: 16 48 00 04 \n" + kBluePrompt);
    QCOMPARE(kinds(events), (QList<Kind> { Kind::Notification, Kind::Prompt }));
    QCOMPARE(events.constFirst().value, QByteArray::fromHex("16480004"));
    QVERIFY(events.constLast().connected);
    // A line shorter than the blanks: "Connection successful" over a 25-column prompt.
    const QList<GatttoolEvent> connected
        = parse(kPlainPrompt + "\r" + QByteArray(25, ' ') + "\rConnection successful\n" + kBluePrompt);
    QCOMPARE(kinds(connected), (QList<Kind> { Kind::ConnectionSuccessful, Kind::Prompt }));
}

void TestGatttoolParser::asyncLineOverPromptXterm()
{
    const QList<GatttoolEvent> events
        = parse(kBluePrompt + "\r\x1b[K" + "Characteristic value/descriptor: 48 52 4d \n" + kBluePrompt);
    QCOMPARE(kinds(events), (QList<Kind> { Kind::Value, Kind::Prompt }));
    QCOMPARE(events.constFirst().value, QByteArray("HRM"));
}

void TestGatttoolParser::asyncLineOverPartialInput()
{
    // Recorded: "char-re" typed, a notification arrives, the rest is typed.
    GatttoolParser parser;
    QList<GatttoolEvent> events = parser.feed(QByteArray(kBluePrompt + "char-re"));
    QVERIFY(events.isEmpty()); // a prompt with input after it is no bare prompt
    events = parser.feed(QByteArray("\r" + QByteArray(43, ' ') + "\r"));
    events
        += parser.feed(QByteArray("Notification handle = 0x0008 value: 01 02 \n" + kBluePrompt + "char-re"));
    QCOMPARE(kinds(events), (QList<Kind> { Kind::Notification }));
    QCOMPARE(events.constFirst().value, QByteArray::fromHex("0102"));
    events = parser.feed(QByteArray("ad-hnd 3\n" + kBluePrompt));
    QCOMPARE(kinds(events), (QList<Kind> { Kind::Echo, Kind::Prompt }));
    QCOMPARE(events.constFirst().text, QStringLiteral("char-read-hnd 3"));
}

void TestGatttoolParser::redrawAfterSilentLinkLoss()
{
    // The link dropped (nothing printed); the next typed line redraws the plain prompt.
    GatttoolParser parser;
    parser.feed(kBluePrompt);
    // dumb: over-print, blank the rest, back up
    QList<GatttoolEvent> events = parser.feed(QByteArray("\r" + kPlainPrompt + "sec-level  \b\b\n"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().kind, Kind::Echo);
    QVERIFY(!events.constFirst().connected);
    QCOMPARE(events.constFirst().text, QStringLiteral("sec-level"));
    // xterm: delete characters, then print
    parser.feed(kBluePrompt);
    events = parser.feed(QByteArray("\r\x1b[7P" + kPlainPrompt + "exit\n"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().text, QStringLiteral("exit"));
    QVERIFY(!events.constFirst().connected);
}

void TestGatttoolParser::horizontallyScrolledEcho()
{
    // A long line in dumb mode scrolls sideways: the echo is garbled, never a message.
    const QList<GatttoolEvent> events
        = parse(kBluePrompt + "\r<405060708090a0b0c0d0e0f101112131415161718191a1b1c1d\n" + kBluePrompt);
    QCOMPARE(kinds(events), (QList<Kind> { Kind::Text, Kind::Prompt }));
}

void TestGatttoolParser::emptyLineErase()
{
    QCOMPARE(kinds(parse(kPrompt + "\r\r" + kPrompt)), (QList<Kind> { Kind::Prompt }));
    QCOMPARE(kinds(parse(kPrompt + "\r\x1b[K\r" + kPrompt)), (QList<Kind> { Kind::Prompt }));
}

void TestGatttoolParser::splitAnywhere()
{
    const QByteArray session = kPlainPrompt + "connect\nAttempting to connect to 11:22:33:44:55:66\n"
        + kPlainPrompt + "\r" + QByteArray(25, ' ') + "\rConnection successful\n" + kBluePrompt + kDumbClear36
        + "Notification handle = 0x0008 value: 16 48 00 04 \n" + kBluePrompt + "\r\x1b[K"
        + "\x1b[0;91mError: \x1b[0mCharacteristic value/descriptor read failed: Invalid handle\n"
        + kBluePrompt;
    const QList<Kind> expected { Kind::Echo, Kind::Attempting, Kind::ConnectionSuccessful, Kind::Notification,
                                 Kind::Error };
    auto withoutPrompts = [](const QList<GatttoolEvent> &events) {
        QList<Kind> out;
        for (const GatttoolEvent &e : events) {
            if (e.kind != Kind::Prompt)
                out.append(e.kind);
        }
        return out;
    };
    // Every split point, and byte by byte.
    for (qsizetype split = 0; split <= session.size(); ++split) {
        GatttoolParser parser;
        QList<GatttoolEvent> events = parser.feed(session.left(split));
        events += parser.feed(session.mid(split));
        QCOMPARE(withoutPrompts(events), expected);
        QCOMPARE(events.constLast().kind, Kind::Prompt);
    }
    GatttoolParser parser;
    QList<GatttoolEvent> events;
    for (const char c : session)
        events += parser.feed(QByteArrayView(&c, 1));
    QCOMPARE(withoutPrompts(events), expected);
}

void TestGatttoolParser::bracketedPasteAndOtherEscapes()
{
    // A pty (pexpect-style): bracketed paste around the prompt, CRLF line ends.
    const QList<GatttoolEvent> events = parse("\x1b[?2004h" + kPrompt + "help\x1b[?2004l\r\r\n"
                                              + "sec-level: low\r\n\x1b(B\x1b[0m" + kPrompt);
    QCOMPARE(kinds(events), (QList<Kind> { Kind::Echo, Kind::SecurityLevel, Kind::Prompt }));
}

void TestGatttoolParser::garbageNeverCrashes()
{
    QRandomGenerator random(1234);
    GatttoolParser parser;
    for (int round = 0; round < 2000; ++round) {
        QByteArray junk(int(random.bounded(64)), '\0');
        for (char &c : junk)
            c = char(random.bounded(256));
        if (round % 7 == 0)
            junk += "\x1b[";
        if (round % 11 == 0)
            junk += "\n";
        parser.feed(junk);
    }
    // Still in step afterwards.
    parser.feed("\n");
    const QList<GatttoolEvent> events = parser.feed("Connection successful\n");
    QCOMPARE(kinds(events), (QList<Kind> { Kind::ConnectionSuccessful }));
}

void TestGatttoolParser::overlongLineIsBounded()
{
    GatttoolParser parser;
    const QByteArray chunk(1024 * 1024, 'x');
    QList<GatttoolEvent> events = parser.feed(chunk);
    events += parser.feed(chunk);
    events += parser.feed("\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().kind, Kind::Text);
    QCOMPARE(events.constFirst().text.size(), GatttoolParser::kMaxLineLength);
    // An unfinished escape sequence that never ends does not swallow the next line.
    events = parser.feed(QByteArray("\x1b[" + QByteArray(100, '1') + "\nConnection successful\n"));
    QCOMPARE(events.constLast().kind, Kind::ConnectionSuccessful);
}

void TestGatttoolParser::recordedTranscripts_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(GATTSCOPE_TRANSCRIPTS_DIR));
    const QStringList files = dir.entryList({ QStringLiteral("*.out") }, QDir::Files, QDir::Name);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
    if (files.isEmpty())
        QTest::newRow("none") << QString();
}

void TestGatttoolParser::recordedTranscripts()
{
    // Each recorded stdout comes with the events it must give (one "Kind text" line each,
    // prompts left out), written from the transcript by hand and checked by eye.
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("no recorded transcripts");
    QFile out(file);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    QString expectedPath = file;
    expectedPath.replace(QStringLiteral(".out"), QStringLiteral(".events"));
    QFile expected(expectedPath);
    QVERIFY2(expected.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(expectedPath));
    QStringList want;
    for (const QByteArray &line : expected.readAll().split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            want.append(QString::fromUtf8(line.trimmed()));
    }
    // Fed in odd-sized pieces, as a pipe delivers them.
    GatttoolParser parser;
    QList<GatttoolEvent> events;
    for (qsizetype at = 0; at < bytes.size(); at += 37)
        events += parser.feed(bytes.mid(at, 37));
    QStringList got;
    for (const GatttoolEvent &e : std::as_const(events)) {
        if (e.kind == Kind::Prompt)
            continue;
        QString line = kindName(e.kind);
        if (e.kind == Kind::Echo)
            line += (e.connected ? QStringLiteral(" connected ") : QStringLiteral(" disconnected ")) + e.text;
        else if (e.kind == Kind::Notification || e.kind == Kind::Indication)
            line += QStringLiteral(" %1 %2")
                        .arg(e.handle, 4, 16, QLatin1Char('0'))
                        .arg(QString::fromLatin1(e.value.toHex()));
        else if (e.kind == Kind::Value || e.kind == Kind::ValueByUuid)
            line += u' ' + QString::fromLatin1(e.value.toHex());
        else if (e.kind == Kind::Service || e.kind == Kind::Characteristic || e.kind == Kind::Descriptor)
            line += QStringLiteral(" %1 %2").arg(e.handle, 4, 16, QLatin1Char('0')).arg(e.uuid.toString());
        else if (e.kind == Kind::Error && e.attError)
            line += QStringLiteral(" att 0x%1").arg(*e.attError, 2, 16, QLatin1Char('0'));
        else if (e.kind == Kind::Error)
            line += u' ' + e.text;
        got.append(line);
    }
    if (got != want)
        qWarning().noquote() << QStringLiteral("got:\n") + got.join(u'\n');
    QCOMPARE(got, want);
}

QTEST_GUILESS_MAIN(TestGatttoolParser)
#include "tst_gatttoolparser.moc"
