// SPDX-License-Identifier: MIT
// gattscope-sim: a virtual BLED112 on a pseudo-terminal. Any BGAPI host program (our CLI,
// BGLib scripts, pygatt) can open the printed path as if the dongle were plugged in.
//
// Exit codes (as gattscope-cli's): 0 success, 1 malformed data (a profile or faults file)
// or a failure to serve, 2 usage error. Every failure is one line on stderr.
#include "ptyserver.h"
#include "simcommandline.h"
#include "simperipherals.h"
#ifdef GATTSCOPE_SIM_BLUEZ
#include "bluezmode.h"
#endif

#include <gattscope/app/common/signalwatcher.h>
#include <gattscope/app/sim/gatttool/fakegatttool.h>
#include <gattscope/backends/virtual/virtualdongle.h>

#include <QCoreApplication>
#include <QTextStream>

using namespace gattscope;

namespace {

enum ExitCode : int {
    kSuccess = 0,
    kFailure = 1, // malformed data, or serving failed
    kUsage = 2,
};

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "gattscope-sim: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // `gattscope-sim [options] --gatttool [gatttool options]`: a fake gatttool instead.
    if (int code = 0; runFakeGatttool(argc, argv, &code))
        return code;

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gattscope-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATTSCOPE_VERSION));
#ifdef GATTSCOPE_SIM_BLUEZ
    // `gattscope-sim --bluez [options]`: a mock bluetoothd on D-Bus instead (its own options).
    if (isBluezMode(app.arguments()))
        return runBluezMode(app);
#endif

    SimCommandLine commandLine;
    const Result<SimCommandLine::Action> action = commandLine.parse(QCoreApplication::arguments());
    if (!action.ok())
        return fail(action.error().message(), kUsage);
    if (action.value() == SimCommandLine::Action::ShowHelp) {
        QTextStream(stdout) << commandLine.helpText();
        return kSuccess;
    }
    if (action.value() == SimCommandLine::Action::ShowVersion) {
        QTextStream(stdout) << "gattscope-sim " << QCoreApplication::applicationVersion() << Qt::endl;
        return kSuccess;
    }
    const SimOptions &options = commandLine.options();

    const Result<ProfileSet> peripherals = loadSimPeripherals(options);
    if (!peripherals.ok())
        return fail(peripherals.error().message(), kFailure);

    // Before the pty is announced: whoever reads the announcement may stop us right away.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });

    VirtualDongle dongle(options.dongle);
    dongle.addProfiles(peripherals.value());
    PtyServer server(&dongle, options.linkPath, options.verbosity);
    if (const Status started = server.start(); !started.ok())
        return fail(started.error().message(), kFailure);
    return app.exec();
}
