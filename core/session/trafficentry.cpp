// SPDX-License-Identifier: MIT
#include "trafficentry.h"

#include <gattscope/core/series/samplestream.h>

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>

namespace gattscope {

qint64 TrafficEntry::nowUs()
{
    // Microseconds, not QDateTime's milliseconds: a request and its response a few hundred µs
    // apart must not share a time in a capture.
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString TrafficEntry::decodedText() const
{
    if (!decoded.isEmpty() || !decoder || !error.isEmpty())
        return decoded;
    return decoder->decode(value).text;
}

TrafficEntry TrafficEntry::operation(Direction direction, const QString &device, quint16 handle,
                                     const QString &name, const QByteArray &value, const QString &decoded,
                                     const Error &error, qint64 timestampUs)
{
    TrafficEntry e;
    e.timestampUs = timestampUs ? timestampUs : nowUs();
    e.device = device;
    e.handle = handle;
    e.name = name;
    e.direction = direction;
    e.value = value;
    if (error.kind() == Error::Kind::Cancelled) {
        // The user's choice, not a failure: said, not shown as an error.
        e.decoded = QCoreApplication::translate("gattscope::TrafficEntry", "cancelled");
        return e;
    }
    e.decoded = error ? QString() : decoded;
    e.error = error ? error.toString() : QString();
    e.attError = trafficAttError(error);
    return e;
}

TrafficEntry TrafficEntry::notification(const QString &device, quint16 handle, const QString &name,
                                        const NotificationSample &sample,
                                        std::shared_ptr<const ValueDecoder> decoder)
{
    TrafficEntry e;
    e.timestampUs = sample.timestampUs ? sample.timestampUs : nowUs();
    e.device = device;
    e.handle = handle;
    e.name = name;
    if (sample.isGap()) {
        e.direction = Direction::Event;
        // Counted first: lupdate (Qt 6.4) loops forever on qMin( inside a translate() call.
        const int dropped = int(qMin<quint32>(sample.missing, INT_MAX));
        e.error = QCoreApplication::translate("gattscope::TrafficEntry",
                                              "%n value(s) dropped: the program could not keep up", nullptr,
                                              dropped);
        return e;
    }
    e.direction
        = sample.kind == Notification::Kind::Indication ? Direction::Indication : Direction::Notification;
    e.value = sample.value.toByteArray();
    e.decoder = std::move(decoder);
    return e;
}

TrafficEntry TrafficEntry::note(const QString &device, const QString &what, const QString &error,
                                qint64 timestampUs)
{
    TrafficEntry e;
    e.timestampUs = timestampUs ? timestampUs : nowUs();
    e.device = device;
    e.name = what;
    e.direction = Direction::Event;
    e.error = error;
    return e;
}

TrafficEntry TrafficEntry::connected(const DeviceAddress &address, qint64 timestampUs,
                                     const DeviceAddress &localAddress)
{
    TrafficEntry e
        = note(address.toString(), QCoreApplication::translate("gattscope::TrafficEntry", "Connected"), {},
               timestampUs);
    e.event = Event::Connected;
    e.randomAddress = address.isRandom();
    e.localAddress = localAddress;
    return e;
}

TrafficEntry TrafficEntry::discovered(const DeviceAddress &address, const QString &what,
                                      const GattDatabase &database, int mtu, qint64 timestampUs)
{
    TrafficEntry e = note(address.toString(), what, {}, timestampUs);
    e.event = Event::Discovered;
    e.database = std::make_shared<const GattDatabase>(database);
    e.mtu = mtu;
    return e;
}

TrafficEntry TrafficEntry::disconnected(const DeviceAddress &address, const Error &reason, qint64 timestampUs)
{
    TrafficEntry e
        = note(address.toString(), QCoreApplication::translate("gattscope::TrafficEntry", "Disconnected"),
               disconnectReasonText(reason), timestampUs);
    e.event = Event::Disconnected;
    e.hciReason = trafficHciReason(reason);
    return e;
}

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

QString disconnectReasonText(const Error &reason)
{
    if (!reason)
        return {};
    if (reason.kind() == Error::Kind::Controller)
        return QCoreApplication::translate("gattscope::TrafficEntry", "%1 (HCI 0x%2)")
            .arg(reason.name())
            .arg(reason.code(), 2, 16, QLatin1Char('0'));
    return reason.toString();
}

} // namespace gattscope
