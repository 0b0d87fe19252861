// SPDX-License-Identifier: MIT
// gattscope: the GUI's composition root. Wiring only.
#include "appcatalog.h"
#include "messagelimiter.h"
#include "startupscript.h"

#include <gattscope/ui/common/languagemanager.h>
#include <gattscope/ui/window/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace {

// The translation context of main()'s texts.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::Main)
};

// Exit codes: 0 everything asked for worked, 1 a requested step failed, 2 usage.
constexpr int StepFailed = 1;
constexpr int Usage = 2;
// The screenshot options' limits: a delay no one waits out, a window no screen shows.
constexpr int MaxDelayMs = 600'000;
constexpr int MinSide = 200;
constexpr int MaxSide = 8192;

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

gattscope::Result<int> parseDelay(const QString &text)
{
    bool ok = false;
    const int ms = text.trimmed().toInt(&ok);
    if (!ok || ms < 0 || ms > MaxDelayMs)
        return gattscope::Error(gattscope::Error::Kind::InvalidArgument,
                                Main::tr("--screenshot-delay takes milliseconds from 0 to %1, not '%2'")
                                    .arg(MaxDelayMs)
                                    .arg(text));
    return ms;
}

gattscope::Result<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    const QSize size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
    if (!m.hasMatch() || size.width() < MinSide || size.height() < MinSide || size.width() > MaxSide
        || size.height() > MaxSide)
        return gattscope::Error(
            gattscope::Error::Kind::InvalidArgument,
            Main::tr("--window-size takes <width>x<height>, each from %1 to %2 pixels, not '%3'")
                .arg(MinSide)
                .arg(MaxSide)
                .arg(text));
    return size;
}

// The value of --language (also as --language=xx), read before the command-line parser
// exists: the parser's own texts (--help) are in the chosen language.
QString languageOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arg.startsWith(QLatin1String("--language=")))
            return arg.mid(qsizetype(sizeof("--language=") - 1));
    }
    return {};
}

