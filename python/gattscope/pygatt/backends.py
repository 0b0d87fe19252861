# SPDX-License-Identifier: MIT
"""pygatt's backends — BGAPIBackend and GATTToolBackend — on a gattscope.Adapter.

Which gattscope backend each opens:

    BGAPIBackend()                          bgapi:auto (the first BLED112)
    BGAPIBackend(serial_port="/dev/ttyACM0") bgapi:/dev/ttyACM0 (a dongle, or gattscope-sim)
    BGAPIBackend(serial_port="demo")        demo: the virtual dongle in process
    GATTToolBackend(hci_device="hci0")      gatttool:hci0

and the environment variable GATTSCOPE_PYGATT_BACKEND, when set, overrides all of them with a
gattscope backend URI ("demo", "bgapi:/dev/pts/4"): the way to run a pygatt script unchanged
against the simulator.
"""

import logging
import os
import threading
from enum import Enum

import gattscope

from . import exceptions, scanreport
from .device import BLEDevice, Characteristic  # noqa: F401  (pygatt.backends.Characteristic)
from .exceptions import mapped

log = logging.getLogger(__name__)

DEFAULT_CONNECT_TIMEOUT_S = 5.0

BLEAddressType = Enum("BLEAddressType", "public random")

#: Overrides the backend URI of every BGAPIBackend and GATTToolBackend when set.
BACKEND_ENVIRONMENT_VARIABLE = "GATTSCOPE_PYGATT_BACKEND"


class BLEBackend(object):
    """What BGAPIBackend and GATTToolBackend share: a gattscope.Adapter opened by start()."""

    def __init__(self, uri, demo_profiles=None):
        self._uri = os.environ.get(BACKEND_ENVIRONMENT_VARIABLE) or uri
        self._demo_profiles = list(demo_profiles or [])
        self._adapter = None
        self._devices = {}  # address -> BLEDevice
        self._lock = threading.RLock()

    @property
    def uri(self):
        """The gattscope backend URI this backend opens."""
        return self._uri

    @mapped
    def start(self):
        """Opens the adapter. Raises NotConnectedError when the dongle is not there."""
        if self._adapter is not None:
            self.stop()
        try:
            self._adapter = gattscope.Adapter(self._uri, demo_profiles=self._demo_profiles)
        except (gattscope.Disconnected, gattscope.NotFound) as error:
            raise exceptions.NotConnectedError(str(error)) from error

    def stop(self):
        """Disconnects every device and closes the adapter."""
        with self._lock:
            adapter, self._adapter = self._adapter, None
            self._devices.clear()
        if adapter is not None:
            adapter.close()

    def supports_unbonded(self):
        return True

    def _running(self):
        if self._adapter is None:
            raise exceptions.NotConnectedError("the backend is not started: call start() first")
        return self._adapter

    @mapped
    def _scan(self, timeout, scan_cb, empty_name):
        devices = {}

        def on_report(result):
            previous = devices.get(result.address)
            devices[result.address] = scanreport.AdvertisingAndScanInfo(result)
            if scan_cb is None:
                return False
            if previous is not None and result.scan_response_data and not previous.packet_data.get(
                scanreport.SCAN_RESPONSE
            ):
                packet_type = scanreport.SCAN_RESPONSE
            else:
                packet_type = scanreport.CONNECTABLE if result.connectable else scanreport.NON_CONNECTABLE
            return bool(scan_cb(devices, result.address, packet_type))

        found = self._running().scan(timeout, on_report)
        return [scanreport.as_dict(r, empty_name) for r in found]

    def filtered_scan(self, name_filter="", *args, **kwargs):
        """scan(), keeping the devices whose name contains ``name_filter``."""
        devices = self.scan(*args, **kwargs)
        return [device for device in devices if name_filter in (device["name"] or "")]

    @mapped
    def _connect(self, address, timeout, address_type):
        kind = gattscope.AddressType.RANDOM if address_type == BLEAddressType.random else gattscope.AddressType.PUBLIC
        with self._lock:
            known = self._devices.get(address.upper())
            if known is not None and known._device.is_connected:
                return known
        try:
            device = self._running().connect(address, address_type=kind, timeout=timeout)
        except (gattscope.Timeout, gattscope.NotFound, gattscope.Disconnected) as error:
            # pygatt: "NotConnectedError on failure".
            raise exceptions.NotConnectedError("could not connect to %s: %s" % (address, error)) from error
        ble_device = BLEDevice(device.address, device, self)
        device.on_disconnected = ble_device._on_disconnected
        with self._lock:
            self._devices[device.address] = ble_device
        return ble_device

    def _forget(self, ble_device):
        with self._lock:
            if self._devices.get(ble_device._address) is ble_device:
                del self._devices[ble_device._address]

    def clear_bond(self, address=None):
        """Not supported by gattscope yet: logs a warning and returns (see docs/python.md)."""
        log.warning("clear_bond() is not supported by gattscope; bonds stay on the adapter")

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()


