// SPDX-License-Identifier: MIT
#pragma once

// Class 4 (attclient): GATT client procedures. Only one procedure may run per connection at
// a time (otherwise 0x0181 wrong_state); start the next after procedure_completed. UUIDs
// travel as uint8arrays of 2 or 16 little-endian bytes.

#include "bgapimessage.h"

namespace gattscope::bgapi {

struct AttclientFindByTypeValueResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientFindByTypeValueResponse, Response, Attclient,
                            AttclientCommandId::FindByTypeValue, "attclient_find_by_type_value")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// Find Attribute By Type Value: group_found-style results, then procedure_completed.
struct AttclientFindByTypeValue
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientFindByTypeValue, Command, Attclient, AttclientCommandId::FindByTypeValue,
                            "attclient_find_by_type_value")
    GATTSCOPE_BGAPI_FIELDS(connection, start, end, uuid, value)
    using Response = AttclientFindByTypeValueResponse;
    quint8 connection = 0;
    quint16 start = 0x0001;
    quint16 end = 0xFFFF;
    quint16 uuid = 0; // 16-bit attribute type, e.g. 0x2800 to find a primary service by UUID
    QByteArray value;
};

struct AttclientReadByGroupTypeResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadByGroupTypeResponse, Response, Attclient,
                            AttclientCommandId::ReadByGroupType, "attclient_read_by_group_type")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// One attclient_group_found per group, then attclient_procedure_completed.
struct AttclientReadByGroupType
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadByGroupType, Command, Attclient, AttclientCommandId::ReadByGroupType,
                            "attclient_read_by_group_type")
    GATTSCOPE_BGAPI_FIELDS(connection, start, end, uuid)
    using Response = AttclientReadByGroupTypeResponse;
    quint8 connection = 0;
    quint16 start = 0x0001;
    quint16 end = 0xFFFF;
    Uuid uuid = Uuid(0x2800); // group type, 0x2800 = primary services
};

struct AttclientReadByTypeResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadByTypeResponse, Response, Attclient, AttclientCommandId::ReadByType,
                            "attclient_read_by_type")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// One attclient_attribute_value (type ReadByType) per match, then procedure_completed.
struct AttclientReadByType
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadByType, Command, Attclient, AttclientCommandId::ReadByType,
                            "attclient_read_by_type")
    GATTSCOPE_BGAPI_FIELDS(connection, start, end, uuid)
    using Response = AttclientReadByTypeResponse;
    quint8 connection = 0;
    quint16 start = 0x0001;
    quint16 end = 0xFFFF;
    Uuid uuid = Uuid(0x2803);
};

struct AttclientFindInformationResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientFindInformationResponse, Response, Attclient,
                            AttclientCommandId::FindInformation, "attclient_find_information")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// One attclient_find_information_found per attribute in [start, end], ascending, then
// attclient_procedure_completed.
struct AttclientFindInformation
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientFindInformation, Command, Attclient, AttclientCommandId::FindInformation,
                            "attclient_find_information")
    GATTSCOPE_BGAPI_FIELDS(connection, start, end)
    using Response = AttclientFindInformationResponse;
    quint8 connection = 0;
    quint16 start = 0x0001;
    quint16 end = 0xFFFF;
};

struct AttclientReadByHandleResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadByHandleResponse, Response, Attclient,
                            AttclientCommandId::ReadByHandle, "attclient_read_by_handle")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// Success: one attclient_attribute_value (type Read, at most ATT_MTU-1 bytes) and *no*
// procedure_completed. Failure: attclient_procedure_completed carrying the 0x04xx error.
struct AttclientReadByHandle
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadByHandle, Command, Attclient, AttclientCommandId::ReadByHandle,
                            "attclient_read_by_handle")
    GATTSCOPE_BGAPI_FIELDS(connection, handle)
    using Response = AttclientReadByHandleResponse;
    quint8 connection = 0;
    quint16 handle = 0;
};

struct AttclientAttributeWriteResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientAttributeWriteResponse, Response, Attclient,
                            AttclientCommandId::AttributeWrite, "attclient_attribute_write")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// Write Request; attclient_procedure_completed follows when the peer answers.
struct AttclientAttributeWrite
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientAttributeWrite, Command, Attclient, AttclientCommandId::AttributeWrite,
                            "attclient_attribute_write")
    GATTSCOPE_BGAPI_FIELDS(connection, handle, data)
    using Response = AttclientAttributeWriteResponse;
    quint8 connection = 0;
    quint16 handle = 0;
    QByteArray data;
};

struct AttclientWriteCommandResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientWriteCommandResponse, Response, Attclient,
                            AttclientCommandId::WriteCommand, "attclient_write_command")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// Write Without Response: the response is all there is.
struct AttclientWriteCommand
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientWriteCommand, Command, Attclient, AttclientCommandId::WriteCommand,
                            "attclient_write_command")
    GATTSCOPE_BGAPI_FIELDS(connection, handle, data)
    using Response = AttclientWriteCommandResponse;
    quint8 connection = 0;
    quint16 handle = 0;
    QByteArray data;
};

struct AttclientIndicateConfirmResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientIndicateConfirmResponse, Response, Attclient,
                            AttclientCommandId::IndicateConfirm, "attclient_indicate_confirm")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
// Confirms an indication delivered as attribute_value type IndicateRspReq.
struct AttclientIndicateConfirm
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientIndicateConfirm, Command, Attclient, AttclientCommandId::IndicateConfirm,
                            "attclient_indicate_confirm")
    GATTSCOPE_BGAPI_FIELDS(connection)
    using Response = AttclientIndicateConfirmResponse;
    quint8 connection = 0;
};

