// SPDX-License-Identifier: MIT
#pragma once

#include "device.h"
#include "devicetypes.h"

#include <gattscope/core/base/export.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace gattscope {

/// One radio — a BLED112 dongle, BlueZ's gatttool, the in-process Demo dongle — opened from
/// a backend URI, for programs that want to write `read a value` as one line: the blocking
/// C++ API of libgattscope (pygatt's BGAPIBackend/GATTToolBackend, done better).
///
/// @code
/// gattscope::Adapter adapter("demo");                // or "bgapi:auto", "bgapi:/dev/ttyACM0"
/// gattscope::Device strap = adapter.connect("HRM Strap");
/// std::printf("Battery level: %d %%\n", strap.read("2A19").at(0));
/// @endcode
///
/// Backend URIs: `demo` (virtual peripherals, in process), `bgapi:auto` (the first BLED112),
/// `bgapi:/dev/ttyACM0` or `bgapi:COM3` (a BGAPI device or gattscope-sim on that port),
/// `gatttool:` / `gatttool:hci0` (BlueZ's gatttool).
///
/// Threads and event loops
/// - Works from a plain main() with no Qt event loop — and with no QCoreApplication: then the
///   library runs one on a thread of its own (a Qt program must create its QCoreApplication
///   before the first Adapter). Backend I/O runs on a backend thread, the GATT sessions on a
///   session thread, the callbacks on a callback thread; the calling thread only waits.
/// - Every method may be called from any thread. Scan callbacks run on the callback thread
///   (see Device for what callbacks may do).
///
/// Errors: every failure throws a gattscope::Exception subclass (exception.h); opening an
/// unknown URI throws InvalidArgumentException, an absent dongle TransportLostException
/// or the backend's error.
///
/// Destroying (or close()) disconnects every device, closes the backend and ends the threads;
/// Device handles left over throw DisconnectedException from then on. Destroy Adapters before
/// main() returns, and not from inside one of its own callbacks' devices' operations.
class GATTSCOPE_EXPORT Adapter
{
public:
    using ScanCallback = std::function<void(const ScanResult &result)>;

    struct Options
    {
        /// How long each operation may take (devices inherit it).
        std::chrono::milliseconds timeout { 10000 };
        /// demo: profile files (JSON, backends/virtual/PROFILES.md) instead of the built-in
        /// virtual peripherals.
        std::vector<std::string> demoProfiles;
    };

    /// How Adapter::connect() finds and connects a device.
    struct ConnectOptions
    {
        /// How long to scan for a device named by its name (or by an address whose type is not
        /// given) before NotFoundException.
        std::chrono::milliseconds scanTimeout { 10000 };
        /// How long establishing the link and discovering its services may take.
        std::chrono::milliseconds timeout { 15000 };
        /// For an address: FromScan learns whether it is public or random from a scan; Public
        /// and Random skip the scan and connect at once.
        enum class AddressType : std::uint8_t {
            FromScan,
            Public,
            Random
        };
        AddressType addressType = AddressType::FromScan;
    };

    /// Opens the backend `uri`; throws when it cannot.
    explicit Adapter(const std::string &uri = "demo");
    Adapter(const std::string &uri, const Options &options);
    ~Adapter();
    Adapter(const Adapter &) = delete;
    Adapter &operator=(const Adapter &) = delete;
    Adapter(Adapter &&) noexcept;
    Adapter &operator=(Adapter &&) noexcept;

    std::string uri() const;
    /// "BLED112", "Demo dongle" …
    std::string name() const;
    /// "BLED112 on /dev/ttyACM0, firmware 1.4.2 build 125" …
    std::string description() const;
    bool isOpen() const;

    /// Scans for `duration` (or until stopScan()), calling `callback` for every report
    /// meanwhile, and returns every device heard, one entry per address (advertisement and
    /// scan response merged), in the order first heard.
    std::vector<ScanResult> scan(std::chrono::milliseconds duration, ScanCallback callback = {});
    /// Starts scanning and returns; `callback` runs for every report until stopScan().
    void startScan(ScanCallback callback);
    /// Stops a scan (also ends a scan() early); nothing happens when none runs.
    void stopScan();

    /// Connects to a peripheral by address ("C0:98:E5:49:00:01") or advertised name
    /// ("HRM Strap") and discovers its services. A device heard in an earlier scan is
    /// connected at once; otherwise a scan looks for it first (options.scanTimeout).
    /// Connecting to a device already connected returns it.
    Device connect(const std::string &addressOrName, const ConnectOptions &options);
    Device connect(const std::string &addressOrName);
    /// The devices connected now.
    std::vector<Device> devices() const;

    /// Disconnects every device and closes the backend (the destructor does it too).
    void close();

    std::chrono::milliseconds timeout() const;
    void setTimeout(std::chrono::milliseconds timeout);

private:
    std::shared_ptr<detail::AdapterEngine> m_engine;
};

} // namespace gattscope
