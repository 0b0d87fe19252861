# SPDX-License-Identifier: MIT
"""pygatt's BLEDevice on a gattscope.Device."""

import logging
import threading
from uuid import UUID

import gattscope

from . import exceptions
from .exceptions import mapped

log = logging.getLogger(__name__)


def _uuid_key(uuid_text):
    """gattscope's UUID text ("2A19" or 36 characters) → uuid.UUID, as pygatt keys them."""
    if len(uuid_text) <= 8:
        return UUID("%08x-0000-1000-8000-00805f9b34fb" % int(uuid_text, 16))
    return UUID(uuid_text)


class Characteristic(object):
    """A GATT characteristic: its UUID, value handle and descriptors ({UUID: handle})."""

    def __init__(self, uuid, handle):
        self.uuid = uuid
        self.handle = handle
        self.descriptors = {}

    def add_descriptor(self, uuid, handle):
        self.descriptors[uuid] = handle

    def __str__(self):
        return "<%s uuid=%s handle=%d>" % (self.__class__.__name__, self.uuid, self.handle)


class BLEDevice(object):
    """A connected device, returned by ``BGAPIBackend.connect()`` / ``GATTToolBackend.connect()``.

    Same methods, arguments, defaults and return types as pygatt's BLEDevice. Differences: the
    CCCD that discovery found is written to subscribe (pygatt wrote value handle + 1);
    callbacks run on the adapter's callback thread without any lock held, so a callback may read
    or write; a timeout argument is accepted but the adapter's timeout (10 s) applies.
    """

    def __init__(self, address, device=None, backend=None):
        self._address = address
        self._device = device
        self._backend = backend
        self._characteristics = {}
        self._callbacks = {}  # value handle -> [callbacks], in the order subscribed
        self._subscribed_handlers = {}  # value handle -> gattscope.SubscribeMode
        self._subscribed_uuids = {}  # uuid -> indication
        self._disconnect_callbacks = []
        self._lock = threading.RLock()

    # --- the link -------------------------------------------------------------------------

    def _connected(self):
        if self._device is None or not self._device.is_connected:
            raise exceptions.NotConnectedError("not connected to %s" % self._address)
        return self._device

    @mapped
    def bond(self, permanent=False, *, passkey=None):
        """Create a bond (when ``permanent``) and encrypt the link. ``passkey`` (gattscope's
        addition): the number the peer displays, or a callable returning it, for peers that
        require passkey entry."""
        self._connected().bond(passkey, permanent)

    @mapped
    def get_rssi(self):
        """The RSSI of the link, in dBm."""
        return self._connected().rssi()

    @mapped
    def disconnect(self):
        """Disconnect. This BLEDevice cannot be used afterwards (as in pygatt)."""
        device = self._connected()
        device.disconnect()
        if self._backend is not None:
            self._backend._forget(self)

    @mapped
    def exchange_mtu(self, mtu):
        """Returns the ATT MTU of the link. gattscope's backends negotiate the MTU themselves when
        connecting, so ``mtu`` is not sent (see docs/python.md)."""
        return self._connected().mtu

    def register_disconnect_callback(self, callback):
        """``callback(event)`` runs once when the link ends, whoever ended it; ``event`` is a
        dict ``{"tag": "disconnected", "reason": gattscope.ErrorInfo}``."""
        with self._lock:
            if callback not in self._disconnect_callbacks:
                self._disconnect_callbacks.append(callback)
            if self._device is not None:
                self._device.on_disconnected = self._on_disconnected

    def remove_disconnect_callback(self, callback):
        with self._lock:
            if callback in self._disconnect_callbacks:
                self._disconnect_callbacks.remove(callback)

    def _on_disconnected(self, reason):
        with self._lock:
            callbacks = list(self._disconnect_callbacks)
        if self._backend is not None:
            self._backend._forget(self)
        for callback in callbacks:
            callback({"tag": "disconnected", "reason": reason})

    # --- discovery ------------------------------------------------------------------------

    @mapped
    def discover_characteristics(self):
        """{uuid.UUID: Characteristic} of every characteristic (discovered when connecting)."""
        found = {}
        for c in self._connected().characteristics():
            key = _uuid_key(c.uuid)
            if key in found:
                continue  # pygatt kept one per UUID too; get_handle() says which is ambiguous
            characteristic = Characteristic(key, c.handle)
            for d in c.descriptors:
                characteristic.add_descriptor(_uuid_key(d.uuid), d.handle)
            found[key] = characteristic
        self._characteristics = found
        return found

    def get_handle(self, char_uuid):
        """The value handle of the characteristic ``char_uuid`` (str or uuid.UUID). Raises
        BLEError when there is none, or when the UUID is in several services."""
        try:
            return self._connected().handle(str(char_uuid))
        except gattscope.NotFound as error:
            mapped_error = exceptions.CharacteristicNotFound("No characteristic found matching %s" % char_uuid)
            mapped_error.error = error
            raise mapped_error from error
        except gattscope.Error as error:
            raise exceptions.translate(error) from error

    # --- reads and writes -----------------------------------------------------------------

    @mapped
    def char_read(self, uuid, timeout=None):
        """Reads a characteristic by UUID; returns a bytearray."""
        return self.char_read_handle(self.get_handle(uuid), timeout=timeout)

    @mapped
    def char_read_handle(self, handle, timeout=None):
        """Reads a characteristic (or descriptor) by handle; returns a bytearray."""
        return bytearray(self._connected().read(handle, gattscope.ReadMode.AUTO))

    @mapped
    def char_read_long(self, uuid, timeout=None):
        return self.char_read_long_handle(self.get_handle(uuid), timeout=timeout)

    @mapped
    def char_read_long_handle(self, handle, timeout=None):
        """Reads a value of any length (Read Blob Requests); returns a bytearray."""
        return bytearray(self._connected().read(handle, gattscope.ReadMode.LONG))

    def char_write(self, uuid, value, wait_for_response=True):
        """Writes ``value`` (a bytearray) to a characteristic by UUID: a Write Request when
        ``wait_for_response``, else a Write Command."""
        return self.char_write_handle(self.get_handle(uuid), value, wait_for_response=wait_for_response)

    @mapped
    def char_write_handle(self, handle, value, wait_for_response=True):
        mode = gattscope.WriteMode.WITH_RESPONSE if wait_for_response else gattscope.WriteMode.WITHOUT_RESPONSE
        self._connected().write(handle, bytes(value), mode)

    def char_write_long(self, uuid, value, wait_for_response=False):
        return self.char_write_long_handle(self.get_handle(uuid), value, wait_for_response=wait_for_response)

    @mapped
    def char_write_long_handle(self, handle, value, wait_for_response=False):
        """Prepared writes (values longer than MTU - 3). Always confirmed by the peer."""
        self._connected().write(handle, bytes(value), gattscope.WriteMode.LONG)

    # --- notifications --------------------------------------------------------------------

    def subscribe(self, uuid, callback=None, indication=False, wait_for_response=True):
        """Enables notifications (or indications) and adds ``callback(handle, bytearray)``."""
        handle = self.get_handle(uuid)
        self.subscribe_handle(handle, callback=callback, indication=indication, wait_for_response=wait_for_response)
        with self._lock:
            self._subscribed_uuids[uuid] = indication

    @mapped
    def subscribe_handle(self, handle, callback=None, indication=False, wait_for_response=True):
        """Like subscribe(), by value handle. The CCCD is the one discovery found."""
        mode = gattscope.SubscribeMode.INDICATE if indication else gattscope.SubscribeMode.NOTIFY
        with self._lock:
            callbacks = self._callbacks.setdefault(handle, [])
            if callback is not None and callback not in callbacks:
                callbacks.append(callback)
            if self._subscribed_handlers.get(handle) != mode:
                self._connected()._subscribe_pygatt(handle, tuple(callbacks), mode)
                self._subscribed_handlers[handle] = mode
                log.info("Subscribed to handle=0x%04x", handle)
            else:
                self._device._set_pygatt_callbacks(handle, tuple(callbacks))

    def unsubscribe(self, uuid, wait_for_response=True):
        """Disables notifications and removes the callbacks."""
        handle = self.get_handle(uuid)
        with self._lock:
            self._subscribed_uuids.pop(uuid, None)
        self.unsubscribe_handle(handle, wait_for_response=wait_for_response)

    @mapped
    def unsubscribe_handle(self, handle, wait_for_response=True):
        with self._lock:
            self._callbacks.pop(handle, None)
            if self._subscribed_handlers.pop(handle, None) is not None:
                self._connected().unsubscribe(handle)
                log.info("Unsubscribed from handle=0x%04x", handle)

    def resubscribe_all(self):
        """Enables again every subscription made by UUID (after a reconnect)."""
        with self._lock:
            uuids = dict(self._subscribed_uuids)
            self._subscribed_handlers.clear()
        for uuid, indication in uuids.items():
            self.subscribe(uuid, indication=indication)

    def receive_notification(self, handle, value):
        """Calls the callbacks of ``handle`` with ``value`` (as pygatt's backends do)."""
        with self._lock:
            callbacks = list(self._callbacks.get(handle, ()))
        for callback in callbacks:
            callback(handle, value)

    def __repr__(self):
        return "<gattscope.pygatt.BLEDevice %s>" % self._address
