// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

#include <memory>
#include <vector>

namespace gattscope::cli {

// The top level of gattscope-cli: global options (--help, --version, --json, --backend,
// --timeout; $GATTSCOPE_BACKEND) and dispatch to the sub-command named by the first positional
// argument. Everything after the command name belongs to the command
// (QCommandLineParser::ParseAsPositionalArguments). After the command it checks that stdout
// took everything: a write error turns success into ExitFailure with one line on stderr.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    void addCommand(std::unique_ptr<CliCommand> command);
    // `arguments` as from QCoreApplication::arguments(); returns the process exit code.
    int exec(const QStringList &arguments);

private:
    CliCommand *command(const QString &name) const;
    QString helpText(const QCommandLineParser &parser) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace gattscope::cli
