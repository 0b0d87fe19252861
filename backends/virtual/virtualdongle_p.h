// SPDX-License-Identifier: MIT
#pragma once

// The engine behind VirtualDongle: the state every BGAPI subsystem shares (transport,
// links, peripherals, faults) and the router that hands each command to the subsystem that
// emulates its class:
//
//   system      VirtualSystem     (virtualsystem_p.h)     reset, info, boot
//   gap         VirtualGap        (virtualgap_p.h)        scanning, connecting
//   connection  VirtualConnections (virtualconnections_p.h) commands on a link
//   attclient   VirtualAttclient  (virtualattclient_p.h)  GATT procedures, notifications
//   sm          VirtualSm         (virtualsm_p.h)         encryption, pairing, bonds
//   flash and whatever else is typed: a default success response (handleDefault()).
//
// Notes for subsystems:
// - Everything runs in the dongle's thread; nothing here is thread-safe.
// - A handler answers through respond() exactly once (system_reset: never) and reports the
//   events its command causes through emitEvent(): they go out after the response, and
//   faults apply to that whole answer. Outside a handler (timers), emitEvent() and send()
//   write at once.
// - Delayed work captures the link's handle and generation (or bootGeneration()) and does
//   nothing when they changed: links come and go, and the dongle reboots.
// - Peripheral-side GATT behaviour (ATT errors, CCCDs, prepare queues, indication flow
//   control) is the peripheral's VirtualGattServer, never the dongle's.

#include "faultinjector.h"
#include "virtualattclient_p.h"
#include "virtualconnections_p.h"
#include "virtualdongle.h"
#include "virtualgap_p.h"
#include "virtuallink_p.h"
#include "virtualsm_p.h"
#include "virtualsystem_p.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>

#include <QHash>
#include <QIODevice>
#include <QMap>
#include <QPointer>

#include <functional>

class QTimer;

namespace gattscope {

// BGAPI result codes the emulator answers with.
namespace bgapiresult {
constexpr quint16 kSuccess = 0;
constexpr quint16 kInvalidParam = 0x0180;
constexpr quint16 kWrongState = 0x0181;
constexpr quint16 kNotImplemented = 0x0183;
constexpr quint16 kInvalidCommand = 0x0184;
constexpr quint16 kNotConnected = 0x0186;
constexpr quint16 kOutOfBonds = 0x018B;
constexpr quint16 kConnectionLimitExceeded = 0x0209;
constexpr quint16 kConnectionAlreadyExists = 0x020B;
constexpr quint16 kLocalHostTerminated = 0x0216;
constexpr quint16 kConfirmValueFailed = 0x0304;

// The BGAPI result for an ATT error code (0 stays 0).
constexpr quint16 fromAtt(quint8 attError)
{
    return attError ? quint16(0x0400 | attError) : 0;
}
} // namespace bgapiresult

// What one command produced: its response and the events it causes, in order. Faults
// apply to the whole answer before it goes out.
struct VirtualAnswer
{
    QByteArray prefix; // garbage to send first
    QByteArray response;
    bool hasResponse = false;
    QList<QByteArray> events;
    int link = -1; // the connection the command is about
    bool procedure = false; // the events are an attclient procedure on `link`
    quint64 linkGeneration = 0; // … on that very link (a delayed answer may outlive it)
    int dropAfterEvents = -1;
    quint16 dropReason = 0;
};

class VirtualDonglePrivate
{
public:
    VirtualDonglePrivate(VirtualDongle *q, const VirtualDongleOptions &options);
    ~VirtualDonglePrivate();

    VirtualDongle *const q;
    VirtualDongleOptions options;
    FaultInjector faults;
    QList<VirtualPeripheral *> peripherals;
    bool trafficSignals = false;
    quint64 notifications = 0; // values pushed (notified or indicated) since construction

    VirtualSystem system;
    VirtualGap gap;
    VirtualConnections connections;
    VirtualAttclient attclient;
    VirtualSm sm;

    // --- output
    QIODevice *device() const { return m_device; }
    bool canSend() const;
    // Writes to the host now, between packets.
    void send(const QByteArray &bytes);
    // The current command's answer; null outside a handler.
    VirtualAnswer *answer() const { return m_answer; }
    template<bgapi::Message T> void respond(const T &response)
    {
        Q_ASSERT(m_answer);
        m_answer->response = bgapi::encodeToBytes(response);
        m_answer->hasResponse = true;
    }
    // An event caused by the current command (after its response), or, outside a
    // handler, sent at once.
    template<bgapi::Message T> void emitEvent(const T &event)
    {
        if (m_answer)
            m_answer->events.append(bgapi::encodeToBytes(event));
        else
            send(bgapi::encodeToBytes(event));
    }
    // The command being handled is about `connection` (for Disconnect faults).
    void setAnswerLink(quint8 connection)
    {
        if (m_answer)
            m_answer->link = connection;
    }

    // --- links
    VirtualLink *link(quint8 handle);
    // Links by handle. Subsystems change what is inside a link, never the table itself.
    QMap<quint8, VirtualLink> &links() { return m_links; }
    const QMap<quint8, VirtualLink> &links() const { return m_links; }
    quint64 nextLinkGeneration() { return m_nextLinkGeneration++; }
    bool isConnected(const VirtualPeripheral *peripheral) const;
    // Adds an established link; the caller announces it.
    VirtualLink &addLink(const VirtualLink &link);
    // Forgets a link without telling the host (after a local disconnect or a reboot).
    void removeLink(quint8 handle);
    // The peer drops the link: forgotten, then connection_disconnected(reason).
    void dropLink(quint8 handle, quint16 reason);

    VirtualPeripheral *findPeripheral(const DeviceAddress &address, bgapi::PeerAddressType type) const;

    // --- time
    // Runs `work` after `ms` (0: from the event loop), unless the dongle rebooted meanwhile.
    void later(int ms, std::function<void()> work);
    quint64 bootGeneration() const { return m_bootGeneration; }
    bool isBooting() const { return m_booting; }

    // --- transport and lifecycle
    void attach(QIODevice *device);
    void replug();
    void reboot(); // system_reset: links vanish silently, system_boot follows
    void unplug(int replugAfterMs);
    qsizetype pendingInputBytes() const { return m_reassembler.bufferedBytes(); }

private:
    void onReadyRead();
    void readInput(QByteArrayView bytes);
    void armFragmentTimer();
    void handlePacket(const BgapiPacketView &packet);
    template<class T> void route(const T &command);
    template<class T> void handleDefault(const T &command);
    void handleUnknown(const bgapi::RawPacket &packet);
    void handleMalformed(const BgapiPacketView &packet);
    void applyFault(const FaultRule &rule, VirtualAnswer &answer, QStringView command);
    void deliver(VirtualAnswer answer);
    void resetState();
    void finishBoot();

    QPointer<QIODevice> m_device;
    QObject *m_deviceConnections = nullptr; // context object of the device's connections
    BgapiReassembler m_reassembler;
    QTimer *m_fragmentTimer = nullptr;
    bool m_inFeed = false;
    bool m_resetReassemblerAfterFeed = false;
    VirtualAnswer *m_answer = nullptr;
    QHash<QString, int> m_commandCounts;

    bool m_booting = false;
    quint64 m_bootGeneration = 0; // bumped on reset/unplug: stale timers do nothing
    QMap<quint8, VirtualLink> m_links;
    quint64 m_nextLinkGeneration = 1;
};

} // namespace gattscope
