// SPDX-License-Identifier: MIT
#include "fakegattclient.h"

#include "bytes_p.h"
#include "fakeattlink.h"

#include <gattscope/core/gatt/attpdu.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QTimer>

#include <memory>

namespace gattscope {

namespace {

constexpr int kAttTimeoutMs = 30000; // bt_att's ATT_TIMEOUT_INTERVAL
constexpr quint8 kNotFound = 0x0A;
constexpr quint8 kUnlikely = 0x0E;
constexpr quint8 kInvalidPdu = 0x04;
constexpr quint8 kIo = 0x80; // ATT_ECODE_IO

quint16 le16(QByteArrayView p, qsizetype at)
{
    if (at + 1 >= p.size())
        return 0;
    return quint16(quint8(p.at(at)) | (quint8(p.at(at + 1)) << 8));
}

// get_uuid128(): a 16-bit or little-endian 128-bit UUID at `at`.
Uuid uuidAt(QByteArrayView p, qsizetype at, bool is16)
{
    if (is16)
        return Uuid(le16(p, at));
    QByteArray bytes = midView(p, at, 16).toByteArray();
    bytes.resize(16, '\0');
    return Uuid::fromAttBytes(bytes).value_or(Uuid());
}

// dec_read_by_type_resp() / dec_read_by_grp_resp(): rows of equal length after a length
// byte; nullopt where BlueZ returns NULL.
std::optional<QList<QByteArrayView>> rows(QByteArrayView pdu, quint8 opcode, qsizetype minimumPdu,
                                          int minimumRow)
{
    if (pdu.isEmpty() || quint8(pdu.at(0)) != opcode || pdu.size() < minimumPdu)
        return std::nullopt;
    const int length = quint8(pdu.at(1));
    if (length < minimumRow || (pdu.size() - 2) % length)
        return std::nullopt;
    QList<QByteArrayView> out;
    for (qsizetype at = 2; at + length <= pdu.size(); at += length)
        out.append(midView(pdu, at, length));
    return out;
}

bool isResponse(quint8 opcode)
{
    switch (opcode) {
    case 0x01:
    case 0x03:
    case 0x05:
    case 0x07:
    case 0x09:
    case 0x0B:
    case 0x0D:
    case 0x0F:
    case 0x11:
    case 0x13:
    case 0x17:
    case 0x19:
    case 0x21: return true;
    default: return false;
    }
}

} // namespace

FakeGattClient::FakeGattClient(FakeAttLink *link, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(kAttTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, &FakeGattClient::onTimeout);
    connect(m_link, &FakeAttLink::received, this, &FakeGattClient::onReceived);
}

FakeGattClient::~FakeGattClient() = default;

quint8 FakeGattClient::pendingOpcode() const
{
    return m_pending && !m_pending->pdu.isEmpty() ? quint8(m_pending->pdu.at(0)) : 0;
}

void FakeGattClient::request(const QByteArray &pdu, PduDone done, bool continuation)
{
    // A Read Blob continuing a long read goes first, as bt_att_resend() puts it at the head
    // of the queue. (gatt.c sends Prepare/Execute Write as new requests: at the tail.)
    Request r { pdu, std::move(done) };
    if (continuation)
        m_queue.push_front(std::move(r));
    else
        m_queue.push_back(std::move(r));
    pump();
}

void FakeGattClient::pump()
{
    if (m_pending || m_queue.empty() || !m_link->isUp())
        return;
    m_pending = std::move(m_queue.front());
    m_queue.pop_front();
    m_timeout->start();
    m_link->send(m_pending->pdu);
}

void FakeGattClient::finishPending(quint8 status, const QByteArray &pdu)
{
    if (!m_pending)
        return;
    m_timeout->stop();
    const PduDone done = std::move(m_pending->done);
    m_pending.reset();
    if (done)
        done(status, pdu);
    pump();
}

void FakeGattClient::failPending()
{
    m_queue.clear();
    finishPending(kUnlikely, QByteArray(1, char(AttOpcode::ErrorResponse)));
}

void FakeGattClient::onTimeout()
{
    // bt_att: the operation fails and, as ATT requires, the bearer is shut down.
    m_queue.clear();
    finishPending(kUnlikely, QByteArray(1, char(AttOpcode::ErrorResponse)));
    m_link->drop();
}

void FakeGattClient::onReceived(const QByteArray &pdu)
{
    if (pdu.isEmpty())
        return;
    const quint8 opcode = quint8(pdu.at(0));
    if (opcode == quint8(AttOpcode::HandleValueNotification)
        || opcode == quint8(AttOpcode::HandleValueIndication)) {
        if (pdu.size() < 3)
            return;
        if (opcode == quint8(AttOpcode::HandleValueIndication))
            m_link->send(AttPdu::confirmation());
        Q_EMIT valuePushed(pdu);
        return;
    }
    if (!isResponse(opcode))
        return; // unknown PDUs are the upper layer's business; gatttool ignores them
    if (!m_pending) {
        // "Received unexpected ATT response": bt_att disconnects the bearer.
        m_link->drop();
        return;
    }
    const quint8 requestOpcode = pendingOpcode();
    if (opcode == quint8(AttOpcode::ErrorResponse)) {
        if (pdu.size() == 5 && quint8(pdu.at(1)) == requestOpcode) {
            const quint8 code = quint8(pdu.at(4));
            // handle_error_rsp(): raise the security level and retry once per level.
            if ((code == 0x05 || code == 0x0F) && m_securityUpgrade && m_securityUpgrade(code)) {
                m_timeout->stop();
                m_queue.push_front(std::move(*m_pending));
                m_pending.reset();
                QTimer::singleShot(0, this, &FakeGattClient::pump);
                return;
            }
        }
        // GAttrib: the error code is the fourth parameter byte, else Unlikely Error.
        finishPending(pdu.size() >= 5 ? quint8(pdu.at(4)) : kUnlikely, pdu);
        return;
    }
    if (opcode != requestOpcode + 1) {
        // A response to another request: the request fails (GAttrib sees an Error
        // Response it cannot read).
        finishPending(kUnlikely, QByteArray(1, char(AttOpcode::ErrorResponse)));
        return;
    }
    finishPending(0, pdu);
}

// --- primary services (gatt_discover_primary)

struct FakeGattClient::PrimaryAll
{
    quint16 start = 1;
    QList<Service> services;
    ListDone<Service> done;
};

void FakeGattClient::discoverPrimary(ListDone<Service> done)
{
    auto state = std::make_shared<PrimaryAll>();
    state->done = std::move(done);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, state, weak = std::weak_ptr(step)] {
        const auto self = weak.lock(); // held by the request until it completes
        request(AttPdu::readByGroupTypeRequest(state->start, 0xFFFF, GattUuid::PrimaryService),
                [this, state, self](quint8 status, const QByteArray &pdu) {
                    if (status) {
                        state->done(status == kNotFound ? 0 : status, state->services);
                        return;
                    }
                    const auto list = rows(pdu, 0x11, 7, 5);
                    if (!list) {
                        state->done(kIo, state->services);
                        return;
                    }
                    const int length = quint8(pdu.at(1));
                    if (length != 6 && length != 20) {
                        state->done(kInvalidPdu, state->services);
                        return;
                    }
                    quint16 end = 0;
                    for (const QByteArrayView row : *list) {
                        end = le16(row, 2);
                        state->services.append({ le16(row, 0), end, uuidAt(row, 4, length == 6) });
                    }
                    if (end < state->start) {
                        state->done(kUnlikely, state->services);
                        return;
                    }
                    state->start = quint16(end + 1);
                    if (end != 0xFFFF)
                        (*self)();
                    else
                        state->done(0, state->services);
                });
    };
    (*step)();
}

