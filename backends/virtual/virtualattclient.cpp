// SPDX-License-Identifier: MIT
#include "virtualattclient_p.h"
#include "virtualdongle_p.h"
#include "virtualperipheral.h"

namespace gattscope {

using namespace bgapi;
using namespace bgapiresult;

namespace {

// Longest data in a Prepare Write Request at ATT_MTU 23.
constexpr int kMaxPrepareWriteLength = 18;

} // namespace

VirtualAttclient::VirtualAttclient(VirtualDonglePrivate &dongle)
    : m_dongle(dongle)
    , m_flood(dongle)
{ }

void VirtualAttclient::onPeripheralAdded(VirtualPeripheral *peripheral)
{
    QObject::connect(peripheral, &VirtualPeripheral::valueGenerated, m_dongle.q,
                     [this, peripheral](quint16 handle, const QByteArray &value) {
                         onValueGenerated(peripheral, handle, value);
                     });
}

void VirtualAttclient::onLinkRemoved(quint8 handle)
{
    m_flood.removeLink(handle);
}

void VirtualAttclient::onTransportDrained()
{
    if (!m_flood.isEmpty())
        m_flood.pump();
}

void VirtualAttclient::reset()
{
    m_flood.clear();
}

// --- procedures

quint16 VirtualAttclient::procedureCheck(quint8 connection, bool startsProcedure)
{
    m_dongle.setAnswerLink(connection);
    const VirtualLink *l = m_dongle.link(connection);
    if (!l)
        return kNotConnected;
    if (startsProcedure && l->procedure.running)
        return kWrongState; // one attclient procedure per connection at a time
    return kSuccess;
}

void VirtualAttclient::startProcedure(VirtualLink &l)
{
    l.procedure.running = true;
    VirtualAnswer *a = m_dongle.answer();
    a->procedure = true;
    a->link = l.handle;
    a->linkGeneration = l.generation;
}

void VirtualAttclient::runProcedure(VirtualLink &l, QList<QByteArray> events, int dropAfterEvents,
                                    quint16 dropReason)
{
    l.procedure.events = std::move(events);
    l.procedure.emitted = 0;
    l.procedure.dropAfterEvents = dropAfterEvents;
    l.procedure.dropReason = dropReason;
    const quint8 handle = l.handle;
    const quint64 generation = l.generation;
    m_dongle.later(m_dongle.options.procedureStepMs,
                   [this, handle, generation] { step(handle, generation); });
}

void VirtualAttclient::step(quint8 handle, quint64 generation)
{
    for (;;) {
        VirtualLink *l = m_dongle.link(handle);
        if (!l || l->generation != generation)
            return;
        VirtualProcedure &p = l->procedure;
        const int total = int(p.events.size());
        if (p.dropAfterEvents >= 0 && p.emitted == std::min(p.dropAfterEvents, total)) {
            m_dongle.dropLink(handle, p.dropReason);
            return;
        }
        if (p.emitted >= total) {
            finishProcedure(*l);
            return;
        }
        m_dongle.send(p.events.at(p.emitted++));
        if (m_dongle.options.procedureStepMs > 0 && p.emitted < total) {
            m_dongle.later(m_dongle.options.procedureStepMs,
                           [this, handle, generation] { step(handle, generation); });
            return;
        }
    }
}

void VirtualAttclient::finishProcedure(VirtualLink &l)
{
    l.procedure.running = false;
    l.procedure.events.clear();
    if (!l.procedure.heldCccds.isEmpty()) {
        // Every event is out: what the procedure turned on may start now.
        l.procedure.heldCccds.clear();
        m_flood.update(l);
    }
}

void VirtualAttclient::cccdWritten(VirtualLink &l, quint16 handle, quint16 before, bool inProcedure)
{
    if (inProcedure && !l.procedure.heldCccds.contains(handle))
        l.procedure.heldCccds.insert(handle, before);
    m_flood.update(l);
}

std::optional<quint8> VirtualAttclient::attFault(QStringView command, quint16 handle, const VirtualLink &l)
{
    return m_dongle.faults.takeAttError(command, handle, l.address);
}

// --- discovery

void VirtualAttclient::handle(const AttclientFindInformation &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientFindInformationResponse { c.connection, e });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientFindInformationResponse { c.connection, kSuccess });
    startProcedure(l);
    QList<VirtualGattServer::FoundInformation> found;
    const quint8 e = l.peripheral->gatt().findInformation(c.start, c.end, &found);
    for (const auto &f : std::as_const(found))
        m_dongle.emitEvent(AttclientFindInformationFoundEvent { c.connection, f.handle, f.type });
    m_dongle.emitEvent(AttclientProcedureCompletedEvent { c.connection, fromAtt(e), c.end });
}

