// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "backend.h"
#include "devicetab.h"
#include "operationtracker.h"
#include "scannermodel.h"
#include "scannerpanel.h"
#include "trafficlogmodel.h"
#include "trafficlogpanel.h"
#include "uiformat.h"

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
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace gattscope {

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/gattscope/icons/%1.svg").arg(QLatin1String(name)));
}
const QString LastBackendKey = QStringLiteral("backend/last");
} // namespace

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
    file->addAction(tr("Save traffic &log…"), this, [this] { m_logPanel->saveAs(); });
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

    m_plotDock = new QDockWidget(tr("Plots"), this);
    m_plotDock->setObjectName(QStringLiteral("plotDock"));
    auto *placeholder
        = new QLabel(tr("Send a notifying characteristic to a plot from the GATT tree."), m_plotDock);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_plotDock->setWidget(placeholder);
    addDockWidget(Qt::BottomDockWidgetArea, m_plotDock);
    tabifyDockWidget(m_logDock, m_plotDock);
    m_logDock->raise();

    for (QDockWidget *dock : { m_scannerDock, m_logDock, m_plotDock })
        m_viewMenu->addAction(dock->toggleViewAction());
    resizeDocks({ m_scannerDock }, { 460 }, Qt::Horizontal);
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

// --- backends

void MainWindow::refreshBackendList()
{
    QList<BackendChoice> choices = m_catalog.list ? m_catalog.list() : QList<BackendChoice>();
    if (!m_uri.isEmpty() && std::none_of(choices.cbegin(), choices.cend(), [this](const BackendChoice &c) {
            return c.uri == m_uri;
        }))
        choices.prepend(BackendChoice { m_uri, m_uri, {}, false });
    QStringList uris;
    for (const BackendChoice &c : std::as_const(choices))
        uris << c.uri;
    QStringList shown;
    for (int i = 0; i < m_backendCombo->count(); ++i)
        shown << m_backendCombo->itemData(i).toString();
    if (uris == shown && !shown.isEmpty())
        return;
    const QSignalBlocker blocker(m_backendCombo);
    m_backendCombo->clear();
    for (const BackendChoice &c : std::as_const(choices)) {
        m_backendCombo->addItem(c.isDemo ? icon("demo") : icon("connect"), c.label, c.uri);
        m_backendCombo->setItemData(m_backendCombo->count() - 1,
                                    c.description.isEmpty() ? c.uri : c.description, Qt::ToolTipRole);
    }
    if (choices.isEmpty())
        m_backendCombo->addItem(tr("No dongle found"));
    m_backendCombo->setCurrentIndex(std::max(0, int(uris.indexOf(m_uri))));
}

void MainWindow::openInitialBackend(const QString &uri)
{
    if (!uri.isEmpty()) {
        openBackend(uri);
        return;
    }
    const QList<BackendChoice> choices = m_catalog.list ? m_catalog.list() : QList<BackendChoice>();
    const QString last = QSettings().value(LastBackendKey).toString();
    for (const BackendChoice &c : choices) {
        if (!last.isEmpty() && c.uri == last) {
            openBackend(last);
            return;
        }
    }
    QList<BackendChoice> hardware;
    const BackendChoice *demo = nullptr;
    for (const BackendChoice &c : choices) {
        if (c.isDemo)
            demo = &c;
        else
            hardware << c;
    }
    if (hardware.size() == 1) {
        openBackend(hardware.first().uri);
    } else if (hardware.isEmpty() && demo) {
        if (openBackend(demo->uri))
            showStatus(tr("No Bluetooth dongle found: using the Demo dongle, a virtual BLED112 with virtual "
                          "devices."),
                       0);
    } else if (hardware.isEmpty()) {
        m_scannerPanel->setEmptyText(
            tr("No dongle found. Plug in a BLED112 or start gattscope with --demo."));
        showStatus(tr("No dongle found."), 0);
    } else {
        showStatus(tr("Choose a dongle in the tool bar."), 0);
    }
}

Backend *MainWindow::backend() const
{
    return m_host ? m_host->backend() : nullptr;
}

QString MainWindow::backendUri() const
{
    return m_uri;
}