struct FakeGattClient::PrimaryByUuid
{
    quint16 start = 1;
    QByteArray value;
    QList<Range> ranges;
    ListDone<Range> done;
};

void FakeGattClient::discoverPrimary(const Uuid &uuid, ListDone<Range> done)
{
    auto state = std::make_shared<PrimaryByUuid>();
    state->value = uuid.toAttBytes();
    state->done = std::move(done);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, state, weak = std::weak_ptr(step)] {
        const auto self = weak.lock(); // held by the request until it completes
        request(AttPdu::findByTypeValueRequest(state->start, 0xFFFF, 0x2800, state->value),
                [state, self](quint8 status, const QByteArray &pdu) {
                    if (status) {
                        state->done(status == kNotFound ? 0 : status, state->ranges);
                        return;
                    }
                    // dec_find_by_type_resp(): (found, group end) pairs.
                    QList<Range> found;
                    if (!pdu.isEmpty() && quint8(pdu.at(0)) == 0x07) {
                        for (qsizetype at = 1; at + 4 <= pdu.size(); at += 4)
                            found.append({ le16(pdu, at), le16(pdu, at + 2) });
                    }
                    if (found.isEmpty()) {
                        state->done(0, state->ranges);
                        return;
                    }
                    state->ranges += found;
                    const quint16 end = found.constLast().end;
                    if (end == 0xFFFF) {
                        state->done(0, state->ranges);
                        return;
                    }
                    if (end < state->start) {
                        state->done(kUnlikely, state->ranges);
                        return;
                    }
                    state->start = quint16(end + 1);
                    (*self)();
                });
    };
    (*step)();
}

// --- included services (gatt_find_included)

