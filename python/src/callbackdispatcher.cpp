// SPDX-License-Identifier: MIT
#include "callbackdispatcher.h"

#include <Python.h>

namespace py = pybind11;

namespace gattscope::python {

namespace {
// What a queued value costs against LimitBytes: its bytes and the bookkeeping around them.
constexpr std::int64_t ValueOverhead = 96;

std::thread::id &dispatcherThreadId()
{
    // One per dispatcher would be exact; a thread runs at most one dispatcher, so a
    // thread-local flag set by run() answers "am I a dispatcher thread" for each.
    thread_local std::thread::id id;
    return id;
}
} // namespace

CallbackDispatcher::~CallbackDispatcher() = default;

void CallbackDispatcher::start()
{
    if (m_started)
        return;
    m_started = true;
    py::object threading = py::module_::import("threading");
    std::weak_ptr<CallbackDispatcher> weak = weak_from_this();
    py::cpp_function body([weak] {
        if (std::shared_ptr<CallbackDispatcher> self = weak.lock())
            self->run();
    });
    m_thread = threading.attr("Thread")(py::arg("target") = body, py::arg("name") = "gattscope-callbacks",
                                        py::arg("daemon") = true);
    m_thread.attr("start")();
}

void CallbackDispatcher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    py::object thread = std::move(m_thread);
    if (thread && !isDispatcherThread())
        thread.attr("join")();
    // With the GIL: the facade's threads may hold this object longer, without it.
    m_entries.clear();
}

bool CallbackDispatcher::isDispatcherThread() const
{
    return dispatcherThreadId() == std::this_thread::get_id();
}

std::uint64_t CallbackDispatcher::add(py::object callback, Style style)
{
    const std::uint64_t token = m_nextToken++;
    m_entries.emplace(token, Entry { std::move(callback), style });
    return token;
}

void CallbackDispatcher::replace(std::uint64_t token, py::object callback)
{
    const auto it = m_entries.find(token);
    if (it != m_entries.end())
        it->second.callback = std::move(callback);
}

void CallbackDispatcher::remove(std::uint64_t token)
{
    m_entries.erase(token);
}

void CallbackDispatcher::post(Event &&event, std::int64_t cost)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        if (event.kind == Event::Kind::Value) {
            if (m_queuedBytes + cost > LimitBytes) {
                m_lost[event.token] += 1 + event.value.lostBefore;
                return;
            }
            if (!m_lost.empty()) {
                const auto it = m_lost.find(event.token);
                if (it != m_lost.end()) {
                    event.value.lostBefore += it->second;
                    m_lost.erase(it);
                }
            }
        }
        m_queuedBytes += cost;
        wake = m_queue.empty();
        m_queue.push_back(std::move(event));
    }
    if (wake)
        m_wake.notify_one();
}

void CallbackDispatcher::postValue(std::uint64_t token, const ReceivedValue &value)
{
    Event e;
    e.kind = Event::Kind::Value;
    e.token = token;
    e.value = value;
    const std::int64_t cost = std::int64_t(value.value.size()) + ValueOverhead;
    post(std::move(e), cost);
}

void CallbackDispatcher::postDisconnect(std::uint64_t token, const ErrorInfo &reason)
{
    Event e;
    e.kind = Event::Kind::Disconnect;
    e.token = token;
    e.extra = std::make_unique<Event::Extra>();
    e.extra->reason = reason;
    post(std::move(e), 0);
}

void CallbackDispatcher::postScan(std::uint64_t token, const ScanResult &result, std::function<void()> stop)
{
    Event e;
    e.kind = Event::Kind::Scan;
    e.token = token;
    e.extra = std::make_unique<Event::Extra>();
    e.extra->scan = result;
    e.extra->stopScan = std::move(stop);
    post(std::move(e), 0);
}

std::optional<std::uint32_t> CallbackDispatcher::askPasskey(std::uint64_t token)
{
    Event e;
    e.kind = Event::Kind::Passkey;
    e.token = token;
    e.extra = std::make_unique<Event::Extra>();
    std::future<std::optional<std::uint32_t>> answer = e.extra->passkey.get_future();
    post(std::move(e), 0); // dropped when stopping: the broken promise answers "no passkey"
    try {
        return answer.get();
    } catch (const std::future_error &) {
        return std::nullopt;
    }
}

void CallbackDispatcher::run()
{
    dispatcherThreadId() = std::this_thread::get_id();
    std::vector<Event> batch;
    for (;;) {
        batch.clear();
        {
            py::gil_scoped_release released;
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty())
                break; // stopping, and everything queued before stop() has run
            batch.swap(m_queue);
            m_queuedBytes = 0;
        }
        for (Event &event : batch)
            deliver(event);
    }
    {
        py::gil_scoped_release released;
        batch.clear(); // broken promises answer waiting passkey requests
    }
}

void CallbackDispatcher::deliver(Event &event)
{
    const auto it = m_entries.find(event.token);
    if (it == m_entries.end())
        return; // unsubscribed, replaced or closed meanwhile
    // A copy: the callback may remove its own entry.
    const Entry entry = it->second;
    try {
        switch (event.kind) {
        case Event::Kind::Value: deliverValue(entry, event.value); break;
        case Event::Kind::Disconnect: entry.callback(py::cast(event.extra->reason)); break;
        case Event::Kind::Scan:
            if (py::object stop = entry.callback(py::cast(event.extra->scan));
                stop.ptr() == Py_True && event.extra->stopScan) {
                py::gil_scoped_release released;
                event.extra->stopScan();
            }
            break;
        case Event::Kind::Passkey: {
            std::optional<std::uint32_t> answer;
            try {
                py::object result = entry.callback();
                if (!result.is_none())
                    answer = result.cast<std::uint32_t>();
            } catch (...) {
                event.extra->passkey.set_value(std::nullopt);
                throw;
            }
            event.extra->passkey.set_value(answer);
            break;
        }
        }
    } catch (py::error_already_set &e) {
        e.discard_as_unraisable(entry.callback);
    } catch (const std::exception &e) {
        PyErr_SetString(PyExc_RuntimeError, e.what());
        PyErr_WriteUnraisable(entry.callback.ptr());
    }
}

void CallbackDispatcher::deliverValue(const Entry &entry, const ReceivedValue &value)
{
    if (entry.style == Style::Notification) {
        entry.callback(py::cast(value));
        return;
    }
    // pygatt: callback(handle, bytearray) for each callback of the tuple. The C API directly:
    // this runs for every notification.
    py::object handle = py::reinterpret_steal<py::object>(PyLong_FromUnsignedLong(value.handle));
    PyObject *callbacks = entry.callback.ptr();
    const Py_ssize_t n = PyTuple_Check(callbacks) ? PyTuple_GET_SIZE(callbacks) : 0;
    for (Py_ssize_t i = 0; i < n; ++i) {
        // A bytearray each: a callback may change its own.
        py::object bytes = py::reinterpret_steal<py::object>(PyByteArray_FromStringAndSize(
            reinterpret_cast<const char *>(value.value.data()), Py_ssize_t(value.value.size())));
        if (!handle || !bytes)
            throw py::error_already_set();
        PyObject *args[] = { handle.ptr(), bytes.ptr() };
        PyObject *result = PyObject_Vectorcall(PyTuple_GET_ITEM(callbacks, i), args, 2, nullptr);
        if (!result) {
            py::error_already_set e;
            e.discard_as_unraisable(py::reinterpret_borrow<py::object>(PyTuple_GET_ITEM(callbacks, i)));
            continue;
        }
        Py_DECREF(result);
    }
}

} // namespace gattscope::python
