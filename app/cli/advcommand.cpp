// SPDX-License-Identifier: MIT
#include "advcommand.h"

#include "advertisingjson.h"

#include <gattscope/core/advertising/advertisingdata.h>
#include <gattscope/core/base/hexcodec.h>

namespace gattscope::cli {

QString AdvCommand::summary() const
{
    return tr("Decode advertising data given as hex.");
}

int AdvCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u'\n'
        + tr("The hex may contain spaces, colons, dashes or commas, and may be split over several "
             "arguments: 02:01:06:06:09:48:52:4d:2d:31"));
    const QCommandLineOption scanResponse({ QStringLiteral("s"), QStringLiteral("scan-response") },
                                          tr("Also decode this scan response (hex) and merge it."),
                                          QStringLiteral("hex"));
    parser.addOption(scanResponse);
    if (const auto code = parseArguments(
            parser, arguments, context,
            { { QStringLiteral("hex"), tr("The advertising data bytes."), QStringLiteral("<hex>...") } }))
        return *code;

    const QString hexText = positionalArguments(parser).join(u' ');
    if (hexText.trimmed().isEmpty())
        return usageError(context, tr("give the advertising data as hex"));
    const Result<QByteArray> advBytes = parseHex(hexText);
    if (!advBytes.ok())
        return fail(context, tr("not valid hex: %1").arg(advBytes.error().message()), ExitDataError);
    AdvertisingData ad = AdvertisingData::parse(advBytes.value());

    std::optional<QByteArray> rspBytes;
    if (parser.isSet(scanResponse)) {
        const Result<QByteArray> parsed = parseHex(parser.value(scanResponse));
        if (!parsed.ok())
            return fail(context, tr("scan response is not valid hex: %1").arg(parsed.error().message()),
                        ExitDataError);
        rspBytes = parsed.value();
        ad = AdvertisingData::merged(ad, AdvertisingData::parse(*rspBytes, AdSource::ScanResponse));
    }

    if (context.json) {
        writeJson(context, advertisingDataToJson(ad, advBytes.value(), rspBytes));
    } else {
        for (const AdStructure &s : ad.structures()) {
            const QString where = s.source == AdSource::ScanResponse
                ? tr("scan response offset %1").arg(s.offset)
                : tr("offset %1").arg(s.offset);
            context.out << where << QLatin1String(": ") << s.describe() << u'\n';
        }
        if (ad.isEmpty() && ad.isWellFormed())
            context.out << tr("no AD structures") << u'\n';
        for (const AdParseError &e : ad.errors())
            context.out << tr("error: %1").arg(e.toString()) << u'\n';
    }
    return ad.isWellFormed() ? ExitOk : ExitDataError;
}

} // namespace gattscope::cli
