// SPDX-License-Identifier: MIT
#include "attpdu.h"

namespace gattscope::AttPdu {

namespace {

QByteArray start(AttOpcode opcode)
{
    QByteArray pdu;
    pdu.append(char(opcode));
    return pdu;
}

void appendLe16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}

// Little-endian 16 bytes, whatever the UUID's shortest form.
QByteArray uuid128Le(const Uuid &uuid)
{
    const std::array<quint8, 16> &be = uuid.bigEndianBytes();
    QByteArray out;
    out.reserve(16);
    for (int i = 15; i >= 0; --i)
        out.append(char(be[size_t(i)]));
    return out;
}

QByteArray handleAndValue(AttOpcode opcode, quint16 handle, const QByteArray &value)
{
    QByteArray pdu = start(opcode);
    appendLe16(pdu, handle);
    pdu.append(value);
    return pdu;
}

QByteArray range(AttOpcode opcode, quint16 startHandle, quint16 endHandle)
{
    QByteArray pdu = start(opcode);
    appendLe16(pdu, startHandle);
    appendLe16(pdu, endHandle);
    return pdu;
}

} // namespace

QByteArray errorResponse(AttOpcode requestOpcode, quint16 handle, quint8 errorCode)
{
    QByteArray pdu = start(AttOpcode::ErrorResponse);
    pdu.append(char(requestOpcode));
    appendLe16(pdu, handle);
    pdu.append(char(errorCode));
    return pdu;
}

QByteArray exchangeMtuRequest(quint16 clientRxMtu)
{
    QByteArray pdu = start(AttOpcode::ExchangeMtuRequest);
    appendLe16(pdu, clientRxMtu);
    return pdu;
}

QByteArray exchangeMtuResponse(quint16 serverRxMtu)
{
    QByteArray pdu = start(AttOpcode::ExchangeMtuResponse);
    appendLe16(pdu, serverRxMtu);
    return pdu;
}

QByteArray findInformationRequest(quint16 startHandle, quint16 endHandle)
{
    return range(AttOpcode::FindInformationRequest, startHandle, endHandle);
}

QByteArray findInformationResponse(const QList<HandleUuid> &information)
{
    bool all16 = true;
    for (const HandleUuid &item : information)
        all16 = all16 && item.uuid.minimumWidth() == Uuid::Width::Bits16;
    QByteArray pdu = start(AttOpcode::FindInformationResponse);
    pdu.append(char(all16 ? 0x01 : 0x02));
    for (const HandleUuid &item : information) {
        appendLe16(pdu, item.handle);
        pdu.append(all16 ? item.uuid.toAttBytes() : uuid128Le(item.uuid));
    }
    return pdu;
}

QByteArray findByTypeValueRequest(quint16 startHandle, quint16 endHandle, quint16 type,
                                  const QByteArray &value)
{
    QByteArray pdu = range(AttOpcode::FindByTypeValueRequest, startHandle, endHandle);
    appendLe16(pdu, type);
    pdu.append(value);
    return pdu;
}

QByteArray findByTypeValueResponse(const QList<HandleRange> &ranges)
{
    QByteArray pdu = start(AttOpcode::FindByTypeValueResponse);
    for (const HandleRange &r : ranges) {
        appendLe16(pdu, r.foundHandle);
        appendLe16(pdu, r.groupEndHandle);
    }
    return pdu;
}

QByteArray readByTypeRequest(quint16 startHandle, quint16 endHandle, const Uuid &type)
{
    QByteArray pdu = range(AttOpcode::ReadByTypeRequest, startHandle, endHandle);
    pdu.append(type.toAttBytes());
    return pdu;
}

QByteArray readByTypeResponse(const QList<HandleValue> &rows)
{
    QByteArray pdu = start(AttOpcode::ReadByTypeResponse);
    const qsizetype valueLength = rows.isEmpty() ? 0 : rows.first().value.size();
    // The length field is one byte: handle (2) + value.
    pdu.append(char(quint8(qMin<qsizetype>(2 + valueLength, 0xFF))));
    for (const HandleValue &row : rows) {
        if (row.value.size() != valueLength)
            break;
        appendLe16(pdu, row.handle);
        pdu.append(row.value.left(0xFF - 2));
    }
    return pdu;
}

QByteArray readRequest(quint16 handle)
{
    QByteArray pdu = start(AttOpcode::ReadRequest);
    appendLe16(pdu, handle);
    return pdu;
}

QByteArray readResponse(const QByteArray &value)
{
    return start(AttOpcode::ReadResponse) + value;
}

QByteArray readBlobRequest(quint16 handle, quint16 offset)
{
    QByteArray pdu = start(AttOpcode::ReadBlobRequest);
    appendLe16(pdu, handle);
    appendLe16(pdu, offset);
    return pdu;
}

QByteArray readBlobResponse(const QByteArray &partValue)
{
    return start(AttOpcode::ReadBlobResponse) + partValue;
}

QByteArray readByGroupTypeRequest(quint16 startHandle, quint16 endHandle, const Uuid &groupType)
{
    QByteArray pdu = range(AttOpcode::ReadByGroupTypeRequest, startHandle, endHandle);
    pdu.append(groupType.toAttBytes());
    return pdu;
}

QByteArray readByGroupTypeResponse(const QList<GroupValue> &groups)
{
    QByteArray pdu = start(AttOpcode::ReadByGroupTypeResponse);
    const qsizetype valueLength = groups.isEmpty() ? 0 : groups.first().value.size();
    // The length field is one byte: start (2) + end (2) + value.
    pdu.append(char(quint8(qMin<qsizetype>(4 + valueLength, 0xFF))));
    for (const GroupValue &group : groups) {
        if (group.value.size() != valueLength)
            break;
        appendLe16(pdu, group.startHandle);
        appendLe16(pdu, group.endHandle);
        pdu.append(group.value.left(0xFF - 4));
    }
    return pdu;
}

QByteArray writeRequest(quint16 handle, const QByteArray &value)
{
    return handleAndValue(AttOpcode::WriteRequest, handle, value);
}

QByteArray writeResponse()
{
    return start(AttOpcode::WriteResponse);
}

QByteArray writeCommand(quint16 handle, const QByteArray &value)
{
    return handleAndValue(AttOpcode::WriteCommand, handle, value);
}

QByteArray prepareWriteRequest(quint16 handle, quint16 offset, const QByteArray &partValue)
{
    QByteArray pdu = start(AttOpcode::PrepareWriteRequest);
    appendLe16(pdu, handle);
    appendLe16(pdu, offset);
    pdu.append(partValue);
    return pdu;
}

QByteArray prepareWriteResponse(quint16 handle, quint16 offset, const QByteArray &partValue)
{
    QByteArray pdu = prepareWriteRequest(handle, offset, partValue);
    pdu[0] = char(AttOpcode::PrepareWriteResponse);
    return pdu;
}

QByteArray executeWriteRequest(bool execute)
{
    QByteArray pdu = start(AttOpcode::ExecuteWriteRequest);
    pdu.append(char(execute ? 0x01 : 0x00));
    return pdu;
}

QByteArray executeWriteResponse()
{
    return start(AttOpcode::ExecuteWriteResponse);
}

QByteArray notification(quint16 handle, const QByteArray &value)
{
    return handleAndValue(AttOpcode::HandleValueNotification, handle, value);
}

QByteArray indication(quint16 handle, const QByteArray &value)
{
    return handleAndValue(AttOpcode::HandleValueIndication, handle, value);
}

QByteArray confirmation()
{
    return start(AttOpcode::HandleValueConfirmation);
}

} // namespace gattscope::AttPdu
