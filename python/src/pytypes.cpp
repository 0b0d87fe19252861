// SPDX-License-Identifier: MIT
// The plain value types of the facade as Python classes (read-only attributes), and the
// enums. Names follow Python: snake_case attributes, UPPER_CASE enum members.
#include "pyerrors.h"
#include "pyobjects.h"

#include <pybind11/stl.h>

namespace py = pybind11;

namespace gattscope::python {

Bytes toBytes(const py::handle &value)
{
    if (PyObject_CheckBuffer(value.ptr()) && !PyUnicode_Check(value.ptr())) {
        Py_buffer view;
        if (PyObject_GetBuffer(value.ptr(), &view, PyBUF_CONTIG_RO) != 0)
            throw py::error_already_set();
        const auto *data = static_cast<const std::uint8_t *>(view.buf);
        Bytes bytes(data, data + view.len);
        PyBuffer_Release(&view);
        return bytes;
    }
    if (PyUnicode_Check(value.ptr()))
        throw py::type_error("a value is bytes, bytearray or a list of ints, not str (use bytes.fromhex())");
    Bytes bytes;
    for (const py::handle item : py::iter(value)) {
        const long v = item.cast<long>();
        if (v < 0 || v > 255)
            throw py::value_error("byte values are 0..255, not " + std::to_string(v));
        bytes.push_back(std::uint8_t(v));
    }
    return bytes;
}

py::bytes toPyBytes(const Bytes &bytes)
{
    return py::bytes(reinterpret_cast<const char *>(bytes.data()), bytes.size());
}

namespace {

std::vector<std::string> propertyNames(std::uint16_t properties)
{
    static const std::pair<Property, const char *> names[] = {
        { Property::Broadcast, "broadcast" },
        { Property::Read, "read" },
        { Property::WriteWithoutResponse, "write_without_response" },
        { Property::Write, "write" },
        { Property::Notify, "notify" },
        { Property::Indicate, "indicate" },
        { Property::AuthenticatedSignedWrites, "authenticated_signed_writes" },
        { Property::ExtendedProperties, "extended_properties" },
        { Property::ReliableWrite, "reliable_write" },
        { Property::WritableAuxiliaries, "writable_auxiliaries" },
    };
    std::vector<std::string> out;
    for (const auto &[bit, name] : names) {
        if (properties & std::uint16_t(bit))
            out.emplace_back(name);
    }
    return out;
}

} // namespace

void bindTypes(py::module_ &m)
{
    py::enum_<ReadMode>(m, "ReadMode", "How Device.read() reads.")
        .value("AUTO", ReadMode::Auto, "One Read Request; Read Blob Requests when the value fills the PDU.")
        .value("SHORT", ReadMode::Short, "One Read Request: at most MTU - 1 bytes.")
        .value("LONG", ReadMode::Long, "Read Request and Read Blob Requests until the value ends.");
    py::enum_<WriteMode>(m, "WriteMode", "How Device.write() writes.")
        .value("WITH_RESPONSE", WriteMode::WithResponse, "Write Request: returns once the peer confirmed.")
        .value("WITHOUT_RESPONSE", WriteMode::WithoutResponse, "Write Command: no confirmation.")
        .value("LONG", WriteMode::Long, "Prepare Write Requests and Execute Write.")
        .value("AUTO", WriteMode::Auto, "WITH_RESPONSE when the value fits, LONG otherwise.");
    py::enum_<SubscribeMode>(m, "SubscribeMode", "What Device.subscribe() asks the peer for.")
        .value("AUTO", SubscribeMode::Auto,
               "Notifications when the characteristic notifies, else indications.")
        .value("NOTIFY", SubscribeMode::Notify)
        .value("INDICATE", SubscribeMode::Indicate);
    py::enum_<Adapter::ConnectOptions::AddressType>(m, "AddressType",
                                                    "The address type Adapter.connect() uses.")
        .value("FROM_SCAN", Adapter::ConnectOptions::AddressType::FromScan,
               "Learn it from a scan (the default).")
        .value("PUBLIC", Adapter::ConnectOptions::AddressType::Public)
        .value("RANDOM", Adapter::ConnectOptions::AddressType::Random);
    py::enum_<Property>(m, "Property", py::arithmetic(), "Characteristic property bits.")
        .value("BROADCAST", Property::Broadcast)
        .value("READ", Property::Read)
        .value("WRITE_WITHOUT_RESPONSE", Property::WriteWithoutResponse)
        .value("WRITE", Property::Write)
        .value("NOTIFY", Property::Notify)
        .value("INDICATE", Property::Indicate)
        .value("AUTHENTICATED_SIGNED_WRITES", Property::AuthenticatedSignedWrites)
        .value("EXTENDED_PROPERTIES", Property::ExtendedProperties)
        .value("RELIABLE_WRITE", Property::ReliableWrite)
        .value("WRITABLE_AUXILIARIES", Property::WritableAuxiliaries);

    py::class_<ErrorInfo>(m, "ErrorInfo",
                          "A failure as plain values: why a link ended (Device.disconnect_reason, the "
                          "on-disconnected callback). False when there is none.")
        .def_property_readonly("kind", [](const ErrorInfo &e) { return pythonKindName(e.kind); })
        .def_readonly("code", &ErrorInfo::code)
        .def_readonly("name", &ErrorInfo::name)
        .def_readonly("message", &ErrorInfo::message)
        .def_readonly("text", &ErrorInfo::text)
        .def("__bool__", [](const ErrorInfo &e) { return e.kind != Error::Kind::None; })
        .def("__str__", [](const ErrorInfo &e) { return e.text; })
        .def("__repr__",
             [](const ErrorInfo &e) { return "<ErrorInfo " + pythonKindName(e.kind) + ": " + e.text + ">"; });

    py::class_<ScanResult>(m, "ScanResult",
                           "One device heard in a scan (advertisement and scan response merged).")
        .def_readonly("address", &ScanResult::address)
        .def_readonly("random_address", &ScanResult::randomAddress)
        .def_property_readonly("name",
                               [](const ScanResult &r) -> py::object {
                                   return r.name.empty() ? py::none() : py::object(py::str(r.name));
                               })
        .def_readonly("rssi", &ScanResult::rssi)
        .def_readonly("connectable", &ScanResult::connectable)
        .def_readonly("service_uuids", &ScanResult::serviceUuids)
        .def_property_readonly("manufacturer_data",
                               [](const ScanResult &r) {
                                   py::dict d;
                                   for (const auto &[company, bytes] : r.manufacturerData)
                                       d[py::int_(company)] = toPyBytes(bytes);
                                   return d;
                               })
        .def_property_readonly("advertising_data",
                               [](const ScanResult &r) { return toPyBytes(r.advertisingData); })
        .def_property_readonly("scan_response_data",
                               [](const ScanResult &r) { return toPyBytes(r.scanResponseData); })
        .def_property_readonly("timestamp", [](const ScanResult &r) { return double(r.timestampUs) * 1e-6; })
        .def("__repr__", [](const ScanResult &r) {
            return "<ScanResult " + r.address + " '" + r.name + "' " + std::to_string(r.rssi) + " dBm>";
        });

    py::class_<DescriptorInfo>(m, "Descriptor", "A descriptor found by discovery.")
        .def_readonly("handle", &DescriptorInfo::handle)
        .def_readonly("uuid", &DescriptorInfo::uuid)
        .def_readonly("name", &DescriptorInfo::name)
        .def("__repr__", [](const DescriptorInfo &d) {
            return "<Descriptor " + d.uuid + " handle=" + std::to_string(d.handle) + ">";
        });

    py::class_<CharacteristicInfo>(m, "Characteristic", "A characteristic found by discovery.")
        .def_readonly("handle", &CharacteristicInfo::handle,
                      "The value handle: what read/write/subscribe take.")
        .def_readonly("declaration_handle", &CharacteristicInfo::declarationHandle)
        .def_readonly("end_handle", &CharacteristicInfo::endHandle)
        .def_readonly("uuid", &CharacteristicInfo::uuid, "Shortest form: '2A37', or the 36-character form.")
        .def_readonly("name", &CharacteristicInfo::name)
        .def_readonly("service_uuid", &CharacteristicInfo::serviceUuid)
        .def_readonly("service_handle", &CharacteristicInfo::serviceHandle)
        .def_readonly("properties", &CharacteristicInfo::properties, "Property bits.")
        .def_property_readonly("property_names",
                               [](const CharacteristicInfo &c) { return propertyNames(c.properties); })
        .def_readonly("descriptors", &CharacteristicInfo::descriptors)
        .def("has", &CharacteristicInfo::has, py::arg("property"))
        .def("__repr__", [](const CharacteristicInfo &c) {
            return "<Characteristic " + c.uuid + " handle=" + std::to_string(c.handle) + ">";
        });

    py::class_<ReceivedValue>(m, "Notification",
                              "A value the peer pushed, as a subscription callback gets it.")
        .def_readonly("handle", &ReceivedValue::handle)
        .def_property_readonly("value", [](const ReceivedValue &v) { return toPyBytes(v.value); })
        .def_property_readonly(
            "timestamp", [](const ReceivedValue &v) { return double(v.timestampUs) * 1e-6; },
            "Seconds since the Unix epoch, when the bytes reached the host.")
        .def_readonly("indication", &ReceivedValue::indication)
        .def_readonly("lost_before", &ReceivedValue::lostBefore,
                      "Values of this subscription lost just before this one (the callbacks fell too far "
                      "behind); 0 normally.")
        .def("__repr__", [](const ReceivedValue &v) {
            return "<Notification handle=" + std::to_string(v.handle) + " " + bytesToHex(v.value) + ">";
        });

    m.def(
        "bytes_to_hex", [](const py::object &b) { return bytesToHex(toBytes(b)); }, py::arg("data"),
        "'0A 1B 2C': upper-case hex with spaces.");
    m.def(
        "bytes_from_hex", [](const std::string &text) { return toPyBytes(bytesFromHex(text)); },
        py::arg("text"), "Parses '0a1b2c' or '0A 1B 2C'; InvalidArgument names the first bad character.");
}

} // namespace gattscope::python
