// SPDX-License-Identifier: MIT
#include "device.h"

#include "adaptercontext_p.h"
#include "adapterengine_p.h"
#include "devicecontext_p.h"
#include "exception.h"
#include "facadeconvert_p.h"

#include <gattscope/core/backend/connection.h>
#include <gattscope/core/session/devicesession.h>

#include <QCoreApplication>

namespace gattscope {

using detail::AdapterContext;
using detail::DeviceContext;
using detail::DeviceState;
using detail::toQt;
using detail::toStd;
using detail::Waiter;

namespace {
[[noreturn]] void raiseInvalid()
{
    Exception::raise(
        Error(Error::Kind::Disconnected,
              QCoreApplication::translate("gattscope::Device", "not a device (default-constructed)")));
}

Connection::ReadMode readMode(ReadMode mode)
{
    switch (mode) {
    case ReadMode::Short: return Connection::ReadMode::Short;
    case ReadMode::Long: return Connection::ReadMode::Long;
    case ReadMode::Auto: break;
    }
    return Connection::ReadMode::Auto;
}

Connection::WriteMode writeMode(WriteMode mode)
{
    switch (mode) {
    case WriteMode::WithoutResponse: return Connection::WriteMode::Command;
    case WriteMode::Long: return Connection::WriteMode::Long;
    case WriteMode::Auto: return Connection::WriteMode::Auto;
    case WriteMode::WithResponse: break;
    }
    return Connection::WriteMode::Request;
}

// Runs `op(context)` on the session thread for the device, or fails with Disconnected when
// the device's context is gone (the adapter closed).
template<typename T, typename Op>
T deviceCall(detail::AdapterEngine *engine, const std::shared_ptr<DeviceState> &state, Op op)
{
    if (!engine || !state)
        raiseInvalid();
    const std::chrono::milliseconds timeout(state->timeoutMs.load());
    return engine->call<T>(timeout, [state, op](AdapterContext *, const std::shared_ptr<Waiter<T>> &w) {
        DeviceContext *device = state->context.data();
        if (!device) {
            w->finish(Error(Error::Kind::Disconnected,
                            QCoreApplication::translate("gattscope::Device", "the adapter is closed")));
            return;
        }
        op(device, w);
    });
}
} // namespace

Device::Device() = default;
Device::~Device() = default;
Device::Device(const Device &) = default;
Device &Device::operator=(const Device &) = default;
Device::Device(Device &&) noexcept = default;
Device &Device::operator=(Device &&) noexcept = default;

Device::Device(std::shared_ptr<detail::AdapterEngine> engine, std::shared_ptr<DeviceState> state)
    : m_engine(std::move(engine))
    , m_state(std::move(state))
{ }

std::string Device::address() const
{
    return m_state ? toStd(m_state->address) : std::string();
}

std::string Device::name() const
{
    if (!m_state)
        return {};
    std::lock_guard lock(m_state->mutex);
    return toStd(m_state->name);
}

bool Device::isConnected() const
{
    if (!m_state || !m_engine || m_engine->isClosed())
        return false;
    std::lock_guard lock(m_state->mutex);
    return m_state->connected;
}

ErrorInfo Device::disconnectReason() const
{
    if (!m_state)
        return {};
    std::lock_guard lock(m_state->mutex);
    return ErrorInfo::from(m_state->reason);
}

int Device::mtu() const
{
    if (!m_state)
        return 23;
    std::lock_guard lock(m_state->mutex);
    return m_state->mtu;
}

int Device::rssi()
{
    return deviceCall<int>(
        m_engine.get(), m_state, [](DeviceContext *d, const std::shared_ptr<Waiter<int>> &w) {
            if (!d->session()->isConnected()) {
                w->finish(Error(Error::Kind::Disconnected,
                                QCoreApplication::translate("gattscope::Device", "%1 is not connected")
                                    .arg(d->session()->title())));
                return;
            }
            w->follow(d, d->session()->connection()->readRssi());
        });
}

std::vector<CharacteristicInfo> Device::characteristics() const
{
    if (!m_state)
        return {};
    std::lock_guard lock(m_state->mutex);
    return detail::characteristicInfos(m_state->database, m_state->names);
}

CharacteristicInfo Device::characteristic(std::uint16_t handle) const
{
    if (!m_state)
        raiseInvalid();
    std::lock_guard lock(m_state->mutex);
    const Characteristic *c = m_state->database.characteristicForHandle(handle);
    if (!c || c->valueHandle != handle) {
        Exception::raise(Error(Error::Kind::NotFound,
                               QCoreApplication::translate("gattscope::Device",
                                                           "%1 has no characteristic with value handle 0x%2")
                                   .arg(m_state->name.isEmpty() ? m_state->address : m_state->name)
                                   .arg(handle, 4, 16, QLatin1Char('0'))));
    }
    return detail::characteristicInfo(*m_state->database.serviceForHandle(handle), *c, m_state->names);
}

CharacteristicInfo Device::characteristic(const std::string &uuid, const std::string &serviceUuid) const
{
    return characteristic(handle(uuid, serviceUuid));
}

std::vector<DescriptorInfo> Device::descriptors(std::uint16_t handle) const
{
    return characteristic(handle).descriptors;
}

std::uint16_t Device::handle(const std::string &uuid, const std::string &serviceUuid) const
{
    if (!m_state)
        raiseInvalid();
    const Uuid wanted = detail::parseUuid(uuid);
    const std::optional<Uuid> service
        = serviceUuid.empty() ? std::nullopt : std::optional<Uuid>(detail::parseUuid(serviceUuid));
    std::lock_guard lock(m_state->mutex);
    const QString device = m_state->name.isEmpty() ? m_state->address : m_state->name;
    std::vector<AmbiguousUuidException::Candidate> found;
    for (const Characteristic *c : m_state->database.characteristicsByUuid(wanted)) {
        const Service *s = m_state->database.serviceForHandle(c->valueHandle);
        if (service && (!s || s->uuid != *service))
            continue;
        found.push_back({ c->valueHandle, s ? toStd(s->uuid.toString()) : std::string() });
    }
    if (found.size() == 1)
        return found.front().handle;
    if (found.empty()) {
        Exception::raise(
            Error(Error::Kind::NotFound,
                  service ? QCoreApplication::translate("gattscope::Device",
                                                        "%1 has no characteristic %2 in service %3")
                                .arg(device, wanted.toString(), service->toString())
                          : QCoreApplication::translate("gattscope::Device", "%1 has no characteristic %2")
                                .arg(device, wanted.toString())));
    }
    QStringList where;
    for (const AmbiguousUuidException::Candidate &c : found)
        where << QCoreApplication::translate("gattscope::Device", "handle 0x%1 in service %2")
                     .arg(c.handle, 4, 16, QLatin1Char('0'))
                     .arg(toQt(c.serviceUuid));
    throw AmbiguousUuidException(
        Error(Error::Kind::InvalidArgument,
              QCoreApplication::translate(
                  "gattscope::Device",
                  "characteristic %1 of %2 is ambiguous: %3; name the service or use a handle")
                  .arg(wanted.toString(), device, where.join(QStringLiteral(", ")))),
        std::move(found));
}

Bytes Device::read(std::uint16_t handle, ReadMode mode)
{
    return deviceCall<Bytes>(m_engine.get(), m_state,
                             [handle, mode](DeviceContext *d, const std::shared_ptr<Waiter<Bytes>> &w) {
                                 w->follow(d, d->session()->read(handle, readMode(mode)),
                                           [](const QByteArray &value) { return detail::toBytes(value); });
                             });
}

Bytes Device::read(const std::string &uuid, ReadMode mode)
{
    return read(handle(uuid), mode);
}

void Device::write(std::uint16_t handle, const Bytes &value, WriteMode mode)
{
    const QByteArray bytes = toQt(value);
    deviceCall<std::monostate>(
        m_engine.get(), m_state,
        [handle, bytes, mode](DeviceContext *d, const std::shared_ptr<Waiter<std::monostate>> &w) {
            w->follow(d, d->session()->write(handle, bytes, writeMode(mode)));
        });
}

void Device::write(const std::string &uuid, const Bytes &value, WriteMode mode)
{
    write(handle(uuid), value, mode);
}

void Device::subscribe(std::uint16_t handle, NotificationCallback callback, SubscribeMode mode)
{
    deviceCall<std::monostate>(
        m_engine.get(), m_state,
        [handle, callback, mode](DeviceContext *d, const std::shared_ptr<Waiter<std::monostate>> &w) {
            d->subscribe(handle, mode, callback, w);
        });
}

void Device::subscribe(const std::string &uuid, NotificationCallback callback, SubscribeMode mode)
{
    subscribe(handle(uuid), std::move(callback), mode);
}

void Device::unsubscribe(std::uint16_t handle)
{
    deviceCall<std::monostate>(m_engine.get(), m_state,
                               [handle](DeviceContext *d, const std::shared_ptr<Waiter<std::monostate>> &w) {
                                   d->unsubscribe(handle, w);
                               });
}

void Device::unsubscribe(const std::string &uuid)
{
    unsubscribe(handle(uuid));
}

void Device::bond(PasskeyCallback passkey, bool permanent)
{
    deviceCall<std::monostate>(
        m_engine.get(), m_state,
        [passkey, permanent](DeviceContext *d, const std::shared_ptr<Waiter<std::monostate>> &w) {
            d->bond(passkey, permanent, w);
        });
}

void Device::disconnect()
{
    if (!isConnected())
        return;
    deviceCall<std::monostate>(m_engine.get(), m_state,
                               [](DeviceContext *d, const std::shared_ptr<Waiter<std::monostate>> &w) {
                                   if (!d->session()->isConnected()) {
                                       w->finish(success());
                                       return;
                                   }
                                   w->follow(d, d->session()->disconnectFromDevice());
                               });
}

void Device::setDisconnectCallback(DisconnectCallback callback)
{
    if (!m_state)
        raiseInvalid();
    std::lock_guard lock(m_state->mutex);
    m_state->onDisconnected = std::move(callback);
}

std::chrono::milliseconds Device::timeout() const
{
    return std::chrono::milliseconds(m_state ? m_state->timeoutMs.load() : 0);
}

void Device::setTimeout(std::chrono::milliseconds timeout)
{
    if (m_state)
        m_state->timeoutMs.store(timeout.count());
}

} // namespace gattscope
