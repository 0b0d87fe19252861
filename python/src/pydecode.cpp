// SPDX-License-Identifier: MIT
// gattscope.decode(): the GUI's ValueDecoder (core/codecs) for Python — one decoder, the same
// text and fields the tree, log, plots and CLI show.
#include "pyobjects.h"

#include <gattscope/core/base/uuid.h>
#include <gattscope/core/codecs/valuedecoder.h>
#include <gattscope/device/exception.h>

#include <optional>
#include <pybind11/stl.h>

namespace py = pybind11;

namespace gattscope::python {

namespace {

struct PyField
{
    std::string key;
    std::string name;
    double value = 0;
    std::string unit;
};

struct PyDecoded
{
    std::string source;
    std::string text;
    std::string unit;
    std::vector<PyField> fields;
    std::optional<std::string> error;
    std::string warning;
};

std::string sourceName(DecodedValue::Source source)
{
    switch (source) {
    case DecodedValue::Source::UserLayout: return "layout";
    case DecodedValue::Source::PresentationFormat: return "presentation_format";
    case DecodedValue::Source::SigCharacteristic: return "sig";
    case DecodedValue::Source::Utf8: return "utf8";
    case DecodedValue::Source::Hex: return "hex";
    }
    return "hex";
}

Uuid toUuid(const py::handle &uuid)
{
    if (PyLong_Check(uuid.ptr())) {
        const long long v = uuid.cast<long long>();
        if (v < 0 || v > 0xFFFFFFFFLL)
            throw py::value_error("a short UUID is 16 or 32 bits");
        return Uuid(quint32(v));
    }
    const std::string text = py::str(uuid).cast<std::string>();
    const std::optional<Uuid> parsed = Uuid::fromString(QString::fromStdString(text));
    if (!parsed)
        Exception::raise(Error(Error::Kind::InvalidArgument,
                               QStringLiteral("not a UUID: %1").arg(QString::fromStdString(text))));
    return *parsed;
}

PyDecoded decode(const py::object &uuid, const py::object &data, const py::object &presentationFormat,
                 const py::object &layout)
{
    const Uuid id = toUuid(uuid);
    const Bytes bytes = toBytes(data);
    QList<Descriptor> descriptors;
    if (!presentationFormat.is_none()) {
        const Bytes format = toBytes(presentationFormat);
        Descriptor d;
        d.uuid = Uuid(0x2904);
        d.value = QByteArray(reinterpret_cast<const char *>(format.data()), qsizetype(format.size()));
        d.hasValue = true;
        descriptors.append(d);
    }
    FieldLayout fieldLayout;
    if (!layout.is_none()) {
        const Result<FieldLayout> parsed
            = FieldLayout::parse(QString::fromStdString(layout.cast<std::string>()));
        if (!parsed.ok())
            Exception::raise(parsed.error());
        fieldLayout = parsed.value();
    }
    const ValueDecoder decoder(id, descriptors, fieldLayout);
    const DecodedValue v = decoder.decode(
        QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
    PyDecoded out;
    out.source = sourceName(v.source);
    out.text = v.text.toStdString();
    out.unit = v.unit.toStdString();
    for (const DecodedField &f : v.fields)
        out.fields.push_back(
            PyField { f.key.toStdString(), f.name.toStdString(), f.value, f.unit.toStdString() });
    if (v.error)
        out.error = v.error.toString().toStdString();
    out.warning = decoder.configurationWarning().isEmpty()
        ? v.warning.toStdString()
        : QString(decoder.configurationWarning() + u"; " + v.warning).toStdString();
    return out;
}

} // namespace

void bindDecode(py::module_ &m)
{
    py::class_<PyField>(m, "Field", "One number taken from a value (what the GUI plots).")
        .def_readonly("key", &PyField::key, "Stable: 'heart_rate', 'rr_interval', 'x', 'value' …")
        .def_readonly("name", &PyField::name, "For people: 'Heart rate'.")
        .def_readonly("value", &PyField::value,
                      "NaN for a sample without a value (IEEE-11073 NaN, 'unknown').")
        .def_readonly("unit", &PyField::unit, "'bpm', 'ms', '°C' …; empty when unitless.")
        .def("__repr__", [](const PyField &f) {
            return "<Field " + f.key + "=" + py::repr(py::float_(f.value)).cast<std::string>()
                + (f.unit.empty() ? "" : " " + f.unit) + ">";
        });

    py::class_<PyDecoded>(m, "DecodedValue", R"(A value made readable, as the GUI shows it.

source: 'layout' (the layout= given), 'presentation_format' (the 0x2904 given), 'sig' (a SIG
characteristic gattscope knows: heart rate, battery, temperature …), 'utf8' or 'hex'. text: one
line with units. fields: the numbers in packet order (a key may repeat: one 'rr_interval' per RR
value). value['heart_rate'] is the first field of that key; values('rr_interval') all of them.)")
        .def_readonly("source", &PyDecoded::source)
        .def_readonly("text", &PyDecoded::text)
        .def_readonly("unit", &PyDecoded::unit)
        .def_readonly("fields", &PyDecoded::fields)
        .def_readonly("error", &PyDecoded::error,
                      "Why the bytes do not match the format (text then shows hex or what "
                      "could be decoded); None when they do.")
        .def_readonly("warning", &PyDecoded::warning)
        .def_property_readonly("ok", [](const PyDecoded &d) { return !d.error.has_value(); })
        .def_property_readonly(
            "value",
            [](const PyDecoded &d) -> py::object {
                return d.fields.empty() ? py::none() : py::object(py::float_(d.fields.front().value));
            },
            "The first field's number, or None.")
        .def("__getitem__",
             [](const PyDecoded &d, const std::string &key) {
                 for (const PyField &f : d.fields) {
                     if (f.key == key)
                         return f.value;
                 }
                 throw py::key_error(key);
             })
        .def("__contains__",
             [](const PyDecoded &d, const std::string &key) {
                 for (const PyField &f : d.fields) {
                     if (f.key == key)
                         return true;
                 }
                 return false;
             })
        .def(
            "values",
            [](const PyDecoded &d, const std::string &key) {
                std::vector<double> out;
                for (const PyField &f : d.fields) {
                    if (f.key == key)
                        out.push_back(f.value);
                }
                return out;
            },
            py::arg("key"))
        .def("__str__", [](const PyDecoded &d) { return d.text; })
        .def("__repr__",
             [](const PyDecoded &d) { return "<DecodedValue " + d.source + ": " + d.text + ">"; });

    m.def("decode", &decode, py::arg("uuid"), py::arg("data"), py::kw_only(),
          py::arg("presentation_format") = py::none(), py::arg("layout") = py::none(),
          R"(Decodes a characteristic or descriptor value the way the GUI does.

uuid: '2A37', 0x2A37, a 36-character UUID. data: bytes. presentation_format: the 7 bytes of a
0x2904 descriptor. layout: a field layout such as '<hhh' (it wins over everything else).
Never raises for bad bytes: see DecodedValue.error. Raises InvalidArgument for a bad UUID or
layout.)");
}

} // namespace gattscope::python
