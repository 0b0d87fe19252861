// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace gattscope {

// One scripted misbehaviour of the virtual dongle. A rule fires on the `nth` occurrence
// of its trigger (1-based; 0 = on every occurrence) and, when `every` > 0, again on every
// `every`-th occurrence after that (nth, nth + every, nth + 2·every, …): a steady fault
// rate for soaks, deterministic for one sequence of commands. The trigger is a BGAPI command by its
// log name ("attclient_read_by_handle"); an empty `command` matches every command.
// AttError and RefuseConnection count the operations they apply to instead (reads/writes
// of `handle`, connection attempts to `peer`), optionally narrowed by `command`.
struct FaultRule
{
    enum class Action : quint8 {
        DropResponse, // the response is never sent; the command's events still are
        DelayResponse, // the response and its events go out `delayMs` later
        InjectGarbage, // `garbage` bytes are sent just before the response
        TruncateResponse, // only the first `truncateTo` bytes of the response are sent
        Disconnect, // after `afterEvents` events of the answer the link drops (`reason`)
        RefuseConnection, // connect_direct is answered but connection_status never comes
        AttError, // the read/write of `handle` fails with ATT error `attError`
        Reset, // the dongle reboots instead of answering: no response, later system_boot
        Unplug, // the transport closes instead of answering; back after `delayMs` (< 0: never)
    };

    Action action = Action::DropResponse;
    QString command; // trigger command name; empty = any
    int nth = 1;
    int every = 0; // > 0: repeat every `every` occurrences after the nth
    int delayMs = 0;
    QByteArray garbage;
    int truncateTo = 2;
    int afterEvents = 0;
    quint16 reason = 0x0208; // Disconnect: BGAPI error code of the disconnect (supervision timeout)
    quint16 handle = 0; // AttError: attribute handle; 0 = any
    quint8 attError = 0x0E; // AttError: ATT error code (0x0E Unlikely Error by default)
    std::optional<DeviceAddress> peer; // RefuseConnection / AttError: only this peripheral
};

// "drop-response", "delay-response", … ; the names used in profile files.
QString faultActionName(FaultRule::Action action);
std::optional<FaultRule::Action> faultActionFromName(QStringView name);

// The rule book of a VirtualDongle. The dongle counts occurrences and asks for the rule
// that fires; a rule that fires is recorded in firedCount().
class FaultInjector
{
public:
    void addRule(const FaultRule &rule);
    void addRules(const QList<FaultRule> &rules);
    void clear();
    const QList<FaultRule> &rules() const { return m_rules; }
    // How often rule `index` has fired.
    int firedCount(int index) const;

    // The first rule with a command-level action (everything but AttError and
    // RefuseConnection) that fires for the `occurrence`-th command called `command`.
    const FaultRule *takeCommandFault(QStringView command, int occurrence);
    // An ATT error to return for this read/write, or nullopt. Counts the operation for
    // every AttError rule that matches the handle, peer and command.
    std::optional<quint8> takeAttError(QStringView command, quint16 handle, const DeviceAddress &peer);
    // True when this connection attempt must be ignored.
    bool takeRefusal(const DeviceAddress &peer);

private:
    struct Entry
    {
        FaultRule rule;
        int seen = 0; // operations counted (AttError/RefuseConnection)
        int fired = 0;
    };
    bool fires(Entry &entry, int occurrence);

    QList<FaultRule> m_rules;
    QList<Entry> m_entries;
};

} // namespace gattscope
