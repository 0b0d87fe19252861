// SPDX-License-Identifier: MIT
#include "portscommand.h"

#include "terminal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSerialPortInfo>

namespace gattscope::cli {

namespace {
constexpr quint16 kBled112Vendor = 0x2458;
constexpr quint16 kBled112Product = 0x0001;
} // namespace

QString PortsCommand::summary() const
{
    return tr("List serial ports; BLED112 dongles are marked.");
}

int PortsCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    if (const auto code = parseArguments(parser, arguments, context, {}))
        return *code;
    if (!positionalArguments(parser).isEmpty())
        return usageError(context, tr("unexpected argument \"%1\"").arg(positionalArguments(parser).first()));
    QJsonArray out;
    const QList<QSerialPortInfo> ports = QSerialPortInfo::availablePorts();
    qsizetype width = 4;
    for (const QSerialPortInfo &p : ports)
        width = std::max(width, p.systemLocation().size());
    for (const QSerialPortInfo &p : ports) {
        const bool bled112 = p.hasVendorIdentifier() && p.hasProductIdentifier()
            && p.vendorIdentifier() == kBled112Vendor && p.productIdentifier() == kBled112Product;
        const QString uri = QStringLiteral("bgapi:") + p.systemLocation();
        if (context.json) {
            QJsonObject o { { QStringLiteral("port"), p.systemLocation() },
                            { QStringLiteral("uri"), uri },
                            { QStringLiteral("description"), p.description() },
                            { QStringLiteral("manufacturer"), p.manufacturer() },
                            { QStringLiteral("serialNumber"), p.serialNumber() },
                            { QStringLiteral("bled112"), bled112 } };
            o.insert(QStringLiteral("vendorId"),
                     p.hasVendorIdentifier() ? QJsonValue(p.vendorIdentifier()) : QJsonValue());
            o.insert(QStringLiteral("productId"),
                     p.hasProductIdentifier() ? QJsonValue(p.productIdentifier()) : QJsonValue());
            out.append(o);
            continue;
        }
        QString ids = p.hasVendorIdentifier() ? QStringLiteral("%1:%2")
                                                    .arg(p.vendorIdentifier(), 4, 16, QLatin1Char('0'))
                                                    .arg(p.productIdentifier(), 4, 16, QLatin1Char('0'))
                                              : QStringLiteral("         ");
        context.out << Terminal::pad(p.systemLocation(), width) << QLatin1String("  ") << ids
                    << QLatin1String("  ")
                    << (bled112 ? Terminal::paint(context, QStringLiteral("BLED112"), Terminal::Colour::Green)
                                + QLatin1String("  ")
                                : QString())
                    << p.description() << u'\n';
    }
    if (context.json)
        writeJson(context, out);
    else if (ports.isEmpty())
        context.out << tr("no serial ports") << u'\n';
    return ExitOk;
}

} // namespace gattscope::cli
