// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the facade tests: a blocking counter that the callback thread feeds and the
// test thread waits on (no sleeps), and the test profile with an ambiguous UUID.

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>

namespace gattscope::test {

// Counts events from any thread; waitFor() returns once `n` arrived or the time is up.
class EventCounter
{
public:
    void add()
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_count;
        }
        m_changed.notify_all();
    }
    int count() const
    {
        std::lock_guard lock(m_mutex);
        return m_count;
    }
    bool waitFor(int n, std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, timeout, [&] { return m_count >= n; });
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_count = 0;
};

// One peripheral whose Battery Level (2A19) is in two services (ambiguous by UUID), with a
// fast indication and a fast notification.
//   0x01 1800 … 0x06 service 180F: 0x08 2A19 "64"
//   service 6a770001-…: 2A19 "32", 1236 indicate (counter, 50 Hz), 1237 notify (counter, 50 Hz)
inline const char *twinProfileJson()
{
    return R"({
  "peripherals": [
    {
      "name": "Twin Battery",
      "address": "00:11:22:33:44:55",
      "advertisingInterval": 20,
      "rssi": { "mean": -55, "drift": 0 },
      "services": [
        { "uuid": "180F", "characteristics": [
            { "uuid": "2A19", "properties": ["read"], "hex": "64", "maxLength": 1 } ] },
        { "uuid": "6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10", "characteristics": [
            { "uuid": "2A19", "properties": ["read"], "hex": "32", "maxLength": 1 },
            { "uuid": "1236", "properties": ["indicate"], "generator": { "type": "counter", "rateHz": 50 } },
            { "uuid": "1237", "properties": ["notify"], "generator": { "type": "counter", "rateHz": 50 } } ] }
      ]
    }
  ]
})";
}

} // namespace gattscope::test
