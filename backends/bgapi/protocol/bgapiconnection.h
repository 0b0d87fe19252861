// SPDX-License-Identifier: MIT
#pragma once

// Class 3 (connection): per-link commands, with their responses, and link events.

#include "bgapimessage.h"

namespace gattscope::bgapi {

// result is 0, or 0x0186 (not_connected) for an unused handle. The link is gone only when
// connection_disconnected arrives.
struct ConnectionDisconnectResponse
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionDisconnectResponse, Response, Connection,
                            ConnectionCommandId::Disconnect, "connection_disconnect")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
struct ConnectionDisconnect
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionDisconnect, Command, Connection, ConnectionCommandId::Disconnect,
                            "connection_disconnect")
    GATTSCOPE_BGAPI_FIELDS(connection)
    using Response = ConnectionDisconnectResponse;
    quint8 connection = 0;
};

struct ConnectionGetRssiResponse
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionGetRssiResponse, Response, Connection, ConnectionCommandId::GetRssi,
                            "connection_get_rssi")
    GATTSCOPE_BGAPI_FIELDS(connection, rssi)
    quint8 connection = 0;
    qint8 rssi = 0; // dBm
};
struct ConnectionGetRssi
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionGetRssi, Command, Connection, ConnectionCommandId::GetRssi,
                            "connection_get_rssi")
    GATTSCOPE_BGAPI_FIELDS(connection)
    using Response = ConnectionGetRssiResponse;
    quint8 connection = 0;
};

struct ConnectionUpdateResponse
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionUpdateResponse, Response, Connection, ConnectionCommandId::Update,
                            "connection_update")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// Intervals in 1.25 ms units, timeout in 10 ms units, latency in connection events.
struct ConnectionUpdate
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionUpdate, Command, Connection, ConnectionCommandId::Update,
                            "connection_update")
    GATTSCOPE_BGAPI_FIELDS(connection, intervalMin, intervalMax, latency, timeout)
    using Response = ConnectionUpdateResponse;
    quint8 connection = 0;
    quint16 intervalMin = 0;
    quint16 intervalMax = 0;
    quint16 latency = 0;
    quint16 timeout = 0;
};

struct ConnectionVersionUpdateResponse
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionVersionUpdateResponse, Response, Connection,
                            ConnectionCommandId::VersionUpdate, "connection_version_update")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
struct ConnectionVersionUpdate
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionVersionUpdate, Command, Connection, ConnectionCommandId::VersionUpdate,
                            "connection_version_update")
    GATTSCOPE_BGAPI_FIELDS(connection)
    using Response = ConnectionVersionUpdateResponse;
    quint8 connection = 0;
};

// The response only echoes the handle; a connection_status event is expected to follow
// (not confirmed from a primary source).
struct ConnectionGetStatusResponse
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionGetStatusResponse, Response, Connection, ConnectionCommandId::GetStatus,
                            "connection_get_status")
    GATTSCOPE_BGAPI_FIELDS(connection)
    quint8 connection = 0;
};
struct ConnectionGetStatus
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionGetStatus, Command, Connection, ConnectionCommandId::GetStatus,
                            "connection_get_status")
    GATTSCOPE_BGAPI_FIELDS(connection)
    using Response = ConnectionGetStatusResponse;
    quint8 connection = 0;
};

// Link set up (flags Connected | Completed), encryption started (Encrypted added) or
// parameters changed (ParametersChange). address's type is set from addressType on decode.
struct ConnectionStatusEvent
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionStatusEvent, Event, Connection, ConnectionEventId::Status,
                            "connection_status")
    GATTSCOPE_BGAPI_FIELDS(connection, flags, address, addressType, connInterval, timeout, latency, bonding)
    quint8 connection = 0;
    ConnectionFlags flags;
    DeviceAddress address;
    PeerAddressType addressType = PeerAddressType::Public;
    quint16 connInterval = 0; // 1.25 ms units
    quint16 timeout = 0; // 10 ms units
    quint16 latency = 0;
    quint8 bonding = kNoBond;
    void afterDecode() { address = withPeerType(address, addressType); }
};

struct ConnectionVersionIndEvent
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionVersionIndEvent, Event, Connection, ConnectionEventId::VersionInd,
                            "connection_version_ind")
    GATTSCOPE_BGAPI_FIELDS(connection, versionNumber, companyId, subVersionNumber)
    quint8 connection = 0;
    quint8 versionNumber = 0;
    quint16 companyId = 0;
    quint16 subVersionNumber = 0;
};

struct ConnectionFeatureIndEvent
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionFeatureIndEvent, Event, Connection, ConnectionEventId::FeatureInd,
                            "connection_feature_ind")
    GATTSCOPE_BGAPI_FIELDS(connection, features)
    quint8 connection = 0;
    QByteArray features;
};

// reason: 0 or a 0x02xx controller code (0x0216 local host, 0x0213 remote user, 0x0208
// supervision timeout). Every pending operation on the link ends here.
struct ConnectionDisconnectedEvent
{
    GATTSCOPE_BGAPI_MESSAGE(ConnectionDisconnectedEvent, Event, Connection, ConnectionEventId::Disconnected,
                            "connection_disconnected")
    GATTSCOPE_BGAPI_FIELDS(connection, reason)
    quint8 connection = 0;
    quint16 reason = 0;
};

} // namespace gattscope::bgapi
