// SPDX-License-Identifier: MIT
#pragma once

// Private part of MockBluez, shared by its files: mockbluez.cpp (life cycle, the object tree,
// control), mockbluez_discovery.cpp (Adapter1), mockbluez_agents.cpp (AgentManager1 and
// asking agents), mockbluez_faults.cpp (fault rules and replies).

#include "mockbluez.h"
#include "mockbluezinterfaces.h"

namespace gattscope::mockbluez {

inline MockBluez::Reply error(const QString &name, const QString &text)
{
    return { name, text, {} };
}
inline MockBluez::Reply invalidArguments()
{
    return error(MockBluezError::InvalidArguments, QStringLiteral("Invalid arguments in method call"));
}
inline MockBluez::Reply notReady()
{
    return error(MockBluezError::NotReady, QStringLiteral("Resource Not Ready"));
}
inline MockBluez::Reply doesNotExist()
{
    return error(MockBluezError::DoesNotExist, QStringLiteral("Does Not Exist"));
}

} // namespace gattscope::mockbluez