void VirtualAttclient::handle(const AttclientReadByGroupType &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientReadByGroupTypeResponse { c.connection, e });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientReadByGroupTypeResponse { c.connection, kSuccess });
    startProcedure(l);
    QList<VirtualGattServer::Group> groups;
    const quint8 e = l.peripheral->gatt().readByGroupType(c.start, c.end, c.uuid, &groups);
    for (const auto &g : std::as_const(groups))
        m_dongle.emitEvent(AttclientGroupFoundEvent { c.connection, g.start, g.end, g.uuid });
    m_dongle.emitEvent(AttclientProcedureCompletedEvent { c.connection, fromAtt(e), c.end });
}

void VirtualAttclient::handle(const AttclientReadByType &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientReadByTypeResponse { c.connection, e });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientReadByTypeResponse { c.connection, kSuccess });
    startProcedure(l);
    QList<VirtualGattServer::HandleValue> values;
    const quint8 e = l.peripheral->gatt().readByType(c.start, c.end, c.uuid, l.client, &values);
    for (const auto &v : std::as_const(values))
        m_dongle.emitEvent(
            AttclientAttributeValueEvent { c.connection, v.handle, AttributeValueType::ReadByType, v.value });
    // Rows found before a failing one are a success, as the client's next request would
    // start after them.
    m_dongle.emitEvent(
        AttclientProcedureCompletedEvent { c.connection, values.isEmpty() ? fromAtt(e) : kSuccess, c.end });
}

void VirtualAttclient::handle(const AttclientFindByTypeValue &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientFindByTypeValueResponse { c.connection, e });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientFindByTypeValueResponse { c.connection, kSuccess });
    startProcedure(l);
    QList<VirtualGattServer::Group> groups;
    const quint8 e = l.peripheral->gatt().findByTypeValue(c.start, c.end, Uuid(c.uuid), c.value, &groups);
    for (const auto &g : std::as_const(groups))
        m_dongle.emitEvent(AttclientGroupFoundEvent { c.connection, g.start, g.end, g.uuid });
    m_dongle.emitEvent(AttclientProcedureCompletedEvent { c.connection, fromAtt(e), c.end });
}

// --- reads

void VirtualAttclient::handle(const AttclientReadByHandle &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientReadByHandleResponse { c.connection, e });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientReadByHandleResponse { c.connection, kSuccess });
    startProcedure(l);
    QByteArray value;
    quint8 e = attFault(u"attclient_read_by_handle", c.handle, l).value_or(0);
    if (!e)
        e = l.peripheral->gatt().read(c.handle, l.client, &value);
    if (e) {
        m_dongle.emitEvent(AttclientProcedureCompletedEvent { c.connection, fromAtt(e), c.handle });
        return;
    }
    // Success: the value (at most ATT_MTU - 1 bytes) and no procedure_completed.
    m_dongle.emitEvent(AttclientAttributeValueEvent { c.connection, c.handle, AttributeValueType::Read,
                                                      value.left(VirtualGattServer::kMaxReadChunk) });
}

