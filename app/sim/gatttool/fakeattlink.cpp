// SPDX-License-Identifier: MIT
#include "fakeattlink.h"

#include "fakeattserver.h"

#include <gattscope/backends/virtual/faultinjector.h>

#include <QPointer>
#include <QTimer>

namespace gattscope {

FakeAttLink::FakeAttLink(FakeAttServer *server, FaultInjector *faults, int stepMs, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_faults(faults)
    , m_stepMs(qMax(0, stepMs))
{
    // Notifications and indications travel on their own, one step after they are made.
    connect(m_server, &FakeAttServer::pushed, this,
            [this](const QByteArray &pdu) { deliver(pdu, m_stepMs); });
}

FakeAttLink::~FakeAttLink() = default;

void FakeAttLink::deliver(const QByteArray &pdu, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, pdu] {
        if (m_up)
            Q_EMIT received(pdu);
    });
}

void FakeAttLink::drop()
{
    dropLater(0);
}

void FakeAttLink::dropLater(int delayMs)
{
    QTimer::singleShot(delayMs, this, [this] {
        if (!m_up)
            return;
        m_up = false;
        Q_EMIT lost();
    });
}

void FakeAttLink::send(const QByteArray &pdu)
{
    if (!m_up || pdu.isEmpty())
        return;
    const quint8 opcode = quint8(pdu.at(0));
    const QString command = FakeAttServer::commandName(opcode);
    const FaultRule *fault = nullptr;
    if (m_faults)
        fault = m_faults->takeCommandFault(command, ++m_occurrences[command]);
    const FaultRule rule = fault ? *fault : FaultRule();
    const bool faulty = fault != nullptr;

    if (faulty && rule.action == FaultRule::Action::Reset) {
        QTimer::singleShot(0, this, [this] { Q_EMIT crashRequested(); });
        return;
    }
    if (faulty && rule.action == FaultRule::Action::Unplug) {
        const int back = rule.delayMs;
        QTimer::singleShot(m_stepMs, this, [this, back] {
            if (!m_up)
                return;
            m_up = false;
            Q_EMIT adapterUnplugged(back);
            Q_EMIT lost();
        });
        return;
    }

    // The server acts one step later (writes take effect, blob offsets advance …), then
    // the answer comes back, unless a fault says otherwise.
    const QPointer<FakeAttServer> server(m_server);
    QTimer::singleShot(m_stepMs, this, [this, server, pdu, faulty, rule] {
        if (!m_up || !server)
            return;
        QByteArray answer = server->handle(pdu);
        if (faulty && rule.action == FaultRule::Action::Disconnect && rule.afterEvents <= 0) {
            m_up = false;
            Q_EMIT lost();
            return;
        }
        if (answer.isEmpty()) {
            // A command or confirmation: nothing to answer, but the link may still drop.
            if (faulty && rule.action == FaultRule::Action::Disconnect)
                dropLater(0);
            return;
        }
        int delay = 0;
        if (faulty) {
            switch (rule.action) {
            case FaultRule::Action::DropResponse: return;
            case FaultRule::Action::DelayResponse: delay = qMax(0, rule.delayMs); break;
            case FaultRule::Action::InjectGarbage:
                Q_EMIT received(rule.garbage.isEmpty() ? QByteArray::fromHex("DEADBEEF") : rule.garbage);
                break;
            case FaultRule::Action::TruncateResponse: answer.truncate(qMax(0, rule.truncateTo)); break;
            default: break;
            }
        }
        if (!m_up)
            return;
        deliver(answer, delay);
        if (faulty && rule.action == FaultRule::Action::Disconnect)
            dropLater(delay);
    });
}

} // namespace gattscope
