// SPDX-License-Identifier: MIT
#include "cliapplication.h"

#include <cstdio>

namespace gattscope::cli {

void CliApplication::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand *CliApplication::command(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::helpText(const QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    text += u'\n' + tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        text += u"  " + command->name().leftJustified(width + 2) + command->summary() + u'\n';
    text += u'\n'
        + tr("Run '%1 <command> --help' for the options of a command.")
              .arg(QCoreApplication::applicationName())
        + u'\n';
    return text;
}

int CliApplication::exec(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context { out, err, arguments.value(0, QCoreApplication::applicationName()) };

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Explore Bluetooth Low Energy devices from the command line."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                 QStringLiteral("<command> [<args>...]"));

    if (!parser.parse(arguments)) {
        err << QCoreApplication::applicationName() << QLatin1String(": ") << parser.errorText() << u'\n'
            << tr("Try '%1 --help'.").arg(context.program) << u'\n';
        return ExitUsageError;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return ExitOk;
    }
    if (parser.isSet(help)) {
        out << helpText(parser);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << helpText(parser);
        return ExitUsageError;
    }
    CliCommand *selected = command(positional.first());
    if (!selected) {
        err << QCoreApplication::applicationName() << QLatin1String(": ")
            << tr("unknown command '%1'").arg(positional.first()) << u'\n'
            << tr("Try '%1 --help'.").arg(context.program) << u'\n';
        return ExitUsageError;
    }
    context.json = parser.isSet(json);
    return selected->run(positional.mid(1), context);
}

} // namespace gattscope::cli
