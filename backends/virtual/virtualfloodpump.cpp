// SPDX-License-Identifier: MIT
#include "virtualdongle_p.h"
#include "virtualfloodpump_p.h"
#include "virtualperipheral.h"

#include <QIODevice>
#include <QTimer>

#include <algorithm>

namespace gattscope {

using namespace bgapi;

namespace {

// Appends one whole packet to `out` (batches are built without temporaries).
template<Message T> void appendPacket(QByteArray &out, const T &message)
{
    const qsizetype at = out.size();
    out.resize(at + BgapiHeader::kSize);
    encodePayload(message, out);
    BgapiHeader h;
    h.messageType = T::kind == Kind::Event ? MessageType::Event : MessageType::CommandOrResponse;
    h.payloadLength = quint16(out.size() - at - BgapiHeader::kSize);
    h.messageClass = T::messageClass;
    h.messageId = T::messageId;
    h.writeTo(reinterpret_cast<uchar *>(out.data() + at));
}

// The transport queue the pump tops up to, and the notifications per flood per round.
constexpr qint64 kHighWater = 128 * 1024;
constexpr quint64 kBatch = 256;

} // namespace

VirtualFloodPump::VirtualFloodPump(VirtualDonglePrivate &dongle)
    : m_dongle(dongle)
    , m_timer(new QTimer(dongle.q))
{
    m_timer->setInterval(1);
    m_timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(m_timer, &QTimer::timeout, dongle.q, [this] { pump(); });
}

void VirtualFloodPump::update(const VirtualLink &link)
{
    for (quint16 valueHandle : link.peripheral->floodHandles()) {
        const bool on = effectivePush(link, valueHandle) == VirtualGattServer::Push::Notify;
        const auto it = std::find_if(m_floods.begin(), m_floods.end(), [&](const Flood &f) {
            return f.link == link.handle && f.valueHandle == valueHandle;
        });
        if (on && it == m_floods.end()) {
            Flood f;
            f.link = link.handle;
            f.valueHandle = valueHandle;
            f.rateHz = link.peripheral->generator(valueHandle)->spec().rateHz;
            f.clock.start();
            m_floods.append(f);
        } else if (!on && it != m_floods.end()) {
            m_floods.erase(it);
        }
    }
    if (m_floods.isEmpty())
        m_timer->stop();
    else if (!m_timer->isActive())
        m_timer->start(); // the first batch goes out from the event loop
}

void VirtualFloodPump::removeLink(quint8 handle)
{
    m_floods.removeIf([handle](const Flood &f) { return f.link == handle; });
    if (m_floods.isEmpty())
        m_timer->stop();
}

void VirtualFloodPump::clear()
{
    m_floods.clear();
    m_timer->stop();
}

void VirtualFloodPump::pump()
{
    if (m_floods.isEmpty()) {
        m_timer->stop();
        return;
    }
    QIODevice *device = m_dongle.device();
    if (!m_dongle.canSend() || m_dongle.isBooting())
        return;
    for (int round = 0; round < 32 && device->bytesToWrite() < kHighWater; ++round) {
        QByteArray batch;
        batch.reserve(qsizetype(kBatch * 32 * m_floods.size()));
        for (Flood &f : m_floods) {
            VirtualLink *l = m_dongle.link(f.link);
            ValueGenerator *g = l ? l->peripheral->generator(f.valueHandle) : nullptr;
            if (!g)
                continue;
            quint64 budget = kBatch;
            if (f.rateHz > 0) {
                const double due = double(f.clock.nsecsElapsed()) * 1e-9 * f.rateHz;
                budget = due > double(f.sent) ? std::min<quint64>(kBatch, quint64(due) - f.sent) : 0;
            }
            for (quint64 i = 0; i < budget; ++i) {
                appendPacket(batch,
                             AttclientAttributeValueEvent { f.link, f.valueHandle, AttributeValueType::Notify,
                                                            g->next() });
            }
            f.sent += budget;
            m_dongle.notifications += budget;
        }
        if (batch.isEmpty())
            break;
        device->write(batch);
    }
}

} // namespace gattscope
