// SPDX-License-Identifier: MIT
#include "pyerrors.h"

#include <gattscope/device/exception.h>

namespace py = pybind11;

namespace gattscope::python {

namespace {

struct Classes
{
    PyObject *error = nullptr;
    PyObject *notFound = nullptr;
    PyObject *invalidArgument = nullptr;
    PyObject *ambiguousUuid = nullptr;
    PyObject *att = nullptr;
    PyObject *timeout = nullptr;
    PyObject *disconnected = nullptr;
    PyObject *transportLost = nullptr;
};

Classes &classes()
{
    static Classes c; // created once with the module, never freed (as CPython's own)
    return c;
}

PyObject *newClass(py::module_ &m, const char *name, std::initializer_list<PyObject *> bases, const char *doc)
{
    const std::string qualified = std::string("gattscope.") + name;
    py::tuple baseTuple(bases.size());
    size_t i = 0;
    for (PyObject *b : bases)
        baseTuple[i++] = py::reinterpret_borrow<py::object>(b);
    PyObject *cls = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, baseTuple.ptr(), nullptr);
    if (!cls)
        throw py::error_already_set();
    m.add_object(name, py::reinterpret_borrow<py::object>(cls));
    return cls;
}

} // namespace

std::string pythonKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::None: return "none";
    case Error::Kind::Att: return "att";
    case Error::Kind::Controller: return "controller";
    case Error::Kind::Security: return "security";
    case Error::Kind::Backend: return "backend";
    case Error::Kind::Timeout: return "timeout";
    case Error::Kind::Disconnected: return "disconnected";
    case Error::Kind::NotSupported: return "not_supported";
    case Error::Kind::TransportLost: return "transport_lost";
    case Error::Kind::InvalidArgument: return "invalid_argument";
    case Error::Kind::NotFound: return "not_found";
    case Error::Kind::Cancelled: return "cancelled";
    case Error::Kind::Protocol: return "protocol";
    case Error::Kind::Busy: return "busy";
    case Error::Kind::PoweredOff: return "powered_off";
    case Error::Kind::PermissionDenied: return "permission_denied";
    }
    return "unknown";
}

namespace {

void raise(PyObject *cls, const Exception &e, py::object candidates = py::none())
{
    const ErrorInfo &info = e.info();
    py::object instance = py::reinterpret_borrow<py::object>(cls)(py::str(e.what()));
    instance.attr("kind") = pythonKindName(info.kind);
    instance.attr("code") = info.code;
    instance.attr("name") = info.name;
    instance.attr("message") = info.message;
    instance.attr("text") = info.text.empty() ? std::string(e.what()) : info.text;
    if (!candidates.is_none())
        instance.attr("candidates") = candidates;
    PyErr_SetObject(cls, instance.ptr());
}

} // namespace

void bindErrors(py::module_ &m)
{
    Classes &c = classes();
    c.error = newClass(m, "Error", { PyExc_Exception },
                       "Base of every gattscope error. Attributes: kind ('att', 'timeout', …), code (ATT "
                       "error code, HCI status, SMP reason; 0 when none), name (the code's spec name or the "
                       "kind's), message (context), text (one line for users).");
    c.notFound = newClass(m, "NotFound", { c.error, PyExc_LookupError },
                          "No such device (the scan timed out), characteristic, handle or CCCD.");
    c.invalidArgument = newClass(m, "InvalidArgument", { c.error, PyExc_ValueError },
                                 "A malformed UUID, address, hex text or backend URI.");
    c.ambiguousUuid = newClass(m, "AmbiguousUuid", { c.invalidArgument },
                               "A UUID that names characteristics in several services; candidates lists "
                               "(value handle, service UUID) pairs. Pass service= or use a handle.");
    c.att = newClass(m, "AttError", { c.error },
                     "The peer answered with an ATT error: code (0x05 Insufficient Authentication …) and "
                     "name.");
    c.timeout = newClass(m, "Timeout", { c.error, PyExc_TimeoutError }, "No answer within the timeout.");
    c.disconnected = newClass(m, "Disconnected", { c.error, PyExc_ConnectionError },
                              "The link is down, or it dropped during the operation.");
    c.transportLost = newClass(m, "TransportLost", { c.disconnected },
                               "The dongle or adapter went away (unplugged, port closed, simulator killed).");

    py::register_exception_translator([](std::exception_ptr p) {
        if (!p)
            return;
        const Classes &k = classes();
        try {
            std::rethrow_exception(p);
        } catch (const AmbiguousUuidException &e) {
            py::list candidates;
            for (const AmbiguousUuidException::Candidate &candidate : e.candidates())
                candidates.append(py::make_tuple(candidate.handle, candidate.serviceUuid));
            raise(k.ambiguousUuid, e, candidates);
        } catch (const InvalidArgumentException &e) {
            raise(k.invalidArgument, e);
        } catch (const NotFoundException &e) {
            raise(k.notFound, e);
        } catch (const AttException &e) {
            raise(k.att, e);
        } catch (const TimeoutException &e) {
            raise(k.timeout, e);
        } catch (const TransportLostException &e) {
            raise(k.transportLost, e);
        } catch (const DisconnectedException &e) {
            raise(k.disconnected, e);
        } catch (const Exception &e) {
            raise(k.error, e);
        }
    });
}

} // namespace gattscope::python
