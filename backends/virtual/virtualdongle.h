// SPDX-License-Identifier: MIT
#pragma once

#include "faultinjector.h"
#include "profileloader.h"

#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>
#include <gattscope/core/base/deviceaddress.h>

#include <QByteArray>
#include <QObject>

#include <memory>

class QIODevice;

namespace gattscope {

class LoopbackDevice;
class VirtualPeripheral;
class VirtualDonglePrivate;

// How the virtual dongle behaves. At namespace scope so it can be a default argument.
struct VirtualDongleOptions
{
    int maxConnections = 3; // 1..8, reported by system_get_connections
    // Indications reach the host as attribute_value type 5 and the peripheral waits for
    // attclient_indicate_confirm; false: type 2, confirmed by the stack itself.
    bool hostConfirmsIndications = true;
    DeviceAddress address = DeviceAddress(0x000780A1B2C3ull); // Bluegiga OUI 00:07:80
    // system_reset: the dongle drops off "USB" (the transport is closed) and comes back
    // after replugDelayMs, as a BLED112 re-enumerates; false: the link stays open.
    bool resetReenumerates = false;
    int replugDelayMs = 500;
    int bootDelayMs = 200; // reset → system_boot (when not re-enumerating)
    int connectDelayMs = 20; // gap_connect_direct → connection_status
    int encryptDelayMs = 10; // sm_encrypt_start / passkey → encryption result
    // connection_update → connection_status with the new parameters: a BLED112 reports them
    // once the update took effect, at the instant it announced this many connection events
    // (at the old interval) ahead; 0 = at once (still after the response).
    int connectionUpdateEvents = 6;
    // Time one ATT round trip takes (each event of a GATT procedure is paced by it); 0 =
    // the events follow at once, but still asynchronously after the response.
    int procedureStepMs = 0;
    double accelerometerRateHz = 0; // > 0 overrides every accelerometer generator
    bool gapService = true; // every peripheral starts with a Generic Access service 0x1800
    quint32 seed = 0x6A77; // random generators (RSSI, values) are deterministic per seed
    // A command that stops arriving halfway is dropped (and reported with
    // system_protocol_error) after this much silence, so that the host's next command is
    // read from its own start; 0 = wait for the rest forever. Hosts write a command at once
    // and wait far longer for its answer (BgapiReassemblerOptions::fragmentTimeoutMs).
    int fragmentTimeoutMs = BgapiReassemblerOptions::kBled112FragmentTimeoutMs;
};

// A BLED112 that is not there: reads BGAPI commands from a transport (a QIODevice) and
// answers them exactly as the dongle does — one response per command, before any event
// the command causes (docs: bgapi.md §5) — for the virtual peripherals it owns. Every
// event of a GATT procedure comes before any value that procedure enabled (a CCCD write's
// procedure_completed before the first notification), as on a BLED112.
//
// Input framing has the client's safeguards (BgapiReassemblerOptions::bled112()): garbage
// is skipped and reported with system_protocol_error, unknown commands longer than 64
// payload bytes are garbage, and a command that stops halfway is dropped after
// fragmentTimeoutMs of silence, so a host that waits for its answer is back in step at its
// next command.
//
// Typical in-process use (GUI Demo mode, tests):
//     auto *dongle = VirtualDongle::createDemo(parent);   // built-in profiles
//     LoopbackDevice *port = dongle->createLoopback();    // use like an open QSerialPort
//
// Threading: everything of the dongle (peripherals, timers, the attached transport) lives
// in one thread. Call createLoopback() first, then moveToThread() if wanted: the device end
// is the dongle's child and moves with it. The host end may live in any thread.
class VirtualDongle : public QObject
{
    Q_OBJECT

public:
    explicit VirtualDongle(const VirtualDongleOptions &options = VirtualDongleOptions(),
                           QObject *parent = nullptr);
    ~VirtualDongle() override;

    // A dongle with the built-in profiles (ProfileLoader::loadBuiltIn()).
    static VirtualDongle *createDemo(QObject *parent = nullptr,
                                     const VirtualDongleOptions &options = VirtualDongleOptions());

    const VirtualDongleOptions &options() const;

    // --- peripherals (add them before or while serving; removing is not supported)
    VirtualPeripheral *addPeripheral(const PeripheralProfile &profile);
    // Peripherals and fault rules.
    void addProfiles(const ProfileSet &set);
    QList<VirtualPeripheral *> peripherals() const;
    VirtualPeripheral *peripheral(const DeviceAddress &address) const;

    // --- transport
    // Serves BGAPI on `device` (not owned; must be open, or be opened later by replug()).
    // A previously attached device is detached.
    void attach(QIODevice *device);
    QIODevice *device() const;
    // Makes a LoopbackDevice pair, attaches its device end (owned by the dongle) and
    // returns the host end (owned by `hostParent`, or by the caller when null).
    LoopbackDevice *createLoopback(QObject *hostParent = nullptr);

    // --- faults
    FaultInjector &faults();
    // Writes `bytes` to the host now, between packets.
    void injectBytes(const QByteArray &bytes);
    // The peer drops the link: connection_disconnected(connection, reason). False when
    // there is no such link.
    bool dropLink(quint8 connection, quint16 reason = 0x0208);
    // Reboots as after system_reset (links vanish silently; system_boot follows).
    void reset();
    // Closes the transport like a pulled dongle; it comes back after `replugAfterMs`
    // (< 0: only when replug() is called). All links and procedures are lost.
    void unplug(int replugAfterMs = -1);
    void replug();

    // --- state, for tests and status displays
    int connectionCount() const;
    bool isScanning() const;
    quint64 notificationsSent() const;
    // Bytes of a command that has not fully arrived (dropped once overdue).
    qsizetype pendingInputBytes() const;
    // Turns on commandReceived()/packetSent() (off by default: they cost time per packet).
    void setTrafficSignals(bool on);

Q_SIGNALS:
    // A whole command packet arrived (raw bytes, header included).
    void commandReceived(const QByteArray &packet);
    // A response or event went out (raw bytes; injected garbage too).
    void packetSent(const QByteArray &packet);
    // The transport was closed by unplug()/a fault, and opened again.
    void unplugged();
    void replugged();
    // system_boot was sent (after reset or replug).
    void booted();

private:
    friend class VirtualDonglePrivate;
    std::unique_ptr<VirtualDonglePrivate> d;
};

} // namespace gattscope
