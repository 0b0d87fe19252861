// SPDX-License-Identifier: MIT
#include "fakeattserver.h"

#include "bytes_p.h"

#include <gattscope/backends/virtual/faultinjector.h>
#include <gattscope/backends/virtual/virtualperipheral.h>
#include <gattscope/core/base/error.h>
#include <gattscope/core/gatt/attpdu.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <algorithm>

namespace gattscope {

namespace {

quint16 le16(QByteArrayView p, qsizetype at)
{
    return quint16(quint8(p.at(at)) | (quint8(p.at(at + 1)) << 8));
}

void appendLe16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}

QByteArray error(quint8 requestOpcode, quint16 handle, quint8 code)
{
    return AttPdu::errorResponse(AttOpcode(requestOpcode), handle, code);
}

constexpr quint8 code(AttError e)
{
    return quint8(e);
}

// The shortest ATT form: 2 bytes for 16-bit UUIDs, 16 otherwise.
QByteArray uuidBytes(const Uuid &uuid)
{
    return uuid.toAttBytes();
}

} // namespace

FakeAttServer::FakeAttServer(VirtualPeripheral *peripheral, FaultInjector *faults, QObject *parent)
    : QObject(parent)
    , m_peripheral(peripheral)
    , m_faults(faults)
{
    connect(m_peripheral, &VirtualPeripheral::valueGenerated, this, &FakeAttServer::onValueGenerated);
}

FakeAttServer::~FakeAttServer() = default;

QString FakeAttServer::commandName(quint8 opcode)
{
    switch (AttOpcode(opcode)) {
    case AttOpcode::ExchangeMtuRequest: return QStringLiteral("attclient_exchange_mtu");
    case AttOpcode::FindInformationRequest: return QStringLiteral("attclient_find_information");
    case AttOpcode::FindByTypeValueRequest: return QStringLiteral("attclient_find_by_type_value");
    case AttOpcode::ReadByTypeRequest: return QStringLiteral("attclient_read_by_type");
    case AttOpcode::ReadRequest: return QStringLiteral("attclient_read_by_handle");
    case AttOpcode::ReadBlobRequest: return QStringLiteral("attclient_read_long");
    case AttOpcode::ReadByGroupTypeRequest: return QStringLiteral("attclient_read_by_group_type");
    case AttOpcode::WriteRequest: return QStringLiteral("attclient_attribute_write");
    case AttOpcode::WriteCommand: return QStringLiteral("attclient_write_command");
    case AttOpcode::PrepareWriteRequest: return QStringLiteral("attclient_prepare_write");
    case AttOpcode::ExecuteWriteRequest: return QStringLiteral("attclient_execute_write");
    case AttOpcode::HandleValueConfirmation: return QStringLiteral("attclient_indicate_confirm");
    default: break;
    }
    return QStringLiteral("att_0x%1").arg(opcode, 2, 16, QLatin1Char('0'));
}

quint8 FakeAttServer::faultFor(quint8 opcode, quint16 handle)
{
    if (!m_faults)
        return 0;
    return m_faults->takeAttError(commandName(opcode), handle, m_peripheral->address()).value_or(0);
}

QByteArray FakeAttServer::handle(QByteArrayView pdu)
{
    if (pdu.isEmpty())
        return {};
    const quint8 opcode = quint8(pdu.at(0));
    // Minimum lengths per request; a short PDU is answered with Invalid PDU.
    auto need = [&](qsizetype length) {
        return pdu.size() >= length;
    };
    switch (AttOpcode(opcode)) {
    case AttOpcode::ExchangeMtuRequest: {
        if (!need(3))
            return error(opcode, 0, code(AttError::InvalidPdu));
        m_mtu = std::clamp(int(le16(pdu, 1)), 23, kServerMtu);
        return AttPdu::exchangeMtuResponse(kServerMtu);
    }
    case AttOpcode::FindInformationRequest:
        return need(5) ? findInformation(pdu) : error(opcode, 0, code(AttError::InvalidPdu));
    case AttOpcode::FindByTypeValueRequest:
        return need(7) ? findByTypeValue(pdu) : error(opcode, 0, code(AttError::InvalidPdu));
    case AttOpcode::ReadByTypeRequest:
        return need(7) ? readByType(pdu) : error(opcode, 0, code(AttError::InvalidPdu));
    case AttOpcode::ReadRequest: return need(3) ? read(pdu) : error(opcode, 0, code(AttError::InvalidPdu));
    case AttOpcode::ReadBlobRequest:
        return need(5) ? readBlob(pdu) : error(opcode, 0, code(AttError::InvalidPdu));
    case AttOpcode::ReadByGroupTypeRequest:
        return need(7) ? readByGroupType(pdu) : error(opcode, 0, code(AttError::InvalidPdu));
    case AttOpcode::WriteRequest:
        return need(3) ? write(pdu, false) : error(opcode, 0, code(AttError::InvalidPdu));
    case AttOpcode::WriteCommand:
        if (need(3))
            write(pdu, true);
        return {};
    case AttOpcode::PrepareWriteRequest:
        return need(5) ? prepareWrite(pdu) : error(opcode, 0, code(AttError::InvalidPdu));
    case AttOpcode::ExecuteWriteRequest:
        return need(2) ? executeWrite(pdu) : error(opcode, 0, code(AttError::InvalidPdu));
    case AttOpcode::HandleValueConfirmation: onConfirmation(); return {};
    default: break;
    }
    // Commands (bit 6) and anything else the client is not supposed to send are ignored;
    // unknown requests get Request Not Supported.
    if (opcode & 0x40)
        return {};
    return error(opcode, 0, code(AttError::RequestNotSupported));
}

