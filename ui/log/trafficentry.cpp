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

quint8 trafficAttError(const Error &error)
{
    return error.kind() == Error::Kind::Att ? quint8(error.code()) : quint8(0);
}

quint8 trafficHciReason(const Error &reason)
{
    switch (reason.kind()) {
    case Error::Kind::Controller: return quint8(reason.code());
    case Error::Kind::Timeout: return 0x08;
    default: return 0x1F;
    }
}

} // namespace gattscope
