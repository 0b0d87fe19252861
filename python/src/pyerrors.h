// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/error.h>

#include <pybind11/pybind11.h>
#include <string>

namespace gattscope::python {

// The Python exception hierarchy, mapped from gattscope::Exception (device/exception.h):
//
//   gattscope.Error(Exception)            kind, code, name, message, text
//   ├── NotFound(Error, LookupError)
//   ├── InvalidArgument(Error, ValueError)
//   │   └── AmbiguousUuid                 candidates: [(handle, service_uuid)]
//   ├── AttError                          code: the ATT error code, name: its spec name
//   ├── Timeout(Error, TimeoutError)
//   └── Disconnected(Error, ConnectionError)
//       └── TransportLost
//
// Registers the classes in `m` and a translator, so that every binding that lets a
// gattscope::Exception escape raises the matching class.
void bindErrors(pybind11::module_ &m);

// "att", "timeout", "transport_lost" …: Error::Kind as Python sees it.
std::string pythonKindName(Error::Kind kind);

} // namespace gattscope::python
