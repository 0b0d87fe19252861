# SPDX-License-Identifier: MIT
"""gattscope.decode(): the GUI's value codecs (core/codecs) from Python."""

import math

import pytest

import gattscope


@pytest.mark.parametrize(
    "data, heart_rate, rr, contact",
    [
        (bytes([0x00, 72]), 72, [], None),  # uint8, no sensor contact support
        (bytes([0x16, 80, 0x00, 0x04]), 80, [1000.0], "contact detected"),  # contact, one RR
        (bytes([0x11, 0x2C, 0x01, 0x00, 0x04, 0x00, 0x02]), 300, [1000.0, 500.0], None),  # uint16, two RR
    ],
)
def test_heart_rate_measurement(data, heart_rate, rr, contact):
    v = gattscope.decode("2A37", data)
    assert v.ok and v.source == "sig"
    assert v["heart_rate"] == heart_rate and v.value == heart_rate
    assert v.values("rr_interval") == rr
    assert [f.key for f in v.fields][0] == "heart_rate" and v.fields[0].unit == "bpm"
    assert "%d bpm" % heart_rate in v.text
    if contact:
        assert contact in v.text


def test_heart_rate_truncated_keeps_what_it_could():
    v = gattscope.decode(0x2A37, bytes([0x10, 72, 0x00]))  # odd RR byte
    assert not v.ok and v.error
    assert v["heart_rate"] == 72
    empty = gattscope.decode("2A37", b"")
    assert not empty.ok


@pytest.mark.parametrize(
    "format_bytes, data, expected, unit",
    [
        (bytes.fromhex("0EFE2F27010000"), bytes.fromhex("6608"), 21.5, "°C"),  # sint16 × 10^-2 °C
        (bytes.fromhex("04002F27010000"), bytes([200]), 200, "°C"),  # uint8
        (bytes.fromhex("06FEAD27010000"), bytes.fromhex("E803"), 10.0, "%"),  # uint16 × 10^-2 %
    ],
)
def test_presentation_format(format_bytes, data, expected, unit):
    v = gattscope.decode("6a770009-8c3a-4f3e-9e4b-5a2c1d0e9f10", data, presentation_format=format_bytes)
    assert v.source == "presentation_format" and v.ok
    assert math.isclose(v.value, expected) and v.unit == unit


def test_field_layout_wins_and_names_fields():
    v = gattscope.decode("2A37", bytes.fromhex("0100FEFFE803"), layout="<hhh")
    assert v.source == "layout"
    assert [f.value for f in v.fields] == [1, -2, 1000]
    short = gattscope.decode("1234", b"\x01", layout="<hhh")
    assert not short.ok
    with pytest.raises(gattscope.InvalidArgument):
        gattscope.decode("1234", b"", layout="<q?")


def test_battery_utf8_hex_and_bad_uuid():
    battery = gattscope.decode("2A19", b"\x57")
    assert battery.source == "sig" and battery.value == 87 and "87" in str(battery)
    assert gattscope.decode("1234", b"hello").source == "utf8"
    raw = gattscope.decode("1234", b"\x00\xff")
    assert raw.source == "hex" and raw.text == "00 FF" and raw.value is None
    with pytest.raises(gattscope.InvalidArgument):
        gattscope.decode("not-a-uuid", b"")
    assert "heart_rate" not in raw


def test_hex_helpers():
    assert gattscope.bytes_to_hex(b"\x0a\x1b") == "0A 1B"
    assert gattscope.bytes_from_hex("0a 1B") == b"\x0a\x1b"
    with pytest.raises(gattscope.InvalidArgument):
        gattscope.bytes_from_hex("0x zz")
