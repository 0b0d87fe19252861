// SPDX-License-Identifier: MIT
#pragma once

#include "trafficentry.h"

#include <gattscope/core/backend/connection.h>
#include <gattscope/core/codecs/valuedecoder.h>
#include <gattscope/core/gatt/gattdatabase.h>
#include <gattscope/core/series/streamkey.h>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace gattscope {

class NotificationHub;
struct NotificationSample;

// What the GUI's device tab and the CLI share about one connected device: the link (and a
// later link to the same peer), the GATT database that discovery found with the values
// read, written or notified since, the subscriptions (CCCD state), the names and decoders of
// its attributes, and one traffic entry for everything that happens. No widgets.
//
// Notes for users
// - Lives on the thread that uses it (the GUI thread, main() in the CLI), never the
//   backend's. Every operation returns a QFuture that completes exactly once on this
//   thread's event loop, after the session has updated its database, recorded the traffic
//   entry (trafficRecorded()) and emitted its value signal. Cancelling that future
//   (QFuture::cancel(), the status bar's Cancel) cancels the connection's operation: the
//   future then ends cancelled, and the session records it quietly (an entry without an
//   error, no value change).
// - An operation on a link that is down fails at once with Error::Kind::Disconnected.
// - Notifications are not a session operation: the session attaches its connection to the
//   NotificationHub (while the link is up) and reads the hub's new ranges for its device
//   like any other consumer, to keep database() at the last value of each characteristic
//   (notifiedValuesChanged(), once per hub batch). The traffic log reads the hub itself and
//   asks notificationEntry() for the names and decoders.
// - Names and decoders follow the database: they are rebuilt after discovery, after a 0x2901
//   or 0x2904 was read, and when the user's field layouts change (refreshDecoders()).
//   namesChanged() tells views.
// - disconnected(reason) fires once per link, whoever ended it; reconnecting hands the
//   session a new Connection (setConnection()), discovery then runs again by the caller.
class DeviceSession : public QObject
{
    Q_OBJECT

public:
    // The user's field layout for a characteristic UUID (empty: none). Default: the
    // FieldLayoutStore.
    using LayoutProvider = std::function<FieldLayout(const Uuid &)>;

    // `hub` may be null (no notifications are kept then). `name` is what the scanner heard
    // (may be empty).
    DeviceSession(Connection *connection, NotificationHub *hub, const QString &name = {},
                  QObject *parent = nullptr);
    ~DeviceSession() override;

    DeviceAddress address() const { return m_address; }
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    // The name when known, else the address.
    QString title() const;
    Connection *connection() const { return m_connection; }
    // A later link to the same peer: the session follows it (the database stays until the
    // next discovery). Records "Connected".
    void setConnection(Connection *connection);
    bool isConnected() const;
    bool isDiscovering() const { return m_discovering; }
    // Why the last link ended; no error while the first link is up.
    Error lastDisconnectReason() const { return m_lastReason; }
    // What stateText() tells about a link that is up: MTU and security too (Full), or only
    // its state (StateOnly: for a view that shows the link's details elsewhere).
    enum class StateDetail : quint8 {
        Full,
        StateOnly
    };
    // "Connected · MTU 23 · Encrypted, bonded" / "Disconnected: Connection Timeout (HCI 0x08)".
    QString stateText(StateDetail detail = StateDetail::Full) const;
    // The link's security: "Not encrypted", "Encrypted", "Encrypted, bonded", "Not encrypted
    // (bonded)" — bonded once pair() with a bond succeeded in this session, until
    // forgetBond().
    QString securityText() const;
    bool isEncrypted() const;
    bool isBonded() const { return m_bonded; }
    // The bond is gone (the user removed it): securityText() stops saying "bonded".
    void forgetBond();
    // Whether an operation that failed with `error` may work after pairing: ATT Insufficient
    // Authentication (0x05) or Insufficient Encryption (0x0F), or Insufficient Encryption Key
    // Size (0x0C).
    static bool needsPairing(const Error &error);

    const GattDatabase &database() const { return m_database; }
    bool hasDatabase() const { return !m_database.isEmpty(); }
    // The characteristic whose value handle is `valueHandle` exactly; nullptr otherwise.
    const Characteristic *characteristic(quint16 valueHandle) const;
    // The first characteristic with this UUID (services in handle order); nullptr if none.
    const Characteristic *characteristic(const Uuid &uuid) const;

    // Names and decoders of characteristic values and descriptors by handle.
    QString attributeName(quint16 handle) const;
    std::shared_ptr<const ValueDecoder> decoder(quint16 handle) const;
    void setLayoutProvider(LayoutProvider provider);
    void refreshDecoders();

