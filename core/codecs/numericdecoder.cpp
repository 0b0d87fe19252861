// SPDX-License-Identifier: MIT
#include "numericdecoder.h"

#include "codecutil_p.h"
#include "heartratemeasurement.h"
#include "ieee11073.h"
#include "sigcharacteristics.h"

#include <limits>

namespace gattscope {

NumericDecoder::NumericDecoder(const ValueDecoder &decoder)
    : m_decoder(decoder)
{
    switch (decoder.fixedSource().value_or(DecodedValue::Source::Hex)) {
    case DecodedValue::Source::UserLayout: {
        m_kind = Kind::Layout;
        const FieldLayout &layout = decoder.userLayout();
        for (const QString &name : layout.names())
            m_fields.append({ name, name, layout.unit() });
        break;
    }
    case DecodedValue::Source::PresentationFormat: {
        const PresentationFormat &format = *decoder.presentationFormat();
        const QString unit = format.unitSymbol();
        if (format.numberCount() == 1) {
            m_fields.append({ QStringLiteral("value"), tr("Value"), unit });
        } else if (format.numberCount() == 2) {
            m_fields.append({ QStringLiteral("value1"), tr("Value 1"), unit });
            m_fields.append({ QStringLiteral("value2"), tr("Value 2"), unit });
        }
        m_kind = m_fields.isEmpty() ? Kind::NoNumbers : Kind::PresentationFormat;
        break;
    }
    case DecodedValue::Source::SigCharacteristic: {
        const Uuid &uuid = decoder.uuid();
        if (uuid == SigCharacteristicUuid::HeartRateMeasurement) {
            m_kind = Kind::HeartRate;
            m_fields.append({ QStringLiteral("heart_rate"), tr("Heart rate"), QStringLiteral("bpm") });
            m_fields.append(
                { QStringLiteral("energy_expended"), tr("Energy expended"), QStringLiteral("kJ") });
            m_fields.append({ QStringLiteral("rr_interval"), tr("RR interval"), QStringLiteral("ms") });
        } else if (uuid == SigCharacteristicUuid::BatteryLevel) {
            m_kind = Kind::BatteryLevel;
            m_fields.append({ QStringLiteral("battery_level"), tr("Battery level"), QStringLiteral("%") });
        } else if (uuid == SigCharacteristicUuid::Temperature) {
            m_kind = Kind::Temperature;
            m_fields.append({ QStringLiteral("temperature"), tr("Temperature"), QStringLiteral("°C") });
        } else if (uuid == SigCharacteristicUuid::TemperatureMeasurement) {
            m_kind = Kind::TemperatureMeasurement;
            m_fields.append({ QStringLiteral("temperature"), tr("Temperature"), QStringLiteral("°C") });
            m_unitKnown = false; // the first value's flags say °C or °F
        } else {
            m_kind = Kind::NoNumbers;
        }
        break;
    }
    default: break;
    }
}

bool NumericDecoder::decode(QByteArrayView bytes, QList<Number> &out, Error *error)
{
    // The text path's message, built only for a value that does not decode.
    const auto fail = [&] {
        if (error) {
            const DecodedValue v = m_decoder.decode(bytes);
            *error = v.error ? v.error : Error(Error::Kind::Protocol, v.warning);
        }
        return false;
    };
    switch (m_kind) {
    case Kind::None: return fail();
    case Kind::NoNumbers: {
        const DecodedValue v = m_decoder.decode(bytes);
        if (v.error && error)
            *error = v.error;
        return !v.error;
    }
    case Kind::Layout:
    case Kind::PresentationFormat: {
        m_scratch.clear();
        const bool ok = m_kind == Kind::Layout
            ? m_decoder.userLayout().decodeNumbers(bytes, m_scratch)
            : m_decoder.presentationFormat()->decodeNumbers(bytes, m_scratch);
        if (!ok)
            return fail();
        for (qsizetype i = 0; i < m_scratch.size(); ++i)
            out.append({ int(i), m_scratch[i] });
        return true;
    }
    case Kind::HeartRate: {
        const HeartRateMeasurement m = HeartRateMeasurement::parse(bytes);
        if (!m.ok())
            return fail();
        m_contact = int(m.sensorContact);
        if (m.heartRate)
            out.append({ 0, double(*m.heartRate) });
        if (m.energyExpended)
            out.append({ 1, double(*m.energyExpended) });
        for (quint16 rr : m.rrIntervals)
            out.append({ 2, HeartRateMeasurement::rrToMs(rr) });
        return true;
    }
    case Kind::BatteryLevel:
        if (bytes.size() < 1)
            return fail();
        out.append({ 0, double(quint8(bytes[0])) });
        return true;
    case Kind::Temperature: {
        if (bytes.size() < 2)
            return fail();
        const auto raw = qint16(codec::readLe16(bytes.data()));
        out.append({ 0, raw == qint16(-0x8000) ? std::numeric_limits<double>::quiet_NaN() : raw / 100.0 });
        return true;
    }
    case Kind::TemperatureMeasurement: {
        if (bytes.size() < 5)
            return fail();
        const quint8 flags = quint8(bytes[0]);
        // A cut time stamp or type is an error in the text path too.
        const qsizetype needed = 5 + ((flags & 0x02) ? 7 : 0) + ((flags & 0x04) ? 1 : 0);
        if (bytes.size() < needed)
            return fail();
        if (!m_unitKnown) {
            m_fields[0].unit = (flags & 0x01) ? QStringLiteral("°F") : QStringLiteral("°C");
            m_unitKnown = true;
        }
        out.append({ 0, decodeFloat(codec::readLe32(bytes.data() + 1)).value });
        return true;
    }
    }
    return fail();
}

} // namespace gattscope
