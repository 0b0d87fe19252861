// SPDX-License-Identifier: MIT
// MockBluez: AgentManager1, and asking a client's agent for a passkey.
#include "mockbluez_p.h"
#include "mockbluezbus.h"
#include "mockbluezdevice.h"
#include "mockbluezgatt.h"

#include <QDBusPendingCallWatcher>

namespace gattscope {

using namespace mockbluez;

namespace {

const QStringList kCapabilities = { QString(),
                                    QStringLiteral("DisplayOnly"),
                                    QStringLiteral("DisplayYesNo"),
                                    QStringLiteral("KeyboardOnly"),
                                    QStringLiteral("NoInputNoOutput"),
                                    QStringLiteral("KeyboardDisplay") };

} // namespace

void MockBluez::registerAgent(const QDBusMessage &call)
{
    const QVariantList args = call.arguments();
    const QString path = qvariant_cast<QDBusObjectPath>(args.value(0)).path();
    const QString capability = args.value(1).toString();
    if (path.isEmpty() || !kCapabilities.contains(capability) || call.signature() != QLatin1String("os")) {
        answer(call, invalidArguments());
        return;
    }
    if (hasAgentFor(call.service())) {
        answer(call, error(MockBluezError::AlreadyExists, QStringLiteral("Already Exists")));
        return;
    }
    m_agents.append({ call.service(), path, capability });
    watchClient(call.service());
    answer(call, {});
}

void MockBluez::unregisterAgent(const QDBusMessage &call)
{
    const QString path = qvariant_cast<QDBusObjectPath>(call.arguments().value(0)).path();
    for (qsizetype i = 0; i < m_agents.size(); ++i) {
        if (m_agents[i].owner == call.service() && m_agents[i].path == path) {
            m_agents.removeAt(i);
            m_defaultAgents.removeAll(call.service());
            answer(call, {});
            return;
        }
    }
    answer(call, doesNotExist());
}

void MockBluez::requestDefaultAgent(const QDBusMessage &call)
{
    const QString path = qvariant_cast<QDBusObjectPath>(call.arguments().value(0)).path();
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.owner == call.service() && a.path == path) {
            m_defaultAgents.removeAll(a.owner);
            m_defaultAgents.append(a.owner);
            answer(call, {});
            return;
        }
    }
    answer(call, doesNotExist());
}

bool MockBluez::hasAgentFor(const QString &owner) const
{
    for (const Agent &a : m_agents) {
        if (a.owner == owner)
            return true;
    }
    return false;
}

QString MockBluez::agentCapability(const QString &owner) const
{
    const QString who = hasAgentFor(owner) ? owner : m_defaultAgents.value(m_defaultAgents.size() - 1);
    for (const Agent &a : m_agents) {
        if (a.owner == who)
            return a.capability.isEmpty() ? QStringLiteral("KeyboardDisplay") : a.capability;
    }
    return QStringLiteral("NoInputNoOutput"); // no agent at all
}

void MockBluez::requestPasskey(const QString &owner, const QString &devicePath,
                               std::function<void(std::optional<quint32>, const QString &)> done)
{
    const QString who = hasAgentFor(owner) ? owner : m_defaultAgents.value(m_defaultAgents.size() - 1);
    const Agent *agent = nullptr;
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.owner == who)
            agent = &a;
    }
    if (!agent) {
        done(std::nullopt, MockBluezError::AuthenticationFailed);
        return;
    }
    QDBusMessage ask = QDBusMessage::createMethodCall(agent->owner, agent->path, MockBluezInterface::Agent,
                                                      QStringLiteral("RequestPasskey"));
    ask << QVariant::fromValue(QDBusObjectPath(devicePath));
    auto *watcher
        = new QDBusPendingCallWatcher(m_bus->connection().asyncCall(ask, m_options.agentTimeoutMs), this);
    const QString agentOwner = agent->owner;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, done, agentOwner](QDBusPendingCallWatcher *) {
                watcher->deleteLater();
                const QDBusMessage reply = watcher->reply();
                if (reply.type() == QDBusMessage::ReplyMessage && reply.signature() == QLatin1String("u")) {
                    done(reply.arguments().value(0).toUInt(), QString());
                    return;
                }
                const QString name = reply.errorName();
                if (name == QLatin1String("org.bluez.Error.Rejected")) {
                    done(std::nullopt, MockBluezError::AuthenticationRejected);
                } else if (name == QLatin1String("org.bluez.Error.Canceled")) {
                    done(std::nullopt, MockBluezError::AuthenticationCanceled);
                } else if (name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
                           || name == QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
                    cancelAgent(agentOwner);
                    done(std::nullopt, MockBluezError::AuthenticationTimeout);
                } else {
                    done(std::nullopt, MockBluezError::AuthenticationFailed);
                }
            });
}

void MockBluez::cancelAgent(const QString &owner)
{
    const QString who = hasAgentFor(owner) ? owner : m_defaultAgents.value(m_defaultAgents.size() - 1);
    for (const Agent &a : std::as_const(m_agents)) {
        if (a.owner != who)
            continue;
        QDBusMessage cancel = QDBusMessage::createMethodCall(a.owner, a.path, MockBluezInterface::Agent,
                                                             QStringLiteral("Cancel"));
        cancel.setAutoStartService(false);
        m_bus->connection().call(cancel, QDBus::NoBlock);
    }
}

} // namespace gattscope
