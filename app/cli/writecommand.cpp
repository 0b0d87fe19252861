// SPDX-License-Identifier: MIT
#include "writecommand.h"

#include "clidevice.h"
#include "terminal.h"
#include "valueinput.h"

#include <gattscope/core/base/hexcodec.h>

#include <QJsonObject>

namespace gattscope::cli {

QString WriteCommand::summary() const
{
    return tr("Write a value to a characteristic or descriptor.");
}

int WriteCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption hex(QStringLiteral("hex"), tr("The bytes, as hex (\"01 00\", 0x0100)."),
                                 tr("HEX"));
    const QCommandLineOption text(QStringLiteral("text"), tr("UTF-8 text (\\n, \\xNN escapes)."), tr("TEXT"));
    const QCommandLineOption value(QStringLiteral("value"),
                                   tr("A typed value; without --format in the characteristic's own format."),
                                   tr("VALUE"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("The type of --value: %1, or a field layout such as <hhh.").arg(ValueInput::formatNames()),
        tr("FORMAT"));
    const QCommandLineOption noResponse(QStringLiteral("no-response"),
                                        tr("Write Command: no response, no confirmation."));
    const QCommandLineOption longWrite(QStringLiteral("long"),
                                       tr("Prepared writes (values longer than MTU-3)."));
    parser.addOptions({ hex, text, value, format, noResponse, longWrite });
    if (const auto code
        = parseArguments(parser, arguments, context,
                         { { QStringLiteral("device"), tr("An address or an advertised name."),
                             QStringLiteral("<device>") },
                           { QStringLiteral("characteristic"), tr("What to write."),
                             QStringLiteral("<characteristic>") } }))
        return *code;
    const QStringList args = positionalArguments(parser);
    if (args.size() != 2)
        return usageError(context, tr("give a device and a characteristic"));
    const int given = int(parser.isSet(hex)) + int(parser.isSet(text)) + int(parser.isSet(value));
    if (given != 1)
        return usageError(context, tr("give the value with one of --hex, --text or --value"));
    if (parser.isSet(format) && !parser.isSet(value))
        return usageError(context, tr("--format goes with --value"));
    if (parser.isSet(noResponse) && parser.isSet(longWrite))
        return usageError(context, tr("--no-response and --long exclude each other"));

    // Everything that does not need the device is checked before it is opened.
    std::optional<QByteArray> bytes;
    Result<QByteArray> parsed;
    if (parser.isSet(hex))
        parsed = ValueInput::hex(parser.value(hex));
    else if (parser.isSet(text))
        parsed = ValueInput::text(parser.value(text));
    else if (parser.isSet(format))
        parsed = ValueInput::typed(parser.value(value), parser.value(format));
    if (parser.isSet(hex) || parser.isSet(text) || parser.isSet(format)) {
        if (!parsed.ok())
            return fail(context, parsed.error().message(), ExitDataError);
        bytes = parsed.value();
    }

    CliDevice device(context, name());
    if (const int code = device.open(args.first()))
        return code;
    int code = ExitOk;
    const std::optional<AttributeRef> ref = device.resolve(args.at(1), &code);
    if (!ref)
        return code;
    if (!bytes) {
        const auto decoder = device.session()->decoder(ref->handle);
        const Result<QByteArray> typed
            = ValueInput::inRepresentation(parser.value(value), decoder ? *decoder : ValueDecoder());
        if (!typed.ok())
            return device.fail(typed.error().message(), ExitDataError);
        bytes = typed.value();
    }
    const Connection::WriteMode mode = parser.isSet(noResponse) ? Connection::WriteMode::Command
        : parser.isSet(longWrite)                               ? Connection::WriteMode::Long
                                                                : Connection::WriteMode::Auto;
    const Status written = device.await(device.session()->write(ref->handle, *bytes, mode));
    if (!written.ok())
        return device.fail(tr("writing %1").arg(args.at(1)), written.error());

    const QString attributeName = device.session()->attributeName(ref->handle);
    const Uuid uuid = ref->descriptor ? ref->descriptor->uuid : ref->characteristic->uuid;
    const QString modeKey = parser.isSet(noResponse) ? QStringLiteral("command")
        : parser.isSet(longWrite)                    ? QStringLiteral("long")
                                                     : QStringLiteral("request");
    if (context.json) {
        writeJson(context,
                  QJsonObject { { QStringLiteral("handle"), ref->handle },
                                { QStringLiteral("uuid"), uuid.toString() },
                                { QStringLiteral("name"), attributeName },
                                { QStringLiteral("hex"), QString::fromLatin1(bytes->toHex()) },
                                { QStringLiteral("mode"), modeKey } });
        return ExitOk;
    }
    context.out << tr("Wrote %n byte(s) to %1 (%2, 0x%3): %4", nullptr, int(bytes->size()))
                       .arg(Terminal::paint(context, attributeName, Terminal::Colour::Bold), uuid.toString())
                       .arg(ref->handle, 4, 16, QLatin1Char('0'))
                       .arg(bytes->isEmpty() ? tr("(empty)") : toHex(*bytes))
                << u'\n';
    return ExitOk;
}

} // namespace gattscope::cli
