// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/deviceaddress.h>
#include <gattscope/core/base/result.h>
#include <gattscope/core/codecs/fieldlayout.h>
#include <gattscope/core/session/trafficentry.h>
#include <gattscope/ui/common/backendcatalog.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/window/backendcontroller.h>
#include <gattscope/ui/window/filescontroller.h>

#include <QMainWindow>

#include <chrono>

class QComboBox;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace gattscope {

class Backend;
class BackendController;
class Connection;
class FilesController;
class NotificationHub;
class OperationTracker;
class PlotController;
class PlotPanel;
class PlotSetupDialog;
class RssiPlotWindow;
class ScannerModel;
class ScannerPanel;
class TrafficLogModel;
class TrafficLogPanel;

// The explorer window: backend picker and scan toggle in the tool bar, the scanner dock
// (left), one tab per connected device (centre), the traffic log and the plots dock
// (bottom), and a status bar with the backend state, what the notification hub keeps, and a
// busy indicator that can cancel running operations.
//
// A composition: the BackendController owns the radio (picker, open/close, scanning, the
// Demo dongle's files), the FilesController the File menu's profiles, the PlotController
// the Plots dock. The window owns the device tabs, each a view of one DeviceSession, and the
// one NotificationHub that every session's link feeds and every consumer reads: the traffic
// log, the tabs' trees, the plots. Talks to backends only through core's interfaces and the
// BackendCatalog the application provides.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(BackendCatalog catalog = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `uri` in place of the current backend. Fails when the catalog could not create
    // it: the reason is shown in the status bar, backendOpenFailed() is emitted and the
    // backend in use (if any) keeps running. A failure to open the device itself comes
    // later, asynchronously, through the status bar and backendOpenFailed().
    Status openBackend(const QString &uri);
    // Start-up choice: `uri` if given (for this run: the remembered backend stays); else the
    // last backend used if it is still offered; else the Demo dongle when no hardware is
    // offered (and says so in the status bar). When the last backend is one found only in
    // the background (a system Bluetooth adapter), the choice is made once that answer is in
    // (see BackendController::openInitial()).
    Status openInitialBackend(const QString &uri = {});
    void closeBackend();
    Backend *backend() const;
    QString backendUri() const;

