# SPDX-License-Identifier: MIT
"""The pygatt-style flow through gattscope.pygatt, against the demo dongle and gattscope-sim."""

import threading
from uuid import UUID

import pytest

import gattscope
import gattscope.pygatt as pygatt
from conftest import (
    ACCELEROMETER,
    BUILTIN,
    HRM,
    LONG_VALUE,
    MOTION,
    NAME_VALUE,
    PUBLIC,
    SECRET,
    TEST_PROFILE,
    WAIT,
    Collector,
)


@pytest.fixture
def adapter(serial_port):
    backend = pygatt.BGAPIBackend(serial_port=serial_port, demo_profiles=BUILTIN + [TEST_PROFILE])
    backend.start()
    yield backend
    backend.stop()


def test_scan_returns_pygatt_dicts(adapter):
    devices = adapter.scan(timeout=1)
    by_address = {d["address"]: d for d in devices}
    assert HRM in by_address and PUBLIC in by_address
    hrm = by_address[HRM]
    assert set(hrm) == {"address", "name", "rssi", "packet_data"}
    assert hrm["name"] == "HRM Strap"
    assert isinstance(hrm["rssi"], int) and -127 <= hrm["rssi"] < 0
    packets = hrm["packet_data"]
    assert "connectable_advertisement_packet" in packets
    advert = packets["connectable_advertisement_packet"]
    assert isinstance(advert["flags"], bytearray)
    names = [p.get("complete_local_name") for p in packets.values()]
    assert "HRM Strap" in names
    assert [d["name"] for d in adapter.filtered_scan("Strap", timeout=0.5)] == ["HRM Strap"]


def test_scan_callback_can_end_the_scan(adapter):
    seen = []

    def scan_cb(devices, address, packet_type):
        seen.append((address, packet_type, devices[address].name))
        return address == HRM

    devices = adapter.scan(timeout=WAIT, scan_cb=scan_cb)
    assert any(address == HRM for address, _, _ in seen)
    assert devices, "the devices heard before the callback ended the scan"
    assert all(p.endswith("_packet") for _, p, _ in seen)


def test_connect_both_address_types_discover_read(adapter):
    strap = adapter.connect(HRM, address_type=pygatt.BLEAddressType.random)
    public = adapter.connect(PUBLIC, address_type=pygatt.BLEAddressType.public)
    assert adapter.connect(HRM, address_type=pygatt.BLEAddressType.random) is strap

    characteristics = strap.discover_characteristics()
    hrm_uuid = UUID("00002a37-0000-1000-8000-00805f9b34fb")
    assert hrm_uuid in characteristics
    measurement = characteristics[hrm_uuid]
    assert isinstance(measurement, pygatt.Characteristic)
    assert UUID("00002902-0000-1000-8000-00805f9b34fb") in measurement.descriptors
    assert strap.get_handle("00002a37-0000-1000-8000-00805f9b34fb") == measurement.handle
    assert strap.get_handle(hrm_uuid) == measurement.handle

    battery = strap.char_read("00002a19-0000-1000-8000-00805f9b34fb")
    assert isinstance(battery, bytearray) and battery == bytearray([0x64])
    assert strap.char_read_handle(strap.get_handle("2A19")) == bytearray([0x64])
    assert isinstance(strap.get_rssi(), int)
    # A UUID in two services: pygatt picked one silently; gattscope says so.
    with pytest.raises(pygatt.exceptions.BLEError):
        public.get_handle("2A19")
    public.disconnect()


def test_write_with_and_without_response_and_long(adapter):
    motion = adapter.connect(MOTION, address_type=pygatt.BLEAddressType.random)
    motion.char_write(NAME_VALUE, bytearray(b"with response"))
    assert motion.char_read(NAME_VALUE) == bytearray(b"with response")
    motion.char_write(NAME_VALUE, bytearray(b"command"), wait_for_response=False)
    assert motion.char_read(NAME_VALUE) == bytearray(b"command")  # reads queue behind the write
    motion.char_write_long(NAME_VALUE, bytearray(b"L" * 50))
    assert motion.char_read_long(NAME_VALUE) == bytearray(b"L" * 50)
    ramp = motion.char_read_long(LONG_VALUE)
    assert ramp == bytearray(range(200))


def test_subscribe_receive_unsubscribe(adapter):
    strap = adapter.connect(HRM, address_type=pygatt.BLEAddressType.random)
    first, second = Collector(), Collector()
    strap.subscribe("00002a37-0000-1000-8000-00805f9b34fb", callback=first)
    strap.subscribe("00002a37-0000-1000-8000-00805f9b34fb", callback=second)  # both are called
    handle = strap.get_handle("2A37")
    for handle_seen, value in first.wait_for(2):
        assert handle_seen == handle
        assert isinstance(value, bytearray) and len(value) >= 2
    second.wait_for(2)
    assert first.threads == {"gattscope-callbacks"}
    strap.unsubscribe("00002a37-0000-1000-8000-00805f9b34fb")
    count = len(first.items)
    strap.char_read("2A19")
    strap.char_read("2A19")
    assert len(first.items) == count, "no callback once unsubscribe() returned"


def test_two_subscriptions_lose_nothing(adapter):
    motion = adapter.connect(MOTION, address_type=pygatt.BLEAddressType.random)
    public = adapter.connect(PUBLIC, address_type=pygatt.BLEAddressType.public)
    accelerometer, counter = Collector(), Collector()
    motion.subscribe(ACCELEROMETER, callback=accelerometer)
    public.subscribe("1237", callback=counter)
    counter.wait_for(10)
    accelerometer.wait_for(10)
    values = [int.from_bytes(v[:4], "little") for _, v in counter.items]
    assert values == list(range(values[0], values[0] + len(values))), "consecutive counter values"


