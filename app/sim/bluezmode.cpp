// SPDX-License-Identifier: MIT
#include "bluezmode.h"

#include <gattscope/app/common/signalwatcher.h>
#include <gattscope/backends/virtual/bluez/mockbluez.h>
#include <gattscope/backends/virtual/bluez/mockbluezbus.h>
#include <gattscope/backends/virtual/bluez/mockbluezcontrol.h>
#include <gattscope/backends/virtual/profileloader.h>

#include <QCommandLineParser>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>

namespace gattscope {

namespace {

class BluezMode
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::BluezMode)

public:
    static void printError(const QString &message)
    {
        QTextStream(stderr) << "gattscope-sim: " << message << Qt::endl;
    }

    // The bus id behind an address, or empty when it cannot be reached.
    static QString busId(const QString &address, const QString &name)
    {
        QString id;
        {
            QDBusConnection c = QDBusConnection::connectToBus(address, name);
            if (c.isConnected()) {
                const QDBusMessage ask = QDBusMessage::createMethodCall(
                    QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                    QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId"));
                const QDBusReply<QString> reply = c.call(ask, QDBus::Block, 2000);
                if (reply.isValid())
                    id = reply.value();
            }
        }
        QDBusConnection::disconnectFromBus(name);
        return id;
    }

    // Refuses the machine's own system bus: the mock would take org.bluez from bluetoothd
    // (or stand in for it) for every program on the machine.
    static bool onPrivateBus(QString *why)
    {
        const QString address = qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS");
        if (address.isEmpty()) {
            *why
                = tr("DBUS_SYSTEM_BUS_ADDRESS is not set, so this would be the machine's system bus. Start a "
                     "private bus and export its address, e.g.\n"
                     "  dbus-daemon --config-file=bus.conf --fork --print-address=1\n"
                     "(see backends/virtual/bluez/MOCKBLUEZ.md), or pass --i-mean-the-system-bus.");
            return false;
        }
        const QString named = busId(address, QStringLiteral("gattscope-sim-bus-check"));
        for (const char *socket : { "/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket" }) {
            if (!QFileInfo::exists(QLatin1String(socket)))
                continue;
            const QString system = busId(QStringLiteral("unix:path=") + QLatin1String(socket),
                                         QStringLiteral("gattscope-sim-system-check"));
            if (!named.isEmpty() && named == system) {
                *why = tr("DBUS_SYSTEM_BUS_ADDRESS (%1) is the machine's system bus; use a private bus or "
                          "pass "
                          "--i-mean-the-system-bus.")
                           .arg(address);
                return false;
            }
        }
        return true;
    }

    static int run(QCoreApplication &app)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr(
            "Serves a mock BlueZ (org.bluez: adapters, discovery, devices, GATT, pairing) with the virtual "
            "peripherals on the D-Bus bus named by DBUS_SYSTEM_BUS_ADDRESS, and the control interface "
            "org.gattscope.MockBluez. Never the machine's own system bus unless told so."));
        const QCommandLineOption helpOption = parser.addHelpOption();
        const QCommandLineOption bluezOption(QStringLiteral("bluez"), tr("Serve a mock BlueZ (this mode)."));
        const QCommandLineOption versionOption(QStringLiteral("version"),
                                               tr("Displays version information."));
        const QCommandLineOption profileOption(
            QStringLiteral("profile"),
            tr("Load peripherals from a JSON profile FILE (repeatable; default: the built-in set)."),
            tr("FILE"));
        const QCommandLineOption faultsOption(
            QStringLiteral("faults"),
            tr("Load fault rules (a profile FILE with a \"faults\" section; \"on\" names D-Bus methods)."),
            tr("FILE"));
        const QCommandLineOption rateOption(
            QStringLiteral("rate"), tr("Accelerometer notification rate in Hz (default: the profile's)."),
            tr("HZ"));
        const QCommandLineOption adaptersOption(QStringLiteral("adapters"),
                                                tr("Number of adapters, hci0 … (1..8, default 1)."), tr("N"));
        const QCommandLineOption poweredOffOption(
            QStringLiteral("powered-off"),
            tr("Start with ADAPTER (hci0 …) switched off, as after 'bluetoothctl power off' (repeatable; "
               "Reset switches it off again)."),
            tr("ADAPTER"));
        const QCommandLineOption systemBusOption(QStringLiteral("i-mean-the-system-bus"),
                                                 tr("Serve even when DBUS_SYSTEM_BUS_ADDRESS is unset or is "
                                                    "the machine's system bus (only where no "
                                                    "bluetoothd runs, e.g. in a throw-away container)."));
        const QCommandLineOption verboseOption({ QStringLiteral("v"), QStringLiteral("verbose") },
                                               tr("Log every org.bluez call on stderr."));
        parser.addOptions({ bluezOption, versionOption, profileOption, faultsOption, rateOption,
                            adaptersOption, poweredOffOption, systemBusOption, verboseOption });
        // As gattscope-sim's other modes: a usage error is exit code 2, one line on stderr.
        if (!parser.parse(app.arguments())) {
            printError(parser.errorText());
            return 2;
        }
        if (parser.isSet(helpOption)) {
            QTextStream(stdout) << parser.helpText();
            return 0;
        }
        if (parser.isSet(versionOption)) {
            QTextStream(stdout) << "gattscope-sim " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (!parser.positionalArguments().isEmpty()) {
            printError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
            return 2;
        }

        MockBluezOptions options;
        if (parser.isSet(adaptersOption)) {
            bool ok = false;
            options.adapters = parser.value(adaptersOption).toInt(&ok);
            if (!ok || options.adapters < 1 || options.adapters > 8) {
                printError(tr("--adapters: expected a number from 1 to 8, not '%1'")
                               .arg(parser.value(adaptersOption)));
                return 2;
            }
        }
        options.poweredOff = parser.values(poweredOffOption);
        for (const QString &adapter : std::as_const(options.poweredOff)) {
            bool known = false;
            for (int i = 0; i < options.adapters; ++i)
                known = known || adapter == QStringLiteral("hci%1").arg(i);
            if (!known) {
                printError(tr("--powered-off: no adapter '%1' (there are hci0 to hci%2)")
                               .arg(adapter)
                               .arg(options.adapters - 1));
                return 2;
            }
        }
        if (parser.isSet(rateOption)) {
            bool ok = false;
            options.accelerometerRateHz = parser.value(rateOption).toDouble(&ok);
            if (!ok || !std::isfinite(options.accelerometerRateHz) || options.accelerometerRateHz < 0.1
                || options.accelerometerRateHz > 1000) {
                printError(
                    tr("--rate: expected a number from 0.1 to 1000, not '%1'").arg(parser.value(rateOption)));
                return 2;
            }
        }
        Result<ProfileSet> profiles = parser.isSet(profileOption)
            ? ProfileLoader::loadFiles(parser.values(profileOption))
            : ProfileLoader::loadBuiltIn();
        if (!profiles.ok()) {
            printError(profiles.error().message());
            return 1;
        }
        ProfileSet set = profiles.value();
        if (parser.isSet(faultsOption)) {
            QFile file(parser.value(faultsOption));
            if (!file.open(QIODevice::ReadOnly)) {
                printError(tr("%1: %2").arg(file.fileName(), file.errorString()));
                return 1;
            }
            const Result<ProfileSet> faults = MockBluez::loadFaults(file.readAll(), file.fileName());
            if (!faults.ok()) {
                printError(faults.error().message());
                return 1;
            }
            set.append(faults.value());
        }

        QString why;
        if (!parser.isSet(systemBusOption) && !onPrivateBus(&why)) {
            printError(why);
            return 1;
        }

        MockBluez mock(options);
        mock.addProfiles(set);
        const bool verbose = parser.isSet(verboseOption);
        if (verbose) {
            QObject::connect(mock.bus(), &MockBluezBus::methodCalled, &app,
                             [](const QString &path, const QString &interface, const QString &member,
                                const QString &sender) {
                                 QTextStream(stderr) << "> " << sender << ' ' << path << ' '
                                                     << interface << '.' << member << Qt::endl;
                             });
        }
        int serial = 0;
        if (!mock.start([&serial] {
                return QDBusConnection::connectToBus(QDBusConnection::SystemBus,
                                                     QStringLiteral("gattscope-mock-bluez-%1").arg(++serial));
            })) {
            printError(mock.errorString());
            return 1;
        }
        if (verbose) {
            QObject::connect(&mock, &MockBluez::vanished, &app,
                             [] { printError(tr("org.bluez left the bus")); });
            QObject::connect(&mock, &MockBluez::returned, &app, [] { printError(tr("org.bluez is back")); });
        }

        // The control interface, on a connection of its own that stays when org.bluez goes.
        QDBusConnection control = QDBusConnection::connectToBus(QDBusConnection::SystemBus,
                                                                QStringLiteral("gattscope-mock-control"));
        QObject controlObject;
        new MockBluezControl(&mock, &controlObject);
        if (!control.registerObject(QStringLiteral("/org/gattscope/MockBluez"), &controlObject,
                                    QDBusConnection::ExportAdaptors)
            || !control.registerService(QStringLiteral("org.gattscope.MockBluez"))) {
            printError(tr("cannot register the control interface org.gattscope.MockBluez: %1")
                           .arg(control.lastError().message()));
            return 1;
        }

        QTextStream(stdout) << "gattscope-sim: serving a mock BlueZ (org.bluez) on "
                            << qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS",
                                                    QStringLiteral("the system bus"))
                            << Qt::endl;

        SignalWatcher watcher;
        QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app,
                         [](int) { QCoreApplication::quit(); });
        const int code = app.exec();
        control.unregisterService(QStringLiteral("org.gattscope.MockBluez"));
        QDBusConnection::disconnectFromBus(QStringLiteral("gattscope-mock-control"));
        return code;
    }
};

} // namespace

bool isBluezMode(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--bluez"));
}

int runBluezMode(QCoreApplication &app)
{
    return BluezMode::run(app);
}

} // namespace gattscope
