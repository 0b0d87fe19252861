// SPDX-License-Identifier: MIT
#pragma once

#include "decodedvalue.h"
#include "fieldlayout.h"
#include "presentationformat.h"

#include <gattscope/core/base/result.h>
#include <gattscope/core/base/uuid.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace gattscope {

// The one place that turns characteristic (or descriptor) bytes into text and plottable
// fields, and edited text back into bytes. Build one per characteristic (cheap; the
// choice of representation and the 0x2904 parse happen once) and call decode() for
// every read or notification — from any thread: it is a value type with const methods.
//
// Representation, first that applies:
//   1. the user's FieldLayout, when not empty           → Source::UserLayout
//   2. a 0x2904 Presentation Format descriptor that was read, is 7 bytes and names a
//      known format (the first one when there are several) → Source::PresentationFormat
//   3. a SIG characteristic/descriptor sigcharacteristics.h knows → Source::SigCharacteristic
//   4. per value: printable UTF-8 of at least two characters (trailing NUL padding
//      allowed) → Source::Utf8, else → Source::Hex
//
// Fields for plots: see DecodedField. Heart Rate Measurement gives "heart_rate" [bpm],
// "energy_expended" [kJ] when present, then one "rr_interval" [ms] entry per RR value
// in the packet (0..9), in packet order.
class ValueDecoder
{
public:
    // Hex/UTF-8 only.
    ValueDecoder() = default;
    // `descriptors` are the characteristic's descriptors as discovery/reads left them
    // (only a 0x2904 with hasValue matters); an empty `userLayout` means none.
    explicit ValueDecoder(const Uuid &uuid, const QList<Descriptor> &descriptors = {},
                          const FieldLayout &userLayout = FieldLayout());
    static ValueDecoder forCharacteristic(const Characteristic &characteristic,
                                          const FieldLayout &userLayout = FieldLayout());

    Uuid uuid() const { return m_uuid; }
    // The representation every value gets, or nullopt when it is chosen per value
    // (UTF-8 if printable, else hex).
    std::optional<DecodedValue::Source> fixedSource() const { return m_fixedSource; }
    const std::optional<PresentationFormat> &presentationFormat() const { return m_format; }
    const FieldLayout &userLayout() const { return m_layout; }
    // Why a 0x2904 that was present is not used ("descriptor is 5 bytes"), else empty.
    QString configurationWarning() const { return m_configurationWarning; }
    // For tooltips and editor labels: "field layout <hhh", "sint16 × 10^-2, … [°C]",
    // "Heart Rate Measurement (SIG)", "UTF-8 or hex".
    QString representationText() const;

    // Never fails as a call: problems are in DecodedValue::error / warning, and the text
    // always shows something (hex at worst).
    DecodedValue decode(QByteArrayView bytes) const;

    // Edited text back to bytes in the representation `as` (normally the `source` of the
    // value the editor shows): UserLayout → FieldLayout::encodeText, PresentationFormat
    // → PresentationFormat::encode, SigCharacteristic → encodeSigValue (NotSupported
    // for read/notify-only formats such as Heart Rate Measurement: offer hex then),
    // Utf8 → parseEscapedText, Hex → parseHex. Errors are InvalidArgument with a
    // message for the user, or NotSupported.
    Result<QByteArray> encode(QStringView text, DecodedValue::Source as) const;
    // Same with fixedSource(), or hex when the representation is chosen per value.
    Result<QByteArray> encode(QStringView text) const;
    // Whether encode(…, as) can work at all, so an editor can offer hex instead up front:
    // false for SigCharacteristic formats without a text encoder (Heart Rate Measurement),
    // for UserLayout without a layout and PresentationFormat without a usable 0x2904.
    bool canEncode(DecodedValue::Source as) const;

private:
    Uuid m_uuid;
    FieldLayout m_layout;
    std::optional<PresentationFormat> m_format;
    std::optional<DecodedValue::Source> m_fixedSource;
    QString m_configurationWarning;
};

} // namespace gattscope
