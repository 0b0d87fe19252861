// SPDX-License-Identifier: MIT
// bench_facade_notify: notifications delivered to a C++ callback through the blocking facade
// (gattscope::Adapter / Device), from gattscope-sim --flood 0 over its pty — the figures
// bench_python_notify prints its own next to.
//
// Usage: bench_facade_notify [path/to/gattscope-sim] [seconds] [flood rate/s, 0 = unlimited]
#include <gattscope/gattscope.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

// gattscope-sim as a child process, and the pty it announces. No QProcess: the facade is
// for programs without Qt objects of their own (a QObject made on this thread first would
// make it Qt's main thread, and the facade's own application thread would warn).
struct Simulator
{
    pid_t pid = 0;
    std::string port;

    bool start(const std::string &path, const std::string &rate)
    {
        int out[2];
        if (pipe(out) != 0)
            return false;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, out[0]);
        std::string flood = "--flood", floodRate = rate, profile = "--profile",
                    ibeacon = ":/gattscope/profiles/ibeacon.json";
        char *argv[] = { const_cast<char *>(path.c_str()),
                         flood.data(),
                         floodRate.data(),
                         profile.data(),
                         ibeacon.data(),
                         nullptr };
        const int spawned = posix_spawn(&pid, path.c_str(), &actions, nullptr, argv, environ);
        posix_spawn_file_actions_destroy(&actions);
        close(out[1]);
        if (spawned != 0) {
            close(out[0]);
            return false;
        }
        FILE *stream = fdopen(out[0], "r");
        const std::string marker = "serving a virtual BLED112 on ";
        char line[512];
        while (std::fgets(line, sizeof line, stream)) {
            const std::string text(line);
            if (const size_t at = text.find(marker); at != std::string::npos) {
                port = text.substr(at + marker.size());
                while (!port.empty() && (port.back() == '\n' || port.back() == '\r'))
                    port.pop_back();
                break;
            }
        }
        // The pipe stays open (the simulator may write more); it closes with this process.
        return !port.empty();
    }

    ~Simulator()
    {
        if (pid > 0) {
            kill(pid, SIGTERM);
            waitpid(pid, nullptr, 0);
        }
    }
};

} // namespace

int main(int argc, char *argv[])
{
    const std::string simPath = argc > 1 ? argv[1] : GATTSCOPE_SIM_PATH;
    const double seconds = argc > 2 ? std::atof(argv[2]) : 3.0;
    const std::string rate = argc > 3 ? argv[3] : "300000"; // as bench_python_notify
    Simulator sim;
    if (!sim.start(simPath, rate)) {
        std::fprintf(stderr, "bench_facade_notify: gattscope-sim at %s announced no pty\n", simPath.c_str());
        return 1;
    }
    const std::string port = sim.port;

    std::atomic<std::uint64_t> count { 0 };
    std::atomic<std::uint64_t> lost { 0 };
    std::uint32_t expected = 0;
    bool haveSequence = false;
    try {
        gattscope::Adapter adapter("bgapi:" + port);
        gattscope::Adapter::ConnectOptions options;
        options.addressType = gattscope::Adapter::ConnectOptions::AddressType::Random;
        gattscope::Device flood = adapter.connect("C0:FF:EE:00:00:01", options);
        flood.subscribe("6a77f101-8c3a-4f3e-9e4b-5a2c1d0e9f10", [&](const gattscope::ReceivedValue &v) {
            if (v.value.size() < 4)
                return;
            const std::uint32_t seq = std::uint32_t(v.value[0]) | std::uint32_t(v.value[1]) << 8
                | std::uint32_t(v.value[2]) << 16 | std::uint32_t(v.value[3]) << 24;
            if (haveSequence && seq != expected)
                lost += seq - expected;
            expected = seq + 1;
            haveSequence = true;
            lost += v.lostBefore;
            ++count;
        });
        std::this_thread::sleep_for(300ms); // warm-up
        const std::uint64_t count0 = count;
        const std::uint64_t lost0 = lost;
        const double cpu0 = cpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double cpu = cpuSeconds() - cpu0;
        const std::uint64_t n = count - count0;
        flood.unsubscribe("6a77f101-8c3a-4f3e-9e4b-5a2c1d0e9f10");
        std::printf("c++ facade notifications/s: %.0f\n", double(n) / wall);
        std::printf("c++ facade cpu per notification: %.2f us\n", n ? cpu * 1e6 / double(n) : 0.0);
        std::printf("c++ facade lost: %llu\n", static_cast<unsigned long long>(lost - lost0));
    } catch (const gattscope::Exception &e) {
        std::fprintf(stderr, "bench_facade_notify: %s\n", e.what());
        return 1;
    }
    return count > 0 ? 0 : 2;
}
