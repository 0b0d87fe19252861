// SPDX-License-Identifier: MIT
#include "clicommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gattscope::cli {

std::optional<int> CliCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                              CliContext &context, const QList<Positional> &positionals)
{
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOption(json);
    // The command name is the first positional argument, so the usage line reads
    // "gattscope-cli [options] uuid <uuid>...".
    parser.addPositionalArgument(name(), summary(), name());
    for (const Positional &positional : positionals)
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);

    if (!parser.parse(QStringList { context.program, name() } + arguments))
        return usageError(context, parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return ExitOk;
    }
    context.json = context.json || parser.isSet(json);
    return std::nullopt;
}

QStringList CliCommand::positionalArguments(const QCommandLineParser &parser)
{
    return parser.positionalArguments().mid(1);
}

int CliCommand::usageError(CliContext &context, const QString &message) const
{
    context.err << QCoreApplication::applicationName() << QLatin1String(": ") << name() << QLatin1String(": ")
                << message << u'\n' << tr("Try '%1 %2 --help'.").arg(context.program, name()) << u'\n';
    return ExitUsageError;
}

void CliCommand::writeJson(CliContext &context, const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace gattscope::cli
