// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>
#include <gattscope/core/base/uuid.h>
#include <gattscope/core/codecs/decodedvalue.h>
#include <gattscope/core/codecs/fieldlayout.h>
#include <gattscope/core/codecs/numericdecoder.h>
#include <gattscope/core/codecs/valuedecoder.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gattscope {

// How the bytes of one stream become numbers. Filled by whoever sends a characteristic
// to a plot (the GATT tree's context menu) from what discovery found.
struct DecoderSpec
{
    // What core's ValueDecoder is offered. Auto: the user's layout when set, else the 0x2904
    // descriptor, else the SIG decoder (ValueDecoder's order).
    enum class Kind : quint8 {
        Auto,
        PresentationFormat, // only the 0x2904 descriptor in presentationFormat
        FieldLayout, // only the user's layout in `layout`
    };

    Kind kind = Kind::Auto;
    Uuid characteristic; // the characteristic's UUID (Heart Rate Measurement is 0x2A37)
    QByteArray presentationFormat; // raw 7-byte 0x2904 value, when the characteristic has one
    // The user's layout ("<hhh" → x, y, z) with its names, scale, offset and unit.
    FieldLayout layout;
    // Name of a layout field that counts packets (e.g. a sequence byte). It is not
    // plotted; a jump of more than one counts the missing packets as dropped.
    QString counterField;

    static DecoderSpec forCharacteristic(const Uuid &uuid, const QByteArray &presentationFormat = {});
    // From discovery: the UUID and the 0x2904 value when it was read, plus an optional layout.
    static DecoderSpec forCharacteristic(const Characteristic &characteristic,
                                         const FieldLayout &layout = FieldLayout());
    static DecoderSpec forLayout(const FieldLayout &layout);
    // Parses `format` (FieldLayout syntax); the error names what is wrong with it.
    static Result<DecoderSpec> forLayout(QStringView format, double scale = 1.0, double offset = 0.0,
                                         const QString &unit = {}, const QStringList &names = {});
};

// A series a stream produces: stable key ("heart_rate", "x"), display name and unit.
struct SeriesInfo
{
    QString key;
    QString name;
    QString unit;
};

// One decoded point for series `series` (index into StreamDecoder::series()).
struct DecodedPoint
{
    int series = 0;
    qint64 tUs = 0;
    double y = 0;
};

// Turns one stream's values into points, through core's numbers-only decode path
// (NumericDecoder: the representation ValueDecoder would choose, without building text).
//
// Contract:
// - Each field key of the decoded value is one series, created the first time it appears
//   (Heart Rate Measurement declares "heart_rate" and "rr_interval" up front so both plots
//   exist before the first RR arrives). series() only grows.
// - A key that repeats inside one value carries several samples. RR intervals are
//   durations ending at the latest beat: the last one is stamped at the packet's time and
//   each earlier one one interval before the next, never earlier than the previous RR
//   point. Other repeated keys are spread evenly between the previous packet and this one.
// - Fields without a value (NaN) produce no point; they are counted in missing().
// - The counter field, when named, yields no series; a jump of n > 1 adds n − 1 to
//   dropped() (modulo its width, taken as 8/16/32 bits from the largest value seen).
// - The Heart Rate Measurement's sensor-contact flags are kept in sensorContact().
class StreamDecoder
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::StreamDecoder)

public:
    enum class Contact : quint8 {
        Unknown, // nothing decoded yet, or not a heart-rate stream
        NotSupported,
        NotDetected,
        Detected
    };

    explicit StreamDecoder(DecoderSpec spec);

    const DecoderSpec &spec() const { return m_spec; }
    // Non-empty when the spec cannot decode anything (bad layout, bad 0x2904 value).
    QString specError() const { return m_specError; }
    const QList<SeriesInfo> &series() const { return m_series; }
    bool isHeartRate() const { return m_heartRate; }

    // Decodes one value received at tUs and appends its points to `out`. Returns the
    // codec's error when the bytes do not fit (no points are appended then). Builds no text
    // for a value that decodes.
    Status decode(QByteArrayView value, qint64 tUs, QList<DecodedPoint> &out);

    Contact sensorContact() const { return m_contact; }
    quint64 dropped() const { return m_dropped; }
    quint64 missing() const { return m_missing; }

    // Whether core decodes this characteristic by itself (no layout needed).
    static bool decodesItself(const Uuid &characteristic);

private:
    // What a field of the numeric decoder becomes.
    enum Role : int {
        Unassigned = -1,
        Skipped = -2, // Heart Rate Measurement's energy expended
        Counter = -3, // the spec's counter field
    };
    int seriesIndex(const QString &key, const QString &name, const QString &unit);
    int roleOf(int field);
    void noteCounter(double value);

    DecoderSpec m_spec;
    ValueDecoder m_codec;
    NumericDecoder m_numeric;
    QString m_specError;
    bool m_heartRate = false;
    QList<SeriesInfo> m_series;
    QList<int> m_roles; // by numeric field: a series index or a Role
    int m_rrSeries = -1;
    QList<NumericDecoder::Number> m_numbers; // reused per value
    QList<int> m_perSeries; // samples per series in the current value
    QList<int> m_seen;
    std::optional<qint64> m_previousPacketUs;
    std::optional<qint64> m_lastRrUs;
    std::optional<quint64> m_lastCounter;
    quint64 m_counterMax = 0;
    Contact m_contact = Contact::Unknown;
    quint64 m_dropped = 0;
    quint64 m_missing = 0;
};

} // namespace gattscope
