// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/codecs/fieldlayout.h>
#include <gattscope/core/session/trafficentry.h>
#include <gattscope/ui/common/backendcatalog.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/plot/plotsetupdialog.h>

#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace gattscope {

class Backend;
class Connection;
class NotificationHub;
class OperationTracker;
class PlotPanel;
class ScannerModel;
class ScannerPanel;
class TrafficLogModel;
class TrafficLogPanel;

// The explorer window: backend picker and scan toggle in the tool bar, the scanner dock
// (left), one tab per connected device (centre), the traffic log and the plots dock
// (bottom), and a status bar with the backend state and a busy indicator that can cancel
// running operations. Talks to backends only through core's interfaces and the
// BackendCatalog the application provides.
//
// Plots: the window owns one NotificationHub, which every device tab's connection feeds
// while it is up, and the PlotPanel in the Plots dock, which decodes the hub's streams.
// A disconnect, a closed tab or another dongle ends the feed, not the recorded data.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(BackendCatalog catalog = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `uri` in place of the current backend. Returns false when the catalog could not
    // create it: the reason is shown in the status bar, backendOpenFailed() is emitted and
    // the backend in use (if any) keeps running. A failure to open the device itself comes
    // later, asynchronously, through the status bar and backendOpenFailed().
    bool openBackend(const QString &uri);
    // Start-up choice: `uri` if given; else the last backend used if it is still offered;
    // else the Demo dongle when no hardware is offered (and says so in the status bar).
    // False when nothing could be opened.
    bool openInitialBackend(const QString &uri = {});
    void closeBackend();
    Backend *backend() const;
    QString backendUri() const;

    ScannerModel *scannerModel() const { return m_scannerModel; }
    ScannerPanel *scannerPanel() const { return m_scannerPanel; }
    TrafficLogModel *logModel() const { return m_logModel; }
    TrafficLogPanel *logPanel() const { return m_logPanel; }
    QTabWidget *deviceTabs() const { return m_tabs; }
    DeviceTab *deviceTab(const DeviceAddress &address) const;
    DeviceTab *currentDeviceTab() const;
    OperationTracker *operationTracker() const { return m_tracker; }
    QDockWidget *plotDock() const { return m_plotDock; }
    QAction *scanAction() const { return m_scanAction; }
    NotificationHub *notificationHub() const { return m_hub; }
    PlotPanel *plotPanel() const { return m_plotPanel; }
    // Device menu and tool bar: plot the current tab's selected characteristic (its
    // notifications when it has them, else by polling), and plot by polling.
    QAction *plotAction() const { return m_plotAction; }
    QAction *plotPollingAction() const { return m_plotPollingAction; }
    // The dialog a plot request waits on (field layout, poll interval), while it is open.
    PlotSetupDialog *plotSetupDialog() const { return m_plotDialog; }

    // Plots a characteristic of `tab` as the tree's context menu does: reads its 0x2904 and
    // 0x2901 descriptors when they were not read yet, then asks what is missing with a
    // PlotSetupDialog (opened, not exec'd) — the field layout when the values do not
    // decode themselves (prefilled with the layout remembered for the UUID, which the
    // answer then replaces), the interval when polling — and plots with plotCharacteristic().
    void requestPlot(DeviceTab *tab, quint16 valueHandle, gattscope::DeviceTab::PlotSource source);
    // Plots without asking. An empty `layout` means the layout remembered for the UUID, if
    // any; without one the values must decode themselves (a SIG format, a 0x2904 that was
    // read). Notifications: subscribes when the CCCD is off. The same characteristic plotted
    // the same way again returns the existing stream. Raises the Plots dock. Returns the
    // stream id, or 0 with the reason in `error`.
    int plotCharacteristic(DeviceTab *tab, quint16 valueHandle, gattscope::DeviceTab::PlotSource source,
                           const FieldLayout &layout = FieldLayout(),
                           std::chrono::milliseconds interval = std::chrono::seconds(1),
                           QString *error = nullptr);
    void refreshBackendList();

    // The Demo dongle serving the virtual peripherals of `files` (profile JSON) instead of
    // its built-in set; an empty list goes back to the built-in set. The new dongle is built
    // before the running backend is closed: on a broken file nothing changes and `error`
    // names the file and the problem. The choice is remembered across runs.
    bool loadVirtualPeripherals(const QStringList &files, QString *error = nullptr);
    QStringList virtualPeripheralFiles() const { return m_demoProfiles; }
    // Writes `tab`'s device (name, address, advertising and scan response as the scanner
    // last heard them, GATT database with the values read so far) as a virtual-peripheral
    // profile. `notes` receives what the file could not keep (ProfileWriter's notes).
    bool saveVirtualPeripheral(DeviceTab *tab, const QString &fileName, QStringList *notes = nullptr,
                               QString *error = nullptr);

