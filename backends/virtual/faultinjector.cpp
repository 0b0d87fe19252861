// SPDX-License-Identifier: MIT
#include "faultinjector.h"

#include <array>

namespace gattscope {

namespace {

struct ActionName
{
    FaultRule::Action action;
    QLatin1StringView name;
};

constexpr std::array kActionNames {
    ActionName { FaultRule::Action::DropResponse, QLatin1StringView("drop-response") },
    ActionName { FaultRule::Action::DelayResponse, QLatin1StringView("delay-response") },
    ActionName { FaultRule::Action::InjectGarbage, QLatin1StringView("garbage") },
    ActionName { FaultRule::Action::TruncateResponse, QLatin1StringView("truncate-response") },
    ActionName { FaultRule::Action::Disconnect, QLatin1StringView("disconnect") },
    ActionName { FaultRule::Action::RefuseConnection, QLatin1StringView("refuse-connection") },
    ActionName { FaultRule::Action::AttError, QLatin1StringView("att-error") },
    ActionName { FaultRule::Action::Reset, QLatin1StringView("reset") },
    ActionName { FaultRule::Action::Unplug, QLatin1StringView("unplug") },
};

} // namespace

QString faultActionName(FaultRule::Action action)
{
    for (const ActionName &entry : kActionNames) {
        if (entry.action == action)
            return QString(entry.name);
    }
    return QString();
}

std::optional<FaultRule::Action> faultActionFromName(QStringView name)
{
    for (const ActionName &entry : kActionNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.action;
    }
    return std::nullopt;
}

void FaultInjector::addRule(const FaultRule &rule)
{
    m_rules.append(rule);
    m_entries.append(Entry { rule, 0, 0 });
}

void FaultInjector::addRules(const QList<FaultRule> &rules)
{
    for (const FaultRule &rule : rules)
        addRule(rule);
}

void FaultInjector::clear()
{
    m_rules.clear();
    m_entries.clear();
}

int FaultInjector::firedCount(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries.at(index).fired : 0;
}

bool FaultInjector::fires(Entry &entry, int occurrence)
{
    const int nth = entry.rule.nth;
    if (nth != 0 && occurrence != nth) {
        const int every = entry.rule.every;
        if (every <= 0 || occurrence < nth || (occurrence - nth) % every != 0)
            return false;
    }
    ++entry.fired;
    return true;
}

const FaultRule *FaultInjector::takeCommandFault(QStringView command, int occurrence)
{
    for (Entry &entry : m_entries) {
        const FaultRule::Action action = entry.rule.action;
        if (action == FaultRule::Action::AttError || action == FaultRule::Action::RefuseConnection)
            continue;
        if (!entry.rule.command.isEmpty() && entry.rule.command != command)
            continue;
        if (fires(entry, occurrence))
            return &entry.rule;
    }
    return nullptr;
}

std::optional<quint8> FaultInjector::takeAttError(QStringView command, quint16 handle,
                                                  const DeviceAddress &peer)
{
    std::optional<quint8> result;
    for (Entry &entry : m_entries) {
        const FaultRule &rule = entry.rule;
        if (rule.action != FaultRule::Action::AttError)
            continue;
        if (rule.handle != 0 && rule.handle != handle)
            continue;
        if (rule.peer && !(*rule.peer == peer))
            continue;
        if (!rule.command.isEmpty() && rule.command != command)
            continue;
        if (fires(entry, ++entry.seen) && !result)
            result = rule.attError;
    }
    return result;
}

bool FaultInjector::takeRefusal(const DeviceAddress &peer)
{
    bool refused = false;
    for (Entry &entry : m_entries) {
        const FaultRule &rule = entry.rule;
        if (rule.action != FaultRule::Action::RefuseConnection)
            continue;
        if (rule.peer && !(*rule.peer == peer))
            continue;
        if (fires(entry, ++entry.seen))
            refused = true;
    }
    return refused;
}

} // namespace gattscope
