// SPDX-License-Identifier: MIT
#include "virtualdongle.h"

#include "loopbackdevice.h"
#include "virtualdongle_p.h"
#include "virtualperipheral.h"

#include <gattscope/backends/bgapi/protocol/bgapinames.h>

#include <QIODevice>
#include <QTimer>

#include <algorithm>

namespace gattscope {

using namespace bgapi;
using namespace bgapiresult;

VirtualDonglePrivate::VirtualDonglePrivate(VirtualDongle *qq, const VirtualDongleOptions &opts)
    : q(qq)
    , options(opts)
{
    options.maxConnections = std::clamp(options.maxConnections, 1, 8);
    floodTimer = new QTimer(q);
    floodTimer->setInterval(1);
    floodTimer->setTimerType(Qt::PreciseTimer);
    QObject::connect(floodTimer, &QTimer::timeout, q, [this] { pumpFlood(); });
    reassembler.setSkippedBytesHandler([this](QByteArrayView) {
        // Garbage on the line: the firmware reports it and carries on. The reason code the
        // real firmware uses is not documented; 0x0180 (invalid parameter) is our choice.
        send(encodeToBytes(SystemProtocolErrorEvent { kInvalidParam }));
    });
}

VirtualDongle::VirtualDongle(const VirtualDongleOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<VirtualDonglePrivate>(this, options))
{ }

VirtualDongle::~VirtualDongle()
{
    if (d->device)
        QObject::disconnect(d->device, nullptr, this, nullptr);
    delete d->deviceConnections;
}

VirtualDongle *VirtualDongle::createDemo(QObject *parent, const VirtualDongleOptions &options)
{
    auto *dongle = new VirtualDongle(options, parent);
    const Result<ProfileSet> set = ProfileLoader::loadBuiltIn();
    if (set.ok())
        dongle->addProfiles(set.value());
    else
        qWarning("gattscope: built-in profiles: %s", qPrintable(set.error().message()));
    return dongle;
}

const VirtualDongleOptions &VirtualDongle::options() const
{
    return d->options;
}

VirtualPeripheral *VirtualDongle::addPeripheral(const PeripheralProfile &profile)
{
    const quint32 seed = d->options.seed * 7919u + quint32(d->peripherals.size()) * 104729u;
    auto *p = new VirtualPeripheral(profile, seed, d->options.gapService, this);
    if (d->options.accelerometerRateHz > 0)
        p->setAccelerometerRate(d->options.accelerometerRateHz);
    connect(p, &VirtualPeripheral::advertised, this, [this, p] { d->onAdvertised(p); });
    connect(p, &VirtualPeripheral::valueGenerated, this,
            [this, p](quint16 handle, const QByteArray &value) { d->onValueGenerated(p, handle, value); });
    d->peripherals.append(p);
    if (d->scanning)
        p->setAdvertisingReports(true);
    return p;
}

void VirtualDongle::addProfiles(const ProfileSet &set)
{
    for (const PeripheralProfile &profile : set.peripherals)
        addPeripheral(profile);
    d->faults.addRules(set.faults);
}

QList<VirtualPeripheral *> VirtualDongle::peripherals() const
{
    return d->peripherals;
}

VirtualPeripheral *VirtualDongle::peripheral(const DeviceAddress &address) const
{
    for (VirtualPeripheral *p : d->peripherals) {
        if (p->address() == address)
            return p;
    }
    return nullptr;
}

void VirtualDongle::attach(QIODevice *device)
{
    delete d->deviceConnections;
    d->deviceConnections = nullptr;
    d->device = device;
    d->reassembler.reset();
    if (!device)
        return;
    d->deviceConnections = new QObject(this);
    connect(device, &QIODevice::readyRead, d->deviceConnections, [this] { d->onReadyRead(); });
    connect(device, &QIODevice::bytesWritten, d->deviceConnections, [this] {
        if (!d->floods.isEmpty())
            d->pumpFlood();
    });
    if (device->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            d->deviceConnections, [this] { d->onReadyRead(); }, Qt::QueuedConnection);
}

QIODevice *VirtualDongle::device() const
{
    return d->device;
}

LoopbackDevice *VirtualDongle::createLoopback(QObject *hostParent)
{
    const LoopbackDevice::Pair pair = LoopbackDevice::createPair(hostParent, this);
    attach(pair.device);
    return pair.host;
}

FaultInjector &VirtualDongle::faults()
{
    return d->faults;
}

void VirtualDongle::injectBytes(const QByteArray &bytes)
{
    d->send(bytes);
}

bool VirtualDongle::dropLink(quint8 connection, quint16 reason)
{
    if (!d->link(connection))
        return false;
    d->dropLink(connection, reason);
    return true;
}

void VirtualDongle::reset()
{
    d->doReset();
}

void VirtualDongle::unplug(int replugAfterMs)
{
    d->doUnplug(replugAfterMs);
}

void VirtualDongle::replug()
{
    if (!d->device)
        return;
    if (!d->device->isOpen() && !d->device->open(QIODevice::ReadWrite))
        return;
    d->reassembler.reset();
    d->booting = false;
    Q_EMIT replugged();
    d->sendBoot();
}

int VirtualDongle::connectionCount() const
{
    return int(d->links.size());
}

bool VirtualDongle::isScanning() const
{
    return d->scanning;
}

quint64 VirtualDongle::notificationsSent() const
{
    return d->notifications;
}

void VirtualDongle::setTrafficSignals(bool on)
{
    d->trafficSignals = on;
}

// --- output

void VirtualDonglePrivate::send(const QByteArray &bytes)
{
    if (bytes.isEmpty() || !device || !device->isOpen())
        return;
    device->write(bytes);
    if (trafficSignals)
        Q_EMIT q->packetSent(bytes);
}

void VirtualDonglePrivate::deliver(VirtualAnswer a)
{
    send(a.prefix);
    if (a.hasResponse)
        send(a.response);
    if (a.procedure) {
        VirtualLink *l = link(quint8(a.link));
        if (!l || l->generation != a.linkGeneration)
            return;
        l->procedureEvents = std::move(a.events);
        l->procedureEmitted = 0;
        l->dropAfterEvents = a.dropAfterEvents;
        l->dropReason = a.dropReason;
        const quint64 generation = l->generation;
        const quint8 handle = l->handle;
        QTimer::singleShot(options.procedureStepMs, q,
                           [this, handle, generation] { runProcedure(handle, generation); });
        return;
    }
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        if (a.dropAfterEvents == i && a.link >= 0 && link(quint8(a.link))) {
            dropLink(quint8(a.link), a.dropReason);
            return;
        }
        send(a.events.at(i));
    }
    if (a.dropAfterEvents >= 0 && a.dropAfterEvents >= a.events.size() && a.link >= 0 && link(quint8(a.link)))
        dropLink(quint8(a.link), a.dropReason);
}

