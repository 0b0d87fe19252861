// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

namespace gattscope {

// QByteArrayView::mid() arrived after Qt 6.4: a part of `v`, empty when out of range.
inline QByteArrayView midView(QByteArrayView v, qsizetype pos, qsizetype length = -1)
{
    if (pos < 0 || pos >= v.size())
        return {};
    const qsizetype n = length < 0 || pos + length > v.size() ? v.size() - pos : length;
    return v.sliced(pos, n);
}

// A little-endian 16-bit field at `at`; 0 when the bytes are not there.
inline quint16 le16At(QByteArrayView p, qsizetype at)
{
    if (at < 0 || at + 1 >= p.size())
        return 0;
    return quint16(quint8(p.at(at)) | (quint8(p.at(at + 1)) << 8));
}

} // namespace gattscope
