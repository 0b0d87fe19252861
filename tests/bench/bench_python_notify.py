#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""bench_python_notify: notifications delivered to a Python callback through gattscope.pygatt.

gattscope-sim --flood 0 pushes a sequence counter through its pty as fast as it can; a pygatt
script (only its import line changed) subscribes and counts in its callback, checking the
sequence for gaps. Prints, next to the same figures for the C++ facade (bench_facade_notify):

    python notifications/s: N
    python cpu per notification: X us      (the whole process: backend, facade and Python)
    python lost: N

Usage: bench_python_notify [seconds] [flood rate/s, 0 = unlimited]
(GATTSCOPE_SIM, GATTSCOPE_BENCH_FACADE: the programs)
"""

import os
import subprocess
import sys
import threading
import time

import gattscope.pygatt as pygatt

FLOOD = "C0:FF:EE:00:00:01"
FLOOD_VALUE = "6a77f101-8c3a-4f3e-9e4b-5a2c1d0e9f10"
# The flood's rate: above the 200,000/s target, below what this machine kind's pty carries, so
# that a lost value means the consumer fell behind. 0 = as fast as the pty takes them: then the
# producer outruns any consumer now and then, and the bounded queues count what they drop.
DEFAULT_RATE = 300000


def start_sim(path, rate):
    sim = subprocess.Popen([path, "--flood", str(rate), "--profile", ":/gattscope/profiles/ibeacon.json"],
                           stdout=subprocess.PIPE, text=True)
    marker = "serving a virtual BLED112 on "
    for line in sim.stdout:
        if marker in line:
            return sim, line.split(marker, 1)[1].strip()
    raise SystemExit("bench_python_notify: gattscope-sim announced no pty")


class Counter(object):
    def __init__(self):
        self.count = 0
        self.lost = 0
        self.expected = None
        self.lock = threading.Lock()

    def __call__(self, handle, value):
        seq = int.from_bytes(value[:4], "little")
        if self.expected is not None and seq != self.expected:
            self.lost += (seq - self.expected) & 0xFFFFFFFF
        self.expected = (seq + 1) & 0xFFFFFFFF
        self.count += 1


def measure(backend_class, address_type, sim_path, seconds, rate):
    """(notifications/s, cpu seconds, lost) through `backend_class` (a pygatt BGAPIBackend)."""
    sim, port = start_sim(sim_path, rate)
    try:
        adapter = backend_class(serial_port=port)
        adapter.start()
        try:
            device = adapter.connect(FLOOD, address_type=address_type)
            counter = Counter()
            device.subscribe(FLOOD_VALUE, callback=counter)
            time.sleep(0.3)  # warm-up (a benchmark, not a test: it measures over time)
            count0, lost0, cpu0, wall0 = counter.count, counter.lost, time.process_time(), time.monotonic()
            time.sleep(seconds)
            n, lost = counter.count - count0, counter.lost - lost0
            cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
            device.unsubscribe(FLOOD_VALUE)
        finally:
            adapter.stop()
    finally:
        sim.terminate()
        sim.wait(10)
    return n / wall, cpu, n, lost


def measure_pygatt(sim_path, seconds, rate, ours):
    """pygatt itself, when installed, on the same simulator: the issue's ">= 50x" comparison."""
    try:
        import pygatt as original
    except ImportError:
        print("pygatt: not installed (target without it: >= 200000 notifications/s)")
        return
    try:
        per_second, cpu, n, lost = measure(original.BGAPIBackend, original.BLEAddressType.random, sim_path, seconds, rate)
    except Exception as error:  # noqa: BLE001 - report and go on: a benchmark, not a test
        print("pygatt: could not run against gattscope-sim: %s" % error)
        return
    print("pygatt notifications/s: %d" % round(per_second))
    print("pygatt cpu per notification: %.2f us" % (cpu * 1e6 / n if n else 0.0))
    print("pygatt lost: %d" % lost)
    if per_second:
        print("gattscope.pygatt / pygatt: %.0fx" % (ours / per_second))


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    rate = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_RATE
    sim_path = os.environ.get("GATTSCOPE_SIM", "@GATTSCOPE_SIM_PATH@")
    per_second, cpu, n, lost = measure(pygatt.BGAPIBackend, pygatt.BLEAddressType.random, sim_path, seconds, rate)
    print("python flood rate: %s" % ("unlimited" if rate == 0 else "%d/s" % rate))
    print("python notifications/s: %d" % round(per_second))
    print("python cpu per notification: %.2f us" % (cpu * 1e6 / n if n else 0.0))
    print("python lost: %d" % lost)
    sys.stdout.flush()

    facade = os.environ.get("GATTSCOPE_BENCH_FACADE", "@GATTSCOPE_BENCH_FACADE_PATH@")
    if os.path.exists(facade):
        subprocess.run([facade, sim_path, str(seconds), str(rate)], check=False)
    measure_pygatt(sim_path, seconds, rate, per_second)
    return 0 if n > 0 and lost == 0 else 2


if __name__ == "__main__":
    sys.exit(main())
