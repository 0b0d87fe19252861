// SPDX-License-Identifier: MIT
// VirtualDongle and its engine: transport, framing, routing commands to the subsystems,
// answers and faults, links, reboot and unplug. The subsystems are in virtual<class>.cpp.
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

namespace {

BgapiReassemblerOptions inputOptions(const VirtualDongleOptions &options)
{
    BgapiReassemblerOptions o = BgapiReassemblerOptions::bled112(Direction::HostToDevice);
    o.fragmentTimeoutMs = std::max(0, options.fragmentTimeoutMs);
    return o;
}

} // namespace

// --- VirtualDongle: the public face

VirtualDongle::VirtualDongle(const VirtualDongleOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<VirtualDonglePrivate>(this, options))
{ }

VirtualDongle::~VirtualDongle()
{
    d->attach(nullptr);
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
    d->peripherals.append(p);
    d->gap.onPeripheralAdded(p);
    d->attclient.onPeripheralAdded(p);
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
    d->attach(device);
}

QIODevice *VirtualDongle::device() const
{
    return d->device();
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
    d->reboot();
}

void VirtualDongle::unplug(int replugAfterMs)
{
    d->unplug(replugAfterMs);
}

void VirtualDongle::replug()
{
    d->replug();
}

int VirtualDongle::connectionCount() const
{
    return int(d->links().size());
}

bool VirtualDongle::isScanning() const
{
    return d->gap.isScanning();
}

quint64 VirtualDongle::notificationsSent() const
{
    return d->notifications;
}

qsizetype VirtualDongle::pendingInputBytes() const
{
    return d->pendingInputBytes();
}

void VirtualDongle::setTrafficSignals(bool on)
{
    d->trafficSignals = on;
}

// --- the engine

VirtualDonglePrivate::VirtualDonglePrivate(VirtualDongle *qq, const VirtualDongleOptions &opts)
    : q(qq)
    , options(opts)
    , system(*this)
    , gap(*this)
    , connections(*this)
    , attclient(*this)
    , sm(*this)
    , m_reassembler(inputOptions(opts))
    , m_fragmentTimer(new QTimer(qq))
{
    options.maxConnections = std::clamp(options.maxConnections, 1, 8);
    m_reassembler.setSkippedBytesHandler([this](QByteArrayView) {
        // Garbage on the line: the firmware reports it and carries on. The reason code the
        // real firmware uses is not documented; 0x0180 (invalid parameter) is our choice.
        send(encodeToBytes(SystemProtocolErrorEvent { kInvalidParam }));
    });
    m_fragmentTimer->setSingleShot(true);
    QObject::connect(m_fragmentTimer, &QTimer::timeout, q, [this] { readInput(QByteArrayView()); });
}

VirtualDonglePrivate::~VirtualDonglePrivate() = default;

// --- output

bool VirtualDonglePrivate::canSend() const
{
    return m_device && m_device->isOpen();
}

void VirtualDonglePrivate::send(const QByteArray &bytes)
{
    if (bytes.isEmpty() || !canSend())
        return;
    m_device->write(bytes);
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
        if (l && l->generation == a.linkGeneration)
            attclient.runProcedure(*l, std::move(a.events), a.dropAfterEvents, a.dropReason);
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
        if (command == u"gap_connect_direct" && gap.dropNextConnection(rule.reason))
            break;
        a.dropAfterEvents = rule.afterEvents;
        a.dropReason = rule.reason;
        break;
    case FaultRule::Action::DelayResponse: // handled by the caller
    case FaultRule::Action::RefuseConnection:
    case FaultRule::Action::AttError:
    case FaultRule::Action::Reset:
    case FaultRule::Action::Unplug: break;
    }
}

// --- links

VirtualLink *VirtualDonglePrivate::link(quint8 handle)
{
    auto it = m_links.find(handle);
    return it == m_links.end() ? nullptr : &it.value();
}

bool VirtualDonglePrivate::isConnected(const VirtualPeripheral *peripheral) const
{
    return std::any_of(m_links.cbegin(), m_links.cend(),
                       [peripheral](const VirtualLink &l) { return l.peripheral == peripheral; });
}

VirtualLink &VirtualDonglePrivate::addLink(const VirtualLink &l)
{
    l.peripheral->setConnected(true);
    return *m_links.insert(l.handle, l);
}

