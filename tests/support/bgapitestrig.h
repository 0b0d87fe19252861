// SPDX-License-Identifier: MIT
#pragma once

// End-to-end test rig: a VirtualDongle on the test's thread (so the test can inject faults
// directly) and a BgapiBackend on its own thread through BackendHost, joined by the
// dongle's in-process LoopbackDevice — exactly how the GUI's demo mode runs, with short
// timeouts so that failure paths stay fast.

#include <gattscope/backends/bgapi/bgapibackend.h>
#include <gattscope/backends/bgapi/bgapidevicetransport.h>
#include <gattscope/backends/bgapi/protocol/bgapinames.h>
#include <gattscope/backends/bgapi/protocol/bgapipacket.h>
#include <gattscope/backends/virtual/loopbackdevice.h>
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/virtualdongle.h>
#include <gattscope/backends/virtual/virtualperipheral.h>
#include <gattscope/core/backend/awaitresult.h>
#include <gattscope/core/backend/backendhost.h>

#include <QEventLoop>
#include <QFutureWatcher>
#include <QObject>
#include <QTest>
#include <QTimer>

#include <memory>

namespace gattscope::testing {

// Tests wait a little less long than a user would.
template<typename T> Result<T> await(const QFuture<Result<T>> &future, int timeoutMs = 8000)
{
    return awaitResult(future, timeoutMs);
}

// Short enough that the failure paths stay fast, long enough that a loaded machine does
// not turn a slow answer into a failure.
inline BgapiOptions fastOptions(int commandTimeoutMs = 1000)
{
    BgapiOptions o;
    o.commandTimeoutMs = commandTimeoutMs;
    o.procedureTimeoutMs = 1500;
    o.disconnectTimeoutMs = 800;
    o.pairingTimeoutMs = 3000;
    o.passkeyTimeoutMs = 3000;
    o.reconnectIntervalMs = 40;
    o.resetSettleMs = 50;
    o.resetReopenTimeoutMs = 3000;
    return o;
}

struct Rig
{
    VirtualDongle *dongle = nullptr; // test thread
    std::unique_ptr<BackendHost> host;
    BgapiBackend *backend = nullptr; // backend thread
    QObject context; // test-thread receiver for queued signal hand-over

    explicit Rig(const VirtualDongleOptions &dongleOptions = VirtualDongleOptions(),
                 const BgapiOptions &options = fastOptions(), const ProfileSet *extra = nullptr)
    {
        dongle = VirtualDongle::createDemo(nullptr, dongleOptions);
        if (extra)
            dongle->addProfiles(*extra);
        LoopbackDevice *port = dongle->createLoopback();
        auto *transport
            = new BgapiDeviceTransport(port, QStringLiteral("test loopback"), QStringLiteral("Virtual"));
        backend = new BgapiBackend(QStringLiteral("test"), transport, options);
        host = std::make_unique<BackendHost>(backend);
    }
    ~Rig()
    {
        host.reset(); // closes the backend on its thread, then joins it
        delete dongle;
    }

    Status open() { return await(backend->open()); }

    // The commands the dongle receives from now on, in order (a tap on the wire).
    QList<BgapiPacket> commands;
    void tapCommands()
    {
        dongle->setTrafficSignals(true);
        QObject::connect(dongle, &VirtualDongle::commandReceived, &context, [this](const QByteArray &bytes) {
            const Result<BgapiPacket> packet = BgapiPacket::fromBytes(bytes);
            QVERIFY(packet.ok());
            commands.append(packet.value());
        });
    }
    // Their log names ("attclient_read_by_handle"), from the `from`-th on.
    QStringList commandNames(qsizetype from = 0) const
    {
        QStringList names;
        for (qsizetype i = from; i < commands.size(); ++i)
            names.append(bgapi::messageName(commands[i], bgapi::Direction::HostToDevice));
        return names;
    }
    int commandCount(const QString &name, qsizetype from = 0) const
    {
        return int(commandNames(from).count(name));
    }

    VirtualPeripheral *peripheral(const QString &name) const
    {
        const QList<VirtualPeripheral *> all = dongle->peripherals();
        for (VirtualPeripheral *p : all) {
            if (p->profile().name == name)
                return p;
        }
        return nullptr;
    }

    Result<Connection *> connect(const QString &name, ConnectOptions options = ConnectOptions())
    {
        VirtualPeripheral *p = peripheral(name);
        if (!p)
            return Error(Error::Kind::NotFound, name);
        options.timeoutMs = qMin(options.timeoutMs, 2000);
        return await(backend->connectToDevice(p->address(), options));
    }
};

// The value handle of the characteristic `uuid` in `database`, or 0.
inline quint16 valueHandle(const GattDatabase &database, const Uuid &uuid)
{
    const QList<const Characteristic *> found = database.characteristicsByUuid(uuid);
    return found.isEmpty() ? 0 : found.first()->valueHandle;
}

} // namespace gattscope::testing
