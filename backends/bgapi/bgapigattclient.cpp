// SPDX-License-Identifier: MIT
#include "bgapigattclient.h"

#include "bgapidiscovery.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace gattscope {

Q_LOGGING_CATEGORY(lcBgapiGatt, "gattscope.bgapi.gatt", QtInfoMsg)

namespace {
QString hex4(quint16 v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}
bool isReadResult(bgapi::AttributeValueType type)
{
    return type == bgapi::AttributeValueType::Read || type == bgapi::AttributeValueType::ReadBlob;
}
constexpr int kAttMtu = 23;
constexpr int kWriteChunk = kAttMtu - 5; // Prepare Write Request: opcode, handle, offset
constexpr quint16 kWrongState = 0x0181;
constexpr int kRetryMs = 50;
} // namespace

BgapiGattClient::BgapiGattClient(BgapiCommandQueue *queue, const BgapiOptions &options, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_options(options)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BgapiGattClient::onTimeout);
}

BgapiGattClient::~BgapiGattClient() = default;

quint64 BgapiGattClient::begin(Step step)
{
    Q_ASSERT(!m_step); // the connection's operation queue runs one step at a time
    m_id = ++m_serial;
    m_answered = false;
    m_step = std::move(step);
    m_started.start();
    return m_id;
}

void BgapiGattClient::onAnswered(quint64 id, quint16 result)
{
    if (!m_step || m_id != id)
        return;
    if (result == kWrongState && m_unsettled && m_started.elapsed() < m_options.procedureTimeoutMs) {
        // The procedure that timed out is still running on the dongle: try again shortly.
        m_retryPending = true;
        QTimer::singleShot(kRetryMs, this, [this, id] {
            if (!m_step || m_id != id)
                return;
            m_retryPending = false;
            m_send();
        });
        return;
    }
    if (result) {
        finish(id, bgapi::resultError(result));
        return;
    }
    m_unsettled = false;
    if (m_step->endsOnResponse) {
        finish(id, Error());
        return;
    }
    m_answered = true;
    m_timer->start(m_options.procedureTimeoutMs);
}

void BgapiGattClient::finish(quint64 id, Error error)
{
    if (!m_step || m_id != id)
        return;
    m_timer->stop();
    Step step = std::move(*m_step);
    m_step.reset();
    m_send = nullptr;
    m_answered = false;
    m_retryPending = false;
    if (error.kind() == Error::Kind::Timeout)
        m_unsettled = true;
    const bool linkGone
        = error.kind() == Error::Kind::Disconnected || error.kind() == Error::Kind::TransportLost;
    if (m_canceled && !step.cleanup && !linkGone)
        error = Error(Error::Kind::Cancelled); // an abandoned step: its result is nobody's
    if (step.done)
        step.done(error);
}

void BgapiGattClient::beginOperation(std::function<bool()> callerGaveUp)
{
    m_canceled = false;
    m_callerGaveUp = std::move(callerGaveUp);
}

void BgapiGattClient::cancelOperation()
{
    if (m_canceled)
        return;
    m_canceled = true;
    if (!m_step || m_step->cleanup)
        return; // between steps (the next one will not start), or cleaning up
    const Error cancelled(Error::Kind::Cancelled);
    if (m_retryPending) {
        finish(m_id, cancelled); // nothing of it runs on the dongle
        return;
    }
    // Not written yet: dropped, and its failure ends the step now. Written: it runs to its
    // end on the wire, unheard.
    m_queue->cancelCommand(m_ticket, cancelled);
}

void BgapiGattClient::onTimeout()
{
    if (!m_step)
        return;
    qCWarning(lcBgapiGatt) << "procedure on connection" << m_connection << "timed out";
    finish(m_id,
           Error(Error::Kind::Timeout,
                 tr("The peripheral did not complete the procedure within %1 ms")
                     .arg(m_options.procedureTimeoutMs)));
}

void BgapiGattClient::abort(const Error &error)
{
    m_queue->cancel(this, error);
    if (m_step)
        finish(m_id, error);
}

bool BgapiGattClient::handleValue(const bgapi::AttributeValueView &event)
{
    if (!m_step || !m_answered || !m_step->onValue)
        return false;
    const bool ends = m_step->endsOnValue && event.handle == m_step->handle && isReadResult(event.type);
    m_timer->start(m_options.procedureTimeoutMs);
    m_step->onValue(event.toEvent());
    if (ends)
        finish(m_id, Error());
    return true;
}

bool BgapiGattClient::handleEvent(const bgapi::AttclientProcedureCompletedEvent &event)
{
    if (!m_step || !m_answered)
        return false;
    finish(m_id, bgapi::resultError(event.result));
    return true;
}

// A discovery row for the running step: each one proves the peer is alive, so it restarts
// the procedure timeout. Returns false when no step of ours wants this kind of row.
template<typename Event>
bool BgapiGattClient::deliverRow(std::function<void(const Event &)> Step::*callback, const Event &event)
{
    if (!m_step || !m_answered || !((*m_step).*callback))
        return false;
    m_timer->start(m_options.procedureTimeoutMs);
    ((*m_step).*callback)(event);
    return true;
}

