# SPDX-License-Identifier: MIT
"""The typed API: gattscope.Adapter / Device, exceptions, threads, `with`."""

import sys
import threading

import pytest

import gattscope
from conftest import (
    ACCELEROMETER,
    BUILTIN,
    HRM,
    INDICATE_COUNTER,
    LONG_VALUE,
    MOTION,
    NAME_VALUE,
    PUBLIC,
    SECRET,
    TEST_PROFILE,
    WAIT,
    Collector,
)


@pytest.fixture(scope="module")
def demo():
    with gattscope.Adapter("demo", demo_profiles=BUILTIN + [TEST_PROFILE]) as adapter:
        yield adapter


def test_open_errors():
    with pytest.raises(gattscope.InvalidArgument) as e:
        gattscope.Adapter("nonsense:x")
    assert isinstance(e.value, ValueError) and e.value.kind == "invalid_argument"
    assert "nonsense" in str(e.value)
    with pytest.raises(gattscope.Error):
        gattscope.Adapter("bgapi:/dev/nonexistent-gattscope-port")


def test_scan(demo):
    heard = Collector()
    results = demo.scan(1.0, heard)
    by_address = {r.address: r for r in results}
    strap = by_address[HRM]
    assert strap.name == "HRM Strap" and strap.random_address and strap.connectable
    assert "180D" in strap.service_uuids
    assert isinstance(strap.advertising_data, bytes) and strap.advertising_data
    assert by_address[PUBLIC].random_address is False
    assert heard.items and heard.threads == {"gattscope-callbacks"}


def test_connect_read_write_characteristics(demo):
    motion = demo.connect("gattscope Motion")
    assert motion.address == MOTION and motion.is_connected and motion.mtu >= 23
    chars = {c.uuid: c for c in motion.characteristics()}
    accelerometer = chars[ACCELEROMETER]
    assert accelerometer.handle == motion.handle(ACCELEROMETER)
    assert "notify" in accelerometer.property_names and accelerometer.has(gattscope.Property.NOTIFY)
    assert any(d.uuid == "2902" for d in accelerometer.descriptors)
    assert motion.read(LONG_VALUE, gattscope.ReadMode.LONG) == bytes(range(200))
    motion.write(NAME_VALUE, b"typed")
    assert motion.read(NAME_VALUE) == b"typed"
    motion.write(NAME_VALUE, bytearray(b"no response"), gattscope.WriteMode.WITHOUT_RESPONSE)
    motion.write(NAME_VALUE, [0x41, 0x42])
    assert motion.read(motion.handle(NAME_VALUE)) == b"AB"
    with pytest.raises(TypeError):
        motion.write(NAME_VALUE, "text is not bytes")
    with pytest.raises(ValueError):
        motion.write(NAME_VALUE, [256])
    assert isinstance(motion.rssi(), int)


def test_errors_are_typed(demo):
    motion = demo.connect(MOTION, address_type=gattscope.AddressType.RANDOM)
    with pytest.raises(gattscope.NotFound) as missing:
        motion.read("abcd")
    assert isinstance(missing.value, LookupError) and missing.value.kind == "not_found"
    with pytest.raises(gattscope.AttError) as refused:
        motion.read(SECRET)
    assert refused.value.code in (0x05, 0x0F) and refused.value.name and refused.value.kind == "att"
    public = demo.connect(PUBLIC, address_type=gattscope.AddressType.PUBLIC)
    with pytest.raises(gattscope.AmbiguousUuid) as ambiguous:
        public.read("2A19")
    assert len(ambiguous.value.candidates) == 2
    handle, service = ambiguous.value.candidates[1]
    assert public.handle("2A19", service=service) == handle
    assert public.read(handle) == bytes([0x32])
    with pytest.raises(gattscope.NotFound):
        demo.connect("No Such Device", scan_timeout=0.3)


def test_bond_with_a_passkey_callback(demo):
    adapter = gattscope.Adapter("demo")
    try:
        motion = adapter.connect(MOTION)
        asked = Collector()

        def passkey():
            asked(threading.current_thread().name)
            return 123456

        motion.bond(passkey)
        assert asked.items == ["gattscope-callbacks"]
        assert motion.read(SECRET) == b"secret-42"
    finally:
        adapter.close()


