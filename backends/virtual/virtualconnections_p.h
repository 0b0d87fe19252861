// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/backends/bgapi/protocol/bgapiconnection.h>

namespace gattscope {

class VirtualDonglePrivate;

// The connection class of the virtual BLED112: commands on an established link
// (disconnect, RSSI, parameter update, version exchange, status). Links themselves are
// made by VirtualGap and kept by the dongle.
//
// Notes for implementers: dongle thread only. A command for a handle without a link is
// answered with not_connected (0x0186). A local disconnect forgets the link at once and
// reports connection_disconnected(0x0216) after the response.
class VirtualConnections
{
public:
    explicit VirtualConnections(VirtualDonglePrivate &dongle);

    void handle(const bgapi::ConnectionDisconnect &command);
    void handle(const bgapi::ConnectionGetRssi &command);
    void handle(const bgapi::ConnectionUpdate &command);
    void handle(const bgapi::ConnectionVersionUpdate &command);
    void handle(const bgapi::ConnectionGetStatus &command);

private:
    VirtualDonglePrivate &m_dongle;
};

} // namespace gattscope
