// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// The exceptions of the blocking facade. Every Adapter and Device operation either does
/// what it says or throws one of these; catch gattscope::Exception for all of them, or a
/// subclass for the failures a program handles differently.
///
/// | thrown              | when                                                          |
/// |---------------------|---------------------------------------------------------------|
/// | NotFoundException   | no such device (scan timed out), characteristic, handle, CCCD |
/// | AmbiguousUuidException | a UUID names characteristics in several services          |
/// | AttException        | the peer answered with an ATT error (code(), name())          |
/// | TimeoutException    | no answer within the timeout                                  |
/// | DisconnectedException | the link is down, or dropped during the operation           |
/// | TransportLostException | the dongle or adapter went away (a DisconnectedException) |
/// | InvalidArgumentException | a malformed UUID, address, hex text or backend URI       |
/// | Exception           | anything else: NotSupported, Security, Controller, Busy …     |

#include "devicetypes.h"

#include <gattscope/core/base/error.h>
#include <gattscope/core/base/export.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace gattscope {

/// Base of every facade exception: what() is the one-line message for users
/// ("ATT error 0x05 (Insufficient Authentication): writing handle 0x0012").
class GATTSCOPE_EXPORT Exception : public std::runtime_error
{
public:
    explicit Exception(const Error &error);
    ~Exception() override;

    Error::Kind kind() const { return m_info.kind; }
    /// ATT error code, HCI status, SMP reason … depending on kind(); 0 when none.
    std::uint16_t code() const { return m_info.code; }
    /// The spec name of the code, or the kind's name ("Timeout").
    const std::string &name() const { return m_info.name; }
    const ErrorInfo &info() const { return m_info; }
    /// The core error (Qt types), for Qt programs.
    const Error &error() const { return m_error; }

    /// Throws the exception class that matches `error` (which must be an error).
    [[noreturn]] static void raise(const Error &error);

private:
    Error m_error;
    ErrorInfo m_info;
};

class GATTSCOPE_EXPORT NotFoundException : public Exception
{
public:
    using Exception::Exception;
};

class GATTSCOPE_EXPORT InvalidArgumentException : public Exception
{
public:
    using Exception::Exception;
};

/// A UUID that names characteristics in more than one service. candidates() lists them;
/// pass the service UUID to Device::handle(uuid, service), or use a handle.
class GATTSCOPE_EXPORT AmbiguousUuidException : public InvalidArgumentException
{
public:
    struct Candidate
    {
        std::uint16_t handle = 0; ///< value handle
        std::string serviceUuid;
    };
    AmbiguousUuidException(const Error &error, std::vector<Candidate> candidates);
    const std::vector<Candidate> &candidates() const { return m_candidates; }

private:
    std::vector<Candidate> m_candidates;
};

/// The peer refused with an ATT error: code() is the ATT error code (0x05 Insufficient
/// Authentication, 0x0A Attribute Not Found …), name() its spec name.
class GATTSCOPE_EXPORT AttException : public Exception
{
public:
    using Exception::Exception;
};

class GATTSCOPE_EXPORT TimeoutException : public Exception
{
public:
    using Exception::Exception;
};

/// The link is down, or it dropped while the operation ran.
class GATTSCOPE_EXPORT DisconnectedException : public Exception
{
public:
    using Exception::Exception;
};

/// The dongle or adapter went away (unplugged, port closed, the simulator killed).
class GATTSCOPE_EXPORT TransportLostException : public DisconnectedException
{
public:
    using DisconnectedException::DisconnectedException;
};

} // namespace gattscope
