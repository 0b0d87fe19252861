// SPDX-License-Identifier: MIT
#include "bgapiheader.h"

namespace gattscope {

std::optional<BgapiHeader> BgapiHeader::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() < kSize)
        return std::nullopt;
    return fromRaw(reinterpret_cast<const uchar *>(bytes.data()));
}

QByteArray BgapiHeader::toByteArray() const
{
    QByteArray out(kSize, Qt::Uninitialized);
    writeTo(reinterpret_cast<uchar *>(out.data()));
    return out;
}

} // namespace gattscope
