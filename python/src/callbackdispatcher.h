// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/device/devicetypes.h>

#include <condition_variable>
#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <pybind11/pybind11.h>
#include <unordered_map>
#include <vector>

namespace gattscope::python {

// The Python thread of one gattscope.Adapter that runs every Python callback of it: values of
// subscriptions, disconnects, scan reports, passkey requests.
//
// Notes for implementers
// - post*() are called from the facade's callback thread (or any other), never holding the
//   GIL, and never take it: they queue and wake the Python thread.
// - run() is the body of that Python thread (a threading.Thread "gattscope-callbacks", started
//   by start()). It waits with the GIL released, takes everything queued in one go and runs
//   the whole batch under ONE acquisition of the GIL, in order. It holds no lock of its own
//   while a callback runs, so a callback may read, write, unsubscribe or disconnect (those
//   calls release the GIL while they wait for the facade's session thread).
// - Callbacks are found by token in a table that is only touched with the GIL held, so once
//   remove() returned (on any thread holding the GIL) the callback is not called again.
// - A Python exception escaping a callback is reported through sys.unraisablehook (printed on
//   stderr by default); the thread goes on.
// - Values are bounded: past LimitBytes queued, values are counted rather than queued and the
//   next value of that subscription carries the count (Notification.lost_before).
class CallbackDispatcher : public std::enable_shared_from_this<CallbackDispatcher>
{
public:
    static constexpr std::int64_t LimitBytes = 64 * 1024 * 1024;

    // How a subscription's callback is called.
    enum class Style : std::uint8_t {
        Notification, // callback(Notification)                 (gattscope.Device.subscribe)
        HandleValue, // each of a tuple of callbacks(handle, bytearray)  (gattscope.pygatt)
    };

    CallbackDispatcher() = default;
    ~CallbackDispatcher();
    CallbackDispatcher(const CallbackDispatcher &) = delete;
    CallbackDispatcher &operator=(const CallbackDispatcher &) = delete;

    // With the GIL: starts the Python thread (once).
    void start();
    // With the GIL: stops the thread after the callbacks queued so far and joins it (unless
    // called from it). Later posts are dropped.
    void stop();
    bool isDispatcherThread() const;

    // With the GIL: registers a callback; the token goes into post*().
    std::uint64_t add(pybind11::object callback, Style style = Style::Notification);
    // With the GIL: replaces the callback of `token` (a new tuple of pygatt callbacks).
    void replace(std::uint64_t token, pybind11::object callback);
    // With the GIL: the callback of `token` is never called again.
    void remove(std::uint64_t token);

    // Any thread, without the GIL.
    void postValue(std::uint64_t token, const ReceivedValue &value);
    void postDisconnect(std::uint64_t token, const ErrorInfo &reason);
    // callback(ScanResult); a callback that returns True calls `stop` (on the Python thread).
    void postScan(std::uint64_t token, const ScanResult &result, std::function<void()> stop);
    // Blocks the calling (facade callback) thread until the Python callback answered.
    std::optional<std::uint32_t> askPasskey(std::uint64_t token);

    // The body of the Python thread.
    void run();

private:
    struct Event
    {
        enum class Kind : std::uint8_t {
            Value,
            Disconnect,
            Scan,
            Passkey
        };
        Kind kind = Kind::Value;
        std::uint64_t token = 0;
        ReceivedValue value;
        struct Extra
        {
            ErrorInfo reason;
            ScanResult scan;
            std::function<void()> stopScan;
            std::promise<std::optional<std::uint32_t>> passkey;
        };
        std::unique_ptr<Extra> extra;
    };
    struct Entry
    {
        pybind11::object callback;
        Style style = Style::Notification;
    };

    void post(Event &&event, std::int64_t cost);
    void deliver(Event &event);
    void deliverValue(const Entry &entry, const ReceivedValue &value);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Event> m_queue;
    std::unordered_map<std::uint64_t, std::uint64_t> m_lost; // token → values dropped
    std::int64_t m_queuedBytes = 0;
    bool m_stopping = false;
    bool m_started = false;

    // GIL-protected.
    std::unordered_map<std::uint64_t, Entry> m_entries;
    std::uint64_t m_nextToken = 1;
    pybind11::object m_thread;
    unsigned long m_threadIdent = 0;
};

} // namespace gattscope::python
