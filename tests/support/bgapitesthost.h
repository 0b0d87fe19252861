// SPDX-License-Identifier: MIT
#pragma once

// Test helper: the host side of a BGAPI conversation, in raw bytes. Sends hex strings,
// reassembles what comes back and hands out whole packets as upper-case spaced hex
// ("00 02 06 04 00 00") so that tests can compare them byte by byte with the spec.

#include <gattscope/backends/bgapi/protocol/bgapireassembler.h>

#include <QByteArray>
#include <QDeadlineTimer>
#include <QIODevice>
#include <QList>
#include <QObject>
#include <QTest>
#include <QTimer>

namespace gattscope::test {

inline QString spacedHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

inline QByteArray fromSpacedHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex).replace(' ', ""));
}

class BgapiTestHost : public QObject
{
public:
    explicit BgapiTestHost(QIODevice *port)
        : m_port(port)
    {
        connect(port, &QIODevice::readyRead, this, [this] { read(); });
    }

    void send(const char *hex) { m_port->write(fromSpacedHex(hex)); }
    void sendBytes(const QByteArray &bytes) { m_port->write(bytes); }

    // A slow host: reads at most `bytes` per event-loop turn (0 = all at once). The rest
    // waits in the transport, which the sender sees as backpressure.
    void setReadChunk(int bytes) { m_readChunk = bytes; }

    // Scan reports and notifications arrive at any time; tests that do not look at them
    // can set these filters.
    bool ignoreScanResponses = false;
    bool ignoreNotifications = false;

    // Waits until `count` packets are queued; false on timeout.
    bool waitForPackets(int count, int timeoutMs = 3000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_packets.size() < count && !deadline.hasExpired())
            QTest::qWait(1);
        return m_packets.size() >= count;
    }
    // The next packet as spaced hex, waiting for it; "<timeout>" when none came.
    QString next(int timeoutMs = 3000)
    {
        if (!waitForPackets(1, timeoutMs))
            return QStringLiteral("<timeout>");
        return spacedHex(m_packets.takeFirst());
    }
    QList<QByteArray> &packets() { return m_packets; }
    // Every byte received, garbage included.
    QByteArray &raw() { return m_raw; }
    void clear()
    {
        m_packets.clear();
        m_raw.clear();
    }

private:
    void read()
    {
        const QByteArray bytes = m_readChunk > 0 ? m_port->read(m_readChunk) : m_port->readAll();
        if (m_readChunk > 0 && m_port->bytesAvailable() > 0 && !m_readPending) {
            m_readPending = true; // the rest on a later turn of the event loop
            QTimer::singleShot(0, this, [this] {
                m_readPending = false;
                read();
            });
        }
        m_raw += bytes;
        m_reassembler.feed(QByteArrayView(bytes), [this](const BgapiPacketView &p) {
            if (ignoreScanResponses && p.isEvent() && p.messageClass == bgapi::MessageClass::Gap
                && p.messageId == 0)
                return;
            if (ignoreNotifications && p.isEvent() && p.messageClass == bgapi::MessageClass::Attclient
                && p.messageId == 5 && p.payload.size() > 3 && (p.payload[3] == 1 || p.payload[3] == 2))
                return;
            m_packets.append(p.toByteArray());
        });
    }

    QIODevice *m_port;
    BgapiReassembler m_reassembler { bgapi::Direction::DeviceToHost };
    QList<QByteArray> m_packets;
    QByteArray m_raw;
    int m_readChunk = 0;
    bool m_readPending = false;
};

} // namespace gattscope::test
