// SPDX-License-Identifier: MIT
#include "virtualperipheral.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace gattscope {

VirtualPeripheral::VirtualPeripheral(const PeripheralProfile &profile, quint32 seed, bool gapService,
                                     QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_gatt(profile, gapService)
    , m_random(seed)
    , m_rssi(profile.rssi)
{
    m_advertisingTimer = new QTimer(this);
    m_advertisingTimer->setSingleShot(true);
    connect(m_advertisingTimer, &QTimer::timeout, this, [this] {
        Q_EMIT advertised();
        scheduleAdvertisement();
    });

    quint32 generatorSeed = seed;
    for (const VirtualCharacteristic &c : m_gatt.characteristics()) {
        if (c.generator.kind == GeneratorSpec::Kind::None)
            continue;
        auto *running = new Running;
        running->valueHandle = c.valueHandle;
        running->generator = std::make_unique<ValueGenerator>(c.generator, ++generatorSeed * 2654435761u);
        if (c.generator.kind == GeneratorSpec::Kind::Replay) {
            // The value the profile gives stays until the first recorded time comes.
            running->timer = new QTimer(this);
            running->timer->setSingleShot(true);
            running->timer->setTimerType(Qt::PreciseTimer);
            connect(running->timer, &QTimer::timeout, this, [this, running] { onReplayTick(*running); });
        } else if (c.generator.kind != GeneratorSpec::Kind::Flood) {
            // A first value so that reads before any tick see something plausible.
            m_gatt.setValue(c.valueHandle, running->generator->next());
            running->timer = new QTimer(this);
            connect(running->timer, &QTimer::timeout, this, [this, running] { onGeneratorTick(*running); });
        }
        m_generators.append(running);
    }
}

VirtualPeripheral::~VirtualPeripheral()
{
    qDeleteAll(m_generators);
}

qint8 VirtualPeripheral::rssi() const
{
    return qint8(std::lround(std::clamp(m_rssi, -127.0, 20.0)));
}

qint8 VirtualPeripheral::stepRssi()
{
    if (m_profile.rssiDrift > 0) {
        // Ornstein–Uhlenbeck style: a random step, pulled back towards the mean, bounded to
        // ±4 steps' worth of drift so that the walk stays believable.
        const double u = m_random.generateDouble() * 2.0 - 1.0;
        m_rssi += 0.15 * (double(m_profile.rssi) - m_rssi) + u * m_profile.rssiDrift;
        const double span = 4.0 * m_profile.rssiDrift + 2.0;
        m_rssi = std::clamp(m_rssi, double(m_profile.rssi) - span, double(m_profile.rssi) + span);
    }
    return rssi();
}

void VirtualPeripheral::setAdvertisingReports(bool on)
{
    if (on == m_advertisingTimer->isActive())
        return;
    if (on) {
        // The first report comes soon after the scan starts, at a random point of the
        // interval, as a scanner that starts listening hears an advertiser.
        m_advertisingTimer->start(
            int(m_random.bounded(quint32(std::max(1, m_profile.advertisingIntervalMs)))));
    } else {
        m_advertisingTimer->stop();
    }
}

bool VirtualPeripheral::advertisingReports() const
{
    return m_advertisingTimer->isActive();
}

void VirtualPeripheral::scheduleAdvertisement()
{
    m_advertisingTimer->start(m_profile.advertisingIntervalMs + int(m_random.bounded(11u)));
}

void VirtualPeripheral::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    if (connected)
        startGenerators();
    else
        stopGenerators();
}

void VirtualPeripheral::setAccelerometerRate(double hz)
{
    m_accelerometerRate = hz;
    if (m_connected) {
        stopGenerators();
        startGenerators();
    }
}

void VirtualPeripheral::startGenerators()
{
    for (Running *running : std::as_const(m_generators)) {
        if (!running->timer)
            continue;
        const GeneratorSpec &spec = running->generator->spec();
        if (spec.kind == GeneratorSpec::Kind::Replay) {
            running->clock.start();
            running->produced = 0;
            scheduleReplay(*running);
            continue;
        }
        running->rateHz = spec.rateHz;
        if (spec.kind == GeneratorSpec::Kind::Accelerometer && m_accelerometerRate > 0)
            running->rateHz = m_accelerometerRate;
        // One tick per value up to 1 kHz; above that several values per 1 ms tick.
        const int intervalMs = std::max(1, int(std::lround(1000.0 / running->rateHz)));
        running->timer->setTimerType(intervalMs < 50 ? Qt::PreciseTimer : Qt::CoarseTimer);
        running->timer->start(intervalMs);
        running->clock.start();
        running->produced = 0;
    }
}

void VirtualPeripheral::stopGenerators()
{
    for (Running *running : std::as_const(m_generators)) {
        if (running->timer)
            running->timer->stop();
    }
}

void VirtualPeripheral::onGeneratorTick(Running &running)
{
    // Produce as many values as the elapsed time calls for, so the long-run rate is exact
    // even when ticks come late; a long stall is not caught up by more than 100 values.
    const double due = double(running.clock.nsecsElapsed()) * 1e-9 * running.rateHz;
    // Rounded, so that a tick that comes a little early or late still yields one value.
    const quint64 target = quint64(std::llround(due));
    if (target <= running.produced)
        return;
    if (target - running.produced > 100)
        running.produced = target - 100;
    while (running.produced < target) {
        ++running.produced;
        const QByteArray value = running.generator->next();
        m_gatt.setValue(running.valueHandle, value);
        Q_EMIT valueGenerated(running.valueHandle, value);
    }
}

void VirtualPeripheral::scheduleReplay(Running &running)
{
    const GeneratorSpec &spec = running.generator->spec();
    const quint64 n = quint64(spec.replay.size());
    if (n == 0 || (!spec.loop && running.produced >= n))
        return;
    // Due at its recorded time within its pass; passes follow each other every period, so
    // late ticks never accumulate into drift.
    const qint64 due = qint64(running.produced / n) * spec.replayPeriodMs()
        + spec.replay.at(qsizetype(running.produced % n)).atMs;
    running.timer->start(int(std::clamp<qint64>(due - running.clock.elapsed(), 0, 24 * 3600 * 1000)));
}

void VirtualPeripheral::onReplayTick(Running &running)
{
    ++running.produced;
    const QByteArray value = running.generator->next();
    m_gatt.setValue(running.valueHandle, value);
    Q_EMIT valueGenerated(running.valueHandle, value);
    scheduleReplay(running);
}

ValueGenerator *VirtualPeripheral::generator(quint16 valueHandle) const
{
    for (Running *running : m_generators) {
        if (running->valueHandle == valueHandle)
            return running->generator.get();
    }
    return nullptr;
}

QList<quint16> VirtualPeripheral::floodHandles() const
{
    QList<quint16> handles;
    for (Running *running : m_generators) {
        if (running->generator->spec().kind == GeneratorSpec::Kind::Flood)
            handles.append(running->valueHandle);
    }
    return handles;
}

} // namespace gattscope
