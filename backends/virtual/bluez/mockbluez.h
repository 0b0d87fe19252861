// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/backends/virtual/faultinjector.h>
#include <gattscope/backends/virtual/profileloader.h>

#include <QDBusConnection>
#include <QDBusMessage>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QDBusServiceWatcher;
class QTimer;

namespace gattscope {

class MockBluezBus;
class MockBluezDevice;
class VirtualPeripheral;

struct MockBluezOptions
{
    int adapters = 1; // hci0, hci1, …
    QStringList poweredOff; // adapters ("hci1") switched off at start and after reset()
    int connectDelayMs = 30; // Connect → Connected=true
    int resolveDelayMs = 20; // Connected → GATT objects and ServicesResolved=true
    // A connection nobody answers (refused by a fault, device out of range or not
    // connectable) fails after this with org.bluez.Error.Failed "le-connection-abort-by-local".
    int connectTimeoutMs = 2000;
    // Devices not heard for this long (and not connected or paired) are removed, as
    // bluetoothd's TemporaryTimeout does.
    int temporaryTimeoutMs = 30000;
    int agentTimeoutMs = 30000; // an agent that does not answer RequestPasskey in time
    int mtu = 247; // the ATT MTU reported in GattCharacteristic1.MTU
    double accelerometerRateHz = 0; // > 0 overrides every accelerometer generator
    quint32 seed = 0x6A77; // same seeds as the virtual dongle: same RSSI walks and values
};

// A mock bluetoothd: org.bluez with adapters, discovery, devices, GATT and pairing for the
// virtual peripherals — the same profiles, generators and fault rules as the virtual
// BLED112 — on a D-Bus connection given to it (gattscope-sim --bluez gives it a private
// "system" bus). Object paths, property types, signal order and org.bluez.Error replies
// follow bluetoothd 5.66; see MOCKBLUEZ.md beside this file for what is modelled and what
// is not.
//
// Everything lives in one thread. Control (for tests and the sim's control interface):
// vanish()/comeBack() take bluetoothd off the bus and back, dropLink(), setInRange(),
// setPowered(), denyAccess(), reset().
class MockBluez : public QObject
{
    Q_OBJECT

public:
    // A fresh connection to the bus to serve on; called at start and again whenever
    // bluetoothd comes back (a new unique name, as a restarted daemon has).
    using Connector = std::function<QDBusConnection()>;

    explicit MockBluez(const MockBluezOptions &options = MockBluezOptions(), QObject *parent = nullptr);
    ~MockBluez() override;

    const MockBluezOptions &options() const { return m_options; }

    // Peripherals and fault rules; call before start().
    void addProfiles(const ProfileSet &set);
    FaultInjector &faults() { return m_faults; }
    QList<VirtualPeripheral *> peripherals() const { return m_peripherals; }

    // Connects, exports the tree and claims org.bluez. False with errorString() set when the
    // bus cannot be reached or the name is taken.
    bool start(Connector connector);
    QString errorString() const { return m_error; }
    bool isOnline() const;

    // --- faults and control
    // bluetoothd stops: links drop silently (no signals: the daemon is gone), org.bluez is
    // released. It comes back after `returnAfterMs` (< 0: only on comeBack()) with adapters
    // powered, no links, paired devices remembered and other devices forgotten.
    void vanish(int returnAfterMs = -1);
    void comeBack();
    // The peer ends the link: "timeout" (supervision timeout), "remote", "local",
    // "authentication". False when not connected.
    bool dropLink(const QString &address, const QString &reason);
    // The peripheral stops (false) or starts advertising, as when it goes out of range.
    bool setInRange(const QString &address, bool inRange);
    bool setPowered(const QString &adapter, bool powered);
    // "": nothing refused; "all": every org.bluez call fails with AccessDenied (a D-Bus policy
    // that does not let the user in); "power": only writing Adapter1.Powered is refused.
    void denyAccess(const QString &scope);
    void setTemporaryTimeout(int ms);
    // Back to the state after start(): links dropped, every device and bond forgotten,
    // adapters powered, fault rules as loaded, counters cleared, the peripherals made anew
    // (values written are gone). Not from inside a device's method call.
    void reset();
    // "path interface.member" of every org.bluez call since the last clearCalls().
    QStringList calls() const { return m_calls; }
    void clearCalls() { m_calls.clear(); }

