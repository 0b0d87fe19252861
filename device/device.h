// SPDX-License-Identifier: MIT
#pragma once

#include "devicetypes.h"

#include <gattscope/core/base/export.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gattscope {

namespace detail {
class AdapterEngine;
struct DeviceState;
} // namespace detail

/// One connected peripheral, from Adapter::connect(): read, write, subscribe, bond.
///
/// Every method blocks until it is done, and either does what it says or throws a
/// gattscope::Exception (see exception.h): an AttException when the peer refuses, a
/// TimeoutException after timeout(), a DisconnectedException once the link is down, a
/// NotFoundException or AmbiguousUuidException when a UUID does not name exactly one
/// characteristic.
///
/// Threads
/// - Call it from any thread, also several at once (operations on one link run one after
///   the other, in the order they arrive). No event loop is needed on the calling thread.
/// - Callbacks (notifications, the disconnect callback, the passkey callback) run on the
///   Adapter's callback thread, one at a time, in order. A callback may call back into the
///   device — read, write, unsubscribe, even disconnect — without deadlock: the call blocks
///   the callback thread only, and later callbacks wait their turn.
///
/// Characteristics are named by value handle (exact) or by UUID ("2A19", "0x2a19", the
/// 36-character form). A UUID that appears in several services is ambiguous: use
/// handle(uuid, serviceUuid) to pick one.
///
/// A Device is a handle: copies refer to the same link; it stays valid (throwing
/// DisconnectedException) after the link or its Adapter is gone.
class GATTSCOPE_EXPORT Device
{
public:
    using NotificationCallback = std::function<void(const ReceivedValue &value)>;
    using DisconnectCallback = std::function<void(const ErrorInfo &reason)>;
    /// Asked for the passkey the peer displays; return nullopt to refuse pairing.
    using PasskeyCallback = std::function<std::optional<std::uint32_t>()>;

    /// An invalid device (isValid() false); every operation throws DisconnectedException.
    Device();
    ~Device();
    Device(const Device &);
    Device &operator=(const Device &);
    Device(Device &&) noexcept;
    Device &operator=(Device &&) noexcept;

    bool isValid() const { return m_state != nullptr; }
    /// "C0:98:E5:49:00:01".
    std::string address() const;
    /// The advertised name when one was heard, else empty.
    std::string name() const;
    bool isConnected() const;
    /// Why the link ended (kind None while it is up).
    ErrorInfo disconnectReason() const;

    /// The ATT MTU of the link (23 until exchanged).
    int mtu() const;
    /// Reads the RSSI of the link, in dBm.
    int rssi();

    /// Every characteristic discovery found, in handle order.
    std::vector<CharacteristicInfo> characteristics() const;
    /// The characteristic with this value handle; NotFoundException when there is none.
    CharacteristicInfo characteristic(std::uint16_t handle) const;
    /// The characteristic with this UUID (inside `serviceUuid` when given).
    CharacteristicInfo characteristic(const std::string &uuid, const std::string &serviceUuid = {}) const;
    /// The descriptors of the characteristic whose value handle is `handle`.
    std::vector<DescriptorInfo> descriptors(std::uint16_t handle) const;

    /// The value handle of the characteristic `uuid`. NotFoundException when no
    /// characteristic has it; AmbiguousUuidException when several services have one (the
    /// exception lists them) — pass `serviceUuid` to choose.
    std::uint16_t handle(const std::string &uuid, const std::string &serviceUuid = {}) const;

    /// Reads a characteristic value or a descriptor by handle.
    Bytes read(std::uint16_t handle, ReadMode mode = ReadMode::Auto);
    /// Reads the characteristic `uuid` (see handle()).
    Bytes read(const std::string &uuid, ReadMode mode = ReadMode::Auto);
    /// Writes a characteristic value or a descriptor by handle.
    void write(std::uint16_t handle, const Bytes &value, WriteMode mode = WriteMode::WithResponse);
    void write(const std::string &uuid, const Bytes &value, WriteMode mode = WriteMode::WithResponse);

    /// Enables notifications or indications (by writing the CCCD discovery found) and calls
    /// `callback` for every value from then on. Subscribing again replaces the callback.
    /// NotFoundException when the characteristic has no CCCD.
    void subscribe(std::uint16_t handle, NotificationCallback callback,
                   SubscribeMode mode = SubscribeMode::Auto);
    void subscribe(const std::string &uuid, NotificationCallback callback,
                   SubscribeMode mode = SubscribeMode::Auto);
    /// Turns the subscription off. Once it returns the callback is not called again (a
    /// callback that unsubscribes finishes its own call). Unsubscribing what is not
    /// subscribed does nothing.
    void unsubscribe(std::uint16_t handle);
    void unsubscribe(const std::string &uuid);

    /// Encrypts the link and, when `permanent`, stores a bond. `passkey` is asked when the
    /// peer requires a passkey (MITM protection is requested when a callback is given).
    void bond(PasskeyCallback passkey = {}, bool permanent = true);

    /// Ends the link (nothing happens when it is down already). The disconnect callback runs
    /// with reason "Connection Terminated By Local Host".
    void disconnect();
    /// Called once when the link ends, whoever ended it (disconnect(), the peer, a
    /// supervision timeout, the dongle unplugged), with the reason.
    void setDisconnectCallback(DisconnectCallback callback);

    /// How long each operation may take (default: the Adapter's timeout).
    std::chrono::milliseconds timeout() const;
    void setTimeout(std::chrono::milliseconds timeout);

private:
    friend class Adapter;
    Device(std::shared_ptr<detail::AdapterEngine> engine, std::shared_ptr<detail::DeviceState> state);

    std::shared_ptr<detail::AdapterEngine> m_engine;
    std::shared_ptr<detail::DeviceState> m_state;
};

} // namespace gattscope
