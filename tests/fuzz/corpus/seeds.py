#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the committed seed corpora (tests/fuzz/corpus/<target>/seed-*) from the unit
tests' vectors: the BGAPI samples (tests/support/bgapisamples.cpp), the advertising rows
(tests/core/advertising/tst_advertisingdata.cpp), the built-in profiles, the recorded
gatttool transcripts, and hand-picked codec vectors from the codec tests. Each seed is in
its target's input format (see the comment at the top of each fuzz_*.cpp). Rerun after
changing a format or a vector:

    python3 tests/fuzz/corpus/seeds.py

Inputs libFuzzer finds while running stay in the build folder; only these seeds (and
reproducers of fixed crashes, named crash-*) are committed.
"""
import pathlib
import re
import struct

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def h(text):
    return bytes.fromhex(text)


def write(target, name, data):
    folder = HERE / target
    folder.mkdir(exist_ok=True)
    (folder / f"seed-{name}").write_bytes(data)


def clear_seeds():
    for path in HERE.glob("fuzz_*/seed-*"):
        path.unlink()


def bgapi_samples():
    """(kind, wire bytes) of every sample in bgapisamples.cpp."""
    source = (ROOT / "tests/support/bgapisamples.cpp").read_text()
    out = []
    for name, wire in re.findall(r'sample\(\s*(\w+)\s*\{.*?\},\s*"([0-9A-Fa-f ]+)"\)', source, re.S):
        kind = "evt" if name.endswith("Event") else "rsp" if name.endswith("Response") else "cmd"
        out.append((kind, h(wire)))
    return out


def bgapi():
    samples = bgapi_samples()
    assert len(samples) > 100, "bgapisamples.cpp changed shape; update the pattern"
    commands = [w for k, w in samples if k == "cmd"]
    answers = [w for k, w in samples if k != "cmd"]
    # byte 0 seeds the read sizes (0: one read per segment), byte 1 the options (bit 0:
    # BLED112 safeguards) and the pauses (0/1: none)
    for prefix, name in (((0, 0), "all-at-once"), ((1, 1), "small-reads-bled112"), ((2, 0x36), "large-reads-pauses")):
        write("fuzz_bgapi_host", name, bytes(prefix) + b"".join(answers))
        write("fuzz_bgapi_device", name, bytes(prefix) + b"".join(commands))
    garbage = h("DE AD BE EF 80 FF 00")
    write("fuzz_bgapi_host", "garbage-between", bytes([3, 1]) + garbage + answers[0] + garbage + answers[-1])
    write("fuzz_bgapi_device", "garbage-between", bytes([3, 1]) + garbage + commands[1] + garbage + commands[2])
    # a packet cut short, then whole ones (resynchronisation, with and without pauses)
    for prefix, name in (((5, 1), "truncated"), ((5, 0x25), "truncated-pauses")):
        write("fuzz_bgapi_host", name, bytes(prefix) + answers[10][:-1] + b"".join(answers[:5]))
        write("fuzz_bgapi_device", name, bytes(prefix) + commands[10][:-1] + b"".join(commands[:5]))


def virtual_dongle():
    hrm = h("01 00 49 E5 98 C0") + b"\x01"  # HRM Strap, random address (heart-rate.json)
    session = b"".join([
        h("00 00 00 01"),  # system_hello
        h("00 00 00 08"),  # system_get_info
        h("00 00 00 06"),  # system_get_connections
        h("00 01 06 02 02"),  # gap_discover generic
        h("00 00 06 04"),  # gap_end_procedure
        h("00 0F 06 03") + hrm + h("3C 00 4C 00 64 00 00 00"),  # gap_connect_direct
        h("00 08 04 01 00 01 00 FF FF 02 00 28"),  # attclient_read_by_group_type primary
        h("00 05 04 03 00 01 00 FF FF"),  # attclient_find_information
        h("00 03 04 04 00 03 00"),  # attclient_read_by_handle 0x0003
        h("00 06 04 05 00 0D 00 02 01 00"),  # attclient_attribute_write CCCD on
        h("00 05 04 08 00 03 00"),  # attclient_read_long (short form)
        h("00 02 05 00 00 01"),  # sm_encrypt_start
        h("00 01 03 01 00"),  # connection_get_rssi
        h("00 01 03 00 00"),  # connection_disconnect
    ])
    write("fuzz_virtual_dongle", "session", bytes([0x01, 0]) + session)
    write("fuzz_virtual_dongle", "session-small-writes", bytes([0x00, 7]) + session)
    write("fuzz_virtual_dongle", "reset", bytes([0x02, 0]) + h("00 00 00 01 00 01 00 00 00 00 00 00 01"))
    commands = [w for k, w in bgapi_samples() if k == "cmd"]
    write("fuzz_virtual_dongle", "every-command", bytes([0x04, 3]) + b"".join(commands))


def advertising():
    source = (ROOT / "tests/core/advertising/tst_advertisingdata.cpp").read_text()
    rows = [h(x) for x in re.findall(r'hex\(\s*"([0-9A-Fa-f ]*)"', source)]
    rows = [r for r in rows if r]
    assert len(rows) > 20, "tst_advertisingdata.cpp changed shape; update the pattern"
    for i, row in enumerate(rows):
        # byte 0: the advertisement's length; the rest of the row is the scan response
        split = len(row) if i % 3 else len(row) // 2
        write("fuzz_advertising", f"row{i:02}", bytes([split]) + row)


def codecs():
    # fuzz_hex: flags (bit 0 UTF-16), bytes per line, text
    for i, text in enumerate(["16 48 00 04", "0x16, 0x48, 0x00", "16:48:00:04", "1648 0004", "1 2", "zz",
                              "0x", "\uff11\uff12"]):
        write("fuzz_hex", f"utf8-{i}", bytes([0, 16]) + text.encode())
    write("fuzz_hex", "utf16", bytes([1, 8]) + "de ad\u3000BE EF".encode("utf-16-le"))
    # fuzz_text: raw bytes
    for i, data in enumerate([b"Polar H10\0\0", b"\xc3\x28ok", b"a\\b\\x41", b"\x01\x7f\xc2\x85", "Müller".encode(),
                              "H\0i\0".encode(), b"\xf0\x9f\x98\x80\xed\xa0\x80"]):
        write("fuzz_text", f"{i}", data)
    # fuzz_presentation_format: 7 descriptor bytes, value length, value, typed text
    formats = [
        ("sint16-celsius", "0E FE 2F 27 01 00 00", "34 09", "23.45 °C"),
        ("uint8-percent", "04 00 AD 27 01 00 00", "64", "100"),
        ("boolean", "01 00 00 27 01 00 00", "01", "on"),
        ("float32", "14 00 00 27 01 00 00", "00 00 C0 3F", "1.5"),
        ("float64", "15 00 00 27 01 00 00", "9A 99 99 99 99 99 B9 3F", "0.1"),
        ("sfloat", "16 00 00 27 01 00 00", "14 F0", "2.0"),
        ("float", "17 00 00 27 01 00 00", "64 00 00 FE", "NRes"),
        ("duint16", "18 00 00 27 01 00 00", "78 00 50 00", "120, 80"),
        ("utf8s", "19 00 00 27 01 00 00", "48 52 4D 00", "HRM\\x00"),
        ("utf16s", "1A 00 00 27 01 00 00", "48 00 69 00", "Hi"),
        ("struct", "1B 00 00 27 01 00 00", "01 02 03", "01 02 03"),
        ("uint128", "0B 00 00 27 01 00 00", "01" * 16, "0x01"),
        ("sint12-exp", "0D 01 00 27 01 00 00", "FF 0F", "-10"),
        ("nibble", "03 00 00 27 01 00 00", "F7", "7"),
    ]
    for name, descriptor, value, typed in formats:
        v = h(value)
        write("fuzz_presentation_format", name, h(descriptor) + bytes([len(v)]) + v + typed.encode())
    # fuzz_ieee11073: SFLOAT (2), FLOAT (4), exponent, text
    for name, sfloat, flt, exponent, text in [
        ("two", 0xF014, 0xFF0000C8, -1, "2.00"),
        ("specials", 0x07FF, 0x00800000, 0, "NRes"),
        ("infinity", 0x07FE, 0x00800002, 0, "-INF"),
        ("large", 0x17D0, 0x7F7FFFFF, 3, "1.5e3"),
        ("negative", 0xF800, 0x00FFFFFF, -2, "-0.01"),
    ]:
        write("fuzz_ieee11073", name,
              struct.pack("<HIb", sfloat, flt, exponent) + text.encode())
    # fuzz_heart_rate: the notification
    for name, value in [("uint8-rr", "16 48 00 04"), ("no-contact", "04 48"), ("uint16", "01 48 00"),
                        ("energy-rr", "19 48 00 2C 01 00 04 AA 03"), ("odd-rr", "10 48 00"), ("empty", "")]:
        write("fuzz_heart_rate", name, h(value))
    # fuzz_sig_characteristics: UUID index, value length, value, typed text
    uuids = [0x2A00, 0x2A01, 0x2A05, 0x2A19, 0x2A1C, 0x2A1D, 0x2A24, 0x2A25, 0x2A26, 0x2A27, 0x2A28,
             0x2A29, 0x2A37, 0x2A38, 0x2A39, 0x2A6E, 0x2900, 0x2901, 0x2902, 0x2904]
    for uuid, value, typed in [
        (0x2A00, b"HRM Strap", "gattscope"), (0x2A01, h("41 03"), "833"), (0x2A05, h("01 00 FF FF"), ""),
        (0x2A19, h("64"), "50"), (0x2A1C, h("00 6E 0E 00 FF"), ""), (0x2A1D, h("02"), "Body (general)"),
        (0x2A29, b"Acme\0", "Acme"), (0x2A37, h("16 48 00 04"), ""), (0x2A38, h("01"), "Chest"),
        (0x2A39, h("01"), "reset"), (0x2A6E, h("34 09"), "23.45"), (0x2900, h("01 00"), ""),
        (0x2901, b"Accelerometer", "x y z"), (0x2902, h("01 00"), "notify+indicate"),
        (0x2904, h("0E FE 2F 27 01 00 00"), ""),
    ]:
        write("fuzz_sig_characteristics", f"{uuid:04X}", bytes([uuids.index(uuid), len(value)]) + value + typed.encode())
    # fuzz_field_layout: scale/offset, unit, layout length, layout, value (also typed text)
    for name, control, unit, layout, value in [
        ("hhh", 0, 0, "<hhh", h("E8 03 18 FC 00 00")),
        ("big-endian", 0, 1, ">HH", h("01 00 02 00")),
        ("repeat", 2, 2, "<3h", b"1, -2, 3"),
        ("floats", 0, 0, "<e f d", h("00 3C") + struct.pack("<fd", 1.5, -0.25)),
        ("pad-bool", 9, 3, "2x B ?", h("00 00 7F 02")),
        ("ints", 0, 0, "<bBiI", h("80 FF 00 00 00 80 FF FF FF FF")),
    ]:
        encoded = layout.encode()
        write("fuzz_field_layout", name, bytes([control, unit, len(encoded)]) + encoded + value)


def profiles():
    for path in sorted((ROOT / "resources/profiles").glob("*.json")):
        if path.stem != "flood":
            write("fuzz_profile_loader", path.stem, path.read_bytes())
    write("fuzz_profile_loader", "faults", (
        b'{ "faults": [ { "action": "disconnect", "on": "attclient_find_information", "afterEvents": 3 },'
        b' { "action": "att-error", "handle": "0x0010", "error": "0x05", "nth": 0 },'
        b' { "action": "delay-response", "on": "system_hello", "nth": 2, "delayMs": 1500 } ] }'))


def gatttool():
    # What the real gatttool printed (tests/backends/gatttool/transcripts), cut to 4 KiB so
    # the default input length stays small; byte 0 seeds the read sizes.
    for path in sorted((ROOT / "tests/backends/gatttool/transcripts").glob("*.out")):
        write("fuzz_gatttool_parser", path.stem, bytes([len(path.stem)]) + path.read_bytes()[:4095])


def bluez():
    """The object trees of tests/backends/bluez/tst_bluezproperties.cpp, encoded as
    fuzz_bluez_properties reads them (see the comment at the top of that file); the word
    table is read from the target so that the two cannot drift apart."""
    source = (ROOT / "tests/fuzz/fuzz_bluez_properties.cpp").read_text()
    table = source.split("kWords[] = {", 1)[1].split("};", 1)[0]
    words = re.findall(r'"((?:[^"\\]|\\.)*)"', re.sub(r"//[^\n]*", "", table))
    assert len(words) < 128

    def text(s):
        if s in words:
            return bytes([0x80 | words.index(s)])
        raw = s.encode()
        assert len(raw) < 0x80
        return bytes([len(raw)]) + raw

    def path(*handles):  # the device path, then service/char/desc numbers (< 256)
        return bytes([len(handles)] + list(handles))

    def s(v): return b"\x00" + text(v)
    def b(v): return bytes([2, int(v)])
    def n(v): return b"\x04" + struct.pack("<h", v)
    def q(v): return b"\x05" + struct.pack("<H", v)
    def ay(v): return bytes([8, len(v)]) + v
    def strings(*v): return bytes([9, len(v)]) + b"".join(b"\x00" + text(x) for x in v)
    def numbered(entries): return bytes([11, len(entries)]) + b"".join(
        struct.pack("<I", k) + b"\x00" + value for k, value in entries)
    def named(entries): return bytes([10, len(entries)]) + b"".join(
        text(k) + value for k, value in entries)

    def obj(path_bytes, interface, props):  # one interface per object
        return path_bytes + b"\x00" + bytes([interface, len(props)]) + b"".join(
            text(k) + v for k, v in props)

    DEVICE, SERVICE, CHAR, DESC = 0, 1, 2, 3
    motion = [("Address", s("E1:77:6A:00:00:07")), ("AddressType", s("random")), ("Name", s("gattscope Motion")),
              ("RSSI", n(-49)), ("TxPower", n(4)), ("UUIDs", strings("6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10")),
              ("AdvertisingFlags", ay(b"\x06")), ("Paired", b(False))]
    rich = motion + [("ManufacturerData", numbered([(89, ay(h("0102")))])),
                     ("ServiceData", named([("0000feaa-0000-1000-8000-00805f9b34fb", ay(h("10eb03")))])),
                     ("Appearance", q(1345))]

    def tree(handle_property):
        def props(p, handle):
            return p + ([("Handle", q(handle))] if handle_property else [])
        objects = [
            obj(path(), DEVICE, motion),
            obj(path(6), SERVICE, props([("UUID", s("6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10")),
                                         ("Primary", b(True)), ("Device", s("/org/bluez/hci0/dev_E1_77_6A_00_00_07"))], 6)),
            obj(path(6, 7), CHAR, props([("UUID", s("2a37")), ("Flags", strings("notify"))], 7)),
            obj(path(6, 7, 9), DESC, props([("UUID", s("2902"))], 9)),
            obj(path(6, 7, 10), DESC, props([("UUID", s("2901")), ("Value", ay(b"Accelerometer"))], 10)),
            obj(path(6, 11), CHAR, props([("UUID", s("180d")), ("Flags", strings("read", "reliable-write")),
                                          ("Value", ay(h("0102")))], 11)),
        ]
        return bytes([0, len(objects)]) + b"".join(objects)

    write("fuzz_bluez_properties", "tree-names", tree(False))
    write("fuzz_bluez_properties", "tree-handles", tree(True))
    write("fuzz_bluez_properties", "device-rich", bytes([0, 1]) + obj(path(), DEVICE, rich))
    errors = b"".join(text(name) + text(message) + bytes([call, 0]) for name, message, call in (
        ("org.bluez.Error.Failed", "Operation failed with ATT error: 0x0e", 3),
        ("org.bluez.Error.NotPermitted", "Not paired", 3),
        ("org.bluez.Error.NotReady", "", 1),
        ("org.freedesktop.DBus.Error.AccessDenied", "", 0),
        ("org.bluez.Reason.Timeout", "le-connection-abort-by-local", 1)))
    write("fuzz_bluez_properties", "errors", bytes([0, 0]) + errors)


if __name__ == "__main__":
    clear_seeds()
    bgapi()
    virtual_dongle()
    advertising()
    codecs()
    profiles()
    gatttool()
    bluez()
    count = len(list(HERE.glob("fuzz_*/seed-*")))
    size = sum(p.stat().st_size for p in HERE.glob("fuzz_*/seed-*"))
    print(f"seeds.py: {count} seeds, {size} bytes")
