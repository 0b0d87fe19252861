// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>

#include <QString>

namespace gattscope {

// A device as a user names it on a command line or in a script: "C0:98:E5:49:00:01"
// (an address, any of DeviceAddress::fromString's spellings) or "HRM Strap" (a name).
//
// An address matches the 48 bits whatever the address type (users rarely know whether a
// peer's address is public or random). A name matches the advertised local name exactly,
// ignoring case; a shortened name matches when it is what the device advertises.
class DeviceQuery
{
public:
    DeviceQuery() = default;
    // An address when `text` parses as one, else a name. Empty text matches nothing.
    static DeviceQuery parse(const QString &text);

    bool isEmpty() const { return m_text.isEmpty(); }
    bool isAddress() const { return m_address.has_value(); }
    // Only meaningful when isAddress().
    DeviceAddress address() const { return m_address.value_or(DeviceAddress()); }
    // What the user typed, trimmed.
    QString text() const { return m_text; }

    bool matches(const DeviceAddress &address, const QString &name) const;

private:
    QString m_text;
    std::optional<DeviceAddress> m_address;
};

} // namespace gattscope
