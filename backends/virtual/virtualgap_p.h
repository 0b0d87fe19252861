// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/backends/bgapi/protocol/bgapigap.h>

#include <QSet>

#include <optional>

namespace gattscope {

class VirtualDonglePrivate;
class VirtualPeripheral;

// The gap class of the virtual BLED112: scanning (gap_discover → one gap_scan_response per
// advertisement the peripherals send, filtered by discover mode and, if asked, duplicates)
// and connecting (gap_connect_direct → connection_status after connectDelayMs when the
// peer exists, is connectable and not already connected; otherwise nothing, until
// gap_end_procedure). One procedure at a time: a scan or a connection attempt.
//
// Notes for implementers: dongle thread only. Advertising reports run only while scanning
// and only for peripherals without a link; the dongle calls onLinkRemoved() so that a
// peripheral whose link is gone advertises again.
class VirtualGap
{
public:
    explicit VirtualGap(VirtualDonglePrivate &dongle);

    void handle(const bgapi::GapDiscover &command);
    void handle(const bgapi::GapEndProcedure &command);
    void handle(const bgapi::GapSetScanParameters &command);
    void handle(const bgapi::GapSetFiltering &command);
    void handle(const bgapi::GapConnectDirect &command);
    void handle(const bgapi::GapConnectSelective &command);

    bool isScanning() const { return m_scanning; }
    // A peripheral was added while the dongle runs.
    void onPeripheralAdded(VirtualPeripheral *peripheral);
    // The peripheral lost a link (it may still have others).
    void onLinkRemoved(VirtualPeripheral *peripheral);
    // A Disconnect fault on gap_connect_direct: the link drops right after it is announced.
    // False when no connection attempt is pending.
    bool dropNextConnection(quint16 reason);
    // After a reboot: no scan, no pending connection, default scan parameters.
    void reset();

private:
    struct Connecting
    {
        quint8 handle = 0;
        DeviceAddress address;
        bgapi::PeerAddressType addressType = bgapi::PeerAddressType::Public;
        quint16 interval = 0;
        quint16 timeout = 0;
        quint16 latency = 0;
        quint64 generation = 0;
        std::optional<quint16> dropReason; // Disconnect fault on gap_connect_direct
    };

    void startScan();
    void stopScan();
    void onAdvertised(VirtualPeripheral *peripheral);
    void establish(quint64 generation);

    VirtualDonglePrivate &m_dongle;
    bool m_scanning = false;
    bool m_activeScan = true;
    bool m_filterDuplicates = false;
    bgapi::GapDiscoverMode m_discoverMode = bgapi::GapDiscoverMode::Observation;
    QSet<quint64> m_reported; // duplicate filter
    std::optional<Connecting> m_connecting;
};

} // namespace gattscope
