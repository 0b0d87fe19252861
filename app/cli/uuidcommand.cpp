// SPDX-License-Identifier: MIT
#include "uuidcommand.h"

#include <gattscope/core/base/uuid.h>
#include <gattscope/core/numbers/assignednumbers.h>

#include <QJsonArray>
#include <QJsonObject>

namespace gattscope::cli {

namespace {
// Stable identifiers for JSON (the text output uses the translated names).
QString kindId(AssignedNumbers::UuidKind kind)
{
    switch (kind) {
    case AssignedNumbers::UuidKind::Service: return QStringLiteral("service");
    case AssignedNumbers::UuidKind::Characteristic: return QStringLiteral("characteristic");
    case AssignedNumbers::UuidKind::Descriptor: return QStringLiteral("descriptor");
    case AssignedNumbers::UuidKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

int widthBits(Uuid::Width width)
{
    switch (width) {
    case Uuid::Width::Bits16: return 16;
    case Uuid::Width::Bits32: return 32;
    case Uuid::Width::Bits128: break;
    }
    return 128;
}
} // namespace

QString UuidCommand::summary() const
{
    return tr("Show the canonical form, short form, name and kind of UUIDs.");
}

int UuidCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u'\n'
        + tr("Accepts 16-bit (180D, 0x180d), 32-bit (8 hex digits) and 128-bit UUIDs with or without "
             "dashes and braces. Names come from the Bluetooth assigned numbers and your names.json."));
    if (const auto code = parseArguments(
            parser, arguments, context,
            { { QStringLiteral("uuid"), tr("The UUIDs to look up."), QStringLiteral("<uuid>...") } }))
        return *code;
    const QStringList inputs = positionalArguments(parser);
    if (inputs.isEmpty())
        return usageError(context, tr("give at least one UUID"));

    const AssignedNumbers &numbers = AssignedNumbers::instance();
    if (const QString problem = numbers.lastError(); !problem.isEmpty())
        context.err << QCoreApplication::applicationName() << QLatin1String(": ")
                    << tr("warning: %1").arg(problem) << u'\n';

    int exitCode = ExitOk;
    QJsonArray results;
    bool first = true;
    for (const QString &input : inputs) {
        const auto uuid = Uuid::fromString(input);
        if (!uuid) {
            exitCode = ExitDataError;
            const QString message = tr("'%1' is not a UUID").arg(input);
            if (context.json)
                results.append(QJsonObject { { QStringLiteral("input"), input },
                                             { QStringLiteral("valid"), false },
                                             { QStringLiteral("error"), message } });
            context.err << QCoreApplication::applicationName() << QLatin1String(": ") << name()
                        << QLatin1String(": ") << message << u'\n';
            continue;
        }
        const QString uuidName = numbers.name(*uuid);
        const auto kind = numbers.kind(*uuid);
        if (context.json) {
            results.append(QJsonObject {
                { QStringLiteral("input"), input },
                { QStringLiteral("valid"), true },
                { QStringLiteral("canonical"), uuid->toCanonicalString() },
                { QStringLiteral("short"), uuid->toString() },
                { QStringLiteral("width"), widthBits(uuid->minimumWidth()) },
                { QStringLiteral("name"), uuidName },
                { QStringLiteral("kind"), kindId(kind) },
            });
            continue;
        }
        if (!first)
            context.out << u'\n';
        first = false;
        context.out << input << u'\n' << QLatin1String("  ") << tr("canonical:") << u' '
                    << uuid->toCanonicalString() << u'\n' << QLatin1String("  ") << tr("short:") << u' '
                    << uuid->toString() << u'\n' << QLatin1String("  ") << tr("name:") << u' '
                    << (uuidName.isEmpty() ? tr("(unknown)") : uuidName) << u'\n' << QLatin1String("  ")
                    << tr("kind:") << u' ' << AssignedNumbers::kindName(kind) << u'\n';
    }
    if (context.json)
        writeJson(context, results);
    return exitCode;
}

} // namespace gattscope::cli
