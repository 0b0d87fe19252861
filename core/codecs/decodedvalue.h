// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>

#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>

namespace gattscope {

// One plottable number taken from a value.
//
// Contract for plots, CSV and the CLI: a value yields its fields in packet order. A
// series is identified by `key`; the same key may appear several times in one value
// when the packet carries several samples of that series (Heart Rate Measurement
// sends 0..9 "rr_interval" entries per notification). Consumers that want one sample
// per key per packet take the first; plots append all of them in order.
// A sample without a value (IEEE-11073 NaN/NRes, temperature "unknown") is kept as NaN
// so that timing stays aligned; plots should draw a gap.
struct DecodedField
{
    QString key; // stable, untranslated: "heart_rate", "rr_interval", "x", "value"
    QString name; // for people, translated: "Heart rate", "RR interval"
    double value = 0;
    QString unit; // symbol: "bpm", "ms", "°C", "%"; empty when unitless

    friend bool operator==(const DecodedField &, const DecodedField &) = default;
};

// A characteristic or descriptor value made readable.
struct DecodedValue
{
    // Which representation produced this value (also what ValueDecoder::encode() must be
    // given to turn edited text back into bytes).
    enum class Source : quint8 {
        UserLayout, // the user's FieldLayout ("<hhh")
        PresentationFormat, // the 0x2904 descriptor
        SigCharacteristic, // a known SIG characteristic or descriptor (HRM, battery, …)
        Utf8, // no metadata, but the bytes are printable UTF-8
        Hex, // no metadata: raw bytes
    };

    Source source = Source::Hex;
    // One line for the tree, log and CLI, units included: "72 bpm, contact detected,
    // RR 1000 ms", "23.45 °C", "x: 1, y: -2, z: 3". Never empty for non-empty bytes: when
    // decoding fails it shows the bytes in hex, so nothing is hidden.
    QString text;
    // Unit symbol of the main value ("bpm", "°C"), empty when none or not one unit.
    QString unit;
    QList<DecodedField> fields;
    // Set when the bytes do not match what the source expects (too short, malformed);
    // text then holds whatever could be decoded, or the hex.
    Error error;
    // Non-fatal remarks: "2 trailing bytes ignored", "invalid UTF-8 at byte 3".
    QString warning;

    bool ok() const { return !error; }

    // Hex text for `bytes` with an optional error, for failed decodes.
    static DecodedValue hex(QByteArrayView bytes, Source source = Source::Hex, Error error = {});
};

// "field layout", "presentation format", "SIG", "UTF-8", "hex" (translated).
QString decodedValueSourceName(DecodedValue::Source source);

// Appends `note` to `warning`, separated by "; ".
void appendWarning(QString &warning, const QString &note);

} // namespace gattscope

Q_DECLARE_METATYPE(gattscope::DecodedField)
Q_DECLARE_METATYPE(gattscope::DecodedValue)