    // --- for MockBluezDevice and MockBluezGatt
    MockBluezBus *bus() const { return m_bus; }
    // The BGAPI command name fault rules use for a D-Bus method ("ReadValue" →
    // "attclient_read_by_handle"), so one fault file serves both simulators.
    static QString faultCommand(const QString &method);
    // Fault rules in profile-file JSON whose "on" may also name these D-Bus methods; they are
    // rewritten to the BGAPI names before ProfileLoader reads them.
    static Result<ProfileSet> loadFaults(const QByteArray &json, const QString &sourceName);
    // The next command-level fault rule for a call of `method` (counted per command).
    std::optional<FaultRule> commandFault(const QString &method);
    // Sends a reply or an error, or not at all / later as `rule` says.
    struct Reply
    {
        QString error; // empty: success
        QString text;
        QVariantList arguments;
    };
    void answer(const QDBusMessage &call, const Reply &reply, const std::optional<FaultRule> &rule = {});
    // Unplug / Disconnect / Reset rules take over the call; true when `rule` did.
    bool preempt(const std::optional<FaultRule> &rule, const QDBusMessage &call, MockBluezDevice *device);
    // Device1.Disconnected reason and message for an HCI disconnect reason.
    static std::pair<QString, QString> disconnectReason(quint8 hciReason);
    // org.bluez.Error reply for an ATT error, as bluetoothd's create_gatt_dbus_error().
    static Reply attErrorReply(quint8 attError);

    // Pairing agents (AgentManager1). The passkey for `devicePath`, asked from `owner`'s
    // agent if it has one, else from the default agent; `done` gets the passkey or the
    // org.bluez.Error name to reply with.
    bool hasAgentFor(const QString &owner) const;
    QString agentCapability(const QString &owner) const;
    void requestPasskey(const QString &owner, const QString &devicePath,
                        std::function<void(std::optional<quint32>, const QString &error)> done);
    void cancelAgent(const QString &owner);

    bool adapterPowered(const QString &adapterPath) const;
    bool isInRange(VirtualPeripheral *peripheral) const { return m_inRange.value(peripheral, true); }
    // Another adapter's device holds a link (or attempt) to this peripheral.
    bool isBusyElsewhere(VirtualPeripheral *peripheral, const MockBluezDevice *except) const;
    // A client disappeared from the bus: its sessions and agent go.
    void watchClient(const QString &uniqueName);

Q_SIGNALS:
    void vanished();
    void returned();

private:
    struct Filter
    {
        QStringList uuids;
        std::optional<int> rssi;
        QString transport = QStringLiteral("auto");
        bool duplicateData = false;
        QString pattern;
    };
    struct Adapter
    {
        QString name; // hci0
        QString path; // /org/bluez/hci0
        QString address;
        bool powered = true;
        bool discovering = false;
        QStringList sessions; // clients with a discovery session
        QHash<QString, Filter> filters; // by client
        QList<MockBluezDevice *> devices;
    };
    struct Agent
    {
        QString owner;
        QString path;
        QString capability;
    };

    void buildTree();
    void addAdapterObject(Adapter &adapter);
    Adapter *adapterAt(const QString &path);
    MockBluezDevice *device(Adapter &adapter, VirtualPeripheral *peripheral, bool create);
    MockBluezDevice *deviceByAddress(const QString &address) const;
    void onAdvertised(VirtualPeripheral *peripheral);
    bool filterMatches(const Adapter &adapter, VirtualPeripheral *peripheral, qint8 rssi) const;
    void updateAdvertising();
    void setDiscovering(Adapter &adapter, bool on);
    void sweepTemporary();
    void forgetClient(const QString &owner);
    void powerAdapter(Adapter &adapter, bool on);

    // Adapter1 and AgentManager1 methods.
    void startDiscovery(const QDBusMessage &call);
    void stopDiscovery(const QDBusMessage &call);
    void setDiscoveryFilter(const QDBusMessage &call);
    void removeDevice(const QDBusMessage &call);
    void registerAgent(const QDBusMessage &call);
    void unregisterAgent(const QDBusMessage &call);
    void requestDefaultAgent(const QDBusMessage &call);

    MockBluezOptions m_options;
    const int m_givenTemporaryTimeoutMs;
    ProfileSet m_profiles;
    FaultInjector m_faults;
    QList<VirtualPeripheral *> m_peripherals;
    QHash<VirtualPeripheral *, bool> m_inRange;
    QList<Adapter> m_adapters;
    QList<Agent> m_agents;
    QStringList m_defaultAgents; // owners, most recent last
    MockBluezBus *m_bus = nullptr;
    Connector m_connector;
    QString m_connectionName;
    int m_connectionSerial = 0;
    QDBusServiceWatcher *m_clients = nullptr;
    QTimer *m_returnTimer;
    QTimer *m_sweepTimer;
    QString m_error;
    QString m_denied;
    QStringList m_calls;
    QHash<QString, int> m_methodCounts;
};

} // namespace gattscope
