// SPDX-License-Identifier: MIT
#include "bondcommand.h"

#include "clidevice.h"
#include "terminal.h"

#include <gattscope/app/common/console.h>

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace gattscope::cli {

QString BondCommand::summary() const
{
    return tr("Pair with a device and keep the bond; --list shows the bonds.");
}

int BondCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption passkey(QStringLiteral("passkey"),
                                     tr("The passkey, if the device asks for one."), tr("N"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the bonds the radio holds."));
    const QCommandLineOption noMitm(QStringLiteral("no-mitm"),
                                    tr("Do not ask for MITM protection (just works)."));
    parser.addOptions({ passkey, list, noMitm });
    if (const auto code
        = parseArguments(parser, arguments, context,
                         { { QStringLiteral("device"), tr("An address or an advertised name."),
                             QStringLiteral("[<device>]") } }))
        return *code;
    const QStringList args = positionalArguments(parser);
    std::optional<quint32> givenPasskey;
    if (parser.isSet(passkey)) {
        bool ok = false;
        const uint n = parser.value(passkey).toUInt(&ok);
        if (!ok || n > 999999)
            return usageError(
                context, tr("--passkey: \"%1\" is not a number from 0 to 999999").arg(parser.value(passkey)));
        givenPasskey = n;
    }

    CliDevice device(context, name());
    if (parser.isSet(list)) {
        if (!args.isEmpty())
            return usageError(context, tr("--list takes no device"));
        if (const int code = device.openBackend())
            return code;
        const Result<QList<Backend::Bond>> bonds = device.await(device.backend()->bonds());
        if (!bonds.ok())
            return device.fail(tr("cannot list the bonds"), bonds.error());
        QJsonArray out;
        for (const Backend::Bond &b : bonds.value()) {
            if (context.json) {
                QJsonObject o { { QStringLiteral("handle"), b.handle },
                                { QStringLiteral("keySize"), b.keySize },
                                { QStringLiteral("mitm"), b.mitm } };
                if (!b.address.isNull())
                    o.insert(QStringLiteral("address"), b.address.toString());
                out.append(o);
            } else {
                context.out << QStringLiteral("%1  ").arg(b.handle, 3)
                            << (b.address.isNull() ? tr("(address unknown)") : b.address.toString())
                            << QLatin1String("  ") << tr("key %1 bytes").arg(b.keySize)
                            << (b.mitm ? tr(", MITM") : QString()) << u'\n';
            }
        }
        if (context.json)
            writeJson(context, out);
        else if (bonds.value().isEmpty())
            context.out << tr("no bonds") << u'\n';
        return ExitOk;
    }
    if (args.size() != 1)
        return usageError(context, tr("give one device (or --list)"));
    if (const int code = device.open(args.first(), false))
        return code;
    Connection *connection = device.session()->connection();
    QObject::connect(connection, &Connection::passkeyRequested, device.hub(), [&] {
        if (givenPasskey) {
            connection->providePasskey(givenPasskey);
            return;
        }
        if (!console::stdinIsTerminal()) {
            connection->providePasskey(std::nullopt);
            return;
        }
        Terminal::clearProgress(context);
        context.err << tr("Passkey for %1: ").arg(device.title());
        context.err.flush();
        char line[32] = {};
        bool ok = false;
        uint n = 0;
        if (std::fgets(line, sizeof line, stdin))
            n = QString::fromLatin1(line).trimmed().toUInt(&ok);
        connection->providePasskey(ok && n <= 999999 ? std::optional<quint32>(n) : std::nullopt);
    });
    QObject::connect(connection, &Connection::passkeyDisplayed, device.hub(), [&](quint32 shown) {
        context.err << tr("Enter %1 on %2").arg(shown, 6, 10, QLatin1Char('0')).arg(device.title()) << u'\n';
        context.err.flush();
    });
    Terminal::progress(context, tr("Pairing with %1…").arg(device.title()));
    PairingOptions options;
    options.bond = true;
    options.mitm = !parser.isSet(noMitm);
    // Pairing may wait for a person to type a passkey: a longer timeout than other steps.
    const Status paired = device.await(connection->pair(options), std::max(context.timeoutMs, 60000));
    Terminal::clearProgress(context);
    if (!paired.ok())
        return device.fail(tr("cannot bond with %1").arg(device.title()), paired.error());
    if (context.json) {
        writeJson(context,
                  QJsonObject { { QStringLiteral("address"), device.device().address.toString() },
                                { QStringLiteral("encrypted"), connection->isEncrypted() } });
    } else {
        context.out << tr("Bonded with %1 (%2)").arg(device.title(), device.device().address.toString())
                    << u'\n';
    }
    return ExitOk;
}

} // namespace gattscope::cli
