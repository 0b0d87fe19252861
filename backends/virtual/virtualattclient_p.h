// SPDX-License-Identifier: MIT
#pragma once

#include "virtualfloodpump_p.h"

#include <gattscope/backends/bgapi/protocol/bgapiattclient.h>

#include <QByteArray>
#include <QList>

#include <optional>

namespace gattscope {

class VirtualDonglePrivate;
class VirtualPeripheral;
struct VirtualLink;

// The attclient class of the virtual BLED112: the GATT client procedures the dongle runs
// against a peripheral's GATT server (discovery, reads, writes, long writes), and the
// values the peripheral pushes (notifications, indications, floods).
//
// Notes for implementers (dongle thread only):
// - One procedure per link. Its command is answered at once; its events follow, one per
//   ATT round trip (procedureStepMs, 0 = from the event loop), and end with
//   procedure_completed — except a successful read_by_handle, which ends with its
//   attribute_value. A second procedure meanwhile gets wrong_state (0x0181).
// - Event order: every event of a procedure goes out before any value that procedure
//   enabled. A CCCD written by a procedure turns pushes on only after its last event
//   (VirtualProcedure::heldCccds); turning them off takes effect at once. This holds for
//   every generator and the flood at any rate.
// - Pushed values go to every link whose effective CCCD asks for them, cut to ATT_MTU - 3
//   bytes; indications wait for attclient_indicate_confirm when the host confirms them
//   (VirtualDongleOptions::hostConfirmsIndications), as the peripheral's GATT server says.
class VirtualAttclient
{
public:
    explicit VirtualAttclient(VirtualDonglePrivate &dongle);

    void handle(const bgapi::AttclientFindByTypeValue &command);
    void handle(const bgapi::AttclientReadByGroupType &command);
    void handle(const bgapi::AttclientReadByType &command);
    void handle(const bgapi::AttclientFindInformation &command);
    void handle(const bgapi::AttclientReadByHandle &command);
    void handle(const bgapi::AttclientAttributeWrite &command);
    void handle(const bgapi::AttclientWriteCommand &command);
    void handle(const bgapi::AttclientIndicateConfirm &command);
    void handle(const bgapi::AttclientReadLong &command);
    void handle(const bgapi::AttclientPrepareWrite &command);
    void handle(const bgapi::AttclientExecuteWrite &command);
    void handle(const bgapi::AttclientReadMultiple &command);

    // The answer of a procedure went out (response sent or dropped): its events follow.
    // `dropAfterEvents` ≥ 0: a Disconnect fault drops the link after that many of them.
    void runProcedure(VirtualLink &link, QList<QByteArray> events, int dropAfterEvents, quint16 dropReason);

    void onPeripheralAdded(VirtualPeripheral *peripheral);
    void onLinkRemoved(quint8 handle);
    // The transport took bytes: the flood may send more.
    void onTransportDrained();
    // After a reboot or an unplug.
    void reset();

private:
    // 0 when the command may go on, else the BGAPI error for its response.
    quint16 procedureCheck(quint8 connection, bool startsProcedure);
    void startProcedure(VirtualLink &link);
    void step(quint8 handle, quint64 generation);
    void finishProcedure(VirtualLink &link);
    // A procedure (or write command) wrote CCCD `handle`, whose bits were `before`.
    void cccdWritten(VirtualLink &link, quint16 handle, quint16 before, bool inProcedure);
    std::optional<quint8> attFault(QStringView command, quint16 handle, const VirtualLink &link);
    void onValueGenerated(VirtualPeripheral *peripheral, quint16 valueHandle, const QByteArray &value);
    void indicate(VirtualLink &link, quint16 valueHandle, const QByteArray &value);
    void notify(VirtualLink &link, quint16 valueHandle, const QByteArray &value);

    VirtualDonglePrivate &m_dongle;
    VirtualFloodPump m_flood;
};

} // namespace gattscope