void VirtualAttclient::handle(const AttclientReadLong &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientReadLongResponse { c.connection, e });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientReadLongResponse { c.connection, kSuccess });
    startProcedure(l);
    QByteArray value;
    quint8 e = attFault(u"attclient_read_long", c.handle, l).value_or(0);
    if (!e)
        e = l.peripheral->gatt().read(c.handle, l.client, &value);
    if (!e) {
        // What the dongle does on the air: a Read Request, then Read Blob Requests while the
        // previous answer was full (22 bytes).
        QByteArray chunk = value.left(VirtualGattServer::kMaxReadChunk);
        m_dongle.emitEvent(
            AttclientAttributeValueEvent { c.connection, c.handle, AttributeValueType::Read, chunk });
        quint16 offset = quint16(chunk.size());
        while (chunk.size() == VirtualGattServer::kMaxReadChunk) {
            chunk.clear();
            e = l.peripheral->gatt().readBlob(c.handle, offset, l.client, &chunk);
            if (e || chunk.isEmpty())
                break;
            m_dongle.emitEvent(
                AttclientAttributeValueEvent { c.connection, c.handle, AttributeValueType::ReadBlob, chunk });
            offset = quint16(offset + chunk.size());
        }
    }
    m_dongle.emitEvent(AttclientProcedureCompletedEvent { c.connection, fromAtt(e), c.handle });
}

void VirtualAttclient::handle(const AttclientReadMultiple &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientReadMultipleResponse { c.connection, e });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    if (c.handles.size() < 2) {
        m_dongle.respond(AttclientReadMultipleResponse { c.connection, kInvalidParam });
        return;
    }
    m_dongle.respond(AttclientReadMultipleResponse { c.connection, kSuccess });
    startProcedure(l);
    // Read Multiple Request: the values one after the other; the first failing handle
    // fails the whole request.
    QByteArray values;
    for (quint16 h : c.handles) {
        QByteArray v;
        quint8 e = attFault(u"attclient_read_multiple", h, l).value_or(0);
        if (!e)
            e = l.peripheral->gatt().read(h, l.client, &v);
        if (e) {
            m_dongle.emitEvent(AttclientProcedureCompletedEvent { c.connection, fromAtt(e), h });
            return;
        }
        values += v;
    }
    m_dongle.emitEvent(
        AttclientReadMultipleResponseEvent { c.connection, values.left(VirtualGattServer::kMaxReadChunk) });
}

// --- writes

void VirtualAttclient::handle(const AttclientAttributeWrite &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientAttributeWriteResponse { c.connection, e });
        return;
    }
    if (c.data.size() > VirtualGattServer::kMaxWriteLength) {
        m_dongle.respond(AttclientAttributeWriteResponse { c.connection, kInvalidParam });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientAttributeWriteResponse { c.connection, kSuccess });
    startProcedure(l);
    const quint16 before = l.client.cccd.value(c.handle, 0);
    quint8 e = attFault(u"attclient_attribute_write", c.handle, l).value_or(0);
    if (!e)
        e = l.peripheral->gatt().write(c.handle, c.data, l.client);
    if (!e && l.peripheral->gatt().characteristicForCccd(c.handle))
        cccdWritten(l, c.handle, before, true);
    m_dongle.emitEvent(AttclientProcedureCompletedEvent { c.connection, fromAtt(e), c.handle });
}

void VirtualAttclient::handle(const AttclientWriteCommand &c)
{
    if (const quint16 e = procedureCheck(c.connection, false)) {
        m_dongle.respond(AttclientWriteCommandResponse { c.connection, e });
        return;
    }
    if (c.data.size() > VirtualGattServer::kMaxWriteLength) {
        m_dongle.respond(AttclientWriteCommandResponse { c.connection, kInvalidParam });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientWriteCommandResponse { c.connection, kSuccess });
    // Write Without Response: the peer's verdict is never heard, and there are no events
    // for pushes to overtake (the response goes out before anything the pump sends).
    const quint16 before = l.client.cccd.value(c.handle, 0);
    if (!attFault(u"attclient_write_command", c.handle, l)
        && !l.peripheral->gatt().write(c.handle, c.data, l.client)
        && l.peripheral->gatt().characteristicForCccd(c.handle))
        cccdWritten(l, c.handle, before, false);
}

void VirtualAttclient::handle(const AttclientPrepareWrite &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientPrepareWriteResponse { c.connection, e });
        return;
    }
    if (c.data.size() > kMaxPrepareWriteLength) {
        m_dongle.respond(AttclientPrepareWriteResponse { c.connection, kInvalidParam });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientPrepareWriteResponse { c.connection, kSuccess });
    startProcedure(l);
    quint8 e = attFault(u"attclient_prepare_write", c.handle, l).value_or(0);
    if (!e)
        e = l.peripheral->gatt().prepareWrite(c.handle, c.offset, c.data, l.client);
    m_dongle.emitEvent(AttclientProcedureCompletedEvent { c.connection, fromAtt(e), c.handle });
}

