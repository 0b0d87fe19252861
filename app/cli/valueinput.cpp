// SPDX-License-Identifier: MIT
#include "valueinput.h"

#include <gattscope/core/base/hexcodec.h>
#include <gattscope/core/codecs/fieldlayout.h>
#include <gattscope/core/codecs/presentationformat.h>
#include <gattscope/core/codecs/textcodec.h>

namespace gattscope::cli {

namespace {

const QList<std::pair<QLatin1String, GattFormat>> &formats()
{
    static const QList<std::pair<QLatin1String, GattFormat>> list {
        { QLatin1String("bool"), GattFormat::Boolean },    { QLatin1String("boolean"), GattFormat::Boolean },
        { QLatin1String("uint8"), GattFormat::UInt8 },     { QLatin1String("uint12"), GattFormat::UInt12 },
        { QLatin1String("uint16"), GattFormat::UInt16 },   { QLatin1String("uint24"), GattFormat::UInt24 },
        { QLatin1String("uint32"), GattFormat::UInt32 },   { QLatin1String("uint48"), GattFormat::UInt48 },
        { QLatin1String("uint64"), GattFormat::UInt64 },   { QLatin1String("sint8"), GattFormat::SInt8 },
        { QLatin1String("int8"), GattFormat::SInt8 },      { QLatin1String("sint12"), GattFormat::SInt12 },
        { QLatin1String("sint16"), GattFormat::SInt16 },   { QLatin1String("int16"), GattFormat::SInt16 },
        { QLatin1String("sint24"), GattFormat::SInt24 },   { QLatin1String("int24"), GattFormat::SInt24 },
        { QLatin1String("sint32"), GattFormat::SInt32 },   { QLatin1String("int32"), GattFormat::SInt32 },
        { QLatin1String("sint48"), GattFormat::SInt48 },   { QLatin1String("int48"), GattFormat::SInt48 },
        { QLatin1String("sint64"), GattFormat::SInt64 },   { QLatin1String("int64"), GattFormat::SInt64 },
        { QLatin1String("float32"), GattFormat::Float32 }, { QLatin1String("float64"), GattFormat::Float64 },
        { QLatin1String("sfloat"), GattFormat::SFloat },   { QLatin1String("float"), GattFormat::Float },
        { QLatin1String("duint16"), GattFormat::DUInt16 }, { QLatin1String("utf8"), GattFormat::Utf8s },
        { QLatin1String("utf8s"), GattFormat::Utf8s },
    };
    return list;
}

Result<QByteArray> explained(Result<QByteArray> result, const QString &what)
{
    if (result.ok())
        return result;
    return Error(Error::Kind::InvalidArgument, what + QLatin1String(": ") + result.error().message());
}

} // namespace

Result<QByteArray> ValueInput::hex(const QString &text)
{
    return explained(parseHex(text), tr("--hex \"%1\" is not hex").arg(text));
}

Result<QByteArray> ValueInput::text(const QString &text)
{
    return explained(parseEscapedText(text), tr("--text"));
}

Result<QByteArray> ValueInput::typed(const QString &value, const QString &format)
{
    const QString name = format.trimmed().toLower();
    for (const auto &[key, gattFormat] : formats()) {
        if (name == key) {
            PresentationFormat f;
            f.format = gattFormat;
            return explained(f.encode(value.trimmed()), tr("--value \"%1\" as %2").arg(value, name));
        }
    }
    const Result<FieldLayout> layout = FieldLayout::parse(format);
    if (!layout.ok())
        return Error(Error::Kind::InvalidArgument,
                     tr("--format \"%1\" is neither a format (%2) nor a field layout: %3")
                         .arg(format, formatNames(), layout.error().message()));
    return explained(layout.value().encodeText(value), tr("--value \"%1\" as %2").arg(value, format));
}

Result<QByteArray> ValueInput::inRepresentation(const QString &value, const ValueDecoder &decoder)
{
    return explained(decoder.encode(value),
                     tr("--value \"%1\" as %2").arg(value, decoder.representationText()));
}

QString ValueInput::formatNames()
{
    return QStringLiteral("uint8…uint64, sint8…sint64, float32, float64, sfloat, float, bool, utf8, duint16");
}

} // namespace gattscope::cli
