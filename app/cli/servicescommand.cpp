// SPDX-License-Identifier: MIT
#include "servicescommand.h"

#include "clidevice.h"
#include "gattjson.h"
#include "terminal.h"

#include <gattscope/core/session/attributenames.h>

namespace gattscope::cli {

namespace {
QString handleText(quint16 handle)
{
    return QStringLiteral("0x%1").arg(handle, 4, 16, QLatin1Char('0'));
}
} // namespace

QString ServicesCommand::summary() const
{
    return tr("Show the GATT tree of a device: services, characteristics, descriptors.");
}

int ServicesCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    if (const auto code
        = parseArguments(parser, arguments, context,
                         { { QStringLiteral("device"), tr("An address or an advertised name."),
                             QStringLiteral("<device>") } }))
        return *code;
    const QStringList args = positionalArguments(parser);
    if (args.size() != 1)
        return usageError(context, tr("give one device"));

    CliDevice device(context, name());
    if (const int code = device.open(args.first()))
        return code;
    const DeviceSession &session = *device.session();
    if (context.json) {
        writeJson(context,
                  QJsonObject { { QStringLiteral("device"), GattJson::device(device.device()) },
                                { QStringLiteral("services"), GattJson::services(session) } });
        return ExitOk;
    }

    using Terminal::Colour;
    context.out << Terminal::paint(context, device.title(), Colour::Bold) << u' '
                << device.device().address.toString() << u'\n';
    // Columns: handle, UUID (padded to the longest), properties, name.
    qsizetype uuidWidth = 4;
    for (const Service &s : session.database().services()) {
        uuidWidth = std::max(uuidWidth, s.uuid.toString().size());
        for (const Characteristic &c : s.characteristics) {
            uuidWidth = std::max(uuidWidth, c.uuid.toString().size());
            for (const Descriptor &d : c.descriptors)
                uuidWidth = std::max(uuidWidth, d.uuid.toString().size());
        }
    }
    for (const Service &s : session.database().services()) {
        context.out << handleText(s.startHandle) << QLatin1String("..") << handleText(s.endHandle) << u' '
                    << Terminal::paint(context, Terminal::pad(s.uuid.toString(), uuidWidth), Colour::Cyan)
                    << u' '
                    << Terminal::paint(context,
                                       AttributeNames::displayName(s.uuid, AttributeNames::Kind::Service),
                                       Colour::Bold)
                    << (s.primary ? QString() : tr(" (secondary)")) << u'\n';
        for (const Characteristic &c : s.characteristics) {
            context.out << QLatin1String("  ") << handleText(c.valueHandle) << u' '
                        << Terminal::paint(context, Terminal::pad(c.uuid.toString(), uuidWidth + 6),
                                           Colour::Cyan)
                        << Terminal::pad(propertyBadges(c.properties), 14) << u' '
                        << AttributeNames::displayName(c) << u'\n';
            for (const Descriptor &d : c.descriptors) {
                context.out << QLatin1String("    ") << handleText(d.handle) << u' '
                            << Terminal::paint(context, Terminal::pad(d.uuid.toString(), uuidWidth + 4 + 15),
                                               Colour::Dim)
                            << AttributeNames::displayName(d.uuid, AttributeNames::Kind::Descriptor) << u'\n';
            }
        }
    }
    return ExitOk;
}

} // namespace gattscope::cli
