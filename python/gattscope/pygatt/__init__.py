# SPDX-License-Identifier: MIT
"""pygatt's public API on gattscope's engine: change ``import pygatt`` to

    import gattscope.pygatt as pygatt

and a pygatt script runs as before — ~100x the notification rate, no lost data with several
subscriptions, no deadlock when a callback reads. BGAPIBackend(serial_port="demo") (or the
environment variable GATTSCOPE_PYGATT_BACKEND=demo) runs it against the virtual dongle.
Differences that remain are listed in docs/python.md.
"""

import logging

from . import exceptions  # noqa: F401
from .backends import BGAPIBackend, BLEAddressType, BLEBackend, Characteristic, GATTToolBackend  # noqa: F401
from .device import BLEDevice  # noqa: F401
from .exceptions import BLEError  # noqa: F401

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["BGAPIBackend", "GATTToolBackend", "BLEAddressType", "BLEBackend", "BLEDevice", "BLEError",
           "Characteristic", "exceptions"]
