// SPDX-License-Identifier: MIT
// gattscope-sim: a virtual BLED112 on a pseudo-terminal. Any BGAPI host program (our CLI,
// BGLib scripts, pygatt) can open the printed path as if the dongle were plugged in.
#include "pseudoterminal.h"
#include "signalwatcher.h"

#include <gattscope/backends/bgapi/protocol/bgapimessages.h>
#include <gattscope/backends/bgapi/protocol/bgapinames.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualdongle.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace gattscope;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gattscope-sim", text);
}

void printError(const QString &message)
{
    QTextStream(stderr) << "gattscope-sim: " << message << Qt::endl;
}

// Points `link` at `target`, replacing an older symlink (never a regular file).
bool updateLink(const QString &link, const QString &target)
{
    const QFileInfo info(link);
    if (info.isSymLink())
        QFile::remove(link);
    else if (info.exists()) {
        printError(tr("%1 exists and is not a symbolic link; not replacing it").arg(link));
        return false;
    }
    if (!QFile::link(target, link)) {
        printError(tr("cannot create the symbolic link %1").arg(link));
        return false;
    }
    return true;
}

// One log line per packet: "> name  hex" for commands, "< name  hex" for what we send.
void logPacket(bool fromHost, const QByteArray &bytes, int verbosity)
{
    const Result<BgapiPacket> packet = BgapiPacket::fromBytes(bytes);
    QString name;
    if (packet.ok()) {
        const BgapiPacket &p = packet.value();
        if (verbosity < 2 && p.isEvent()) {
            // -v leaves out the high-rate events: scan reports and notifications.
            const bool scanReport = p.messageClass == bgapi::MessageClass::Gap && p.messageId == 0;
            const bool pushed = p.messageClass == bgapi::MessageClass::Attclient && p.messageId == 5
                && p.payload.size() > 3 && p.payload[3] != 0 && p.payload[3] != 3 && p.payload[3] != 4;
            if (scanReport || pushed)
                return;
        }
        name = bgapi::messageName(p,
                                  fromHost ? bgapi::Direction::HostToDevice : bgapi::Direction::DeviceToHost);
    } else {
        name = fromHost ? tr("(malformed)") : tr("(bytes)");
    }
    QTextStream(stderr) << (fromHost ? "> " : "< ") << name << "  " << bytes.toHex(' ') << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gattscope-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATTSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves a virtual BLED112 (BGAPI) dongle with virtual peripherals on a pseudo-terminal."));
    parser.addHelpOption();
    // Not addVersionOption(): it takes -v, which is the verbosity switch here.
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Displays version information."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        tr("Load peripherals from a JSON profile FILE (repeatable; default: the built-in set)."), tr("FILE"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"), tr("Accelerometer notification rate in Hz (default: the profile's, 100)."),
        tr("HZ"));
    const QCommandLineOption floodOption(
        QStringLiteral("flood"),
        tr("Add the Flood peripheral: once subscribed it notifies N times a second with a sequence counter "
           "(0 = as fast as the pty takes them)."),
        tr("N"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
                                          tr("Load fault rules (a profile FILE with a \"faults\" section)."),
                                          tr("FILE"));
    const QCommandLineOption linkOption(QStringLiteral("link"), tr("Create a symbolic link PATH to the pty."),
                                        tr("PATH"));
    const QCommandLineOption maxConnectionsOption(QStringLiteral("max-connections"),
                                                  tr("Simultaneous connections, 1..8 (default 3)."), tr("N"));
    const QCommandLineOption autoConfirmOption(QStringLiteral("auto-confirm"),
                                               tr("Deliver indications as type 2 (confirmed by the stack) "
                                                  "instead of 5 (host sends indicate_confirm)."));
    const QCommandLineOption reenumerateOption(
        QStringLiteral("reenumerate"),
        tr("system_reset closes the pty and opens a new one, as a BLED112 re-enumerates on USB."));
    const QCommandLineOption stepOption(
        QStringLiteral("step-ms"), tr("Time per ATT round trip in GATT procedures (default 0)."), tr("MS"));
    const QCommandLineOption verboseOption(
        { QStringLiteral("v"), QStringLiteral("verbose") },
        tr("Log each command and response on stderr; twice: scan reports and notifications too."));
    parser.addOptions({ versionOption, profileOption, rateOption, floodOption, faultsOption, linkOption,
                        maxConnectionsOption, autoConfirmOption, reenumerateOption, stepOption,
                        verboseOption });
    parser.process(app);
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "gattscope-sim " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    auto number = [&parser](const QCommandLineOption &option, double lo, double hi, double fallback) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        if (!ok || v < lo || v > hi) {
            printError(
                tr("--%1: expected a number from %2 to %3").arg(option.names().constLast()).arg(lo).arg(hi));
            std::exit(2);
        }
        return v;
    };

    VirtualDongleOptions options;
    options.accelerometerRateHz = number(rateOption, 0.1, 10000, 0);
    options.maxConnections = int(number(maxConnectionsOption, 1, 8, 3));
    options.hostConfirmsIndications = !parser.isSet(autoConfirmOption);
    options.resetReenumerates = parser.isSet(reenumerateOption);
    options.procedureStepMs = int(number(stepOption, 0, 10000, 0));

    Result<ProfileSet> profiles = parser.isSet(profileOption)
        ? ProfileLoader::loadFiles(parser.values(profileOption))
        : ProfileLoader::loadBuiltIn();
    if (!profiles.ok()) {
        printError(profiles.error().message());
        return 1;
    }
    ProfileSet set = profiles.value();
    if (parser.isSet(floodOption)) {
        const double rate = number(floodOption, 0, 10000000, 0);
        Result<ProfileSet> flood = ProfileLoader::loadFile(ProfileLoader::floodProfilePath());
        if (!flood.ok()) {
            printError(flood.error().message());
            return 1;
        }
        for (PeripheralProfile &p : flood.value().peripherals) {
            for (ServiceProfile &s : p.services) {
                for (CharacteristicProfile &c : s.characteristics) {
                    if (c.generator.kind == GeneratorSpec::Kind::Flood)
                        c.generator.rateHz = rate;
                }
            }
        }
        set.append(flood.value());
    }
    if (parser.isSet(faultsOption)) {
        const Result<ProfileSet> faults = ProfileLoader::loadFile(parser.value(faultsOption));
        if (!faults.ok()) {
            printError(faults.error().message());
            return 1;
        }
        set.append(faults.value());
    }

    VirtualDongle dongle(options);
    dongle.addProfiles(set);

    PseudoTerminal pty;
    if (!pty.open(QIODevice::ReadWrite)) {
        printError(tr("cannot open a pseudo-terminal: %1").arg(pty.errorString()));
        return 1;
    }
    dongle.attach(&pty);

    const QString linkPath = parser.value(linkOption);
    auto announce = [&pty, &linkPath] {
        if (!linkPath.isEmpty())
            updateLink(linkPath, pty.slavePath());
        QTextStream(stdout) << "gattscope-sim: serving a virtual BLED112 on " << pty.slavePath() << Qt::endl;
    };
    announce();
    QObject::connect(&dongle, &VirtualDongle::replugged, &app, announce);

    const int verbosity = int(parser.optionNames().count(QStringLiteral("v"))
                              + parser.optionNames().count(QStringLiteral("verbose")));
    if (verbosity > 0) {
        dongle.setTrafficSignals(true);
        QObject::connect(&dongle, &VirtualDongle::commandReceived, &app,
                         [verbosity](const QByteArray &bytes) { logPacket(true, bytes, verbosity); });
        QObject::connect(&dongle, &VirtualDongle::packetSent, &app,
                         [verbosity](const QByteArray &bytes) { logPacket(false, bytes, verbosity); });
        QObject::connect(&dongle, &VirtualDongle::unplugged, &app,
                         [] { printError(tr("unplugged (the pty is closed)")); });
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });

    const int code = app.exec();
    dongle.attach(nullptr);
    pty.close();
    if (!linkPath.isEmpty() && QFileInfo(linkPath).isSymLink())
        QFile::remove(linkPath);
    return code;
}