public Q_SLOTS:
    void setScanning(bool on);
    // The File menu's dialogs.
    void chooseVirtualPeripherals();
    void restoreBuiltInPeripherals();
    void saveCurrentAsVirtualPeripheral();
    void connectToDevice(const gattscope::DeviceAddress &address);
    void showStatus(const QString &text, int timeoutMs = 8000);
    void recordTraffic(const gattscope::TrafficEntry &entry);

Q_SIGNALS:
    // A backend could not be created or did not open; `reason` is for people.
    void backendOpenFailed(const QString &uri, const QString &reason);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void restoreLayout();
    void updateActions();
    void updateBackendStatus();
    void adoptBackend(std::unique_ptr<BackendHost> host, const QString &uri);
    void showCurrentBackend(const QStringList &uris);
    bool isDemoUri(const QString &uri) const;
    void setDemoProfiles(const QStringList &files);
    bool confirmRestart(const QString &title);
    void saveTabAsVirtualPeripheral(DeviceTab *tab);
    void showTabMenu(const QPoint &pos);
    DeviceTab *addDeviceTab(Connection *connection);
    void closeDeviceTab(int index);
    // mainwindow_plots.cpp
    void createPlotActions(QMenu *menu);
    void createPlotDock();
    void plotSelected(bool preferNotifications);
    void askAndPlot(DeviceTab *tab, quint16 valueHandle, gattscope::DeviceTab::PlotSource source);
    void resumePlots(DeviceTab *tab);
    void showPlots();

    BackendCatalog m_catalog;
    std::unique_ptr<BackendHost> m_host;
    QString m_uri;
    QString m_demoUri = QStringLiteral("demo");
    QStringList m_demoProfiles; // absolute paths; empty = the built-in set
    QStringList m_hardware; // non-demo URIs at the last look, to announce new dongles
    bool m_listedOnce = false;
    OperationTracker *m_tracker;
    ScannerModel *m_scannerModel;
    TrafficLogModel *m_logModel;
    ScannerPanel *m_scannerPanel = nullptr;
    TrafficLogPanel *m_logPanel = nullptr;
    QStackedWidget *m_central = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_scannerDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_plotDock = nullptr;
    NotificationHub *m_hub = nullptr;
    PlotPanel *m_plotPanel = nullptr;
    QPointer<PlotSetupDialog> m_plotDialog;
    bool m_plotDockSized = false;
    QAction *m_plotAction = nullptr;
    QAction *m_plotPollingAction = nullptr;
    QComboBox *m_backendCombo = nullptr;
    QTimer *m_backendRefresh = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_scanAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_writeAction = nullptr;
    QAction *m_subscribeAction = nullptr;
    QAction *m_clearScanAction = nullptr;
    QAction *m_loadProfilesAction = nullptr;
    QAction *m_builtInProfilesAction = nullptr;
    QAction *m_saveProfileAction = nullptr;
    QLabel *m_backendLabel = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
};

} // namespace gattscope