struct FakeGattClient::IncludedSearch
{
    quint16 start = 1;
    quint16 end = 0xFFFF;
    int outstanding = 0;
    quint8 error = 0;
    QList<Included> includes;
    ListDone<Included> done;
    void release()
    {
        if (--outstanding > 0)
            return;
        if (error)
            done(error, {});
        else
            done(0, includes);
    }
    void setError(quint8 e)
    {
        if (error == 0)
            error = e;
    }
};

void FakeGattClient::findIncluded(quint16 start, quint16 end, ListDone<Included> done)
{
    auto state = std::make_shared<IncludedSearch>();
    state->start = start;
    state->end = end;
    state->done = std::move(done);
    auto step = std::make_shared<std::function<void(quint16)>>();
    *step = [this, state, weak = std::weak_ptr(step)](quint16 from) {
        const auto self = weak.lock(); // held by the request until it completes
        ++state->outstanding;
        request(AttPdu::readByTypeRequest(from, state->end, GattUuid::Include),
                [this, state, self](quint8 status, const QByteArray &pdu) {
                    if (status) {
                        state->setError(status == kNotFound ? 0 : status);
                        state->release();
                        return;
                    }
                    const auto list = rows(pdu, 0x09, 5, 3);
                    const int length = list ? quint8(pdu.at(1)) : 0;
                    if (!list || (length != 6 && length != 8)) {
                        state->setError(kIo);
                        state->release();
                        return;
                    }
                    quint16 last = state->end;
                    for (const QByteArrayView row : *list) {
                        Included inc { le16(row, 0), le16(row, 2), le16(row, 4), std::nullopt };
                        last = inc.handle;
                        if (length == 8) {
                            inc.uuid = Uuid(le16(row, 6));
                            state->includes.append(inc);
                            continue;
                        }
                        // A 128-bit UUID: read it from the included service's declaration.
                        ++state->outstanding;
                        request(AttPdu::readRequest(inc.start),
                                [state, inc](quint8 s, const QByteArray &r) mutable {
                                    if (s)
                                        state->setError(s);
                                    else if (r.size() != 17)
                                        state->setError(kIo);
                                    else {
                                        inc.uuid = uuidAt(r, 1, false);
                                        state->includes.append(inc);
                                    }
                                    state->release();
                                });
                    }
                    if (last < state->start) {
                        state->setError(kUnlikely);
                    } else {
                        state->start = quint16(last + 1);
                        if (last < state->end)
                            (*self)(state->start);
                    }
                    state->release();
                });
    };
    (*step)(start);
}

// --- characteristics (gatt_discover_char)

struct FakeGattClient::CharacteristicDiscovery
{
    quint16 start = 1;
    quint16 end = 0xFFFF;
    std::optional<Uuid> filter;
    QList<Characteristic> found;
    ListDone<Characteristic> done;
};

void FakeGattClient::discoverCharacteristics(quint16 start, quint16 end, std::optional<Uuid> uuid,
                                             ListDone<Characteristic> done)
{
    auto state = std::make_shared<CharacteristicDiscovery>();
    state->start = start;
    state->end = end;
    state->filter = uuid;
    state->done = std::move(done);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, state, weak = std::weak_ptr(step)] {
        const auto self = weak.lock(); // held by the request until it completes
        request(AttPdu::readByTypeRequest(state->start, state->end, GattUuid::CharacteristicDeclaration),
                [state, self](quint8 status, const QByteArray &pdu) {
                    if (status == kNotFound) {
                        state->done(state->found.isEmpty() ? status : 0, state->found);
                        return;
                    }
                    if (status) {
                        state->done(status, state->found);
                        return;
                    }
                    const auto list = rows(pdu, 0x09, 5, 3);
                    if (!list) {
                        state->done(kIo, state->found);
                        return;
                    }
                    const bool is16 = quint8(pdu.at(1)) == 7;
                    quint16 last = 0;
                    for (const QByteArrayView row : *list) {
                        last = le16(row, 0);
                        const Uuid u = uuidAt(row, 5, is16);
                        if (state->filter && *state->filter != u)
                            continue;
                        state->found.append(
                            { last, row.size() > 2 ? quint8(row.at(2)) : quint8(0), le16(row, 3), u });
                    }
                    if (last < state->start) {
                        state->done(kUnlikely, state->found);
                        return;
                    }
                    state->start = quint16(last + 1);
                    if (last != 0 && state->start < state->end)
                        (*self)();
                    else
                        state->done(0, state->found);
                });
    };
    (*step)();
}

// --- descriptors (gatt_discover_desc)

struct FakeGattClient::DescriptorDiscovery
{
    quint16 start = 1;
    quint16 end = 0xFFFF;
    QList<Descriptor> found;
    ListDone<Descriptor> done;
};

