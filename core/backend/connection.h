// SPDX-License-Identifier: MIT
#pragma once

#include "pending.h"

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/gatt/gattdatabase.h>
#include <gattscope/core/gatt/notification.h>

#include <QFuture>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

namespace gattscope {

// All zero: not known (a backend that cannot read them, Backend::Capability::NoConnectionParameters).
struct ConnectionParameters
{
    int intervalUs = 0;
    int latency = 0;
    int supervisionTimeoutMs = 0;

    bool isNull() const { return intervalUs == 0 && latency == 0 && supervisionTimeoutMs == 0; }
    friend bool operator==(const ConnectionParameters &, const ConnectionParameters &) = default;
};
struct PairingOptions
{
    bool bond = true;
    bool mitm = true;
};

// One link to one peripheral.
//
// Notes for implementers
// - A Connection lives on its backend's thread. The public methods may be called from any
//   thread: they create the Pending, hop to the connection's thread with a queued call and
//   run the matching protected do*() hook there. Never block in a hook.
// - Finish every Pending exactly once: with a value, or with a typed Error. Give every
//   operation a timeout. When the link drops, finish every pending operation with
//   Error::Kind::Disconnected *before* calling reportDisconnected().
// - Call reportDisconnected(reason) whenever the link ends, whoever ended it (local
//   disconnect, peer, supervision timeout, failed to establish, transport lost). It emits
//   disconnected() exactly once per link.
// - Notifications go out in batches through deliverNotifications(), e.g. one batch per
//   chunk of bytes read from the transport; never one signal per notification.
// - subscribe() must write the CCCD that discovery found. Never guess "value handle + 1".
// - Cancellation (the contract is in pending.h): an operation the caller cancelled before it
//   reached this thread never reaches its hook (it finishes Cancelled). Make the operations
//   that wait or take long cancellable — queued ones, discovery, long reads and writes:
//   call pending.onCanceled(this, ...) when taking one on; then drop what has not been
//   sent, stop between the steps of a multi-step operation, and let a procedure the radio
//   cannot abort end unheard (discard its result; store nothing). Never start the next
//   procedure on the link before the abandoned one has ended, and clean up what the peer
//   holds (a cancelled long write cancels its prepared writes). A write that already went
//   out is not undone. disconnectFromDevice() is not cancellable.
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 {
        Disconnected,
        Connecting,
        Connected,
        Disconnecting
    };
    Q_ENUM(State)

    enum class ReadMode : quint8 {
        Auto, // short read; continues with blob reads when the value fills the PDU
        Short, // one Read Request: at most MTU-1 bytes
        Long, // Read Request + Read Blob Requests until the value ends
    };
    enum class WriteMode : quint8 {
        Request, // Write Request, waits for the Write Response
        Command, // Write Command, no response
        Long, // Prepare Write Requests + Execute Write (values longer than MTU-3)
        Auto, // Request when it fits, Long otherwise
    };
    enum class Subscription : quint8 {
        Off,
        Notify,
        Indicate
    };

    explicit Connection(const DeviceAddress &address, QObject *parent = nullptr);
    ~Connection() override;

    // Thread-safe getters.
    DeviceAddress address() const { return m_address; }
    State state() const { return m_state.load(); }
    bool isConnected() const { return state() == State::Connected; }
    // A copy of the database; empty until discover() succeeded. Values are those last read,
    // written or notified.
    GattDatabase database() const;
    bool isDiscovered() const;
    // The reason the last link ended; no error while the first link is up.
    Error lastDisconnectReason() const;
    int mtu() const { return m_mtu.load(); }
    bool isEncrypted() const { return m_encrypted.load(); }
    ConnectionParameters parameters() const;
    // The address of the radio this link goes through (the dongle's or adapter's, as its
    // Backend::Info had it when the backend added the connection); null when the backend
    // does not know it. Captures name the local side of the link with it.
    DeviceAddress localAddress() const;

    // Operations: callable from any thread; each completes its future exactly once.
    // QFuture::cancel() on one of them asks the backend to give it up (see pending.h).
    QFuture<Result<GattDatabase>> discover();
    QFuture<Result<QByteArray>> read(quint16 handle, ReadMode mode = ReadMode::Auto);
    QFuture<Status> write(quint16 handle, const QByteArray &value, WriteMode mode = WriteMode::Request);
    // Writes 01 00 / 02 00 / 00 00 to the CCCD of the characteristic whose value handle is
    // given. Fails with NotFound when discovery found no CCCD for it.
    QFuture<Status> subscribe(quint16 valueHandle, Subscription mode);
    QFuture<Result<int>> readRssi();
    QFuture<Status> updateParameters(const ConnectionParameters &parameters);
    // Encrypts the link (and bonds if asked); passkeyRequested() may fire meanwhile.
    QFuture<Status> pair(const PairingOptions &options = PairingOptions());
    // Answer to passkeyRequested(); nullopt cancels pairing.
    void providePasskey(std::optional<quint32> passkey);
    QFuture<Status> disconnectFromDevice();

Q_SIGNALS:
    void stateChanged(gattscope::Connection::State state);
    void notificationsReceived(const QList<gattscope::Notification> &batch);
    void disconnected(const gattscope::Error &reason);
    void discovered(const gattscope::GattDatabase &database);
    void passkeyRequested();
    void passkeyDisplayed(quint32 passkey);
    void encryptionChanged(bool encrypted);
    void parametersChanged(const gattscope::ConnectionParameters &parameters);

protected:
    // Hooks: run on the connection's thread.
    virtual void doDiscover(Pending<GattDatabase> pending) = 0;
    virtual void doRead(quint16 handle, ReadMode mode, Pending<QByteArray> pending) = 0;
    virtual void doWrite(quint16 handle, const QByteArray &value, WriteMode mode,
                         Pending<std::monostate> pending)
        = 0;
    virtual void doReadRssi(Pending<int> pending) = 0;
    virtual void doUpdateParameters(const ConnectionParameters &parameters, Pending<std::monostate> pending);
    virtual void doPair(const PairingOptions &options, Pending<std::monostate> pending);
    virtual void doProvidePasskey(std::optional<quint32> passkey);
    virtual void doDisconnect(Pending<std::monostate> pending) = 0;
    // Default: looks up the CCCD in the database and calls doWrite with WriteMode::Request.
    virtual void doSubscribe(quint16 valueHandle, Subscription mode, Pending<std::monostate> pending);

    // Helpers for implementations (connection thread).
    void setState(State state);
    void setDatabase(const GattDatabase &database); // also emits discovered()
    void storeValue(quint16 handle, const QByteArray &value);
    void setMtu(int mtu) { m_mtu.store(mtu); }
    void setEncrypted(bool encrypted);
    void setParameters(const ConnectionParameters &parameters);
    void deliverNotifications(const QList<Notification> &batch);
    // Ends the link: state Disconnected, lastDisconnectReason, disconnected(reason).
    void reportDisconnected(const Error &reason);
    // Runs fn on this object's thread, queued.
    void post(std::function<void()> fn);

private:
    friend class Backend; // sets m_localAddress in addConnection()

    const DeviceAddress m_address;
    std::atomic<State> m_state { State::Disconnected };
    std::atomic<int> m_mtu { 23 };
    std::atomic<bool> m_encrypted { false };
    mutable QMutex m_mutex; // guards the members below
    GattDatabase m_database;
    bool m_discovered = false;
    Error m_lastDisconnectReason;
    DeviceAddress m_localAddress;
    ConnectionParameters m_parameters;
};

QString connectionStateName(Connection::State state);

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::ConnectionParameters)
