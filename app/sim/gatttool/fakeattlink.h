// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace gattscope {

class FakeAttServer;
class FaultInjector;

// The radio between the fake gatttool's ATT client and a virtual peripheral's ATT server:
// carries PDUs with a delay per round trip, and plays the link-level fault rules of the
// profile (FaultInjector command faults, triggered by the BGAPI command name of the
// procedure that sends the request, see FakeAttServer::commandName()):
//   drop-response      the server acts, its answer never arrives
//   delay-response     the answer arrives `delayMs` later
//   garbage            `hex` arrives as a PDU before the answer
//   truncate-response  only the first `bytes` bytes of the answer arrive
//   disconnect         the link drops after `afterEvents` answers (0: instead of the answer)
//   unplug             the link drops and the adapter is gone for `delayMs` (< 0: for good)
//   reset              gatttool itself dies (crashRequested())
// Everything arrives through the event loop, never inside send().
class FakeAttLink : public QObject
{
    Q_OBJECT

public:
    FakeAttLink(FakeAttServer *server, FaultInjector *faults, int stepMs, QObject *parent = nullptr);
    ~FakeAttLink() override;

    bool isUp() const { return m_up; }
    // A PDU from the client (request, command or confirmation).
    void send(const QByteArray &pdu);
    // Ends the link from either side; lost() follows through the event loop.
    void drop();

Q_SIGNALS:
    void received(const QByteArray &pdu);
    void lost();
    void crashRequested();
    void adapterUnplugged(int delayMs);

private:
    void deliver(const QByteArray &pdu, int delayMs);
    void dropLater(int delayMs);

    FakeAttServer *m_server;
    FaultInjector *m_faults;
    int m_stepMs;
    bool m_up = true;
    QHash<QString, int> m_occurrences;
};

} // namespace gattscope