    BackendController *backendController() const { return m_backends; }
    FilesController *filesController() const { return m_files; }
    PlotController *plotController() const { return m_plots; }
    ScannerModel *scannerModel() const { return m_scannerModel; }
    ScannerPanel *scannerPanel() const { return m_scannerPanel; }
    // The scanner's "RSSI over time" window; nullptr until first asked for.
    RssiPlotWindow *rssiPlotWindow() const { return m_rssiPlot; }
    // Adds `addresses` to the RSSI plot (created on first use) and shows it.
    void showRssiPlot(const QList<gattscope::DeviceAddress> &addresses);
    TrafficLogModel *logModel() const { return m_logModel; }
    TrafficLogPanel *logPanel() const { return m_logPanel; }
    QTabWidget *deviceTabs() const { return m_tabs; }
    DeviceTab *deviceTab(const DeviceAddress &address) const;
    DeviceTab *currentDeviceTab() const;
    OperationTracker *operationTracker() const { return m_tracker; }
    QDockWidget *plotDock() const;
    QAction *scanAction() const { return m_scanAction; }
    QAction *connectAction() const { return m_connectAction; }
    QAction *readAction() const { return m_readAction; }
    QAction *writeAction() const { return m_writeAction; }
    NotificationHub *notificationHub() const { return m_hub; }
    PlotPanel *plotPanel() const;
    QAction *plotAction() const;
    QAction *plotPollingAction() const;
    PlotSetupDialog *plotSetupDialog() const;
    QAction *resetLayoutAction() const { return m_resetLayoutAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    // Device → Pair… (the current tab's DeviceTab::pair()) and Device → Bonds….
    QAction *pairAction() const { return m_pairAction; }
    QAction *bondsAction() const { return m_bondsAction; }

    // PlotController::request() and plot() for `tab`.
    void requestPlot(DeviceTab *tab, quint16 valueHandle, gattscope::DeviceTab::PlotSource source);
    Result<int> plotCharacteristic(DeviceTab *tab, quint16 valueHandle,
                                   gattscope::DeviceTab::PlotSource source,
                                   const FieldLayout &layout = FieldLayout(),
                                   std::chrono::milliseconds interval = std::chrono::seconds(1));
    void refreshBackendList();

    // BackendController::loadVirtualPeripherals(): ThisRun for the command line, which must
    // not change the choice File → Load virtual peripherals… saved.
    Status loadVirtualPeripherals(const QStringList &files,
                                  BackendController::Scope scope = BackendController::Scope::Saved);
    QStringList virtualPeripheralFiles() const;
    // FilesController::saveVirtualPeripheral(): the value lists what the file could not keep.
    Result<FilesController::SavedProfile> saveVirtualPeripheral(DeviceTab *tab, const QString &fileName);

public Q_SLOTS:
    void setScanning(bool on);
    void connectToDevice(const gattscope::DeviceAddress &address);
    void showStatus(const QString &text, int timeoutMs = 8000);
    void recordTraffic(const gattscope::TrafficEntry &entry);
    void showPreferences();
    // View → Reset layout: the docks where and as large as on a first start, shown; each
    // device tab's tree and editor, and the plots, at their first sizes.
    void resetLayout();
    // Help → Keyboard shortcuts: every action of the window that has a shortcut, listed from
    // the actions themselves (so the list cannot go stale).
    void showShortcuts();
    // Device → Bonds…: the backend's bonds in a BondsDialog (not blocking; one at a time).
    void showBonds();
    // What the dialog lists: (action text without mnemonics, its shortcuts), by text.
    QList<QPair<QString, QString>> shortcutList() const;
    // The window's size, dock layout and state are saved on close for the screen size they
    // were made on (a layout made for a 4K screen does not squash a laptop's). False: not
    // saved, for a run whose --window-size is not the user's choice.
    void setLayoutSaved(bool saved) { m_layoutSaved = saved; }
    // The QSettings group the layout is saved in for this window's screen: "window/WxH".
    QString layoutSettingsGroup() const;
    // Whether closing the window may go ahead: asks (Quit / Cancel) when a device is still
    // connected or plotted data was not exported, else true without asking. closeEvent()
    // asks it; scripted runs (--screenshot, a failed step) end through QApplication::exit()
    // and are never asked.
    bool confirmQuit();

Q_SIGNALS:
    // A backend could not be created or did not open; `reason` is for people.
    void backendOpenFailed(const QString &uri, const QString &reason);
    // connectToDevice() did not get a link (also when it was cancelled).
    void connectFailed(const gattscope::DeviceAddress &address, const gattscope::Error &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void restoreLayout();
    void applyDefaultDockSizes();
    void applyPreferences();
    void updateActions();
    void updateConnectAction();
    void updateReadWriteActions();
    void updateHubStatus();
    void showTabMenu(const QPoint &pos);
    DeviceTab *addDeviceTab(Connection *connection);
    void closeDeviceTab(int index);
    void closeAllTabs();

    OperationTracker *m_tracker;
    ScannerModel *m_scannerModel;
    TrafficLogModel *m_logModel;
    NotificationHub *m_hub;
    ScannerPanel *m_scannerPanel = nullptr;
    RssiPlotWindow *m_rssiPlot = nullptr;
    TrafficLogPanel *m_logPanel = nullptr;
    BackendController *m_backends = nullptr;
    FilesController *m_files = nullptr;
    PlotController *m_plots = nullptr;
    QStackedWidget *m_central = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_scannerDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QComboBox *m_backendCombo = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_scanAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_writeAction = nullptr;
    QAction *m_subscribeAction = nullptr;
    QAction *m_pairAction = nullptr;
    QAction *m_bondsAction = nullptr;
    QAction *m_loadProfilesAction = nullptr;
    QAction *m_builtInProfilesAction = nullptr;
    QAction *m_saveProfileAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QByteArray m_defaultState; // the dock layout of a first start, for Reset layout
    bool m_layoutSaved = true;
    QLabel *m_backendLabel = nullptr;
    QLabel *m_hubLabel = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
};

} // namespace gattscope