void VirtualDonglePrivate::removeLink(quint8 handle)
{
    auto it = m_links.find(handle);
    if (it == m_links.end())
        return;
    VirtualPeripheral *p = it->peripheral;
    m_links.erase(it);
    attclient.onLinkRemoved(handle);
    if (!isConnected(p))
        p->setConnected(false);
    gap.onLinkRemoved(p);
}

void VirtualDonglePrivate::dropLink(quint8 handle, quint16 reason)
{
    if (!link(handle))
        return;
    removeLink(handle);
    send(encodeToBytes(ConnectionDisconnectedEvent { handle, reason }));
}

VirtualPeripheral *VirtualDonglePrivate::findPeripheral(const DeviceAddress &address,
                                                        PeerAddressType type) const
{
    for (VirtualPeripheral *p : peripherals) {
        if (p->address().toUInt64() == address.toUInt64()
            && p->address().isRandom() == (type == PeerAddressType::Random))
            return p;
    }
    return nullptr;
}

void VirtualDonglePrivate::later(int ms, std::function<void()> work)
{
    const quint64 generation = m_bootGeneration;
    QTimer::singleShot(std::max(0, ms), q, [this, generation, work = std::move(work)] {
        if (generation == m_bootGeneration)
            work();
    });
}

// --- transport and framing

void VirtualDonglePrivate::attach(QIODevice *device)
{
    delete m_deviceConnections;
    m_deviceConnections = nullptr;
    if (m_device)
        QObject::disconnect(m_device, nullptr, q, nullptr);
    m_device = device;
    m_reassembler.reset();
    m_fragmentTimer->stop();
    if (!device)
        return;
    m_deviceConnections = new QObject(q);
    QObject::connect(device, &QIODevice::readyRead, m_deviceConnections, [this] { onReadyRead(); });
    QObject::connect(device, &QIODevice::bytesWritten, m_deviceConnections,
                     [this] { attclient.onTransportDrained(); });
    if (device->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            m_deviceConnections, [this] { onReadyRead(); }, Qt::QueuedConnection);
}

void VirtualDonglePrivate::onReadyRead()
{
    if (!m_device)
        return;
    const QByteArray bytes = m_device->readAll();
    if (!bytes.isEmpty())
        readInput(QByteArrayView(bytes));
}

// Feeds the reassembler; empty `bytes` only deal with an overdue fragment (the timer).
void VirtualDonglePrivate::readInput(QByteArrayView bytes)
{
    m_inFeed = true;
    m_reassembler.feed(bytes, [this](const BgapiPacketView &packet) { handlePacket(packet); });
    m_inFeed = false;
    if (m_resetReassemblerAfterFeed) {
        m_resetReassemblerAfterFeed = false;
        m_reassembler.reset();
    }
    armFragmentTimer();
}

// A command that has not fully arrived is dropped once it is overdue (see
// BgapiReassemblerOptions::fragmentTimeoutMs) and reported with protocol_error then, not
// only when the next bytes come: the host hears at once that its packet was not taken.
void VirtualDonglePrivate::armFragmentTimer()
{
    const qint64 due = m_reassembler.msUntilFragmentOverdue();
    if (due < 0)
        m_fragmentTimer->stop();
    else
        m_fragmentTimer->start(int(std::min<qint64>(due, 60000)));
}

void VirtualDonglePrivate::handlePacket(const BgapiPacketView &packet)
{
    if (m_booting || !canSend())
        return; // a rebooting dongle hears nothing
    if (trafficSignals)
        Q_EMIT q->commandReceived(packet.toByteArray());

    const QString name = messageName(packet, Direction::HostToDevice);
    const int occurrence = ++m_commandCounts[name];
    const FaultRule *fault = faults.takeCommandFault(name, occurrence);
    if (fault && fault->action == FaultRule::Action::Reset) {
        reboot();
        return;
    }
    if (fault && fault->action == FaultRule::Action::Unplug) {
        unplug(fault->delayMs);
        return;
    }

    VirtualAnswer a;
    m_answer = &a;
    const Result<Command> command = decodeCommand(packet);
    if (command.ok())
        std::visit([this](const auto &c) { route(c); }, command.value());
    else
        handleMalformed(packet);
    m_answer = nullptr;
    if (m_booting)
        return; // system_reset: no answer at all

    if (fault)
        applyFault(*fault, a, name);
    if (fault && fault->action == FaultRule::Action::DelayResponse) {
        later(fault->delayMs, [this, a] { deliver(a); });
        return;
    }
    deliver(std::move(a));
}