void VirtualDonglePrivate::applyFault(const FaultRule &rule, VirtualAnswer &a, QStringView command)
{
    switch (rule.action) {
    case FaultRule::Action::DropResponse: a.hasResponse = false; break;
    case FaultRule::Action::InjectGarbage: a.prefix = rule.garbage; break;
    case FaultRule::Action::TruncateResponse:
        a.response = a.response.left(std::max(0, rule.truncateTo));
        break;
    case FaultRule::Action::Disconnect:
        if (command == u"gap_connect_direct" && connecting) {
            connecting->dropAfterEstablish = rule.afterEvents;
            connecting->dropReason = rule.reason;
        } else {
            a.dropAfterEvents = rule.afterEvents;
            a.dropReason = rule.reason;
        }
        break;
    case FaultRule::Action::DelayResponse: // handled by the caller
    case FaultRule::Action::RefuseConnection:
    case FaultRule::Action::AttError:
    case FaultRule::Action::Reset:
    case FaultRule::Action::Unplug: break;
    }
}

// --- transport and packets

void VirtualDonglePrivate::onReadyRead()
{
    if (!device)
        return;
    const QByteArray bytes = device->readAll();
    if (bytes.isEmpty())
        return;
    inFeed = true;
    reassembler.feed(QByteArrayView(bytes), [this](const BgapiPacketView &packet) { handlePacket(packet); });
    inFeed = false;
    if (resetReassemblerAfterFeed) {
        resetReassemblerAfterFeed = false;
        reassembler.reset();
    }
}

void VirtualDonglePrivate::handlePacket(const BgapiPacketView &packet)
{
    if (booting || !device || !device->isOpen())
        return; // a rebooting dongle hears nothing
    if (trafficSignals)
        Q_EMIT q->commandReceived(packet.toByteArray());

    const QString name = messageName(packet, Direction::HostToDevice);
    const int occurrence = ++commandCounts[name];
    const FaultRule *fault = faults.takeCommandFault(name, occurrence);
    if (fault && fault->action == FaultRule::Action::Reset) {
        doReset();
        return;
    }
    if (fault && fault->action == FaultRule::Action::Unplug) {
        doUnplug(fault->delayMs);
        return;
    }

    VirtualAnswer a;
    answer = &a;
    const Result<Command> command = decodeCommand(packet);
    if (command.ok()) {
        std::visit([this](const auto &c) { handle(c); }, command.value());
    } else if (packet.messageClass == MessageClass::Attclient && !packet.payload.isEmpty()) {
        // A malformed UUID or handle list: every attclient response is (connection, result).
        QByteArray payload;
        payload.append(packet.payload.at(0));
        payload.append(char(kInvalidParam & 0xFF));
        payload.append(char(kInvalidParam >> 8));
        a.response = BgapiPacket { MessageType::CommandOrResponse, 0, packet.messageClass, packet.messageId,
                                   payload }
                         .toByteArray();
        a.hasResponse = true;
    } else {
        a.events.append(encodeToBytes(SystemProtocolErrorEvent { kInvalidParam }));
    }
    answer = nullptr;

    if (fault)
        applyFault(*fault, a, name);
    if (fault && fault->action == FaultRule::Action::DelayResponse) {
        const quint64 generation = bootGeneration;
        QTimer::singleShot(std::max(0, fault->delayMs), q, [this, a, generation] {
            if (generation == bootGeneration)
                deliver(a);
        });
        return;
    }
    deliver(std::move(a));
}

