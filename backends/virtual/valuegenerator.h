// SPDX-License-Identifier: MIT
#pragma once

#include "peripheralprofile.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace gattscope {

// Produces the successive values of one generated characteristic (see GeneratorSpec).
// Deterministic for a given seed: the n-th value depends only on the spec, the seed and n,
// never on wall-clock time, so tests can predict it.
class ValueGenerator
{
public:
    ValueGenerator(const GeneratorSpec &spec, quint32 seed);

    const GeneratorSpec &spec() const { return m_spec; }
    // The next value; advances the generator by one sample (1 / rateHz seconds; Replay: the
    // next recorded value, from the first again after the last).
    QByteArray next();
    // Number of values produced so far.
    quint64 count() const { return m_count; }

    // Encodes `value × scale` in `format` (clamped to the format's range).
    static QByteArray encode(double value, ValueFormat format, double scale);

private:
    QByteArray nextHeartRate();
    QByteArray nextCounter();
    double gaussian();

    GeneratorSpec m_spec;
    QRandomGenerator m_random;
    quint64 m_count = 0;
    double m_state = 0; // walk position, battery level or bpm
    double m_beatPhase = 0; // heart rate: seconds since the last beat
    double m_beatInterval = 0.8; // heart rate: seconds between beats
    double m_drift[3] = { 0, 0, 0 }; // accelerometer: slow motion components
};

} // namespace gattscope
