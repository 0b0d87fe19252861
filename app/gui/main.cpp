// SPDX-License-Identifier: MIT
// gattscope: the GUI's composition root. Wiring only.
#include "backendcatalog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {
// The backends this build can open. Empty until the backend factory (core's URI scheme →
// BGAPI, Demo dongle, …) is wired in here; ui never sees a backend header.
gattscope::BackendCatalog makeCatalog()
{
    gattscope::BackendCatalog catalog;
    catalog.list = [] {
        return QList<gattscope::BackendChoice>();
    };
    catalog.create = [](const QString &uri, QString *error) -> std::unique_ptr<gattscope::BackendHost> {
        if (error)
            *error = QApplication::translate("main", "this build has no backend for \"%1\" yet").arg(uri);
        return nullptr;
    };
    return catalog;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("gattscope"));
    QApplication::setApplicationName(QStringLiteral("gattscope"));
    QApplication::setApplicationVersion(QStringLiteral(GATTSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/gattscope/icons/gattscope.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Bluetooth Low Energy GATT explorer"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption backend(QStringList { QStringLiteral("b"), QStringLiteral("backend") },
                                     QApplication::translate("main",
                                                             "Open the backend <uri> at start "
                                                             "(bgapi:auto, bgapi:/dev/ttyACM0, demo, …)."),
                                     QStringLiteral("uri"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start on the Demo dongle (same as --backend demo)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window to <file> and quit."),
        QStringLiteral("file"));
    const QCommandLineOption delay(
        QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Milliseconds to wait before the screenshot."), QStringLiteral("ms"),
        QStringLiteral("1500"));
    parser.addOption(backend);
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.addOption(delay);
    parser.process(app);
    if (parser.isSet(backend) && parser.isSet(demo)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--backend and --demo cannot be used together.")));
        return 2;
    }

    gattscope::MainWindow window(makeCatalog());
    window.show();
    window.openInitialBackend(parser.isSet(demo) ? QStringLiteral("demo") : parser.value(backend));

    if (parser.isSet(screenshot)) {
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&] {
            const bool ok = window.grab().save(parser.value(screenshot));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
