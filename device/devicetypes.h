// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// The plain value types of the blocking facade (Adapter, Device): standard C++ types only
/// (std::string, std::vector, integers), so that programs without Qt of their own and the
/// Python bindings can use them as they are.

#include <gattscope/core/base/error.h>
#include <gattscope/core/base/export.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace gattscope {

/// Bytes of an attribute value, as they travel (no byte order applied).
using Bytes = std::vector<std::uint8_t>;

/// Upper-case hex with spaces, "0A 1B 2C": for printing values.
GATTSCOPE_EXPORT std::string bytesToHex(const Bytes &bytes);
/// Parses hex text ("0a1b2c", "0A 1B 2C"); throws InvalidArgumentException naming the
/// position of the first bad character.
GATTSCOPE_EXPORT Bytes bytesFromHex(const std::string &text);

/// A typed failure as plain values: what the exceptions carry and what the
/// on-disconnected callback receives as its reason.
struct GATTSCOPE_EXPORT ErrorInfo
{
    Error::Kind kind = Error::Kind::None;
    std::uint16_t code = 0; ///< ATT error code, HCI status, SMP reason … (by kind)
    std::string name; ///< "Insufficient Authentication", "Connection Timeout", "Timeout"
    std::string message; ///< context, may be empty
    std::string text; ///< one line for users: kind, code, name and message

    static ErrorInfo from(const Error &error);
};

/// One advertising report, decoded. Adapter::scan() merges the reports of one device
/// (advertisement and scan response) into one ScanResult per address.
struct GATTSCOPE_EXPORT ScanResult
{
    std::string address; ///< "C0:98:E5:49:00:01"
    bool randomAddress = false; ///< random (static or private) rather than public
    std::string name; ///< advertised local name; empty when none was heard
    int rssi = 0; ///< dBm; 127 when the controller did not measure it
    bool connectable = false;
    std::vector<std::string> serviceUuids; ///< advertised services, shortest form ("180D")
    /// Manufacturer-specific data: company identifier and the bytes after it.
    std::vector<std::pair<std::uint16_t, Bytes>> manufacturerData;
    Bytes advertisingData; ///< the AD structures of the last advertisement, as received
    Bytes scanResponseData; ///< those of the last scan response (active scans)
    std::int64_t timestampUs = 0; ///< µs since the Unix epoch, when last heard
};

/// Characteristic properties (the declaration's byte, Core spec Vol 3 Part G §3.3.1.1, and
/// the extended properties above it), as bit flags in CharacteristicInfo::properties.
enum class Property : std::uint16_t {
    Broadcast = 0x01,
    Read = 0x02,
    WriteWithoutResponse = 0x04,
    Write = 0x08,
    Notify = 0x10,
    Indicate = 0x20,
    AuthenticatedSignedWrites = 0x40,
    ExtendedProperties = 0x80,
    ReliableWrite = 0x100,
    WritableAuxiliaries = 0x200,
};

/// A descriptor found by discovery.
struct GATTSCOPE_EXPORT DescriptorInfo
{
    std::uint16_t handle = 0;
    std::string uuid; ///< shortest form: "2902", or the 36-character form
    std::string name; ///< "Client Characteristic Configuration"; empty when unknown
};

/// A characteristic found by discovery.
struct GATTSCOPE_EXPORT CharacteristicInfo
{
    std::uint16_t handle = 0; ///< the value handle: what read(), write(), subscribe() take
    std::uint16_t declarationHandle = 0;
    std::uint16_t endHandle = 0; ///< last handle of the characteristic (its descriptors)
    std::string uuid; ///< shortest form: "2A37", or the 36-character form
    std::string name; ///< "Heart Rate Measurement", a User Description, or empty
    std::string serviceUuid; ///< the service it belongs to
    std::uint16_t serviceHandle = 0; ///< start handle of that service
    std::uint16_t properties = 0; ///< Property bits
    std::vector<DescriptorInfo> descriptors;

    bool has(Property property) const { return (properties & std::uint16_t(property)) != 0; }
};

/// How read() reads.
enum class ReadMode : std::uint8_t {
    Auto, ///< one Read Request; continues with Read Blob Requests when the value fills the PDU
    Short, ///< one Read Request: at most MTU − 1 bytes
    Long, ///< Read Request and Read Blob Requests until the value ends
};

/// How write() writes.
enum class WriteMode : std::uint8_t {
    WithResponse, ///< Write Request: returns once the peer confirmed
    WithoutResponse, ///< Write Command: returns once the backend sent it; no confirmation
    Long, ///< Prepare Write Requests + Execute Write (values longer than MTU − 3)
    Auto, ///< WithResponse when the value fits, Long otherwise
};

/// What subscribe() asks the peer for.
enum class SubscribeMode : std::uint8_t {
    Auto, ///< notifications when the characteristic notifies, else indications
    Notify,
    Indicate,
};

/// A value the peer pushed, as a subscription callback receives it.
struct GATTSCOPE_EXPORT ReceivedValue
{
    std::uint16_t handle = 0; ///< value handle
    Bytes value;
    std::int64_t timestampUs = 0; ///< µs since the Unix epoch, when the bytes reached the host
    bool indication = false; ///< an indication (confirmed by the backend), not a notification
    /// Values of this characteristic that were lost just before this one: the callbacks fell
    /// so far behind that their queue's limit was reached, or the hand-off from the backend
    /// thread overflowed. 0 normally.
    std::uint64_t lostBefore = 0;
};

} // namespace gattscope
