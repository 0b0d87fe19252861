// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/backend/advertisement.h>
#include <gattscope/core/base/deviceaddress.h>

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;

namespace gattscope {

class NotificationHub;
class PlotPanel;

// "RSSI over time" (the scanner's context menu): the plot panel, reused as it is, with one
// stream per watched device whose values are the RSSI of its advertising reports.
//
// The reports reach it through addAdvertisements() (the window connects
// ScannerModel::advertisementsMerged). Each report of a watched device becomes a one-byte
// sample (int8, dBm) in a NotificationHub of the window's own, so the RSSI goes through the
// same recorder, statistics and CSV export as any plotted characteristic, and never into the
// traffic log, the recorder or the device tabs, which read the main hub. A backend that
// reports no RSSI (127, "not available") adds no points; the note above the plot says so.
// All on the GUI thread.
class RssiPlotWindow : public QWidget
{
    Q_OBJECT

public:
    // The hub's handle of every RSSI stream: not an ATT handle (no device has one 0).
    static constexpr quint16 RssiHandle = 0;

    explicit RssiPlotWindow(QWidget *parent = nullptr);
    ~RssiPlotWindow() override;

    // Starts plotting `address` (label: its name, else the address); no-op when plotted.
    void addDevice(const DeviceAddress &address, const QString &name);
    bool isWatching(const DeviceAddress &address) const { return m_streams.contains(address); }
    QList<DeviceAddress> devices() const { return m_streams.keys(); }
    // The plot stream of `address`, 0 when it is not watched.
    int streamId(const DeviceAddress &address) const { return m_streams.value(address); }

    void addAdvertisements(const QList<gattscope::Advertisement> &batch);

    PlotPanel *plotPanel() const { return m_panel; }
    NotificationHub *hub() const { return m_hub; }
    QLabel *noteLabel() const { return m_note; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateNote();

    NotificationHub *m_hub;
    PlotPanel *m_panel;
    QLabel *m_note;
    QHash<DeviceAddress, int> m_streams;
    QHash<DeviceAddress, QString> m_labels;
    QSet<DeviceAddress> m_withoutRssi;
};

} // namespace gattscope
