# SPDX-License-Identifier: MIT
"""pygatt's exception classes, and the gattscope errors mapped onto them.

pygatt scripts catch ``BLEError``, ``NotConnectedError``, ``NotificationTimeout`` and (from the
BGAPI backend) ``ExpectedResponseTimeout`` / ``BGAPIError``: those names are here with pygatt's
hierarchy. What gattscope raises is a subclass of the class pygatt would have raised, carrying
more: ``error`` (the gattscope.Error behind it), ``code`` and ``name`` (e.g. the ATT error).
"""

import functools

import gattscope


class BLEError(Exception):
    """Base of every gattscope.pygatt error (as in pygatt)."""

    #: The gattscope.Error this was mapped from, or None.
    error = None
    #: The ATT error code, HCI status … of ``error`` (0 when none).
    code = 0
    #: The spec name of ``code``, or the kind of failure ("Timeout").
    name = ""


class NotConnectedError(BLEError):
    """The device is not connected, could not be connected, or the link dropped."""


class NotificationTimeout(BLEError):
    """A timeout (pygatt's GATTTool backend raises this one)."""

    def __init__(self, msg=None, gatttool_output=None):
        super().__init__(msg)
        self.gatttool_output = gatttool_output


class BGAPIError(BLEError):
    """A failure reported by the BGAPI dongle or the peer (pygatt's BGAPI backend)."""


class ExpectedResponseTimeout(BGAPIError):
    """A timeout (pygatt's BGAPI backend raises this one)."""

    def __init__(self, expected_packets, timeout):
        super().__init__("Timed out after %fs waiting for %s" % (timeout or 0, expected_packets))


# --- what gattscope raises: each is the class pygatt raised in that case, or a subclass ---


class Timeout(ExpectedResponseTimeout, NotificationTimeout):
    """No answer in time: caught by ``except ExpectedResponseTimeout`` (BGAPI scripts) and by
    ``except NotificationTimeout`` (GATTTool scripts) alike."""

    def __init__(self, message):
        BLEError.__init__(self, message)
        self.gatttool_output = None


class AttError(BGAPIError):
    """The peer answered with an ATT error; ``code`` and ``name`` say which."""


class CharacteristicNotFound(BLEError):
    """No characteristic with that UUID (pygatt raised a plain BLEError)."""


class Disconnected(NotConnectedError):
    """The link dropped, or the dongle went away, during the operation."""


def translate(error):
    """The gattscope.pygatt exception for a gattscope.Error."""
    if isinstance(error, gattscope.Timeout):
        mapped = Timeout(str(error))
    elif isinstance(error, gattscope.Disconnected):
        mapped = Disconnected(str(error))
    elif isinstance(error, gattscope.AttError):
        mapped = AttError(str(error))
    elif isinstance(error, gattscope.NotFound):
        mapped = CharacteristicNotFound(str(error))
    elif error.kind in ("controller", "backend", "protocol", "busy"):
        mapped = BGAPIError(str(error))
    else:
        mapped = BLEError(str(error))
    mapped.error = error
    mapped.code = error.code
    mapped.name = error.name
    return mapped


def mapped(function):
    """Runs ``function``, raising gattscope errors as their pygatt classes."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except gattscope.Error as error:
            raise translate(error) from error

    return wrapper