bool MainWindow::openBackend(const QString &uri)
{
    closeBackend();
    QString error;
    std::unique_ptr<BackendHost> host = m_catalog.create ? m_catalog.create(uri, &error) : nullptr;
    if (!host) {
        showStatus(tr("Cannot open %1: %2").arg(uri, error.isEmpty() ? tr("no backend for this URI") : error),
                   0);
        m_scannerPanel->setEmptyText(tr("Could not open %1. Choose another dongle.").arg(uri));
        updateBackendStatus();
        return false;
    }
    m_host = std::move(host);
    m_uri = uri;
    QSettings().setValue(LastBackendKey, uri);
    Backend *b = m_host->backend();
    connect(b, &Backend::advertisementsReceived, m_scannerModel, &ScannerModel::addAdvertisements);
    connect(b, &Backend::stateChanged, this, [this] {
        m_scanAction->setChecked(backend() && backend()->state() == Backend::State::Scanning);
        updateBackendStatus();
    });
    connect(b, &Backend::infoChanged, this, &MainWindow::updateBackendStatus);
    connect(b, &Backend::errorOccurred, this, [this](const Error &e) {
        showStatus(tr("Dongle error: %1").arg(e.toString()), 0);
        TrafficEntry entry;
        entry.timestampUs = UiFormat::nowUs();
        entry.name = tr("Dongle error");
        entry.error = e.toString();
        recordTraffic(entry);
    });
    m_scannerPanel->setEmptyText(tr("Opening %1…").arg(uri));
    QFuture<Status> opening = b->open();
    QFuture<void> tail = opening.then(this, [this, b](const Status &status) {
        if (b != backend())
            return; // superseded by another backend
        if (!status.ok()) {
            showStatus(tr("Could not open the dongle: %1").arg(status.error().toString()), 0);
            m_scannerPanel->setEmptyText(tr("The dongle did not open: %1").arg(status.error().toString()));
            return;
        }
        m_scannerPanel->setEmptyText(tr("No devices yet. Press F5 to scan."));
        setScanning(true);
    });
    m_tracker->track(tr("Opening %1").arg(uri), opening, tail);
    refreshBackendList();
    updateBackendStatus();
    updateActions();
    return true;
}

void MainWindow::closeBackend()
{
    if (!m_host)
        return;
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab; // tabs reference the backend's connections: gone before the backend
    }
    m_central->setCurrentIndex(0);
    m_host.reset();
    m_uri.clear();
    m_scanAction->setChecked(false);
    updateBackendStatus();
    updateActions();
}

void MainWindow::updateBackendStatus()
{
    Backend *b = backend();
    if (!b) {
        m_backendLabel->setText(tr("No dongle"));
        return;
    }
    const Backend::Info info = b->info();
    m_backendLabel->setText(
        tr("%1 · %2").arg(info.name.isEmpty() ? m_uri : info.name, backendStateName(b->state())));
    m_backendLabel->setToolTip(info.description);
    if (b->state() == Backend::State::Scanning)
        m_scannerPanel->setEmptyText(tr("Scanning… no devices heard yet."));
    updateActions();
}

void MainWindow::setScanning(bool on)
{
    Backend *b = backend();
    if (!b) {
        m_scanAction->setChecked(false);
        showStatus(tr("Choose a dongle first."));
        return;
    }
    QFuture<Status> future = on ? b->startScan() : b->stopScan();
    future.then(this, [this, b, on](const Status &status) {
        if (b != backend())
            return;
        if (!status.ok()) {
            showStatus((on ? tr("Could not start scanning: %1") : tr("Could not stop scanning: %1"))
                           .arg(status.error().toString()),
                       0);
        }
        m_scanAction->setChecked(b->state() == Backend::State::Scanning);
    });
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
    recordTraffic(e);
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
    const bool haveBackend = backend() != nullptr;
    m_scanAction->setEnabled(haveBackend);
    m_connectAction->setEnabled(haveBackend);
    DeviceTab *tab = currentDeviceTab();
    const bool up = tab && tab->connection() && tab->connection()->isConnected();
    m_disconnectAction->setEnabled(up);
    m_readAction->setEnabled(up);
    m_writeAction->setEnabled(up);
    m_subscribeAction->setEnabled(up);
}

} // namespace gattscope
