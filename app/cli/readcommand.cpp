// SPDX-License-Identifier: MIT
#include "readcommand.h"

#include "clidevice.h"
#include "gattjson.h"
#include "terminal.h"

#include <gattscope/core/base/hexcodec.h>

namespace gattscope::cli {

QString ReadCommand::summary() const
{
    return tr("Read characteristic or descriptor values.");
}

int ReadCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u'\n'
        + tr("CHARACTERISTIC is a UUID (2a19, 0x2A37, 128-bit), SERVICE/UUID (180d/2a37), or a handle "
             "(0x0012, 18)."));
    const QCommandLineOption hexOnly(QStringLiteral("hex"), tr("Print only the bytes, as hex."));
    const QCommandLineOption longRead(QStringLiteral("long"),
                                      tr("Always read with Read Blob (long values)."));
    parser.addOptions({ hexOnly, longRead });
    if (const auto code
        = parseArguments(parser, arguments, context,
                         { { QStringLiteral("device"), tr("An address or an advertised name."),
                             QStringLiteral("<device>") },
                           { QStringLiteral("characteristic"), tr("What to read."),
                             QStringLiteral("<characteristic>...") } }))
        return *code;
    const QStringList args = positionalArguments(parser);
    if (args.size() < 2)
        return usageError(context, tr("give a device and at least one characteristic"));

    CliDevice device(context, name());
    if (const int code = device.open(args.first()))
        return code;
    QJsonArray results;
    for (const QString &text : args.mid(1)) {
        int code = ExitOk;
        const std::optional<AttributeRef> ref = device.resolve(text, &code);
        if (!ref)
            return code;
        const Result<QByteArray> value = device.await(device.session()->read(
            ref->handle, parser.isSet(longRead) ? Connection::ReadMode::Long : Connection::ReadMode::Auto));
        if (!value.ok())
            return device.fail(tr("reading %1").arg(text), value.error());
        const QString attributeName = device.session()->attributeName(ref->handle);
        const Uuid uuid = ref->descriptor ? ref->descriptor->uuid : ref->characteristic->uuid;
        if (context.json) {
            QJsonObject o = GattJson::value(*device.session(), ref->handle, value.value());
            o.insert(QStringLiteral("handle"), ref->handle);
            o.insert(QStringLiteral("uuid"), uuid.toString());
            o.insert(QStringLiteral("name"), attributeName);
            results.append(o);
            continue;
        }
        if (parser.isSet(hexOnly)) {
            context.out << toHex(value.value()) << u'\n';
            continue;
        }
        const auto decoder = device.session()->decoder(ref->handle);
        const DecodedValue decoded
            = decoder ? decoder->decode(value.value()) : ValueDecoder().decode(value.value());
        using Terminal::Colour;
        context.out << Terminal::paint(context, attributeName, Colour::Bold) << u' '
                    << Terminal::paint(context,
                                       QStringLiteral("(%1, 0x%2)")
                                           .arg(uuid.toString())
                                           .arg(ref->handle, 4, 16, QLatin1Char('0')),
                                       Colour::Dim)
                    << QLatin1String(": ") << Terminal::paint(context, decoded.text, Colour::Green);
        if (decoded.source != DecodedValue::Source::Hex)
            context.out << QLatin1String("  ")
                        << Terminal::paint(context, u'[' + toHex(value.value()) + u']', Colour::Dim);
        context.out << u'\n';
    }
    if (context.json)
        writeJson(context, results.size() == 1 ? QJsonValue(results.first()) : QJsonValue(results));
    return ExitOk;
}

} // namespace gattscope::cli
