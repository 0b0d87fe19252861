// SPDX-License-Identifier: MIT
#include "bgapibondmanager.h"

#include "bgapicommand.h"

#include <QTimer>

#include <memory>

namespace gattscope {

BgapiBondManager::BgapiBondManager(BgapiCommandQueue *queue, const BgapiOptions &options, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_options(options)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finishQuery(Error(Error::Kind::Timeout, tr("The dongle did not list all its bonds")));
    });
}

BgapiBondManager::~BgapiBondManager() = default;

void BgapiBondManager::reset(bool bondable, bool mitm)
{
    m_bondable = bondable;
    m_mitm = mitm;
}

// --- listing

void BgapiBondManager::list(Pending<QList<Backend::Bond>> pending)
{
    query({ [pending](const Result<QList<Backend::Bond>> &r) { pending.finish(r); },
            [pending] {
                return pending.isFinished();
            } });
    if (!pending.isFinished())
        pending.onCanceled(this, [this] { onListingCancelled(); });
}

void BgapiBondManager::query(Waiter waiter)
{
    if (m_query) {
        m_query->waiters.append(std::move(waiter));
        return;
    }
    m_query = Query();
    m_query->waiters.append(std::move(waiter));
    m_query->ticket = m_queue->enqueue(bgapi::makeCommand(
        bgapi::SmGetBonds(), m_options.commandTimeoutMs, this,
        [this](const bgapi::SmGetBondsResponse &r) { onBondCount(r.bonds); },
        [this](const Error &e) { finishQuery(e); }));
}

void BgapiBondManager::onBondCount(quint8 count)
{
    if (!m_query)
        return;
    m_query->expected = count;
    if (m_query->bonds.size() >= count)
        finishQuery(m_query->bonds);
    else
        m_timer->start(m_options.commandTimeoutMs);
}

void BgapiBondManager::handleBondStatus(const bgapi::SmBondStatusEvent &event)
{
    // Also sent when pairing stores a new bond; only a running listing collects them.
    if (!m_query)
        return;
    Backend::Bond b;
    b.handle = event.bond;
    b.keySize = event.keySize;
    b.mitm = event.mitm;
    m_query->bonds.append(b);
    if (m_query->expected >= 0 && m_query->bonds.size() >= m_query->expected)
        finishQuery(m_query->bonds);
}

void BgapiBondManager::finishQuery(const Result<QList<Backend::Bond>> &result)
{
    if (!m_query)
        return;
    m_timer->stop();
    const Query query = std::move(*m_query);
    m_query.reset();
    for (const Waiter &waiter : query.waiters)
        waiter.done(result);
}

void BgapiBondManager::onListingCancelled()
{
    if (!m_query)
        return;
    for (const Waiter &waiter : std::as_const(m_query->waiters)) {
        if (!waiter.gaveUp())
            return; // somebody still wants the answer
    }
    // Nobody does: drop sm_get_bonds if it has not been sent (its failure ends the listing).
    // Once sent, the listing runs to its end unheard, so that its sm_bond_status events are
    // not taken for the next listing's.
    m_queue->cancelCommand(m_query->ticket, Error(Error::Kind::Cancelled));
}

// --- deleting

void BgapiBondManager::remove(int bondHandle, Pending<std::monostate> pending)
{
    pending.onCanceled(this, [this] { onListingCancelled(); });
    if (bondHandle >= 0) {
        deleteEach({ bondHandle }, pending);
        return;
    }
    query({ [this, pending](const Result<QList<Backend::Bond>> &r) {
               if (!r.ok()) {
                   pending.finish(r.error());
                   return;
               }
               QList<int> handles;
               for (auto it = r.value().crbegin(); it != r.value().crend(); ++it)
                   handles.append(it->handle);
               deleteEach(handles, pending);
           },
            [pending] {
                return pending.isFinished();
            } });
}

void BgapiBondManager::deleteEach(QList<int> handles, Pending<std::monostate> pending)
{
    if (pending.isFinished())
        return; // cancelled
    if (handles.isEmpty()) {
        pending.finish(success());
        return;
    }
    bgapi::SmDeleteBonding command;
    command.bond = quint8(handles.takeFirst());
    BgapiCommandQueue::Command c = bgapi::makeCommand(
        command, m_options.commandTimeoutMs, this,
        [this, handles, pending](const bgapi::SmDeleteBondingResponse &r) {
            if (r.result) {
                pending.finish(bgapi::resultError(r.result, tr("deleting a bond")));
                return;
            }
            deleteEach(handles, pending);
        },
        [pending](const Error &e) { pending.finish(e); });
    // The queue drops it unsent when the caller has cancelled by then.
    c.isCanceled = [pending] {
        return pending.isCanceled();
    };
    m_queue->enqueue(std::move(c));
}

void BgapiBondManager::fail(const Error &error)
{
    finishQuery(error);
}

// --- security settings

void BgapiBondManager::applySecurity(bool bondable, bool mitm, std::function<void(const Error &)> done)
{
    if (bondable != m_bondable) {
        m_bondable = bondable;
        bgapi::SmSetBondableMode command;
        command.bondable = bondable;
        m_queue->enqueue(bgapi::makeCommand(command, m_options.commandTimeoutMs, this,
                                            std::function<void(const bgapi::SmSetBondableModeResponse &)>(),
                                            {}));
    }
    if (mitm == m_mitm) {
        done(Error());
        return;
    }
    m_mitm = mitm;
    bgapi::SmSetParameters command;
    command.mitm = mitm;
    command.minKeySize = quint8(qBound(7, m_options.minKeySize, 16));
    command.ioCapabilities = bgapi::SmIoCapabilities(quint8(m_options.ioCapabilities));
    m_queue->enqueue(bgapi::makeCommand(
        command, m_options.commandTimeoutMs, this,
        [done](const bgapi::SmSetParametersResponse &) { done(Error()); }, done));
}

} // namespace gattscope
