// SPDX-License-Identifier: MIT
#include "subscribecommand.h"

#include "clisubscription.h"
#include "gattjson.h"
#include "terminal.h"

#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/export/notificationrecorder.h>
#include <gattscope/core/export/trafficbtsnoopexporter.h>

#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cmath>

namespace gattscope::cli {

namespace {

// A positive whole number, or nullopt.
std::optional<quint64> count(const QString &text)
{
    bool ok = false;
    const qulonglong n = text.toULongLong(&ok);
    return ok && n > 0 ? std::optional<quint64>(n) : std::nullopt;
}

std::optional<int> durationMs(const QString &text)
{
    bool ok = false;
    const double s = text.toDouble(&ok);
    if (!ok || !std::isfinite(s) || s <= 0 || s > 7 * 24 * 3600)
        return std::nullopt;
    return int(std::lround(s * 1000));
}

} // namespace

QString SubscribeCommand::summary() const
{
    return tr("Print notifications or indications as they arrive; record them to files.");
}

int SubscribeCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption indicate(QStringLiteral("indicate"),
                                      tr("Ask for indications (default: notifications "
                                         "when the characteristic has them)."));
    const QCommandLineOption countOption(QStringLiteral("count"), tr("Stop after N values."), tr("N"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), tr("Stop after S seconds."), tr("S"));
    const QCommandLineOption hexOnly(QStringLiteral("hex"), tr("Print only the hex of each value."));
    const QCommandLineOption decodedOnly(QStringLiteral("decoded"), tr("Print only the decoded value."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Also record every value to a CSV file."),
                                 tr("FILE"));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"),
                                   tr("Also record every value to a JSON Lines file."), tr("FILE"));
    const QCommandLineOption btsnoop(QStringLiteral("btsnoop"),
                                     tr("Also write a btsnoop capture for Wireshark."), tr("FILE"));
    parser.addOptions({ indicate, countOption, durationOption, hexOnly, decodedOnly, csv, jsonl, btsnoop });
    if (const auto code
        = parseArguments(parser, arguments, context,
                         { { QStringLiteral("device"), tr("An address or an advertised name."),
                             QStringLiteral("<device>") },
                           { QStringLiteral("characteristic"), tr("What to subscribe to."),
                             QStringLiteral("<characteristic>...") } }))
        return *code;
    const QStringList args = positionalArguments(parser);
    if (args.size() < 2)
        return usageError(context, tr("give a device and at least one characteristic"));
    CliSubscription::Limits limits;
    if (parser.isSet(countOption)) {
        const auto n = count(parser.value(countOption));
        if (!n)
            return usageError(
                context, tr("--count: \"%1\" is not a positive whole number").arg(parser.value(countOption)));
        limits.count = *n;
    }
    if (parser.isSet(durationOption)) {
        const auto ms = durationMs(parser.value(durationOption));
        if (!ms)
            return usageError(context,
                              tr("--duration: \"%1\" is not a positive number of seconds")
                                  .arg(parser.value(durationOption)));
        limits.durationMs = *ms;
    }
    if (parser.isSet(hexOnly) && parser.isSet(decodedOnly))
        return usageError(context, tr("--hex and --decoded exclude each other"));

    CliDevice device(context, name());
    // Files first: a path that cannot be written fails before anything is opened.
    NotificationRecorder csvRecorder(device.hub());
    NotificationRecorder jsonlRecorder(device.hub());
    Error fileError;
    for (auto [option, recorder, format] :
         { std::tuple { &csv, &csvRecorder, NotificationRecorder::Format::Csv },
           std::tuple { &jsonl, &jsonlRecorder, NotificationRecorder::Format::JsonLines } }) {
        if (!parser.isSet(*option))
            continue;
        if (const Error e = recorder->start(parser.value(*option), format))
            return fail(context, e.toString(), ExitFailure);
        QObject::connect(recorder, &NotificationRecorder::errorOccurred, recorder,
                         [&fileError](const Error &e) {
                             if (!fileError)
                                 fileError = e;
                         });
    }
    QFile snoopFile(parser.value(btsnoop));
    TrafficBtsnoopExporter snoop(&snoopFile);
    if (parser.isSet(btsnoop)
        && (!snoopFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || !snoop.writeHeader()))
        return fail(context, tr("cannot write %1: %2").arg(snoopFile.fileName(), snoopFile.errorString()),
                    ExitFailure);
    bool snoopLinkClosed = false; // the capture holds the disconnect
    const auto snoopWrite = [&](const TrafficEntry &entry) {
        if (entry.event == TrafficEntry::Event::Disconnected)
            snoopLinkClosed = true;
        if (snoopFile.isOpen() && !snoop.write(entry) && !fileError)
            fileError = Error(Error::Kind::Backend,
                              tr("cannot write %1: %2").arg(snoopFile.fileName(), snoopFile.errorString()));
    };

    if (const int code = device.open(args.first()))
        return code;
    DeviceSession *session = device.session();
    // The capture begins with the link as it opened: Connected and Discovered at their real
    // times (the exporter replays discovery from the database that entry carries, and names
    // our side with the dongle's address). The session's state backs them up.
    snoop.setSession(*session);
    for (const TrafficEntry &entry : device.openingTraffic())
        snoopWrite(entry);
    QObject::connect(session, &DeviceSession::trafficRecorded, session, snoopWrite);

