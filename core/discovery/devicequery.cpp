// SPDX-License-Identifier: MIT
#include "devicequery.h"

namespace gattscope {

DeviceQuery DeviceQuery::parse(const QString &text)
{
    DeviceQuery q;
    q.m_text = text.trimmed();
    if (!q.m_text.isEmpty())
        q.m_address = DeviceAddress::fromString(q.m_text);
    return q;
}

bool DeviceQuery::matches(const DeviceAddress &address, const QString &name) const
{
    if (m_text.isEmpty())
        return false;
    if (m_address)
        return m_address->toUInt64() == address.toUInt64();
    return !name.isEmpty() && name.compare(m_text, Qt::CaseInsensitive) == 0;
}

} // namespace gattscope
