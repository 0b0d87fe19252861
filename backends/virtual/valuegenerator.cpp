// SPDX-License-Identifier: MIT
#include "valuegenerator.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace gattscope {

namespace {

void appendLe(QByteArray &out, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

template<typename T> qint64 clampTo(double v)
{
    const double lo = double(std::numeric_limits<T>::min());
    const double hi = double(std::numeric_limits<T>::max());
    return qint64(std::clamp(std::round(v), lo, hi));
}

} // namespace

ValueGenerator::ValueGenerator(const GeneratorSpec &spec, quint32 seed)
    : m_spec(spec)
    , m_random(seed)
{
    switch (spec.kind) {
    case GeneratorSpec::Kind::HeartRate:
        m_state = 72;
        m_beatInterval = 60.0 / m_state;
        break;
    case GeneratorSpec::Kind::Battery: m_state = spec.start > 0 ? spec.start : 100; break;
    case GeneratorSpec::Kind::RandomWalk: m_state = std::clamp(spec.start, spec.minimum, spec.maximum); break;
    default: break;
    }
}

qint64 GeneratorSpec::replayPeriodMs() const
{
    if (replay.isEmpty())
        return 1000;
    const qint64 last = replay.constLast().atMs;
    const qint64 gap = replay.size() > 1 ? std::max<qint64>(1, last / (replay.size() - 1)) : 1000;
    return last + gap;
}

double ValueGenerator::gaussian()
{
    // Box–Muller; two uniforms in (0, 1].
    const double u1 = 1.0 - m_random.generateDouble();
    const double u2 = m_random.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

QByteArray ValueGenerator::encode(double value, ValueFormat format, double scale)
{
    const double raw = value * scale;
    QByteArray out;
    switch (format) {
    case ValueFormat::UInt8: appendLe(out, quint64(clampTo<quint8>(raw)), 1); break;
    case ValueFormat::Int8: appendLe(out, quint64(clampTo<qint8>(raw)), 1); break;
    case ValueFormat::UInt16: appendLe(out, quint64(clampTo<quint16>(raw)), 2); break;
    case ValueFormat::Int16: appendLe(out, quint64(clampTo<qint16>(raw)), 2); break;
    case ValueFormat::UInt32: appendLe(out, quint64(clampTo<quint32>(raw)), 4); break;
    case ValueFormat::Int32: appendLe(out, quint64(clampTo<qint32>(raw)), 4); break;
    case ValueFormat::Float32: {
        const float f = float(value);
        quint32 bits = 0;
        static_assert(sizeof(bits) == sizeof(f));
        std::memcpy(&bits, &f, sizeof bits);
        appendLe(out, bits, 4);
        break;
    }
    case ValueFormat::SFloat: {
        // scale 10^k gives exponent -k: the mantissa is the scaled value.
        const int exponent = std::clamp(-int(std::lround(std::log10(scale > 0 ? scale : 1))), -8, 7);
        const qint64 mantissa = std::clamp<qint64>(qint64(std::llround(raw)), -2046, 2045);
        const quint16 v = quint16(((exponent & 0x0F) << 12) | (mantissa & 0x0FFF));
        appendLe(out, v, 2);
        break;
    }
    }
    return out;
}

QByteArray ValueGenerator::nextHeartRate()
{
    // bpm wanders between 60 and 90, pulled gently towards 72; every beat interval varies by
    // a few per cent (heart-rate variability). RR intervals of the beats that happened since
    // the last notification are sent in 1/1024 s.
    const double dt = 1.0 / (m_spec.rateHz > 0 ? m_spec.rateHz : 1.0);
    m_state += 0.08 * (72.0 - m_state) * dt + 1.6 * gaussian() * std::sqrt(dt);
    m_state = std::clamp(m_state, 60.0, 90.0);

    QByteArray rr;
    m_beatPhase += dt;
    while (m_beatPhase >= m_beatInterval && rr.size() < 18) {
        m_beatPhase -= m_beatInterval;
        appendLe(rr, quint64(std::lround(m_beatInterval * 1024.0)), 2);
        m_beatInterval = (60.0 / m_state) * (1.0 + 0.03 * gaussian());
        m_beatInterval = std::clamp(m_beatInterval, 0.5, 1.2);
    }
    // Flags: uint8 value, sensor contact supported and detected, RR present when any.
    const quint8 flags = quint8(0x06 | (rr.isEmpty() ? 0x00 : 0x10));
    QByteArray out;
    out.append(char(flags));
    out.append(char(quint8(std::lround(m_state))));
    out.append(rr);
    return out;
}

QByteArray ValueGenerator::nextCounter()
{
    QByteArray out;
    appendLe(out, m_count, 4);
    const int size = std::max(4, m_spec.size);
    for (int i = 4; i < size; ++i)
        out.append(char(i));
    return out;
}

QByteArray ValueGenerator::next()
{
    const double t = double(m_count) / (m_spec.rateHz > 0 ? m_spec.rateHz : 1.0);
    QByteArray out;
    switch (m_spec.kind) {
    case GeneratorSpec::Kind::None: break;
    case GeneratorSpec::Kind::HeartRate: out = nextHeartRate(); break;
    case GeneratorSpec::Kind::Battery:
        if (m_count > 0)
            m_state -= m_spec.step;
        if (m_state < m_spec.minimum)
            m_state = 100; // recharged
        out = encode(m_state, ValueFormat::UInt8, 1);
        break;
    case GeneratorSpec::Kind::Sine:
        out = encode(m_spec.offset + m_spec.amplitude * std::sin(2.0 * M_PI * t / m_spec.periodS),
                     m_spec.format, m_spec.scale);
        break;
    case GeneratorSpec::Kind::Counter:
    case GeneratorSpec::Kind::Flood: out = nextCounter(); break;
    case GeneratorSpec::Kind::Replay:
        if (!m_spec.replay.isEmpty())
            out = m_spec.replay.at(qsizetype(m_count % quint64(m_spec.replay.size()))).value;
        break;
    case GeneratorSpec::Kind::RandomWalk: {
        m_state += (m_random.generateDouble() * 2.0 - 1.0) * m_spec.step;
        if (m_state > m_spec.maximum)
            m_state = 2 * m_spec.maximum - m_state; // reflect at the bounds
        if (m_state < m_spec.minimum)
            m_state = 2 * m_spec.minimum - m_state;
        m_state = std::clamp(m_state, m_spec.minimum, m_spec.maximum);
        out = encode(m_state, m_spec.format, m_spec.scale);
        break;
    }
    case GeneratorSpec::Kind::Accelerometer: {
        // mg: a slow sway on x/y, gravity on z, plus sensor noise.
        for (double &d : m_drift)
            d = 0.995 * d + 4.0 * gaussian();
        const double x = 250.0 * std::sin(2.0 * M_PI * 0.5 * t) + m_drift[0] + 8.0 * gaussian();
        const double y = 180.0 * std::sin(2.0 * M_PI * 0.3 * t + 1.0) + m_drift[1] + 8.0 * gaussian();
        const double z = 1000.0 + 60.0 * std::sin(2.0 * M_PI * 1.1 * t) + m_drift[2] + 8.0 * gaussian();
        for (double v : { x, y, z })
            appendLe(out, quint64(clampTo<qint16>(v)), 2);
        break;
    }
    }
    ++m_count;
    return out;
}

} // namespace gattscope
