// SPDX-License-Identifier: MIT
// Subscribes to the Heart Rate Measurement (0x2A37) and prints the heart rate and the RR
// intervals of every notification, until Ctrl-C or --count values.
//
//   log_heart_rate [--backend URI] [--count N] [DEVICE]     DEVICE default: "HRM Strap"
#include "exampleoptions.h"

#include <gattscope/gattscope.h>

#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <string>

namespace {
std::atomic<bool> interrupted { false };

extern "C" void onSigint(int)
{
    interrupted = true;
}

// Heart Rate Measurement (GATT Specification Supplement §3.113): flags, then the heart rate
// (uint8, or uint16 when flags bit 0), Energy Expended (uint16, when bit 3), RR intervals
// (uint16 in 1/1024 s, when bit 4). Returns an empty string for a malformed value.
std::string describe(const gattscope::Bytes &v)
{
    if (v.empty())
        return {};
    const unsigned flags = v[0];
    size_t at = 1;
    auto u16 = [&](size_t i) {
        return unsigned(v[i]) | unsigned(v[i + 1]) << 8;
    };
    unsigned bpm = 0;
    if (flags & 0x01) {
        if (v.size() < at + 2)
            return {};
        bpm = u16(at);
        at += 2;
    } else {
        if (v.size() < at + 1)
            return {};
        bpm = v[at++];
    }
    if (flags & 0x08)
        at += 2;
    std::string text = std::to_string(bpm) + " bpm";
    if (flags & 0x10) {
        text += ", RR";
        char rr[32];
        for (; at + 1 < v.size(); at += 2) {
            std::snprintf(rr, sizeof rr, " %.3f s", u16(at) / 1024.0);
            text += rr;
        }
    }
    return text;
}
} // namespace

int main(int argc, char **argv)
{
    const ExampleOptions options
        = ExampleOptions::parse(argc, argv, "log_heart_rate [--backend URI] [--count N] [DEVICE]");
    const std::string device = options.positional.empty() ? "HRM Strap" : options.positional.front();
    std::signal(SIGINT, onSigint);
    try {
        gattscope::Adapter adapter(options.backend);
        gattscope::Device strap = adapter.connect(device);
        std::mutex mutex;
        std::condition_variable changed;
        long printed = 0;
        bool gone = false;
        strap.setDisconnectCallback([&](const gattscope::ErrorInfo &reason) {
            std::fprintf(stderr, "log_heart_rate: disconnected: %s\n", reason.text.c_str());
            std::lock_guard lock(mutex);
            gone = true;
            changed.notify_all();
        });
        // Runs on the library's callback thread.
        strap.subscribe("2A37", [&](const gattscope::ReceivedValue &value) {
            std::lock_guard lock(mutex);
            if (options.count > 0 && printed >= options.count)
                return;
            const std::string text = describe(value.value);
            std::printf("%s\n", text.empty() ? "(malformed measurement)" : text.c_str());
            std::fflush(stdout);
            ++printed;
            changed.notify_all();
        });
        std::unique_lock lock(mutex);
        // A signal handler may not touch a condition variable: look at the flag now and then.
        while (!interrupted && !gone && !(options.count > 0 && printed >= options.count))
            changed.wait_for(lock, std::chrono::milliseconds(200));
        const bool lost = gone;
        lock.unlock();
        if (!lost) {
            strap.setDisconnectCallback({}); // ours is not worth a message
            strap.unsubscribe("2A37");
            strap.disconnect();
        }
        return lost ? 1 : 0;
    } catch (const gattscope::Exception &e) {
        std::fprintf(stderr, "log_heart_rate: %s\n", e.what());
        return 1;
    }
}
