// SPDX-License-Identifier: MIT
#include "valuedecoder.h"

#include "codecutil_p.h"
#include "sigcharacteristics.h"
#include "textcodec.h"

#include <gattscope/core/base/hexcodec.h>

#include <QCoreApplication>

namespace gattscope {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct ValueDecoderTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::ValueDecoder)
};

using Source = DecodedValue::Source;

DecodedValue decodeUntyped(QByteArrayView bytes)
{
    const DecodedText t = decodeUtf8(bytes, InvalidUtf8Display::Escape, TrailingNuls::Strip);
    if (t.isPrintable() && t.text.size() >= 2) {
        DecodedValue v;
        v.source = Source::Utf8;
        v.text = t.text;
        if (t.trailingNuls > 0) {
            v.warning = ValueDecoderTexts::tr("%1 trailing NUL padding not shown")
                            .arg(codec::byteCountText(t.trailingNuls));
        }
        return v;
    }
    return DecodedValue::hex(bytes);
}
} // namespace

ValueDecoder::ValueDecoder(const Uuid &uuid, const QList<Descriptor> &descriptors,
                           const FieldLayout &userLayout)
    : m_uuid(uuid)
    , m_layout(userLayout)
{
    int formats = 0;
    for (const Descriptor &d : descriptors) {
        if (d.uuid != GattUuid::PresentationFormat || !d.hasValue)
            continue;
        if (++formats > 1)
            continue; // several 0x2904 go with an Aggregate Format; the first one describes the value start
        const Result<PresentationFormat> f = PresentationFormat::parse(d.value);
        if (!f.ok())
            m_configurationWarning = f.error().message();
        else if (!isKnownGattFormat(f.value().format))
            m_configurationWarning
                = ValueDecoderTexts::tr("Presentation Format names %1").arg(gattFormatName(f.value().format));
        else
            m_format = f.value();
    }
    if (formats > 1)
        appendWarning(
            m_configurationWarning,
            ValueDecoderTexts::tr("%1 Presentation Format descriptors; the first one is used").arg(formats));

    if (!m_layout.isEmpty())
        m_fixedSource = Source::UserLayout;
    else if (m_format)
        m_fixedSource = Source::PresentationFormat;
    else if (isKnownSigValue(m_uuid))
        m_fixedSource = Source::SigCharacteristic;
}

ValueDecoder ValueDecoder::forCharacteristic(const Characteristic &characteristic,
                                             const FieldLayout &userLayout)
{
    return ValueDecoder(characteristic.uuid, characteristic.descriptors, userLayout);
}

QString ValueDecoder::representationText() const
{
    if (!m_fixedSource)
        return ValueDecoderTexts::tr("UTF-8 or hex");
    switch (*m_fixedSource) {
    case Source::UserLayout: return ValueDecoderTexts::tr("field layout %1").arg(m_layout.format());
    case Source::PresentationFormat: return m_format->toString();
    case Source::SigCharacteristic: return ValueDecoderTexts::tr("SIG format of %1").arg(m_uuid.toString());
    case Source::Utf8: return ValueDecoderTexts::tr("UTF-8");
    case Source::Hex: return ValueDecoderTexts::tr("hex");
    }
    return {};
}

DecodedValue ValueDecoder::decode(QByteArrayView bytes) const
{
    if (!m_fixedSource)
        return decodeUntyped(bytes);
    switch (*m_fixedSource) {
    case Source::UserLayout: return m_layout.decodeValue(bytes);
    case Source::PresentationFormat: return m_format->decode(bytes);
    case Source::SigCharacteristic:
        if (std::optional<DecodedValue> v = decodeSigValue(m_uuid, bytes))
            return *v;
        break;
    case Source::Utf8:
    case Source::Hex: break;
    }
    return decodeUntyped(bytes);
}

Result<QByteArray> ValueDecoder::encode(QStringView text, DecodedValue::Source as) const
{
    switch (as) {
    case Source::UserLayout:
        if (m_layout.isEmpty())
            return Error(Error::Kind::InvalidArgument, ValueDecoderTexts::tr("no field layout is set"));
        return m_layout.encodeText(text);
    case Source::PresentationFormat:
        if (!m_format)
            return Error(Error::Kind::InvalidArgument,
                         ValueDecoderTexts::tr("no Presentation Format descriptor"));
        return m_format->encode(text);
    case Source::SigCharacteristic: return encodeSigValue(m_uuid, text);
    case Source::Utf8: return parseEscapedText(text);
    case Source::Hex: return parseHex(text);
    }
    return parseHex(text);
}

Result<QByteArray> ValueDecoder::encode(QStringView text) const
{
    return encode(text, m_fixedSource.value_or(Source::Hex));
}

bool ValueDecoder::canEncode(DecodedValue::Source as) const
{
    switch (as) {
    case Source::UserLayout: return !m_layout.isEmpty();
    case Source::PresentationFormat: return m_format.has_value();
    case Source::SigCharacteristic: return isSigValueEncodable(m_uuid);
    case Source::Utf8:
    case Source::Hex: return true;
    }
    return false;
}

} // namespace gattscope
