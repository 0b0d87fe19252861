// SPDX-License-Identifier: MIT
// gattscope-cli: composition root. Each sub-command lives in its own file; register new ones
// here.
#include "adapterscommand.h"
#include "advcommand.h"
#include "bondcommand.h"
#include "cliapplication.h"
#include "dumpcommand.h"
#include "monitorcommand.h"
#include "portscommand.h"
#include "readcommand.h"
#include "scancommand.h"
#include "servicescommand.h"
#include "subscribecommand.h"
#include "uuidcommand.h"
#include "writecommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gattscope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("gattscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATTSCOPE_VERSION));

    // The commands report every failure in one line of their own; the library's log lines
    // (a dropped dongle, a late response) are for debugging: QT_LOGGING_RULES="gattscope.*=true".
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("gattscope.*=false"));

    gattscope::cli::CliApplication cli;
    using namespace gattscope::cli;
    cli.addCommand(std::make_unique<ScanCommand>());
    cli.addCommand(std::make_unique<ServicesCommand>());
    cli.addCommand(std::make_unique<ReadCommand>());
    cli.addCommand(std::make_unique<WriteCommand>());
    cli.addCommand(std::make_unique<SubscribeCommand>());
    cli.addCommand(std::make_unique<DumpCommand>());
    cli.addCommand(std::make_unique<MonitorCommand>());
    cli.addCommand(std::make_unique<BondCommand>());
    cli.addCommand(std::make_unique<PortsCommand>());
    cli.addCommand(std::make_unique<AdaptersCommand>());
    cli.addCommand(std::make_unique<UuidCommand>());
    cli.addCommand(std::make_unique<AdvCommand>());
    return cli.exec(QCoreApplication::arguments());
}
