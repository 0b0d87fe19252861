// SPDX-License-Identifier: MIT
#include "monitorcommand.h"

#include "clisubscription.h"
#include "terminal.h"

#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/codecs/heartratemeasurement.h>

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace gattscope::cli {

namespace {
QString contactKey(HeartRateMeasurement::SensorContact contact)
{
    switch (contact) {
    case HeartRateMeasurement::SensorContact::NotSupported: return QStringLiteral("notSupported");
    case HeartRateMeasurement::SensorContact::NotDetected: return QStringLiteral("notDetected");
    case HeartRateMeasurement::SensorContact::Detected: break;
    }
    return QStringLiteral("detected");
}
} // namespace

QString MonitorCommand::summary() const
{
    return tr("Show a heart-rate monitor's measurements: bpm and RR intervals.");
}

int MonitorCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption countOption(QStringLiteral("count"), tr("Stop after N measurements."), tr("N"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), tr("Stop after S seconds."), tr("S"));
    parser.addOptions({ countOption, durationOption });
    if (const auto code
        = parseArguments(parser, arguments, context,
                         { { QStringLiteral("device"), tr("An address or an advertised name."),
                             QStringLiteral("<device>") } }))
        return *code;
    const QStringList args = positionalArguments(parser);
    if (args.size() != 1)
        return usageError(context, tr("give one device"));
    CliSubscription::Limits limits;
    if (parser.isSet(countOption)) {
        bool ok = false;
        limits.count = parser.value(countOption).toULongLong(&ok);
        if (!ok || limits.count == 0)
            return usageError(
                context, tr("--count: \"%1\" is not a positive whole number").arg(parser.value(countOption)));
    }
    if (parser.isSet(durationOption)) {
        bool ok = false;
        const double s = parser.value(durationOption).toDouble(&ok);
        if (!ok || !std::isfinite(s) || s <= 0 || s > 7 * 24 * 3600)
            return usageError(context,
                              tr("--duration: \"%1\" is not a positive number of seconds")
                                  .arg(parser.value(durationOption)));
        limits.durationMs = int(std::lround(s * 1000));
    }

    CliDevice device(context, name());
    if (const int code = device.open(args.first()))
        return code;
    int code = ExitOk;
    const std::optional<AttributeRef> ref = device.resolve(QStringLiteral("uuid:2a37"), &code);
    if (!ref)
        return code;
    CliSubscription subscription(device, { ref->handle });
    if (const int failed = subscription.subscribe(Connection::Subscription::Notify))
        return failed;

    bool malformed = false;
    const auto sink = [&](quint16, const NotificationSample &sample) {
        if (sample.isGap())
            return true;
        const HeartRateMeasurement m = HeartRateMeasurement::parse(sample.value);
        malformed = malformed || !m.ok();
        if (context.json) {
            QJsonObject o {
                { QStringLiteral("timestampMs"), double(sample.timestampUs) / 1000.0 },
                { QStringLiteral("heartRate"), m.heartRate ? QJsonValue(*m.heartRate) : QJsonValue() },
                { QStringLiteral("rrIntervalsMs"), QJsonArray::fromVariantList([&] {
                      QVariantList l;
                      for (double ms : m.rrIntervalsMs())
                          l.append(ms);
                      return l;
                  }()) },
                { QStringLiteral("sensorContact"), contactKey(m.sensorContact) },
                { QStringLiteral("hex"), QString::fromLatin1(sample.value.toByteArray().toHex()) }
            };
            if (m.energyExpended)
                o.insert(QStringLiteral("energyExpended"), *m.energyExpended);
            if (!m.ok())
                o.insert(QStringLiteral("error"), m.error.toString());
            writeJsonLine(context, o);
            return context.out.status() == QTextStream::Ok;
        }
        using Terminal::Colour;
        const QString bpm = m.heartRate ? QStringLiteral("%1").arg(*m.heartRate, 3) : QStringLiteral("  ?");
        context.out << Terminal::paint(context, QStringLiteral("♥ %1 bpm").arg(bpm), Colour::Red);
        QStringList rr;
        for (double ms : m.rrIntervalsMs())
            rr.append(QString::number(std::round(ms * 10) / 10));
        if (!rr.isEmpty())
            context.out << QLatin1String("  ") << tr("RR %1 ms").arg(rr.join(QLatin1String(", ")));
        if (m.sensorContact != HeartRateMeasurement::SensorContact::NotSupported)
            context.out << QLatin1String("  ")
                        << Terminal::paint(context, sensorContactName(m.sensorContact), Colour::Dim);
        if (m.energyExpended)
            context.out << QLatin1String("  ") << tr("%1 kJ").arg(*m.energyExpended);
        if (!m.ok())
            context.out << QLatin1String("  ")
                        << Terminal::paint(
                               context, tr("malformed: %1 [%2]").arg(m.error.toString(), toHex(sample.value)),
                               Colour::Yellow);
        context.out << u'\n';
        context.out.flush();
        return context.out.status() == QTextStream::Ok;
    };
    const CliSubscription::End end = subscription.run(limits, sink);
    if (end != CliSubscription::End::LinkLost)
        subscription.unsubscribe();
    switch (end) {
    case CliSubscription::End::LinkLost:
        return device.fail(tr("lost the link to %1").arg(device.title()), subscription.linkError());
    case CliSubscription::End::SinkFailed: return device.fail(tr("could not write the output"), ExitFailure);
    case CliSubscription::End::Duration:
        if (limits.count > 0)
            return device.fail(tr("%1 of %2 measurements arrived within %3 s")
                                   .arg(subscription.valueCount())
                                   .arg(limits.count)
                                   .arg(limits.durationMs / 1000.0),
                               ExitTimeout);
        break;
    default: break;
    }
    if (malformed)
        return device.fail(tr("some measurements were malformed"), ExitDataError);
    return ExitOk;
}

} // namespace gattscope::cli