void FakeGattClient::discoverDescriptors(quint16 start, quint16 end, ListDone<Descriptor> done)
{
    auto state = std::make_shared<DescriptorDiscovery>();
    state->start = start;
    state->end = end;
    state->done = std::move(done);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, state, weak = std::weak_ptr(step)] {
        const auto self = weak.lock(); // held by the request until it completes
        request(AttPdu::findInformationRequest(state->start, state->end),
                [state, self](quint8 status, const QByteArray &pdu) {
                    if (status == kNotFound) {
                        state->done(state->found.isEmpty() ? status : 0, state->found);
                        return;
                    }
                    if (status) {
                        state->done(status, state->found);
                        return;
                    }
                    if (pdu.size() < 2 || quint8(pdu.at(0)) != 0x05) {
                        state->done(kIo, state->found);
                        return;
                    }
                    // dec_find_info_resp(): rows of 4 (format 1) or 18 (format 2) bytes.
                    const quint8 format = quint8(pdu.at(1));
                    const int length = format == 1 ? 4 : format == 2 ? 18 : 2;
                    quint16 last = 0xFFFF;
                    for (qsizetype at = 2; at + length <= pdu.size(); at += length) {
                        last = le16(pdu, at);
                        state->found.append({ last, uuidAt(pdu, at + 2, format == 1) });
                    }
                    if (last < state->start) {
                        state->done(kUnlikely, state->found);
                        return;
                    }
                    state->start = quint16(last + 1);
                    if (last < state->end)
                        (*self)();
                    else
                        state->done(0, state->found);
                });
    };
    (*step)();
}

// --- reads and writes

struct FakeGattClient::LongRead
{
    quint16 handle = 0;
    QByteArray buffer; // the Read Response so far, opcode first
    PduDone done;
};

void FakeGattClient::readCharacteristic(quint16 handle, PduDone done)
{
    auto state = std::make_shared<LongRead>();
    state->handle = handle;
    state->done = std::move(done);
    auto blob = std::make_shared<std::function<void()>>();
    *blob = [this, state, weak = std::weak_ptr(blob)] {
        const auto self = weak.lock(); // held by the request until it completes
        request(
            AttPdu::readBlobRequest(state->handle, quint16(state->buffer.size() - 1)),
            [this, state, self](quint8 status, const QByteArray &pdu) {
                // read_blob_helper(): any error, or an empty part, ends the value quietly.
                if (status || pdu.size() == 1) {
                    state->done(0, state->buffer);
                    return;
                }
                state->buffer.append(pdu.mid(1));
                if (pdu.size() < m_mtu)
                    state->done(0, state->buffer);
                else
                    (*self)();
            },
            true);
    };
    request(AttPdu::readRequest(handle), [this, state, blob](quint8 status, const QByteArray &pdu) {
        // read_char_helper(): a response that fills the MTU goes on with Read Blob.
        if (status || pdu.size() < m_mtu) {
            state->done(status, pdu);
            return;
        }
        state->buffer = pdu;
        (*blob)();
    });
}

void FakeGattClient::readByUuid(quint16 start, quint16 end, const Uuid &uuid, PduDone done)
{
    request(AttPdu::readByTypeRequest(start, end, uuid), std::move(done));
}

struct FakeGattClient::LongWrite
{
    quint16 handle = 0;
    QByteArray value;
    int offset = 0;
    PduDone done;
};

void FakeGattClient::writeCharacteristic(quint16 handle, const QByteArray &value, PduDone done)
{
    if (value.size() <= m_mtu - 3) {
        request(AttPdu::writeRequest(handle, value), std::move(done));
        return;
    }
    auto state = std::make_shared<LongWrite>();
    state->handle = handle;
    state->value = value;
    state->done = std::move(done);
    auto prepare = std::make_shared<std::function<void()>>();
    *prepare = [this, state, weak = std::weak_ptr(prepare)] {
        const auto self = weak.lock(); // held by the request until it completes
        const QByteArray part = state->value.mid(state->offset, m_mtu - 5);
        request(AttPdu::prepareWriteRequest(state->handle, quint16(state->offset), part),
                [this, state, self](quint8 status, const QByteArray &pdu) {
                    if (status) {
                        state->done(status, pdu);
                        return;
                    }
                    state->offset += int(pdu.size()) - 5;
                    if (state->offset >= state->value.size() || pdu.size() <= 5) {
                        request(AttPdu::executeWriteRequest(true), state->done);
                        return;
                    }
                    (*self)();
                });
    };
    (*prepare)();
}

void FakeGattClient::writeCommand(quint16 handle, const QByteArray &value)
{
    // Commands do not wait for the request in flight.
    m_link->send(AttPdu::writeCommand(handle, value.left(m_mtu - 3)));
}

void FakeGattClient::exchangeMtu(quint16 mtu, PduDone done)
{
    request(AttPdu::exchangeMtuRequest(mtu), std::move(done));
}

} // namespace gattscope
