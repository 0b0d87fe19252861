// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/backend.h>
#include <gattscope/core/backend/connection.h>

#include <QHash>
#include <QSet>

// A test double for core's Backend/Connection interfaces, built like a real backend (hooks
// run on the backend's thread, operations finish their Pending, notifications go out in
// batches), serving a small in-memory GATT database. Deterministic: adverts and
// notifications are only produced when a test injects them.

namespace gattscope::test {

// Heart Rate (0x0001–0x0006), Battery (0x0007–0x000A), Device Information (0x000B–0x000D),
// Nordic UART with a vendor "secret" characteristic (0x000E–0x0016). Values empty.
GattDatabase sampleDatabase();

namespace Handle {
constexpr quint16 HeartRateMeasurement = 0x0003;
constexpr quint16 HeartRateCccd = 0x0004;
constexpr quint16 BodySensorLocation = 0x0006;
constexpr quint16 BatteryLevel = 0x0009;
constexpr quint16 BatteryCccd = 0x000A;
constexpr quint16 ManufacturerName = 0x000D;
constexpr quint16 UartRx = 0x0010;
constexpr quint16 UartTx = 0x0012;
constexpr quint16 UartTxCccd = 0x0013;
constexpr quint16 Secret = 0x0015; // reads fail with Insufficient Authentication
constexpr quint16 SecretUserDescription = 0x0016;
} // namespace Handle

class FakeConnection : public Connection
{
    Q_OBJECT
public:
    explicit FakeConnection(const DeviceAddress &address, QObject *parent = nullptr);

    // Thread-safe: run on the connection's thread.
    void establish();
    // Pushes a notification for `valueHandle` if (and only if) its CCCD has bit 0 or 1 set.
    void notify(quint16 valueHandle, const QByteArray &value);
    // The link drops as if the peer vanished (HCI 0x08 Connection Timeout).
    void injectDisconnect(quint8 hciReason = 0x08);
    // Values the server holds (what a read returns). Only valid between operations.
    QByteArray serverValue(quint16 handle) const;
    int writeCount() const;

protected:
    void doDiscover(Pending<GattDatabase> pending) override;
    void doRead(quint16 handle, ReadMode mode, Pending<QByteArray> pending) override;
    void doWrite(quint16 handle, const QByteArray &value, WriteMode mode,
                 Pending<std::monostate> pending) override;
    void doReadRssi(Pending<int> pending) override;
    void doDisconnect(Pending<std::monostate> pending) override;

private:
    const GattDatabase m_server = sampleDatabase();
    mutable QMutex m_serverMutex;
    QHash<quint16, QByteArray> m_values;
    int m_writes = 0;
};

class FakeBackend : public Backend
{
    Q_OBJECT
public:
    explicit FakeBackend(QString uri = QStringLiteral("fake"), QObject *parent = nullptr);

    // Delivers one batch as if received over the air (only while scanning).
    void injectAdvertisements(const QList<Advertisement> &batch);
    FakeConnection *connection(const DeviceAddress &address) const;
    // The transport goes away (Unavailable, errorOccurred TransportLost) and comes back
    // (Ready), as a re-enumerating dongle does.
    void injectTransportLoss();
    void injectRecovery();

    // Two peripherals: "HRM-1" (C0:98:E5:49:00:01, heart rate) and "Thermo"
    // (C0:98:E5:49:00:02, non-connectable beacon).
    static QList<Advertisement> sampleAdverts(qint64 timestampUs = 0);

protected:
    void doOpen(Pending<std::monostate> pending) override;
    void doClose(Pending<std::monostate> pending) override;
    void doStartScan(const ScanOptions &options, Pending<std::monostate> pending) override;
    void doStopScan(Pending<std::monostate> pending) override;
    void doConnect(const DeviceAddress &address, const ConnectOptions &options,
                   Pending<Connection *> pending) override;

private:
    mutable QMutex m_mutex;
    QHash<DeviceAddress, FakeConnection *> m_connections;
};

} // namespace gattscope::test
