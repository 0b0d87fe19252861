// SPDX-License-Identifier: MIT
#include "heartratemeasurement.h"

#include "codecutil_p.h"

#include <QCoreApplication>

#include <cmath>

namespace gattscope {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct HeartRateMeasurementTexts
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::HeartRateMeasurement)
};

constexpr quint8 FlagUint16 = 0x01;
constexpr quint8 FlagContactStatus = 0x02;
constexpr quint8 FlagContactSupported = 0x04;
constexpr quint8 FlagEnergy = 0x08;
constexpr quint8 FlagRr = 0x10;

Error truncated(const QString &what, qsizetype offset)
{
    return Error(Error::Kind::Protocol,
                 HeartRateMeasurementTexts::tr("Heart Rate Measurement cut short: %1 missing at byte %2")
                     .arg(what, QString::number(offset)));
}
} // namespace

QList<double> HeartRateMeasurement::rrIntervalsMs() const
{
    QList<double> ms;
    ms.reserve(rrIntervals.size());
    for (quint16 rr : rrIntervals)
        ms.append(rrToMs(rr));
    return ms;
}

HeartRateMeasurement HeartRateMeasurement::parse(QByteArrayView bytes)
{
    HeartRateMeasurement m;
    if (bytes.isEmpty()) {
        m.error
            = Error(Error::Kind::Protocol, HeartRateMeasurementTexts::tr("Heart Rate Measurement is empty"));
        return m;
    }
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    m.flags = quint8(p[0]);
    m.uint16Format = m.flags & FlagUint16;
    if (m.flags & FlagContactSupported) {
        m.sensorContact
            = (m.flags & FlagContactStatus) ? SensorContact::Detected : SensorContact::NotDetected;
    }
    qsizetype offset = 1;
    const qsizetype hrSize = m.uint16Format ? 2 : 1;
    if (offset + hrSize > n) {
        m.error = truncated(HeartRateMeasurementTexts::tr("heart rate"), offset);
        return m;
    }
    m.heartRate = m.uint16Format ? codec::readLe16(p + offset) : quint8(p[offset]);
    offset += hrSize;
    if (m.flags & FlagEnergy) {
        if (offset + 2 > n) {
            m.error = truncated(HeartRateMeasurementTexts::tr("energy expended"), offset);
            return m;
        }
        m.energyExpended = codec::readLe16(p + offset);
        offset += 2;
    }
    if (m.flags & FlagRr) {
        for (; offset + 2 <= n; offset += 2)
            m.rrIntervals.append(codec::readLe16(p + offset));
    }
    if (offset < n) {
        const QString count = codec::byteCountText(n - offset);
        m.error = Error(
            Error::Kind::Protocol,
            (m.flags & FlagRr)
                ? HeartRateMeasurementTexts::tr(
                      "Heart Rate Measurement has an odd RR-interval byte at byte %1")
                      .arg(QString::number(offset))
                : HeartRateMeasurementTexts::tr("Heart Rate Measurement has %1 more than its flags announce")
                      .arg(count));
    }
    return m;
}

QByteArray HeartRateMeasurement::toBytes() const
{
    const quint16 hr = heartRate.value_or(0);
    const bool wide = uint16Format || hr > 0xFF;
    quint8 f = flags & 0xE0; // keep RFU bits as given
    if (wide)
        f |= FlagUint16;
    if (sensorContact != SensorContact::NotSupported)
        f |= FlagContactSupported;
    if (sensorContact == SensorContact::Detected)
        f |= FlagContactStatus;
    if (energyExpended)
        f |= FlagEnergy;
    if (!rrIntervals.isEmpty())
        f |= FlagRr;
    QByteArray out(1, char(f));
    out.append(codec::toLittleEndianBytes(hr, wide ? 2 : 1));
    if (energyExpended)
        out.append(codec::toLittleEndianBytes(*energyExpended, 2));
    for (quint16 rr : rrIntervals)
        out.append(codec::toLittleEndianBytes(rr, 2));
    return out;
}

QString HeartRateMeasurement::toString() const
{
    QStringList parts;
    if (heartRate)
        parts.append(QString::number(*heartRate) + QStringLiteral(" bpm"));
    if (sensorContact != SensorContact::NotSupported)
        parts.append(sensorContactName(sensorContact));
    if (energyExpended)
        parts.append(HeartRateMeasurementTexts::tr("energy %1 kJ").arg(*energyExpended));
    if (!rrIntervals.isEmpty()) {
        QStringList rr;
        // Shown to 0.1 ms (833.0078125 ms reads "833 ms"): the raw unit is 1/1024 s, so
        // more digits only look precise. rrIntervalsMs() and the decoder's fields keep
        // the exact values.
        for (quint16 raw : rrIntervals)
            rr.append(codec::formatDouble(std::round(rrToMs(raw) * 10.0) / 10.0) + QStringLiteral(" ms"));
        parts.append(HeartRateMeasurementTexts::tr("RR %1").arg(rr.join(QLatin1Char(' '))));
    }
    return parts.join(QStringLiteral(", "));
}

QString sensorContactName(HeartRateMeasurement::SensorContact contact)
{
    switch (contact) {
    case HeartRateMeasurement::SensorContact::NotSupported:
        return HeartRateMeasurementTexts::tr("contact not supported");
    case HeartRateMeasurement::SensorContact::NotDetected: return HeartRateMeasurementTexts::tr("no contact");
    case HeartRateMeasurement::SensorContact::Detected:
        return HeartRateMeasurementTexts::tr("contact detected");
    }
    return {};
}

} // namespace gattscope
