// SPDX-License-Identifier: MIT
// gattscope._gattscope: the extension module under the `gattscope` Python package.
#include "pyerrors.h"
#include "pyobjects.h"

namespace py = pybind11;

PYBIND11_MODULE(_gattscope, m)
{
    m.doc() = "Bluetooth LE devices from Python: the gattscope library (see the gattscope package).";
    gattscope::python::bindErrors(m);
    gattscope::python::bindTypes(m);
    gattscope::python::bindAdapter(m);
    gattscope::python::bindDevice(m);
    gattscope::python::bindDecode(m);
}
