// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"

#include <variant>

namespace gattscope {

// The outcome of an asynchronous operation: a value or an Error. Implicitly built from
// either, so a backend can `finish(value)` or `finish(Error::att(...))`.
template<typename T> class Result
{
public:
    Result()
        : m_error(Error::Kind::Cancelled)
    { }
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error; }
    // The value of a success. Asking a failure for its value is a programming error (check
    // ok() first): it asserts in debug builds, and gives a default-constructed T otherwise.
    const T &value() const
    {
        Q_ASSERT_X(ok(), "Result::value()", "called on a failed Result; check ok() first");
        return m_value;
    }
    T &value()
    {
        Q_ASSERT_X(ok(), "Result::value()", "called on a failed Result; check ok() first");
        return m_value;
    }
    const Error &error() const { return m_error; }

private:
    T m_value {};
    Error m_error;
};

// The outcome of an operation that yields nothing but success or failure.
using Status = Result<std::monostate>;

inline Status success()
{
    return Status(std::monostate {});
}

} // namespace gattscope
