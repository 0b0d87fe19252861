// SPDX-License-Identifier: MIT
// gattscope-cli: composition root. Sub-commands are added by later work.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gattscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATTSCOPE_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "gattscope command line"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
