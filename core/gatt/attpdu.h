// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>

#include <QByteArray>
#include <QList>

namespace gattscope {

// ATT opcodes (Core spec Vol 3 Part F §3.4.8).
enum class AttOpcode : quint8 {
    ErrorResponse = 0x01,
    ExchangeMtuRequest = 0x02,
    ExchangeMtuResponse = 0x03,
    FindInformationRequest = 0x04,
    FindInformationResponse = 0x05,
    FindByTypeValueRequest = 0x06,
    FindByTypeValueResponse = 0x07,
    ReadByTypeRequest = 0x08,
    ReadByTypeResponse = 0x09,
    ReadRequest = 0x0A,
    ReadResponse = 0x0B,
    ReadBlobRequest = 0x0C,
    ReadBlobResponse = 0x0D,
    ReadByGroupTypeRequest = 0x10,
    ReadByGroupTypeResponse = 0x11,
    WriteRequest = 0x12,
    WriteResponse = 0x13,
    PrepareWriteRequest = 0x16,
    PrepareWriteResponse = 0x17,
    ExecuteWriteRequest = 0x18,
    ExecuteWriteResponse = 0x19,
    HandleValueNotification = 0x1B,
    HandleValueIndication = 0x1D,
    HandleValueConfirmation = 0x1E,
    WriteCommand = 0x52,
};

// Builders of ATT PDUs (opcode + parameters, all multi-byte fields little-endian), for
// exporters that record GATT *operations* — what a BGAPI dongle reports — and need the
// bytes that would have crossed the air (btsnoop files for Wireshark). Nothing is checked
// against an MTU: a value is copied whole, as a capture of a large-MTU link would show it.
namespace AttPdu {

struct HandleValue
{
    quint16 handle = 0;
    QByteArray value;
};

struct GroupValue
{
    quint16 startHandle = 0;
    quint16 endHandle = 0;
    QByteArray value; // for services: the service UUID in ATT byte order
};

struct HandleUuid
{
    quint16 handle = 0;
    Uuid uuid;
};

struct HandleRange
{
    quint16 foundHandle = 0;
    quint16 groupEndHandle = 0;
};

QByteArray errorResponse(AttOpcode requestOpcode, quint16 handle, quint8 errorCode);

QByteArray exchangeMtuRequest(quint16 clientRxMtu);
QByteArray exchangeMtuResponse(quint16 serverRxMtu);

QByteArray findInformationRequest(quint16 startHandle, quint16 endHandle);
// Format 0x01 (16-bit UUIDs) when every UUID has a 16-bit form, otherwise format 0x02 with
// every UUID written as 128 bits (a 16-bit UUID expanded into the base UUID), so one PDU
// always carries the whole list.
QByteArray findInformationResponse(const QList<HandleUuid> &information);

// The attribute type is always 16 bits here (ATT sends 2 bytes), e.g. 0x2800 to find a
// primary service by its UUID.
QByteArray findByTypeValueRequest(quint16 startHandle, quint16 endHandle, quint16 type,
                                  const QByteArray &value);
QByteArray findByTypeValueResponse(const QList<HandleRange> &ranges);

QByteArray readByTypeRequest(quint16 startHandle, quint16 endHandle, const Uuid &type);
// All rows of one response have the same value length (the length field covers one row).
// As an ATT server does, the response stops before the first row whose value length
// differs from the first row's; callers with mixed lengths build one PDU per run.
QByteArray readByTypeResponse(const QList<HandleValue> &rows);

QByteArray readRequest(quint16 handle);
QByteArray readResponse(const QByteArray &value);
QByteArray readBlobRequest(quint16 handle, quint16 offset);
QByteArray readBlobResponse(const QByteArray &partValue);

QByteArray readByGroupTypeRequest(quint16 startHandle, quint16 endHandle, const Uuid &groupType);
// Same length rule as readByTypeResponse().
QByteArray readByGroupTypeResponse(const QList<GroupValue> &groups);

QByteArray writeRequest(quint16 handle, const QByteArray &value);
QByteArray writeResponse();
QByteArray writeCommand(quint16 handle, const QByteArray &value);

QByteArray prepareWriteRequest(quint16 handle, quint16 offset, const QByteArray &partValue);
QByteArray prepareWriteResponse(quint16 handle, quint16 offset, const QByteArray &partValue);
// `execute` true: flags 0x01 (write all prepared values); false: 0x00 (cancel).
QByteArray executeWriteRequest(bool execute);
QByteArray executeWriteResponse();

QByteArray notification(quint16 handle, const QByteArray &value);
QByteArray indication(quint16 handle, const QByteArray &value);
QByteArray confirmation();

} // namespace AttPdu

} // namespace gattscope
