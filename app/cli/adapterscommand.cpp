// SPDX-License-Identifier: MIT
#include "adapterscommand.h"

#include "terminal.h"

#include <gattscope/backends/backendfactory.h>

#include <QJsonArray>
#include <QJsonObject>

namespace gattscope::cli {

QString AdaptersCommand::summary() const
{
    return tr("List the radios that can be opened, with their --backend URI.");
}

int AdaptersCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    if (const auto code = parseArguments(parser, arguments, context, {}))
        return *code;
    if (!positionalArguments(parser).isEmpty())
        return usageError(context, tr("unexpected argument \"%1\"").arg(positionalArguments(parser).first()));
    // The system's adapters are asked over D-Bus in the background: wait for that answer
    // (at most a second and a half without bluetoothd).
    probeBackends().waitForFinished();
    const QList<BackendDescriptor> backends = availableBackends();
    qsizetype width = 4;
    for (const BackendDescriptor &b : backends)
        width = std::max(width, b.uri.size());
    QJsonArray out;
    for (const BackendDescriptor &b : backends) {
        if (context.json)
            out.append(
                QJsonObject { { QStringLiteral("uri"), b.uri }, { QStringLiteral("label"), b.label } });
        else
            context.out << Terminal::paint(context, Terminal::pad(b.uri, width), Terminal::Colour::Cyan)
                        << QLatin1String("  ") << b.label << u'\n';
    }
    if (context.json)
        writeJson(context, out);
    return ExitOk;
}

} // namespace gattscope::cli
