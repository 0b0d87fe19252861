// SPDX-License-Identifier: MIT
// Typed values: the 0x2904 Characteristic Presentation Format descriptor and the values it
// describes (core/codecs/presentationformat.h), and the ValueDecoder facade that the tree,
// the editors and the plots use with such a descriptor. Properties:
//   - a 7-byte descriptor parses and toBytes() gives the same 7 bytes; any other length is
//     an InvalidArgument error;
//   - decoding never fails as a call and always shows something;
//   - what decode() shows can be written back: when a value decodes cleanly (no error, no
//     warning), encode(text) succeeds and decodes to the same text (the value editor's
//     round trip);
//   - text the user types either encodes or is an InvalidArgument error.
// Input: 7 descriptor bytes, byte 7 = how many value bytes follow, then the value, then
// the rest as typed text (UTF-8).
#include "fuzzsupport.h"

#include <gattscope/core/codecs/presentationformat.h>
#include <gattscope/core/codecs/valuedecoder.h>

using namespace gattscope;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 8)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArrayView descriptor = input.first(7);
    const QByteArrayView rest = input.sliced(8);
    const QByteArrayView value = rest.first(qMin(qsizetype(data[7]), rest.size()));
    const QString typed = QString::fromUtf8(rest.sliced(value.size()));

    FUZZ_CHECK(!PresentationFormat::parse(input.first(6)).ok());
    const Result<PresentationFormat> parsed = PresentationFormat::parse(descriptor);
    FUZZ_CHECK(parsed.ok());
    const PresentationFormat &format = parsed.value();
    FUZZ_CHECK(format.toBytes() == descriptor);
    FUZZ_CHECK(!format.toString().isEmpty());
    (void)format.unitSymbol();

    const DecodedValue decoded = format.decode(value);
    FUZZ_CHECK(decoded.source == DecodedValue::Source::PresentationFormat);
    FUZZ_CHECK(!decoded.text.isEmpty() || value.isEmpty() || gattFormatSize(format.format) == 0);
    if (decoded.ok() && decoded.warning.isEmpty() && isKnownGattFormat(format.format)) {
        const Result<QByteArray> encoded = format.encode(decoded.text);
        FUZZ_CHECK_NOTE(encoded.ok(),
                        gattFormatName(format.format) + u": \"" + decoded.text + u"\": "
                            + encoded.error().message());
        const DecodedValue again = format.decode(encoded.value());
        FUZZ_CHECK_NOTE(again.text == decoded.text,
                        gattFormatName(format.format) + u": \"" + decoded.text + u"\" became \"" + again.text
                            + u'"');
    }
    const Result<QByteArray> fromTyped = format.encode(typed);
    if (!fromTyped.ok())
        FUZZ_CHECK(fromTyped.error().kind() == Error::Kind::InvalidArgument
                   || fromTyped.error().kind() == Error::Kind::NotSupported);

    // The facade, as the GATT tree builds it for a characteristic with this descriptor.
    Descriptor d;
    d.handle = 0x0010;
    d.uuid = Uuid(0x2904);
    d.value = descriptor.toByteArray();
    d.hasValue = true;
    const ValueDecoder decoder(Uuid(quint32(0xFF00) | data[0]), { d });
    FUZZ_CHECK(!decoder.representationText().isEmpty());
    const DecodedValue viaFacade = decoder.decode(value);
    (void)viaFacade;
    for (DecodedValue::Source as :
         { DecodedValue::Source::PresentationFormat, DecodedValue::Source::Hex, DecodedValue::Source::Utf8,
           DecodedValue::Source::UserLayout, DecodedValue::Source::SigCharacteristic }) {
        const Result<QByteArray> r = decoder.encode(typed, as);
        FUZZ_CHECK(r.ok() || !r.error().message().isEmpty());
    }
    return 0;
}
