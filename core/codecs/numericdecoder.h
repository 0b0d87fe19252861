// SPDX-License-Identifier: MIT
#pragma once

#include "valuedecoder.h"

#include <gattscope/core/base/error.h>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gattscope {

// The numbers of a characteristic's values, for plots at any rate: the same numbers as the
// fields of ValueDecoder::decode() (same representation choice, same keys and units), but no
// text, no translated names and no per-value containers are built for a value that decodes.
// Only a value that does not decode builds its error message.
//
// Fields are numbered: fields() lists them (key, name, unit) and decode() appends (field,
// value) pairs in packet order, repeating a field when the packet carries several samples
// of it (Heart Rate Measurement's RR intervals). A field's list entry is created before
// decode() first appends it, so fields() only grows.
//
// Representation (ValueDecoder's): a user FieldLayout → its names and unit; a usable 0x2904
// → "value" (or "value1"/"value2" for duint16) with the format's unit; Heart Rate
// Measurement → "heart_rate" [bpm], "energy_expended" [kJ], "rr_interval" [ms]; Battery
// Level → "battery_level" [%]; Temperature 0x2A6E and Temperature Measurement 0x2A1C →
// "temperature" [°C or °F, from the first value]. Other SIG characteristics and 0x2904
// formats without a number (utf8s, struct) decode without numbers: decode() then only
// checks the value (through the text path, as there is nothing to plot anyway). Without a
// fixed representation (hex/UTF-8 per value) isNumeric() is false and decode() fails.
class NumericDecoder
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::NumericDecoder)

public:
    struct Field
    {
        QString key;
        QString name;
        QString unit;
    };
    struct Number
    {
        int field = 0;
        double value = 0;
    };

    NumericDecoder() = default;
    explicit NumericDecoder(const ValueDecoder &decoder);

    bool isNumeric() const { return m_kind != Kind::None && m_kind != Kind::NoNumbers; }
    const QList<Field> &fields() const { return m_fields; }

    // Appends the numbers of `bytes` to `out` and returns true; or returns false, appends
    // nothing and sets `*error` (when given) to why the bytes do not fit.
    bool decode(QByteArrayView bytes, QList<Number> &out, Error *error = nullptr);

    // For Heart Rate Measurement: the sensor-contact bits of the last value decoded.
    bool isHeartRate() const { return m_kind == Kind::HeartRate; }
    int lastSensorContact() const { return m_contact; } // HeartRateMeasurement::SensorContact, -1 none

private:
    enum class Kind : quint8 {
        None,
        NoNumbers,
        Layout,
        PresentationFormat,
        HeartRate,
        BatteryLevel,
        Temperature,
        TemperatureMeasurement,
    };

    ValueDecoder m_decoder; // for error messages only
    Kind m_kind = Kind::None;
    QList<Field> m_fields;
    QList<double> m_scratch;
    bool m_unitKnown = true;
    int m_contact = -1;
};

} // namespace gattscope