    QList<quint16> handles;
    for (const QString &text : args.mid(1)) {
        int code = ExitOk;
        const std::optional<AttributeRef> ref = device.resolve(text, &code);
        if (!ref)
            return code;
        if (!ref->isValue())
            return device.fail(tr("%1 is a descriptor; give a characteristic").arg(text), ExitUsageError);
        handles.append(ref->handle);
    }
    CliSubscription subscription(device, handles);
    if (const int code = subscription.subscribe(parser.isSet(indicate) ? Connection::Subscription::Indicate
                                                                       : Connection::Subscription::Off))
        return code;
    if (snoopFile.isOpen())
        QObject::connect(device.hub(), &NotificationHub::batchAdded, &snoopFile,
                         [&snoopFile] { snoopFile.flush(); });

    const bool showHex = !parser.isSet(decodedOnly);
    const bool showDecoded = !parser.isSet(hexOnly);
    const qint64 started = subscription.startedUs();
    const auto sink = [&](quint16 handle, const NotificationSample &sample) {
        if (snoopFile.isOpen())
            snoopWrite(session->notificationEntry(handle, sample));
        const double elapsedMs = double(sample.timestampUs - started) / 1000.0;
        const QString name = session->attributeName(handle);
        const QByteArray bytes = sample.value.toByteArray();
        if (context.json) {
            QJsonObject o;
            if (sample.isGap()) {
                o = QJsonObject { { QStringLiteral("gap"), true },
                                  { QStringLiteral("missing"), qint64(sample.missing) } };
            } else {
                o = GattJson::value(*session, handle, bytes);
                o.insert(QStringLiteral("kind"),
                         sample.kind == Notification::Kind::Indication ? QStringLiteral("indication")
                                                                       : QStringLiteral("notification"));
            }
            o.insert(QStringLiteral("timestampMs"), double(sample.timestampUs) / 1000.0);
            o.insert(QStringLiteral("elapsedMs"), elapsedMs);
            o.insert(QStringLiteral("handle"), handle);
            o.insert(QStringLiteral("name"), name);
            writeJsonLine(context, o);
        } else {
            using Terminal::Colour;
            context.out << Terminal::paint(context, QStringLiteral("%1 ms").arg(elapsedMs, 9, 'f', 1),
                                           Colour::Dim)
                        << QLatin1String("  ") << Terminal::paint(context, name, Colour::Bold)
                        << QLatin1String("  ");
            if (sample.isGap()) {
                context.out << Terminal::paint(
                    context, tr("(%n value(s) dropped)", nullptr, int(sample.missing)), Colour::Red);
            } else {
                const auto decoder = session->decoder(handle);
                const DecodedValue decoded = decoder ? decoder->decode(bytes) : ValueDecoder().decode(bytes);
                const bool isHex = decoded.source == DecodedValue::Source::Hex;
                if (showDecoded)
                    context.out << Terminal::paint(context, decoded.text, Colour::Green);
                // Hex beside the decoded value, unless the value is shown as hex anyway.
                if (showHex && !(showDecoded && isHex))
                    context.out << (showDecoded ? QLatin1String("  [") : QLatin1String("")) << toHex(bytes)
                                << (showDecoded ? QLatin1String("]") : QLatin1String(""));
            }
            context.out << u'\n';
            context.out.flush();
        }
        return context.out.status() == QTextStream::Ok;
    };
    const CliSubscription::End end = subscription.run(limits, sink);

    if (end != CliSubscription::End::LinkLost)
        subscription.unsubscribe();
    int code = ExitOk;
    switch (end) {
    case CliSubscription::End::LinkLost:
        code = device.fail(tr("lost the link to %1").arg(device.title()), subscription.linkError());
        break;
    case CliSubscription::End::SinkFailed:
        code = device.fail(tr("could not write the output"), ExitFailure);
        break;
    case CliSubscription::End::Duration:
        if (limits.count > 0)
            code = device.fail(tr("%1 of %2 values arrived within %3 s")
                                   .arg(subscription.valueCount())
                                   .arg(limits.count)
                                   .arg(limits.durationMs / 1000.0),
                               ExitTimeout);
        break;
    case CliSubscription::End::Count:
    case CliSubscription::End::Interrupted: break;
    }
    if (session->isConnected())
        device.await(session->disconnectFromDevice(), 2000);
    if (snoopFile.isOpen() && !snoopLinkClosed) {
        // The session records the disconnect when the link reports it, which may come after
        // disconnectFromDevice() finished: wait for it (briefly), so the capture shows it.
        QEventLoop loop;
        QObject::connect(session, &DeviceSession::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        if (!snoopLinkClosed)
            loop.exec();
    }
    csvRecorder.stop();
    jsonlRecorder.stop();
    if (snoopFile.isOpen()) {
        snoopFile.flush();
        snoopFile.close();
    }
    if (fileError && code == ExitOk)
        code = device.fail(fileError.message(), ExitFailure);
    return code;
}

} // namespace gattscope::cli
