// SPDX-License-Identifier: MIT
// gattscope: the GUI's composition root. Wiring only.
#include "appcatalog.h"
#include "startupscript.h"

#include <gattscope/ui/window/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QApplication::translate("main", text);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "gattscope: %s\n", qPrintable(message));
}

// --help and --version print and exit: they must work in a terminal without a display
// (over ssh, in CI), where Qt would otherwise abort for want of a platform plugin.
void useOffscreenForTextOnlyOptions(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}
} // namespace

int main(int argc, char *argv[])
{
    useOffscreenForTextOnlyOptions(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("gattscope"));
    QApplication::setApplicationName(QStringLiteral("gattscope"));
    QApplication::setApplicationVersion(QStringLiteral(GATTSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(GATTSCOPE_APP_ID)); // Wayland app id, taskbar
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/gattscope/icons/gattscope.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Bluetooth Low Energy GATT explorer"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption backend(QStringList { QStringLiteral("b"), QStringLiteral("backend") },
                                     tr("Open the backend <uri> at start (bgapi:auto, bgapi:/dev/ttyACM0, "
                                        "demo, …)."),
                                     QStringLiteral("uri"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start on the Demo dongle (same as --backend demo)."));
    const QCommandLineOption profiles(QStringLiteral("virtual-peripherals"),
                                      tr("Serve the virtual peripherals of <file> (profile JSON) on the Demo "
                                         "dongle instead of the built-in ones; repeatable."),
                                      QStringLiteral("file"));
    const QCommandLineOption connectTo(QStringLiteral("connect"),
                                       tr("Connect to the device with this address or name once it is heard; "
                                          "repeatable (one device after the other)."),
                                       QStringLiteral("device"));
    const QCommandLineOption read(QStringLiteral("read"),
                                  tr("After --connect, read the characteristic <uuid>; repeatable."),
                                  QStringLiteral("uuid"));
    const QCommandLineOption subscribe(
        QStringLiteral("subscribe"),
        tr("After --connect, enable notifications of the characteristic <uuid>; repeatable."),
        QStringLiteral("uuid"));
    const QCommandLineOption plot(
        QStringLiteral("plot"),
        tr("After --connect, plot the characteristic <uuid>: its notifications (subscribing), or its value "
           "read every second when it only reads. Values that do not decode themselves need a field layout: "
           "<uuid>=<layout>, e.g. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=<hhh. Repeatable."),
        QStringLiteral("uuid[=layout]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Save a PNG of the main window to <file> and quit (after --connect and its steps, if any)."),
        QStringLiteral("file"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                                   tr("Milliseconds to wait before the screenshot."), QStringLiteral("ms"),
                                   QStringLiteral("1500"));
    const QCommandLineOption size(QStringLiteral("window-size"),
                                  tr("Resize the window to <width>x<height> (for screenshots)."),
                                  QStringLiteral("size"));
    for (const QCommandLineOption &o :
         { backend, demo, profiles, connectTo, read, subscribe, plot, screenshot, delay, size })
        parser.addOption(o);
    parser.process(app);
    if (parser.isSet(backend) && parser.isSet(demo)) {
        fail(tr("--backend and --demo cannot be used together."));
        return 2;
    }

    gattscope::MainWindow window(gattscope::makeBackendCatalog());
    gattscope::StartupScript script(&window);
    for (const QString &target : parser.values(connectTo))
        script.addConnectTarget(target);
    QString error;
    for (const QString &uuid : parser.values(read)) {
        if (!script.addRead(uuid, &error)) {
            fail(error);
            return 2;
        }
    }
    for (const QString &uuid : parser.values(subscribe)) {
        if (!script.addSubscribe(uuid, &error)) {
            fail(error);
            return 2;
        }
    }
    for (const QString &spec : parser.values(plot)) {
        if (!script.addPlot(spec, &error)) {
            fail(error);
            return 2;
        }
    }
    if (script.isEmpty() && (parser.isSet(read) || parser.isSet(subscribe) || parser.isSet(plot))) {
        fail(tr("--read, --subscribe and --plot need --connect."));
        return 2;
    }
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }

    // A backend asked for on the command line that cannot be opened gets a dialog (the
    // window stays up with the picker, so the user can choose another); later failures go
    // to the status bar only.
    QString requested = parser.isSet(demo) ? QStringLiteral("demo") : parser.value(backend);
    QObject::connect(
        &window, &gattscope::MainWindow::backendOpenFailed, &window,
        [&window, &requested](QString uri, QString reason) { // copies: `uri` may be `requested`
            if (requested.isEmpty() || uri != requested)
                return;
            requested.clear();
            auto *box = new QMessageBox(QMessageBox::Warning, tr("gattscope"),
                                        tr("Could not open %1.").arg(uri), QMessageBox::Ok, &window);
            box->setInformativeText(reason + u'\n' + u'\n'
                                    + tr("Choose a dongle in the tool bar, or the Demo dongle."));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });

    window.show();
    // --virtual-peripherals: the Demo dongle serving those files. A broken file is reported
    // like a bad URI, and the start carries on as if the option had not been given.
    const bool served
        = parser.isSet(profiles) && window.loadVirtualPeripherals(parser.values(profiles), &error);
    if (parser.isSet(profiles) && !served) {
        fail(error);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("gattscope"),
                                    tr("The virtual peripherals were not loaded."), QMessageBox::Ok, &window);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (!served || (!requested.isEmpty() && requested != QLatin1String("demo")))
        window.openInitialBackend(requested);

    int exitCode = 0;
    QObject::connect(&script, &gattscope::StartupScript::finished, &window, [&](const QString &problem) {
        if (!problem.isEmpty()) {
            fail(problem);
            window.showStatus(problem, 0);
            exitCode = 1;
        }
        if (!parser.isSet(screenshot))
            return;
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&] {
            const bool ok = window.grab().save(parser.value(screenshot));
            if (!ok)
                fail(tr("could not write %1").arg(parser.value(screenshot)));
            QApplication::exit(ok ? exitCode : 1);
        });
    });
    script.start();
    return app.exec();
}