QByteArray FakeAttServer::findInformation(QByteArrayView p)
{
    const quint16 start = le16(p, 1);
    const quint16 end = le16(p, 3);
    QList<VirtualGattServer::FoundInformation> found;
    if (const quint8 e = m_peripheral->gatt().findInformation(start, end, &found))
        return error(quint8(p.at(0)), start, e);
    const bool short16 = found.constFirst().type.minimumWidth() == Uuid::Width::Bits16;
    QByteArray out;
    out.append(char(AttOpcode::FindInformationResponse));
    out.append(char(short16 ? 0x01 : 0x02));
    const qsizetype rowSize = short16 ? 4 : 18;
    for (const VirtualGattServer::FoundInformation &f : std::as_const(found)) {
        const bool is16 = f.type.minimumWidth() == Uuid::Width::Bits16;
        if (is16 != short16 || out.size() + rowSize > m_mtu)
            break;
        appendLe16(out, f.handle);
        out.append(uuidBytes(f.type));
    }
    return out;
}

QByteArray FakeAttServer::findByTypeValue(QByteArrayView p)
{
    const quint16 start = le16(p, 1);
    const quint16 end = le16(p, 3);
    const Uuid type(le16(p, 5));
    QList<VirtualGattServer::Group> groups;
    if (const quint8 e
        = m_peripheral->gatt().findByTypeValue(start, end, type, midView(p, 7).toByteArray(), &groups))
        return error(quint8(p.at(0)), start, e);
    QByteArray out;
    out.append(char(AttOpcode::FindByTypeValueResponse));
    for (const VirtualGattServer::Group &g : std::as_const(groups)) {
        if (out.size() + 4 > m_mtu)
            break;
        appendLe16(out, g.start);
        appendLe16(out, g.end);
    }
    return out;
}

QByteArray FakeAttServer::readByType(QByteArrayView p)
{
    const quint8 opcode = quint8(p.at(0));
    const quint16 start = le16(p, 1);
    const quint16 end = le16(p, 3);
    const std::optional<Uuid> type = Uuid::fromAttBytes(midView(p, 5));
    if (!type)
        return error(opcode, start, code(AttError::InvalidPdu));
    if (start == 0 || start > end)
        return error(opcode, start, code(AttError::InvalidHandle));
    const VirtualGattServer &gatt = m_peripheral->gatt();
    const qsizetype maxValue = std::min(m_mtu - 4, 253);
    QByteArray out;
    qsizetype rowLength = -1;
    for (const VirtualAttribute &a : gatt.attributes()) {
        if (a.handle < start || a.handle > end || a.type != *type)
            continue;
        QByteArray value;
        quint8 e = faultFor(opcode, a.handle);
        if (!e)
            e = gatt.read(a.handle, m_client, &value);
        if (e) {
            if (rowLength < 0)
                return error(opcode, a.handle, e);
            break; // the rows found so far are the answer
        }
        value.truncate(maxValue);
        if (rowLength < 0) {
            rowLength = value.size() + 2;
            out.append(char(AttOpcode::ReadByTypeResponse));
            out.append(char(rowLength));
        } else if (value.size() + 2 != rowLength || out.size() + rowLength > m_mtu) {
            break;
        }
        appendLe16(out, a.handle);
        out.append(value);
    }
    if (rowLength < 0)
        return error(opcode, start, code(AttError::AttributeNotFound));
    return out;
}

