// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace gattscope {

// Heart Rate Measurement, characteristic 0x2A37 (GATT Specification Supplement,
// Heart Rate Service 0x180D; notify only). Little-endian:
//   flags u8 · heart rate u8 (flags bit0 = 0) or u16 (bit0 = 1)
//   · energy expended u16 kJ (bit3) · RR-intervals u16 in 1/1024 s, as many as fit (bit4)
// Sensor contact is flags bits 2..1: 0x = not supported, 10 = supported but no contact,
// 11 = contact detected.
struct HeartRateMeasurement
{
    enum class SensorContact : quint8 {
        NotSupported,
        NotDetected,
        Detected
    };

    quint8 flags = 0;
    bool uint16Format = false; // flags bit 0
    std::optional<quint16> heartRate; // bpm; empty only when the packet is cut before it
    SensorContact sensorContact = SensorContact::NotSupported;
    std::optional<quint16> energyExpended; // kJ; 0xFFFF means "saturated"
    QList<quint16> rrIntervals; // raw, 1/1024 s
    // Set when the packet is malformed (empty, cut inside a field, odd RR byte). Fields
    // parsed before the problem are kept, so a truncated packet still shows its heart rate.
    Error error;

    bool ok() const { return !error; }
    // RR intervals in milliseconds (raw × 1000 / 1024), same order.
    QList<double> rrIntervalsMs() const;
    static double rrToMs(quint16 raw) { return raw * 1000.0 / 1024.0; }

    // Parses as much as the bytes hold; see `error`.
    static HeartRateMeasurement parse(QByteArrayView bytes);
    // The packet for these fields (flags recomputed from them; RFU flag bits kept).
    // Used by the virtual peripherals and round-trip tests. A heart rate above 255 or
    // uint16Format forces the 16-bit form.
    QByteArray toBytes() const;
    // "72 bpm, contact detected, energy 300 kJ, RR 1000 ms 812.5 ms", RR rounded to 0.1 ms
    // for display (raw 853 = 833.0078125 ms reads "833 ms").
    QString toString() const;
};

QString sensorContactName(HeartRateMeasurement::SensorContact contact);

} // namespace gattscope
