// SPDX-License-Identifier: MIT
#include "fakegatttoolshell.h"

#include "bluezparsing.h"
#include "bytes_p.h"
#include "fakeattlink.h"
#include "fakeattserver.h"
#include "fakegattclient.h"
#include "shellargv.h"

#include <gattscope/backends/virtual/virtualperipheral.h>

#include <QTime>
#include <QTimer>

namespace gattscope {

namespace {

constexpr char kRed[] = "\x1b[0;91m";
constexpr char kBlue[] = "\x1b[0;94m";
constexpr char kOff[] = "\x1b[0m";

// printf("%-*s", width, text)
QByteArray padRight(QByteArrayView text, int width)
{
    QByteArray out = text.toByteArray();
    if (out.size() < width)
        out.append(QByteArray(width - out.size(), ' '));
    return out;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// g_strstrip(): isspace() at both ends.
QByteArray stripped(const QByteArray &line)
{
    qsizetype from = 0;
    qsizetype to = line.size();
    auto blank = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    while (from < to && blank(line.at(from)))
        ++from;
    while (to > from && blank(line.at(to - 1)))
        --to;
    return line.mid(from, to - from);
}

} // namespace

FakeGatttoolShell::FakeGatttoolShell(const Options &options, const QList<PeripheralProfile> &peripherals,
                                     const QList<FaultRule> &faults, ReadlineDisplay::Terminal terminal,
                                     int screenWidth, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_display(terminal, screenWidth)
    , m_dst(options.device)
    , m_dstType(options.addressType)
    , m_connectTimer(new QTimer(this))
{
    m_faults.addRules(faults);
    quint32 seed = 0x6a77;
    for (const PeripheralProfile &profile : peripherals) {
        auto *peripheral = new VirtualPeripheral(profile, seed++, true, this);
        if (options.accelerometerRate > 0)
            peripheral->setAccelerometerRate(options.accelerometerRate);
        m_peripherals.append(peripheral);
    }
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &FakeGatttoolShell::onConnectTimer);
    m_display.setPrompt(promptText());
}

FakeGatttoolShell::~FakeGatttoolShell() = default;

const QList<FakeGatttoolShell::CommandInfo> &FakeGatttoolShell::commands()
{
    static const QList<CommandInfo> table {
        { "help", &FakeGatttoolShell::cmdHelp, "", "Show this help" },
        { "exit", &FakeGatttoolShell::cmdExit, "", "Exit interactive mode" },
        { "quit", &FakeGatttoolShell::cmdExit, "", "Exit interactive mode" },
        { "connect", &FakeGatttoolShell::cmdConnect, "[address [address type]]",
          "Connect to a remote device" },
        { "disconnect", &FakeGatttoolShell::cmdDisconnect, "", "Disconnect from a remote device" },
        { "primary", &FakeGatttoolShell::cmdPrimary, "[UUID]", "Primary Service Discovery" },
        { "included", &FakeGatttoolShell::cmdIncluded, "[start hnd [end hnd]]", "Find Included Services" },
        { "characteristics", &FakeGatttoolShell::cmdCharacteristics, "[start hnd [end hnd [UUID]]]",
          "Characteristics Discovery" },
        { "char-desc", &FakeGatttoolShell::cmdCharDesc, "[start hnd] [end hnd]",
          "Characteristics Descriptor Discovery" },
        { "char-read-hnd", &FakeGatttoolShell::cmdReadHandle, "<handle>",
          "Characteristics Value/Descriptor Read by handle" },
        { "char-read-uuid", &FakeGatttoolShell::cmdReadUuid, "<UUID> [start hnd] [end hnd]",
          "Characteristics Value/Descriptor Read by UUID" },
        { "char-write-req", &FakeGatttoolShell::cmdWrite, "<handle> <new value>",
          "Characteristic Value Write (Write Request)" },
        { "char-write-cmd", &FakeGatttoolShell::cmdWrite, "<handle> <new value>",
          "Characteristic Value Write (No response)" },
        { "sec-level", &FakeGatttoolShell::cmdSecLevel, "[low | medium | high]",
          "Set security level. Default: low" },
        { "mtu", &FakeGatttoolShell::cmdMtu, "<value>", "Exchange MTU for GATT/ATT" },
    };
    return table;
}

// --- readline

void FakeGatttoolShell::start()
{
    m_display.setPrompt(promptText());
    m_display.start();
    flush();
}

void FakeGatttoolShell::feedInput(QByteArrayView bytes)
{
    if (m_finished || m_inputClosed)
        return;
    m_input.append(bytes);
    if (!m_inputScheduled) {
        m_inputScheduled = true;
        QTimer::singleShot(0, this, &FakeGatttoolShell::processInput);
    }
}

void FakeGatttoolShell::endOfInput()
{
    m_inputClosed = true;
}

void FakeGatttoolShell::processInput()
{
    m_inputScheduled = false;
    // One readline callback: type-ahead is inserted in runs, and at most one line is
    // accepted before control goes back to the main loop.
    while (!m_input.isEmpty() && !m_finished) {
        const char c = m_input.at(0);
        const uchar u = uchar(c);
        if (u >= 0x20 && u < 0x7f) {
            qsizetype run = 1;
            while (run < m_input.size() && uchar(m_input.at(run)) >= 0x20 && uchar(m_input.at(run)) < 0x7f)
                ++run;
            m_display.insert(QByteArrayView(m_input).first(run));
            m_input.remove(0, run);
            m_lastWasTab = false;
            continue;
        }
        m_input.remove(0, 1);
        if (c == '\t') {
            complete();
            continue;
        }
        m_lastWasTab = false;
        switch (c) {
        case '\n':
        case '\r': handleLine(m_display.accept()); break;
        case '\x7f':
        case '\b': m_display.rubout(); break;
        case '\x15': m_display.killLine(); break;
        case '\x04':
            if (m_display.line().isEmpty()) {
                // End of file at an empty line: parse_line(NULL) prints a newline, exits.
                m_display.printSync("\n");
                exitShell();
            } else {
                m_display.ring();
            }
            break;
        default: break; // other keys: not emulated
        }
        if (c == '\n' || c == '\r')
            break;
    }
    flush();
    if (!m_input.isEmpty() && !m_finished && !m_inputScheduled) {
        m_inputScheduled = true;
        QTimer::singleShot(0, this, &FakeGatttoolShell::processInput);
    }
}

void FakeGatttoolShell::complete()
{
    // commands_completion(): only the first word completes, against the command names.
    const QByteArray text = m_display.line();
    QByteArrayList matches;
    if (!text.contains(' ') && !text.contains('\t')) {
        for (const CommandInfo &c : commands()) {
            if (QByteArrayView(c.name).startsWith(text))
                matches.append(c.name);
        }
    }
    if (matches.size() == 1) {
        m_display.insert(QByteArray(matches.constFirst().mid(text.size()) + ' '));
        return;
    }
    if (matches.size() > 1) {
        QByteArray common = matches.constFirst();
        for (const QByteArray &m : std::as_const(matches)) {
            qsizetype i = 0;
            while (i < common.size() && i < m.size() && common.at(i) == m.at(i))
                ++i;
            common.truncate(i);
        }
        if (common.size() > text.size()) {
            m_display.insert(midView(common, text.size()));
            return;
        }
    }
    m_display.ring();
    m_lastWasTab = true;
}

void FakeGatttoolShell::handleLine(const QByteArray &line)
{
    // parse_line()
    m_inHandler = true;
    const QByteArray text = stripped(line);
    if (!text.isEmpty()) {
        if (const std::optional<QByteArrayList> argv = parseShellArgv(text)) {
            const CommandInfo *found = nullptr;
            for (const CommandInfo &c : commands()) {
                if (equalsIgnoringCase(c.name, argv->constFirst())) {
                    found = &c;
                    break;
                }
            }
            if (found)
                (this->*found->run)(*argv);
            else
                error(argv->constFirst() + ": command not found\n");
        }
    }
    m_inHandler = false;
    if (!m_finished)
        m_display.newPrompt();
}

void FakeGatttoolShell::print(const QByteArray &text)
{
    // rl_printf(): plain while the line handler runs, else drawn over the prompt.
    if (m_inHandler)
        m_display.printSync(text);
    else
        m_display.printAsync(text);
}

void FakeGatttoolShell::error(const QByteArray &text)
{
    print(kRed + QByteArray("Error: ") + kOff + text);
}

void FakeGatttoolShell::failed(const QByteArray &text)
{
    print(kRed + QByteArray("Command Failed: ") + kOff + text);
}

void FakeGatttoolShell::flush()
{
    const QByteArray out = m_display.takeOutput();
    if (!out.isEmpty())
        Q_EMIT output(out);
    const QByteArray bells = m_display.takeBells();
    if (!bells.isEmpty())
        Q_EMIT errorOutput(bells);
}

void FakeGatttoolShell::glibMessage(const char *level, const QByteArray &text)
{
    // GLib's default log writer for warnings and criticals, to stderr.
    const QByteArray time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")).toLatin1();
    Q_EMIT errorOutput("\n(gatttool:" + QByteArray::number(m_options.pid) + "): GLib-" + level
                       + " **: " + time + ": " + text + '\n');
}

QByteArray FakeGatttoolShell::promptText() const
{
    // get_prompt(): "[%17s]" of the address as typed, blue while connected.
    QByteArray prompt;
    if (m_state == State::Connected)
        prompt += kBlue;
    const QByteArray address = m_dst.value_or(QByteArray());
    prompt += '[' + QByteArray(qMax<qsizetype>(0, 17 - address.size()), ' ') + address + ']';
    if (m_state == State::Connected)
        prompt += kOff;
    prompt += m_options.psm ? "[BR]> " : "[LE]> ";
    return prompt;
}

void FakeGatttoolShell::setState(State state)
{
    m_state = state;
    m_display.setPrompt(promptText());
}

void FakeGatttoolShell::exitShell()
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer->stop();
    flush();
    // After the main loop: cmd_disconnect(), then g_source_remove() of the stdin watch,
    // which GLib already dropped if stdin ended.
    disconnectLink(true);
    if (m_inputClosed)
        glibMessage("CRITICAL", "Source ID 1 was not found when attempting to remove it");
    Q_EMIT finished(0);
}

void FakeGatttoolShell::interrupt()
{
    if (m_finished)
        return;
    m_input.clear();
    m_display.interrupt();
    flush();
}

void FakeGatttoolShell::terminate()
{
    if (m_finished)
        return;
    m_display.terminate();
    exitShell();
}

// --- commands that need no link

void FakeGatttoolShell::cmdHelp(const QByteArrayList &)
{
    for (const CommandInfo &c : commands())
        print(padRight(c.name, 15) + ' ' + padRight(c.params, 30) + ' ' + c.description + '\n');
}

void FakeGatttoolShell::cmdExit(const QByteArrayList &)
{
    exitShell();
}

void FakeGatttoolShell::cmdSecLevel(const QByteArrayList &argv)
{
    if (argv.size() < 2) {
        print("sec-level: " + m_secLevel + '\n');
        return;
    }
    int level = 0;
    if (equalsIgnoringCase(argv.at(1), "medium"))
        level = 2;
    else if (equalsIgnoringCase(argv.at(1), "high"))
        level = 3;
    else if (equalsIgnoringCase(argv.at(1), "low"))
        level = 1;
    if (level == 0) {
        print("Allowed values: low | medium | high\n");
        return;
    }
    m_secLevel = argv.at(1);
    if (m_state != State::Connected)
        return;
    if (m_options.psm) {
        print("Change will take effect on reconnection\n");
        return;
    }
    raiseSecurity(level);
}

// --- the link

bool FakeGatttoolShell::adapterPresent() const
{
    if (m_adapterGone)
        return false;
    const QByteArray &a = m_options.adapter;
    return a.isEmpty() || a == "hci0" || a == "00:00:00:00:00:00";
}

VirtualPeripheral *FakeGatttoolShell::peripheralFor(const DeviceAddress &address) const
{
    for (VirtualPeripheral *p : m_peripherals) {
        if (p->address() == address && p->profile().connectable)
            return p;
    }
    return nullptr;
}

void FakeGatttoolShell::cmdConnect(const QByteArrayList &argv)
{
    if (m_state != State::Disconnected)
        return;
    if (argv.size() > 1) {
        m_dst = argv.at(1);
        m_dstType = argv.size() > 2 ? argv.at(2) : QByteArray("public");
    }
    if (!m_dst) {
        error("Remote Bluetooth address required\n");
        return;
    }
    print("Attempting to connect to " + *m_dst + '\n');
    setState(State::Connecting);
    const DeviceAddress address = bluez::address(*m_dst, m_dstType == "random");
    if (!adapterPresent()) {
        // No adapter to route through: connect() fails at once.
        setState(State::Disconnected);
        error("connect to " + bluez::addressText(address) + ": No route to host (113)\n");
        return;
    }
    const QString command = QStringLiteral("gap_connect_direct");
    const FaultRule *fault = m_faults.takeCommandFault(command, ++m_occurrences[command]);
    m_target = m_options.psm ? nullptr : peripheralFor(address);
    if (m_target && m_faults.takeRefusal(address))
        m_target = nullptr;
    m_connectSucceeds = m_target != nullptr;
    m_dropAfterConnect = fault && fault->action == FaultRule::Action::Disconnect;
    int delay = m_connectSucceeds ? m_options.connectMs : m_options.refuseMs;
    if (fault && fault->action == FaultRule::Action::DelayResponse)
        delay += qMax(0, fault->delayMs);
    if (fault && fault->action == FaultRule::Action::Reset) {
        QTimer::singleShot(0, this, [this] {
            flush();
            Q_EMIT crashed();
        });
        return;
    }
    m_connectTimer->start(qMax(0, delay));
}

void FakeGatttoolShell::onConnectTimer()
{
    if (m_state != State::Connecting)
        return;
    const DeviceAddress address = bluez::address(m_dst.value_or(QByteArray()), m_dstType == "random");
    if (!m_connectSucceeds || !m_target) {
        // connect_cb() with an error: the state first, then the message.
        setState(State::Disconnected);
        error("connect to " + bluez::addressText(address) + ": Connection refused (111)\n");
        flush();
        return;
    }
    m_server = new FakeAttServer(m_target, &m_faults, this);
    m_link = new FakeAttLink(m_server, &m_faults, m_options.stepMs, this);
    m_client = new FakeGattClient(m_link, this);
    m_client->setSecurityUpgrade([this](quint8 attError) {
        // bt_att raises the link to medium for Insufficient Encryption, high for
        // Insufficient Authentication, then retries.
        return raiseSecurity(attError == 0x0F ? 2 : 3);
    });
    connect(m_client, &FakeGattClient::valuePushed, this, &FakeGatttoolShell::onValuePushed);
    connect(m_link, &FakeAttLink::lost, this, &FakeGatttoolShell::onLinkLost);
    connect(m_link, &FakeAttLink::crashRequested, this, [this] {
        flush();
        Q_EMIT crashed();
    });
    connect(m_link, &FakeAttLink::adapterUnplugged, this, [this](int backMs) {
        m_adapterGone = true;
        if (backMs >= 0)
            QTimer::singleShot(backMs, this, [this] { m_adapterGone = false; });
    });
    m_linkSecurity = 1;
    m_target->setConnected(true);
    // The security level chosen before connecting applies from the start.
    raiseSecurity(equalsIgnoringCase(m_secLevel, "high")         ? 3
                      : equalsIgnoringCase(m_secLevel, "medium") ? 2
                                                                 : 1);
    setState(State::Connected);
    print("Connection successful\n");
    flush();
    if (m_dropAfterConnect)
        m_link->drop();
}

bool FakeGatttoolShell::raiseSecurity(int level)
{
    if (level <= m_linkSecurity)
        return false;
    m_linkSecurity = level;
    // The kernel pairs. gatttool has no agent, so only "just works" pairing can succeed:
    // a peripheral that wants a passkey stays unencrypted.
    if (m_server && m_target && !m_target->profile().passkey)
        m_server->setEncrypted(true);
    return true;
}

void FakeGatttoolShell::cmdDisconnect(const QByteArrayList &)
{
    disconnectLink(true);
}

void FakeGatttoolShell::disconnectLink(bool warn)
{
    // disconnect_io()
    if (m_state == State::Disconnected)
        return;
    const bool established = m_state == State::Connected;
    m_connectTimer->stop();
    m_mtuOption = 0;
    if (m_client)
        m_client->deleteLater();
    if (m_link)
        m_link->deleteLater();
    if (m_server)
        m_server->deleteLater();
    m_client.clear();
    m_link.clear();
    m_server.clear();
    if (m_target)
        m_target->setConnected(false);
    m_target = nullptr;
    setState(State::Disconnected);
    // Shutting the channel down after bt_att closed the socket: GLib complains.
    if (established && warn)
        glibMessage("WARNING", "Invalid file descriptor.");
}

void FakeGatttoolShell::onLinkLost()
{
    if (m_state != State::Connected || !m_client)
        return;
    const quint8 pending = m_client->pendingOpcode();
    if (pending == 0 || pending == 0x02) {
        // channel_watcher(): nothing is printed, the prompt changes silently.
        disconnectLink(true);
        flush();
        return;
    }
    // A request was in flight: gatttool prints its failure, then dies (a use after free in
    // 5.66; reproducible whenever a peripheral drops the link mid-request).
    QPointer<FakeGattClient> client = m_client;
    if (m_target)
        m_target->setConnected(false);
    setState(State::Disconnected);
    client->failPending();
    flush();
    Q_EMIT crashed();
}

} // namespace gattscope
