// SPDX-License-Identifier: MIT
#pragma once

#include "callbackdispatcher.h"

#include <gattscope/device/adapter.h>
#include <gattscope/device/device.h>

#include <chrono>
#include <map>
#include <memory>
#include <pybind11/pybind11.h>
#include <string>
#include <utility>

namespace gattscope::python {

// What the Python objects of one adapter share: its callback thread and which token each
// subscription and disconnect callback has. Only touched with the GIL held.
struct AdapterShared
{
    std::shared_ptr<CallbackDispatcher> dispatcher = std::make_shared<CallbackDispatcher>();
    std::map<std::pair<std::string, std::uint16_t>, std::uint64_t> subscriptions; // (address, handle)
    std::map<std::string, std::pair<std::uint64_t, pybind11::object>> disconnectCallbacks; // address
};

// gattscope.Adapter. Every blocking call releases the GIL; close() (also from `with`, del, or
// the interpreter's exit) closes the facade Adapter without the GIL, then lets the callback
// thread run what was queued (the disconnect callbacks) and ends it.
class PyAdapter
{
public:
    PyAdapter(const std::string &uri, double timeout, const std::vector<std::string> &demoProfiles);
    ~PyAdapter();

    Adapter &adapter();
    // For callbacks that may outlive close(): empty once closed.
    std::weak_ptr<Adapter> weakAdapter() const { return m_adapter; }
    const std::shared_ptr<AdapterShared> &shared() const { return m_shared; }
    bool isOpen() const { return m_adapter != nullptr; }
    void close();

private:
    std::shared_ptr<Adapter> m_adapter;
    std::shared_ptr<AdapterShared> m_shared = std::make_shared<AdapterShared>();
};

// gattscope.Device: a facade Device handle and the adapter's shared state.
struct PyDevice
{
    Device device;
    std::shared_ptr<AdapterShared> shared;
};

// Seconds (float, as Python programs write them) to the facade's milliseconds.
inline std::chrono::milliseconds toMs(double seconds)
{
    return std::chrono::milliseconds(std::int64_t(seconds * 1000.0 + 0.5));
}

// bytes, bytearray, memoryview or an iterable of ints 0..255 → Bytes. TypeError/ValueError else.
Bytes toBytes(const pybind11::handle &value);
pybind11::bytes toPyBytes(const Bytes &bytes);

void bindTypes(pybind11::module_ &m);
void bindAdapter(pybind11::module_ &m);
void bindDevice(pybind11::module_ &m);
void bindDecode(pybind11::module_ &m);

} // namespace gattscope::python
