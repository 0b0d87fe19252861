// SPDX-License-Identifier: MIT
// MockBluez: fault rules (named by BGAPI command or D-Bus method) and replies.
#include "mockbluez_p.h"
#include "mockbluezbus.h"
#include "mockbluezdevice.h"
#include "mockbluezgatt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace gattscope {

using namespace mockbluez;

QString MockBluez::faultCommand(const QString &method)
{
    // What goes over the air (or to the controller) for each call: the BGAPI command a
    // fault file names for the virtual BLED112 means the same step here.
    static const QHash<QString, QString> commands = {
        { QStringLiteral("ReadValue"), QStringLiteral("attclient_read_by_handle") },
        { QStringLiteral("WriteValue"), QStringLiteral("attclient_attribute_write") },
        { QStringLiteral("StartNotify"), QStringLiteral("attclient_attribute_write") },
        { QStringLiteral("StopNotify"), QStringLiteral("attclient_attribute_write") },
        { QStringLiteral("Connect"), QStringLiteral("gap_connect_direct") },
        { QStringLiteral("Disconnect"), QStringLiteral("connection_disconnect") },
        { QStringLiteral("Pair"), QStringLiteral("sm_encrypt_start") },
        { QStringLiteral("StartDiscovery"), QStringLiteral("gap_discover") },
        { QStringLiteral("StopDiscovery"), QStringLiteral("gap_end_procedure") },
        { QStringLiteral("RemoveDevice"), QStringLiteral("sm_delete_bonding") },
    };
    return commands.value(method, method);
}

Result<ProfileSet> MockBluez::loadFaults(const QByteArray &json, const QString &sourceName)
{
    QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject() && doc.object().value(QStringLiteral("faults")).isArray()) {
        QJsonObject root = doc.object();
        QJsonArray rules = root.value(QStringLiteral("faults")).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject rule = rules[i].toObject();
            const QString on = rule.value(QStringLiteral("on")).toString();
            if (!on.isEmpty())
                rule.insert(QStringLiteral("on"), faultCommand(on));
            rules[i] = rule;
        }
        root.insert(QStringLiteral("faults"), rules);
        doc.setObject(root);
    }
    // Anything else (broken JSON included) goes to ProfileLoader as it is, for its message.
    return ProfileLoader::loadJson(doc.isNull() ? json : doc.toJson(), sourceName);
}

std::optional<FaultRule> MockBluez::commandFault(const QString &method)
{
    const QString command = faultCommand(method);
    const int occurrence = ++m_methodCounts[command];
    if (const FaultRule *rule = m_faults.takeCommandFault(command, occurrence))
        return *rule;
    return std::nullopt;
}

void MockBluez::answer(const QDBusMessage &call, const Reply &reply, const std::optional<FaultRule> &rule)
{
    auto send = [this, call, reply] {
        if (reply.error.isEmpty())
            m_bus->reply(call, reply.arguments);
        else
            m_bus->replyError(call, reply.error, reply.text);
    };
    if (rule && rule->action == FaultRule::Action::DropResponse)
        return;
    if (rule && rule->action == FaultRule::Action::DelayResponse) {
        QTimer::singleShot(std::max(0, rule->delayMs), this, send);
        return;
    }
    send();
}

bool MockBluez::preempt(const std::optional<FaultRule> &rule, const QDBusMessage &call,
                        MockBluezDevice *device)
{
    if (!rule)
        return false;
    switch (rule->action) {
    case FaultRule::Action::Unplug: vanish(rule->delayMs); return true;
    case FaultRule::Action::Reset:
        for (Adapter &a : m_adapters) {
            if (device && a.path != device->adapterPath())
                continue;
            powerAdapter(a, false);
            const QString path = a.path;
            QTimer::singleShot(200, this, [this, path] {
                if (Adapter *back = adapterAt(path))
                    powerAdapter(*back, true);
            });
        }
        return true;
    case FaultRule::Action::Disconnect:
        if (!device || !device->isConnected() || call.member() == QLatin1String("Connect")
            || call.member() == QLatin1String("Pair"))
            return false;
        // The link drops while the request is on the air: the call fails, then the
        // disconnect sequence follows.
        m_bus->replyError(call, MockBluezError::Failed, QStringLiteral("Operation failed"));
        {
            const auto [reason, message] = disconnectReason(quint8(rule->reason & 0xFF));
            device->linkLost(reason, message);
        }
        return true;
    default: return false;
    }
}

std::pair<QString, QString> MockBluez::disconnectReason(quint8 hciReason)
{
    switch (hciReason) {
    case 0x08: return { QStringLiteral("org.bluez.Reason.Timeout"), QStringLiteral("Connection timeout") };
    case 0x13:
        return { QStringLiteral("org.bluez.Reason.Remote"),
                 QStringLiteral("Connection terminated by remote user") };
    case 0x16:
        return { QStringLiteral("org.bluez.Reason.Local"),
                 QStringLiteral("Connection terminated by local host") };
    case 0x05:
        return { QStringLiteral("org.bluez.Reason.Authentication"),
                 QStringLiteral("Connection terminated due to authentication failure") };
    default: return { QStringLiteral("org.bluez.Reason.Unknown"), QStringLiteral("Unspecified") };
    }
}

MockBluez::Reply MockBluez::attErrorReply(quint8 attError)
{
    switch (attError) {
    case 0x02: return error(MockBluezError::NotPermitted, QStringLiteral("Read not permitted"));
    case 0x03: return error(MockBluezError::NotPermitted, QStringLiteral("Write not permitted"));
    case 0x05:
    case 0x0C:
    case 0x0F: return error(MockBluezError::NotPermitted, QStringLiteral("Not paired"));
    case 0x07: return error(MockBluezError::InvalidArguments, QStringLiteral("Invalid offset"));
    case 0x0D: return error(MockBluezError::InvalidArguments, QStringLiteral("Invalid Length"));
    case 0x08: return error(MockBluezError::NotAuthorized, QStringLiteral("Operation Not Authorized"));
    case 0x06: return error(MockBluezError::NotSupported, QStringLiteral("Operation is not supported"));
    case 0x00: return error(MockBluezError::Failed, QStringLiteral("Operation failed"));
    default:
        return error(
            MockBluezError::Failed,
            QStringLiteral("Operation failed with ATT error: 0x%1").arg(attError, 2, 16, QLatin1Char('0')));
    }
}

} // namespace gattscope
