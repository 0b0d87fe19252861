// SPDX-License-Identifier: MIT
#pragma once

// Private part of VirtualDongle: the state of the emulated BLED112 and one handler per
// BGAPI command. Split over virtualdongle.cpp (transport, output, faults, system),
// virtualdongle_gap.cpp (gap, connection), virtualdongle_attclient.cpp (GATT client,
// notifications, flood) and virtualdongle_sm.cpp (security manager).

#include "faultinjector.h"
#include "virtualdongle.h"
#include "virtualgattserver.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <array>
#include <optional>

class QTimer;

namespace gattscope {

class VirtualPeripheral;

// One connection of the dongle.
struct VirtualLink
{
    quint8 handle = 0;
    quint64 generation = 0; // tells timers whether "their" link still exists
    VirtualPeripheral *peripheral = nullptr;
    DeviceAddress address;
    bgapi::PeerAddressType addressType = bgapi::PeerAddressType::Public;
    quint16 interval = 0; // 1.25 ms units
    quint16 timeout = 0; // 10 ms units
    quint16 latency = 0;
    quint8 bond = bgapi::kNoBond;
    VirtualGattServer::ClientState client; // encryption + this client's CCCDs

    // The running attclient procedure: its events, paced by procedureStepMs.
    bool busy = false;
    QList<QByteArray> procedureEvents;
    int procedureEmitted = 0;
    int dropAfterEvents = -1; // Disconnect fault: drop the link after this many events
    quint16 dropReason = 0;

    QList<VirtualGattServer::PreparedWrite> prepareQueue;

    // Indications waiting for attclient_indicate_confirm (host-confirmed mode).
    bool indicationOutstanding = false;
    QList<std::pair<quint16, QByteArray>> pendingIndications;

    // Pairing.
    bool pairing = false;
    bool awaitingPasskey = false;
    bool wantBond = false;
};

struct VirtualBond
{
    DeviceAddress address;
    bool mitm = false;
};

// What one command produced: its response and the events it causes, in order. Faults
// are applied to the whole answer before it goes out.
struct VirtualAnswer
{
    QByteArray prefix; // garbage to send first
    QByteArray response;
    bool hasResponse = false;
    QList<QByteArray> events;
    int link = -1; // the connection the command is about
    bool procedure = false; // events belong to an attclient procedure on `link`
    quint64 linkGeneration = 0; // … on that very link (a delayed answer may outlive it)
    int dropAfterEvents = -1;
    quint16 dropReason = 0;
};

class VirtualDonglePrivate
{
public:
    VirtualDonglePrivate(VirtualDongle *q, const VirtualDongleOptions &options);

    VirtualDongle *q;
    VirtualDongleOptions options;
    FaultInjector faults;
    QList<VirtualPeripheral *> peripherals;
    QPointer<QIODevice> device;
    QObject *deviceConnections = nullptr; // context object of the device's connections
    BgapiReassembler reassembler { bgapi::Direction::HostToDevice };
    bool inFeed = false;
    bool resetReassemblerAfterFeed = false;
    bool trafficSignals = false;

    // Dongle state.
    bool booting = false;
    quint64 bootGeneration = 0; // bumped on reset/unplug: stale timers do nothing
    quint64 nextLinkGeneration = 1;
    QMap<quint8, VirtualLink> links;
    std::array<std::optional<VirtualBond>, 8> bonds;
    bool bondable = false;
    QHash<QString, int> commandCounts;

    struct Connecting
    {
        quint8 handle = 0;
        DeviceAddress address;
        bgapi::PeerAddressType addressType = bgapi::PeerAddressType::Public;
        quint16 interval = 0;
        quint16 timeout = 0;
        quint16 latency = 0;
        quint64 generation = 0;
        int dropAfterEstablish = -1; // Disconnect fault on gap_connect_direct
        quint16 dropReason = 0;
    };
    std::optional<Connecting> connecting;

    bool scanning = false;
    bool activeScan = true;
    bool filterDuplicates = false;
    bgapi::GapDiscoverMode discoverMode = bgapi::GapDiscoverMode::Observation;
    QSet<quint64> reported; // duplicate filter

    // Flood: (link, value handle) pairs pushing notifications as fast as allowed.
    struct Flood
    {
        quint8 link = 0;
        quint16 valueHandle = 0;
        double rateHz = 0; // 0 = as fast as the transport takes them
        QElapsedTimer clock;
        quint64 sent = 0;
    };
    QList<Flood> floods;
    QTimer *floodTimer = nullptr;
    quint64 notifications = 0;

    VirtualAnswer *answer = nullptr;

    // --- output (virtualdongle.cpp)
    void send(const QByteArray &bytes);
    template<bgapi::Message T> void respond(const T &response)
    {
        answer->response = bgapi::encodeToBytes(response);
        answer->hasResponse = true;
    }
    // An event caused by the current command (after its response), or, outside a
    // command, sent at once.
    template<bgapi::Message T> void emitEvent(const T &event)
    {
        if (answer)
            answer->events.append(bgapi::encodeToBytes(event));
        else
            send(bgapi::encodeToBytes(event));
    }
    void deliver(VirtualAnswer answer);
    void applyFault(const FaultRule &rule, VirtualAnswer &answer, QStringView command);