void VirtualDonglePrivate::resetState()
{
    ++bootGeneration;
    stopScan();
    connecting.reset();
    const QList<quint8> handles = links.keys();
    for (quint8 h : handles)
        removeLink(h);
    floods.clear();
    floodTimer->stop();
    bondable = false;
    filterDuplicates = false;
    activeScan = true;
    if (inFeed)
        resetReassemblerAfterFeed = true;
    else
        reassembler.reset();
}

void VirtualDonglePrivate::doReset()
{
    resetState();
    if (options.resetReenumerates) {
        doUnplug(options.replugDelayMs);
        return;
    }
    booting = true;
    const quint64 generation = bootGeneration;
    QTimer::singleShot(std::max(0, options.bootDelayMs), q, [this, generation] {
        if (generation != bootGeneration)
            return;
        booting = false;
        sendBoot();
    });
}

void VirtualDonglePrivate::doUnplug(int replugAfterMs)
{
    resetState();
    booting = true;
    if (device && device->isOpen())
        device->close();
    Q_EMIT q->unplugged();
    if (replugAfterMs >= 0) {
        const quint64 generation = bootGeneration;
        QTimer::singleShot(replugAfterMs, q, [this, generation] {
            if (generation == bootGeneration)
                q->replug();
        });
    }
}

void VirtualDonglePrivate::sendBoot()
{
    SystemBootEvent boot;
    boot.major = 1;
    boot.minor = 3;
    boot.patch = 2;
    boot.build = 122;
    boot.llVersion = 4;
    boot.protocolVersion = 1;
    boot.hardware = 1;
    send(encodeToBytes(boot));
    Q_EMIT q->booted();
}

// --- generic answers and system

template<class T> void VirtualDonglePrivate::handle(const T &)
{
    // Commands without specific behaviour (whitelist, advertising set-up, flash, …)
    // succeed with a default response; system_hello is one of them.
    if constexpr (!std::is_same_v<typename T::Response, NoResponse>)
        respond(typename T::Response {});
}

void VirtualDonglePrivate::handle(const RawPacket &packet)
{
    // Unknown class/ID: a response of the same class/ID carrying invalid_command. Whether
    // the real firmware answers like this is not documented (bgapi.md §5).
    QByteArray payload;
    payload.append(char(kInvalidCommand & 0xFF));
    payload.append(char(kInvalidCommand >> 8));
    answer->response = BgapiPacket { MessageType::CommandOrResponse, packet.technology, packet.messageClass,
                                     packet.messageId, payload }
                           .toByteArray();
    answer->hasResponse = true;
}

void VirtualDonglePrivate::handle(const SystemReset &)
{
    // No response: the dongle reboots (see doReset). A DFU reboot is treated the same;
    // the bootloader is not emulated.
    answer = nullptr;
    doReset();
}

void VirtualDonglePrivate::handle(const SystemAddressGet &)
{
    respond(SystemAddressGetResponse { options.address });
}

void VirtualDonglePrivate::handle(const SystemGetInfo &)
{
    respond(SystemGetInfoResponse { 1, 3, 2, 122, 4, 1, 1 });
}

void VirtualDonglePrivate::handle(const SystemGetCounters &)
{
    respond(SystemGetCountersResponse { 0, 0, 0, 0, 0 });
}

void VirtualDonglePrivate::handle(const SystemGetConnections &)
{
    // The response, then the status of each live link (what the firmware sends here is
    // not documented; this is the documented guess of bgapi.md §5).
    respond(SystemGetConnectionsResponse { quint8(options.maxConnections) });
    for (const VirtualLink &l : std::as_const(links)) {
        ConnectionFlags flags = ConnectionFlag::Connected;
        if (l.client.encrypted)
            flags |= ConnectionFlag::Encrypted;
        emitEvent(status(l, flags));
    }
}

} // namespace gattscope
