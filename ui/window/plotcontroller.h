// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/result.h>
#include <gattscope/core/codecs/fieldlayout.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/plot/plotsetupdialog.h>

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace gattscope {

class NotificationHub;
class PlotPanel;

// The Plots dock: sending characteristics of the device tabs to the plot panel (which
// decodes the hub's streams), asking what is missing (a field layout, a poll interval),
// polling readable characteristics, and keeping plotted notification streams subscribed
// across reconnects. A disconnect, a closed tab or another dongle ends the feed, not the
// recorded data.
class PlotController : public QObject
{
    Q_OBJECT

public:
    using TabFinder = std::function<DeviceTab *(const DeviceAddress &)>;

    PlotController(QMainWindow *window, NotificationHub *hub, TabFinder findTab, QObject *parent = nullptr);

    QDockWidget *dock() const { return m_dock; }
    PlotPanel *panel() const { return m_panel; }
    // Device menu and tool bar: plot the current tab's selected characteristic (its
    // notifications when it has them, else by polling), and plot by polling.
    void createActions(QMenu *menu);
    QAction *plotAction() const { return m_plotAction; }
    QAction *plotPollingAction() const { return m_plotPollingAction; }
    void setCurrentTab(DeviceTab *tab);
    // The dialog a plot request waits on (field layout, poll interval), while it is open.
    PlotSetupDialog *setupDialog() const { return m_dialog; }

    // Plots a characteristic of `tab` as the tree's context menu does: reads its 0x2904 and
    // 0x2901 descriptors when they were not read yet, then asks what is missing with a
    // PlotSetupDialog (opened, not exec'd) — the field layout when the values do not decode
    // themselves (prefilled with the layout remembered for the UUID, which the answer then
    // replaces), the interval when polling — and plots with plot().
    void request(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source);
    // Plots without asking. An empty `layout` means the layout remembered for the UUID, if
    // any; without one the values must decode themselves (a SIG format, a 0x2904 that was
    // read). Notifications: subscribes when the CCCD is off. The same characteristic plotted
    // the same way again returns the existing stream. Raises the Plots dock. Returns the
    // stream id, or the reason it cannot be plotted.
    Result<int> plot(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source,
                     const FieldLayout &layout = FieldLayout(),
                     std::chrono::milliseconds interval = std::chrono::seconds(1));
    // After a reconnect the peer has forgotten the subscription (unless bonded): subscribes
    // the tab's plotted notification streams again.
    void resume(DeviceTab *tab);
    // The link of `device` went down at `tUs` (µs since the epoch): a line in its plots.
    void markDisconnected(const DeviceAddress &device, qint64 tUs);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void plotSelected(bool preferNotifications);
    void ask(DeviceTab *tab, quint16 valueHandle, DeviceTab::PlotSource source);
    void show();
    void say(const QString &text, int timeoutMs = 8000) { Q_EMIT statusMessage(text, timeoutMs); }

    QMainWindow *m_window;
    NotificationHub *m_hub;
    TabFinder m_findTab;
    PlotPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QPointer<DeviceTab> m_current;
    QPointer<PlotSetupDialog> m_dialog;
    bool m_dockSized = false;
    QAction *m_plotAction = nullptr;
    QAction *m_plotPollingAction = nullptr;
};

} // namespace gattscope
