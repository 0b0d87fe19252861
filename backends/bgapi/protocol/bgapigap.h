// SPDX-License-Identifier: MIT
#pragma once

// Class 6 (gap): advertising, scanning and connecting. One GAP procedure (scan or connect)
// runs at a time; another returns 0x0181 wrong_state until gap_end_procedure.

#include "bgapimessage.h"

namespace gattscope::bgapi {

struct GapSetPrivacyFlagsResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetPrivacyFlagsResponse, Response, Gap, GapCommandId::SetPrivacyFlags,
                            "gap_set_privacy_flags")
    GATTSCOPE_BGAPI_NO_FIELDS
};
struct GapSetPrivacyFlags
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetPrivacyFlags, Command, Gap, GapCommandId::SetPrivacyFlags,
                            "gap_set_privacy_flags")
    GATTSCOPE_BGAPI_FIELDS(peripheralPrivacy, centralPrivacy)
    using Response = GapSetPrivacyFlagsResponse;
    quint8 peripheralPrivacy = 0;
    quint8 centralPrivacy = 0;
};

struct GapSetModeResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetModeResponse, Response, Gap, GapCommandId::SetMode, "gap_set_mode")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct GapSetMode
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetMode, Command, Gap, GapCommandId::SetMode, "gap_set_mode")
    GATTSCOPE_BGAPI_FIELDS(discover, connect)
    using Response = GapSetModeResponse;
    GapDiscoverableMode discover = GapDiscoverableMode::NonDiscoverable;
    GapConnectableMode connect = GapConnectableMode::NonConnectable;
};

struct GapDiscoverResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapDiscoverResponse, Response, Gap, GapCommandId::Discover, "gap_discover")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
// Starts scanning; gap_scan_response events stream in until gap_end_procedure.
struct GapDiscover
{
    GATTSCOPE_BGAPI_MESSAGE(GapDiscover, Command, Gap, GapCommandId::Discover, "gap_discover")
    GATTSCOPE_BGAPI_FIELDS(mode)
    using Response = GapDiscoverResponse;
    GapDiscoverMode mode = GapDiscoverMode::Observation;
};

struct GapConnectDirectResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapConnectDirectResponse, Response, Gap, GapCommandId::ConnectDirect,
                            "gap_connect_direct")
    GATTSCOPE_BGAPI_FIELDS(result, connection)
    quint16 result = 0;
    quint8 connection = 0; // the handle the link will get
};
// Starts connecting; connection_status reports success, gap_end_procedure cancels.
// addressType is what is sent; address's own type is set from it on decode.
struct GapConnectDirect
{
    GATTSCOPE_BGAPI_MESSAGE(GapConnectDirect, Command, Gap, GapCommandId::ConnectDirect, "gap_connect_direct")
    GATTSCOPE_BGAPI_FIELDS(address, addressType, connIntervalMin, connIntervalMax, timeout, latency)
    using Response = GapConnectDirectResponse;
    DeviceAddress address;
    PeerAddressType addressType = PeerAddressType::Public;
    quint16 connIntervalMin = 60; // 1.25 ms units, 6..3200
    quint16 connIntervalMax = 76;
    quint16 timeout = 100; // supervision timeout, 10 ms units
    quint16 latency = 0;
    void afterDecode() { address = withPeerType(address, addressType); }
};

struct GapEndProcedureResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapEndProcedureResponse, Response, Gap, GapCommandId::EndProcedure,
                            "gap_end_procedure")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0; // 0x0181 when nothing was running
};
struct GapEndProcedure
{
    GATTSCOPE_BGAPI_MESSAGE(GapEndProcedure, Command, Gap, GapCommandId::EndProcedure, "gap_end_procedure")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = GapEndProcedureResponse;
};

struct GapConnectSelectiveResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapConnectSelectiveResponse, Response, Gap, GapCommandId::ConnectSelective,
                            "gap_connect_selective")
    GATTSCOPE_BGAPI_FIELDS(result, connection)
    quint16 result = 0;
    quint8 connection = 0;
};
struct GapConnectSelective
{
    GATTSCOPE_BGAPI_MESSAGE(GapConnectSelective, Command, Gap, GapCommandId::ConnectSelective,
                            "gap_connect_selective")
    GATTSCOPE_BGAPI_FIELDS(connIntervalMin, connIntervalMax, timeout, latency)
    using Response = GapConnectSelectiveResponse;
    quint16 connIntervalMin = 60;
    quint16 connIntervalMax = 76;
    quint16 timeout = 100;
    quint16 latency = 0;
};

