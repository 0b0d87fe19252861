#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Reads the battery level (0x2A19) of a device and prints it.

    python3 read_battery.py                          # the demo dongle's HRM Strap
    python3 read_battery.py --backend bgapi:auto --device C0:98:E5:49:00:01
"""

import argparse
import sys

import gattscope


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="demo", help="gattscope backend URI (default: demo)")
    parser.add_argument("--device", default="HRM Strap", help="address or advertised name")
    args = parser.parse_args()
    try:
        with gattscope.Adapter(args.backend) as adapter, adapter.connect(args.device) as device:
            level = gattscope.decode("2A19", device.read("2A19"))
            print("Battery level of %s: %s" % (device.name or device.address, level.text))
    except gattscope.Error as error:
        print("read_battery: %s" % error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