def test_indications(adapter):
    public = adapter.connect(PUBLIC, address_type=pygatt.BLEAddressType.public)
    received = Collector()
    public.subscribe("1236", callback=received, indication=True)
    received.wait_for(3)
    public.unsubscribe("1236")


def test_callback_reads_inside_the_callback(adapter):
    """pygatt deadlocks here: its subscribe() holds a lock while notifications arrive."""
    strap = adapter.connect(HRM, address_type=pygatt.BLEAddressType.random)
    reads = Collector()

    def on_measurement(handle, value):
        if len(reads.items) < 3:
            reads(strap.char_read("2A19"))
            strap.subscribe("2A37", callback=on_measurement)  # re-entering subscribe too

    strap.subscribe("2A37", callback=on_measurement)
    assert reads.wait_for(3)[:3] == [bytearray([0x64])] * 3


def test_disconnect_then_not_connected(adapter):
    strap = adapter.connect(HRM, address_type=pygatt.BLEAddressType.random)
    events = Collector()
    strap.register_disconnect_callback(events)
    strap.disconnect()
    event = events.wait_for(1)[0]
    assert event["tag"] == "disconnected" and event["reason"]
    with pytest.raises(pygatt.exceptions.NotConnectedError):
        strap.char_read("2A19")
    # connect() again gives a fresh BLEDevice (pygatt's rule).
    again = adapter.connect(HRM, address_type=pygatt.BLEAddressType.random)
    assert again is not strap and again.char_read("2A19") == bytearray([0x64])


def test_error_mapping(adapter):
    motion = adapter.connect(MOTION, address_type=pygatt.BLEAddressType.random)
    with pytest.raises(pygatt.exceptions.BLEError) as unknown:
        motion.char_read("0000abcd-0000-1000-8000-00805f9b34fb")
    assert "No characteristic found" in str(unknown.value)
    with pytest.raises(pygatt.exceptions.BGAPIError) as refused:
        motion.char_read(SECRET)
    assert isinstance(refused.value, pygatt.exceptions.AttError)
    assert refused.value.code in (0x05, 0x0F)
    assert refused.value.name
    assert isinstance(refused.value.error, gattscope.AttError)
    with pytest.raises(pygatt.exceptions.BLEError):
        motion.subscribe(LONG_VALUE)  # no CCCD
    with pytest.raises(pygatt.exceptions.NotConnectedError):
        adapter.connect("12:34:56:78:9A:BC", timeout=0.5, address_type=pygatt.BLEAddressType.random)
    with pytest.raises(pygatt.exceptions.BLEError):
        motion.bond(permanent=False)  # the peer wants a passkey that pygatt cannot give
    motion.disconnect()
    motion = adapter.connect(MOTION, address_type=pygatt.BLEAddressType.random)
    motion.bond(permanent=False, passkey=123456)
    assert motion.char_read(SECRET) == bytearray(b"secret-42")
    with pytest.raises(pygatt.exceptions.NotConnectedError):
        pygatt.BGAPIBackend(serial_port="/dev/nonexistent-gattscope-port").start()


def test_not_started():
    with pytest.raises(pygatt.exceptions.NotConnectedError):
        pygatt.BGAPIBackend(serial_port="demo").scan(timeout=0.1)


def test_sim_killed_maps_to_not_connected(sim):
    adapter = pygatt.BGAPIBackend(serial_port=sim.port)
    adapter.start()
    try:
        strap = adapter.connect(HRM, address_type=pygatt.BLEAddressType.random)
        beats, gone = Collector(), Collector()
        strap.subscribe("2A37", callback=beats)
        strap.register_disconnect_callback(gone)
        beats.wait_for(1)
        sim.kill()
        event = gone.wait_for(1)[0]
        assert event["reason"].kind == "transport_lost"
        with pytest.raises(pygatt.exceptions.NotConnectedError):
            strap.char_read("2A19")
    finally:
        adapter.stop()


def test_environment_variable_picks_the_backend(monkeypatch):
    monkeypatch.setenv("GATTSCOPE_PYGATT_BACKEND", "demo")
    backend = pygatt.GATTToolBackend()
    assert backend.uri == "demo"
    backend.start()
    try:
        devices = backend.scan(timeout=0.5)
        assert any(d["name"] == "HRM Strap" for d in devices)
        strap = backend.connect(HRM, address_type=pygatt.BLEAddressType.random)
        assert strap.char_read("2A19") == bytearray([0x64])
    finally:
        backend.stop()
    monkeypatch.delenv("GATTSCOPE_PYGATT_BACKEND")
    assert pygatt.GATTToolBackend(hci_device="hci1").uri == "gatttool:hci1"
    assert pygatt.BGAPIBackend().uri == "bgapi:auto"
    assert pygatt.BGAPIBackend(serial_port="/dev/ttyACM0").uri == "bgapi:/dev/ttyACM0"


def test_exception_hierarchy_is_pygatts():
    e = pygatt.exceptions
    assert issubclass(e.NotConnectedError, e.BLEError)
    assert issubclass(e.NotificationTimeout, e.BLEError)
    assert issubclass(e.ExpectedResponseTimeout, e.BGAPIError)
    assert issubclass(e.Timeout, e.ExpectedResponseTimeout) and issubclass(e.Timeout, e.NotificationTimeout)
    assert e.NotificationTimeout("x", gatttool_output="y").gatttool_output == "y"
    assert "2.5" in str(e.ExpectedResponseTimeout(["packet"], 2.5))
    assert pygatt.BLEAddressType.public.name == "public" and pygatt.BLEAddressType.random.name == "random"
    assert threading.current_thread().name == "MainThread"