struct GapSetFilteringResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetFilteringResponse, Response, Gap, GapCommandId::SetFiltering,
                            "gap_set_filtering")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct GapSetFiltering
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetFiltering, Command, Gap, GapCommandId::SetFiltering, "gap_set_filtering")
    GATTSCOPE_BGAPI_FIELDS(scanPolicy, advPolicy, scanDuplicateFiltering)
    using Response = GapSetFilteringResponse;
    quint8 scanPolicy = 0;
    quint8 advPolicy = 0;
    bool scanDuplicateFiltering = false;
};

struct GapSetScanParametersResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetScanParametersResponse, Response, Gap, GapCommandId::SetScanParameters,
                            "gap_set_scan_parameters")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct GapSetScanParameters
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetScanParameters, Command, Gap, GapCommandId::SetScanParameters,
                            "gap_set_scan_parameters")
    GATTSCOPE_BGAPI_FIELDS(scanInterval, scanWindow, active)
    using Response = GapSetScanParametersResponse;
    quint16 scanInterval = 75; // 0.625 ms units
    quint16 scanWindow = 50; // 0.625 ms units
    bool active = true; // send scan requests
};

struct GapSetAdvParametersResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetAdvParametersResponse, Response, Gap, GapCommandId::SetAdvParameters,
                            "gap_set_adv_parameters")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct GapSetAdvParameters
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetAdvParameters, Command, Gap, GapCommandId::SetAdvParameters,
                            "gap_set_adv_parameters")
    GATTSCOPE_BGAPI_FIELDS(advIntervalMin, advIntervalMax, advChannels)
    using Response = GapSetAdvParametersResponse;
    quint16 advIntervalMin = 0;
    quint16 advIntervalMax = 0;
    quint8 advChannels = 0x07;
};

struct GapSetAdvDataResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetAdvDataResponse, Response, Gap, GapCommandId::SetAdvData,
                            "gap_set_adv_data")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct GapSetAdvData
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetAdvData, Command, Gap, GapCommandId::SetAdvData, "gap_set_adv_data")
    GATTSCOPE_BGAPI_FIELDS(setScanResponse, advData)
    using Response = GapSetAdvDataResponse;
    bool setScanResponse = false;
    QByteArray advData;
};

struct GapSetDirectedConnectableModeResponse
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetDirectedConnectableModeResponse, Response, Gap,
                            GapCommandId::SetDirectedConnectableMode, "gap_set_directed_connectable_mode")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct GapSetDirectedConnectableMode
{
    GATTSCOPE_BGAPI_MESSAGE(GapSetDirectedConnectableMode, Command, Gap,
                            GapCommandId::SetDirectedConnectableMode, "gap_set_directed_connectable_mode")
    GATTSCOPE_BGAPI_FIELDS(address, addressType)
    using Response = GapSetDirectedConnectableModeResponse;
    DeviceAddress address;
    PeerAddressType addressType = PeerAddressType::Public;
    void afterDecode() { address = withPeerType(address, addressType); }
};

// One received advertising PDU (or scan response, packetType ScanResponse). data holds the
// raw AD structures. sender's type is set from addressType on decode.
struct GapScanResponseEvent
{
    GATTSCOPE_BGAPI_MESSAGE(GapScanResponseEvent, Event, Gap, GapEventId::ScanResponse, "gap_scan_response")
    GATTSCOPE_BGAPI_FIELDS(rssi, packetType, sender, addressType, bond, data)
    qint8 rssi = 0; // dBm
    ScanPacketType packetType = ScanPacketType::ConnectableAdvertisement;
    DeviceAddress sender;
    PeerAddressType addressType = PeerAddressType::Public;
    quint8 bond = kNoBond;
    QByteArray data;
    void afterDecode() { sender = withPeerType(sender, addressType); }
};

struct GapModeChangedEvent
{
    GATTSCOPE_BGAPI_MESSAGE(GapModeChangedEvent, Event, Gap, GapEventId::ModeChanged, "gap_mode_changed")
    GATTSCOPE_BGAPI_FIELDS(discover, connect)
    GapDiscoverableMode discover = GapDiscoverableMode::NonDiscoverable;
    GapConnectableMode connect = GapConnectableMode::NonConnectable;
};

} // namespace gattscope::bgapi