// Each command goes to the subsystem of its class, when that subsystem emulates it.
template<class T> void VirtualDonglePrivate::route(const T &command)
{
    if constexpr (std::is_same_v<T, RawPacket>) {
        handleUnknown(command);
    } else if constexpr (T::messageClass == MessageClass::System && requires { system.handle(command); }) {
        system.handle(command);
    } else if constexpr (T::messageClass == MessageClass::Gap && requires { gap.handle(command); }) {
        gap.handle(command);
    } else if constexpr (T::messageClass == MessageClass::Connection
                         && requires { connections.handle(command); }) {
        connections.handle(command);
    } else if constexpr (T::messageClass == MessageClass::Attclient
                         && requires { attclient.handle(command); }) {
        attclient.handle(command);
    } else if constexpr (T::messageClass == MessageClass::Sm && requires { sm.handle(command); }) {
        sm.handle(command);
    } else {
        handleDefault(command);
    }
}

template<class T> void VirtualDonglePrivate::handleDefault(const T &)
{
    // Commands without specific behaviour (hello, whitelist, advertising set-up, flash, …)
    // succeed with a default response.
    if constexpr (!std::is_same_v<typename T::Response, NoResponse>)
        respond(typename T::Response {});
}

void VirtualDonglePrivate::handleUnknown(const RawPacket &packet)
{
    // Unknown class/ID: a response of the same class/ID carrying invalid_command. Whether
    // the real firmware answers like this is not documented (bgapi.md §5).
    QByteArray payload;
    payload.append(char(kInvalidCommand & 0xFF));
    payload.append(char(kInvalidCommand >> 8));
    m_answer->response = BgapiPacket { MessageType::CommandOrResponse, packet.technology, packet.messageClass,
                                       packet.messageId, payload }
                             .toByteArray();
    m_answer->hasResponse = true;
}

void VirtualDonglePrivate::handleMalformed(const BgapiPacketView &packet)
{
    if (packet.messageClass == MessageClass::Attclient && !packet.payload.isEmpty()) {
        // A malformed UUID or handle list: every attclient response is (connection, result).
        QByteArray payload;
        payload.append(packet.payload.at(0));
        payload.append(char(kInvalidParam & 0xFF));
        payload.append(char(kInvalidParam >> 8));
        m_answer->response = BgapiPacket { MessageType::CommandOrResponse, 0, packet.messageClass,
                                           packet.messageId, payload }
                                 .toByteArray();
        m_answer->hasResponse = true;
        return;
    }
    m_answer->events.append(encodeToBytes(SystemProtocolErrorEvent { kInvalidParam }));
}

// --- reboot and unplug

void VirtualDonglePrivate::resetState()
{
    ++m_bootGeneration;
    gap.reset();
    const QList<quint8> handles = m_links.keys();
    for (quint8 h : handles)
        removeLink(h);
    attclient.reset();
    sm.reset();
    if (m_inFeed)
        m_resetReassemblerAfterFeed = true;
    else
        m_reassembler.reset();
}

void VirtualDonglePrivate::reboot()
{
    resetState();
    if (options.resetReenumerates) {
        unplug(options.replugDelayMs);
        return;
    }
    m_booting = true;
    later(options.bootDelayMs, [this] { finishBoot(); });
}

void VirtualDonglePrivate::finishBoot()
{
    m_booting = false;
    system.boot();
}

void VirtualDonglePrivate::unplug(int replugAfterMs)
{
    resetState();
    m_booting = true;
    if (m_device && m_device->isOpen())
        m_device->close();
    Q_EMIT q->unplugged();
    if (replugAfterMs >= 0)
        later(replugAfterMs, [this] { replug(); });
}

void VirtualDonglePrivate::replug()
{
    if (!m_device)
        return;
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadWrite))
        return;
    m_reassembler.reset();
    m_booting = false;
    Q_EMIT q->replugged();
    system.boot();
}

} // namespace gattscope