    // --- operations (see the class comment)
    // Also reads the User Descriptions (0x2901) that name vendor characteristics when
    // `readUserDescriptions` (their failures only show in the traffic).
    QFuture<Result<GattDatabase>> discover(bool readUserDescriptions = true);
    QFuture<Result<QByteArray>> read(quint16 handle, Connection::ReadMode mode = Connection::ReadMode::Auto);
    QFuture<Status> write(quint16 handle, const QByteArray &value,
                          Connection::WriteMode mode = Connection::WriteMode::Request);
    // Writes the CCCD that discovery found: notifications when the characteristic notifies,
    // else indications; off for `on` false. NotFound when it has no CCCD.
    QFuture<Status> setSubscribed(quint16 valueHandle, bool on);
    QFuture<Status> subscribe(quint16 valueHandle, Connection::Subscription mode);
    // Whether the CCCD, as last read or written, has notifications or indications on.
    bool isSubscribed(quint16 valueHandle) const;
    // Reads, one after the other, those descriptors of the characteristic whose UUID is in
    // `uuids` and that have no value yet (the 0x2904 that decides decoding, the 0x2901 that
    // names it). Succeeds when every read ran (each outcome is in the traffic), also when
    // there was nothing to read; fails with Disconnected or Cancelled.
    QFuture<Status> readDescriptors(quint16 valueHandle, const QList<Uuid> &uuids);
    // Every 0x2901 not read yet, the same way.
    QFuture<Status> readUserDescriptions();
    // Encrypts the link and bonds (Connection::pair()); the connection's passkeyRequested()
    // may fire meanwhile and must be answered with providePasskey(). Records "Paired" or the
    // failure; stateChanged() follows the new security level.
    QFuture<Status> pair(const PairingOptions &options = PairingOptions());
    bool isPairing() const { return m_pairing; }
    // Which values readValues() reads: all of them, or those without a value yet.
    enum class ReadScope : quint8 {
        All,
        Unread
    };
    // Reads, one after the other, the value of every characteristic with the Read property
    // and every descriptor but the CCCDs (their value is this link's subscription state,
    // which the session knows from its own writes). A read that fails (an ATT error such as
    // Insufficient Authentication, a timeout) is recorded in readFailures() and the walk goes
    // on. The future reports progress (reads done of the reads to make, QFuture progress);
    // it succeeds when every read ran, also when there was nothing to read, and fails with
    // Disconnected when the link went down (the values read so far stay) or Cancelled.
    QFuture<Status> readValues(ReadScope scope = ReadScope::All);
    // The handles whose last read failed, with the reason; a successful read of one removes
    // it, a discovery clears them all. Cancelled reads do not count.
    const QHash<quint16, Error> &readFailures() const { return m_readFailures; }
    QFuture<Status> disconnectFromDevice();

    // The link's connection parameters as the backend last reported them; null while the
    // link is down or when the backend cannot read them.
    ConnectionParameters parameters() const;
    // Asks for new connection parameters (Connection::updateParameters(): BGAPI
    // connection_update) and completes with those the link runs with afterwards: the
    // controller reports them once the update took effect (parametersChanged()), which the
    // future waits for (at most kParametersSettleMs plus 8 connection events at the old
    // interval, then it completes with the parameters as they are). Records the request and what the device
    // accepted, or the failure. NotSupported on a backend without them
    // (Backend::Capability::NoConnectionParameters).
    QFuture<Result<ConnectionParameters>> requestParameters(const ConnectionParameters &parameters);
    bool isRequestingParameters() const { return m_requestingParameters; }
    static constexpr int kParametersSettleMs = 5000;
    // "30 ms / 0 / 4 s": interval / peripheral latency / supervision timeout.
    static QString parametersText(const ConnectionParameters &parameters);
    // "7.5 ms", "30 ms"; "720 ms", "4 s", "4.5 s".
    static QString intervalText(int intervalUs);
    static QString timeoutText(int timeoutMs);

    // A read made elsewhere (a plot's poller) kept like the session's own: the value goes to
    // the database and the traffic. `timestampUs` (the answer) 0 means now;
    // `requestTimestampUs` (when the request went out) 0 means unknown.
    void recordRead(quint16 handle, const Result<QByteArray> &result, qint64 timestampUs = 0,
                    qint64 requestTimestampUs = 0);
    // Something to note in the traffic for this device.
    void recordEvent(const QString &what, const QString &error = {});
    // The traffic entry of a value the hub holds for this device.
    TrafficEntry notificationEntry(quint16 handle, const NotificationSample &sample) const;

Q_SIGNALS:
    void connectionChanged();
    // Link up or down, discovery started or ended.
    void stateChanged();
    void disconnected(const gattscope::Error &reason);
    // Discovery filled database() (the first time and after every re-discovery).
    void discovered();
    // A value was read or written (characteristic value or descriptor, CCCDs included).
    void valueChanged(quint16 handle, const QByteArray &value);
    // Notifications updated these value handles' last values in database().
    void notifiedValuesChanged(const QList<quint16> &handles);
    // Attribute names or decoders changed (a 0x2901/0x2904 read, a layout changed).
    void namesChanged();
    void trafficRecorded(const gattscope::TrafficEntry &entry);
    // The link's connection parameters changed (parameters()), or a request of new ones
    // started or ended (isRequestingParameters()).
    void parametersChanged();

private:
    struct Attribute
    {
        QString name;
        std::shared_ptr<const ValueDecoder> decoder;
    };
    void attach(Connection *connection);
    void onDisconnected(const Error &reason);
    void onSamplesAdded(const StreamKey &key, quint64 first, quint64 end);
    void storeValue(quint16 handle, const QByteArray &value);
    void record(const TrafficEntry &entry);
    TrafficEntry entry(TrafficEntry::Direction direction, quint16 handle, const QByteArray &value,
                       const Error &error, qint64 requestTimestampUs = 0, qint64 timestampUs = 0) const;
    QFuture<Status> readEach(QList<quint16> handles);
    template<typename T> QFuture<Result<T>> notConnected() const;

    QPointer<Connection> m_connection;
    QList<QMetaObject::Connection> m_links;
    QPointer<NotificationHub> m_hub;
    DeviceAddress m_address;
    QString m_device; // m_address as text, for traffic entries
    QString m_name;
    Error m_lastReason;
    bool m_discovering = false;
    bool m_pairing = false;
    bool m_requestingParameters = false;
    bool m_bonded = false;
    bool m_attachedUp = false; // the link was up when attach() ran
    GattDatabase m_database;
    QHash<quint16, Attribute> m_attributes;
    LayoutProvider m_layouts;
    QList<quint16> m_notified; // scratch for notifiedValuesChanged()
    QHash<quint16, Error> m_readFailures;
};

} // namespace gattscope
