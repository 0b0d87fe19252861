// SPDX-License-Identifier: MIT
#include "pyobjects.h"

#include <gattscope/device/exception.h>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace gattscope::python {

PyAdapter::PyAdapter(const std::string &uri, double timeout, const std::vector<std::string> &demoProfiles)
{
    Adapter::Options options;
    options.timeout = toMs(timeout);
    options.demoProfiles = demoProfiles;
    {
        py::gil_scoped_release released;
        m_adapter = std::make_shared<Adapter>(uri, options);
    }
    m_shared->dispatcher->start();
}

PyAdapter::~PyAdapter()
{
    try {
        close();
    } catch (...) {
        // Destructors do not throw into Python; close() has no failure a user could act on.
    }
}

Adapter &PyAdapter::adapter()
{
    if (!m_adapter)
        throw py::value_error("the adapter is closed");
    return *m_adapter;
}

void PyAdapter::close()
{
    if (std::shared_ptr<Adapter> adapter = std::move(m_adapter)) {
        py::gil_scoped_release released;
        adapter.reset(); // disconnects every device: their disconnect callbacks are queued
    }
    m_shared->dispatcher->stop(); // runs what was queued, then ends the thread
    m_shared->subscriptions.clear();
    m_shared->disconnectCallbacks.clear();
}

void bindAdapter(py::module_ &m)
{
    py::class_<PyAdapter>(m, "Adapter", R"(One radio opened from a backend URI.

    "demo"                 the virtual BLED112 in process with its virtual peripherals
    "bgapi:auto"           the first BLED112 found
    "bgapi:/dev/ttyACM0"   a BGAPI dongle, or gattscope-sim, on that port
    "gatttool:hci0"        BlueZ's gatttool

Every method blocks (without holding the GIL) and either does what it says or raises a
gattscope.Error. Callbacks run on the adapter's own Python thread "gattscope-callbacks", one at a
time, in order; they may call back into the adapter and its devices. Use it in a `with` block,
or call close().)")
        .def(py::init<const std::string &, double, const std::vector<std::string> &>(),
             py::arg("uri") = "demo", py::kw_only(), py::arg("timeout") = 10.0,
             py::arg("demo_profiles") = std::vector<std::string> {},
             "Opens the backend; raises InvalidArgument for an unknown URI, TransportLost when the dongle "
             "is absent. timeout: seconds each operation may take. demo_profiles: profile files (JSON) "
             "instead of the built-in virtual peripherals.")
        .def_property_readonly("uri", [](PyAdapter &a) { return a.adapter().uri(); })
        .def_property_readonly("name", [](PyAdapter &a) { return a.adapter().name(); })
        .def_property_readonly("description", [](PyAdapter &a) { return a.adapter().description(); })
        .def_property_readonly("is_open", &PyAdapter::isOpen)
        .def_property(
            "timeout", [](PyAdapter &a) { return double(a.adapter().timeout().count()) / 1000.0; },
            [](PyAdapter &a, double seconds) { a.adapter().setTimeout(toMs(seconds)); },
            "Seconds each operation may take (devices connected later inherit it).")
        .def(
            "scan",
            [](PyAdapter &a, double timeout, py::object callback) {
                Adapter &adapter = a.adapter();
                Adapter::ScanCallback forward;
                std::uint64_t token = 0;
                if (!callback.is_none()) {
                    const std::shared_ptr<CallbackDispatcher> dispatcher = a.shared()->dispatcher;
                    token = dispatcher->add(callback);
                    forward = [dispatcher, token, weak = a.weakAdapter()](const ScanResult &r) {
                        dispatcher->postScan(token, r, [weak] {
                            if (const std::shared_ptr<Adapter> open = weak.lock()) {
                                try {
                                    open->stopScan();
                                } catch (const Exception &) {
                                    // Closed meanwhile: no scan to stop.
                                }
                            }
                        });
                    };
                }
                std::vector<ScanResult> found;
                try {
                    py::gil_scoped_release released;
                    found = adapter.scan(toMs(timeout), forward);
                } catch (...) {
                    if (token)
                        a.shared()->dispatcher->remove(token);
                    throw;
                }
                if (token)
                    a.shared()->dispatcher->remove(token);
                return found;
            },
            py::arg("timeout") = 10.0, py::arg("callback") = py::none(),
            "Scans for `timeout` seconds and returns every device heard (one ScanResult per address, in "
            "the order first heard). `callback(ScanResult)` runs for each report meanwhile, on the "
            "callback thread; returning True ends the scan early.")
        .def(
            "stop_scan",
            [](PyAdapter &a) {
                py::gil_scoped_release released;
                a.adapter().stopScan();
            },
            "Ends a scan() running on another thread early.")
        .def(
            "connect",
            [](PyAdapter &a, const std::string &target, Adapter::ConnectOptions::AddressType addressType,
               double timeout, double scanTimeout) {
                Adapter::ConnectOptions options;
                options.addressType = addressType;
                options.timeout = toMs(timeout);
                options.scanTimeout = toMs(scanTimeout);
                Adapter &adapter = a.adapter();
                PyDevice device { Device(), a.shared() };
                {
                    py::gil_scoped_release released;
                    device.device = adapter.connect(target, options);
                }
                return device;
            },
            py::arg("address_or_name"), py::kw_only(),
            py::arg("address_type") = Adapter::ConnectOptions::AddressType::FromScan,
            py::arg("timeout") = 15.0, py::arg("scan_timeout") = 10.0,
            "Connects to a peripheral by address ('C0:98:E5:49:00:01') or advertised name and discovers "
            "its services. address_type PUBLIC or RANDOM connects at once; FROM_SCAN (the default) "
            "scans first (scan_timeout seconds; NotFound when it is not heard). Connecting to a device "
            "already connected returns it.")
        .def(
            "devices",
            [](PyAdapter &a) {
                std::vector<PyDevice> out;
                for (Device &d : a.adapter().devices())
                    out.push_back(PyDevice { std::move(d), a.shared() });
                return out;
            },
            "The devices connected now.")
        .def("close", &PyAdapter::close,
             "Disconnects every device (their on-disconnected callbacks run), closes the backend and "
             "ends the callback thread. Nothing happens when closed already.")
        .def("__enter__", [](py::object self) { return self; })
        .def("__exit__", [](PyAdapter &a, const py::args &) { a.close(); })
        .def("__repr__", [](PyAdapter &a) {
            return a.isOpen() ? "<gattscope.Adapter " + a.adapter().uri() + ">"
                              : std::string("<gattscope.Adapter closed>");
        });
}

} // namespace gattscope::python
