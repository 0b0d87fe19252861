// SPDX-License-Identifier: MIT
#pragma once

#include "readlinedisplay.h"

#include <gattscope/backends/virtual/faultinjector.h>
#include <gattscope/backends/virtual/peripheralprofile.h>

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace gattscope {

class FakeAttLink;
class FakeAttServer;
class FakeGattClient;
class VirtualPeripheral;

// BlueZ 5.66's `gatttool -I` (attrib/interactive.c), for virtual peripherals: the same
// commands with the same argument checks, quirks and texts, printed through the same
// readline drawing (ReadlineDisplay), with GATT answers coming asynchronously from
// FakeGattClient over a FakeAttLink. Bytes in (stdin), bytes out (stdout, stderr): no
// file descriptors here, so tests can drive it in process.
//
// What a real gatttool does that this one does too:
// - state DISCONNECTED → CONNECTING → CONNECTED, the prompt blue while connected; a link
//   that drops prints nothing (the prompt changes silently) and logs a GLib warning on
//   stderr; if a request was in flight, its error is printed and gatttool crashes
//   (SIGSEGV, measured on 5.66): crashed() is emitted and the process must die;
// - "exit"/"quit"/Ctrl-D exit 0; SIGTERM prints a newline and exits 0; SIGINT drops the
//   typed text; end of stdin stops reading but keeps running.
// Connections: the address must match a connectable virtual peripheral and the address
// type given ("public" unless "random"); otherwise "Connection refused (111)" after the
// refusal delay, as the kernel reports an LE connection that timed out.
class FakeGatttoolShell : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QByteArray adapter; // -i: empty, "hci0" or 00:00:00:00:00:00 exist
        std::optional<QByteArray> device; // -b
        QByteArray addressType = "public"; // -t
        int psm = 0; // -p: BR/EDR, which virtual peripherals do not speak
        int stepMs = 0; // one ATT round trip
        int connectMs = 0; // establishing a link
        int refuseMs = 20000; // until an attempt to an absent device fails
        double accelerometerRate = 0; // 0 = the profiles' rates
        qint64 pid = 0; // for GLib's messages "(gatttool:PID)"
    };

    FakeGatttoolShell(const Options &options, const QList<PeripheralProfile> &peripherals,
                      const QList<FaultRule> &faults, ReadlineDisplay::Terminal terminal, int screenWidth,
                      QObject *parent = nullptr);
    ~FakeGatttoolShell() override;

    // Draws the first prompt.
    void start();
    // Bytes from stdin, in any pieces. One line is handled per event-loop turn, like
    // readline's callback reading from a GLib main loop.
    void feedInput(QByteArrayView bytes);
    // stdin reached its end (GLib drops the watch; gatttool keeps running).
    void endOfInput();
    void interrupt(); // SIGINT
    void terminate(); // SIGTERM

    FaultInjector &faults() { return m_faults; }
    const QList<VirtualPeripheral *> &peripherals() const { return m_peripherals; }

Q_SIGNALS:
    void output(const QByteArray &bytes); // stdout
    void errorOutput(const QByteArray &bytes); // stderr
    void finished(int exitCode);
    // A real gatttool would die now (SIGSEGV): everything it printed is flushed first.
    void crashed();

private:
    enum class State : quint8 {
        Disconnected,
        Connecting,
        Connected,
    };
    using Command = void (FakeGatttoolShell::*)(const QByteArrayList &argv);
    struct CommandInfo
    {
        const char *name;
        Command run;
        const char *params;
        const char *description;
    };
    static const QList<CommandInfo> &commands();

    // readline and output
    void processInput();
    void handleLine(const QByteArray &line);
    void complete();
    void print(const QByteArray &text);
    void error(const QByteArray &text);
    void failed(const QByteArray &text);
    void flush();
    void glibMessage(const char *level, const QByteArray &text);
    QByteArray promptText() const;
    void setState(State state);
    void exitShell();

    // link
    void disconnectLink(bool warn);
    void onLinkLost();
    void onConnectTimer();
    bool raiseSecurity(int level);
    VirtualPeripheral *peripheralFor(const DeviceAddress &address) const;
    bool adapterPresent() const;

    // commands (fakegatttoolshell.cpp)
    void cmdHelp(const QByteArrayList &argv);
    void cmdExit(const QByteArrayList &argv);
    void cmdConnect(const QByteArrayList &argv);
    void cmdDisconnect(const QByteArrayList &argv);
    void cmdSecLevel(const QByteArrayList &argv);
    // GATT commands (fakegatttoolshell_gatt.cpp)
    bool requireConnected();
    void cmdPrimary(const QByteArrayList &argv);
    void cmdIncluded(const QByteArrayList &argv);
    void cmdCharacteristics(const QByteArrayList &argv);
    void cmdCharDesc(const QByteArrayList &argv);
    void cmdReadHandle(const QByteArrayList &argv);
    void cmdReadUuid(const QByteArrayList &argv);
    void cmdWrite(const QByteArrayList &argv);
    void cmdMtu(const QByteArrayList &argv);
    void onValuePushed(const QByteArray &pdu);

    Options m_options;
    ReadlineDisplay m_display;
    FaultInjector m_faults;
    QList<VirtualPeripheral *> m_peripherals;
    QHash<QString, int> m_occurrences; // fault counting of connection commands

    QByteArray m_input;
    bool m_inputScheduled = false;
    bool m_inputClosed = false;
    bool m_inHandler = false;
    bool m_lastWasTab = false;
    bool m_finished = false;

    State m_state = State::Disconnected;
    std::optional<QByteArray> m_dst; // opt_dst: as typed
    QByteArray m_dstType; // opt_dst_type
    QByteArray m_secLevel = "low"; // opt_sec_level: as typed
    int m_mtuOption = 0; // opt_mtu, with gatttool's quirks
    int m_charDescStart = 0; // cmd_char_desc keeps start/end in globals
    int m_charDescEnd = 0;

    QTimer *m_connectTimer;
    bool m_connectSucceeds = false;
    bool m_dropAfterConnect = false;
    bool m_adapterGone = false;
    VirtualPeripheral *m_target = nullptr;
    int m_linkSecurity = 1; // BT_SECURITY level of the link: 1 low, 2 medium, 3 high
    QPointer<FakeAttServer> m_server;
    QPointer<FakeAttLink> m_link;
    QPointer<FakeGattClient> m_client;
};

} // namespace gattscope