QByteArray FakeAttServer::readByGroupType(QByteArrayView p)
{
    const quint8 opcode = quint8(p.at(0));
    const quint16 start = le16(p, 1);
    const quint16 end = le16(p, 3);
    const std::optional<Uuid> type = Uuid::fromAttBytes(midView(p, 5));
    if (!type)
        return error(opcode, start, code(AttError::InvalidPdu));
    QList<VirtualGattServer::Group> groups;
    if (const quint8 e = m_peripheral->gatt().readByGroupType(start, end, *type, &groups))
        return error(opcode, start, e);
    QByteArray out;
    out.append(char(AttOpcode::ReadByGroupTypeResponse));
    const qsizetype uuidLength = uuidBytes(groups.constFirst().uuid).size();
    out.append(char(4 + uuidLength));
    for (const VirtualGattServer::Group &g : std::as_const(groups)) {
        const QByteArray u = uuidBytes(g.uuid);
        if (u.size() != uuidLength || out.size() + 4 + uuidLength > m_mtu)
            break;
        appendLe16(out, g.start);
        appendLe16(out, g.end);
        out.append(u);
    }
    return out;
}

QByteArray FakeAttServer::read(QByteArrayView p)
{
    const quint8 opcode = quint8(p.at(0));
    const quint16 handle = le16(p, 1);
    QByteArray value;
    quint8 e = faultFor(opcode, handle);
    if (!e)
        e = m_peripheral->gatt().read(handle, m_client, &value);
    if (e)
        return error(opcode, handle, e);
    return AttPdu::readResponse(value.left(m_mtu - 1));
}

QByteArray FakeAttServer::readBlob(QByteArrayView p)
{
    const quint8 opcode = quint8(p.at(0));
    const quint16 handle = le16(p, 1);
    const quint16 offset = le16(p, 3);
    const VirtualGattServer &gatt = m_peripheral->gatt();
    QByteArray part;
    // readBlob() applies the spec's checks (permissions, Attribute Not Long, offset) for
    // the 23-byte MTU; the part is cut again for the MTU of this link.
    quint8 e = faultFor(opcode, handle);
    if (!e)
        e = gatt.readBlob(handle, offset, m_client, &part);
    if (e)
        return error(opcode, handle, e);
    QByteArray full;
    gatt.read(handle, m_client, &full);
    return AttPdu::readBlobResponse(full.mid(offset, m_mtu - 1));
}

QByteArray FakeAttServer::write(QByteArrayView p, bool command)
{
    const quint8 opcode = quint8(p.at(0));
    const quint16 handle = le16(p, 1);
    quint8 e = faultFor(opcode, handle);
    if (!e)
        e = m_peripheral->gatt().write(handle, midView(p, 3).toByteArray(), m_client);
    if (command)
        return {};
    if (e)
        return error(opcode, handle, e);
    return AttPdu::writeResponse();
}

QByteArray FakeAttServer::prepareWrite(QByteArrayView p)
{
    const quint8 opcode = quint8(p.at(0));
    const quint16 handle = le16(p, 1);
    const quint16 offset = le16(p, 3);
    const QByteArray part = midView(p, 5).toByteArray();
    quint8 e = faultFor(opcode, handle);
    if (!e)
        e = m_peripheral->gatt().prepareWrite(handle, offset, part, m_client);
    if (e)
        return error(opcode, handle, e);
    return AttPdu::prepareWriteResponse(handle, offset, part);
}

QByteArray FakeAttServer::executeWrite(QByteArrayView p)
{
    const quint8 opcode = quint8(p.at(0));
    const bool commit = p.at(1) == 0x01;
    quint16 handle = m_client.prepareQueue.isEmpty() ? 0 : m_client.prepareQueue.constFirst().handle;
    quint8 e = commit && handle ? faultFor(opcode, handle) : quint8(0);
    if (e)
        m_client.prepareQueue.clear();
    else
        e = m_peripheral->gatt().executeWrite(commit, m_client, &handle);
    if (e)
        return error(opcode, handle, e);
    return AttPdu::executeWriteResponse();
}

void FakeAttServer::onValueGenerated(quint16 valueHandle, const QByteArray &value)
{
    // As the virtual dongle does: the client's CCCD decides, an indication wins over a
    // notification, and one indication is in flight until the client confirms it.
    const QByteArray part = value.left(m_mtu - 3);
    switch (m_peripheral->gatt().pushFor(valueHandle, m_client)) {
    case VirtualGattServer::Push::None: break;
    case VirtualGattServer::Push::Notify: Q_EMIT pushed(AttPdu::notification(valueHandle, part)); break;
    case VirtualGattServer::Push::Indicate:
        if (VirtualGattServer::offerIndication(m_client, valueHandle, part))
            Q_EMIT pushed(AttPdu::indication(valueHandle, part));
        break;
    }
}

void FakeAttServer::onConfirmation()
{
    if (const std::optional<VirtualGattServer::HandleValue> next
        = VirtualGattServer::confirmIndication(m_client))
        Q_EMIT pushed(AttPdu::indication(next->handle, next->value));
}

} // namespace gattscope
