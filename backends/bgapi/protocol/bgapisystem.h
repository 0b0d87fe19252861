// SPDX-License-Identifier: MIT
#pragma once

// Class 0 (system): commands with their responses, and events.

#include "bgapimessage.h"

namespace gattscope::bgapi {

// Reboots the dongle. There is no response: the device drops off USB and later sends
// system_boot. bootInDfu = true reboots into the firmware-upgrade loader; never by accident.
struct SystemReset
{
    GATTSCOPE_BGAPI_MESSAGE(SystemReset, Command, System, SystemCommandId::Reset, "system_reset")
    GATTSCOPE_BGAPI_FIELDS(bootInDfu)
    using Response = NoResponse;
    bool bootInDfu = false;
};

struct SystemHelloResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SystemHelloResponse, Response, System, SystemCommandId::Hello, "system_hello")
    GATTSCOPE_BGAPI_NO_FIELDS
};
struct SystemHello
{
    GATTSCOPE_BGAPI_MESSAGE(SystemHello, Command, System, SystemCommandId::Hello, "system_hello")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = SystemHelloResponse;
};

struct SystemAddressGetResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SystemAddressGetResponse, Response, System, SystemCommandId::AddressGet,
                            "system_address_get")
    GATTSCOPE_BGAPI_FIELDS(address)
    DeviceAddress address; // the dongle's public address
};
struct SystemAddressGet
{
    GATTSCOPE_BGAPI_MESSAGE(SystemAddressGet, Command, System, SystemCommandId::AddressGet,
                            "system_address_get")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = SystemAddressGetResponse;
};

struct SystemGetCountersResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SystemGetCountersResponse, Response, System, SystemCommandId::GetCounters,
                            "system_get_counters")
    GATTSCOPE_BGAPI_FIELDS(txOk, txRetry, rxOk, rxFail, mbuf)
    quint8 txOk = 0;
    quint8 txRetry = 0;
    quint8 rxOk = 0;
    quint8 rxFail = 0;
    quint8 mbuf = 0;
};
struct SystemGetCounters
{
    GATTSCOPE_BGAPI_MESSAGE(SystemGetCounters, Command, System, SystemCommandId::GetCounters,
                            "system_get_counters")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = SystemGetCountersResponse;
};

struct SystemGetConnectionsResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SystemGetConnectionsResponse, Response, System, SystemCommandId::GetConnections,
                            "system_get_connections")
    GATTSCOPE_BGAPI_FIELDS(maxConnections)
    quint8 maxConnections = 0;
};
struct SystemGetConnections
{
    GATTSCOPE_BGAPI_MESSAGE(SystemGetConnections, Command, System, SystemCommandId::GetConnections,
                            "system_get_connections")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = SystemGetConnectionsResponse;
};

// Firmware identity; the same layout as the system_boot event.
struct SystemGetInfoResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SystemGetInfoResponse, Response, System, SystemCommandId::GetInfo,
                            "system_get_info")
    GATTSCOPE_BGAPI_FIELDS(major, minor, patch, build, llVersion, protocolVersion, hardware)
    quint16 major = 0;
    quint16 minor = 0;
    quint16 patch = 0;
    quint16 build = 0;
    quint16 llVersion = 0;
    quint8 protocolVersion = 0;
    quint8 hardware = 0;
};
struct SystemGetInfo
{
    GATTSCOPE_BGAPI_MESSAGE(SystemGetInfo, Command, System, SystemCommandId::GetInfo, "system_get_info")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = SystemGetInfoResponse;
};

struct SystemWhitelistAppendResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SystemWhitelistAppendResponse, Response, System, SystemCommandId::WhitelistAppend,
                            "system_whitelist_append")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct SystemWhitelistAppend
{
    GATTSCOPE_BGAPI_MESSAGE(SystemWhitelistAppend, Command, System, SystemCommandId::WhitelistAppend,
                            "system_whitelist_append")
    GATTSCOPE_BGAPI_FIELDS(address, addressType)
    using Response = SystemWhitelistAppendResponse;
    DeviceAddress address;
    PeerAddressType addressType = PeerAddressType::Public;
    void afterDecode() { address = withPeerType(address, addressType); }
};

struct SystemWhitelistRemoveResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SystemWhitelistRemoveResponse, Response, System, SystemCommandId::WhitelistRemove,
                            "system_whitelist_remove")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct SystemWhitelistRemove
{
    GATTSCOPE_BGAPI_MESSAGE(SystemWhitelistRemove, Command, System, SystemCommandId::WhitelistRemove,
                            "system_whitelist_remove")
    GATTSCOPE_BGAPI_FIELDS(address, addressType)
    using Response = SystemWhitelistRemoveResponse;
    DeviceAddress address;
    PeerAddressType addressType = PeerAddressType::Public;
    void afterDecode() { address = withPeerType(address, addressType); }
};

struct SystemWhitelistClearResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SystemWhitelistClearResponse, Response, System, SystemCommandId::WhitelistClear,
                            "system_whitelist_clear")
    GATTSCOPE_BGAPI_NO_FIELDS
};
struct SystemWhitelistClear
{
    GATTSCOPE_BGAPI_MESSAGE(SystemWhitelistClear, Command, System, SystemCommandId::WhitelistClear,
                            "system_whitelist_clear")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = SystemWhitelistClearResponse;
};

// Sent once after the dongle boots. Over USB it usually goes out before the host has
// reopened the port, so a client must not wait for it.
struct SystemBootEvent
{
    GATTSCOPE_BGAPI_MESSAGE(SystemBootEvent, Event, System, SystemEventId::Boot, "system_boot")
    GATTSCOPE_BGAPI_FIELDS(major, minor, patch, build, llVersion, protocolVersion, hardware)
    quint16 major = 0;
    quint16 minor = 0;
    quint16 patch = 0;
    quint16 build = 0;
    quint16 llVersion = 0;
    quint8 protocolVersion = 0;
    quint8 hardware = 0;
};

// The dongle received a malformed packet. Not in bleapi.xml; the reason values are not
// documented.
struct SystemProtocolErrorEvent
{
    GATTSCOPE_BGAPI_MESSAGE(SystemProtocolErrorEvent, Event, System, SystemEventId::ProtocolError,
                            "system_protocol_error")
    GATTSCOPE_BGAPI_FIELDS(reason)
    quint16 reason = 0;
};

} // namespace gattscope::bgapi