class BGAPIBackend(BLEBackend):
    """A BLED112 (BGAPI) dongle — or gattscope-sim, or the in-process demo dongle."""

    def __init__(self, serial_port=None, receive_queue_timeout=0.1, demo_profiles=None):
        if serial_port is None:
            uri = "bgapi:auto"
        elif serial_port == "demo" or serial_port.startswith(("bgapi:", "demo")):
            uri = serial_port
        else:
            uri = "bgapi:" + serial_port
        super().__init__(uri, demo_profiles)
        self._serial_port = serial_port

    def start(self, reset=True, delay_after_reset_s=1):
        """Opens the dongle (gattscope resets it and waits for it to come back by itself)."""
        super().start()

    def set_bondable(self, bondable):
        """Accepted for compatibility: bond(permanent=…) decides per device."""

    def disable_advertising(self):
        """Accepted for compatibility: gattscope never advertises."""

    def get_mac(self):
        """Not supported: returns None (pygatt's returned None too)."""
        return None

    def scan(
        self,
        timeout=10,
        scan_interval=75,
        scan_window=50,
        active=True,
        discover_mode=None,
        scan_cb=None,
        **kwargs
    ):
        """Scans for ``timeout`` seconds; returns a list of {"address", "name", "rssi",
        "packet_data"}. ``scan_cb(devices, address, packet_type)`` runs for each report; when it
        returns True the scan ends. Scan interval, window and mode are gattscope's (active)."""
        return self._scan(timeout, scan_cb, "")

    def connect(
        self,
        address,
        timeout=DEFAULT_CONNECT_TIMEOUT_S,
        address_type=BLEAddressType.public,
        interval_min=60,
        interval_max=76,
        supervision_timeout=100,
        latency=0,
    ):
        """Connects to ``address`` and discovers its characteristics; returns a BLEDevice.
        Raises NotConnectedError when the device does not answer within ``timeout`` seconds."""
        return self._connect(address, timeout, address_type)

    def discover_characteristics(self, connection_handle, timeout=30):
        raise NotImplementedError("use BLEDevice.discover_characteristics()")


class GATTToolBackend(BLEBackend):
    """BlueZ through gatttool, as pygatt's GATTToolBackend (gattscope's gatttool: backend)."""

    def __init__(self, hci_device="hci0", gatttool_logfile=None, cli_options=None, search_window_size=None,
                 max_read=None, demo_profiles=None):
        uri = hci_device if hci_device.startswith(("demo", "bgapi:")) else "gatttool:" + hci_device
        super().__init__(uri, demo_profiles)
        self._hci_device = hci_device

    def start(self, reset_on_start=True, initialization_timeout=3):
        super().start()

    def supports_unbonded(self):
        return False

    def scan(self, timeout=10, run_as_root=False):
        """Scans for ``timeout`` seconds; returns a list of {"address", "name", "rssi",
        "packet_data"} (name None when none was heard, as pygatt's gatttool backend)."""
        return self._scan(timeout, None, None)

    def connect(self, address, timeout=DEFAULT_CONNECT_TIMEOUT_S, address_type=BLEAddressType.public,
                auto_reconnect=False):
        return self._connect(address, timeout, address_type)

    def reset(self):
        """Accepted for compatibility (no hciconfig reset needed)."""

    def kill(self):
        """Accepted for compatibility: stop() ends everything."""
