#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Logs heart-rate measurements (0x2A37): heart rate and RR intervals, until Ctrl-C or --count.

    python3 log_heart_rate.py --count 5
"""

import argparse
import sys
import threading

import gattscope


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="demo", help="gattscope backend URI (default: demo)")
    parser.add_argument("--device", default="HRM Strap", help="address or advertised name")
    parser.add_argument("--count", type=int, default=0, help="stop after N measurements")
    args = parser.parse_args()
    done = threading.Event()
    received = 0

    def on_measurement(notification):
        # Runs on the adapter's callback thread, one value after the other.
        nonlocal received
        value = gattscope.decode("2A37", notification.value)
        rr = ", ".join("%.0f ms" % ms for ms in value.values("rr_interval"))
        print("%.3f  %3.0f bpm  RR: %s" % (notification.timestamp, value["heart_rate"], rr or "-"), flush=True)
        received += 1
        if args.count and received >= args.count:
            done.set()

    try:
        with gattscope.Adapter(args.backend) as adapter, adapter.connect(args.device) as strap:
            strap.on_disconnected = lambda reason: (print("disconnected: %s" % reason), done.set())
            strap.subscribe("2A37", on_measurement)
            try:
                while not done.wait(0.5):  # wakes up for Ctrl-C
                    pass
            except KeyboardInterrupt:
                pass
            strap.on_disconnected = None
    except gattscope.Error as error:
        print("log_heart_rate: %s" % error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
