// SPDX-License-Identifier: MIT
#include "bgapicommandqueue.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace gattscope {

Q_LOGGING_CATEGORY(lcBgapiQueue, "gattscope.bgapi.queue", QtInfoMsg)

BgapiCommandQueue::BgapiCommandQueue(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BgapiCommandQueue::onTimeout);
}

BgapiCommandQueue::~BgapiCommandQueue()
{
    // Nobody is left to hear about it; drop the callbacks without calling them, since
    // their captures may already be half destroyed.
    m_queue.clear();
    m_inFlight.reset();
}

void BgapiCommandQueue::setDevice(QIODevice *device)
{
    m_device = device;
    if (!device)
        failAll(Error(Error::Kind::TransportLost, tr("The dongle is not available")));
    else
        pump();
}

quint64 BgapiCommandQueue::enqueue(Command command)
{
    const quint64 ticket = ++m_lastTicket;
    command.ticket = ticket;
    m_queue.push_back(std::move(command));
    pump();
    return ticket;
}

void BgapiCommandQueue::fail(Command &command, const Error &error)
{
    if (command.onFailure)
        command.onFailure(error);
}

void BgapiCommandQueue::pump()
{
    // Callbacks run from here may enqueue; the loop picks their commands up instead of
    // recursing.
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_inFlight && !m_queue.empty()) {
        Command command = std::move(m_queue.front());
        m_queue.pop_front();
        if (command.isCanceled && command.isCanceled()) {
            fail(command, Error(Error::Kind::Cancelled));
            continue;
        }
        if (!m_device || !m_device->isOpen()) {
            fail(command, Error(Error::Kind::TransportLost, tr("The dongle is not available")));
            continue;
        }
        const qint64 written = m_device->write(command.packet);
        if (written != command.packet.size()) {
            const QString why = m_device->errorString();
            fail(command, Error(Error::Kind::TransportLost, tr("Cannot write to the dongle: %1").arg(why)));
            m_pumping = false;
            Q_EMIT writeFailed(why);
            return;
        }
        if (!command.expectsResponse) {
            if (command.onResponse)
                command.onResponse({});
            continue;
        }
        m_timer->start(command.timeoutMs);
        m_inFlight = std::move(command);
    }
    m_pumping = false;
}

bool BgapiCommandQueue::handleResponse(quint8 classId, quint8 messageId, QByteArrayView payload)
{
    if (!m_inFlight || m_inFlight->classId != classId || m_inFlight->messageId != messageId)
        return false;
    m_timer->stop();
    Command command = std::move(*m_inFlight);
    m_inFlight.reset();
    if (command.onResponse)
        command.onResponse(payload);
    pump();
    return true;
}

void BgapiCommandQueue::onTimeout()
{
    if (!m_inFlight)
        return;
    Command command = std::move(*m_inFlight);
    m_inFlight.reset();
    ++m_timeouts;
    qCWarning(lcBgapiQueue) << "no response to" << command.name << "within" << command.timeoutMs << "ms";
    fail(command,
         Error(Error::Kind::Timeout,
               tr("The dongle did not answer %1 within %2 ms")
                   .arg(QLatin1String(command.name))
                   .arg(command.timeoutMs)));
    Q_EMIT commandTimedOut(QLatin1String(command.name));
    pump();
}

void BgapiCommandQueue::cancel(const void *owner, const Error &error)
{
    std::deque<Command> keep;
    std::deque<Command> drop;
    for (Command &c : m_queue)
        (c.owner == owner ? drop : keep).push_back(std::move(c));
    m_queue = std::move(keep);
    for (Command &c : drop)
        fail(c, error);
}

bool BgapiCommandQueue::cancelCommand(quint64 ticket, const Error &error)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [ticket](const Command &c) { return c.ticket == ticket; });
    if (it == m_queue.end())
        return false;
    Command command = std::move(*it);
    m_queue.erase(it);
    fail(command, error);
    return true;
}

void BgapiCommandQueue::failAll(const Error &error)
{
    m_timer->stop();
    std::deque<Command> all;
    if (m_inFlight) {
        all.push_back(std::move(*m_inFlight));
        m_inFlight.reset();
    }
    for (Command &c : m_queue)
        all.push_back(std::move(c));
    m_queue.clear();
    for (Command &c : all)
        fail(c, error);
}

} // namespace gattscope
