// SPDX-License-Identifier: MIT
#include "pyobjects.h"

#include <gattscope/device/exception.h>

#include <pybind11/functional.h>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace gattscope::python {

namespace {

// A characteristic named by value handle (int) or UUID (str): the value handle.
std::uint16_t resolve(PyDevice &d, const py::handle &target, const std::string &service = {})
{
    if (PyLong_Check(target.ptr())) {
        const long handle = target.cast<long>();
        if (handle < 1 || handle > 0xFFFF)
            throw py::value_error("a handle is 1..0xFFFF, not " + std::to_string(handle));
        return std::uint16_t(handle);
    }
    if (PyUnicode_Check(target.ptr()))
        return d.device.handle(target.cast<std::string>(), service);
    // uuid.UUID and anything else that prints as a UUID.
    if (py::hasattr(target, "hex") && py::hasattr(target, "urn"))
        return d.device.handle(py::str(target).cast<std::string>(), service);
    throw py::type_error("a characteristic is a handle (int) or a UUID (str)");
}

// Subscribes `handle` with `callback` registered in the dispatcher under `style`, or replaces
// the callback of a subscription that exists with the same mode.
void subscribe(PyDevice &d, std::uint16_t handle, py::object callback, SubscribeMode mode,
               CallbackDispatcher::Style style)
{
    AdapterShared &shared = *d.shared;
    const std::shared_ptr<CallbackDispatcher> dispatcher = shared.dispatcher;
    const auto key = std::make_pair(d.device.address(), handle);
    const std::uint64_t token = dispatcher->add(std::move(callback), style);
    try {
        py::gil_scoped_release released;
        d.device.subscribe(
            handle, [dispatcher, token](const ReceivedValue &v) { dispatcher->postValue(token, v); }, mode);
    } catch (...) {
        dispatcher->remove(token);
        throw;
    }
    // The facade replaced the C++ callback: the old token's values are queued at most.
    if (const auto it = shared.subscriptions.find(key); it != shared.subscriptions.end())
        dispatcher->remove(it->second);
    shared.subscriptions[key] = token;
}

void unsubscribe(PyDevice &d, std::uint16_t handle)
{
    {
        py::gil_scoped_release released;
        d.device.unsubscribe(handle);
    }
    AdapterShared &shared = *d.shared;
    const auto key = std::make_pair(d.device.address(), handle);
    if (const auto it = shared.subscriptions.find(key); it != shared.subscriptions.end()) {
        shared.dispatcher->remove(it->second);
        shared.subscriptions.erase(it);
    }
}

} // namespace

