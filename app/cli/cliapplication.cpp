// SPDX-License-Identifier: MIT
#include "cliapplication.h"

#include <gattscope/app/common/console.h>

#include <QProcessEnvironment>

#include <cmath>
#include <cstdio>
#include <cstring>

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
    CliContext context { out, err };
    context.program = arguments.value(0, QCoreApplication::applicationName());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Explore Bluetooth Low Energy devices from the command line."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOption(json);
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     tr("The radio: demo, bgapi:auto, bgapi:/dev/ttyACM0, bluez: (the "
                                        "system's default Bluetooth adapter), bluez:hci1, gatttool:hci0 "
                                        "(default: $GATTSCOPE_BACKEND, else bgapi:auto)."),
                                     tr("URI"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up a step (open, find, connect, an operation) after S seconds "
                                        "(default 10)."),
                                     tr("S"));
    parser.addOptions({ backend, timeout });
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
    context.backendUri = qEnvironmentVariable("GATTSCOPE_BACKEND", QStringLiteral("bgapi:auto"));
    if (parser.isSet(backend))
        context.backendUri = parser.value(backend);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600) {
            err << QCoreApplication::applicationName() << QLatin1String(": ")
                << tr("--timeout: \"%1\" is not a number of seconds from 0 to 3600")
                       .arg(parser.value(timeout))
                << u'\n';
            return ExitUsageError;
        }
        context.timeoutMs = std::max(1, int(std::lround(seconds * 1000)));
    }
    context.terminal = console::stdoutIsTerminal();
    context.colour = context.terminal && qEnvironmentVariableIsEmpty("NO_COLOR");
    context.progress = console::stderrIsTerminal();

    int code = selected->run(positional.mid(1), context);
    // Output that did not reach its file (a full disk, > /dev/full) is a failure, not a
    // success with nothing written.
    out.flush();
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << QCoreApplication::applicationName() << QLatin1String(": ")
            << tr("could not write the output: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))
            << u'\n';
        if (code == ExitOk)
            code = ExitFailure;
    }
    err.flush();
    return code;
}

} // namespace gattscope::cli
