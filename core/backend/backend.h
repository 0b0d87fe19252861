// SPDX-License-Identifier: MIT
#pragma once

#include "advertisement.h"
#include "connection.h"
#include "pending.h"

#include <gattscope/core/base/deviceaddress.h>

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>

class QTimer;

namespace gattscope {

enum class DiscoveryMode : quint8 {
    Observation,
    General,
    Limited
};

struct ScanOptions
{
    bool active = true; // send scan requests to get scan responses
    int intervalMs = 50; // backends round to their granularity (0.625 ms on BLE)
    int windowMs = 50;
    bool filterDuplicates = false;
    DiscoveryMode mode = DiscoveryMode::Observation;
};

struct ConnectOptions
{
    int intervalMinUs = 7500;
    int intervalMaxUs = 30000;
    int latency = 0;
    int supervisionTimeoutMs = 4000;
    int timeoutMs = 5000; // give up establishing the link after this
};

// One radio: a BGAPI dongle, a BlueZ adapter, the virtual dongle.
//
// Notes for implementers
// - A Backend lives on its own thread (BackendHost puts it there); backend I/O never runs
//   on the GUI thread. Public methods may be called from any thread: they hop to the
//   backend's thread with a queued call and run the protected do*() hooks there.
// - Do not start timers or open devices in the constructor: do it in doOpen().
// - Adverts go out in batches via deliverAdvertisements(), which passes a batch on at once
//   when none went out in the last AdvertPacing, else with what else arrives within it: a
//   scan hears dozens of advertisers about ten times a second each, and every batch costs a
//   listener on another thread (the window) a wake-up.
// - When the transport goes away, set State::Unavailable, emit errorOccurred with
//   Error::Kind::TransportLost, end every connection (reportDisconnected with TransportLost)
//   after failing its pending operations, and try to come back when the device returns.
// - Connections are owned by the backend and never deleted while it runs; a later
//   connectToDevice() to the same address may reuse the same Connection object.
// - Cancellation (the contract is in pending.h): a call the caller cancelled before it
//   reached this thread never reaches its hook (it finishes Cancelled). Cancelling
//   connectToDevice()'s future gives the attempt up as cancelConnect() does; bonds() and
//   deleteBond() should stop before their next command. open(), close(), startScan() and
//   stopScan() are not cancellable (stopScan() is how a scan ends).
class Backend : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 {
        Closed, // not opened yet, or closed
        Opening, // start-up sequence running
        Ready, // idle, usable
        Scanning,
        Unavailable, // transport lost; waiting for it to come back
    };
    Q_ENUM(State)

    // What a backend does differently from a plain ATT client such as the BLED112. Views and
    // the CLI read these to say what will really happen instead of pretending.
    enum class Capability : quint16 {
        // The OS stack owns each Client Characteristic Configuration descriptor (BlueZ,
        // CoreBluetooth, WinRT): a CCCD write of 01 00 or 02 00 becomes "subscribe"
        // (BlueZ StartNotify, which enables notifications when the characteristic has them
        // and indications otherwise), 00 00 becomes "unsubscribe", and any other value fails
        // with InvalidArgument. The bytes never go to the peer as written.
        StackOwnsCccd = 0x0001,
        // Handles are numbered by the backend, not the peer's ATT handles; see
        // GattDatabase::HandleOrigin (the database of each connection says which it has).
        SyntheticHandles = 0x0002,
        // setPowered() switches the radio on and off.
        PowerControl = 0x0004,
        // Connection::pair() only raises the link's security level and lets the OS pair: no
        // passkeyRequested(), and success says nothing about whether pairing worked (a later
        // read tells) (gatttool).
        PairingWithoutPasskey = 0x0008,
        // bonds() and deleteBond() fail with NotSupported: the backend cannot list or
        // remove bonds (gatttool; the OS keeps them).
        NoBondList = 0x0010,
        // Connection::parameters() stays null and updateParameters() fails with NotSupported:
        // the backend can neither read nor request the link's connection parameters (BlueZ
        // over D-Bus and gatttool: the kernel's stack chooses them).
        NoConnectionParameters = 0x0020,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    struct Info
    {
        QString name; // "BLED112", "Demo dongle", "hci0"
        QString description; // "BLED112 on /dev/ttyACM0, firmware 1.4.2 build 125"
        DeviceAddress address;
        int maxConnections = 1;
        Capabilities capabilities;
        // False when the radio is switched off (a BlueZ adapter with Powered=false): scans
        // and connections fail with Error::Kind::PoweredOff until setPowered(true).
        bool powered = true;
    };

    struct Bond
    {
        int handle = -1;
        DeviceAddress address; // may be null when the backend does not know it
        int keySize = 0;
        bool mitm = false;
    };

    explicit Backend(QString uri, QObject *parent = nullptr);
    ~Backend() override;

    QString uri() const { return m_uri; }
    State state() const { return m_state.load(); }
    Info info() const;
    QList<Connection *> connections() const;

    QFuture<Status> open();
    QFuture<Status> close();
    QFuture<Status> startScan(const ScanOptions &options = ScanOptions());
    QFuture<Status> stopScan();
    QFuture<Result<Connection *>> connectToDevice(const DeviceAddress &address,
                                                  const ConnectOptions &options = ConnectOptions());
    // Gives up a connection attempt in progress.
    void cancelConnect(const DeviceAddress &address);
    QFuture<Result<QList<Bond>>> bonds();
    QFuture<Status> deleteBond(int bondHandle); // -1 deletes all bonds
    // Switches the radio on or off (Capability::PowerControl); NotSupported otherwise.
    // infoChanged() reports the new state; PermissionDenied says how to get the right.
    QFuture<Status> setPowered(bool on);

Q_SIGNALS:
    void stateChanged(gattscope::Backend::State state);
    void infoChanged(const gattscope::Backend::Info &info);
    void advertisementsReceived(const QList<gattscope::Advertisement> &batch);
    void connectionAdded(gattscope::Connection *connection);
    void errorOccurred(const gattscope::Error &error);

protected:
    virtual void doOpen(Pending<std::monostate> pending) = 0;
    virtual void doClose(Pending<std::monostate> pending) = 0;
    virtual void doStartScan(const ScanOptions &options, Pending<std::monostate> pending) = 0;
    virtual void doStopScan(Pending<std::monostate> pending) = 0;
    virtual void doConnect(const DeviceAddress &address, const ConnectOptions &options,
                           Pending<Connection *> pending)
        = 0;
    virtual void doCancelConnect(const DeviceAddress &address);
    virtual void doBonds(Pending<QList<Bond>> pending);
    virtual void doDeleteBond(int bondHandle, Pending<std::monostate> pending);
    virtual void doSetPowered(bool on, Pending<std::monostate> pending);

    void setState(State state);
    void setInfo(const Info &info);
    void addConnection(Connection *connection); // takes ownership, emits connectionAdded
    void deliverAdvertisements(const QList<Advertisement> &batch);
    void post(std::function<void()> fn);

public:
    static constexpr std::chrono::milliseconds AdvertPacing { 50 };

private:
    void flushAdvertisements();

    const QString m_uri;
    std::atomic<State> m_state { State::Closed };
    mutable QMutex m_mutex;
    Info m_info;
    QList<Connection *> m_connections;
    QList<Advertisement> m_pendingAdverts; // the backend's thread
    QTimer *m_advertTimer = nullptr; // runs for AdvertPacing after a batch went out
};

QString backendStateName(Backend::State state);

Q_DECLARE_OPERATORS_FOR_FLAGS(Backend::Capabilities)

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::Backend::Info)
