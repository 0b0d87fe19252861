#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""pygatt_before.py on gattscope: only the import line changed. Without a BLED112, run it
against the virtual dongle: GATTSCOPE_PYGATT_BACKEND=demo python3 pygatt_after.py
(or against gattscope-sim: GATTSCOPE_PYGATT_BACKEND=bgapi:/dev/pts/N)."""

import time

import gattscope.pygatt as pygatt  # the only line that changed

adapter = pygatt.BGAPIBackend()  # the first BLED112

try:
    adapter.start()
    for found in adapter.scan(timeout=2):
        print("found %s %s (%d dBm)" % (found["address"], found["name"], found["rssi"]))
    device = adapter.connect("C0:98:E5:49:00:01", address_type=pygatt.BLEAddressType.random)
    battery = device.char_read("00002a19-0000-1000-8000-00805f9b34fb")
    print("battery: %d %%" % battery[0])

    def handle_data(handle, value):
        print("handle 0x%04x: %s" % (handle, value.hex()))

    device.subscribe("00002a37-0000-1000-8000-00805f9b34fb", callback=handle_data)
    time.sleep(5)
    device.unsubscribe("00002a37-0000-1000-8000-00805f9b34fb")
except pygatt.exceptions.NotConnectedError:
    print("the device is not there")
finally:
    adapter.stop()
