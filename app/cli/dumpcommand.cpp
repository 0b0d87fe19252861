// SPDX-License-Identifier: MIT
#include "dumpcommand.h"

#include "advertisingjson.h"
#include "clidevice.h"
#include "clisubscription.h"
#include "gattjson.h"
#include "terminal.h"

#include <gattscope/core/export/profilewriter.h>
#include <gattscope/core/session/attributenames.h>

#include <cmath>

namespace gattscope::cli {

QString DumpCommand::summary() const
{
    return tr("Read everything readable and print the device as JSON; clone it into a profile.");
}

QJsonObject DumpCommand::valueOrError(CliDevice &device, quint16 handle, bool readable, int *failures)
{
    if (!readable)
        return {};
    const Result<QByteArray> value = device.await(device.session()->read(handle));
    if (value.ok())
        return GattJson::value(*device.session(), handle, value.value());
    QJsonObject o { { QStringLiteral("error"), value.error().toString() } };
    if (value.error().kind() == Error::Kind::Att)
        o.insert(QStringLiteral("attError"), value.error().code());
    else
        ++*failures; // not the device's answer: the link, a timeout …
    return o;
}

int DumpCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Also write a virtual-peripheral profile of the device "
                                        "(gattscope-sim --profile FILE)."),
                                     tr("FILE"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    tr("With --profile: record S seconds of notifications and indications to "
                                       "replay."),
                                    tr("S"));
    parser.addOptions({ profile, record });
    if (const auto code
        = parseArguments(parser, arguments, context,
                         { { QStringLiteral("device"), tr("An address or an advertised name."),
                             QStringLiteral("<device>") } }))
        return *code;
    const QStringList args = positionalArguments(parser);
    if (args.size() != 1)
        return usageError(context, tr("give one device"));
    int recordMs = 0;
    if (parser.isSet(record)) {
        if (!parser.isSet(profile))
            return usageError(context, tr("--record goes with --profile"));
        bool ok = false;
        const double s = parser.value(record).toDouble(&ok);
        if (!ok || !std::isfinite(s) || s <= 0 || s > 3600)
            return usageError(
                context,
                tr("--record: \"%1\" is not a number of seconds from 0 to 3600").arg(parser.value(record)));
        recordMs = int(std::lround(s * 1000));
    }

    CliDevice device(context, name());
    if (const int code = device.open(args.first()))
        return code;
    DeviceSession *session = device.session();

    // Every value first (the database keeps them for the profile), then the JSON.
    int failures = 0;
    QHash<quint16, QJsonObject> values;
    for (const Service &s : session->database().services()) {
        for (const Characteristic &c : s.characteristics) {
            Terminal::progress(context, tr("Reading %1…").arg(AttributeNames::displayName(c)));
            values.insert(c.valueHandle,
                          valueOrError(device, c.valueHandle,
                                       c.properties.testFlag(CharacteristicProperty::Read), &failures));
            for (const Descriptor &d : c.descriptors)
                values.insert(d.handle, valueOrError(device, d.handle, true, &failures));
            if (!session->isConnected())
                break;
        }
    }
    Terminal::clearProgress(context);
    if (!session->isConnected())
        return device.fail(tr("lost the link to %1").arg(device.title()),
                           device.explain(Error(Error::Kind::Disconnected,
                                                disconnectReasonText(session->lastDisconnectReason()))));
    if (failures > 0)
        return device.fail(tr("%n value(s) could not be read", nullptr, failures), ExitTimeout);

    QJsonArray services = GattJson::services(*session);
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject s = services.at(i).toObject();
        QJsonArray characteristics = s.value(QStringLiteral("characteristics")).toArray();
        for (qsizetype j = 0; j < characteristics.size(); ++j) {
            QJsonObject c = characteristics.at(j).toObject();
            const QJsonObject value = values.value(quint16(c.value(QStringLiteral("valueHandle")).toInt()));
            if (!value.isEmpty())
                c.insert(QStringLiteral("value"), value);
            QJsonArray descriptors = c.value(QStringLiteral("descriptors")).toArray();
            for (qsizetype k = 0; k < descriptors.size(); ++k) {
                QJsonObject d = descriptors.at(k).toObject();
                d.insert(QStringLiteral("value"),
                         values.value(quint16(d.value(QStringLiteral("handle")).toInt())));
                descriptors[k] = d;
            }
            c.insert(QStringLiteral("descriptors"), descriptors);
            characteristics[j] = c;
        }
        s.insert(QStringLiteral("characteristics"), characteristics);
        services[i] = s;
    }
    QJsonObject deviceJson = GattJson::device(device.device());
    deviceJson.insert(QStringLiteral("advertising"),
                      advertisingDataToJson(device.device().data, device.device().advertisement,
                                            device.device().scanResponse.isEmpty()
                                                ? std::nullopt
                                                : std::optional<QByteArray>(device.device().scanResponse)));

    if (parser.isSet(profile)) {
        ProfileWriter writer(session->database(), device.device().name(), device.device().address);
        writer.setAdvertisingData(device.device().advertisement);
        writer.setScanResponseData(device.device().scanResponse);
        writer.setConnectable(device.device().connectable);
        writer.setReadFailures(session->readFailures()); // the notes say why a value is missing
        if (device.device().rssi != 127)
            writer.setRssi(device.device().rssi);
        if (recordMs > 0) {
            QList<quint16> pushing;
            for (const Service &s : session->database().services()) {
                for (const Characteristic &c : s.characteristics) {
                    if (c.properties.testAnyFlags(CharacteristicProperty::Notify
                                                  | CharacteristicProperty::Indicate)
                        && c.cccdHandle())
                        pushing.append(c.valueHandle);
                }
            }
            CliSubscription subscription(device, pushing);
            if (const int code = subscription.subscribe())
                return code;
            Terminal::progress(context, tr("Recording for %1 s…").arg(recordMs / 1000.0));
            QHash<quint16, QList<ProfileWriter::RecordedValue>> recorded;
            const qint64 started = subscription.startedUs();
            const CliSubscription::End end = subscription.run(
                { 0, recordMs }, [&](quint16 handle, const NotificationSample &sample) {
                    if (!sample.isGap())
                        recorded[handle].append({ std::max<qint64>(0, (sample.timestampUs - started) / 1000),
                                                  sample.value.toByteArray() });
                    return true;
                });
            Terminal::clearProgress(context);
            if (end == CliSubscription::End::LinkLost)
                return device.fail(tr("lost the link to %1").arg(device.title()), subscription.linkError());
            if (end == CliSubscription::End::Interrupted)
                return device.fail(tr("interrupted; no profile written"), ExitFailure);
            subscription.unsubscribe();
            for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
                writer.setRecording(it.key(), it.value());
            int count = 0;
            for (const auto &list : std::as_const(recorded))
                count += int(list.size());
            deviceJson.insert(QStringLiteral("recordedValues"), count);
        }
        QStringList notes;
        if (const Error e = writer.save(parser.value(profile), &notes))
            return device.fail(e.message(), ExitFailure);
        for (const QString &note : std::as_const(notes))
            context.err << QCoreApplication::applicationName() << QLatin1String(": ") << name()
                        << QLatin1String(": ") << tr("note: %1").arg(note) << u'\n';
        context.err.flush();
    }
    writeJson(
        context,
        QJsonObject { { QStringLiteral("device"), deviceJson }, { QStringLiteral("services"), services } });
    return ExitOk;
}

} // namespace gattscope::cli
