# SPDX-License-Identifier: MIT
"""Fixtures of the Python tests: the demo adapter and gattscope-sim on a pseudo-terminal.

Run by CTest (tests/python/CMakeLists.txt) with PYTHONPATH at build/python and GATTSCOPE_SIM
at the simulator. Every wait has a timeout; nothing sleeps.
"""

import os
import queue
import subprocess
import threading

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
#: A public-address peripheral, a UUID in two services, an indicate-only and a notify counter.
TEST_PROFILE = os.path.join(HERE, "python-peripherals.json")
BUILTIN = [":/gattscope/profiles/heart-rate.json", ":/gattscope/profiles/motion-sensor.json"]

HRM = "C0:98:E5:49:00:01"  # random
MOTION = "E1:77:6A:00:00:07"  # random
PUBLIC = "00:11:22:33:44:55"  # public (TEST_PROFILE)
ACCELEROMETER = "6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10"
LONG_VALUE = "6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10"
NAME_VALUE = "6a770004-8c3a-4f3e-9e4b-5a2c1d0e9f10"
INDICATE_COUNTER = "6a770005-8c3a-4f3e-9e4b-5a2c1d0e9f10"
SECRET = "6a770006-8c3a-4f3e-9e4b-5a2c1d0e9f10"

WAIT = 10.0


class Simulator(object):
    """gattscope-sim serving BUILTIN + TEST_PROFILE on a pty; kill() to pull the dongle."""

    def __init__(self, extra_args=()):
        path = os.environ.get("GATTSCOPE_SIM")
        if not path or not os.path.exists(path):
            pytest.skip("gattscope-sim is not built (GATTSCOPE_SIM)")
        args = [path]
        for profile in BUILTIN + [TEST_PROFILE]:
            args += ["--profile", profile]
        args += list(extra_args)
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in self.process.stdout], daemon=True).start()
        marker = "serving a virtual BLED112 on "
        while True:
            try:
                line = lines.get(timeout=WAIT)
            except queue.Empty:
                self.kill()
                raise RuntimeError("gattscope-sim did not announce its pty")
            if marker in line:
                self.port = line.split(marker, 1)[1].strip()
                break
        self.uri = "bgapi:" + self.port

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=WAIT)


@pytest.fixture
def sim():
    simulator = Simulator()
    yield simulator
    simulator.kill()


@pytest.fixture(params=["demo", "sim"])
def serial_port(request):
    """What BGAPIBackend(serial_port=…) gets: the demo dongle, or gattscope-sim's pty."""
    if request.param == "demo":
        yield "demo"
    else:
        simulator = Simulator()
        yield simulator.port
        simulator.kill()


class Collector(object):
    """Collects callback arguments; wait_for(n) blocks until n arrived (or fails)."""

    def __init__(self):
        self.items = []
        self.threads = set()
        self._condition = threading.Condition()

    def __call__(self, *args):
        with self._condition:
            self.items.append(args if len(args) != 1 else args[0])
            self.threads.add(threading.current_thread().name)
            self._condition.notify_all()

    def wait_for(self, count, timeout=WAIT):
        with self._condition:
            ok = self._condition.wait_for(lambda: len(self.items) >= count, timeout)
        assert ok, "only %d of %d callbacks within %ss" % (len(self.items), count, timeout)
        return self.items