def test_subscribe_notify_indicate_and_reenter(demo):
    motion = demo.connect(MOTION)
    values = Collector()
    reads = []

    def on_value(n):
        if len(reads) < 2:
            reads.append(motion.read(NAME_VALUE))  # blocks only this thread: no deadlock
        values(n)

    motion.subscribe(ACCELEROMETER, on_value)
    for n in values.wait_for(10):
        assert isinstance(n, gattscope.Notification)
        assert n.handle == motion.handle(ACCELEROMETER) and len(n.value) == 6
        assert not n.indication and n.lost_before == 0 and n.timestamp > 1e9
    assert len(reads) == 2
    motion.unsubscribe(ACCELEROMETER)
    count = len(values.items)
    motion.read(NAME_VALUE)
    motion.read(NAME_VALUE)
    assert len(values.items) == count
    motion.unsubscribe(ACCELEROMETER)  # nothing happens

    public = demo.connect(PUBLIC, address_type=gattscope.AddressType.PUBLIC)
    indications = Collector()
    public.subscribe("1236", indications, gattscope.SubscribeMode.INDICATE)
    assert all(n.indication for n in indications.wait_for(3))
    public.unsubscribe("1236")
    with pytest.raises(gattscope.NotFound):
        motion.subscribe(LONG_VALUE, print)  # no CCCD
    with pytest.raises(TypeError):
        motion.subscribe(INDICATE_COUNTER, "not callable")


def test_callback_exceptions_do_not_stop_the_thread(demo, monkeypatch):
    """An exception escaping a callback goes to sys.unraisablehook; later values still arrive."""
    strap = demo.connect(HRM)
    failures, good = [], Collector()
    monkeypatch.setattr(sys, "unraisablehook", lambda u: failures.append(u.exc_value))

    def flaky(n):
        if not failures:
            raise RuntimeError("callback bug")
        good(n)

    strap.subscribe("2A37", flaky)
    try:
        good.wait_for(1)
    finally:
        strap.unsubscribe("2A37")
    assert isinstance(failures[0], RuntimeError)


def test_with_blocks_disconnect_and_close():
    reasons = Collector()
    with gattscope.Adapter("demo") as adapter:
        with adapter.connect(HRM) as strap:
            strap.on_disconnected = reasons
            assert strap.on_disconnected is reasons
            assert strap.read("2A19") == b"\x64"
        reason = reasons.wait_for(1)[0]
        assert isinstance(reason, gattscope.ErrorInfo) and reason and reason.kind in ("controller", "disconnected")
        assert not strap.is_connected and strap.disconnect_reason
        with pytest.raises(gattscope.Disconnected):
            strap.read("2A19")
        kept = adapter.connect(MOTION)
        kept_reason = Collector()
        kept.on_disconnected = kept_reason
    assert not adapter.is_open
    kept_reason.wait_for(1)  # closing the adapter disconnected it, and the callback ran
    with pytest.raises(gattscope.Disconnected):
        kept.read(NAME_VALUE)
    with pytest.raises(ValueError):
        adapter.scan(0.1)


def test_sim_killed_is_transport_lost(sim):
    with gattscope.Adapter(sim.uri) as adapter:
        assert adapter.name == "BLED112"
        strap = adapter.connect("HRM Strap")
        reasons = Collector()
        strap.on_disconnected = reasons
        beats = Collector()
        strap.subscribe("2A37", beats)
        beats.wait_for(1)
        sim.kill()
        assert reasons.wait_for(1)[0].kind == "transport_lost"
        with pytest.raises(gattscope.Disconnected):
            strap.read("2A19")


def test_the_gil_is_released_while_waiting(demo):
    """Another Python thread runs while the main thread waits in scan()."""
    ticks = []
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.01)

    thread = threading.Thread(target=spin)
    thread.start()
    demo.scan(0.5)
    stop.set()
    thread.join(WAIT)
    assert len(ticks) > 10
