// SPDX-License-Identifier: MIT
#pragma once

// Enumerations of the BLED112 ("old" Bluegiga) BGAPI: header fields, class and message IDs,
// and the enumerated fields of the messages a GATT central uses. See PROTOCOL.md.

#include <QFlags>
#include <QtGlobal>

namespace gattscope::bgapi {

// Which side sent a packet. Commands and responses share class and message IDs, so the
// direction is needed to tell them apart (the header's type bit only separates events).
enum class Direction : quint8 {
    HostToDevice, // commands
    DeviceToHost, // responses and events
};

// What a typed message is. Responses answer the command with the same class and ID.
enum class Kind : quint8 {
    Command,
    Response,
    Event,
};

// Bit 7 of header byte 0.
enum class MessageType : quint8 {
    CommandOrResponse = 0,
    Event = 1,
};

// Bits 6..3 of header byte 0. The BLED112 always uses BluetoothSmart.
enum class Technology : quint8 {
    BluetoothSmart = 0,
    WiFi = 1,
};

enum class MessageClass : quint8 {
    System = 0,
    Flash = 1,
    Attributes = 2,
    Connection = 3,
    Attclient = 4,
    Sm = 5,
    Gap = 6,
    Hardware = 7,
    Test = 8,
    Dfu = 9,
};

// Message IDs, per class. A response carries the ID of its command.
enum class SystemCommandId : quint8 {
    Reset = 0,
    Hello = 1,
    AddressGet = 2,
    GetCounters = 5,
    GetConnections = 6,
    GetInfo = 8,
    WhitelistAppend = 10,
    WhitelistRemove = 11,
    WhitelistClear = 12,
};
enum class SystemEventId : quint8 {
    Boot = 0,
    Debug = 1,
    EndpointWatermarkRx = 2,
    EndpointWatermarkTx = 3,
    ScriptFailure = 4,
    NoLicenseKey = 5,
    ProtocolError = 6,
};
enum class FlashCommandId : quint8 {
    PsDump = 1,
    PsEraseAll = 2,
    PsSave = 3,
    PsLoad = 4,
    PsErase = 5,
};
enum class FlashEventId : quint8 {
    PsKey = 0,
};
enum class ConnectionCommandId : quint8 {
    Disconnect = 0,
    GetRssi = 1,
    Update = 2,
    VersionUpdate = 3,
    GetStatus = 7,
};
enum class ConnectionEventId : quint8 {
    Status = 0,
    VersionInd = 1,
    FeatureInd = 2,
    Disconnected = 4,
};
enum class AttclientCommandId : quint8 {
    FindByTypeValue = 0,
    ReadByGroupType = 1,
    ReadByType = 2,
    FindInformation = 3,
    ReadByHandle = 4,
    AttributeWrite = 5,
    WriteCommand = 6,
    IndicateConfirm = 7,
    ReadLong = 8,
    PrepareWrite = 9,
    ExecuteWrite = 10,
    ReadMultiple = 11,
};
enum class AttclientEventId : quint8 {
    Indicated = 0,
    ProcedureCompleted = 1,
    GroupFound = 2,
    AttributeFound = 3,
    FindInformationFound = 4,
    AttributeValue = 5,
    ReadMultipleResponse = 6,
};
enum class SmCommandId : quint8 {
    EncryptStart = 0,
    SetBondableMode = 1,
    DeleteBonding = 2,
    SetParameters = 3,
    PasskeyEntry = 4,
    GetBonds = 5,
    SetOobData = 6,
};
enum class SmEventId : quint8 {
    SmpData = 0,
    BondingFail = 1,
    PasskeyDisplay = 2,
    PasskeyRequest = 3,
    BondStatus = 4,
};
enum class GapCommandId : quint8 {
    SetPrivacyFlags = 0,
    SetMode = 1,
    Discover = 2,
    ConnectDirect = 3,
    EndProcedure = 4,
    ConnectSelective = 5,
    SetFiltering = 6,
    SetScanParameters = 7,
    SetAdvParameters = 8,
    SetAdvData = 9,
    SetDirectedConnectableMode = 10,
};
enum class GapEventId : quint8 {
    ScanResponse = 0,
    ModeChanged = 1,
};

// --- enumerated message fields. Values outside the listed ones are kept as they are (an
// enum class holds any quint8), so decoding never loses information.

// connection_status.flags
enum class ConnectionFlag : quint8 {
    Connected = 0x01,
    Encrypted = 0x02,
    Completed = 0x04, // connection set up; a new link reports Connected | Completed (0x05)
    ParametersChange = 0x08,
};
Q_DECLARE_FLAGS(ConnectionFlags, ConnectionFlag)

// attclient_attribute_value.type
enum class AttributeValueType : quint8 {
    Read = 0,
    Notify = 1,
    Indicate = 2,
    ReadByType = 3,
    ReadBlob = 4,
    IndicateRspReq = 5, // indicated, and the peer waits for attclient_indicate_confirm
};

// gap_scan_response.packet_type
enum class ScanPacketType : quint8 {
    ConnectableAdvertisement = 0,
    DirectedAdvertisement = 1, // presumed; not confirmed from a primary source
    NonConnectableAdvertisement = 2,
    ScanResponse = 4,
    DiscoverableAdvertisement = 6, // scannable, not connectable
};

// address_type / addr_type as BGAPI carries it (the random sub-type is not sent).
enum class PeerAddressType : quint8 {
    Public = 0,
    Random = 1,
};

// gap_set_mode.discover
enum class GapDiscoverableMode : quint8 {
    NonDiscoverable = 0,
    Limited = 1,
    General = 2,
    Broadcast = 3,
    UserData = 4,
    EnhancedBroadcasting = 0x80,
};

// gap_set_mode.connect
enum class GapConnectableMode : quint8 {
    NonConnectable = 0,
    DirectedConnectable = 1,
    UndirectedConnectable = 2,
    ScannableConnectable = 3,
};

// gap_discover.mode
enum class GapDiscoverMode : quint8 {
    Limited = 0,
    Generic = 1,
    Observation = 2, // reports every advertiser
};

// sm_set_parameters.io_capabilities
enum class SmIoCapabilities : quint8 {
    DisplayOnly = 0,
    DisplayYesNo = 1,
    KeyboardOnly = 2,
    NoInputNoOutput = 3,
    KeyboardDisplay = 4,
};

// sm_bond_status.keys
enum class SmBondKey : quint8 {
    Ltk = 0x01,
    PublicAddress = 0x02,
    StaticAddress = 0x04,
    Irk = 0x08,
    EdivRand = 0x10,
    Csrk = 0x20,
    MasterId = 0x40,
};
Q_DECLARE_FLAGS(SmBondKeys, SmBondKey)

// Bond handle meaning "not bonded" (gap_scan_response.bond, connection_status.bonding).
inline constexpr quint8 kNoBond = 0xFF;

} // namespace gattscope::bgapi

Q_DECLARE_OPERATORS_FOR_FLAGS(gattscope::bgapi::ConnectionFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(gattscope::bgapi::SmBondKeys)
