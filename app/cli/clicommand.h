// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace gattscope::cli {

// Exit codes shared by every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitDataError = 1, // the input parsed as a command line but its data was bad/malformed
    ExitUsageError = 2, // unknown command or option, missing or unparsable argument
};

// Where a command writes: results to `out`, diagnostics to `err`.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString program; // argv[0] as the user typed it, for messages
    bool json = false; // --json was given before the command name
};

// One sub-command ("gattscope-cli <name> [options] [args]"). Notes for implementers:
// run() gets the arguments after the command name, parses them with parseArguments() (which
// adds --help and --json), writes its results to context.out and returns an ExitCode. Commands
// that talk to a backend later must still return from run() (no exit() calls), so main() can
// tear the backend down.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
public:
    virtual ~CliCommand() = default;
    // The word typed on the command line.
    virtual QString name() const = 0;
    // One line for the top-level --help.
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments, CliContext &context) = 0;

protected:
    // A positional argument of a command, for the usage line and the "Arguments:" help.
    struct Positional
    {
        QString name;
        QString description;
        QString syntax; // e.g. "<uuid>..."
    };
    // Adds the command name, `positionals`, --help and --json to `parser` (after any options the
    // command added), parses `arguments`, and handles --help (prints the command's help,
    // returns ExitOk) and parse errors (prints them, returns ExitUsageError). Returns nullopt
    // when the command should go on; then context.json is set if --json was given here or
    // before the command.
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                      CliContext &context, const QList<Positional> &positionals);
    // The positional arguments after the command name.
    static QStringList positionalArguments(const QCommandLineParser &parser);
    // Reports a usage problem on stderr with a pointer to --help; returns ExitUsageError.
    int usageError(CliContext &context, const QString &message) const;
    static void writeJson(CliContext &context, const QJsonValue &value);
};

} // namespace gattscope::cli
