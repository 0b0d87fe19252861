// SPDX-License-Identifier: MIT
// gattscope-cli: composition root. Each sub-command lives in its own file; register new ones
// here.
#include "advcommand.h"
#include "cliapplication.h"
#include "uuidcommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gattscope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("gattscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATTSCOPE_VERSION));

    gattscope::cli::CliApplication cli;
    cli.addCommand(std::make_unique<gattscope::cli::UuidCommand>());
    cli.addCommand(std::make_unique<gattscope::cli::AdvCommand>());
    return cli.exec(QCoreApplication::arguments());
}
