// SPDX-License-Identifier: MIT
#include "devicetypes.h"

#include "exception.h"
#include "facadeconvert_p.h"

#include <gattscope/core/base/hexcodec.h>

namespace gattscope {

std::string bytesToHex(const Bytes &bytes)
{
    return detail::toStd(toHex(detail::toQt(bytes)));
}

Bytes bytesFromHex(const std::string &text)
{
    const Result<QByteArray> parsed = parseHex(detail::toQt(text));
    if (!parsed.ok())
        Exception::raise(parsed.error());
    return detail::toBytes(parsed.value());
}

ErrorInfo ErrorInfo::from(const Error &error)
{
    ErrorInfo info;
    info.kind = error.kind();
    info.code = error.code();
    if (error) {
        info.name = error.name().toStdString();
        info.message = error.message().toStdString();
        info.text = error.toString().toStdString();
    }
    return info;
}

} // namespace gattscope
