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

namespace gattscope {
class Error;
}

namespace gattscope::cli {

// Exit codes shared by every command (documented in the man page and the README; scripts
// depend on them, so never renumber).
enum ExitCode : int {
    ExitOk = 0,
    ExitDataError = 1, // malformed data: bad hex, a value that does not fit its format, a bad advert
    ExitUsageError = 2, // unknown command or option, missing or unparsable argument
    ExitNotFound = 3, // no such device (not heard in time), characteristic or descriptor
    ExitAttError = 4, // the device refused: an ATT error, or pairing failed
    ExitTimeout = 5, // no answer in time
    ExitLinkLost = 6, // the link dropped or the dongle/adapter went away (transport lost)
    ExitFailure = 7, // anything else: the backend cannot be opened, not supported, output not written
};

// The exit code for an operation's error (see ExitCode).
int exitCodeFor(const Error &error);

// Where a command writes: results to `out`, diagnostics to `err`, and the global options.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString program {}; // argv[0] as the user typed it, for messages
    bool json = false; // --json was given (before or after the command name)
    QString backendUri {}; // --backend, else $GATTSCOPE_BACKEND, else bgapi:auto
    int timeoutMs = 10000; // --timeout, per step (open, find, connect, each operation)
    bool terminal = false; // stdout is a terminal (live tables redraw in place)
    bool colour = false; // stdout is a terminal and NO_COLOR is not set
    bool progress = false; // stderr is a terminal: say what a long step is doing
};

// One sub-command ("gattscope-cli <name> [options] [args]"). Notes for implementers:
// run() gets the arguments after the command name, parses them with parseArguments() (which
// adds --help and --json, and --backend and --timeout when usesBackend()), writes its results
// to context.out and returns an ExitCode. A failure is ONE line on context.err
// ("gattscope-cli: read: …") through fail(); commands never call exit(), so that main() can
// tear the backend down and check that stdout was written.
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
    // Whether the command talks to a backend (adds --backend and --timeout).
    virtual bool usesBackend() const { return false; }

protected:
    // A positional argument of a command, for the usage line and the "Arguments:" help.
    struct Positional
    {
        QString name;
        QString description;
        QString syntax; // e.g. "<uuid>..."
    };
    // Adds the command name, `positionals`, --help and --json (and --backend, --timeout) to
    // `parser` (after any options the command added), parses `arguments`, and handles --help
    // (prints the command's help, returns ExitOk) and parse errors (prints them, returns
    // ExitUsageError). Returns nullopt when the command should go on; then context is updated
    // with what was given here.
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                      CliContext &context, const QList<Positional> &positionals);
    // The positional arguments after the command name.
    static QStringList positionalArguments(const QCommandLineParser &parser);
    // Reports a usage problem on stderr with a pointer to --help; returns ExitUsageError.
    int usageError(CliContext &context, const QString &message) const;
    // Reports a failure in one line on stderr and returns `code`.
    int fail(CliContext &context, const QString &message, int code) const;
    // The same for an operation's error: "<what>: <error>", code from exitCodeFor().
    int fail(CliContext &context, const QString &what, const Error &error) const;
    // Indented JSON (a document: dump, services, …).
    static void writeJson(CliContext &context, const QJsonValue &value);
    // One compact JSON object per line (streams: scan, subscribe, monitor); flushed.
    static void writeJsonLine(CliContext &context, const QJsonValue &value);
};

} // namespace gattscope::cli
