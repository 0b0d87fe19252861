// SPDX-License-Identifier: MIT
// The facade from a plain main(): no QCoreApplication, no event loop, no Qt Test — what a C++
// program (or the Python interpreter) that knows nothing of Qt does. The library runs Qt on
// threads of its own. Checks, printing one line each and exiting 1 on the first failure:
// connect and read, a callback that reads the device and unsubscribes itself, another
// std::thread using the same device, typed errors, a clean shutdown. ctest fails the test on
// any Qt warning (see tests/device/CMakeLists.txt).
#include "facadetestutil.h"

#include <gattscope/gattscope.h>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;

namespace {
int failures = 0;

void check(bool ok, const char *what)
{
    std::printf("%s: %s\n", ok ? "ok" : "FAIL", what);
    if (!ok)
        ++failures;
}
} // namespace

int main()
{
    // What the callbacks touch lives longer than the adapter: closing it may still call them.
    gattscope::test::EventCounter beats;
    gattscope::test::EventCounter gone;
    std::atomic<int> batteryReads { 0 };
    try {
        gattscope::Adapter adapter("demo");
        gattscope::Device strap = adapter.connect("HRM Strap");
        check(strap.read("2A19") == gattscope::Bytes { 0x64 }, "read the battery level from main()");

        const std::uint16_t hrm = strap.handle("2A37");
        strap.subscribe(hrm, [&](const gattscope::ReceivedValue &v) {
            if (v.value.empty())
                return;
            if (strap.read("2A19") == gattscope::Bytes { 0x64 }) // back into the device
                ++batteryReads;
            if (beats.count() == 1)
                strap.unsubscribe(hrm);
            beats.add();
        });
        check(beats.waitFor(2, 10s), "two heart-rate notifications, the callback reading the device");
        check(batteryReads.load() == 2, "the reads inside the callback answered");
        strap.read("2A38");
        check(beats.count() == 2, "no notification after unsubscribing from the callback");

        std::atomic<bool> threadOk { false };
        std::thread worker([&] {
            try {
                threadOk = strap.read("2A29").size() == 14; // "gattscope Labs"
            } catch (const std::exception &e) {
                std::printf("thread: %s\n", e.what());
            }
        });
        worker.join();
        check(threadOk.load(), "the same device from a std::thread");

        bool ambiguous = false;
        try {
            strap.read("not a uuid");
        } catch (const gattscope::InvalidArgumentException &) {
            ambiguous = true;
        }
        check(ambiguous, "a malformed UUID is an InvalidArgumentException");

        strap.setDisconnectCallback([&](const gattscope::ErrorInfo &) { gone.add(); });
        strap.disconnect();
        check(gone.waitFor(1, 5s), "the disconnect callback ran");
    } catch (const gattscope::Exception &e) {
        std::printf("FAIL: unexpected %s\n", e.what());
        return 1;
    }
    std::printf("%s\n", failures ? "FAILED" : "PASSED");
    return failures ? 1 : 0;
}