    // --- transport and packets (virtualdongle.cpp)
    void onReadyRead();
    void handlePacket(const BgapiPacketView &packet);
    void resetState();
    void doReset();
    void doUnplug(int replugAfterMs);
    void sendBoot();

    // --- links (virtualdongle_gap.cpp)
    VirtualLink *link(quint8 handle);
    VirtualPeripheral *findPeripheral(const DeviceAddress &address, bgapi::PeerAddressType type) const;
    std::optional<quint8> bondFor(const DeviceAddress &address) const;
    void establish(quint64 generation);
    void removeLink(quint8 handle);
    void dropLink(quint8 handle, quint16 reason);
    bgapi::ConnectionStatusEvent status(const VirtualLink &link, bgapi::ConnectionFlags flags) const;
    void startScan();
    void stopScan();
    void onAdvertised(VirtualPeripheral *peripheral);

    // --- GATT (virtualdongle_attclient.cpp)
    // Link checks shared by attclient commands: the BGAPI error for the response, 0 = go.
    quint16 procedureCheck(quint8 connection, bool startsProcedure);
    void startProcedure(VirtualLink &link);
    void runProcedure(quint8 handle, quint64 generation);
    void onValueGenerated(VirtualPeripheral *peripheral, quint16 valueHandle, const QByteArray &value);
    void sendIndication(VirtualLink &link, quint16 valueHandle, const QByteArray &value);
    void updateFloods(VirtualLink &link);
    void pumpFlood();
    std::optional<quint8> attFault(QStringView command, quint16 handle, const VirtualLink &link);

    // --- security (virtualdongle_sm.cpp)
    void finishPairing(quint8 handle, quint64 generation, bool mitm);

    // --- command handlers. Each either responds, or (system_reset) stays silent.
    template<class T> void handle(const T &command); // the generic answer: a default response
    void handle(const bgapi::RawPacket &packet);
    // system
    void handle(const bgapi::SystemReset &command);
    void handle(const bgapi::SystemAddressGet &command);
    void handle(const bgapi::SystemGetInfo &command);
    void handle(const bgapi::SystemGetConnections &command);
    void handle(const bgapi::SystemGetCounters &command);
    // gap
    void handle(const bgapi::GapDiscover &command);
    void handle(const bgapi::GapEndProcedure &command);
    void handle(const bgapi::GapSetScanParameters &command);
    void handle(const bgapi::GapSetFiltering &command);
    void handle(const bgapi::GapConnectDirect &command);
    void handle(const bgapi::GapConnectSelective &command);
    // connection
    void handle(const bgapi::ConnectionDisconnect &command);
    void handle(const bgapi::ConnectionGetRssi &command);
    void handle(const bgapi::ConnectionUpdate &command);
    void handle(const bgapi::ConnectionVersionUpdate &command);
    void handle(const bgapi::ConnectionGetStatus &command);
    // attclient
    void handle(const bgapi::AttclientFindByTypeValue &command);
    void handle(const bgapi::AttclientReadByGroupType &command);
    void handle(const bgapi::AttclientReadByType &command);
    void handle(const bgapi::AttclientFindInformation &command);
    void handle(const bgapi::AttclientReadByHandle &command);
    void handle(const bgapi::AttclientAttributeWrite &command);
    void handle(const bgapi::AttclientWriteCommand &command);
    void handle(const bgapi::AttclientIndicateConfirm &command);
    void handle(const bgapi::AttclientReadLong &command);
    void handle(const bgapi::AttclientPrepareWrite &command);
    void handle(const bgapi::AttclientExecuteWrite &command);
    void handle(const bgapi::AttclientReadMultiple &command);
    // sm
    void handle(const bgapi::SmEncryptStart &command);
    void handle(const bgapi::SmSetBondableMode &command);
    void handle(const bgapi::SmDeleteBonding &command);
    void handle(const bgapi::SmPasskeyEntry &command);
    void handle(const bgapi::SmGetBonds &command);
};

// BGAPI result code for an ATT error.
constexpr quint16 attResult(quint8 attError)
{
    return attError ? quint16(0x0400 | attError) : 0;
}

namespace bgapiresult {
constexpr quint16 kSuccess = 0;
constexpr quint16 kInvalidParam = 0x0180;
constexpr quint16 kWrongState = 0x0181;
constexpr quint16 kInvalidCommand = 0x0184;
constexpr quint16 kNotConnected = 0x0186;
constexpr quint16 kOutOfBonds = 0x018B;
constexpr quint16 kConnectionLimitExceeded = 0x0209;
constexpr quint16 kConnectionAlreadyExists = 0x020B;
constexpr quint16 kLocalHostTerminated = 0x0216;
constexpr quint16 kConfirmValueFailed = 0x0304;
} // namespace bgapiresult

} // namespace gattscope
