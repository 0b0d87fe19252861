// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>

class QTimer;

namespace gattscope {

class VirtualDonglePrivate;
struct VirtualLink;

// Drives the Flood generators: notifications of a sequence counter pushed as fast as the
// transport takes them (rateHz 0) or at rateHz, for every (link, flood characteristic)
// whose effective CCCD asks for notifications.
//
// Notes for implementers (dongle thread only): the pump keeps the transport's queue
// (bytesToWrite()) between a low and a high mark — full enough that the host never waits,
// small enough that a stop (unsubscribe, disconnect) takes effect soon. It writes whole
// batches of packets, never between the packets of an answer: it runs from its own timer
// and from pump() when the transport drained, never inside a command.
class VirtualFloodPump
{
public:
    explicit VirtualFloodPump(VirtualDonglePrivate &dongle);

    // Starts or stops the floods of `link` to match its effective CCCDs (effectivePush()).
    void update(const VirtualLink &link);
    void removeLink(quint8 handle);
    void clear();
    bool isEmpty() const { return m_floods.isEmpty(); }
    // Sends what is due, up to the high mark.
    void pump();

private:
    struct Flood
    {
        quint8 link = 0;
        quint16 valueHandle = 0;
        double rateHz = 0; // 0 = as fast as the transport takes them
        QElapsedTimer clock;
        quint64 sent = 0;
    };

    VirtualDonglePrivate &m_dongle;
    QList<Flood> m_floods;
    QTimer *m_timer = nullptr;
};

} // namespace gattscope
