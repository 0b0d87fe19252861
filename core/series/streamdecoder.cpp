// SPDX-License-Identifier: MIT
#include "streamdecoder.h"

#include <gattscope/core/codecs/heartratemeasurement.h>
#include <gattscope/core/codecs/sigcharacteristics.h>

#include <cmath>

namespace gattscope {

namespace {

const QString HeartRateKey = QStringLiteral("heart_rate");
const QString RrKey = QStringLiteral("rr_interval");
// Cumulative kJ, sent every few packets: not worth a plot of its own.
const QString EnergyKey = QStringLiteral("energy_expended");

} // namespace

DecoderSpec DecoderSpec::forCharacteristic(const Uuid &uuid, const QByteArray &presentationFormat)
{
    DecoderSpec spec;
    spec.characteristic = uuid;
    spec.presentationFormat = presentationFormat;
    return spec;
}

DecoderSpec DecoderSpec::forLayout(const FieldLayout &layout)
{
    DecoderSpec spec;
    spec.kind = Kind::FieldLayout;
    spec.layout = layout;
    return spec;
}

Result<DecoderSpec> DecoderSpec::forLayout(QStringView format, double scale, double offset,
                                           const QString &unit, const QStringList &names)
{
    Result<FieldLayout> parsed = FieldLayout::parse(format);
    if (!parsed.ok())
        return parsed.error();
    FieldLayout layout = parsed.value();
    layout.setScale(scale);
    layout.setOffset(offset);
    layout.setUnit(unit);
    if (!names.isEmpty())
        layout.setNames(names);
    return forLayout(layout);
}

DecoderSpec DecoderSpec::forCharacteristic(const Characteristic &characteristic, const FieldLayout &layout)
{
    DecoderSpec spec;
    spec.characteristic = characteristic.uuid;
    if (const Descriptor *format = characteristic.descriptor(Uuid(0x2904)); format && format->hasValue)
        spec.presentationFormat = format->value;
    spec.layout = layout;
    return spec;
}

bool StreamDecoder::decodesItself(const Uuid &characteristic)
{
    return isKnownSigValue(characteristic);
}

StreamDecoder::StreamDecoder(DecoderSpec spec)
    : m_spec(std::move(spec))
{
    // core's ValueDecoder picks the representation (layout, else 0x2904, else SIG); the
    // kind only narrows what it is offered.
    QList<Descriptor> descriptors;
    if (m_spec.kind != DecoderSpec::Kind::FieldLayout && !m_spec.presentationFormat.isEmpty()) {
        Descriptor format;
        format.uuid = Uuid(0x2904);
        format.value = m_spec.presentationFormat;
        format.hasValue = true;
        descriptors.append(format);
    }
    const FieldLayout layout
        = m_spec.kind == DecoderSpec::Kind::PresentationFormat ? FieldLayout() : m_spec.layout;
    m_codec = ValueDecoder(m_spec.characteristic, descriptors, layout);

    const std::optional<DecodedValue::Source> source = m_codec.fixedSource();
    const bool numeric = source == DecodedValue::Source::UserLayout
        || source == DecodedValue::Source::PresentationFormat
        || source == DecodedValue::Source::SigCharacteristic;
    if (m_spec.kind == DecoderSpec::Kind::FieldLayout && m_spec.layout.isEmpty())
        m_specError = tr("The field layout is empty.");
    else if (m_spec.kind == DecoderSpec::Kind::PresentationFormat
             && source != DecodedValue::Source::PresentationFormat)
        m_specError = m_codec.configurationWarning().isEmpty() ? tr("The 0x2904 descriptor cannot be used.")
                                                               : m_codec.configurationWarning();
    else if (!numeric)
        m_specError = m_codec.configurationWarning().isEmpty()
            ? tr("No decoder is known for this characteristic; choose a field layout.")
            : m_codec.configurationWarning();
    if (!m_specError.isEmpty())
        return;

    m_numeric = NumericDecoder(m_codec);
    m_heartRate = m_numeric.isHeartRate();
    if (source == DecodedValue::Source::UserLayout) {
        // Declare the layout's series up front, in layout order.
        for (const QString &name : m_spec.layout.names())
            if (name != m_spec.counterField)
                seriesIndex(name, name, m_spec.layout.unit());
    }
    if (m_heartRate) {
        seriesIndex(HeartRateKey, tr("Heart rate"), QStringLiteral("bpm"));
        seriesIndex(RrKey, tr("RR interval"), QStringLiteral("ms"));
    }
}

int StreamDecoder::seriesIndex(const QString &key, const QString &name, const QString &unit)
{
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        if (m_series[i].key == key)
            return int(i);
    }
    m_series.append({ key, name.isEmpty() ? key : name, unit });
    if (key == RrKey)
        m_rrSeries = int(m_series.size() - 1);
    return int(m_series.size() - 1);
}

