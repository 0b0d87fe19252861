// SPDX-License-Identifier: MIT
#include "trafficentry.h"

#include <QCoreApplication>

namespace gattscope {

QString trafficDirectionName(TrafficEntry::Direction direction)
{
    switch (direction) {
    case TrafficEntry::Direction::Write:
        return QCoreApplication::translate("gattscope::TrafficEntry", "→ write");
    case TrafficEntry::Direction::WriteCommand:
        return QCoreApplication::translate("gattscope::TrafficEntry", "→ write cmd");
    case TrafficEntry::Direction::Read:
        return QCoreApplication::translate("gattscope::TrafficEntry", "← read");
    case TrafficEntry::Direction::Notification:
        return QCoreApplication::translate("gattscope::TrafficEntry", "← notify");
    case TrafficEntry::Direction::Indication:
        return QCoreApplication::translate("gattscope::TrafficEntry", "← indicate");
    case TrafficEntry::Direction::Event:
        return QCoreApplication::translate("gattscope::TrafficEntry", "· event");
    }
    return {};
}

QString trafficDirectionKey(TrafficEntry::Direction direction)
{
    switch (direction) {
    case TrafficEntry::Direction::Write: return QStringLiteral("write");
    case TrafficEntry::Direction::WriteCommand: return QStringLiteral("write-command");
    case TrafficEntry::Direction::Read: return QStringLiteral("read");
    case TrafficEntry::Direction::Notification: return QStringLiteral("notify");
    case TrafficEntry::Direction::Indication: return QStringLiteral("indicate");
    case TrafficEntry::Direction::Event: return QStringLiteral("event");
    }
    return {};
}

} // namespace gattscope
