// SPDX-License-Identifier: MIT
#include "mockbluezcontrol.h"

#include "mockbluez.h"

#include <gattscope/backends/virtual/profileloader.h>

namespace gattscope {

MockBluezControl::MockBluezControl(MockBluez *mock, QObject *parent)
    : QDBusAbstractAdaptor(parent)
    , m_mock(mock)
{ }

bool MockBluezControl::online() const
{
    return m_mock->isOnline();
}

void MockBluezControl::Reset()
{
    m_mock->reset();
}

void MockBluezControl::Vanish(int returnAfterMs)
{
    m_mock->vanish(returnAfterMs);
}

void MockBluezControl::Return()
{
    m_mock->comeBack();
}

bool MockBluezControl::DropLink(const QString &address, const QString &reason)
{
    return m_mock->dropLink(address, reason);
}

bool MockBluezControl::SetInRange(const QString &address, bool inRange)
{
    return m_mock->setInRange(address, inRange);
}

bool MockBluezControl::SetPowered(const QString &adapter, bool powered)
{
    return m_mock->setPowered(adapter, powered);
}

void MockBluezControl::DenyAccess(const QString &scope)
{
    m_mock->denyAccess(scope);
}

void MockBluezControl::SetTemporaryTimeout(int ms)
{
    m_mock->setTemporaryTimeout(ms);
}

QString MockBluezControl::AddFaults(const QString &json)
{
    const Result<ProfileSet> set = MockBluez::loadFaults(json.toUtf8(), QStringLiteral("AddFaults"));
    if (!set.ok())
        return set.error().message();
    m_mock->faults().addRules(set.value().faults);
    return {};
}

QStringList MockBluezControl::Calls()
{
    return m_mock->calls();
}

void MockBluezControl::ClearCalls()
{
    m_mock->clearCalls();
}

} // namespace gattscope
