// SPDX-License-Identifier: MIT
#pragma once

#include "peripheralprofile.h"
#include "valuegenerator.h"
#include "virtualgattserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <memory>

class QTimer;

namespace gattscope {

// One running virtual peripheral: its GATT server (values persist while it runs), its
// advertising (reported while the dongle scans), an RSSI that drifts as a bounded random
// walk around the profile's mean, and the value generators, which run only while it is
// connected. Lives in the dongle's thread.
class VirtualPeripheral : public QObject
{
    Q_OBJECT

public:
    VirtualPeripheral(const PeripheralProfile &profile, quint32 seed, bool gapService = true,
                      QObject *parent = nullptr);
    ~VirtualPeripheral() override;

    const PeripheralProfile &profile() const { return m_profile; }
    const DeviceAddress &address() const { return m_profile.address; }
    VirtualGattServer &gatt() { return m_gatt; }
    const VirtualGattServer &gatt() const { return m_gatt; }

    // The current RSSI; stepRssi() advances the walk by one report.
    qint8 rssi() const;
    qint8 stepRssi();

    // Advertising reports: advertised() fires every advertising interval (plus the 0–10 ms
    // random delay real advertisers add) while reporting is on.
    void setAdvertisingReports(bool on);
    bool advertisingReports() const;

    // Generators run while the peripheral has at least one connection.
    void setConnected(bool connected);
    // Overrides the rate of every accelerometer generator (0 = profile rate).
    void setAccelerometerRate(double hz);

    // The generator of a characteristic value handle, or nullptr.
    ValueGenerator *generator(quint16 valueHandle) const;
    // Value handles of flood characteristics (driven by the dongle, not by a timer).
    QList<quint16> floodHandles() const;

Q_SIGNALS:
    void advertised();
    // A generator produced `value` for `valueHandle` (already stored in the GATT server).
    void valueGenerated(quint16 valueHandle, const QByteArray &value);

private:
    struct Running
    {
        quint16 valueHandle = 0;
        std::unique_ptr<ValueGenerator> generator;
        QTimer *timer = nullptr;
        QElapsedTimer clock;
        quint64 produced = 0; // values since the clock started
        double rateHz = 1;
    };
    void startGenerators();
    void stopGenerators();
    void onGeneratorTick(Running &running);
    void scheduleReplay(Running &running);
    void onReplayTick(Running &running);
    void scheduleAdvertisement();

    PeripheralProfile m_profile;
    VirtualGattServer m_gatt;
    QRandomGenerator m_random;
    double m_rssi = -60;
    QTimer *m_advertisingTimer = nullptr;
    QList<Running *> m_generators;
    bool m_connected = false;
    double m_accelerometerRate = 0;
};

} // namespace gattscope
