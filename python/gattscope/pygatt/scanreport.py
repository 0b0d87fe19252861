# SPDX-License-Identifier: MIT
"""pygatt's scan result dictionaries from gattscope's ScanResult.

pygatt's BGAPIBackend.scan() returns ``{"address", "name", "rssi", "packet_data"}`` where
``packet_data`` maps a packet type name to the AD structures of that packet, by field name.
"""

# pygatt's names for the advertising packet types and AD types (Core Supplement Part A).
CONNECTABLE = "connectable_advertisement_packet"
NON_CONNECTABLE = "non-connectable_advertisement_packet"
SCAN_RESPONSE = "scan_response_packet"

_AD_TYPE_NAMES = {
    0x01: "flags",
    0x02: "incomplete_list_16-bit_service_class_uuids",
    0x03: "complete_list_16-bit_service_class_uuids",
    0x04: "incomplete_list_32-bit_service_class_uuids",
    0x05: "complete_list_32-bit_service_class_uuids",
    0x06: "incomplete_list_128-bit_service_class_uuids",
    0x07: "complete_list_128-bit_service_class_uuids",
    0x08: "shortened_local_name",
    0x09: "complete_local_name",
    0x0A: "tx_power_level",
    0x0D: "class_of_device",
    0x12: "slave_connection_interval_range",
    0x14: "list_of_16-bit_service_solicitation_uuids",
    0x15: "list_of_128-bit_service_solicitation_uuids",
    0x16: "service_data/service_data-16-bit_uuid",
    0x17: "public_target_address",
    0x18: "random_target_address",
    0x19: "appearance",
    0x1A: "advertising_interval",
    0x1B: "LE_bluetooth_device_address",
    0x1C: "LE_role",
    0x1F: "list_of_32-bit_service_solicitation_uuids",
    0x20: "service_data-32-bit_uuid",
    0x21: "service_data-128-bit_uuid",
    0x24: "URI",
    0xFF: "manufacturer_specific_data",
}


def parse_ad(data):
    """AD structures → {field name: value}, the way pygatt presents them: local names as str,
    128-bit service lists as ["0xAA:BB:…"] (most significant byte first, colon-separated, as
    pygatt prints them), everything else as a bytearray. A truncated structure ends the parse."""
    fields = {}
    i = 0
    while i < len(data):
        length = data[i]
        if length == 0 or i + 1 + length > len(data):
            break
        ad_type = data[i + 1]
        value = bytes(data[i + 2 : i + 1 + length])
        i += 1 + length
        name = _AD_TYPE_NAMES.get(ad_type, "unknown_0x%02x" % ad_type)
        if ad_type in (0x08, 0x09):
            try:
                fields[name] = value.decode("utf-8")
            except UnicodeDecodeError:
                pass
        elif ad_type == 0x07 and len(value) % 16 == 0:
            fields[name] = [
                "0x" + ":".join("%02X" % b for b in reversed(value[k : k + 16])) for k in range(0, len(value), 16)
            ]
        else:
            fields[name] = bytearray(value)
    return fields


def packet_data(result):
    """{packet type name: parsed AD} for one gattscope.ScanResult."""
    packets = {}
    if result.advertising_data:
        packets[CONNECTABLE if result.connectable else NON_CONNECTABLE] = parse_ad(result.advertising_data)
    if result.scan_response_data:
        packets[SCAN_RESPONSE] = parse_ad(result.scan_response_data)
    return packets


class AdvertisingAndScanInfo(object):
    """What pygatt's scan_cb receives per address in its ``devices`` dict."""

    def __init__(self, result):
        self.name = result.name or ""
        self.address = result.address
        self.rssi = result.rssi
        self.packet_data = packet_data(result)


def as_dict(result, empty_name=""):
    return {
        "address": result.address,
        "name": result.name if result.name else empty_name,
        "rssi": result.rssi,
        "packet_data": packet_data(result),
    }
