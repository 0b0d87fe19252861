// SPDX-License-Identifier: MIT
// The SIG characteristic and descriptor decoders (core/codecs/sigcharacteristics.h) and
// their text encoders. Properties: every known UUID decodes any bytes without failing as a
// call, showing some text; what a cleanly decoded writable value shows can be written back
// (encodeSigValue(text) succeeds and decodes to the same text); typed text either encodes
// or is an InvalidArgument error.
// Input: byte 0 picks the UUID, byte 1 the value's length, then the value, then typed text.
#include "fuzzsupport.h"

#include <gattscope/core/codecs/sigcharacteristics.h>

using namespace gattscope;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static constexpr quint16 kUuids[]
        = { 0x2A00, 0x2A01, 0x2A05, 0x2A19, 0x2A1C, 0x2A1D, 0x2A24, 0x2A25, 0x2A26, 0x2A27,
            0x2A28, 0x2A29, 0x2A37, 0x2A38, 0x2A39, 0x2A6E, 0x2900, 0x2901, 0x2902, 0x2904 };
    if (size < 2)
        return 0;
    const Uuid uuid(kUuids[data[0] % std::size(kUuids)]);
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const QByteArrayView value = rest.first(qMin(qsizetype(data[1]), rest.size()));
    const QString typed = QString::fromUtf8(rest.sliced(value.size()));

    FUZZ_CHECK(isKnownSigValue(uuid));
    const std::optional<DecodedValue> decoded = decodeSigValue(uuid, value);
    FUZZ_CHECK(decoded.has_value());
    FUZZ_CHECK(!decoded->text.isEmpty() || value.isEmpty() || decoded->ok());
    const QString what = uuid.toString() + u' ';
    if (decoded->ok() && decoded->warning.isEmpty() && isSigValueEncodable(uuid)) {
        const Result<QByteArray> encoded = encodeSigValue(uuid, decoded->text);
        FUZZ_CHECK_NOTE(encoded.ok(), what + decoded->text + u": " + encoded.error().message());
        const QString again = decodeSigValue(uuid, encoded.value())->text;
        FUZZ_CHECK_NOTE(again == decoded->text, what + u'"' + decoded->text + u"\" became \"" + again + u'"');
    }
    const Result<QByteArray> fromTyped = encodeSigValue(uuid, typed);
    if (!fromTyped.ok())
        FUZZ_CHECK(fromTyped.error().kind() == Error::Kind::InvalidArgument
                   || fromTyped.error().kind() == Error::Kind::NotSupported);
    return 0;
}