bool BgapiGattClient::handleEvent(const bgapi::AttclientGroupFoundEvent &event)
{
    return deliverRow(&Step::onGroup, event);
}

bool BgapiGattClient::handleEvent(const bgapi::AttclientFindInformationFoundEvent &event)
{
    return deliverRow(&Step::onInformation, event);
}

bool BgapiGattClient::handleEvent(const bgapi::AttclientAttributeFoundEvent &event)
{
    return deliverRow(&Step::onAttributeFound, event);
}

void BgapiGattClient::readShort(quint16 handle, ValueDone done)
{
    auto value = std::make_shared<std::optional<QByteArray>>();
    Step step;
    step.endsOnValue = true;
    step.handle = handle;
    step.onValue = [value, handle](const bgapi::AttclientAttributeValueEvent &e) {
        if (e.handle == handle && isReadResult(e.type))
            *value = e.value;
    };
    step.done = [value, handle, done](const Error &error) {
        if (error)
            done(
                Error(error.kind(),
                      error.message().isEmpty() ? tr("reading handle %1").arg(hex4(handle)) : error.message(),
                      error.code()));
        else if (*value)
            done(**value);
        else
            done(Error(Error::Kind::Protocol,
                       tr("The read of handle %1 ended without a value").arg(hex4(handle))));
    };
    bgapi::AttclientReadByHandle command;
    command.connection = m_connection;
    command.handle = handle;
    run(command, std::move(step));
}

void BgapiGattClient::readLong(quint16 handle, ValueDone done)
{
    auto value = std::make_shared<QByteArray>();
    Step step;
    step.handle = handle;
    step.onValue = [value, handle](const bgapi::AttclientAttributeValueEvent &e) {
        if (e.handle == handle && isReadResult(e.type))
            value->append(e.value);
    };
    step.done = [value, handle, done](const Error &error) {
        if (error)
            done(
                Error(error.kind(),
                      error.message().isEmpty() ? tr("reading handle %1").arg(hex4(handle)) : error.message(),
                      error.code()));
        else
            done(*value);
    };
    bgapi::AttclientReadLong command;
    command.connection = m_connection;
    command.handle = handle;
    run(command, std::move(step));
}

void BgapiGattClient::writeRequest(quint16 handle, const QByteArray &value, Done done)
{
    Step step;
    step.handle = handle;
    step.done = std::move(done);
    bgapi::AttclientAttributeWrite command;
    command.connection = m_connection;
    command.handle = handle;
    command.data = value;
    run(command, std::move(step));
}

void BgapiGattClient::writeCommand(quint16 handle, const QByteArray &value, Done done)
{
    Step step;
    step.endsOnResponse = true;
    step.handle = handle;
    step.done = std::move(done);
    bgapi::AttclientWriteCommand command;
    command.connection = m_connection;
    command.handle = handle;
    command.data = value;
    run(command, std::move(step));
}

void BgapiGattClient::writeLong(quint16 handle, const QByteArray &value, Done done)
{
    writeChunk(handle, value, 0, std::move(done));
}

void BgapiGattClient::writeChunk(quint16 handle, QByteArray value, int offset, Done done)
{
    if (offset >= value.size() && !(offset == 0 && value.isEmpty())) {
        // Everything is queued on the peer: commit it (unless the operation was cancelled
        // meanwhile: then the commit is refused and what the peer holds is dropped).
        Step step;
        step.handle = handle;
        step.done = [this, handle, done](const Error &error) {
            if (error.kind() == Error::Kind::Cancelled)
                cancelPrepared(handle, error, done);
            else
                done(error);
        };
        bgapi::AttclientExecuteWrite command;
        command.connection = m_connection;
        command.commit = true;
        run(command, std::move(step));
        return;
    }
    Step step;
    step.handle = handle;
    const int next = offset + qMax(1, int(qMin<qsizetype>(kWriteChunk, value.size() - offset)));
    step.done = [this, handle, value, next, done](const Error &error) {
        if (!error)
            writeChunk(handle, value, next, done);
        else if (error.kind() == Error::Kind::Disconnected || error.kind() == Error::Kind::TransportLost)
            done(error);
        else
            cancelPrepared(handle, error, done);
    };
    bgapi::AttclientPrepareWrite command;
    command.connection = m_connection;
    command.handle = handle;
    command.offset = quint16(offset);
    command.data = value.mid(offset, kWriteChunk);
    run(command, std::move(step));
}

// Drops what the peer has prepared (Execute Write with "cancel"), then reports `error`, the
// first one. Runs after a cancellation too: the peer must not keep half a value.
void BgapiGattClient::cancelPrepared(quint16 handle, const Error &error, Done done)
{
    Step cancel;
    cancel.cleanup = true;
    cancel.handle = handle;
    cancel.done = [error, done](const Error &) {
        done(error);
    };
    bgapi::AttclientExecuteWrite command;
    command.connection = m_connection;
    command.commit = false;
    run(command, std::move(cancel));
}

void BgapiGattClient::discover(std::function<void(const Result<GattDatabase> &)> done)
{
    BgapiDiscovery::start(this, std::move(done));
}

} // namespace gattscope
