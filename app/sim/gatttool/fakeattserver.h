// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/backends/virtual/virtualgattserver.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>

namespace gattscope {

class FaultInjector;
class VirtualPeripheral;

// The device side of one ATT bearer: answers ATT request PDUs from a virtual peripheral's
// GATT server, as a peripheral's stack would, with the MTU taken into account (rows of
// discovery responses are packed up to the MTU, values cut to what fits), prepared
// writes, and the client's CCCDs driving notifications and indications.
//
// Faults: att-error rules apply to reads and writes (FaultInjector::takeAttError(), with
// the BGAPI command name of the procedure, see commandName()). Link-level faults (drop,
// delay, disconnect …) belong to FakeAttLink.
//
// Lives in the fake gatttool's thread; every PDU is opcode + parameters, little-endian.
class FakeAttServer : public QObject
{
    Q_OBJECT

public:
    // The server's receive MTU, answered to an Exchange MTU Request (a typical modern
    // peripheral; the BLED112's fixed 23 applies only to the BGAPI dongle).
    static constexpr int kServerMtu = 247;

    FakeAttServer(VirtualPeripheral *peripheral, FaultInjector *faults, QObject *parent = nullptr);
    ~FakeAttServer() override;

    // The answer to a request (an Error Response included), or an empty array for PDUs
    // that get none (commands, confirmations).
    QByteArray handle(QByteArrayView pdu);

    int mtu() const { return m_mtu; }
    void setEncrypted(bool encrypted) { m_client.encrypted = encrypted; }
    bool isEncrypted() const { return m_client.encrypted; }

    // The BGAPI command whose procedure sends this ATT request ("attclient_read_by_handle"
    // for a Read Request …), so fault rules written for the virtual dongle apply here too.
    static QString commandName(quint8 opcode);

Q_SIGNALS:
    // A notification or indication PDU to send to the client.
    void pushed(const QByteArray &pdu);

private:
    QByteArray findInformation(QByteArrayView p);
    QByteArray findByTypeValue(QByteArrayView p);
    QByteArray readByType(QByteArrayView p);
    QByteArray readByGroupType(QByteArrayView p);
    QByteArray read(QByteArrayView p);
    QByteArray readBlob(QByteArrayView p);
    QByteArray write(QByteArrayView p, bool command);
    QByteArray prepareWrite(QByteArrayView p);
    QByteArray executeWrite(QByteArrayView p);
    void onValueGenerated(quint16 valueHandle, const QByteArray &value);
    void onConfirmation();
    quint8 faultFor(quint8 opcode, quint16 handle);

    VirtualPeripheral *m_peripheral;
    FaultInjector *m_faults;
    VirtualGattServer::ClientState m_client; // security, CCCDs, prepare queue, indication flow
    int m_mtu = 23;
};

} // namespace gattscope