void VirtualAttclient::handle(const AttclientExecuteWrite &c)
{
    if (const quint16 e = procedureCheck(c.connection, true)) {
        m_dongle.respond(AttclientExecuteWriteResponse { c.connection, e });
        return;
    }
    VirtualLink &l = *m_dongle.link(c.connection);
    m_dongle.respond(AttclientExecuteWriteResponse { c.connection, kSuccess });
    startProcedure(l);
    const VirtualGattServer &gatt = l.peripheral->gatt();
    QHash<quint16, quint16> cccdsBefore;
    for (const VirtualGattServer::PreparedWrite &w : std::as_const(l.client.prepareQueue)) {
        if (gatt.characteristicForCccd(w.handle))
            cccdsBefore.insert(w.handle, l.client.cccd.value(w.handle, 0));
    }
    quint16 handle = 0;
    const quint8 e = l.peripheral->gatt().executeWrite(c.commit, l.client, &handle);
    for (auto it = cccdsBefore.cbegin(); it != cccdsBefore.cend(); ++it)
        cccdWritten(l, it.key(), it.value(), true);
    m_dongle.emitEvent(AttclientProcedureCompletedEvent { c.connection, fromAtt(e), handle });
}

// --- pushed values

void VirtualAttclient::handle(const AttclientIndicateConfirm &c)
{
    m_dongle.setAnswerLink(c.connection);
    VirtualLink *l = m_dongle.link(c.connection);
    if (!l) {
        m_dongle.respond(AttclientIndicateConfirmResponse { kNotConnected });
        return;
    }
    if (!l->client.indicationInFlight) {
        m_dongle.respond(AttclientIndicateConfirmResponse { kWrongState });
        return;
    }
    m_dongle.respond(AttclientIndicateConfirmResponse { kSuccess });
    if (const std::optional<VirtualGattServer::HandleValue> next
        = VirtualGattServer::confirmIndication(l->client))
        m_dongle.emitEvent(AttclientAttributeValueEvent { l->handle, next->handle,
                                                          AttributeValueType::IndicateRspReq, next->value });
}

void VirtualAttclient::indicate(VirtualLink &l, quint16 valueHandle, const QByteArray &value)
{
    const QByteArray v = value.left(VirtualGattServer::kMaxNotificationLength);
    if (!m_dongle.options.hostConfirmsIndications) {
        // The dongle's stack confirms by itself: no flow control the host sees.
        m_dongle.send(encodeToBytes(
            AttclientAttributeValueEvent { l.handle, valueHandle, AttributeValueType::Indicate, v }));
        ++m_dongle.notifications;
        return;
    }
    if (!VirtualGattServer::offerIndication(l.client, valueHandle, v))
        return; // waits for the confirmation of the one in flight
    m_dongle.send(encodeToBytes(
        AttclientAttributeValueEvent { l.handle, valueHandle, AttributeValueType::IndicateRspReq, v }));
    ++m_dongle.notifications;
}

void VirtualAttclient::notify(VirtualLink &l, quint16 valueHandle, const QByteArray &value)
{
    m_dongle.send(encodeToBytes(
        AttclientAttributeValueEvent { l.handle, valueHandle, AttributeValueType::Notify,
                                       value.left(VirtualGattServer::kMaxNotificationLength) }));
    ++m_dongle.notifications;
}

void VirtualAttclient::onValueGenerated(VirtualPeripheral *p, quint16 valueHandle, const QByteArray &value)
{
    for (VirtualLink &l : m_dongle.links()) {
        if (l.peripheral != p)
            continue;
        switch (effectivePush(l, valueHandle)) {
        case VirtualGattServer::Push::Indicate: indicate(l, valueHandle, value); break;
        case VirtualGattServer::Push::Notify: notify(l, valueHandle, value); break;
        case VirtualGattServer::Push::None: break;
        }
    }
}

} // namespace gattscope