QString languageCodes()
{
    QStringList codes { QStringLiteral("system") };
    for (const gattscope::LanguageManager::Language &language : gattscope::LanguageManager::languages())
        codes.append(language.code);
    return codes.join(QStringLiteral(", "));
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
    // A message repeated at flood rate (a dongle spewing garbage) is counted, not printed.
    gattscope::MessageLimiter logLimiter;
    gattscope::MessageLimiter::install(&logLimiter);

    // The language: --language, else the one chosen in View → Language, else the system's.
    const QString language = languageOption(QCoreApplication::arguments());
    auto *languages = gattscope::LanguageManager::instance();
    if (!languages->applyStartupLanguage(language == QLatin1String("system") ? QString() : language)) {
        languages->applyStartupLanguage();
        fail(Main::tr("unknown language '%1' (choose one of: %2)").arg(language, languageCodes()));
        return Usage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("Bluetooth Low Energy GATT explorer.\n\nOptions apply to this run only: what you choose in "
                 "the window (the dongle, File → Load virtual peripherals…, View → Language, the layout) is "
                 "remembered for the next start, and no option changes it.\n\nScripted starts (--connect and "
                 "its steps, --screenshot) exit 1 with one line on stderr when a step fails, 2 for a usage "
                 "error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption backend(
        QStringList { QStringLiteral("b"), QStringLiteral("backend") },
        Main::tr("Open the backend <uri> at start, for this run (bgapi:auto, bgapi:/dev/ttyACM0, "
                 "bluez:, bluez:hci1, demo, …); the dongle chosen in the window stays the default."),
        QStringLiteral("uri"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Main::tr("Start on the Demo dongle (same as --backend demo)."));
    const QCommandLineOption profiles(
        QStringLiteral("virtual-peripherals"),
        Main::tr("Serve the virtual peripherals of <file> (profile JSON) on the Demo dongle, for this run "
                 "only, instead of the built-in ones or those of File → Load virtual peripherals… (which "
                 "stay the default); repeatable."),
        QStringLiteral("file"));
    const QCommandLineOption connectTo(
        QStringLiteral("connect"),
        Main::tr("Connect to the device with this address or name once it is heard; "
                 "repeatable (one device after the other)."),
        QStringLiteral("device"));
    const QCommandLineOption read(QStringLiteral("read"),
                                  Main::tr("After --connect, read the characteristic <uuid>; repeatable."),
                                  QStringLiteral("uuid"));
    const QCommandLineOption subscribe(
        QStringLiteral("subscribe"),
        Main::tr("After --connect, enable notifications of the characteristic <uuid>; repeatable."),
        QStringLiteral("uuid"));
    const QCommandLineOption plot(
        QStringLiteral("plot"),
        Main::tr(
            "After --connect, plot the characteristic <uuid>: its notifications (subscribing), or its value "
            "read every second when it only reads. Values that do not decode themselves need a field layout: "
            "<uuid>=<layout>, e.g. 6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10=<hhh. Repeatable."),
        QStringLiteral("uuid[=layout]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        Main::tr("Save a PNG of the main window to <file> and quit (after --connect and its steps, if any)."),
        QStringLiteral("file"));
    const QCommandLineOption delay(
        QStringLiteral("screenshot-delay"),
        Main::tr("Milliseconds to wait before the screenshot (0 to %1).").arg(MaxDelayMs),
        QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        Main::tr("Seconds --connect waits for each device to be heard, and then for its link and services "
                 "(1 to 600; default 20)."),
        QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption size(
        QStringLiteral("window-size"),
        Main::tr("Resize the window to <width>x<height>, %1 to %2 pixels each, for this run (screenshots); "
                 "the saved window layout stays as it was.")
            .arg(MinSide)
            .arg(MaxSide),
        QStringLiteral("size"));
    const QCommandLineOption languageChoice(
        QStringLiteral("language"),
        Main::tr("Show the interface in <language> (%1) for this run, instead of the one chosen in "
                 "View → Language or the system's.")
            .arg(languageCodes()),
        QStringLiteral("language"));
    for (const QCommandLineOption &o : { backend, demo, profiles, connectTo, read, subscribe, plot, timeout,
                                         screenshot, delay, size, languageChoice })
        parser.addOption(o);
    parser.process(app);
    if (parser.isSet(backend) && parser.isSet(demo)) {
        fail(Main::tr("--backend and --demo cannot be used together."));
        return Usage;
    }
    const gattscope::Result<int> screenshotDelay = parseDelay(parser.value(delay));
    if (!screenshotDelay.ok()) {
        fail(screenshotDelay.error().message());
        return Usage;
    }
    bool timeoutOk = false;
    const int timeoutS = parser.value(timeout).trimmed().toInt(&timeoutOk);
    if (!timeoutOk || timeoutS < 1 || timeoutS > 600) {
        fail(Main::tr("--timeout takes seconds from 1 to 600, not '%1'").arg(parser.value(timeout)));
        return Usage;
    }
    std::optional<QSize> windowSize;
    if (parser.isSet(size)) {
        const gattscope::Result<QSize> parsed = parseSize(parser.value(size));
        if (!parsed.ok()) {
            fail(parsed.error().message());
            return Usage;
        }
        windowSize = parsed.value();
    }

    gattscope::MainWindow window(gattscope::makeBackendCatalog());
    gattscope::StartupScript script(&window);
    script.setTimeout(timeoutS * 1000);
    for (const QString &target : parser.values(connectTo))
        script.addConnectTarget(target);
    const auto addAll = [](const QStringList &values, auto add) {
        for (const QString &value : values) {
            if (const gattscope::Status added = add(value); !added.ok())
                return added;
        }
        return gattscope::success();
    };
    for (const gattscope::Status &added :
         { addAll(parser.values(read), [&](const QString &v) { return script.addRead(v); }),
           addAll(parser.values(subscribe), [&](const QString &v) { return script.addSubscribe(v); }),
           addAll(parser.values(plot), [&](const QString &v) { return script.addPlot(v); }) }) {
        if (!added.ok()) {
            fail(added.error().message());
            return Usage;
        }
    }
    if (script.isEmpty() && (parser.isSet(read) || parser.isSet(subscribe) || parser.isSet(plot))) {
        fail(Main::tr("--read, --subscribe and --plot need --connect."));
        return Usage;
    }
    if (windowSize) {
        window.resize(*windowSize);
        window.setLayoutSaved(false); // a size for this run, not the user's layout
    }

    // Scripted: every requested step must work, and a failure ends the run with its reason.
    const bool scripted = !script.isEmpty() || parser.isSet(screenshot);
    int exitCode = 0;
    const auto stepFailed = [&](const QString &problem) {
        fail(problem);
        window.showStatus(problem, 0);
        exitCode = StepFailed;
    };

    // A backend asked for on the command line that cannot be opened: a scripted run ends
    // with the reason; an interactive one gets a dialog (the window stays up with the
    // picker, so the user can choose another). Later failures go to the status bar only.
    QString requested = parser.isSet(demo) ? QStringLiteral("demo") : parser.value(backend);
    QObject::connect(
        &window, &gattscope::MainWindow::backendOpenFailed, &window,
        [&window, &requested, &stepFailed, scripted](QString uri,
                                                     QString reason) { // copies: `uri` may be `requested`
            if (requested.isEmpty() || uri != requested)
                return;
            requested.clear();
            if (scripted) {
                stepFailed(Main::tr("--backend %1: %2").arg(uri, reason));
                QApplication::exit(StepFailed);
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Warning, Main::tr("gattscope"),
                                        Main::tr("Could not open %1.").arg(uri), QMessageBox::Ok, &window);
            box->setInformativeText(reason + u'\n' + u'\n'
                                    + Main::tr("Choose a dongle in the tool bar, or the Demo dongle."));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });

    window.show();
    // --virtual-peripherals: the Demo dongle serving those files. A broken file is reported
    // like a bad URI, and the start carries on as if the option had not been given.
    gattscope::Status served = gattscope::Error(gattscope::Error::Kind::NotFound);
    if (parser.isSet(profiles)) {
        served = window.loadVirtualPeripherals(parser.values(profiles),
                                               gattscope::BackendController::Scope::ThisRun);
        if (!served.ok()) {
            if (scripted) {
                stepFailed(Main::tr("--virtual-peripherals: %1").arg(served.error().message()));
                return StepFailed;
            }
            fail(served.error().message());
            auto *box = new QMessageBox(QMessageBox::Warning, Main::tr("gattscope"),
                                        Main::tr("The virtual peripherals were not loaded."), QMessageBox::Ok,
                                        &window);
            box->setInformativeText(served.error().message());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    if (!served.ok() || (!requested.isEmpty() && requested != QLatin1String("demo"))) {
        const gattscope::Status opened = window.openInitialBackend(requested);
        if (!opened.ok() && scripted) {
            // backendOpenFailed() said it for a URI given on the command line.
            if (exitCode == 0)
                stepFailed(opened.error().message());
            return StepFailed;
        }
    }

    QObject::connect(
        &script, &gattscope::StartupScript::finished, &window, [&](const gattscope::Error &error) {
            if (error)
                stepFailed(error.message());
            if (!parser.isSet(screenshot))
                return; // the window stays for the user; the exit code keeps the failure
            QTimer::singleShot(screenshotDelay.value(), &window, [&] {
                const bool ok = window.grab().save(parser.value(screenshot));
                if (!ok)
                    fail(Main::tr("--screenshot: could not write %1").arg(parser.value(screenshot)));
                QApplication::exit(ok ? exitCode : StepFailed);
            });
        });
    script.start();
    const int code = app.exec();
    return code != 0 ? code : exitCode;
}