// A field's series is created the first time the field yields a point (fields() only grows).
int StreamDecoder::roleOf(int field)
{
    while (m_roles.size() <= field)
        m_roles.append(Unassigned);
    int &role = m_roles[field];
    if (role == Unassigned) {
        const NumericDecoder::Field &f = m_numeric.fields().at(field);
        if (!m_spec.counterField.isEmpty() && f.key == m_spec.counterField)
            role = Counter;
        else if (m_heartRate && f.key == EnergyKey)
            role = Skipped;
        else
            role = seriesIndex(f.key, f.name, f.unit);
    }
    return role;
}

Status StreamDecoder::decode(QByteArrayView value, qint64 tUs, QList<DecodedPoint> &out)
{
    if (!m_specError.isEmpty())
        return Error(Error::Kind::InvalidArgument, m_specError);
    m_numbers.clear();
    Error error;
    if (!m_numeric.decode(value, m_numbers, &error))
        return error;

    if (m_heartRate) {
        switch (HeartRateMeasurement::SensorContact(m_numeric.lastSensorContact())) {
        case HeartRateMeasurement::SensorContact::NotSupported: m_contact = Contact::NotSupported; break;
        case HeartRateMeasurement::SensorContact::NotDetected: m_contact = Contact::NotDetected; break;
        case HeartRateMeasurement::SensorContact::Detected: m_contact = Contact::Detected; break;
        }
    }

    // How many samples each series gets from this packet, to place repeated ones in time;
    // RR intervals end at successive beats, the last one at (about) the packet's time.
    m_perSeries.fill(0, m_series.size());
    double rrAfter = 0;
    for (const NumericDecoder::Number &n : std::as_const(m_numbers)) {
        const int role = roleOf(n.field);
        if (role < 0)
            continue;
        if (m_perSeries.size() <= role)
            m_perSeries.resize(role + 1, 0);
        ++m_perSeries[role];
        if (role == m_rrSeries && std::isfinite(n.value))
            rrAfter += n.value;
    }
    m_seen.fill(0, m_perSeries.size());

    for (const NumericDecoder::Number &number : std::as_const(m_numbers)) {
        const int role = roleOf(number.field);
        if (role == Counter) {
            noteCounter(number.value);
            continue;
        }
        if (role < 0)
            continue;
        const int n = m_perSeries[role];
        const int i = m_seen[role]++;
        if (!std::isfinite(number.value)) {
            ++m_missing;
            continue;
        }
        qint64 t = tUs;
        if (role == m_rrSeries) {
            rrAfter -= number.value; // intervals after this one
            t = tUs - qint64(std::llround(rrAfter * 1000.0));
            if (m_lastRrUs)
                t = qMax(t, *m_lastRrUs);
            m_lastRrUs = t;
        } else if (n > 1 && m_previousPacketUs && *m_previousPacketUs < tUs) {
            const qint64 span = tUs - *m_previousPacketUs;
            t = *m_previousPacketUs + span * (i + 1) / n;
        }
        out.append({ role, t, number.value });
    }
    m_previousPacketUs = tUs;
    return success();
}

void StreamDecoder::noteCounter(double value)
{
    if (!std::isfinite(value) || value < 0)
        return;
    const quint64 counter = quint64(value);
    m_counterMax = qMax(m_counterMax, counter);
    // Wrap-around width from the largest value seen: 8, 16 or 32 bits.
    const quint64 modulo = m_counterMax < 0x100 ? 0x100 : m_counterMax < 0x10000 ? 0x10000 : 0x100000000;
    if (m_lastCounter) {
        const quint64 step = (counter + modulo - *m_lastCounter % modulo) % modulo;
        if (step > 1)
            m_dropped += step - 1;
    }
    m_lastCounter = counter;
}

} // namespace gattscope
