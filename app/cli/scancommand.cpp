// SPDX-License-Identifier: MIT
#include "scancommand.h"

#include "advertisingjson.h"
#include "clidevice.h"
#include "terminal.h"

#include <gattscope/app/common/signalwatcher.h>
#include <gattscope/core/discovery/scanfilter.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace gattscope::cli {

namespace {
QString servicesText(const DiscoveredDevice &device)
{
    QStringList uuids;
    for (const Uuid &uuid : device.data.serviceUuids())
        uuids.append(uuid.toString());
    return uuids.join(u',');
}

QJsonObject reportJson(const DiscoveredDevice &d)
{
    QJsonObject o { { QStringLiteral("timestampMs"), double(d.lastSeenUs) / 1000.0 },
                    { QStringLiteral("address"), d.address.toString() },
                    { QStringLiteral("addressType"),
                      d.address.isRandom() ? QStringLiteral("random") : QStringLiteral("public") },
                    { QStringLiteral("rssi"), d.rssi == 127 ? QJsonValue() : QJsonValue(d.rssi) },
                    { QStringLiteral("connectable"), d.connectable },
                    { QStringLiteral("name"), d.name() },
                    { QStringLiteral("advertisement"), QString::fromLatin1(d.advertisement.toHex()) } };
    if (!d.scanResponse.isEmpty())
        o.insert(QStringLiteral("scanResponse"), QString::fromLatin1(d.scanResponse.toHex()));
    o.insert(QStringLiteral("summary"),
             advertisingDataToJson(d.data, d.advertisement).value(QStringLiteral("summary")));
    return o;
}
} // namespace

QString ScanCommand::summary() const
{
    return tr("List the devices that advertise nearby.");
}

QString ScanCommand::row(const CliContext &context, const DiscoveredDevice &d, qsizetype nameWidth)
{
    using Terminal::Colour;
    const QString rssi = d.rssi == 127 ? QStringLiteral("   ?") : QStringLiteral("%1").arg(int(d.rssi), 4);
    const QString name = d.name().isEmpty() ? tr("(no name)") : d.name();
    return d.address.toString() + QLatin1String("  ") + Terminal::paint(context, rssi, Colour::Yellow)
        + QLatin1String(" dBm  ")
        + Terminal::paint(context, Terminal::pad(name, nameWidth),
                          d.name().isEmpty() ? Colour::Dim : Colour::Bold)
        + QLatin1String("  ") + Terminal::paint(context, servicesText(d), Colour::Cyan);
}

int ScanCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      tr("Stop after S seconds (default: Ctrl-C)."), tr("S"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Only names that contain TEXT."),
                                        tr("TEXT"));
    const QCommandLineOption regex(QStringLiteral("name-regex"),
                                   tr("Only names that match the regular expression."), tr("RE"));
    const QCommandLineOption address(QStringLiteral("address"), tr("Only this address."), tr("ADDRESS"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("Only devices that advertise this service "
                                        "(repeatable: all of them)."),
                                     tr("UUID"));
    const QCommandLineOption minRssi(QStringLiteral("min-rssi"), tr("Only reports at least this strong."),
                                     tr("DBM"));
    const QCommandLineOption passive(QStringLiteral("passive"), tr("Passive scan: no scan requests."));
    parser.addOptions({ duration, nameOption, regex, address, service, minRssi, passive });
    if (const auto code = parseArguments(parser, arguments, context, {}))
        return *code;
    if (!positionalArguments(parser).isEmpty())
        return usageError(context, tr("unexpected argument \"%1\"").arg(positionalArguments(parser).first()));

    ScanFilter filter;
    filter.nameContains = parser.value(nameOption);
    if (parser.isSet(regex)) {
        filter.nameRegex = QRegularExpression(parser.value(regex), QRegularExpression::CaseInsensitiveOption);
        if (!filter.nameRegex.isValid())
            return usageError(context, tr("--name-regex: %1").arg(filter.nameRegex.errorString()));
    }
    if (parser.isSet(address)) {
        filter.address = DeviceAddress::fromString(parser.value(address));
        if (!filter.address)
            return usageError(context, tr("--address: \"%1\" is not an address").arg(parser.value(address)));
    }
    for (const QString &text : parser.values(service)) {
        const auto uuid = Uuid::fromString(text);
        if (!uuid)
            return usageError(context, tr("--service: \"%1\" is not a UUID").arg(text));
        filter.services.append(*uuid);
    }
    if (parser.isSet(minRssi)) {
        bool ok = false;
        const int dbm = parser.value(minRssi).toInt(&ok);
        if (!ok || dbm < -127 || dbm > 20)
            return usageError(
                context,
                tr("--min-rssi: \"%1\" is not a whole number from -127 to 20").arg(parser.value(minRssi)));
        filter.minRssi = dbm;
    }
    int durationMs = 0;
    if (parser.isSet(duration)) {
        bool ok = false;
        const double s = parser.value(duration).toDouble(&ok);
        if (!ok || !std::isfinite(s) || s <= 0 || s > 7 * 24 * 3600)
            return usageError(
                context,
                tr("--duration: \"%1\" is not a positive number of seconds").arg(parser.value(duration)));
        durationMs = int(std::lround(s * 1000));
    }

    CliDevice device(context, name());
    if (const int code = device.openBackend())
        return code;
    Backend *backend = device.backend();
    DiscoveredDevices devices;
    QList<bool> announced;
    const bool live = !context.json && context.terminal;
    int drawnLines = 0;
    bool writeFailed = false;
    const auto draw = [&] {
        QList<const DiscoveredDevice *> shown;
        qsizetype nameWidth = 9;
        for (const DiscoveredDevice &d : devices.devices()) {
            if (filter.matches(d)) {
                shown.append(&d);
                nameWidth = std::max(nameWidth, d.name().size());
            }
        }
        std::stable_sort(
            shown.begin(), shown.end(),
            [](const DiscoveredDevice *a, const DiscoveredDevice *b) { return a->rssi > b->rssi; });
        if (drawnLines > 0)
            context.out
                << QStringLiteral("\r\x1b[%1A").arg(drawnLines); // column 0: a ^C echo may have moved it
        context.out << QLatin1String("\x1b[J")
                    << Terminal::paint(context,
                                       tr("%n device(s) · Ctrl-C to stop", nullptr, int(shown.size())),
                                       Terminal::Colour::Dim)
                    << u'\n';
        for (const DiscoveredDevice *d : std::as_const(shown))
            context.out << row(context, *d, nameWidth) << u'\n';
        context.out.flush();
        drawnLines = int(shown.size()) + 1;
    };

    QEventLoop loop;
    Error lost;
    QObject::connect(backend, &Backend::advertisementsReceived, &loop,
                     [&](const QList<Advertisement> &batch) {
                         for (qsizetype i : devices.update(batch)) {
                             const DiscoveredDevice &d = devices.devices().at(i);
                             announced.resize(devices.devices().size());
                             if (!filter.matches(d))
                                 continue;
                             if (context.json) {
                                 writeJsonLine(context, reportJson(d));
                             } else if (!live && !announced.at(i)) {
                                 context.out << row(context, d, 16) << u'\n';
                                 context.out.flush();
                             }
                             announced[i] = true;
                         }
                         if (context.out.status() != QTextStream::Ok) {
                             writeFailed = true;
                             loop.quit();
                         }
                     });
    QObject::connect(backend, &Backend::errorOccurred, &loop, [&](const Error &error) {
        if (error.kind() == Error::Kind::TransportLost) {
            lost = error;
            loop.quit();
        }
    });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, &QEventLoop::quit);
    QTimer stopTimer;
    stopTimer.setSingleShot(true);
    QObject::connect(&stopTimer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer redraw;
    if (live) {
        QObject::connect(&redraw, &QTimer::timeout, &loop, draw);
        redraw.start(300);
        draw();
    }
    ScanOptions options;
    options.active = !parser.isSet(passive);
    const Status started = device.await(backend->startScan(options));
    if (!started.ok())
        return device.fail(tr("cannot scan"), started.error());
    if (durationMs > 0)
        stopTimer.start(durationMs);
    loop.exec();
    if (live && !writeFailed)
        draw();
    if (lost)
        return device.fail(QString(), lost);
    awaitResult(backend->stopScan(), 2000);
    if (writeFailed)
        return device.fail(tr("could not write the output"), ExitFailure);
    return ExitOk;
}

} // namespace gattscope::cli