void bindDevice(py::module_ &m)
{
    py::class_<PyDevice>(m, "Device", R"(One connected peripheral, from Adapter.connect().

Characteristics are named by value handle (int) or by UUID ('2A19', '0x2a19', the 36-character
form, or a uuid.UUID). A UUID in several services raises AmbiguousUuid: pass service= to handle(),
or use the handle. Every method blocks without holding the GIL. Use it in a `with` block to
disconnect at its end.)")
        .def_property_readonly("address", [](PyDevice &d) { return d.device.address(); })
        .def_property_readonly("name",
                               [](PyDevice &d) -> py::object {
                                   const std::string name = d.device.name();
                                   return name.empty() ? py::none() : py::object(py::str(name));
                               })
        .def_property_readonly("is_connected", [](PyDevice &d) { return d.device.isConnected(); })
        .def_property_readonly(
            "disconnect_reason", [](PyDevice &d) { return d.device.disconnectReason(); },
            "Why the link ended (false while it is up).")
        .def_property_readonly(
            "mtu", [](PyDevice &d) { return d.device.mtu(); }, "The ATT MTU of the link.")
        .def_property(
            "timeout", [](PyDevice &d) { return double(d.device.timeout().count()) / 1000.0; },
            [](PyDevice &d, double seconds) { d.device.setTimeout(toMs(seconds)); },
            "Seconds each operation may take (default: the adapter's).")
        .def(
            "rssi",
            [](PyDevice &d) {
                py::gil_scoped_release released;
                return d.device.rssi();
            },
            "Reads the RSSI of the link, in dBm.")
        .def(
            "characteristics", [](PyDevice &d) { return d.device.characteristics(); },
            "Every characteristic discovery found, in handle order.")
        .def(
            "characteristic",
            [](PyDevice &d, const py::object &target, const std::string &service) {
                return d.device.characteristic(resolve(d, target, service));
            },
            py::arg("characteristic"), py::arg("service") = std::string(),
            "The Characteristic with this value handle or UUID.")
        .def(
            "handle",
            [](PyDevice &d, const py::object &uuid, const std::string &service) {
                return resolve(d, uuid, service);
            },
            py::arg("uuid"), py::arg("service") = std::string(),
            "The value handle of characteristic `uuid` (inside `service` when given). NotFound, "
            "AmbiguousUuid.")
        .def(
            "read",
            [](PyDevice &d, const py::object &target, ReadMode mode) {
                const std::uint16_t handle = resolve(d, target);
                Bytes value;
                {
                    py::gil_scoped_release released;
                    value = d.device.read(handle, mode);
                }
                return toPyBytes(value);
            },
            py::arg("characteristic"), py::arg("mode") = ReadMode::Auto,
            "Reads a characteristic (or a descriptor, by handle) and returns its bytes.")
        .def(
            "write",
            [](PyDevice &d, const py::object &target, const py::object &value, WriteMode mode) {
                const std::uint16_t handle = resolve(d, target);
                const Bytes bytes = toBytes(value);
                py::gil_scoped_release released;
                d.device.write(handle, bytes, mode);
            },
            py::arg("characteristic"), py::arg("value"), py::arg("mode") = WriteMode::WithResponse,
            "Writes bytes (bytes, bytearray or a list of ints). WITH_RESPONSE returns once the peer "
            "confirmed; WITHOUT_RESPONSE once the backend sent it.")
        .def(
            "subscribe",
            [](PyDevice &d, const py::object &target, py::object callback, SubscribeMode mode) {
                if (!PyCallable_Check(callback.ptr()))
                    throw py::type_error("callback must be callable");
                subscribe(d, resolve(d, target), std::move(callback), mode,
                          CallbackDispatcher::Style::Notification);
            },
            py::arg("characteristic"), py::arg("callback"), py::arg("mode") = SubscribeMode::Auto,
            "Enables notifications or indications (writing the CCCD discovery found) and calls "
            "callback(Notification) on the adapter's callback thread for every value. Subscribing again "
            "replaces the callback. NotFound when the characteristic has no CCCD.")
        .def(
            "unsubscribe", [](PyDevice &d, const py::object &target) { unsubscribe(d, resolve(d, target)); },
            py::arg("characteristic"),
            "Turns the subscription off; once it returns the callback is not called again. Nothing "
            "happens when not subscribed.")
        .def(
            "_subscribe_pygatt",
            [](PyDevice &d, std::uint16_t handle, py::tuple callbacks, SubscribeMode mode) {
                subscribe(d, handle, std::move(callbacks), mode, CallbackDispatcher::Style::HandleValue);
            },
            py::arg("handle"), py::arg("callbacks"), py::arg("mode"),
            "For gattscope.pygatt: each of `callbacks` is called as callback(handle, bytearray).")
        .def(
            "_set_pygatt_callbacks",
            [](PyDevice &d, std::uint16_t handle, py::tuple callbacks) {
                const auto key = std::make_pair(d.device.address(), handle);
                if (const auto it = d.shared->subscriptions.find(key); it != d.shared->subscriptions.end())
                    d.shared->dispatcher->replace(it->second, std::move(callbacks));
            },
            py::arg("handle"), py::arg("callbacks"))
        .def(
            "bond",
            [](PyDevice &d, const py::object &passkey, bool permanent) {
                Device::PasskeyCallback ask;
                if (PyLong_Check(passkey.ptr())) {
                    const std::uint32_t value = passkey.cast<std::uint32_t>();
                    ask = [value]() -> std::optional<std::uint32_t> {
                        return value;
                    };
                } else if (!passkey.is_none()) {
                    if (!PyCallable_Check(passkey.ptr()))
                        throw py::type_error("passkey is an int, a callable returning one, or None");
                    const std::shared_ptr<CallbackDispatcher> dispatcher = d.shared->dispatcher;
                    const std::uint64_t token = dispatcher->add(passkey);
                    ask = [dispatcher, token] {
                        return dispatcher->askPasskey(token);
                    };
                }
                py::gil_scoped_release released;
                d.device.bond(ask, permanent);
            },
            py::arg("passkey") = py::none(), py::arg("permanent") = true,
            "Encrypts the link and, when permanent, stores a bond. passkey: the number the peer "
            "displays, or a callable asked for it on the callback thread (None refuses).")
        .def(
            "disconnect",
            [](PyDevice &d) {
                py::gil_scoped_release released;
                d.device.disconnect();
            },
            "Ends the link; nothing happens when it is down already.")
        .def_property(
            "on_disconnected",
            [](PyDevice &d) -> py::object {
                const auto it = d.shared->disconnectCallbacks.find(d.device.address());
                return it == d.shared->disconnectCallbacks.end() ? py::none() : it->second.second;
            },
            [](PyDevice &d, py::object callback) {
                AdapterShared &shared = *d.shared;
                const std::string address = d.device.address();
                if (const auto it = shared.disconnectCallbacks.find(address);
                    it != shared.disconnectCallbacks.end()) {
                    shared.dispatcher->remove(it->second.first);
                    shared.disconnectCallbacks.erase(it);
                }
                if (callback.is_none()) {
                    d.device.setDisconnectCallback({});
                    return;
                }
                const std::shared_ptr<CallbackDispatcher> dispatcher = shared.dispatcher;
                const std::uint64_t token = dispatcher->add(callback);
                shared.disconnectCallbacks[address] = { token, callback };
                d.device.setDisconnectCallback([dispatcher, token](const ErrorInfo &reason) {
                    dispatcher->postDisconnect(token, reason);
                });
            },
            "Set to callback(ErrorInfo): called once on the callback thread when the link ends, "
            "whoever ended it, with the reason.")
        .def("__enter__", [](py::object self) { return self; })
        .def("__exit__",
             [](PyDevice &d, const py::args &) {
                 py::gil_scoped_release released;
                 d.device.disconnect();
             })
        .def("__eq__", [](PyDevice &a, PyDevice &b) { return a.device.address() == b.device.address(); })
        .def("__hash__", [](PyDevice &d) { return py::hash(py::str(d.device.address())); })
        .def("__repr__", [](PyDevice &d) {
            return "<gattscope.Device " + d.device.address() + (d.device.isConnected() ? "" : " disconnected")
                + ">";
        });
}

} // namespace gattscope::python
