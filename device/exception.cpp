// SPDX-License-Identifier: MIT
#include "exception.h"

namespace gattscope {

Exception::Exception(const Error &error)
    : std::runtime_error(error.toString().toStdString())
    , m_error(error)
    , m_info(ErrorInfo::from(error))
{ }

Exception::~Exception() = default;

AmbiguousUuidException::AmbiguousUuidException(const Error &error, std::vector<Candidate> candidates)
    : InvalidArgumentException(error)
    , m_candidates(std::move(candidates))
{ }

void Exception::raise(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::NotFound: throw NotFoundException(error);
    case Error::Kind::InvalidArgument: throw InvalidArgumentException(error);
    case Error::Kind::Att: throw AttException(error);
    case Error::Kind::Timeout: throw TimeoutException(error);
    case Error::Kind::Disconnected: throw DisconnectedException(error);
    case Error::Kind::TransportLost: throw TransportLostException(error);
    default: throw Exception(error);
    }
}

} // namespace gattscope
