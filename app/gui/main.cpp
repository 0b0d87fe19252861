// SPDX-License-Identifier: MIT
// gattscope: the GUI's composition root. Wiring only.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("gattscope"));
    QApplication::setApplicationName(QStringLiteral("gattscope"));
    QApplication::setApplicationVersion(QStringLiteral(GATTSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Bluetooth Low Energy GATT explorer"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window to <file> and quit."),
        QStringLiteral("file"));
    const QCommandLineOption delay(
        QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Milliseconds to wait before the screenshot."), QStringLiteral("ms"),
        QStringLiteral("1500"));
    parser.addOption(screenshot);
    parser.addOption(delay);
    parser.process(app);

    gattscope::MainWindow window;
    window.show();

    if (parser.isSet(screenshot)) {
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&] {
            const bool ok = window.grab().save(parser.value(screenshot));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
