# SPDX-License-Identifier: MIT
"""gattscope: Bluetooth Low Energy devices from Python, on gattscope's engine.

    import gattscope

    with gattscope.Adapter("demo") as adapter:          # or "bgapi:auto", "bgapi:/dev/ttyACM0"
        with adapter.connect("HRM Strap") as strap:
            print("battery:", strap.read("2A19")[0], "%")
            strap.subscribe("2A37", lambda n: print(gattscope.decode("2A37", n.value)))

Every blocking call releases the GIL. Callbacks (notifications, scan reports, disconnects,
passkey requests) run on the adapter's own Python thread, "gattscope-callbacks", one at a time
and in order; a callback may read, write, unsubscribe or disconnect. Failures raise a subclass
of gattscope.Error. gattscope.pygatt is a drop-in for pygatt's API. See docs/python.md.
"""

import atexit as _atexit
import weakref as _weakref

from ._gattscope import (  # noqa: F401
    Adapter,
    AddressType,
    AmbiguousUuid,
    AttError,
    Characteristic,
    DecodedValue,
    Descriptor,
    Device,
    Disconnected,
    Error,
    ErrorInfo,
    Field,
    InvalidArgument,
    NotFound,
    Notification,
    Property,
    ReadMode,
    ScanResult,
    SubscribeMode,
    Timeout,
    TransportLost,
    WriteMode,
    bytes_from_hex,
    bytes_to_hex,
    decode,
)

__all__ = [
    "Adapter", "AddressType", "AmbiguousUuid", "AttError", "Characteristic", "DecodedValue",
    "Descriptor", "Device", "Disconnected", "Error", "ErrorInfo", "Field", "InvalidArgument",
    "NotFound", "Notification", "Property", "ReadMode", "ScanResult", "SubscribeMode", "Timeout",
    "TransportLost", "WriteMode", "bytes_from_hex", "bytes_to_hex", "decode",
]

# Adapters still open when the interpreter exits are closed first, while their callback
# threads can still run Python.
_open_adapters = _weakref.WeakSet()
_adapter_init = Adapter.__init__


def _tracked_init(self, *args, **kwargs):
    _adapter_init(self, *args, **kwargs)
    _open_adapters.add(self)


Adapter.__init__ = _tracked_init


@_atexit.register
def _close_open_adapters():
    for adapter in list(_open_adapters):
        try:
            adapter.close()
        except Exception:  # noqa: BLE001 - nothing to report to at exit
            pass