struct AttclientReadLongResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadLongResponse, Response, Attclient, AttclientCommandId::ReadLong,
                            "attclient_read_long")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// attribute_value chunks (Read, then ReadBlob), then procedure_completed.
struct AttclientReadLong
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadLong, Command, Attclient, AttclientCommandId::ReadLong,
                            "attclient_read_long")
    GATTSCOPE_BGAPI_FIELDS(connection, handle)
    using Response = AttclientReadLongResponse;
    quint8 connection = 0;
    quint16 handle = 0;
};

struct AttclientPrepareWriteResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientPrepareWriteResponse, Response, Attclient,
                            AttclientCommandId::PrepareWrite, "attclient_prepare_write")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// Queues part of a long write; procedure_completed follows.
struct AttclientPrepareWrite
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientPrepareWrite, Command, Attclient, AttclientCommandId::PrepareWrite,
                            "attclient_prepare_write")
    GATTSCOPE_BGAPI_FIELDS(connection, handle, offset, data)
    using Response = AttclientPrepareWriteResponse;
    quint8 connection = 0;
    quint16 handle = 0;
    quint16 offset = 0;
    QByteArray data;
};

struct AttclientExecuteWriteResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientExecuteWriteResponse, Response, Attclient,
                            AttclientCommandId::ExecuteWrite, "attclient_execute_write")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// Commits (or cancels) the prepared writes; procedure_completed follows.
struct AttclientExecuteWrite
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientExecuteWrite, Command, Attclient, AttclientCommandId::ExecuteWrite,
                            "attclient_execute_write")
    GATTSCOPE_BGAPI_FIELDS(connection, commit)
    using Response = AttclientExecuteWriteResponse;
    quint8 connection = 0;
    bool commit = true; // false cancels the queued writes
};

struct AttclientReadMultipleResponse
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadMultipleResponse, Response, Attclient,
                            AttclientCommandId::ReadMultiple, "attclient_read_multiple")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// Answered by attclient_read_multiple_response.
struct AttclientReadMultiple
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadMultiple, Command, Attclient, AttclientCommandId::ReadMultiple,
                            "attclient_read_multiple")
    GATTSCOPE_BGAPI_FIELDS(connection, handles)
    using Response = AttclientReadMultipleResponse;
    quint8 connection = 0;
    QList<quint16> handles;
};
// The remote confirmed an indication this dongle sent as a GATT server.
struct AttclientIndicatedEvent
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientIndicatedEvent, Event, Attclient, AttclientEventId::Indicated,
                            "attclient_indicated")
    GATTSCOPE_BGAPI_FIELDS(connection, handle)
    quint8 connection = 0;
    quint16 handle = 0;
};

// Ends a procedure. result is 0 or an error (0x04xx ATT, for a failed read_by_handle too);
// handle is the characteristic handle the procedure was about (or the range end).
struct AttclientProcedureCompletedEvent
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientProcedureCompletedEvent, Event, Attclient,
                            AttclientEventId::ProcedureCompleted, "attclient_procedure_completed")
    GATTSCOPE_BGAPI_FIELDS(connection, result, handle)
    quint8 connection = 0;
    quint16 result = 0;
    quint16 handle = 0;
};

// One service (group) found by read_by_group_type.
struct AttclientGroupFoundEvent
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientGroupFoundEvent, Event, Attclient, AttclientEventId::GroupFound,
                            "attclient_group_found")
    GATTSCOPE_BGAPI_FIELDS(connection, start, end, uuid)
    quint8 connection = 0;
    quint16 start = 0;
    quint16 end = 0;
    Uuid uuid;
};

struct AttclientAttributeFoundEvent
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientAttributeFoundEvent, Event, Attclient, AttclientEventId::AttributeFound,
                            "attclient_attribute_found")
    GATTSCOPE_BGAPI_FIELDS(connection, declarationHandle, valueHandle, properties, uuid)
    quint8 connection = 0;
    quint16 declarationHandle = 0;
    quint16 valueHandle = 0;
    quint8 properties = 0;
    Uuid uuid;
};

// One attribute found by find_information: its handle and its *type* UUID.
struct AttclientFindInformationFoundEvent
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientFindInformationFoundEvent, Event, Attclient,
                            AttclientEventId::FindInformationFound, "attclient_find_information_found")
    GATTSCOPE_BGAPI_FIELDS(connection, handle, uuid)
    quint8 connection = 0;
    quint16 handle = 0;
    Uuid uuid;
};

// Read results, notifications, indications and read_by_type rows all arrive as this event;
// type tells them apart. For the hot path see bgapi::AttributeValueView.
struct AttclientAttributeValueEvent
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientAttributeValueEvent, Event, Attclient, AttclientEventId::AttributeValue,
                            "attclient_attribute_value")
    GATTSCOPE_BGAPI_FIELDS(connection, handle, type, value)
    quint8 connection = 0;
    quint16 handle = 0;
    AttributeValueType type = AttributeValueType::Read;
    QByteArray value;
};

// The concatenated values of a read_multiple.
struct AttclientReadMultipleResponseEvent
{
    GATTSCOPE_BGAPI_MESSAGE(AttclientReadMultipleResponseEvent, Event, Attclient,
                            AttclientEventId::ReadMultipleResponse, "attclient_read_multiple_response")
    GATTSCOPE_BGAPI_FIELDS(connection, values)
    quint8 connection = 0;
    QByteArray values;
};

} // namespace gattscope::bgapi
