// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <gattscope/core/backend/backend.h>
#include <gattscope/core/series/notificationhub.h>
#include <gattscope/ui/common/aboutdialog.h>
#include <gattscope/ui/common/operationtracker.h>
#include <gattscope/ui/common/uiformat.h>
#include <gattscope/ui/gatt/devicetab.h>
#include <gattscope/ui/log/trafficlogmodel.h>
#include <gattscope/ui/log/trafficlogpanel.h>
#include <gattscope/ui/scanner/scannermodel.h>
#include <gattscope/ui/scanner/scannerpanel.h>

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace gattscope {

using UiFormat::icon;

MainWindow::MainWindow(BackendCatalog catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_tracker(new OperationTracker(this))
    , m_scannerModel(new ScannerModel(this))
    , m_logModel(new TrafficLogModel(this))
{
    setWindowTitle(tr("gattscope"));
    setWindowIcon(icon("gattscope"));
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("deviceTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDeviceTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tabs->tabBar(), &QWidget::customContextMenuRequested, this, &MainWindow::showTabMenu);
    auto *empty = new QLabel(tr("Connect to a device to browse its services.\n\n"
                                "Double-click a device in the scanner, or select it and press Ctrl+Return."),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_central = new QStackedWidget(this);
    m_central->addWidget(empty);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    createActions();
    createToolBar();
    createDocks();
    createStatusBar();
    resize(1280, 820);
    restoreLayout();

    m_demoProfiles = QSettings().value(QStringLiteral("demo/profiles")).toStringList();
    m_backendRefresh = new QTimer(this);
    m_backendRefresh->setInterval(3000);
    connect(m_backendRefresh, &QTimer::timeout, this, &MainWindow::refreshBackendList);
    m_backendRefresh->start();
    refreshBackendList();
    updateActions();
    updateBackendStatus();
}

MainWindow::~MainWindow()
{
    closeBackend();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_loadProfilesAction = file->addAction(icon("demo"), tr("Load &virtual peripherals…"), this,
                                           &MainWindow::chooseVirtualPeripherals);
    m_loadProfilesAction->setToolTip(
        tr("Serve your own virtual devices (profile JSON files) on the Demo dongle"));
    m_builtInProfilesAction = file->addAction(tr("Use &built-in virtual peripherals"), this,
                                              &MainWindow::restoreBuiltInPeripherals);
    file->addSeparator();
    m_saveProfileAction = file->addAction(icon("save"), tr("Save device as virtual &peripheral…"), this,
                                          &MainWindow::saveCurrentAsVirtualPeripheral);
    m_saveProfileAction->setToolTip(tr("Write the current device's services and values as a profile file "
                                       "that the Demo dongle and gattscope-sim can serve"));
    file->addAction(tr("Save traffic &log…"), this, [this] { m_logPanel->saveAs(); });
    file->addAction(tr("Save traffic log as bt&snoop…"), this, [this] { m_logPanel->saveAsBtsnoop(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *device = menuBar()->addMenu(tr("&Device"));
    m_scanAction = device->addAction(icon("scan"), tr("&Scan"));
    m_scanAction->setObjectName(QStringLiteral("scanAction"));
    m_scanAction->setCheckable(true);
    m_scanAction->setShortcut(Qt::Key_F5);
    m_scanAction->setToolTip(tr("Start or stop scanning (F5)"));
    connect(m_scanAction, &QAction::triggered, this, &MainWindow::setScanning);
    m_clearScanAction
        = device->addAction(icon("clear"), tr("C&lear device list"), m_scannerModel, &ScannerModel::clear);
    device->addSeparator();
    m_connectAction = device->addAction(icon("connect"), tr("&Connect"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_connectAction->setToolTip(tr("Connect to the device selected in the scanner (Ctrl+Return)"));
    m_disconnectAction = device->addAction(icon("disconnect"), tr("&Disconnect"));
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_disconnectAction->setToolTip(tr("Disconnect the device of the current tab (Ctrl+D)"));
    connect(m_disconnectAction, &QAction::triggered, this, [this] {
        if (DeviceTab *tab = currentDeviceTab())
            tab->disconnectFromDevice();
    });
    device->addSeparator();
    m_readAction = device->addAction(icon("read"), tr("&Read"));
    m_readAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_readAction->setToolTip(tr("Read the selected characteristic or descriptor (Ctrl+R)"));
    connect(m_readAction, &QAction::triggered, this, [this] {
        if (DeviceTab *tab = currentDeviceTab())
            tab->readSelected();
    });
    m_writeAction = device->addAction(icon("write"), tr("&Write"));
    m_writeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_writeAction->setToolTip(tr("Write the edited value with a Write Request (Ctrl+W)"));
    connect(m_writeAction, &QAction::triggered, this, [this] {
        if (DeviceTab *tab = currentDeviceTab())
            tab->writeSelected();
    });
    m_subscribeAction = device->addAction(icon("subscribe"), tr("Toggle s&ubscription"));
    m_subscribeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_subscribeAction->setToolTip(
        tr("Enable or disable notifications of the selected characteristic (Ctrl+Shift+N)"));
    connect(m_subscribeAction, &QAction::triggered, this, [this] {
        if (DeviceTab *tab = currentDeviceTab(); tab && tab->subscribeAction()->isEnabled())
            tab->subscribeAction()->trigger();
    });
    device->addSeparator();
    createPlotActions(device);
    device->addSeparator();
    QAction *cancel = device->addAction(tr("Ca&ncel operations"), m_tracker, &OperationTracker::cancelAll);
    cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About gattscope"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addWidget(new QLabel(tr(" Dongle: "), bar));
    m_backendCombo = new QComboBox(bar);
    m_backendCombo->setObjectName(QStringLiteral("backendCombo"));
    m_backendCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_backendCombo->setMinimumContentsLength(18);
    m_backendCombo->setPlaceholderText(tr("Choose a dongle"));
    m_backendCombo->setToolTip(
        tr("The radio to use: a BLED112 dongle, a Bluetooth adapter, or the Demo dongle"));
    connect(m_backendCombo, &QComboBox::activated, this, [this](int index) {
        const QString uri = m_backendCombo->itemData(index).toString();
        if (!uri.isEmpty() && uri != m_uri)
            openBackend(uri);
    });
    bar->addWidget(m_backendCombo);
    bar->addSeparator();
    bar->addAction(m_scanAction);
    bar->addAction(m_connectAction);
    bar->addAction(m_disconnectAction);
    bar->addSeparator();
    bar->addAction(m_readAction);
    bar->addAction(m_writeAction);
    bar->addAction(m_subscribeAction);
    bar->addAction(m_plotAction);
}

void MainWindow::createDocks()
{
    m_scannerPanel = new ScannerPanel(m_scannerModel, this);
    connect(m_connectAction, &QAction::triggered, m_scannerPanel->connectAction(), &QAction::trigger);
    connect(m_scannerPanel, &ScannerPanel::connectRequested, this, &MainWindow::connectToDevice);
    m_scannerDock = new QDockWidget(tr("Scanner"), this);
    m_scannerDock->setObjectName(QStringLiteral("scannerDock"));
    m_scannerDock->setWidget(m_scannerPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_scannerDock);

    m_logPanel = new TrafficLogPanel(m_logModel, this);
    m_logDock = new QDockWidget(tr("Traffic log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    createPlotDock();
    addDockWidget(Qt::BottomDockWidgetArea, m_plotDock);
    tabifyDockWidget(m_logDock, m_plotDock);
    m_logDock->raise();

    for (QDockWidget *dock : { m_scannerDock, m_logDock, m_plotDock })
        m_viewMenu->addAction(dock->toggleViewAction());
    // Wide enough for the scanner's name, address, RSSI, last-seen and connectable columns.
    resizeDocks({ m_scannerDock }, { std::clamp(m_scannerPanel->preferredWidth(), 420, 600) },
                Qt::Horizontal);
    resizeDocks({ m_logDock }, { 230 }, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("backendStatus"));
    statusBar()->addPermanentWidget(m_backendLabel);

    m_busy = new QWidget(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    auto *layout = new QHBoxLayout(m_busy);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QProgressBar(m_busy);
    bar->setRange(0, 0); // indeterminate
    bar->setMaximumSize(70, 12);
    bar->setTextVisible(false);
    m_busyLabel = new QLabel(m_busy);
    auto *cancel = new QToolButton(m_busy);
    cancel->setText(tr("Cancel"));
    cancel->setAutoRaise(true);
    cancel->setToolTip(tr("Cancel the running operations (Ctrl+.)"));
    connect(cancel, &QToolButton::clicked, m_tracker, &OperationTracker::cancelAll);
    layout->addWidget(m_busyLabel);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    statusBar()->addPermanentWidget(m_busy);
    m_busy->hide();
    connect(m_tracker, &OperationTracker::changed, this, [this] {
        m_busy->setVisible(m_tracker->isBusy());
        m_busyLabel->setText(
            m_tracker->count() > 1
                ? tr("%1 (+%2 more)").arg(m_tracker->currentLabel()).arg(m_tracker->count() - 1)
                : m_tracker->currentLabel());
    });
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::recordTraffic(const TrafficEntry &entry)
{
    m_logModel->append(entry);
}

// --- devices

DeviceTab *MainWindow::deviceTab(const DeviceAddress &address) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(i));
        if (tab && tab->address() == address)
            return tab;
    }
    return nullptr;
}

DeviceTab *MainWindow::currentDeviceTab() const
{
    return qobject_cast<DeviceTab *>(m_tabs->currentWidget());
}

void MainWindow::connectToDevice(const DeviceAddress &address)
{
    DeviceTab *existing = deviceTab(address);
    if (existing && existing->connection()
        && existing->connection()->state() != Connection::State::Disconnected) {
        m_tabs->setCurrentWidget(existing);
        return;
    }
    Backend *b = backend();
    if (!b) {
        showStatus(tr("Choose a dongle first."));
        return;
    }
    QPointer<Backend> guard(b);
    const int op = m_tracker->start(tr("Connecting to %1").arg(address.toString()), [guard, address] {
        if (guard)
            guard->cancelConnect(address);
    });
    showStatus(tr("Connecting to %1…").arg(address.toString()));
    b->connectToDevice(address)
        .then(
            this,
            [this, b, address, op](const Result<Connection *> &result) {
                m_tracker->finish(op);
                if (b != backend())
                    return; // the backend was closed meanwhile; its connections are gone
                if (!result.ok()) {
                    showStatus(
                        tr("Could not connect to %1: %2").arg(address.toString(), result.error().toString()),
                        0);
                    TrafficEntry e;
                    e.timestampUs = UiFormat::nowUs();
                    e.device = address.toString();
                    e.name = tr("Connect failed");
                    e.error = result.error().toString();
                    recordTraffic(e);
                    return;
                }
                DeviceTab *tab = addDeviceTab(result.value());
                m_tabs->setCurrentWidget(tab);
                showStatus(tr("Connected to %1.").arg(tab->title()));
            })
        .onCanceled(this, [this, op] { m_tracker->finish(op); });
}

DeviceTab *MainWindow::addDeviceTab(Connection *connection)
{
    TrafficEntry e;
    e.timestampUs = UiFormat::nowUs();
    e.device = connection->address().toString();
    e.name = tr("Connected");
    e.event = TrafficEntry::Event::Connected;
    e.randomAddress = connection->address().isRandom();
    recordTraffic(e);
    // The plots' feed while the link is up; what the hub recorded stays after it drops.
    m_hub->attach(connection);
    connect(connection, &Connection::disconnected, m_hub,
            [hub = m_hub, connection] { hub->detach(connection); });
    if (DeviceTab *tab = deviceTab(connection->address())) {
        tab->setConnection(connection);
        return tab;
    }
    const int row = m_scannerModel->rowOf(connection->address());
    const QString name = row >= 0 ? m_scannerModel->device(row)->name : QString();
    auto *tab = new DeviceTab(connection, name, m_tracker, m_tabs);
    connect(tab, &DeviceTab::trafficRecorded, m_logModel, &TrafficLogModel::append);
    connect(tab, &DeviceTab::trafficBatchRecorded, m_logModel, &TrafficLogModel::appendBatch);
    connect(tab, &DeviceTab::reconnectRequested, this, &MainWindow::connectToDevice);
    connect(tab, &DeviceTab::statusMessage, this, [this](const QString &text) { showStatus(text, 0); });
    connect(tab, &DeviceTab::plotRequested, this,
            [this, tab](quint16 handle, DeviceTab::PlotSource source) { requestPlot(tab, handle, source); });
    connect(tab, &DeviceTab::discovered, this, [this, tab] { resumePlots(tab); });
    connect(tab, &DeviceTab::stateChanged, this, [this, tab] {
        const int index = m_tabs->indexOf(tab);
        if (index < 0)
            return;
        const bool up = tab->connection() && tab->connection()->isConnected();
        m_tabs->setTabIcon(index, up ? icon("connect") : icon("disconnect"));
        m_tabs->setTabToolTip(index, tab->stateText());
        updateActions();
    });
    const int index = m_tabs->addTab(tab, icon("connect"), tab->title());
    m_tabs->setTabToolTip(index, tab->stateText());
    m_central->setCurrentIndex(1);
    updateActions();
    return tab;
}

void MainWindow::closeDeviceTab(int index)
{
    auto *tab = qobject_cast<DeviceTab *>(m_tabs->widget(index));
    if (!tab)
        return;
    tab->disconnectFromDevice();
    m_tabs->removeTab(index);
    tab->deleteLater();
    if (m_tabs->count() == 0)
        m_central->setCurrentIndex(0);
    updateActions();
}

void MainWindow::updateActions()
{
    // Scanning and connecting need a dongle that opened; a closed or unplugged one says why
    // in the status bar instead.
    const Backend::State state = backend() ? backend()->state() : Backend::State::Closed;
    const bool usable = state == Backend::State::Ready || state == Backend::State::Scanning;
    m_scanAction->setEnabled(usable);
    m_connectAction->setEnabled(usable);
    DeviceTab *tab = currentDeviceTab();
    const bool up = tab && tab->connection() && tab->connection()->isConnected();
    m_disconnectAction->setEnabled(up);
    m_readAction->setEnabled(up);
    m_writeAction->setEnabled(up);
    m_subscribeAction->setEnabled(up);
    m_plotAction->setEnabled(up);
    m_plotPollingAction->setEnabled(up);
    m_saveProfileAction->setEnabled(tab && tab->hasDatabase());
    m_loadProfilesAction->setEnabled(bool(m_catalog.createDemo));
    m_builtInProfilesAction->setEnabled(bool(m_catalog.createDemo) && !m_demoProfiles.isEmpty());
}

} // namespace gattscope
