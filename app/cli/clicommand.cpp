// SPDX-License-Identifier: MIT
#include "clicommand.h"

#include <gattscope/core/base/error.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace gattscope::cli {

int exitCodeFor(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::None: return ExitOk;
    case Error::Kind::Att:
    case Error::Kind::Security: return ExitAttError;
    case Error::Kind::NotFound: return ExitNotFound;
    case Error::Kind::Timeout: return ExitTimeout;
    case Error::Kind::Disconnected:
    case Error::Kind::TransportLost:
    case Error::Kind::Controller: return ExitLinkLost;
    case Error::Kind::InvalidArgument:
    case Error::Kind::Protocol: return ExitDataError;
    default: break;
    }
    return ExitFailure;
}

std::optional<int> CliCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                              CliContext &context, const QList<Positional> &positionals)
{
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOption(json);
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     tr("The radio: demo, bgapi:auto, bgapi:/dev/ttyACM0, gatttool:hci0 "
                                        "(default: $GATTSCOPE_BACKEND, else bgapi:auto)."),
                                     tr("URI"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up a step (open, find, connect, an operation) after S seconds "
                                        "(default 10)."),
                                     tr("S"));
    if (usesBackend())
        parser.addOptions({ backend, timeout });
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
    if (usesBackend()) {
        if (parser.isSet(backend))
            context.backendUri = parser.value(backend);
        if (parser.isSet(timeout)) {
            bool ok = false;
            const double seconds = parser.value(timeout).toDouble(&ok);
            if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600)
                return usageError(context,
                                  tr("--timeout: \"%1\" is not a number of seconds from 0 to 3600")
                                      .arg(parser.value(timeout)));
            context.timeoutMs = std::max(1, int(std::lround(seconds * 1000)));
        }
    }
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
    context.err.flush();
    return ExitUsageError;
}

int CliCommand::fail(CliContext &context, const QString &message, int code) const
{
    context.out.flush();
    context.err << QCoreApplication::applicationName() << QLatin1String(": ") << name() << QLatin1String(": ")
                << message << u'\n';
    context.err.flush();
    return code;
}

int CliCommand::fail(CliContext &context, const QString &what, const Error &error) const
{
    return fail(context, what.isEmpty() ? error.toString() : what + QLatin1String(": ") + error.toString(),
                exitCodeFor(error));
}

void CliCommand::writeJson(CliContext &context, const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void CliCommand::writeJsonLine(CliContext &context, const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << u'\n';
    context.out.flush();
}

} // namespace gattscope::cli
